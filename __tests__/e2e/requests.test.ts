/**
 * End to end through the built bundle: the request bytes a plugin receives. A recording plugin
 * (found in a plugin dir) copies its stdin to a file; the workspace holds copies of every
 * conformance case that has a recorded request body, format 1.0 and 2.0. What reaches the
 * plugin must be the corpus body byte for byte, except the two directory members, which are
 * absolute: the case directory, and a fresh output directory that is gone after the run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { goQuote, isolatedEnv, writeExecutable } from '../helpers/e2e-plugins.js';
import { REPO_ROOT, spawnAction, type SpawnResult } from '../helpers/runner.js';

interface Case {
  /** Corpus folder under the workspace: v1 or v2. */
  corpus: 'v1' | 'v2';
  name: string;
  valid: boolean;
  body: string;
}

const CORPORA = { v1: 'conformance', v2: 'conformance-v2' } as const;

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const corpus of ['v1', 'v2'] as const) {
    const root = path.join(REPO_ROOT, '__tests__', 'fixtures', CORPORA[corpus]);
    for (const file of fs.readdirSync(path.join(root, 'plugin', 'requests')).sort()) {
      const name = file.replace(/\.json$/, '');
      const valid = fs.existsSync(path.join(root, 'contracts', 'valid', name));
      if (!valid && !fs.existsSync(path.join(root, 'contracts', 'invalid', name))) throw new Error(`${corpus}/${name}: no case directory`);
      cases.push({ corpus, name, valid, body: fs.readFileSync(path.join(root, 'plugin', 'requests', file), 'utf8') });
    }
  }
  return cases;
}

const CASES = loadCases();

/**
 * Reads stdin as bytes and stores them as <corpus>--<case>.json in $RECORD_DIR, with what it saw
 * of outputDir (exists, entries) beside; answers with no files.
 */
const RECORDER = `#!${process.execPath}
const fs = require('fs');
const path = require('path');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const body = Buffer.concat(chunks);
  const req = JSON.parse(body.toString('utf8'));
  const name = path.basename(path.dirname(req.bundleDir)) + '--' + path.basename(req.bundleDir);
  fs.writeFileSync(path.join(process.env.RECORD_DIR, name + '.json'), body);
  let out = null;
  try { out = { dir: fs.statSync(req.outputDir).isDirectory(), entries: fs.readdirSync(req.outputDir) }; } catch (e) { out = { error: e.code }; }
  fs.writeFileSync(path.join(process.env.RECORD_DIR, name + '.meta'), JSON.stringify(out));
  process.stdout.write('{"files":[]}');
});
`;

let dist: string;
let root: string;
let ws: string;
const runs: SpawnResult[] = [];

interface Report {
  failed: boolean;
  totals: { jobs: { ok: number; failed: number; skipped: number }; valid: number; invalid: number };
  generated: { plugin: string; contract: string; status: string; outputDir: string; error: string | null }[];
}

async function run(recordDir: string, contracts: string, extraItem = ''): Promise<{ r: SpawnResult; report: Report }> {
  fs.mkdirSync(recordDir, { recursive: true });
  const r = await spawnAction({
    dist,
    workspace: ws,
    ...isolatedEnv(root),
    inputs: {
      mode: 'generate',
      contracts,
      'plugin-dirs': 'plugins',
      plugins: `- name: recorder\n  env:\n    RECORD_DIR: ${recordDir}\n${extraItem}`,
    },
    timeoutMs: 90_000,
  });
  runs.push(r);
  const report = JSON.parse(fs.readFileSync(r.outputs.report, 'utf8')) as Report;
  return { r, report };
}

/** The corpus body with only its bundleDir and outputDir values replaced (and `options` appended). */
function expectedBody(c: Case, bundleDir: string, outputDir: string, options = ''): string {
  const corpus = JSON.parse(c.body) as { bundleDir: string; outputDir: string };
  const members = `"bundleDir":${goQuote(corpus.bundleDir)},"outputDir":${goQuote(corpus.outputDir)}`;
  // The two members are the body's tail; they must occur exactly once.
  expect(c.body.split(members)).toHaveLength(2);
  expect(c.body.endsWith(`${members}}`)).toBe(true);
  return `${c.body.slice(0, -members.length - 1)}"bundleDir":${goQuote(bundleDir)},"outputDir":${goQuote(outputDir)}${options}}`;
}

beforeAll(async () => {
  dist = await builtAction();
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-e2e-requests-')));
  ws = path.join(root, 'ws');
  for (const c of CASES) {
    const from = path.join(REPO_ROOT, '__tests__', 'fixtures', CORPORA[c.corpus], 'contracts', c.valid ? 'valid' : 'invalid', c.name);
    fs.cpSync(from, path.join(ws, c.corpus, c.name), { recursive: true });
  }
  writeExecutable(path.join(ws, 'plugins', 'pacto-plugin-recorder'), RECORDER);
}, 360_000);

afterAll(() => {
  for (const r of runs) r.cleanup();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('the request a plugin receives from the built action', () => {
  it('is each recorded corpus body, byte for byte, with absolute directories; invalid contracts never start a plugin', async () => {
    expect(CASES.filter((c) => c.valid).map((c) => c.corpus)).toEqual([...Array(10).fill('v1'), ...Array(5).fill('v2')]);
    expect(CASES.filter((c) => !c.valid).map((c) => c.name)).toEqual([
      'rule_SCALING_MIN_EXCEEDS_MAX',
      'structural_missing_required_runtime_state',
    ]);

    const records = path.join(root, 'records');
    const { r, report } = await run(records, 'v1/*/pacto.yaml\nv2/*/pacto.yaml');
    expect(r.fileCommandErrors).toEqual([]);
    // The two invalid contracts fail the step; every job of a valid one ran and succeeded.
    expect(r.exitCode).toBe(1);
    expect(report.totals).toMatchObject({ valid: 15, invalid: 2, jobs: { ok: 15, failed: 0, skipped: 2 } });
    expect(
      fs
        .readdirSync(records)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(
      CASES.filter((c) => c.valid)
        .map((c) => `${c.corpus}--${c.name}.json`)
        .sort(),
    );

    const outputDirs = new Set<string>();
    for (const c of CASES) {
      const contract = `${c.corpus}/${c.name}/pacto.yaml`;
      const job = report.generated.find((j) => j.contract === contract);
      const recorded = path.join(records, `${c.corpus}--${c.name}.json`);
      if (!c.valid) {
        expect({ contract, status: job?.status, recorded: fs.existsSync(recorded) }).toEqual({
          contract,
          status: 'skipped',
          recorded: false,
        });
        continue;
      }
      expect({ contract, status: job?.status }).toEqual({ contract, status: 'ok' });
      const bytes = fs.readFileSync(recorded, 'utf8');
      const got = JSON.parse(bytes) as { bundleDir: string; outputDir: string };
      expect(got.bundleDir).toBe(path.join(ws, c.corpus, c.name));
      expect(path.isAbsolute(got.outputDir)).toBe(true);
      // A fresh, empty directory while the plugin ran, one per job, removed after the run.
      expect(JSON.parse(fs.readFileSync(recorded.replace(/\.json$/, '.meta'), 'utf8'))).toEqual({ dir: true, entries: [] });
      expect(fs.existsSync(got.outputDir)).toBe(false);
      outputDirs.add(got.outputDir);
      // Exact bytes: a mismatch shows the case name in the diff.
      expect(`${contract}\n${bytes}`).toBe(`${contract}\n${expectedBody(c, got.bundleDir, got.outputDir)}`);
    }
    expect(outputDirs.size).toBe(15);
    // Nor is any staging directory left in the workspace or RUNNER_TEMP.
    const leftovers = [ws, r.runnerTemp].flatMap((d) =>
      (fs.readdirSync(d, { recursive: true }) as string[]).filter((f) => /pacto-stage-/.test(f)),
    );
    expect(leftovers).toEqual([]);
  });

  it('with feeds-contract: true, is the same bytes, and every contract that parses gets one, as pacto generate sends it', async () => {
    const records = path.join(root, 'records-feeding');
    const { r, report } = await run(records, 'v1/*/pacto.yaml\nv2/*/pacto.yaml', '  feeds-contract: true\n');
    // The invalid contracts still fail the step, but pacto generate parses, it does not validate.
    expect(r.exitCode).toBe(1);
    expect(report.totals).toMatchObject({ valid: 15, invalid: 2, jobs: { ok: 17, failed: 0, skipped: 0 } });
    for (const c of CASES) {
      const contract = `${c.corpus}/${c.name}/pacto.yaml`;
      const bytes = fs.readFileSync(path.join(records, `${c.corpus}--${c.name}.json`), 'utf8');
      const got = JSON.parse(bytes) as { bundleDir: string; outputDir: string };
      expect(got.bundleDir).toBe(path.join(ws, c.corpus, c.name));
      expect(fs.existsSync(got.outputDir)).toBe(false);
      expect(`${contract}\n${bytes}`).toBe(`${contract}\n${expectedBody(c, got.bundleDir, got.outputDir)}`);
    }
  });

  it('sends the item options as the strings of their YAML source text, keys sorted', async () => {
    const records = path.join(root, 'records-options');
    const { r, report } = await run(records, 'v1/testdata_valid_minimal', '  options:\n    b: true\n    c:\n    a: 1.0\n');
    expect(r.exitCode).toBe(0);
    expect(report.totals.jobs).toEqual({ ok: 1, failed: 0, skipped: 0 });
    const c = CASES.find((x) => x.name === 'testdata_valid_minimal')!;
    const bytes = fs.readFileSync(path.join(records, 'v1--testdata_valid_minimal.json'), 'utf8');
    const got = JSON.parse(bytes) as { bundleDir: string; outputDir: string; options: unknown };
    expect(JSON.stringify(got.options)).toBe('{"a":"1.0","b":"true","c":""}');
    expect(got.bundleDir).toBe(path.join(ws, 'v1', 'testdata_valid_minimal'));
    expect(bytes).toBe(expectedBody(c, got.bundleDir, got.outputDir, ',"options":{"a":"1.0","b":"true","c":""}'));
  });
});
