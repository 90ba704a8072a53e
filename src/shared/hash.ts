/** The one sha256: file identities, plugin checksums, cache keys, content keys. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';

/** Lowercase hex sha256 of bytes or of a string's UTF-8. */
export function sha256(data: Buffer | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Lowercase hex sha256 of a file, streamed (plugin executables and archives can be large). */
export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}
