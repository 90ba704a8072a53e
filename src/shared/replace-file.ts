/**
 * Writing a report file (the JSON report, the SARIF file, the drift patch) that may sit in the
 * checkout: the repository may hold a symlink by that name, or a directory on the way that links
 * elsewhere, and a file from the repository is data, never where the action writes to. A path
 * inside the workspace must stay inside it once links are resolved, and a fresh sibling is renamed
 * over the file, so a symlink there is replaced rather than followed (and no reader sees half a file).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from './paths.js';

export async function replaceFile(file: string, text: string | Buffer, workspace?: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  if (workspace !== undefined && isInside(path.resolve(workspace), dir)) await stayInside(workspace, dir);
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

/** The nearest existing ancestor of `dir` (itself included), resolved, must be inside the workspace. */
async function stayInside(workspace: string, dir: string): Promise<void> {
  const root = await fs.promises.realpath(workspace);
  for (let cur = dir; ; cur = path.dirname(cur)) {
    const real = await fs.promises.realpath(cur).catch(() => null);
    if (real !== null) {
      if (!isInside(root, real))
        throw new Error(
          `${cur} leads out of the workspace through a symbolic link (to ${real}); a link from the repository never decides where the action writes`,
        );
      return;
    }
    if (path.dirname(cur) === cur) return;
  }
}
