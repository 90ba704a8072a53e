/** End to end: generate() with the real outputs stage and real plugins (the examples and hostile ones). */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { buildRequest } from '../../src/contracts/request.js';
import { generate } from '../../src/generate/generate.js';
import type { ContractResult } from '../../src/contracts/types.js';
import type { ResolvedPlugin } from '../../src/plugins/types.js';
import type { Config } from '../../src/inputs.js';
import { tempDir, writeScript } from '../plugins/scripts.js';
import { commandLines, contract, plugin, recordedContractJson, simpleContract, testConfig } from './harness.js';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const README = path.join(repo, 'examples/plugins/pacto-plugin-readme');
const K8S = path.join(repo, 'examples/plugins/pacto-plugin-k8s');

let root: string;
let bin: string;
let config: Config;

beforeEach(() => {
  root = tempDir('pacto-e2e-');
  bin = path.join(root, 'bin');
  fs.mkdirSync(bin);
  config = testConfig(root);
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** Every file under dir (relative, sorted) with its bytes and mtime. */
function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  const out = new Map<string, { bytes: string; mtimeMs: number }>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), { bytes: fs.readFileSync(p, 'latin1'), mtimeMs: fs.statSync(p).mtimeMs });
    }
  };
  walk(dir);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** What the plugin prints for this contract when run by hand (outputDir does not affect it). */
function direct(exe: string, c: ContractResult): { path: string; content: string }[] {
  const r = spawnSync(exe, [], { input: buildRequest(c.contractJson!, c.absDir, '/tmp/x', {}) });
  return (JSON.parse(r.stdout.toString()) as { files: { path: string; content: string }[] }).files;
}

async function run(contracts: ContractResult[], plugins: ResolvedPlugin[], overrides: Partial<Config> = {}) {
  const io = recordingIO();
  const result = await generate({ config: { ...config, ...overrides }, contracts, plugins, env: { PATH: process.env.PATH }, io });
  return { result, io };
}

function noStagingLeft(): void {
  const staging = path.join(config.runnerTemp, 'pacto-staging');
  expect(fs.existsSync(staging) ? fs.readdirSync(staging) : []).toEqual([]);
  const hidden = [...snapshot(config.workingDirectory).keys()].filter((p) => p.includes('pacto-stage-'));
  expect(hidden).toEqual([]);
}

describe('generate() end to end', () => {
  it('writes what the example plugins produce, for 1.0 and 2.0 contracts, then leaves it untouched on a rerun', async () => {
    const v1 = contract(config, 'services/payments', recordedContractJson('v1/pkg_contract_valid_full_with_bundle_files.json'));
    const v2 = contract(config, 'services/billing', recordedContractJson('v2/demo_v3_payments_service_2_1_1.json'));
    const plugins = [plugin('readme', README), plugin('k8s', K8S)];
    const { result, io } = await run([v1, v2], plugins);

    expect(result.errors).toEqual([]);
    expect(result.jobs.map((j) => [j.contract, j.plugin, j.status, j.outputDir])).toEqual([
      ['services/payments/pacto.yaml', 'readme', 'ok', 'services/payments/readme-output'],
      ['services/payments/pacto.yaml', 'k8s', 'ok', 'services/payments/k8s-output'],
      ['services/billing/pacto.yaml', 'readme', 'ok', 'services/billing/readme-output'],
      ['services/billing/pacto.yaml', 'k8s', 'ok', 'services/billing/k8s-output'],
    ]);
    for (const c of [v1, v2]) {
      for (const [name, exe] of [
        ['readme', README],
        ['k8s', K8S],
      ] as const) {
        for (const f of direct(exe, c)) {
          expect(fs.readFileSync(path.join(c.absDir, `${name}-output`, f.path), 'utf8')).toBe(f.content);
        }
      }
    }
    expect(result.changed).toBe(true);
    expect(result.files.filter((f) => !f.path.endsWith('.pacto-generated.json')).every((f) => f.status === 'created')).toBe(true);
    expect(fs.existsSync(path.join(v1.absDir, 'k8s-output', '.pacto-generated.json'))).toBe(true);
    expect(commandLines(io.calls.map((c) => c.message))).toEqual([]);
    noStagingLeft();

    const before = snapshot(config.workingDirectory);
    const again = await run([v1, v2], plugins);
    expect(again.result.changed).toBe(false);
    expect(again.result.files.every((f) => f.status === 'unchanged')).toBe(true);
    expect(snapshot(config.workingDirectory)).toEqual(before);
    noStagingLeft();
  });

  it('keeps earlier outputs intact when a plugin later fails, and reports the failure', async () => {
    const c = simpleContract(config, 'orders');
    const exe = writeScript(bin, 'pacto-plugin-gen', 'cat >/dev/null\necho \'{"files":[{"path":"a.txt","content":"first"}]}\'\n');
    await run([c], [plugin('gen', exe)]);
    const before = snapshot(config.workingDirectory);
    expect(before.get('services/orders/gen-output/a.txt')?.bytes).toBe('first');

    writeScript(
      bin,
      'pacto-plugin-gen',
      'cat >/dev/null\necho \'{"files":[{"path":"a.txt","content":"second"}]}\'\necho "::error::broken" >&2\nexit 4\n',
    );
    const { result, io } = await run([c], [plugin('gen', exe)]);
    expect(result.jobs[0].status).toBe('failed');
    expect(result.jobs[0].error).toContain('plugin gen on services/orders/pacto.yaml: exited with status 4');
    expect(snapshot(config.workingDirectory)).toEqual(before);
    expect(commandLines(io.calls.map((call) => call.message))).toEqual([]);
    noStagingLeft();
  });

  it('logs a job whose plugin ran but whose files could not be written as failed, after its run line, in job order', async () => {
    // Into the bundle itself: pacto.yaml there is the contract, which no output may replace.
    const exe = writeScript(bin, 'pacto-plugin-clobber', 'cat >/dev/null\necho \'{"files":[{"path":"pacto.yaml","content":"x"}]}\'\n');
    const fine = writeScript(bin, 'pacto-plugin-fine', 'cat >/dev/null\necho \'{"files":[{"path":"ok.txt","content":"ok"}]}\'\n');
    const contracts = ['b', 'a'].map((n) => simpleContract(config, n));
    const before = snapshot(config.workingDirectory);
    const { result, io } = await run(contracts, [plugin('clobber', exe, { output: '{bundle}' }), plugin('fine', fine)]);
    expect(result.jobs.map((j) => `${j.contract} ${j.plugin} ${j.status}`)).toEqual([
      'services/b/pacto.yaml clobber failed',
      'services/b/pacto.yaml fine ok',
      'services/a/pacto.yaml clobber failed',
      'services/a/pacto.yaml fine ok',
    ]);
    const lines = io.calls
      .filter((c) => c.kind === 'group' || (c.kind === 'info' && /^[✓✗]/.test(c.message)))
      .map((c) => c.message.replace(/ \(\d+ ms\)$/, ''));
    expect(lines).toEqual([
      '✓ clobber · services/b/pacto.yaml: ran, 1 file for services/b',
      '✓ fine · services/b/pacto.yaml: ran, 1 file for services/b/fine-output',
      '✓ clobber · services/a/pacto.yaml: ran, 1 file for services/a',
      '✓ fine · services/a/pacto.yaml: ran, 1 file for services/a/fine-output',
      `✗ clobber · services/b/pacto.yaml: its files were not written: ${result.jobs[0].error}`,
      `✗ clobber · services/a/pacto.yaml: its files were not written: ${result.jobs[2].error}`,
    ]);
    expect(result.jobs[0].error).toMatch(/services\/b\/pacto\.yaml \(the contract\)/);
    expect(io.calls.some((c) => c.message.includes('→'))).toBe(false);
    const after = snapshot(config.workingDirectory);
    for (const [file, v] of before) expect(after.get(file)).toEqual(v);
    noStagingLeft();
  });

  it('skips invalid contracts without starting a plugin, and marks files written into outputDir as direct', async () => {
    const marker = path.join(root, 'started');
    const exe = writeScript(
      bin,
      'pacto-plugin-direct',
      `#!/usr/bin/env node
const fs = require('node:fs');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const req = JSON.parse(Buffer.concat(chunks).toString());
  fs.appendFileSync(${JSON.stringify(marker)}, req.contract.service.name + '\\n');
  fs.mkdirSync(req.outputDir + '/bin', { recursive: true });
  fs.writeFileSync(req.outputDir + '/bin/data.bin', Buffer.from([0, 1, 2, 255]));
  process.stdout.write(JSON.stringify({ files: [{ path: 'index.txt', content: 'see bin/' }] }));
});
`,
    );
    const good = simpleContract(config, 'good');
    const bad = simpleContract(config, 'bad', false);
    const { result } = await run([bad, good], [plugin('direct', exe)]);
    expect(fs.readFileSync(marker, 'utf8')).toBe('good\n');
    expect(result.jobs.map((j) => j.status)).toEqual(['skipped', 'ok']);
    const files = result.jobs[1].files.filter((f) => !f.path.endsWith('.pacto-generated.json'));
    expect(files.map((f) => [f.path, f.direct])).toEqual([
      ['services/good/direct-output/bin/data.bin', true],
      ['services/good/direct-output/index.txt', false],
    ]);
    expect([...fs.readFileSync(path.join(good.absDir, 'direct-output/bin/data.bin'))]).toEqual([0, 1, 2, 255]);
    expect(fs.existsSync(path.join(bad.absDir, 'direct-output'))).toBe(false);
    noStagingLeft();
  });

  it('check mode reports drift and changes nothing in the working tree', async () => {
    const c = contract(config, 'svc', recordedContractJson('v1/e2e_my_app_v1.json'));
    const plugins = [plugin('k8s', K8S)];
    await run([c], plugins);
    const clean = await run([c], plugins, { mode: 'check' });
    expect(clean.result.drift?.entries ?? []).toEqual([]);

    fs.appendFileSync(path.join(c.absDir, 'k8s-output/deployment.yaml'), '# edited\n');
    const before = snapshot(config.workingDirectory);
    const drifted = await run([c], plugins, { mode: 'check' });
    expect(drifted.result.drift?.entries.map((e) => [e.path, e.status])).toEqual([['svc/k8s-output/deployment.yaml', 'changed']]);
    expect(snapshot(config.workingDirectory)).toEqual(before);
    noStagingLeft();
  });

  it('gives each job a fresh, empty, absolute outputDir on the destination filesystem, and the absolute bundle', async () => {
    const log = path.join(root, 'seen.jsonl');
    const exe = writeScript(
      bin,
      'pacto-plugin-probe',
      `#!/usr/bin/env node
const fs = require('node:fs');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const req = JSON.parse(Buffer.concat(chunks).toString());
  const st = fs.statSync(req.outputDir);
  fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ out: req.outputDir, bundle: req.bundleDir, dev: st.dev, entries: fs.readdirSync(req.outputDir).length }) + '\\n');
  process.stdout.write('{"files":[]}');
});
`,
    );
    const contracts = ['a', 'b', 'c'].map((n) => simpleContract(config, n));
    const { result } = await run(contracts, [plugin('probe', exe), plugin('probe2', exe)]);
    expect(result.jobs.map((j) => j.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    const seen = fs
      .readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { out: string; bundle: string; dev: number; entries: number });
    expect(seen).toHaveLength(6);
    expect(new Set(seen.map((s) => s.out)).size).toBe(6);
    const wdDev = fs.statSync(config.workingDirectory).dev;
    for (const s of seen) {
      expect(path.isAbsolute(s.out)).toBe(true);
      expect(s.entries).toBe(0);
      expect(s.dev).toBe(wdDev);
      expect(fs.existsSync(s.out)).toBe(false);
    }
    expect(seen.map((s) => s.bundle).sort()).toEqual(contracts.flatMap((c) => [c.absDir, c.absDir]).sort());
    // A job with no files and no earlier manifest creates nothing.
    expect(fs.existsSync(path.join(contracts[0].absDir, 'probe-output'))).toBe(false);
    noStagingLeft();
  });

  it('fail-fast: the failed job writes nothing and later jobs are skipped', async () => {
    const exe = writeScript(
      bin,
      'pacto-plugin-picky',
      `#!/bin/sh
req=$(cat)
case "$req" in *'"name":"b"'*) echo "no b" >&2; exit 1 ;; esac
echo '{"files":[{"path":"out.txt","content":"x"}]}'
`,
    );
    const contracts = ['a', 'b', 'c'].map((n) => simpleContract(config, n));
    const { result } = await run(contracts, [plugin('picky', exe)], { failFast: true, concurrency: 1 });
    expect(result.jobs.map((j) => j.status)).toEqual(['ok', 'failed', 'skipped']);
    expect(fs.readFileSync(path.join(contracts[0].absDir, 'picky-output/out.txt'), 'utf8')).toBe('x');
    expect(fs.existsSync(path.join(contracts[1].absDir, 'picky-output'))).toBe(false);
    expect(fs.existsSync(path.join(contracts[2].absDir, 'picky-output'))).toBe(false);
    noStagingLeft();
  });
});
