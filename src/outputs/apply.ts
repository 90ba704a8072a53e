/**
 * Applies staged job outputs to the working tree in job order (generate), or works out what
 * that would change without writing to it (check). Both modes run the same planning code,
 * so check fails exactly when generate would change the tree.
 *
 * Pass 1 (claims.ts) checks and claims every target; the jobs' files are then assessed against
 * the tree in parallel (assess.ts); pass 2 (apply-job.ts) applies or records each job in order
 * within its output directory, keeping each directory's manifest (manifest-state.ts); check
 * mode then builds its drift result (check-results.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { GenerationResult, JobOutcome, JobReport, OutputFile } from '../generate/types.js';
import type { OutputsContext } from './index.js';
import { collisionKey, memoLookups, resolveExisting, toSlash } from './paths.js';
import { removeStaging, stagingRoot } from './staging.js';
import { gitTopLevel } from './git.js';
import { mapLimit } from './limit.js';
import { claimTargets, describe, fail, manifestTargets, PARALLEL, protectedTargets, type Plan } from './claims.js';
import { isManifestPath, ManifestStates } from './manifest-state.js';
import { assessFiles, ExpectedTree, type Assessment } from './assess.js';
import { applyJob, type ApplyRun } from './apply-job.js';
import { checkResults } from './check-results.js';
import { installCancelHandlers } from '../cancel.js';
import { JOURNAL_SUFFIX } from './transaction.js';

export async function applyOutputsImpl(results: JobOutcome[], ctx: OutputsContext): Promise<GenerationResult> {
  const extraDirs: string[] = [];
  try {
    return await applyAll(results, ctx, extraDirs);
  } finally {
    for (const d of extraDirs) {
      // A journal left behind is a rollback that failed: the next run needs it (and its backups).
      const names = await fs.readdir(d).catch(() => [] as string[]);
      if (!names.some((n) => n.endsWith(JOURNAL_SUFFIX))) await fs.rm(d, { recursive: true, force: true });
    }
    const dirs = results
      .map((r) => (r.status === 'skipped' ? undefined : r.stagingDir))
      .filter((d): d is string => typeof d === 'string' && d !== '');
    await mapLimit(dirs, PARALLEL, removeStaging);
  }
}

async function applyAll(results: JobOutcome[], ctx: OutputsContext, extraDirs: string[]): Promise<GenerationResult> {
  const { config } = ctx;
  const check = config.mode === 'check';
  const platform = ctx.platform ?? process.platform;
  const wd = path.resolve(config.workingDirectory);
  const wdReal = await fs.realpath(wd);
  const wdPathOf = (abs: string): string => toSlash(path.relative(wd, abs));
  const errors: string[] = [];

  const protectedKeys = await protectedTargets(ctx, results, platform, wdPathOf);
  // Nothing is written before every job is checked, so pass 1 looks each directory up once.
  const look = memoLookups();
  const manifestKeys = await manifestTargets(results, look, platform);
  const { plans, owners } = await claimTargets(results, { wd, wdReal, platform, protectedKeys, manifestKeys, wdPathOf, look }, errors);

  // Patch paths are relative to the repository root, where `git apply` takes them from.
  let patchPrefix = '';
  let top: string | null = null;
  if (check) {
    top = await gitTopLevel(wd);
    if (top) patchPrefix = toSlash(path.relative(await fs.realpath(top), wdReal));
  }
  const patchPath = (wdPath: string): string => (patchPrefix ? `${patchPrefix}/${wdPath}` : wdPath);
  const expected = new ExpectedTree(config.runnerTemp);

  const live = plans.filter((p) => p.report.status === 'ok');
  const assessments = await assessAll(live, check ? { expected, patchPath } : null);

  const run: ApplyRun = {
    check,
    clean: config.clean,
    platform,
    wdPathOf,
    wdReal,
    patchPath,
    protectedKeys,
    manifestKeys,
    owners,
    manifests: new ManifestStates(wdPathOf, { wdReal, platform, protectedKeys, ...(await feedRules(ctx, platform)) }, ctx.manifestSeeds),
    assessments,
    drift: new Map(),
    outDirOf: new Map(),
    workDirFor: workDirs(extraDirs),
    hooks: ctx.hooks,
    warnings: [],
  };
  if (!check) installCancelHandlers();
  await applyInChains(live, run);
  for (const plan of plans) if (plan.error) errors.push(plan.error);

  const reports = plans.map((p) => p.report);
  const files = listedFiles(reports);
  if (!check) {
    const changed = files.some((f) => f.status === 'created' || f.status === 'updated' || f.status === 'deleted');
    return { jobs: reports, files, changed, drift: null, errors, warnings: run.warnings };
  }
  const { changed, drift, notices } = await checkResults({
    files,
    manifests: run.manifests,
    drift: run.drift,
    outDirOf: run.outDirOf,
    expected,
    patchPath,
    patchPrefix,
    top,
    wd,
    wdPathOf,
    reportFile: config.reportFile,
    workspace: config.workspace,
  });
  return { jobs: reports, files, changed, drift, errors, warnings: run.warnings, ...(notices.length > 0 ? { notices } : {}) };
}

/** How each live job's files compare with the tree (in parallel: nothing is written yet). */
async function assessAll(live: Plan[], checkWith: Parameters<typeof assessFiles>[1]): Promise<Map<Plan, Assessment>> {
  const assessments = new Map<Plan, Assessment>();
  const outcomes = await mapLimit(live, PARALLEL, async (plan) => {
    try {
      return await assessFiles(plan.files, checkWith);
    } catch (e) {
      return { error: `could not compare the outputs of ${describe(plan.result)}: ${(e as Error).message}` };
    }
  });
  live.forEach((plan, i) => assessments.set(plan, outcomes[i]));
  return assessments;
}

/**
 * Jobs sharing an output directory (and so a manifest) apply one after the other, in job
 * order; different directories are independent, so their chains run side by side.
 */
async function applyInChains(live: Plan[], run: ApplyRun): Promise<void> {
  const chains = new Map<string, Plan[]>();
  for (const plan of live) {
    const dir = path.resolve(plan.result.job.absOutputDir);
    const chain = chains.get(dir);
    if (chain) chain.push(plan);
    else chains.set(dir, [plan]);
  }
  await mapLimit([...chains.values()], PARALLEL, async (chain) => {
    for (const plan of chain) {
      try {
        await applyJob(plan, run);
      } catch (e) {
        // Nothing of this job reached the tree: the transaction rolls back its own failures.
        fail(plan.report, `could not apply the outputs of ${describe(plan.result)}: ${(e as Error).message}`);
      }
    }
  });
}

/** Every job's file lines in order; a shared output directory's manifest once, at the last job that touched it. */
function listedFiles(reports: JobReport[]): OutputFile[] {
  const files: OutputFile[] = [];
  const lastManifestJob = new Map<string, JobReport>();
  for (const rep of reports) for (const f of rep.files) if (isManifestPath(f.path)) lastManifestJob.set(f.path, rep);
  for (const rep of reports) {
    for (const f of rep.files) {
      if (isManifestPath(f.path) && lastManifestJob.get(f.path) !== rep) continue;
      files.push(f);
    }
  }
  return files;
}

/**
 * Backups and temporary manifests: one private directory beside each staging base (so on the
 * destination's filesystem), shared by the jobs staged there, each job's names prefixed.
 */
function workDirs(extraDirs: string[]): (stagingDir: string) => Promise<string> {
  const made = new Map<string, Promise<string>>();
  return (stagingDir) => {
    const root = stagingRoot(stagingDir);
    if (root !== stagingDir) return Promise.resolve(root);
    const base = path.dirname(stagingDir);
    let dir = made.get(base);
    if (!dir) {
      dir = fs.mkdtemp(path.join(base, '.pacto-work-')).then((d) => {
        extraDirs.push(d);
        return d;
      });
      made.set(base, dir);
    }
    return dir;
  };
}

/** What lets a manifest entry of a feeding plugin list the referenced files of its own contract, and no other. */
async function feedRules(
  ctx: OutputsContext,
  platform: NodeJS.Platform,
): Promise<{ referencedBy?: Map<string, Set<string>>; feeders?: ReadonlySet<string> }> {
  if (!ctx.feeders || ctx.feeders.size === 0) return {};
  const refs = (ctx.referencing ?? ctx.contracts).flatMap((c) => c.referencedFiles.map((f) => [f, c.file] as const));
  const real = await mapLimit(refs, PARALLEL, ([p]) => resolveExisting(p).catch(() => path.resolve(p)));
  const referencedBy = new Map<string, Set<string>>();
  refs.forEach(([, file], i) => {
    const key = collisionKey(real[i], platform);
    const set = referencedBy.get(key) ?? new Set<string>();
    set.add(file);
    referencedBy.set(key, set);
  });
  return { referencedBy, feeders: ctx.feeders };
}
