/**
 * One contract × plugin job: stage, build the request, run the plugin, decode its response,
 * hand the files to the outputs stage. Never throws: every problem becomes a JobFailure that
 * names plugin and contract.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../inputs.js';
import { buildRequest } from '../contracts/request.js';
import { applyOutputs, collectJobFiles, createStaging, removeStaging, type OutputsContext } from '../outputs/index.js';
import { DEFAULT_MAX_OUTPUT_SIZE, describeRunFailure, pluginEnv, runPlugin, STDOUT_HELD_NOTE } from '../plugins/run.js';
import { decodeResponse, ResponseError } from '../plugins/response.js';
import { sanitizeForLog } from '../shared/sanitize.js';
import type { Job, JobFailure, JobOutput, UnsafeOutputCode } from './types.js';
import { errorMessage } from '../shared/errors.js';

/** The outputs stage as generation uses it (replaceable in tests). */
export interface OutputsStage {
  createStaging: typeof createStaging;
  collectJobFiles: typeof collectJobFiles;
  applyOutputs: typeof applyOutputs;
  /** Removes a failed job's staging directory and whatever the stage created around it. */
  removeStaging: (stagingDir: string) => Promise<void>;
}

export const outputsStage: OutputsStage = { createStaging, collectJobFiles, applyOutputs, removeStaging };

/** The Config fields one job reads (the output size limit is per plugin, in its spec). */
export type JobOptions = Pick<Config, 'workingDirectory' | 'runnerTemp' | 'pluginTimeout' | 'debug'>;

export interface JobContext {
  config: Readonly<JobOptions>;
  env: NodeJS.ProcessEnv;
  outputs: OutputsContext;
  stage: OutputsStage;
  /** A private directory for stdout spill files, removed by the caller. */
  spillDir: string;
  /**
   * The job's turn to run a plugin: taken before staging, given back as soon as the plugin
   * process is gone, so decoding and collecting overlap later jobs' plugins. Without a slot
   * the caller bounds concurrency around the whole job.
   */
  slot?: JobSlot;
  /** The request's `bundleDir` when it is not the contract's own directory (a check-mode overlay copy). */
  bundleDir?: string;
}

export interface JobSlot {
  enter(): Promise<void>;
  leave(): void;
}

export interface JobRun {
  result: JobOutput | JobFailure;
  /** Where the request was saved (RUNNER_DEBUG), for the log. */
  requestFile: string | null;
}

/** A response up to this size stays in memory; a larger one is spilled to a file and read back once. */
const STDOUT_IN_MEMORY = 4 * 1024 * 1024;

/** Each plugin's environment is built once per run (the base environment object is the run's). */
const envs = new WeakMap<NodeJS.ProcessEnv, WeakMap<Job['plugin'], NodeJS.ProcessEnv>>();
function envFor(base: NodeJS.ProcessEnv, plugin: Job['plugin']): NodeJS.ProcessEnv {
  let byPlugin = envs.get(base);
  if (!byPlugin) envs.set(base, (byPlugin = new WeakMap()));
  let env = byPlugin.get(plugin);
  if (!env) byPlugin.set(plugin, (env = pluginEnv(base, plugin)));
  return env;
}

function label(job: Job): string {
  return `plugin ${job.plugin.name} on ${job.contract.file}`;
}

/**
 * `pacto-requests/<job index>-<bundle>-<plugin>.json`: the zero-padded index makes the name unique
 * (bundles `a`, `a-b` with plugins `b-c`, `c` would otherwise both give `a-b-c.json`) and sorts in
 * job order; the rest is for finding it by eye.
 */
export function requestFileName(job: Job): string {
  const bundle = job.contract.bundle === '.' ? '_root' : job.contract.bundle.replace(/\//g, '--');
  return `${String(job.index).padStart(4, '0')}-${bundle}-${job.plugin.name}.json`.replace(/[^A-Za-z0-9._-]/g, '_');
}

async function saveRequest(job: Job, request: string, runnerTemp: string): Promise<string> {
  const dir = path.join(runnerTemp, 'pacto-requests');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, requestFileName(job));
  await fs.writeFile(file, request);
  return file;
}

/** What a failure reports of the plugin process, when one ran. */
interface RunSummary {
  exitCode: number | null;
  signal: string | null;
  stderrTail: string;
}

function jobFailure(job: Job, started: number, reason: string, run?: RunSummary, unsafe?: UnsafeOutputCode): JobFailure {
  return {
    job,
    status: 'failed',
    error: sanitizeForLog(`${label(job)}: ${reason}`),
    exitCode: run?.exitCode ?? null,
    signal: run?.signal ?? null,
    stderrTail: run?.stderrTail ?? '',
    durationMs: Date.now() - started,
    ...(unsafe ? { unsafe } : {}),
  };
}

function jobOutput(
  job: Job,
  started: number,
  stagingDir: string,
  files: JobOutput['files'],
  message: string,
  run: { stderrTail: string; stdoutHeld: boolean },
): JobOutput {
  return {
    job,
    status: 'ok',
    stagingDir,
    files,
    message,
    stderrTail: run.stderrTail,
    durationMs: Date.now() - started,
    ...(run.stdoutHeld ? { warnings: [`${STDOUT_HELD_NOTE}; its response was complete and is used`] } : {}),
  };
}

export async function runJob(job: Job, ctx: JobContext): Promise<JobRun> {
  const started = Date.now();
  const { config, outputs } = ctx;
  const timeoutMs = (job.plugin.spec.timeout ?? config.pluginTimeout) * 1000;
  const maxOutputSize = job.plugin.spec.maxOutputSize ?? DEFAULT_MAX_OUTPUT_SIZE;
  let staging: string | null = null;
  let requestFile: string | null = null;
  const stdoutFile = path.join(ctx.spillDir, `${job.index}.out`);

  const failure = async (reason: string, run?: RunSummary, unsafe?: UnsafeOutputCode): Promise<JobRun> => {
    // A failed job writes nothing: its staging directory goes.
    if (staging !== null) await ctx.stage.removeStaging(staging);
    return { requestFile, result: jobFailure(job, started, reason, run, unsafe) };
  };

  let holding = false;
  const leave = (): void => {
    if (holding) ctx.slot?.leave();
    holding = false;
  };
  if (ctx.slot) {
    await ctx.slot.enter();
    holding = true;
  }
  try {
    staging = await ctx.stage.createStaging(job, outputs);
    const request = buildRequest(
      job.contract.contractJson ?? 'null',
      ctx.bundleDir ?? job.contract.absDir,
      staging,
      job.plugin.spec.options,
    );
    if (config.debug) requestFile = await saveRequest(job, request, config.runnerTemp);

    const run = await runPlugin({
      executable: job.plugin.path,
      cwd: config.workingDirectory,
      request,
      env: envFor(ctx.env, job.plugin),
      timeoutMs,
      maxOutputSize,
      stdoutFile,
      memoryLimit: STDOUT_IN_MEMORY,
    });
    leave();
    const problem = describeRunFailure(run, timeoutMs, maxOutputSize);
    if (problem !== null) return await failure(problem, run);

    let response;
    try {
      response = decodeResponse(run.stdout !== null ? run.stdout.toString('utf8') : await fs.readFile(stdoutFile, 'utf8'));
    } catch (err) {
      if (!(err instanceof ResponseError)) throw err;
      // A grandchild holding stdout may have cut the response short: only then is that the failure.
      if (run.stdoutHeld) return await failure(`${STDOUT_HELD_NOTE}; its output is incomplete: ${err.message}`, run);
      return await failure(`returned invalid output: ${err.message}`, run);
    } finally {
      if (run.stdout === null) await fs.rm(stdoutFile, { force: true });
    }

    const collected = await ctx.stage.collectJobFiles(staging, response.files);
    if ('error' in collected) return await failure(collected.error, run, collected.unsafe);
    return { requestFile, result: jobOutput(job, started, staging, collected.files, response.message, run) };
  } catch (err) {
    await fs.rm(stdoutFile, { force: true }).catch(() => undefined);
    return failure(`could not run: ${errorMessage(err)}`);
  } finally {
    leave();
  }
}
