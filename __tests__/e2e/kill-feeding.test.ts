/**
 * Issue 10's kill promise where it meets issue 9: the built action is SIGKILLed or SIGTERMed
 * during the feeding stage's writes, which replace files the contracts reference. After every
 * kill each bundle's fed files are whole (old or new generation, never missing), after a SIGTERM
 * the run exits 143 with each bundle's manifest agreeing with its files, and the next run
 * recovers: it passes (every contract valid with its fed file), manifests consistent, no journal
 * or staging left.
 *
 * Kills are triggered by observed progress (events under services/), after a seeded random
 * number of them: no sleeps. A POSIX shell feeder keeps each job cheap.
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

const BUNDLES = 80;
const TRIALS = 10;
const FILLER = 'x'.repeat(1024);
const MANIFEST = '.pacto-generated.json';

/** Writes the referenced config.schema.json and a notes.txt into its bundle (output '{bundle}'). */
const FEEDER = `#!/bin/sh
req=$(cat)
b=\${req#*\\"bundleDir\\":\\"}
b=\${b%%\\"*}
name=\${b##*/}
printf '{"files":[{"path":"config.schema.json","content":"{\\\\"description\\\\":\\\\"gen %s %s %s\\\\"}\\\\n"},{"path":"notes.txt","content":"gen %s %s %s"}]}' "$GEN" "$name" "${FILLER}" "$GEN" "$name" "${FILLER}"
`;

const schema = (gen: number, svc: string): string => `{"description":"gen ${gen} ${svc} ${FILLER}"}\n`;
const notes = (gen: number, svc: string): string => `gen ${gen} ${svc} ${FILLER}`;
const sha = (b: Buffer | string): string => crypto.createHash('sha256').update(b).digest('hex');
const svcName = (i: number): string => `svc-${String(i).padStart(3, '0')}`;

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
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-kill-feed-')));
  ws = path.join(root, 'ws');
  runnerTemp = path.join(root, 'runner-temp');
  fs.mkdirSync(runnerTemp, { recursive: true });
  for (let i = 0; i < BUNDLES; i++) {
    fs.mkdirSync(path.join(ws, 'services', svcName(i)), { recursive: true });
    fs.writeFileSync(
      path.join(ws, 'services', svcName(i), 'pacto.yaml'),
      `pactoVersion: "1.0"\nservice:\n  name: ${svcName(i)}\n  version: 1.0.0\nconfiguration:\n  schema: config.schema.json\nruntime:\n  workload: service\n  state:\n    type: stateless\n    persistence:\n      scope: local\n      durability: ephemeral\n    dataCriticality: low\n`,
    );
  }
  writeExecutable(path.join(ws, 'tools', 'pacto-plugin-feeder'), FEEDER);
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
      contracts: 'services/*',
      'plugin-dirs': 'tools',
      plugins: '- { name: feeder, feeds-contract: true }',
      concurrency: '4',
    },
    env: { ...isolatedEnv(root).env, GEN: String(gen), RUNNER_TEMP: runnerTemp },
  });
  results.push(r);
  return r;
}

/** Each bundle's manifest lists exactly its fed files, with their bytes. */
function expectConsistent(what: string): void {
  for (let i = 0; i < BUNDLES; i++) {
    const dir = path.join(ws, 'services', svcName(i));
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as { entries: { files: { path: string; sha256: string }[] }[] };
    const listed = m.entries.flatMap((e) => e.files.map((f) => [f.path, f.sha256]));
    expect({ what, dir, listed: listed.map(([p]) => p).sort() }).toEqual({ what, dir, listed: ['config.schema.json', 'notes.txt'] });
    for (const [p, digest] of listed) expect({ what, p, sha: sha(fs.readFileSync(path.join(dir, p))) }).toEqual({ what, p, sha: digest });
  }
}

/** Each fed file holds one whole generation. */
function expectWhole(gens: number[], what: string): void {
  for (let i = 0; i < BUNDLES; i++) {
    const dir = path.join(ws, 'services', svcName(i));
    for (const [file, body] of [
      ['config.schema.json', schema],
      ['notes.txt', notes],
    ] as const) {
      const p = path.join(dir, file);
      const text = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
      expect({ what, p, whole: gens.some((g) => text === body(g, svcName(i))) }).toEqual({ what, p, whole: true });
    }
  }
}

function leftovers(): string[] {
  const out: string[] = [];
  const staging = path.join(runnerTemp, 'pacto-staging');
  if (fs.existsSync(staging)) out.push(...fs.readdirSync(staging).map((n) => `RUNNER_TEMP/pacto-staging/${n}`));
  for (const rel of fs.readdirSync(ws, { recursive: true }) as string[]) {
    if (path.basename(rel).startsWith('.pacto-') && path.basename(rel) !== MANIFEST) out.push(rel);
  }
  return out;
}

describe("killing the action during the feeding stage's writes", () => {
  it(`keeps every fed file whole and recovers, over ${TRIALS} SIGKILL and SIGTERM trials`, async () => {
    const first = await run(1);
    expect(first.exitCode).toBe(0);
    expectConsistent('first run');
    const random = seeded(20261206);
    let gen = 1;
    let killed = 0;
    for (let t = 0; t < TRIALS; t++) {
      const signal: NodeJS.Signals = t % 2 === 0 ? 'SIGKILL' : 'SIGTERM';
      const prev = gen++;
      // Renames under services/: two files and a manifest per bundle, about 240 events.
      const after = 1 + Math.floor(random() * 200);
      let seen = 0;
      let child: ChildProcess | null = null;
      let sentAt = 0;
      let watcher: fs.FSWatcher | null = fs.watch(path.join(ws, 'services'), { recursive: true }, () => {
        if (++seen === after) {
          watcher?.close();
          watcher = null;
          child?.kill(signal);
          sentAt = Date.now();
        }
      });
      const r = await run(gen, (c) => (child = c));
      (watcher as fs.FSWatcher | null)?.close();
      const what = `trial ${t} (${signal} after ${after} events)`;
      expectWhole([prev, gen], what);
      if (sentAt > 0) {
        killed++;
        if (signal === 'SIGKILL') expect({ what, signal: r.signal }).toEqual({ what, signal: 'SIGKILL' });
        else {
          expect({ what, code: r.exitCode }).toEqual({ what, code: 143 });
          expect(Date.now() - sentAt).toBeLessThan(7500);
          expectConsistent(`${what}, before the next run`);
        }
      }
      const next = await run(gen);
      expect({ what, code: next.exitCode, log: next.exitCode === 0 ? '' : next.log.slice(-2000) }).toEqual({ what, code: 0, log: '' });
      expectConsistent(`${what}, after the next run`);
      expectWhole([gen], `${what}, after the next run`);
      expect({ what, left: leftovers() }).toEqual({ what, left: [] });
    }
    expect(killed).toBeGreaterThanOrEqual(TRIALS - 3);
  }, 1_800_000);
});
