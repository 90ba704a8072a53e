/**
 * A manifest is data from the repository, not authority: before `clean` may act on it, every
 * file it lists must pass the rules a plugin's output passes (inside its output directory
 * after resolving symlinks, not under .git, not a pacto.yaml, not a file a contract
 * references, not a plugin's executable). One entry that fails makes the whole manifest
 * suspect: it is reported and ignored.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { collisionKey, joinRelative, resolveExisting } from './paths.js';
import { isInside } from '../shared/paths.js';
import type { ManifestEntry } from './manifest.js';

export interface ManifestRules {
  wdReal: string;
  platform: NodeJS.Platform;
  /** Collision key -> what the file is (contracts, referenced files, plugin executables). */
  protectedKeys: Map<string, string>;
  /**
   * Collision key of each file a contract references -> the contracts (working-directory-relative
   * files) that reference it, and the plugins (`feeds-contract: true`) whose entries may list the
   * files their own contract references: their outputs are exactly those files. Every other
   * entry listing one makes the manifest suspect, even where `protectedKeys` leaves it out.
   */
  referencedBy?: ReadonlyMap<string, ReadonlySet<string>>;
  feeders?: ReadonlySet<string>;
}

export const CONTRACT_NAME = 'pacto.yaml';

/** Whether a real path is (or would be) a pacto.yaml, in the platform's case rules. */
export function isContractName(p: string, platform: NodeJS.Platform): boolean {
  return collisionKey(path.basename(p), platform) === collisionKey(CONTRACT_NAME, platform);
}

/** Whether a real path lies under a .git directory of the working directory (or is one). */
export function inGitDir(wdReal: string, real: string): boolean {
  return path
    .relative(wdReal, real)
    .split(path.sep)
    .some((seg) => seg.toLowerCase() === '.git');
}

/**
 * The deepest directory from `dirReal` up to, not including, `topReal` that holds a pacto.yaml
 * (another bundle), or null. Both are real paths, `dirReal` inside `topReal`.
 */
export async function contractDirBetween(topReal: string, dirReal: string): Promise<string | null> {
  for (let dir = dirReal; dir !== topReal && isInside(topReal, dir); dir = path.dirname(dir)) {
    const found = await fs.lstat(path.join(dir, CONTRACT_NAME)).then(
      () => true,
      () => false,
    );
    if (found) return dir;
  }
  return null;
}

/** Why the manifest must not be trusted, or null. `outDir` and `outDirReal` are absolute. */
export async function manifestProblem(entries: Iterable<ManifestEntry>, outDir: string, rules: ManifestRules): Promise<string | null> {
  let outDirReal: string;
  try {
    outDirReal = await resolveExisting(outDir);
  } catch (e) {
    return (e as Error).message;
  }
  for (const e of entries) {
    for (const f of e.files) {
      const target = joinRelative(outDir, f.path);
      let realParent: string;
      try {
        realParent = await resolveExisting(path.dirname(target));
      } catch {
        return `it lists ${f.path}, whose directory is a dangling symbolic link`;
      }
      const real = path.join(realParent, path.basename(target));
      if (!isInside(outDirReal, realParent))
        return `it lists ${f.path}, which resolves outside its output directory through a symbolic link`;
      if (inGitDir(rules.wdReal, real)) return `it lists ${f.path}, which is inside a .git directory`;
      const key = collisionKey(real, rules.platform);
      const refs = rules.referencedBy?.get(key);
      const feeder = rules.feeders?.has(e.plugin) === true;
      const fed = feeder && refs?.has(e.contract) === true;
      const prot = fed ? undefined : (rules.protectedKeys.get(key) ?? (refs ? `a file referenced by ${[...refs].join(', ')}` : undefined));
      if (prot) return `it lists ${f.path}, which is ${prot}`;
      const nested = feeder ? await contractDirBetween(outDirReal, realParent) : null;
      if (nested !== null)
        return `it lists ${f.path}, inside another bundle (${path.join(nested, CONTRACT_NAME)}), where a plugin with feeds-contract: true never writes`;
      if (isContractName(real, rules.platform)) return `it lists ${f.path}, a pacto.yaml (every contract is protected, matched or not)`;
    }
  }
  return null;
}
