/** `path:` an executable committed to the repository (or produced by an earlier step). */
import fs from 'node:fs';
import path from 'node:path';
import { executableState } from './locate.js';
import { PluginError, type Found, type SourceContext } from './context.js';

export async function fromPath(sc: SourceContext, given: string): Promise<Found> {
  const abs = path.resolve(sc.ctx.workingDirectory, given);
  let real: string;
  try {
    real = await fs.promises.realpath(abs);
  } catch {
    throw new PluginError(`${given} does not exist (looked for ${abs})`);
  }
  const workspace = await fs.promises.realpath(sc.ctx.workspace).catch(() => path.resolve(sc.ctx.workspace));
  const rel = path.relative(workspace, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new PluginError(`${given} resolves to ${real}, outside the workspace ${workspace}; a path plugin must live in the repository`);
  }
  const state = await executableState(real, sc.platform.windows);
  if (state === 'missing') throw new PluginError(`${given} is not a regular file (${real})`);
  if (state === 'not-executable') {
    // git takes paths relative to the repository root (GITHUB_WORKSPACE), not to working-directory.
    const inRepo = rel.split(path.sep).join('/');
    throw new PluginError(
      `${given} is not executable: run "chmod +x ${given}", and if the file is committed without its executable bit, ` +
        `"git update-index --chmod=+x ${inRepo}" (from the repository root) and commit`,
    );
  }
  sc.log.info(`Using ${real}`);
  return { path: real, version: null, source: `path ${given}`, cached: false };
}
