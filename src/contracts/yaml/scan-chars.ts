/** The character classes and escapes of yaml.v3's scanner (libyaml's IS_* macros). */

export const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';
export const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
export const isBlankZ = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
export const isAlpha = (c: string | undefined): boolean => c !== undefined && /[0-9A-Za-z_-]/.test(c);
export const isHex = (c: string | undefined): boolean => c !== undefined && /[0-9A-Fa-f]/.test(c);
export const PLAIN_NEVER = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
export const ESCAPES = new Set(['0', 'a', 'b', 't', '\t', 'n', 'v', 'f', 'r', 'e', ' ', '"', "'", '\\', 'N', '_', 'L', 'P']);
export const TAB_HINT = 'a tab: yaml.v3 accepts tabs only inside flow collections and between tokens on a line; indent with spaces';
export const HEX_ESCAPE: Record<string, number> = { x: 2, u: 4, U: 8 };

/** `---` or `...` followed by a blank, a break or the end (a document marker when at column 0). */
export function isDocumentIndicator(s: string, i: number): boolean {
  return (s.startsWith('---', i) || s.startsWith('...', i)) && isBlankZ(s[i + 3]);
}
