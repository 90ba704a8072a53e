import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import {
  describeRunFailure,
  isStrippedVariable,
  pluginEnv,
  runPlugin,
  STDERR_TAIL_BYTES,
  type RunPluginOptions,
} from '../../src/plugins/run.js';
import type { ResolvedPlugin } from '../../src/plugins/types.js';
import { buildPluginSpec } from '../builders.js';
import { isAlive, tempDir, waitFor, writeScript } from './scripts.js';

let dir: string;
let n = 0;

beforeAll(() => {
  dir = tempDir();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function opts(executable: string, extra: Partial<RunPluginOptions> = {}): RunPluginOptions {
  return {
    executable,
    cwd: dir,
    request: '{"protocolVersion":"1"}',
    env: { PATH: process.env.PATH },
    timeoutMs: 10_000,
    maxOutputSize: 1024 * 1024,
    stdoutFile: path.join(dir, `out-${n++}`),
    ...extra,
  };
}

const plugin = (env: Record<string, string>, extraPath: string[] = []): Pick<ResolvedPlugin, 'extraPath' | 'spec'> => ({
  extraPath,
  spec: buildPluginSpec('x', { env }),
});

describe('runPlugin', () => {
  it('writes the request to stdin, then EOF, and spills stdout to the file byte for byte', async () => {
    const exe = writeScript(dir, 'echo', 'cat\n');
    const request = `{"protocolVersion":"1","contract":{"s":"${'é'.repeat(100_000)}"}}`;
    const o = opts(exe, { request });
    const r = await runPlugin(o);
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toBeNull();
    expect(r.exitCode).toBe(0);
    expect(fs.readFileSync(o.stdoutFile, 'utf8')).toBe(request);
    expect(r.stdoutBytes).toBe(Buffer.byteLength(request));
  });

  it('with memoryLimit, keeps a small stdout in memory and writes no file', async () => {
    const exe = writeScript(dir, 'echo-mem', 'cat\n');
    const request = `{"protocolVersion":"1","contract":{"s":"${'é'.repeat(1000)}"}}`;
    const o = opts(exe, { request, memoryLimit: 64 * 1024 });
    const r = await runPlugin(o);
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toBeNull();
    expect(r.stdout?.toString('utf8')).toBe(request);
    expect(fs.existsSync(o.stdoutFile)).toBe(false);
  });

  it('with memoryLimit, spills a larger stdout to the file byte for byte (nothing in memory)', async () => {
    const exe = writeScript(dir, 'echo-spill', 'cat\n');
    const request = `{"protocolVersion":"1","contract":{"s":"${'é'.repeat(100_000)}"}}`;
    const o = opts(exe, { request, memoryLimit: 1000 });
    const r = await runPlugin(o);
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toBeNull();
    expect(r.stdout).toBeNull();
    expect(fs.readFileSync(o.stdoutFile, 'utf8')).toBe(request);
    expect(r.stdoutBytes).toBe(Buffer.byteLength(request));
  });

  it('passes no arguments and runs in the given working directory', async () => {
    const exe = writeScript(dir, 'argv', 'echo "$#:$(pwd)"\n');
    const cwd = fs.mkdtempSync(path.join(dir, 'cwd-'));
    const o = opts(exe, { cwd });
    await runPlugin(o);
    expect(fs.readFileSync(o.stdoutFile, 'utf8')).toBe(`0:${cwd}\n`);
  });

  it('reports a non-zero exit with its stderr', async () => {
    const exe = writeScript(dir, 'fail', 'echo "bad things" >&2\nexit 3\n');
    const o = opts(exe);
    const r = await runPlugin(o);
    expect(r.exitCode).toBe(3);
    expect(r.stderrTail).toBe('bad things\n');
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toBe('exited with status 3');
  });

  it('keeps stderr of a successful run without failing, and only its last 64 KiB', async () => {
    const exe = writeScript(
      dir,
      'noisy',
      'i=0; while [ $i -lt 3000 ]; do echo "line $i ........................................................" >&2; i=$((i+1)); done\necho END >&2\necho "{}"\n',
    );
    const o = opts(exe);
    const r = await runPlugin(o);
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toBeNull();
    expect(Buffer.byteLength(r.stderrTail)).toBe(STDERR_TAIL_BYTES);
    expect(r.stderrTail.endsWith('line 2999 ........................................................\nEND\n')).toBe(true);
  });

  it('stops a plugin whose stdout exceeds max-output-size', async () => {
    const exe = writeScript(dir, 'flood', 'yes aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n');
    const o = opts(exe, { maxOutputSize: 100_000 });
    const r = await runPlugin(o);
    expect(r.overflow).toBe(true);
    expect(r.stdoutBytes).toBeLessThanOrEqual(100_000);
    expect(fs.statSync(o.stdoutFile).size).toBeLessThanOrEqual(100_000);
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toMatch(/more than 100000 bytes.*max-output-size/);
  });

  it('terminates the whole process group on timeout, children included', async () => {
    const pidFile = path.join(dir, 'child.pid');
    const exe = writeScript(dir, 'sleeper', `sleep 60 &\necho $! > ${pidFile}\nsleep 60\n`);
    const o = opts(exe, { timeoutMs: 500 });
    const r = await runPlugin(o);
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGTERM');
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toMatch(/timed out after 1 s/);
    const child = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !isAlive(child))).toBe(true);
  });

  it('kills a plugin that ignores SIGTERM after the grace period', async () => {
    const exe = writeScript(dir, 'stubborn', "trap '' TERM\nwhile :; do sleep 0.1; done\n");
    const o = opts(exe, { timeoutMs: 300, killGraceMs: 300 });
    const started = Date.now();
    const r = await runPlugin(o);
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('does not wait forever for a grandchild holding stdout, and kills it (what was read is for the caller to judge)', async () => {
    const pidFile = path.join(dir, 'holder.pid');
    const exe = writeScript(dir, 'holder', `sleep 60 &\necho $! > ${pidFile}\necho '{}'\n`);
    const o = opts(exe, { closeGraceMs: 300 });
    const r = await runPlugin(o);
    expect(r.exitCode).toBe(0);
    expect(r.stdoutHeld).toBe(true);
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toBeNull();
    expect(fs.readFileSync(o.stdoutFile, 'utf8')).toBe('{}\n');
    const child = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !isAlive(child))).toBe(true);
  });

  it('kills background processes left behind even when stdout closed normally', async () => {
    const pidFile = path.join(dir, 'daemon.pid');
    const exe = writeScript(dir, 'daemon', `sleep 60 >/dev/null 2>&1 &\necho $! > ${pidFile}\necho '{}'\n`);
    const o = opts(exe);
    const r = await runPlugin(o);
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toBeNull();
    const child = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !isAlive(child))).toBe(true);
  });

  it('does not fail a plugin whose background child only keeps stderr open', async () => {
    const pidFile = path.join(dir, 'stderr-holder.pid');
    const exe = writeScript(dir, 'stderr-holder', `sleep 60 >/dev/null &\necho $! > ${pidFile}\necho '{}'\n`);
    const o = opts(exe, { closeGraceMs: 300 });
    const r = await runPlugin(o);
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toBeNull();
    expect(fs.readFileSync(o.stdoutFile, 'utf8')).toBe('{}\n');
    expect(await waitFor(() => !isAlive(Number(fs.readFileSync(pidFile, 'utf8'))))).toBe(true);
  });

  it('reports a spill file that cannot be written', async () => {
    const exe = writeScript(dir, 'spill', "echo '{}'\n");
    const o = opts(exe, { stdoutFile: path.join(dir, 'missing-dir', 'out') });
    const r = await runPlugin(o);
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toMatch(/^its output could not be saved: ENOENT/);
  });

  it('survives a plugin that exits without reading a large request', async () => {
    const exe = writeScript(dir, 'deaf', "echo '{}'\n");
    const o = opts(exe, { request: 'x'.repeat(4 * 1024 * 1024) });
    const r = await runPlugin(o);
    expect(r.exitCode).toBe(0);
    expect(fs.readFileSync(o.stdoutFile, 'utf8')).toBe('{}\n');
  });

  it('reports spawn errors for missing and non-executable plugins', async () => {
    const missing = await runPlugin(opts(path.join(dir, 'nope')));
    expect(missing.spawnError).toMatch(/ENOENT/);
    const plain = path.join(dir, 'plain');
    fs.writeFileSync(plain, '#!/bin/sh\necho hi\n', { mode: 0o644 });
    const r = await runPlugin(opts(plain));
    expect(r.spawnError).toMatch(/EACCES/);
    expect(describeRunFailure(r, 1000, 1000)).toMatch(/^could not start: .*EACCES/);
  });

  it('reports a plugin killed by a signal', async () => {
    const exe = writeScript(dir, 'suicide', 'kill -9 $$\n');
    const o = opts(exe);
    const r = await runPlugin(o);
    expect(r.signal).toBe('SIGKILL');
    expect(describeRunFailure(r, o.timeoutMs, o.maxOutputSize)).toBe('was killed by SIGKILL');
  });
});

describe('pluginEnv', () => {
  const names = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'INPUT_TOKEN',
    'INPUT_PLUGINS',
    'github_token',
  ];
  const secrets = Object.fromEntries(names.map((name, i) => [name, `secret-value-${i}-zq`]));

  it('strips every secret and file-command variable, keeps the rest, adds env and extra PATH', async () => {
    const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/home/x', GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', ...secrets };
    const env = pluginEnv(base, plugin({ FOO: 'bar baz' }, ['/opt/node/bin']));
    for (const name of Object.keys(secrets)) expect(env[name]).toBeUndefined();
    expect(env.GITHUB_WORKSPACE).toBe('/w');
    expect(env.FOO).toBe('bar baz');
    expect(env.PATH).toBe(`${base.PATH}:/opt/node/bin`);

    // And the plugin process really sees exactly that.
    const exe = writeScript(dir, 'printenv', 'env\n');
    const o = opts(exe, { env });
    await runPlugin(o);
    const seen = fs.readFileSync(o.stdoutFile, 'utf8');
    for (const [name, value] of Object.entries(secrets)) {
      expect(seen).not.toContain(`${name}=`);
      expect(seen).not.toContain(value);
    }
    expect(seen).toContain('FOO=bar baz\n');
    expect(seen).toContain(`PATH=${base.PATH}:/opt/node/bin\n`);
  });

  it('classifies names case-insensitively', () => {
    expect(isStrippedVariable('Actions_Foo')).toBe(true);
    expect(isStrippedVariable('input_x')).toBe(true);
    expect(isStrippedVariable('GITHUB_SHA')).toBe(false);
    expect(isStrippedVariable('MY_ACTIONS_X')).toBe(false);
  });
});
