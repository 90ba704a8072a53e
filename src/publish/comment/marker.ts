/**
 * The hidden first line that finds a comment again: one comment per workflow job and working
 * directory. The key is hashed, so no text from a report can shape the marker or close the
 * HTML comment early.
 */
import { sha256 } from '../../shared/hash.js';

const PREFIX = '<!-- pacto-generate-action:comment ';

/**
 * `shard` ("2/4") keeps the legs of a sharded matrix from overwriting each other's comment;
 * `workflow` (its name) keeps apart two workflows whose jobs have the same id.
 */
export function commentMarker(job: string, workingDirectory: string, shard = '', workflow = ''): string {
  const key = sha256(
    `${job}\n${workingDirectory}${shard === '' ? '' : `\n${shard}`}${workflow === '' ? '' : `\nworkflow:${workflow}`}`,
  ).slice(0, 16);
  return `${PREFIX}${key} -->`;
}

/** Our comment starts with the marker; a marker quoted later in someone's text does not count. */
export function hasMarker(body: string | undefined | null, marker: string): boolean {
  return typeof body === 'string' && body.startsWith(marker);
}
