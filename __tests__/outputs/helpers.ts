/** Test helpers: a temp working tree, hand-built jobs and staged outputs, and tree snapshots. */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { recordingIO } from '../helpers/recording-io.js';
import type { Config } from '../../src/inputs.js';
import type { ContractResult } from '../../src/contracts/types.js';
import type { ResolvedPlugin } from '../../src/plugins/types.js';
import type { Job, JobOutput } from '../../src/generate/types.js';
import { collectJobFiles, createStaging, type OutputsContext } from '../../src/outputs/index.js';
import { buildConfig, buildContract, buildJob, buildPlugin } from '../builders.js';

export interface Env {
  root: string;
  wd: string;
  runnerTemp: string;
  reportFile: string;
  config(over?: Partial<Config>): Readonly<Config>;
  ctx(over?: Partial<Config>, extra?: Partial<OutputsContext>): OutputsContext;
}

export async function makeEnv(base = os.tmpdir()): Promise<Env> {
  const root = await fsp.realpath(await fsp.mkdtemp(path.join(base, 'pacto-out-test-')));
  const wd = path.join(root, 'repo');
  const runnerTemp = path.join(root, 'runner-temp');
  const reportFile = path.join(root, 'report', 'pacto-report.json');
  await fsp.mkdir(wd);
  await fsp.mkdir(runnerTemp);
  const config = (over: Partial<Config> = {}): Readonly<Config> =>
    buildConfig(wd, { 'report-file': reportFile }, { runnerTemp, overrides: over });
  const ctx = (over: Partial<Config> = {}, extra: Partial<OutputsContext> = {}): OutputsContext => ({
    config: config(over),
    contracts: [],
    io: recordingIO(),
    ...extra,
  });
  return { root, wd, runnerTemp, reportFile, config, ctx };
}

export async function removeEnv(env: Env): Promise<void> {
  await fsp.rm(env.root, { recursive: true, force: true });
}

export function contract(env: Env, bundle: string, referenced: string[] = []): ContractResult {
  return buildContract(env.wd, bundle, { service: bundle, referencedFiles: referenced.map((r) => path.join(env.wd, r)) });
}

export function plugin(name: string, version: string | null = '1.0.0'): ResolvedPlugin {
  return buildPlugin(name, { version, sha256: crypto.createHash('sha256').update(name).digest('hex') });
}

export function job(env: Env, index: number, c: ContractResult, p: ResolvedPlugin, outputDir: string): Job {
  return buildJob(env.wd, index, c, p, outputDir);
}

export interface StageSpec {
  /** Returned in the response (UTF-8 text). */
  returned?: Record<string, string>;
  /** Written into the staging dir directly, as a plugin would. */
  direct?: Record<string, string | Buffer>;
}

/** Stages a job's output the way the generate stage does: createStaging, then collectJobFiles. */
export async function stage(j: Job, ctx: OutputsContext, spec: StageSpec): Promise<JobOutput> {
  const dir = await createStaging(j, ctx);
  for (const [p, content] of Object.entries(spec.direct ?? {})) {
    const target = path.join(dir, p);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.writeFile(target, content);
  }
  const returned = Object.entries(spec.returned ?? {}).map(([p, content]) => ({ path: p, content }));
  const collected = await collectJobFiles(dir, returned);
  if ('error' in collected) throw new Error(collected.error);
  return { job: j, status: 'ok', stagingDir: dir, files: collected.files, message: 'ok', stderrTail: '', durationMs: 1 };
}

export interface Entry {
  type: string;
  mode: number;
  mtimeMs: number;
  size: number;
  sha?: string;
  link?: string;
}

/** Everything about a tree that a write would change (contents, modes, mtimes, dirs, links). */
export function snapshot(dir: string): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  const walk = (abs: string, rel: string): void => {
    const st = fs.lstatSync(abs);
    const e: Entry = {
      type: st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : 'other',
      mode: st.mode,
      mtimeMs: st.mtimeMs,
      size: st.size,
    };
    if (st.isFile()) e.sha = crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
    if (st.isSymbolicLink()) e.link = fs.readlinkSync(abs);
    out[rel || '.'] = e;
    if (st.isDirectory()) for (const n of fs.readdirSync(abs).sort()) walk(path.join(abs, n), rel ? `${rel}/${n}` : n);
  };
  walk(dir, '');
  return out;
}

export function read(env: Env, rel: string): string {
  return fs.readFileSync(path.join(env.wd, rel), 'utf8');
}

export function write(env: Env, rel: string, content: string | Buffer): void {
  const p = path.join(env.wd, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}

export function exists(env: Env, rel: string): boolean {
  try {
    fs.lstatSync(path.join(env.wd, rel));
    return true;
  } catch {
    return false;
  }
}

/** Runs git isolated from the machine's configuration. */
export function git(cwd: string, args: string[], home: string): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    encoding: 'utf8',
  });
}
