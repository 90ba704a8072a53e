/**
 * What a feeding plugin (`feeds-contract: true`) may write, checked before anything is applied:
 * inside its own bundle (referenced files and new files included), never a pacto.yaml, never
 * .git, never another bundle, never a file another job writes. A bundle's feeding outputs are
 * applied together or not at all: one failed or refused job withholds the bundle's others, so
 * its contract is then validated as it is on disk.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ContractResult } from '../contracts/types.js';
import type { JobFailure, JobOutcome, JobOutput } from '../generate/types.js';
import type { OutputsContext } from './index.js';
import { claimTargets, manifestTargets, protectedTargets } from './claims.js';
import { collisionKey, joinRelative, memoLookups, pathProblem, resolveExisting, toSlash } from './paths.js';
import { isInside } from '../shared/paths.js';
import { contractDirBetween } from './manifest-rules.js';
import { MANIFEST_NAME } from './manifest.js';
import { inspect } from './tree.js';

/** One fed file: where it goes and its bytes. */
export interface FedFile {
  abs: string;
  bytes: Buffer;
}

export interface GuardedFeeds {
  /** `results` with refused and withheld jobs turned into failures (same order and length). */
  results: JobOutcome[];
  /** The files of each job still ok, by its index in `results`. */
  files: Map<number, FedFile[]>;
}

function failed(r: JobOutput, error: string): JobFailure {
  return {
    job: r.job,
    status: 'failed',
    error,
    exitCode: 0,
    signal: null,
    stderrTail: r.stderrTail,
    durationMs: r.durationMs,
    stagingDir: r.stagingDir,
  };
}

function who(r: JobOutcome): string {
  return `plugin ${r.job.plugin.name} for ${r.job.contract.file}`;
}

/** Why one returned path of a feeding job is refused, or null. */
function feedProblem(
  r: JobOutput,
  rel: string,
  target: string,
  contracts: ContractResult[],
  wd: string,
  platform: NodeJS.Platform,
): string | null {
  const problem = pathProblem(rel);
  if (problem) return `output path ${JSON.stringify(rel)} is not allowed: ${problem}`;
  const wdPath = toSlash(path.relative(wd, target));
  const bundleDir = path.resolve(r.job.contract.absDir);
  if (!isInside(bundleDir, target)) {
    return `${wdPath} is outside the bundle ${r.job.contract.bundle}; a plugin with feeds-contract: true writes only into its own bundle`;
  }
  if (
    path
      .relative(wd, target)
      .split(path.sep)
      .some((seg) => seg.toLowerCase() === '.git')
  ) {
    return `${wdPath} is inside a .git directory; generated files must not touch git's own files`;
  }
  const key = collisionKey(target, platform);
  if (collisionKey(path.basename(target), platform) === collisionKey(MANIFEST_NAME, platform)) {
    return `${wdPath} is named ${MANIFEST_NAME}, the name reserved for the manifests of output directories`;
  }
  for (const c of contracts) {
    if (collisionKey(path.resolve(c.absFile), platform) === key) {
      return `${wdPath} would overwrite the contract ${c.file}; a plugin never replaces a pacto.yaml, even with feeds-contract: true`;
    }
    const other = path.resolve(c.absDir);
    if (other !== bundleDir && isInside(bundleDir, other) && isInside(other, target)) {
      return `${wdPath} is inside another bundle, ${c.bundle}; a plugin with feeds-contract: true writes only into its own bundle`;
    }
  }
  return null;
}

/**
 * Why `target` is not in its own bundle once symbolic links are resolved, or null: a linked
 * directory (the output directory itself included) can lead out of the bundle, or into a nested
 * bundle, matched by the contracts patterns or not.
 */
async function linkedOut(r: JobOutput, target: string, wd: string, wdReal: string): Promise<string | null> {
  const wdPath = toSlash(path.relative(wd, target));
  let bundleReal: string;
  let dir: string;
  try {
    bundleReal = await resolveExisting(r.job.contract.absDir);
    dir = await resolveExisting(path.dirname(target));
  } catch {
    return null; // a dangling link on the way: the write rules refuse it
  }
  if (!isInside(bundleReal, dir)) {
    return `${wdPath} resolves to ${toSlash(path.relative(wdReal, dir)) || '.'} through a symbolic link, outside the bundle ${r.job.contract.bundle}; a plugin with feeds-contract: true writes only into its own bundle`;
  }
  const nested = await contractDirBetween(bundleReal, dir);
  if (nested === null) return null;
  return `${wdPath} is inside another bundle, ${toSlash(path.relative(wdReal, nested)) || '.'}; a plugin with feeds-contract: true writes only into its own bundle`;
}

/**
 * Checks every feeding job's paths against the rules above and reads the files that will be
 * applied. `contracts` are every discovered contract (their bundles and pacto.yaml files).
 */
export async function guardFeeds(results: JobOutcome[], contracts: ContractResult[], octx: OutputsContext): Promise<GuardedFeeds> {
  const platform = octx.platform ?? process.platform;
  const wd = path.resolve(octx.config.workingDirectory);
  const wdReal = await fs.realpath(wd).catch(() => wd);
  const out: JobOutcome[] = [...results];
  const owners = new Map<string, string>();
  const targets = new Map<number, { abs: string; staged: string }[]>();
  for (const [i, r] of results.entries()) {
    if (r.status !== 'ok') continue;
    const list: { abs: string; staged: string }[] = [];
    let error: string | null = null;
    for (const f of r.files) {
      const abs = joinRelative(path.resolve(r.job.absOutputDir), f.path);
      error = feedProblem(r, f.path, abs, contracts, wd, platform);
      if (error === null) error = await linkedOut(r, abs, wd, wdReal);
      if (error === null) {
        const other = owners.get(collisionKey(abs, platform));
        if (other !== undefined)
          error = `two jobs write the same file: ${who(r)} writes ${toSlash(path.relative(wd, abs))}, and ${other} already writes it`;
      }
      if (error !== null) break;
      list.push({ abs, staged: joinRelative(r.stagingDir, f.path) });
    }
    if (error !== null) {
      out[i] = failed(r, `${who(r)}: ${error}`);
      continue;
    }
    for (const t of list) owners.set(collisionKey(t.abs, platform), who(r));
    targets.set(i, list);
  }

  // What applying would refuse (pass 1 of apply, claims.ts), before anything is applied: a path
  // through a file or a dangling link, a protected file, two names of one file, a directory in the way.
  const wdPathOf = (abs: string): string => toSlash(path.relative(wd, abs));
  const look = memoLookups();
  const protectedKeys = await protectedTargets(octx, out, platform, wdPathOf);
  const manifestKeys = await manifestTargets(out, look, platform);
  const { plans } = await claimTargets(out, { wd, wdReal, platform, protectedKeys, manifestKeys, wdPathOf, look }, []);
  for (const [i, plan] of plans.entries()) {
    const r = out[i];
    if (r.status !== 'ok') continue;
    if (plan.report.status === 'failed') {
      out[i] = failed(r, `${who(r)}: ${plan.report.error ?? 'refused'}`);
      continue;
    }
    for (const p of plan.files) {
      const existing = await inspect(p.target);
      if (existing.kind === 'dir' || existing.kind === 'other') {
        out[i] = failed(
          r,
          `${who(r)}: cannot write ${p.wdPath}: a ${existing.kind === 'dir' ? 'directory' : 'special file'} is in the way`,
        );
        break;
      }
    }
  }

  // All or nothing per bundle.
  const failedIn = new Map<string, string>();
  for (const r of out) {
    if (r.status === 'failed') failedIn.set(path.resolve(r.job.contract.absDir), r.job.plugin.name);
  }
  const files = new Map<number, FedFile[]>();
  for (const [i, r] of out.entries()) {
    if (r.status !== 'ok') continue;
    const culprit = failedIn.get(path.resolve(r.job.contract.absDir));
    if (culprit !== undefined) {
      out[i] = failed(
        r,
        `${who(r)}: nothing written for the bundle ${r.job.contract.bundle}, because plugin ${culprit} failed on it (a bundle's feeding outputs are applied together or not at all)`,
      );
      continue;
    }
    const list = targets.get(i) ?? [];
    files.set(i, await Promise.all(list.map(async (t) => ({ abs: t.abs, bytes: await fs.readFile(t.staged) }))));
  }
  return { results: out, files };
}
