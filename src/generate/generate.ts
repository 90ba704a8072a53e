/**
 * The generation stage: plan contract × plugin jobs, run them in a bounded pool (fail-fast
 * aware), log each job in job order, and hand every result, in job order, to the outputs stage.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ActionsIO } from '../adapters.js';
import type { Config } from '../inputs.js';
import type { ContractResult } from '../contracts/types.js';
import type { ResolvedPlugin } from '../plugins/types.js';
import { recoverInterrupted, type OutputsContext } from '../outputs/index.js';
import { sanitizeForLog } from '../shared/sanitize.js';
import { plural } from '../shared/text.js';
import { planJobs, type PlannedJob } from './plan.js';
import { OrderedGate, OrderedLog, runPool } from './schedule.js';
import { outputsStage, runJob, type JobRun, type OutputsStage } from './job.js';
import type { GenerationResult, JobFailure, JobOutcome, SkippedJob } from './types.js';

/**
 * The Config fields generation reads (generate, generateWithFeeds), with those of each job
 * (runJob) and of the outputs stage it hands the config on to.
 */
export type GenerateOptions = Pick<
  Config,
  'mode' | 'workspace' | 'workingDirectory' | 'outputDir' | 'runnerTemp' | 'concurrency' | 'failFast'
> &
  Parameters<typeof runJob>[1]['config'] &
  OutputsContext['config'];

export interface GenerateContext {
  config: Readonly<GenerateOptions>;
  /** All validated contracts in order; invalid ones are reported as skipped. */
  contracts: ContractResult[];
  plugins: ResolvedPlugin[];
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
  /** Feeding stage: run on every contract that parses (see planJobs). */
  parsedSuffices?: boolean;
  /**
   * The `bundleDir` a plugin is given, by the bundle's real absolute directory, when it is not
   * that directory (check mode: a copy showing what feeding plugins would write).
   */
  bundleDirs?: ReadonlyMap<string, string>;
  /** See OutputsContext.feeders. */
  feeders?: ReadonlySet<string>;
  /** See OutputsContext.manifestSeeds. */
  manifestSeeds?: ReadonlyMap<string, Buffer>;
  /** Fail-fast after an earlier stage failed: plan and report every job, run none. */
  stopped?: boolean;
  /** What the outputs stage protects and which contracts it names (defaults to `contracts`). */
  outputContracts?: ContractResult[];
}

const FAIL_FAST_REASON = 'not run: fail-fast stopped scheduling after an earlier failure';

function skipped(planned: PlannedJob, reason: string): SkippedJob {
  return { job: planned.job, status: 'skipped', reason };
}

/** A path as one POSIX shell word, so the replay command can be pasted as it is. */
function shellWord(p: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

function who(job: JobOutcome['job']): string {
  return sanitizeForLog(`${job.plugin.name} · ${job.contract.file}`);
}

/**
 * Prints one job's log lines as its plugin finishes. Nothing is written yet, so a success says
 * the plugin ran; a job that then fails while its files are applied is logged after that (see
 * generate). Everything a plugin wrote is sanitized first.
 */
function printJob(io: ActionsIO, outcome: JobOutcome, requestFile: string | null): void {
  const { job } = outcome;
  const replay = (): void => {
    if (requestFile !== null) {
      io.info(sanitizeForLog(`Request saved to ${requestFile} (replay: ${shellWord(job.plugin.path)} < ${shellWord(requestFile)})`));
    }
  };
  if (outcome.status === 'skipped') {
    io.info(`– ${who(job)}: skipped (${sanitizeForLog(outcome.reason)})`);
    return;
  }
  if (outcome.status === 'ok') {
    io.startGroup(
      `✓ ${who(job)}: ran, ${plural(outcome.files.length, 'file')} for ${sanitizeForLog(job.outputDir)} (${outcome.durationMs} ms)`,
    );
    if (outcome.message !== '') io.info(`Message: ${sanitizeForLog(outcome.message)}`);
    replay();
    io.info(outcome.stderrTail === '' ? '(no stderr)' : `stderr:\n${sanitizeForLog(outcome.stderrTail.replace(/\s+$/, ''))}`);
    io.endGroup();
    for (const w of outcome.warnings ?? []) io.info(`⚠ ${who(job)}: ${sanitizeForLog(w)}`);
    return;
  }
  io.info(`✗ ${outcome.error}`);
  replay();
  if (outcome.stderrTail.trim() !== '') {
    io.info(`stderr (last 64 KiB):\n${sanitizeForLog(outcome.stderrTail.replace(/\s+$/, ''))}`);
  }
}

/** `stage` is the outputs stage; tests may replace it. */
export async function generate(ctx: GenerateContext, stage: OutputsStage = outputsStage): Promise<GenerationResult> {
  const { config, io } = ctx;
  const planned = planJobs(ctx.contracts, ctx.plugins, {
    workingDirectory: config.workingDirectory,
    outputDir: config.outputDir,
    parsedSuffices: ctx.parsedSuffices,
  });
  const outputs: OutputsContext = {
    config,
    contracts: ctx.outputContracts ?? ctx.contracts,
    referencing: ctx.contracts,
    io,
    manifestSeeds: ctx.manifestSeeds,
    feeders: ctx.feeders,
  };
  io.info(
    `Generating: ${plural(ctx.contracts.length, 'contract')} × ${plural(ctx.plugins.length, 'plugin')} ` +
      `(concurrency ${config.concurrency}${config.failFast ? ', fail-fast' : ''})`,
  );

  await fs.mkdir(config.runnerTemp, { recursive: true });
  if (config.mode === 'generate') {
    // A run killed while writing left journals: the tree is put right before anything reads it.
    await recoverInterrupted({
      runnerTemp: config.runnerTemp,
      workspace: config.workspace,
      outputDirs: planned.map((p) => p.job.absOutputDir),
      io,
    });
  }
  const log: JobLog = new OrderedLog(planned.length, (e) => printJob(io, e.outcome, e.requestFile));
  const results = await runJobs(ctx, planned, { outputs, stage, log });

  const ordered: JobOutcome[] = planned.map((p, i) => {
    const r = results[i];
    if (r !== undefined) return r.result;
    const outcome = skipped(p, p.skip ?? FAIL_FAST_REASON);
    log.add(i, { outcome, requestFile: null });
    return outcome;
  });
  log.flush();
  const result = await stage.applyOutputs(ordered, outputs);
  logApplyFailures(io, config.mode, ordered, result);
  return result;
}

type JobLog = OrderedLog<{ outcome: JobOutcome; requestFile: string | null }>;

/**
 * Runs the planned jobs in the pool, logging each in job order as it finishes; an entry is
 * undefined for a job never started (fail-fast).
 */
async function runJobs(
  ctx: GenerateContext,
  planned: PlannedJob[],
  { outputs, stage, log }: { outputs: OutputsContext; stage: OutputsStage; log: JobLog },
): Promise<(JobRun | { result: SkippedJob; requestFile: null } | undefined)[]> {
  const { config } = ctx;
  const spillDir = await fs.mkdtemp(path.join(config.runnerTemp, 'pacto-stdout-'));
  let stop = ctx.stopped === true;
  // Without fail-fast, only plugin processes take the concurrency slots (in job order): the
  // next plugin starts as soon as one exits, while the finished job is decoded and collected.
  // Fail-fast keeps a slot per whole job, so a failure is known before the next job starts.
  const gate = config.failFast ? null : new OrderedGate(config.concurrency);
  try {
    return await runPool(planned, {
      concurrency: gate ? config.concurrency * 2 : config.concurrency,
      shouldStop: () => stop,
      run: async (p, index) => {
        if (p.skip !== null) gate?.pass(index);
        if (p.skip !== null && !p.error) {
          if (config.failFast) stop = true;
          return { result: skipped(p, p.skip), requestFile: null };
        }
        if (p.skip !== null) return { requestFile: null, result: unrunnable(p, p.skip) };
        const slot = gate ? { enter: () => gate.enter(index), leave: () => gate.leave() } : undefined;
        const bundleDir = ctx.bundleDirs?.get(path.resolve(p.job.contract.absDir));
        return runJob(p.job, { config, env: ctx.env, outputs, stage, spillDir, slot, bundleDir });
      },
      onDone: (run, index) => {
        if (config.failFast && run.result.status === 'failed') stop = true;
        log.add(index, { outcome: run.result, requestFile: run.requestFile });
      },
    });
  } finally {
    await fs.rm(spillDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** A planned job that cannot run (its output directory is refused): it fails without a plugin run. */
function unrunnable(p: PlannedJob, why: string): JobFailure {
  return {
    job: p.job,
    status: 'failed',
    error: sanitizeForLog(`plugin ${p.job.plugin.name} on ${p.job.contract.file}: ${why}`),
    exitCode: null,
    signal: null,
    stderrTail: '',
    durationMs: 0,
  };
}

/** Jobs whose plugin ran but whose files could not be applied (paths, collisions, writing), in job order. */
function logApplyFailures(io: ActionsIO, mode: Config['mode'], ordered: JobOutcome[], result: GenerationResult): void {
  const what = mode === 'check' ? 'its files could not be compared' : 'its files were not written';
  ordered.forEach((outcome, i) => {
    const report = result.jobs[i];
    if (outcome.status === 'ok' && report?.status === 'failed') {
      io.info(`✗ ${who(outcome.job)}: ${what}: ${sanitizeForLog(report.error ?? 'applying them failed')}`);
    }
  });
}
