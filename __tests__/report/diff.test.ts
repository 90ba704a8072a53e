import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { recordingIO } from '../helpers/recording-io.js';
import type { Change, ContractDiff, DiffResult } from '../../src/diff/types.js';
import { diffAnnotations, diffSummary } from '../../src/report/diff.js';
import { publishReport } from '../../src/report/finish.js';
import { buildReport } from '../../src/report/json-report.js';
import { computeOutputs, JSON_OUTPUT_LIMIT } from '../../src/report/outputs.js';
import { emptyState } from '../../src/run-state.js';
import { buildConfig, buildContract } from '../builders.js';
import { tempDir } from './fixtures.js';

const ws = tempDir();
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));
const schema = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'schema/pacto-report.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function change(i: number, classification: Change['classification'] = 'NON_BREAKING'): Change {
  return { path: `openapi.paths[/p${i}]`, type: 'added', newValue: `/p${i}`, classification, reason: `API path /p${i} added`, line: 7 };
}

function contractDiff(changes: Change[], over: Partial<ContractDiff> = {}): ContractDiff {
  return {
    status: 'compared',
    file: 'svc/pacto.yaml',
    baseFile: 'svc/pacto.yaml',
    renamed: false,
    service: 'svc',
    baseService: 'svc',
    version: '1.1.0',
    baseVersion: '1.0.0',
    format: '1.0',
    baseFormat: '1.0',
    migration: false,
    classification: changes.some((c) => c.classification === 'BREAKING') ? 'BREAKING' : 'NON_BREAKING',
    changes,
    baseErrors: [],
    violation: null,
    ...over,
  };
}

function diff(contracts: ContractDiff[], over: Partial<DiffResult> = {}): DiffResult {
  return {
    mode: 'error',
    base: { ref: 'main', sha: 'a'.repeat(40), source: 'input' },
    skipped: null,
    error: null,
    label: { name: 'pacto-breaking-ok', present: false },
    contracts,
    breaking: contracts.some((c) => c.classification === 'BREAKING'),
    classification: 'NON_BREAKING',
    warnings: [],
    ...over,
  };
}

describe('the diff in the report stage', () => {
  it('collapses a contract table longer than 20 rows, keeps a short one open', () => {
    const [, short] = diffSummary(diff([contractDiff([change(1)])]));
    expect(short).toMatch(/^<details open>/);
    const [, long] = diffSummary(diff([contractDiff(Array.from({ length: 21 }, (_, i) => change(i)))]));
    expect(long).toMatch(/^<details><summary>/);
    expect(long.match(/API path \/p\d+ added/g)).toHaveLength(21);
  });

  it('caps the changes output like the other JSON outputs, with a warning', () => {
    const s = emptyState();
    s.diff = diff([contractDiff(Array.from({ length: 6000 }, (_, i) => change(i)))]);
    const { values, warnings } = computeOutputs(s, null);
    expect(Buffer.byteLength(values.changes)).toBeLessThanOrEqual(JSON_OUTPUT_LIMIT);
    const kept = (JSON.parse(values.changes) as unknown[]).length;
    expect(kept).toBeLessThan(6000);
    expect(warnings).toEqual([
      `Output changes: ${6000 - kept} of 6000 entries left out to stay under 512 KiB; the JSON report lists them all.`,
    ]);
  });

  it('a populated diff section validates against the report schema, and a failing gate fails the run', async () => {
    const s = emptyState();
    s.config = buildConfig(ws, { breaking: 'error' });
    s.discovery = { bundles: [], matched: 1 };
    s.contracts = [buildContract(ws, 'svc')];
    const violation = { level: 'error' as const, message: '1 breaking change without a major version bump', line: 4 };
    s.diff = diff(
      [
        contractDiff(
          [{ path: 'interfaces', type: 'removed', oldValue: 'api', classification: 'BREAKING', reason: 'interfaces removed', line: 5 }],
          { violation },
        ),
        contractDiff([], {
          status: 'invalid-base',
          file: 'b/pacto.yaml',
          baseFile: 'b/pacto.yaml',
          classification: null,
          baseErrors: [{ code: 'INVALID_SEMVER', path: 'service.version', message: 'x', line: 3, column: 12 }],
        }),
      ],
      { classification: 'BREAKING' },
    );
    const report = buildReport(s);
    expect(validate(report)).toBe(true);
    expect(report.failed).toBe(true);
    expect(report.errors.filter((e) => e.kind === 'breaking')).toHaveLength(1);
    const annotations = diffAnnotations(s.diff, ws);
    expect(annotations.map((a) => [a.level, a.props.title, a.props.startLine])).toEqual([
      ['error', 'breaking changes: svc', 4],
      ['warning', 'BREAKING: interfaces', 5],
      ['warning', 'breaking changes: invalid base', undefined],
    ]);
    const io = recordingIO();
    await publishReport(s, io);
    expect(io.summary).toContain('Invalid at the base, so not compared');
  });
});
