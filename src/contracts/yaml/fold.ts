/**
 * yaml.v3's folding of a flow scalar (plain, single- or double-quoted) across line breaks,
 * for the one case the `yaml` package cannot reproduce: an LS (U+2028) or PS (U+2029) line
 * break, which yaml.v3 keeps in the value as that character where a LF folds to a space. The
 * `yaml` package reads LS and PS as LF (parse.ts normalises them), so scalars holding one are
 * folded again here from their original text.
 */

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  "'": "'",
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Reads one line break at `i`: LF for CR, LF, CRLF and NEL; LS and PS as themselves. */
function readBreak(s: string, i: number): [string, number] {
  if (s[i] === '\r' && s[i + 1] === '\n') return ['\n', i + 2];
  const c = s[i]!;
  return [c === '\u2028' || c === '\u2029' ? c : '\n', i + 1];
}

function join(leadingBreak: string, trailing: string): string {
  if (leadingBreak === '\n') return trailing === '' ? ' ' : trailing;
  return leadingBreak + trailing;
}

/** The value of a quoted scalar whose text (quotes included) is `raw`, as yaml.v3 folds it. */
export function foldQuoted(raw: string): string {
  const single = raw[0] === "'";
  const end = raw.length - 1;
  let s = '';
  let i = 1;
  while (i < end) {
    let leadingBlanks = false;
    while (i < end && !isBlank(raw[i]) && !isBreak(raw[i])) {
      const c = raw[i]!;
      if (single && c === "'" && raw[i + 1] === "'") {
        s += "'";
        i += 2;
      } else if (!single && c === '\\' && isBreak(raw[i + 1])) {
        i = readBreak(raw, i + 1)[1];
        leadingBlanks = true;
        break;
      } else if (!single && c === '\\') {
        const e = raw[i + 1]!;
        const width = HEX[e];
        if (width !== undefined) {
          s += String.fromCodePoint(parseInt(raw.slice(i + 2, i + 2 + width), 16));
          i += 2 + width;
        } else {
          s += ESCAPES[e] ?? e;
          i += 2;
        }
      } else {
        const cp = raw.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        s += ch;
        i += ch.length;
      }
    }
    let whitespaces = '';
    let leadingBreak = '';
    let trailing = '';
    while (i < end && (isBlank(raw[i]) || isBreak(raw[i]))) {
      if (isBlank(raw[i])) {
        if (!leadingBlanks) whitespaces += raw[i];
        i++;
      } else if (!leadingBlanks) {
        whitespaces = '';
        [leadingBreak, i] = readBreak(raw, i);
        leadingBlanks = true;
      } else {
        const [b, next] = readBreak(raw, i);
        trailing += b;
        i = next;
      }
    }
    s += leadingBlanks ? join(leadingBreak, trailing) : whitespaces;
  }
  return s;
}

/** The value of a plain scalar whose text (start to the end of its last line's content) is `raw`. */
export function foldPlain(raw: string): string {
  let s = '';
  let i = 0;
  let leadingBlanks = false;
  let whitespaces = '';
  let leadingBreak = '';
  let trailing = '';
  while (i < raw.length) {
    while (i < raw.length && !isBlank(raw[i]) && !isBreak(raw[i])) {
      if (leadingBlanks) {
        s += join(leadingBreak, trailing);
        leadingBreak = '';
        trailing = '';
        leadingBlanks = false;
      } else {
        s += whitespaces;
      }
      whitespaces = '';
      s += raw[i];
      i++;
    }
    while (i < raw.length && (isBlank(raw[i]) || isBreak(raw[i]))) {
      if (isBlank(raw[i])) {
        if (!leadingBlanks) whitespaces += raw[i];
        i++;
      } else if (!leadingBlanks) {
        whitespaces = '';
        [leadingBreak, i] = readBreak(raw, i);
        leadingBlanks = true;
      } else {
        const [b, next] = readBreak(raw, i);
        trailing += b;
        i = next;
      }
    }
  }
  return s;
}
