/**
 * Runs one plugin process under protocol v1: the request on stdin, stdout spilled to a file,
 * the tail of stderr kept, a hard timeout, and nothing of the plugin left running afterwards.
 * No shell is involved, and nothing the plugin prints reaches our own stdout (the runner would
 * read it as workflow commands).
 */
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { ResolvedPlugin } from './types.js';
import type { RunPluginOptions, RunPluginResult } from './run-types.js';
import { addStopper, installCancelHandlers as installProcessHandlers } from '../cancel.js';

/** stderr is for people; the last 64 KiB is plenty and bounds memory per job. */
export const STDERR_TAIL_BYTES = 64 * 1024;
/** A plugin's response limit when its item has no `max-output-size`. */
export const DEFAULT_MAX_OUTPUT_SIZE = 64 * 1024 * 1024;

export type { RunPluginOptions, RunPluginResult } from './run-types.js';

/**
 * ACTIONS_* (runtime tokens, cache URLs, the OIDC request URL and token) and INPUT_* (our
 * inputs, the token among them) go too. This keeps secrets out of the plugin's environment
 * only: a plugin runs as our user and can read ours through /proc (see docs/security.md).
 */
const STRIPPED_PREFIXES = ['ACTIONS_', 'INPUT_'];
/** File commands would let a plugin steer later steps or forge our outputs; tokens are secrets. */
const STRIPPED_NAMES = new Set([
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  // npm's registry tokens: the README recommends NODE_AUTH_TOKEN for npm plugins.
  'NODE_AUTH_TOKEN',
  'NPM_TOKEN',
]);

/** True for a variable a plugin must never see. Case-insensitive, as Windows treats names. */
export function isStrippedVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return STRIPPED_NAMES.has(upper) || STRIPPED_PREFIXES.some((p) => upper.startsWith(p));
}

/**
 * The plugin's environment: ours minus secrets and file commands, plus the item's `env`,
 * plus the plugin's extra PATH directories (appended, so they never shadow the user's tools).
 */
export function pluginEnv(base: NodeJS.ProcessEnv, plugin: Pick<ResolvedPlugin, 'extraPath' | 'spec'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !isStrippedVariable(name)) env[name] = value;
  }
  Object.assign(env, plugin.spec.env);
  if (plugin.extraPath.length > 0) {
    const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    const parts = (env[key] ?? '').split(path.delimiter).filter((p) => p !== '');
    env[key] = [...parts, ...plugin.extraPath.filter((p) => !parts.includes(p))].join(path.delimiter);
  }
  return env;
}

/**
 * Signals a whole process group; a group that is already gone is fine. Windows has no
 * process groups to signal: there only the plugin itself can be stopped.
 */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // ESRCH: nothing left in the group.
  }
}

/**
 * Plugins run in their own process groups, so a signal meant for us (the runner cancelling the
 * job sends SIGINT, then SIGTERM) never reaches them: every group that may still hold a process
 * is listed here, and our own SIGINT/SIGTERM handlers stop them before we exit.
 */
const liveGroups = new Map<number, ChildProcess>();
/** How long a cancelled run waits for SIGTERM to work before SIGKILL. */
export const CANCEL_GRACE_MS = 2000;
let stopperAdded = false;
/** Set once we are cancelled: no new plugin starts while the running ones are being stopped. */
let cancelling = false;

function groupAlive(child: ChildProcess): boolean {
  if (process.platform === 'win32') return child.exitCode === null && child.signalCode === null;
  try {
    process.kill(-child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops every plugin process group still alive: SIGTERM, up to `graceMs` for them to go, then
 * SIGKILL. Used when we are cancelled; exported for tests.
 */
export async function stopLiveGroups(graceMs = CANCEL_GRACE_MS): Promise<void> {
  cancelling = true;
  // A job that finishes meanwhile removes its group from liveGroups: keep our own list.
  const children = [...liveGroups.values()];
  for (const child of children) killGroup(child, 'SIGTERM');
  const end = Date.now() + graceMs;
  while (Date.now() < end && children.some(groupAlive)) await new Promise((r) => setTimeout(r, 50));
  for (const child of children) killGroup(child, 'SIGKILL');
}

/** Registered once, when the first plugin starts (never at import time). */
function installCancelHandlers(): void {
  if (stopperAdded) return;
  stopperAdded = true;
  addStopper({
    stop: () => stopLiveGroups(),
    kill: () => {
      for (const child of liveGroups.values()) killGroup(child, 'SIGKILL');
    },
  });
  installProcessHandlers();
}

/** Keeps the last `limit` bytes written to it. */
class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.chunks.length > 1 && this.size - this.chunks[0].length >= this.limit) {
      this.size -= this.chunks.shift()!.length;
    }
  }
  text(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
  }
}

/** Where stdout goes: memory while it stays within `memoryLimit`, the spill file beyond that. */
class StdoutSink {
  private readonly kept: Buffer[] = [];
  private out: fs.WriteStream | null = null;

  constructor(
    private readonly file: string,
    private readonly memoryLimit: number | undefined,
    private readonly result: RunPluginResult,
  ) {
    if (memoryLimit === undefined) this.out = this.spill();
  }

  private spill(): fs.WriteStream {
    const stream = fs.createWriteStream(this.file);
    stream.on('error', (err) => {
      this.result.spillError ??= err.message;
    });
    return stream;
  }

  /** Takes a chunk already counted in stdoutBytes; pauses `source` while the file catches up. */
  write(chunk: Buffer, source: NodeJS.ReadableStream): void {
    if (this.out === null) {
      if (this.result.stdoutBytes <= this.memoryLimit!) {
        this.kept.push(chunk);
        return;
      }
      this.out = this.spill();
      for (const h of this.kept.splice(0)) this.out.write(h);
    }
    const stream = this.out;
    if (!stream.write(chunk)) {
      source.pause();
      stream.once('drain', () => source.resume());
    }
  }

  /** Hands over stdout kept in memory, or waits for the spill file to be complete. */
  async close(): Promise<void> {
    if (this.out === null) this.result.stdout = Buffer.concat(this.kept);
    else if (!this.out.closed) {
      this.out.end();
      await once(this.out, 'close').catch(() => undefined);
    }
  }
}

function emptyResult(): RunPluginResult {
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    overflow: false,
    spawnError: null,
    stdoutHeld: false,
    spillError: null,
    stdoutBytes: 0,
    stdout: null,
    stderrTail: '',
    durationMs: 0,
  };
}

function spawnPlugin(opts: RunPluginOptions): ChildProcessWithoutNullStreams {
  return spawn(opts.executable, [], {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group, so a timeout reaches every descendant that did not leave it.
    detached: true,
    windowsHide: true,
  });
}

/** What runPlugin waits for; each settles once. */
interface ChildEvents {
  /** null once started, else why it could not be. */
  spawned: Promise<string | null>;
  stdoutClosed: Promise<void>;
  stderrClosed: Promise<void>;
  exited: Promise<void>;
}

/** Feeds the request, collects stdout (up to maxOutputSize) and the stderr tail, records the exit. */
function watchChild(
  child: ChildProcessWithoutNullStreams,
  opts: RunPluginOptions,
  result: RunPluginResult,
  sink: StdoutSink,
  stderr: TailBuffer,
): ChildEvents {
  const spawned = new Promise<string | null>((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', (err: NodeJS.ErrnoException) => resolve(err.message));
  });
  // A plugin may exit without reading stdin: EPIPE on our side is not its error.
  child.stdin.on('error', () => undefined);
  child.stdin.end(opts.request);
  child.stdout.on('error', () => undefined);
  child.stderr.on('error', () => undefined);

  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdout.on('data', (chunk: Buffer) => {
    if (result.overflow) return;
    if (result.stdoutBytes + chunk.length > opts.maxOutputSize) {
      result.overflow = true;
      killGroup(child, 'SIGKILL');
      child.stdout.destroy();
      return;
    }
    result.stdoutBytes += chunk.length;
    sink.write(chunk, child.stdout);
  });
  const stdoutClosed = new Promise<void>((resolve) => child.stdout.once('close', () => resolve()));
  const stderrClosed = new Promise<void>((resolve) => child.stderr.once('close', () => resolve()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      result.exitCode = code;
      result.signal = signal;
      resolve();
    }),
  );
  return { spawned, stdoutClosed, stderrClosed, exited };
}

/**
 * A grandchild that inherited stdout or stderr keeps the pipe open after the plugin exited:
 * waits up to `graceMs` for both to close. True when stdout did.
 */
async function pipesClosed(events: ChildEvents, graceMs: number): Promise<boolean> {
  let closeTimer: NodeJS.Timeout | undefined;
  let stdoutDone = false;
  void events.stdoutClosed.then(() => (stdoutDone = true));
  await Promise.race([
    Promise.all([events.stdoutClosed, events.stderrClosed]),
    new Promise<void>((resolve) => {
      closeTimer = setTimeout(resolve, graceMs);
    }),
  ]);
  clearTimeout(closeTimer);
  return stdoutDone;
}

/** Waits for the started plugin to exit (stopping it at the timeout), then stops what it left. */
async function superviseRun(
  child: ChildProcessWithoutNullStreams,
  events: ChildEvents,
  opts: RunPluginOptions,
  result: RunPluginResult,
): Promise<void> {
  const killGraceMs = opts.killGraceMs ?? 2000;
  const closeGraceMs = opts.closeGraceMs ?? 3000;
  let killTimer: NodeJS.Timeout | undefined;
  const timeoutTimer = setTimeout(() => {
    result.timedOut = true;
    killGroup(child, 'SIGTERM');
    killTimer = setTimeout(() => killGroup(child, 'SIGKILL'), killGraceMs);
  }, opts.timeoutMs);

  await events.exited;
  clearTimeout(timeoutTimer);

  const held = !(await pipesClosed(events, result.timedOut ? 0 : closeGraceMs));
  if (killTimer) clearTimeout(killTimer);
  // Nothing a plugin started may outlive its job.
  killGroup(child, 'SIGKILL');
  liveGroups.delete(child.pid!);
  if (held) {
    result.stdoutHeld = !result.timedOut && !result.overflow;
    child.stdout.destroy();
  }
  child.stderr.destroy();
}

export async function runPlugin(opts: RunPluginOptions): Promise<RunPluginResult> {
  const started = Date.now();
  const result = emptyResult();
  const sink = new StdoutSink(opts.stdoutFile, opts.memoryLimit, result);
  const stderr = new TailBuffer(STDERR_TAIL_BYTES);
  const finish = async (): Promise<RunPluginResult> => {
    await sink.close();
    result.stderrTail = stderr.text();
    result.durationMs = Date.now() - started;
    return result;
  };

  if (cancelling) {
    result.spawnError = 'the run is being cancelled';
    return finish();
  }
  installCancelHandlers();
  const child = spawnPlugin(opts);
  const events = watchChild(child, opts, result, sink, stderr);

  if (child.pid !== undefined) liveGroups.set(child.pid, child);
  const spawnError = await events.spawned;
  if (spawnError !== null) {
    if (child.pid !== undefined) liveGroups.delete(child.pid);
    result.spawnError = spawnError;
    child.stdout.destroy();
    child.stderr.destroy();
    return finish();
  }
  await superviseRun(child, events, opts, result);
  return finish();
}

/** One line for a log or report: why the plugin run did not succeed, or null when it did. */
export function describeRunFailure(r: RunPluginResult, timeoutMs: number, maxOutputSize: number): string | null {
  if (r.spawnError !== null) return `could not start: ${r.spawnError}`;
  if (r.overflow) return `wrote more than ${maxOutputSize} bytes to stdout (max-output-size); it was stopped`;
  if (r.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)} s (plugin-timeout) and was stopped`;
  if (r.signal !== null) return `was killed by ${r.signal}`;
  if (r.exitCode !== 0) return `exited with status ${r.exitCode}`;
  if (r.spillError !== null) return `its output could not be saved: ${r.spillError}`;
  return null;
}

/** Why a response read from a run whose stdout was held open may be cut short. */
export const STDOUT_HELD_NOTE = 'exited, but a process it started kept stdout open, and was stopped';
