/**
 * Pass 1 of applying: what each job may write. Every path is checked before anything is
 * compared or written, then targets are claimed in job order (the earlier job wins a collision).
 */
import path from 'node:path';
import type { JobOutcome, JobReport, UnsafeOutputCode } from '../generate/types.js';
import type { OutputsContext } from './index.js';
import { collisionKey, resolveExisting, type PathLookups } from './paths.js';
import { MANIFEST_NAME } from './manifest.js';
import { preflight, type Planned } from './preflight.js';
import { mapLimit } from './limit.js';

/** How many jobs are checked or compared at once (I/O-bound: keeps the libuv pool busy). */
export const PARALLEL = 8;

export interface Plan {
  result: JobOutcome;
  report: JobReport;
  files: Planned[];
  outDirReal: string;
  /** A problem to list once in the run's errors (a manifest's, reported at its first job). */
  error?: string;
}

/** Who claimed a target first. */
export type Owners = Map<string, { who: string; wdPath: string }>;

export function describe(r: { job: { plugin: { name: string }; contract: { file: string } } }): string {
  return `plugin ${r.job.plugin.name} for ${r.job.contract.file}`;
}

export function fail(report: JobReport, error: string, unsafe?: UnsafeOutputCode): void {
  report.status = 'failed';
  report.error = error;
  if (unsafe) report.unsafe = unsafe;
  report.files = [];
}

/**
 * Files that must never be replaced or deleted: every discovered pacto.yaml, every referenced
 * file, and every plugin's executable (a `path:` plugin may live in the tree). A pacto.yaml
 * that no pattern matched is protected by its name (see preflight.ts and manifest-rules.ts).
 */
export async function protectedTargets(
  ctx: OutputsContext,
  results: JobOutcome[],
  platform: NodeJS.Platform,
  wdPathOf: (abs: string) => string,
): Promise<Map<string, string>> {
  const protectedKeys = new Map<string, string>();
  const protectedFiles = ctx.contracts.flatMap((c) => [
    [c.absFile, 'the contract'],
    ...c.referencedFiles.map((f) => [f, `a file referenced by ${c.file}`]),
  ]);
  const plugins = new Map(results.map((r) => [r.job.plugin.path, r.job.plugin.name]));
  for (const [exe, name] of plugins) protectedFiles.push([exe, `the executable of plugin ${name}`]);
  const protectedReal = await mapLimit(protectedFiles, PARALLEL, ([p]) => resolveExisting(p).catch(() => path.resolve(p)));
  protectedFiles.forEach(([p, what], i) => {
    protectedKeys.set(collisionKey(protectedReal[i], platform), `${wdPathOf(path.resolve(p))} (${what})`);
  });
  return protectedKeys;
}

/** The manifest path of every output directory (reserved: no job may write it). */
export async function manifestTargets(results: JobOutcome[], look: PathLookups, platform: NodeJS.Platform): Promise<Map<string, string>> {
  const manifestKeys = new Map<string, string>();
  const outDirs = [...new Map(results.map((r) => [path.resolve(r.job.absOutputDir), r.job.outputDir])).entries()];
  const realOutDirs = await mapLimit(outDirs, PARALLEL, ([abs]) => look.resolve(abs).catch(() => null));
  outDirs.forEach(([, rel], i) => {
    const real = realOutDirs[i];
    // An unresolvable directory is reported when its job is planned.
    if (real !== null) manifestKeys.set(collisionKey(path.join(real, MANIFEST_NAME), platform), rel);
  });
  return manifestKeys;
}

export interface ClaimInput {
  wd: string;
  wdReal: string;
  platform: NodeJS.Platform;
  protectedKeys: Map<string, string>;
  manifestKeys: Map<string, string>;
  wdPathOf: (abs: string) => string;
  look: PathLookups;
}

/** One plan (and report) per result, in order; collisions are also pushed to `errors`. */
export async function claimTargets(results: JobOutcome[], input: ClaimInput, errors: string[]): Promise<{ plans: Plan[]; owners: Owners }> {
  const owners: Owners = new Map();
  const plans: Plan[] = [];
  const preflights = await mapLimit(results, PARALLEL, async (r) => {
    if (r.status !== 'ok') return null;
    try {
      return await preflight(
        r,
        input.wd,
        input.wdReal,
        input.platform,
        input.protectedKeys,
        input.manifestKeys,
        input.wdPathOf,
        input.look,
      );
    } catch (e) {
      return { error: `cannot check the outputs of ${describe(r)}: ${(e as Error).message}` };
    }
  });
  for (const [i, r] of results.entries()) {
    const report: JobReport = {
      contract: r.job.contract.file,
      plugin: r.job.plugin.name,
      outputDir: r.job.outputDir,
      status: 'ok',
      files: [],
      message: '',
      durationMs: 0,
      stderrTail: '',
    };
    const plan: Plan = { result: r, report, files: [], outDirReal: '' };
    plans.push(plan);
    if (r.status === 'skipped') {
      report.status = 'skipped';
      report.message = r.reason;
      continue;
    }
    if (r.status === 'failed') {
      Object.assign(report, {
        status: 'failed',
        error: r.error,
        durationMs: r.durationMs,
        stderrTail: r.stderrTail,
        ...(r.unsafe ? { unsafe: r.unsafe } : {}),
      });
      continue;
    }
    Object.assign(report, { message: r.message, durationMs: r.durationMs, stderrTail: r.stderrTail });
    const planned = preflights[i]!;
    if ('error' in planned) {
      fail(report, planned.error, planned.unsafe);
      continue;
    }
    const clash = planned.files.find((p) => owners.has(p.key));
    if (clash) {
      const other = owners.get(clash.key)!;
      const msg = `two jobs write the same file: ${describe(r)} writes ${clash.wdPath}, and ${other.who} already writes ${other.wdPath}${caseNote(clash.wdPath, other.wdPath)}`;
      errors.push(msg);
      fail(report, msg);
      continue;
    }
    for (const p of planned.files) owners.set(p.key, { who: describe(r), wdPath: p.wdPath });
    plan.files = planned.files;
    plan.outDirReal = planned.outDirReal;
  }
  return { plans, owners };
}

function caseNote(a: string, b: string): string {
  return a !== b ? ' (the same file on a case-insensitive filesystem)' : '';
}
