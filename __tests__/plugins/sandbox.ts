/** A throw-away workspace, tool cache, temp dir and home for plugin resolution tests. */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { parsePluginSpecs } from '../../src/plugins/spec.js';
import type { ResolveContext } from '../../src/plugins/resolve.js';
import type { PluginSpec } from '../../src/plugins/types.js';

export const TOKEN = 'ghs_SECRETtoken1234567890';

export interface Sandbox {
  root: string;
  workspace: string;
  toolCache: string;
  runnerTemp: string;
  home: string;
  io: ReturnType<typeof recordingIO>;
  ctx(overrides?: Partial<ResolveContext>, env?: NodeJS.ProcessEnv): ResolveContext;
  cleanup(): void;
}

export function makeSandbox(): Sandbox {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-plugins-')));
  const dirs = ['workspace', 'tool-cache', 'temp', 'home'].map((d) => path.join(root, d));
  for (const d of dirs) fs.mkdirSync(d, { recursive: true });
  const [workspace, toolCache, runnerTemp, home] = dirs;
  const io = recordingIO();
  return {
    root,
    workspace,
    toolCache,
    runnerTemp,
    home,
    io,
    ctx: (overrides = {}, env = {}) => ({
      workspace,
      workingDirectory: workspace,
      pluginDirs: [],
      token: '',
      toolCache,
      runnerTemp,
      env: { PATH: path.join(root, 'empty-path'), HOME: home, ...env },
      io,
      // Retry waits shortened instead of sleeping.
      downloadRetryWait: { minSeconds: 0, maxSeconds: 0 },
      ...overrides,
    }),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** A plugin that answers the protocol with its own name, so a test can prove which one was resolved. */
export function pluginScript(label: string): string {
  return `#!/bin/sh\ncat >/dev/null\necho '{"files":[],"message":"${label}"}'\n`;
}

export function writeExecutable(file: string, content: string, mode = 0o755): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  fs.chmodSync(file, mode);
  return file;
}

/** Runs a resolved plugin like the generator would, and returns its message. */
export function runPlugin(file: string, extraPath: string[] = []): string {
  const r = spawnSync(file, [], {
    input: '{"protocolVersion":"1"}',
    env: { PATH: [...extraPath, '/usr/bin', '/bin'].join(path.delimiter) },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`plugin ${file} failed (${r.status}): ${r.stderr} ${r.error?.message ?? ''}`);
  return (JSON.parse(r.stdout) as { message: string }).message;
}

export function specs(text: string): PluginSpec[] {
  const r = parsePluginSpecs(text);
  if (r.errors.length > 0) throw new Error(r.errors.join('\n'));
  return r.specs;
}

/** Everything a run showed: log lines, annotations, outputs and summary. */
export function allLogText(io: ReturnType<typeof recordingIO>): string {
  return io.calls.map((c) => `${c.kind} ${c.name ?? ''} ${c.message}`).join('\n');
}

export function sha256(data: Buffer | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
