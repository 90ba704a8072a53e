import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { recordingIO } from '../helpers/recording-io.js';
import { emptyState } from '../../src/run-state.js';
import { cappedJsonArray, computeOutputs, OUTPUT_NAMES, setOutputs } from '../../src/report/outputs.js';
import { buildConfig, buildContract, buildJobReport, buildPlugin } from '../builders.js';
import { tempDir, validatedState } from './fixtures.js';

const ws = tempDir();
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

describe('outputs', () => {
  it('names exactly the outputs declared in action.yml', () => {
    const action = parse(fs.readFileSync(path.join(process.cwd(), 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
    expect([...OUTPUT_NAMES].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('sets every output with empty values after an input error', () => {
    const s = emptyState();
    s.inputError = 'Invalid input: x';
    const io = recordingIO();
    setOutputs(s, '/tmp/pacto-report.json', io);
    expect(io.outputs).toEqual({
      valid: 'false',
      contracts: '[]',
      errors: '',
      warnings: '',
      report: '/tmp/pacto-report.json',
      plugins: '[]',
      files: '[]',
      changed: 'false',
      committed: 'false',
      pushed: 'false',
      'commit-sha': '',
      'pull-request-number': '',
      'pull-request-url': '',
      'pull-request-operation': '',
      'artifact-id': '',
      'artifact-url': '',
      'artifact-digest': '',
      breaking: 'false',
      changes: '[]',
    });
  });

  it('reports the pull request, and says none in pull-request mode when nothing happened', () => {
    const s = validatedState(ws, { commit: 'pull-request' });
    expect(computeOutputs(s, null).values['pull-request-operation']).toBe('none');
    s.pullRequest = {
      operation: 'created',
      number: 12,
      url: 'https://github.example/acme/sample/pull/12',
      branch: 'pacto/regenerate',
      base: 'main',
      draft: false,
      error: null,
      warnings: [],
      skippedReason: null,
    };
    const { values } = computeOutputs(s, null);
    expect([values['pull-request-number'], values['pull-request-url'], values['pull-request-operation']]).toEqual([
      '12',
      'https://github.example/acme/sample/pull/12',
      'created',
    ]);
  });

  it('reports validation, plugins, files, commit and artifact', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.plugins = [buildPlugin('readme', { path: path.join(wd, 'bin/pacto-plugin-readme') })];
    const j = buildJobReport('services/api/pacto.yaml', 'readme');
    s.generation = { jobs: [j], files: j.files, changed: true, drift: null, errors: [] };
    s.commit = { committed: true, pushed: false, sha: 'abc', branch: 'main', error: null, warnings: [], skippedReason: null };
    s.artifact = { uploaded: true, id: '9', url: 'https://u', digest: 'dd', name: 'n', files: 1, error: null, warnings: [] };
    const { values } = computeOutputs(s, '/r.json');
    expect(values.valid).toBe('false');
    expect(JSON.parse(values.contracts)).toEqual([
      { file: 'services/api/pacto.yaml', bundle: 'services/api', service: 'api', version: '1.0.0', valid: true, errors: 0, warnings: 0 },
      { file: 'services/db/pacto.yaml', bundle: 'services/db', service: 'db', version: '1.0.0', valid: false, errors: 1, warnings: 1 },
    ]);
    expect([values.errors, values.warnings, values.report]).toEqual(['1', '1', '/r.json']);
    expect(JSON.parse(values.plugins)).toEqual([
      { name: 'readme', version: null, source: 'PATH', path: 'bin/pacto-plugin-readme', sha256: 'a'.repeat(64), cached: false },
    ]);
    expect(JSON.parse(values.files)).toEqual([
      { path: 'services/api/readme-output/README.md', plugin: 'readme', contract: 'services/api/pacto.yaml', status: 'created' },
    ]);
    expect([values.changed, values.committed, values.pushed, values['commit-sha']]).toEqual(['true', 'true', 'false', 'abc']);
    expect([values['artifact-id'], values['artifact-url'], values['artifact-digest']]).toEqual(['9', 'https://u', 'dd']);
  });

  it('is valid=true only when every contract is valid and something was found (or allowed to be missing)', () => {
    const s = validatedState(ws);
    s.contracts = [buildContract(s.config!.workingDirectory, 'a')];
    expect(computeOutputs(s, null).values.valid).toBe('true');
    s.contracts = [];
    s.discovery = { bundles: [], matched: 0 };
    expect(computeOutputs(s, null).values.valid).toBe('false');
    const w = validatedState(ws, { 'if-no-contracts-found': 'ignore' });
    w.contracts = [];
    expect(computeOutputs(w, null).values).toMatchObject({ valid: 'true', errors: '0', warnings: '0', report: '' });
  });

  it('is valid=true for an empty shard: discovery matched bundles, none fell to this shard', () => {
    const s = emptyState();
    s.config = buildConfig(ws, { shard: '3/3', 'output-dir': '{bundle}/out' });
    s.discovery = { bundles: [], matched: 2 };
    expect(computeOutputs(s, null).values).toMatchObject({ valid: 'true', errors: '0', warnings: '0', contracts: '[]' });
  });

  it('caps JSON outputs at 512 KiB, dropping entries with a warning', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 6000 }, (_, i) => buildContract(wd, `services/some-rather-long-service-name-${i}`));
    const io = recordingIO();
    setOutputs(s, null, io);
    expect(Buffer.byteLength(io.outputs.contracts)).toBeLessThanOrEqual(512 * 1024);
    const kept = (JSON.parse(io.outputs.contracts) as unknown[]).length;
    expect(kept).toBeGreaterThan(1000);
    expect(kept).toBeLessThan(6000);
    const warnings = io.calls.filter((c) => c.kind === 'warning').map((c) => c.message);
    expect(warnings).toEqual([
      `Output contracts: ${6000 - kept} of 6000 entries left out to stay under 512 KiB; the JSON report lists them all.`,
    ]);
  });

  it('cappedJsonArray is exact at the limit', () => {
    expect(cappedJsonArray([1, 2, 3], 5)).toEqual({ json: '[1,2]', dropped: 1 });
    expect(cappedJsonArray([1, 2, 3], 7)).toEqual({ json: '[1,2,3]', dropped: 0 });
    expect(cappedJsonArray([], 2)).toEqual({ json: '[]', dropped: 0 });
  });
});
