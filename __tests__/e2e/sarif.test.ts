/**
 * SARIF end to end, through the built bundle: a monorepo with more findings than GitHub's ten
 * annotations; the SARIF file holds every one of them, located relative to the repository root
 * (not working-directory), valid against the SARIF 2.1.0 schema, and fingerprinted the same by a
 * second run after lines moved.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { spawnAction, type SpawnResult } from '../helpers/runner.js';
import { sarifValidator } from '../helpers/sarif-schema.js';

const INVALID = (i: number): string =>
  `pactoVersion: "1.0"\nservice:\n  name: svc-${i}\n  version: 1.0.${i}\nscaling:\n  min: 10\n  max: 2\n`;
const COUNT = 14;

let dist = '';
let ws = '';
const runs: SpawnResult[] = [];

beforeAll(async () => {
  dist = await builtAction();
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-e2e-sarif-'));
  fs.mkdirSync(path.join(ws, '.git'));
  for (let i = 1; i <= COUNT; i++) {
    fs.mkdirSync(path.join(ws, `mono/services/s${i}`), { recursive: true });
    fs.writeFileSync(path.join(ws, `mono/services/s${i}/pacto.yaml`), INVALID(i));
  }
}, 400_000);

afterAll(() => {
  for (const r of runs) r.cleanup();
  fs.rmSync(ws, { recursive: true, force: true });
});

interface Log {
  runs: {
    results: {
      ruleId: string;
      level: string;
      partialFingerprints: Record<string, string>;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
    }[];
  }[];
}

async function validate(): Promise<{ r: SpawnResult; log: Log }> {
  const r = await spawnAction({
    dist,
    workspace: ws,
    inputs: { 'working-directory': 'mono', mode: 'validate', 'sarif-file': 'pacto.sarif' },
    timeoutMs: 60_000,
  });
  runs.push(r);
  const log = JSON.parse(fs.readFileSync(path.join(ws, 'mono/pacto.sarif'), 'utf8')) as Log;
  expect(sarifValidator()(log)).toEqual([]);
  return { r, log };
}

describe('sarif-file through the built action', () => {
  it('holds every finding beyond the ten annotations, repository-relative, with stable fingerprints', async () => {
    const { r, log } = await validate();
    expect(r.failed).toBe(true);
    expect(r.annotations.filter((a) => a.level === 'error' && a.title === 'SCALING_MIN_EXCEEDS_MAX').length).toBeLessThanOrEqual(10);
    const results = log.runs[0].results;
    expect(results).toHaveLength(COUNT);
    expect(results.every((x) => x.ruleId === 'SCALING_MIN_EXCEEDS_MAX' && x.level === 'error')).toBe(true);
    const uris = results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual(Array.from({ length: COUNT }, (_, i) => `mono/services/s${i + 1}/pacto.yaml`).sort());
    expect(r.stdout).toContain(`SARIF: ${COUNT} results written to ${path.join(ws, 'mono/pacto.sarif')}`);

    // Two comment lines on top of one contract: its finding moves down, its fingerprint stays.
    const file = path.join(ws, 'mono/services/s3/pacto.yaml');
    fs.writeFileSync(file, `# moved\n# down\n${fs.readFileSync(file, 'utf8')}`);
    const second = await validate();
    const of = (l: Log) =>
      l.runs[0].results.find((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'mono/services/s3/pacto.yaml')!;
    expect(of(second.log).locations[0].physicalLocation.region!.startLine).toBe(
      of(log).locations[0].physicalLocation.region!.startLine + 2,
    );
    expect(of(second.log).partialFingerprints).toEqual(of(log).partialFingerprints);
    expect(second.log.runs[0].results.map((x) => Object.values(x.partialFingerprints)[0]).sort()).toEqual(
      results.map((x) => Object.values(x.partialFingerprints)[0]).sort(),
    );
  });
});
