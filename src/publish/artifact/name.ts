/** The artifact name: template rendering and the artifact service's naming rules. */
import type { Shard } from '../../inputs.js';

/**
 * Characters the artifact service refuses in a name (the same set @actions/artifact 6.2
 * checks in `validateArtifactName`; a test keeps the two in step).
 */
export const FORBIDDEN_NAME_CHARACTERS: ReadonlyMap<string, string> = new Map([
  ['"', 'double quote "'],
  [':', 'colon :'],
  ['<', 'less than <'],
  ['>', 'greater than >'],
  ['|', 'vertical bar |'],
  ['*', 'asterisk *'],
  ['?', 'question mark ?'],
  ['\r', 'carriage return \\r'],
  ['\n', 'line feed \\n'],
  ['\\', 'backslash \\'],
  ['/', 'forward slash /'],
]);

/** The same set minus the path separators: what a file path inside the artifact may not contain. */
export const FORBIDDEN_PATH_CHARACTERS: readonly string[] = [...FORBIDDEN_NAME_CHARACTERS.keys()].filter((c) => c !== '/' && c !== '\\');

/**
 * Renders `{shard}` as `<index>-of-<total>`. Unsharded, `{shard}` goes away with one separator
 * next to it (`pacto-{shard}` -> `pacto`), so one workflow file serves both cases.
 */
export function renderArtifactName(template: string, shard: Shard | null): string {
  if (shard) return template.replace(/\{shard\}/g, `${shard.index}-of-${shard.total}`);
  return template.replace(/([-_.])?\{shard\}([-_.])?/g, (_m, before?: string, after?: string) => (before && after ? before : ''));
}

/** Null when the service accepts the name, otherwise an error saying what to change. */
export function artifactNameProblem(name: string, template: string): string | null {
  if (name.trim() === '') {
    return `artifact-name: "${template}" renders to an empty name; give a name (default pacto-generated)`;
  }
  const found = [...FORBIDDEN_NAME_CHARACTERS].filter(([c]) => name.includes(c)).map(([, label]) => label);
  if (found.length === 0) return null;
  return (
    `artifact-name: "${printable(name)}" contains ${found.join(', ')}, which the artifact service does not allow ` +
    `(forbidden: ${[...FORBIDDEN_NAME_CHARACTERS.values()].join(', ')}); use letters, digits, -, _ or .`
  );
}

/** The first character of a relative path the service refuses, or null. */
export function forbiddenPathCharacter(relPath: string): string | null {
  return FORBIDDEN_PATH_CHARACTERS.find((c) => relPath.includes(c)) ?? null;
}

export function printable(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}
