/**
 * Staging directories: one fresh `outputDir` per job, on the same filesystem as the job's
 * final destination, so applying a job is a series of renames (atomic, no copy) and a
 * backup of a replaced file is a rename too.
 *
 * Layout: `<base>/[.]pacto-stage-<job>-XXXXXX` is the plugin's outputDir, removed as a whole.
 * Backups, journals and temporary manifests go to one work directory per base, made when applying
 * (see apply.ts). One directory per job, not two: on a busy ext4 every mkdir and rmdir is
 * costly (inode allocation scans recently deleted inodes).
 *
 * Where `<base>` is:
 * - `<runnerTemp>/pacto-staging` when RUNNER_TEMP is on the destination's filesystem
 *   (always the case on hosted runners), in every mode;
 * - generate mode, other filesystem: a hidden `.pacto-stage-*` directory in the nearest
 *   existing ancestor of the output directory (removed after the job is applied);
 * - check mode, other filesystem: check must leave the working tree untouched, down to
 *   directory mtimes, so nothing is created inside it even briefly. We use the nearest
 *   writable ancestor *outside* the checkout (above the workspace) on the destination's
 *   filesystem, and if there is none, RUNNER_TEMP on its other filesystem: check mode never
 *   renames into the tree, so the filesystem only matters for what the plugin sees.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../inputs.js';
import type { Job } from '../generate/types.js';
import { nearestExisting } from './paths.js';
import { isInside } from '../shared/paths.js';

export type DevOf = (p: string) => Promise<number>;

const defaultDevOf: DevOf = async (p) => (await fs.stat(p)).dev;

const ROOT_NAME = /^\.?pacto-stage-/;

export type StagingConfig = Pick<Config, 'mode' | 'runnerTemp' | 'workingDirectory' | 'workspace'>;

/**
 * Per-run memo of the filesystem facts the decision needs: RUNNER_TEMP created once, each
 * directory's device looked up once, each base created once. Keyed on the (frozen, per-run)
 * config and the device lookup, so a different run or a test's fake devices never share it.
 */
interface Memo {
  tempReady: Promise<void> | null;
  devs: Map<string, Promise<number>>;
  bases: Map<string, Promise<unknown>>;
  outside: Map<number, Promise<string | null>>;
}
const memos = new WeakMap<object, WeakMap<DevOf, Memo>>();

function memoFor(config: StagingConfig, devOf: DevOf): Memo {
  let byDev = memos.get(config);
  if (!byDev) memos.set(config, (byDev = new WeakMap()));
  let memo = byDev.get(devOf);
  if (!memo) byDev.set(devOf, (memo = { tempReady: null, devs: new Map(), bases: new Map(), outside: new Map() }));
  return memo;
}

function once<K, V>(map: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let p = map.get(key);
  if (!p) {
    p = make();
    map.set(key, p);
    // A failure is not remembered: the next job asks again.
    p.catch(() => map.delete(key));
  }
  return p;
}

/** Where the job's staging root goes, and whether its name is hidden. */
export async function pickStagingBase(
  job: Pick<Job, 'absOutputDir'>,
  config: StagingConfig,
  devOf: DevOf = defaultDevOf,
): Promise<{ base: string; hidden: boolean }> {
  const memo = memoFor(config, devOf);
  const dev = (p: string): Promise<number> => once(memo.devs, p, () => devOf(p));
  const runnerTemp = path.resolve(config.runnerTemp);
  memo.tempReady ??= fs.mkdir(runnerTemp, { recursive: true }).then(
    () => undefined,
    (e: unknown) => {
      memo.tempReady = null;
      throw e;
    },
  );
  await memo.tempReady;
  const tempBase = { base: path.join(runnerTemp, 'pacto-staging'), hidden: false };

  const destExisting = await nearestExisting(job.absOutputDir);
  const destDev = await dev(destExisting);
  if ((await dev(runnerTemp)) === destDev) return tempBase;

  if (config.mode !== 'check') {
    const parentExisting = await nearestExisting(path.dirname(job.absOutputDir));
    const base = (await dev(parentExisting)) === destDev ? parentExisting : destExisting;
    return { base, hidden: true };
  }

  const outside = await once(memo.outside, destDev, () => outsideBase(config, destDev, dev));
  return outside === null ? tempBase : { base: outside, hidden: true };
}

/** Check mode: the nearest writable ancestor above the checkout on `destDev`, or null. */
async function outsideBase(config: StagingConfig, destDev: number, devOf: DevOf): Promise<string | null> {
  const wd = path.resolve(config.workingDirectory);
  const ws = path.resolve(config.workspace);
  const outer = isInside(ws, wd) ? ws : wd;
  for (let dir = path.dirname(outer); ; dir = path.dirname(dir)) {
    let dev: number;
    try {
      dev = await devOf(dir);
    } catch {
      dev = -1;
    }
    if (dev !== destDev) break;
    if (await writable(dir)) return dir;
    if (path.dirname(dir) === dir) break;
  }
  return null;
}

async function writable(dir: string): Promise<boolean> {
  try {
    const probe = await fs.mkdtemp(path.join(dir, '.pacto-stage-probe-'));
    await fs.rmdir(probe);
    return true;
  } catch {
    return false;
  }
}

/** Creates `<base>/[.]pacto-stage-<job>-XXXXXX` and returns it (absolute). */
export async function createStagingDir(
  job: Pick<Job, 'absOutputDir' | 'index'>,
  config: StagingConfig,
  devOf: DevOf = defaultDevOf,
): Promise<string> {
  const { base, hidden } = await pickStagingBase(job, config, devOf);
  const memo = memoFor(config, devOf);
  await once(memo.bases, base, () => fs.mkdir(base, { recursive: true }));
  const prefix = path.join(base, `${hidden ? '.' : ''}pacto-stage-${job.index}-`);
  let root: string;
  try {
    root = await fs.mkdtemp(prefix);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    // The base went away since we made it (someone cleaned RUNNER_TEMP): make it again.
    memo.bases.delete(base);
    memo.tempReady = null;
    await fs.mkdir(base, { recursive: true });
    root = await fs.mkdtemp(prefix);
  }
  return root;
}

/** The root that holds a staging dir (the older `<root>/out` layout), or the dir itself. */
export function stagingRoot(stagingDir: string): string {
  const root = path.dirname(stagingDir);
  return path.basename(stagingDir) === 'out' && ROOT_NAME.test(path.basename(root)) ? root : stagingDir;
}

/** Removes a staging dir with everything around it that we created; never throws. */
export async function removeStaging(stagingDir: string): Promise<void> {
  try {
    await fs.rm(stagingRoot(stagingDir), { recursive: true, force: true });
  } catch {
    // Best effort: a leftover under RUNNER_TEMP is removed by the runner.
  }
}
