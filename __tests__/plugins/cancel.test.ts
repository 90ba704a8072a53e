/**
 * A cancelled run (the runner signals the action) stops every plugin process group: plugins run
 * detached, so without our handlers their processes would outlive us with parent 1.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { isAlive, tempDir, waitFor, writeScript } from './scripts.js';

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
const DRIVER = path.join(ROOT, '__tests__/plugins/fixtures/cancel-driver.mjs');

let dir: string;
let runModule: string;

beforeAll(() => {
  dir = tempDir('pacto-cancel-');
  // The driver runs under plain node: run.ts and cancel.ts compiled on their own (they import only node: modules, types and each other).
  const compile = (src: string): string =>
    ts.transpileModule(fs.readFileSync(path.join(ROOT, src), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
  fs.writeFileSync(path.join(dir, 'cancel.mjs'), compile('src/cancel.ts'));
  runModule = path.join(dir, 'run.mjs');
  fs.writeFileSync(runModule, compile('src/plugins/run.ts').replace("'../cancel.js'", "'./cancel.mjs'"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const readPid = (file: string): number | null => {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  return text === '' ? null : Number(text);
};

async function cancelled(name: string, body: string, signal: NodeJS.Signals) {
  const work = fs.mkdtempSync(path.join(dir, `${name}-`));
  const exe = writeScript(work, name, body.replaceAll('$WORK', work));
  const driver = spawn(process.execPath, [DRIVER, runModule, exe, work], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  driver.stdout.on('data', (c: Buffer) => (output += c.toString()));
  driver.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    driver.once('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  const pidFile = path.join(work, 'sleep.pid');
  try {
    expect(await waitFor(() => readPid(pidFile) !== null, 10_000)).toBe(true);
    const sleepPid = readPid(pidFile)!;
    expect(isAlive(sleepPid)).toBe(true);
    const sentAt = Date.now();
    driver.kill(signal);
    const status = await exited;
    return { status, sleepPid, elapsed: Date.now() - sentAt, output };
  } finally {
    driver.kill('SIGKILL');
    const pid = readPid(pidFile);
    if (pid !== null && isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
}

describe('cancelling a run', () => {
  it('SIGTERM stops the plugin and the sleep it started, then exits with 143', async () => {
    const r = await cancelled('sleeper', 'sleep 60 &\necho $! > $WORK/sleep.pid\nwait\n', 'SIGTERM');
    expect(r.status).toEqual({ code: 143, signal: null });
    expect(await waitFor(() => !isAlive(r.sleepPid), 3000)).toBe(true);
  });

  it('SIGINT kills, after a short grace, a plugin group that ignores SIGTERM, then exits with 130', async () => {
    const body = "trap '' TERM\n(trap '' TERM; exec sleep 60) &\necho $! > $WORK/sleep.pid\nwhile :; do sleep 0.1; done\n";
    const r = await cancelled('stubborn', body, 'SIGINT');
    expect(r.status).toEqual({ code: 130, signal: null });
    expect(r.elapsed).toBeLessThan(10_000);
    expect(await waitFor(() => !isAlive(r.sleepPid), 3000)).toBe(true);
  });
});

describe('stopLiveGroups', () => {
  it('stops the running plugins and starts no new one afterwards', async () => {
    const { runPlugin, stopLiveGroups } = await import('../../src/plugins/run.js');
    const work = fs.mkdtempSync(path.join(dir, 'inproc-'));
    const exe = writeScript(work, 'sleeper', `sleep 60 &\necho $! > ${work}/sleep.pid\nwait\n`);
    const opts = {
      executable: exe,
      cwd: work,
      request: '{}',
      env: { PATH: process.env.PATH },
      timeoutMs: 60_000,
      maxOutputSize: 1024,
      stdoutFile: path.join(work, 'out'),
    };
    const running = runPlugin(opts);
    expect(await waitFor(() => readPid(path.join(work, 'sleep.pid')) !== null, 10_000)).toBe(true);
    await stopLiveGroups(500);
    const r = await running;
    expect(r.signal).toBe('SIGTERM');
    expect(await waitFor(() => !isAlive(readPid(path.join(work, 'sleep.pid'))!), 3000)).toBe(true);
    const late = await runPlugin(opts);
    expect(late.spawnError).toBe('the run is being cancelled');
  });
});
