/**
 * Break 1 of issue 10, through the built bundle: the action is SIGKILLed or SIGTERMed at random
 * moments of a 200-contract write phase. After every kill each tracked output still holds one
 * complete version (old or new), after a SIGTERM the run exits 143 with its manifest agreeing
 * with the files, and the next run (same RUNNER_TEMP, as a later step of the job) recovers:
 * manifest consistent with the files, no journal or staging left anywhere.
 *
 * Cheap on purpose: one POSIX shell plugin (no node start-up per job), 2 KiB files, all 200 jobs
 * writing into one output directory. Kills are triggered by observed progress (renames seen in
 * that directory), after a seeded random number of them: no sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { builtAction } from '../helpers/e2e-build.js';
import { isolatedEnv, writeExecutable } from '../helpers/e2e-plugins.js';
import { spawnAction, type SpawnResult } from '../helpers/runner.js';

const CONTRACTS = 200;
const TRIALS = 20;
const FILLER = 'x'.repeat(2048);
const MANIFEST = '.pacto-generated.json';

/** Names its file after the bundle; on even generations a second file, deleted (clean) on odd ones. */
const PLUGIN = `#!/bin/sh
req=$(cat)
b=\${req#*\\"bundleDir\\":\\"}
b=\${b%%\\"*}
name=\${b##*/}
body="gen $GEN $name ${FILLER}"
extra=""
if [ $((GEN % 2)) -eq 0 ]; then extra=",{\\"path\\":\\"$name.b.txt\\",\\"content\\":\\"$body\\"}"; fi
printf '{"files":[{"path":"%s.txt","content":"%s"}%s]}' "$name" "$body" "$extra"
`;

const body = (gen: number, name: string): string => `gen ${gen} ${name} ${FILLER}`;
const sha = (b: Buffer | string): string => crypto.createHash('sha256').update(b).digest('hex');
const name = (i: number): string => `svc-${String(i).padStart(3, '0')}`;

/** A small seeded generator (mulberry32): the same kill points on every run of the suite. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dist: string;
let root: string;
let ws: string;
let runnerTemp: string;
const results: SpawnResult[] = [];

beforeAll(async () => {
  dist = await builtAction();
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-kill-')));
  ws = path.join(root, 'ws');
  runnerTemp = path.join(root, 'runner-temp');
  fs.mkdirSync(runnerTemp, { recursive: true });
  for (let i = 0; i < CONTRACTS; i++) {
    fs.mkdirSync(path.join(ws, name(i)), { recursive: true });
    fs.writeFileSync(
      path.join(ws, name(i), 'pacto.yaml'),
      `pactoVersion: "1.0"\nservice:\n  name: ${name(i)}\n  version: 1.0.0\ninterfaces:\n  - name: api\n    type: http\n    port: 8080\nruntime:\n  workload: service\n  state:\n    type: stateless\n    persistence:\n      scope: local\n      durability: ephemeral\n    dataCriticality: low\n`,
    );
  }
  writeExecutable(path.join(ws, 'tools', 'pacto-plugin-churn'), PLUGIN);
}, 600_000);

afterAll(() => {
  for (const r of results.splice(0)) r.cleanup();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

async function run(gen: number, onSpawn?: (child: ChildProcess) => void): Promise<SpawnResult> {
  const r = await spawnAction({
    dist,
    workspace: ws,
    ...isolatedEnv(root),
    timeoutMs: 300_000,
    onSpawn,
    inputs: {
      mode: 'generate',
      contracts: 'svc-*',
      'plugin-dirs': 'tools',
      plugins: '- churn',
      'output-dir': 'gen',
      clean: 'true',
      concurrency: '4',
    },
    env: { ...isolatedEnv(root).env, GEN: String(gen), RUNNER_TEMP: runnerTemp },
  });
  results.push(r);
  return r;
}

interface Manifest {
  entries: { contract: string; files: { path: string; sha256: string }[] }[];
}

function manifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(ws, 'gen', MANIFEST), 'utf8')) as Manifest;
}

/** Every listed file holds the listed bytes, and every file in gen/ is listed. */
function expectConsistent(what: string): void {
  const listed = new Map<string, string>();
  for (const e of manifest().entries) for (const f of e.files) listed.set(f.path, f.sha256);
  const present = fs
    .readdirSync(path.join(ws, 'gen'))
    .filter((f) => f !== MANIFEST)
    .sort();
  expect({ what, files: present }).toEqual({ what, files: [...listed.keys()].sort() });
  for (const [p, digest] of listed)
    expect({ what, p, sha: sha(fs.readFileSync(path.join(ws, 'gen', p))) }).toEqual({ what, p, sha: digest });
}

/** Each contract's file is whole: exactly one generation's content, never missing. */
function expectWhole(gens: number[], what: string): void {
  for (let i = 0; i < CONTRACTS; i++) {
    const file = path.join(ws, 'gen', `${name(i)}.txt`);
    expect({ what, file, exists: fs.existsSync(file) }).toEqual({ what, file, exists: true });
    const text = fs.readFileSync(file, 'utf8');
    expect({ what, file, whole: gens.some((g) => text === body(g, name(i))) }).toEqual({ what, file, whole: true });
    const b = path.join(ws, 'gen', `${name(i)}.b.txt`);
    if (fs.existsSync(b)) {
      const t = fs.readFileSync(b, 'utf8');
      expect({ what, b, whole: gens.some((g) => g % 2 === 0 && t === body(g, name(i))) }).toEqual({ what, b, whole: true });
    }
  }
}

/** Anything of ours left behind: journals, backups, staging, in RUNNER_TEMP or the workspace. */
function leftovers(): string[] {
  const out: string[] = [];
  const staging = path.join(runnerTemp, 'pacto-staging');
  if (fs.existsSync(staging)) out.push(...fs.readdirSync(staging).map((n) => `RUNNER_TEMP/pacto-staging/${n}`));
  const walk = (dir: string, rel: string): void => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.name.startsWith('.pacto-') && d.name !== MANIFEST) out.push(r);
      if (d.isDirectory()) walk(path.join(dir, d.name), r);
    }
  };
  walk(ws, '');
  return out;
}

describe('killing the action during the write phase', () => {
  it(`loses no output and recovers, over ${TRIALS} SIGKILL and SIGTERM trials`, async () => {
    const first = await run(1);
    expect(first.exitCode).toBe(0);
    expectConsistent('first run');
    const random = seeded(20261205);
    let gen = 1;
    let killedMidWrite = 0;
    let recovered = 0;
    for (let t = 0; t < TRIALS; t++) {
      const signal: NodeJS.Signals = t % 2 === 0 ? 'SIGKILL' : 'SIGTERM';
      const prev = gen++;
      // A rename in gen/ per file and per manifest: about 500 events in a write phase.
      const after = 1 + Math.floor(random() * 450);
      let seen = 0;
      let watcher: fs.FSWatcher | null = fs.watch(path.join(ws, 'gen'), () => {
        if (++seen === after) {
          watcher?.close();
          watcher = null;
          child?.kill(signal);
          sentAt = Date.now();
        }
      });
      let child: ChildProcess | null = null;
      let sentAt = 0;
      const r = await run(gen, (c) => (child = c));
      (watcher as fs.FSWatcher | null)?.close();
      const what = `trial ${t} (${signal} after ${after} renames)`;
      expectWhole([prev, gen], what);
      if (sentAt > 0) {
        if (signal === 'SIGKILL') expect({ what, signal: r.signal }).toEqual({ what, signal: 'SIGKILL' });
        else {
          expect({ what, code: r.exitCode }).toEqual({ what, code: 143 });
          // The runner's SIGKILL follows 7.5 s after its first signal; finishing the job in flight stays well inside that.
          expect(Date.now() - sentAt).toBeLessThan(7500);
          // A cancel finishes the job in flight: what is on disk agrees with the manifest at once.
          expectConsistent(`${what}, before the next run`);
        }
        killedMidWrite++;
      }
      const next = await run(gen);
      expect({ what, code: next.exitCode }).toEqual({ what, code: 0 });
      if (next.log.includes('Recovered from an interrupted run')) recovered++;
      expectConsistent(`${what}, after the next run`);
      expectWhole([gen], `${what}, after the next run`);
      for (let i = 0; i < CONTRACTS; i++) expect(fs.existsSync(path.join(ws, 'gen', `${name(i)}.b.txt`))).toBe(gen % 2 === 0);
      expect({ what, left: leftovers() }).toEqual({ what, left: [] });
    }
    // Most kills land inside the write phase, and some inside a transaction, which the next run recovered.
    expect(killedMidWrite).toBeGreaterThanOrEqual(TRIALS - 4);
    expect(recovered).toBeGreaterThan(0);
  }, 1_800_000);
});
