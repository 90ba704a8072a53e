/**
 * Writing a report file (the JSON report, the SARIF file, the drift patch) that may sit in the checkout: the
 * repository may hold a symlink by that name, and a file from the repository is data, never
 * where the action writes to. A fresh sibling is renamed over the path, so a symlink there is
 * replaced rather than followed, and a reader never sees half a file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export async function replaceFile(file: string, text: string | Buffer): Promise<void> {
  const dir = path.dirname(file);
  await fs.promises.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    // wx: never through anything already at the temporary name.
    await fs.promises.writeFile(tmp, text, { flag: 'wx' });
    await fs.promises.rename(tmp, file);
  } catch (err) {
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
}
