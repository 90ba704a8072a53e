#!/usr/bin/env node
// npm run bench: measures the built action (dist/index.js) the way CI runs it.
//  1. cold start of dist/index.js beside `node -e ''` (median of 7)
//  2. validation of a generated monorepo of 1,000 and 10,000 contracts (half format 1.0, half 2.0)
//  3. generation: 1,000 contracts x 2 plugins beside a minimal spawner (same invocations,
//     same stdin, same concurrency, no validation or writing), for the Node example plugins
//     and for a trivial shell plugin.
// Usage: node scripts/bench.mjs [--sizes 1000,10000] [--gen 1000] [--keep]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeMonorepo } from './bench-monorepo.mjs';
import { spawnAll } from './bench-spawner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : args[i + 1];
};
const sizes = flag('sizes', '1000,10000').split(',').map(Number);
const genSize = Number(flag('gen', '1000'));
const keep = args.includes('--keep');
const dist = path.resolve(flag('dist', path.join(root, 'dist', 'index.js')));
const concurrency = os.availableParallelism();

// Reports the child's peak RSS on exit without touching the action's own code.
const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("\\n__maxrss_kib="+process.resourceUsage().maxRSS+"\\n"))';

function runNode(nodeArgs, { env = {}, cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, nodeArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const m = /__maxrss_kib=(\d+)/.exec(stderr);
      resolve({ code, ms, stdout, stderr, maxRssMiB: m ? Number(m[1]) / 1024 : null });
    });
  });
}

function actionEnv(workspace, inputs) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-runner-'));
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: path.join(temp, 'tool-cache'),
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
  };
  fs.writeFileSync(env.GITHUB_OUTPUT, '');
  fs.writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return { env, temp };
}

async function runAction(workspace, inputs, { debug = false } = {}) {
  const { env, temp } = actionEnv(workspace, inputs);
  if (debug) env.RUNNER_DEBUG = '1';
  const r = await runNode(['--import', RSS_HOOK, dist], { env, cwd: workspace });
  const outputs = fs.readFileSync(env.GITHUB_OUTPUT, 'utf8');
  const requests = debug ? readRequests(path.join(temp, 'pacto-requests')) : new Map();
  fs.rmSync(temp, { recursive: true, force: true });
  return { ...r, outputs, requests };
}

/**
 * The request bodies a RUNNER_DEBUG run saved, by file name without its job-index prefix
 * (`0007-services--b-n.json` is found as `services--b-n.json`; unique for the bench's names).
 */
function readRequests(dir) {
  const m = new Map();
  if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) m.set(f.replace(/^\d+-/, ''), fs.readFileSync(path.join(dir, f)));
  return m;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 0) => n.toFixed(d);

async function coldStart() {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-empty-'));
  const bare = [];
  const action = [];
  for (let i = 0; i < 7; i++) {
    bare.push((await runNode(['-e', ''])).ms);
    action.push((await runAction(empty, { mode: 'validate', 'if-no-contracts-found': 'ignore' })).ms);
  }
  fs.rmSync(empty, { recursive: true, force: true });
  console.log(
    `cold start (median of 7): node -e '' ${fmt(median(bare))} ms, dist/index.js ${fmt(median(action))} ms (+${fmt(median(action) - median(bare))} ms)`,
  );
}

async function validation(size) {
  const dir = makeMonorepo(size, { root });
  const r = await runAction(dir, { mode: 'validate', contracts: 'services/*', 'report-file': 'bench-report.json' });
  // The report, not the `contracts` output: outputs are capped at 512 KiB, the report holds all.
  const contracts = JSON.parse(fs.readFileSync(path.join(dir, 'bench-report.json'), 'utf8')).contracts;
  const invalid = contracts.filter((c) => !c.valid).length;
  console.log(
    `validate ${size} contracts: ${fmt(r.ms)} ms wall incl. start-up, ${fmt((size / r.ms) * 1000)} contracts/s, peak RSS ${fmt(r.maxRssMiB ?? 0, 1)} MiB, exit ${r.code}, ${contracts.length} reported, ${invalid} invalid`,
  );
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
}

function trivialShellPlugins(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of ['shella', 'shellb']) {
    const p = path.join(dir, `pacto-plugin-${name}`);
    fs.writeFileSync(p, '#!/bin/sh\ncat >/dev/null\nprintf \'{"files":[{"path":"x.txt","content":"x"}]}\'\n', { mode: 0o755 });
  }
  return ['shella', 'shellb'];
}

async function generation(size) {
  const dir = makeMonorepo(size, { root });
  const pluginDir = path.join(dir, 'bench-plugins');
  fs.mkdirSync(pluginDir);
  for (const p of ['pacto-plugin-readme', 'pacto-plugin-k8s']) {
    fs.copyFileSync(path.join(root, 'examples', 'plugins', p), path.join(pluginDir, p));
    fs.chmodSync(path.join(pluginDir, p), 0o755);
  }
  const sets = [
    ['Node example plugins', ['readme', 'k8s']],
    ['trivial shell plugin', trivialShellPlugins(pluginDir)],
  ];
  for (const [label, names] of sets) {
    const r = await runAction(dir, inputsFor(names));
    // An untimed debug run saves the exact request bodies, so the spawner sends the same stdin.
    const { requests } = await runAction(dir, inputsFor(names), { debug: true });
    const jobs = [];
    for (const b of fs.readdirSync(path.join(dir, 'services')).sort()) {
      for (const n of names) {
        const body = requests.get(`services--${b}-${n}.json`);
        if (!body) throw new Error(`no saved request for ${b} x ${n}`);
        jobs.push({ command: path.join(pluginDir, `pacto-plugin-${n}`), stdin: body, cwd: dir });
      }
    }
    const s = await spawnAll(jobs, concurrency);
    console.log(
      `generate ${size} x ${names.length} (${label}): action ${fmt(r.ms)} ms (exit ${r.code}, peak RSS ${fmt(r.maxRssMiB ?? 0, 1)} MiB), minimal spawner ${fmt(s.ms)} ms, overhead ${fmt(r.ms / s.ms, 2)}x`,
    );
  }
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
}

function inputsFor(names) {
  return {
    mode: 'generate',
    contracts: 'services/*',
    'plugin-dirs': 'bench-plugins',
    plugins: names.map((n) => `- ${n}`).join('\n'),
    concurrency: String(concurrency),
    'output-dir': '{bundle}/generated/{plugin}',
  };
}

if (!fs.existsSync(dist)) {
  console.error('dist/index.js is missing: run npm run build first');
  process.exit(1);
}
console.log(
  `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${fmt(os.totalmem() / 1024 ** 3, 1)} GiB, Node ${process.version}`,
);
await coldStart();
for (const size of sizes) await validation(size);
if (genSize > 0) await generation(genSize);
