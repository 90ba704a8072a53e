import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { emptyState, type RunState } from '../../src/run-state.js';
import { buildReport, reportJson, reportPath } from '../../src/report/json-report.js';
import { buildJobReport, buildPlugin } from '../builders.js';
import { tempDir, validatedState } from './fixtures.js';

const ws = tempDir();
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

const schema = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'schema/pacto-report.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function expectValid(state: RunState): ReturnType<typeof buildReport> {
  const report = JSON.parse(reportJson(state)) as ReturnType<typeof buildReport>;
  const ok = validate(report);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return report;
}

function fullState(): RunState {
  const s = validatedState(ws, { mode: 'check', plugins: '- readme', shard: '1/2' });
  const wd = s.config!.workingDirectory;
  s.plugins = [
    buildPlugin('readme', { path: path.join(wd, 'tools/pacto-plugin-readme') }),
    buildPlugin('k8s', { path: '/opt/tool-cache/pacto-plugin-k8s' }),
  ];
  s.generation = {
    jobs: [
      buildJobReport('services/api/pacto.yaml', 'readme'),
      buildJobReport('services/db/pacto.yaml', 'readme', { status: 'skipped', files: [], message: 'contract is invalid' }),
      buildJobReport('services/db/pacto.yaml', 'k8s', {
        status: 'failed',
        files: [],
        message: '',
        error: 'k8s on services/db/pacto.yaml: exit status 2',
      }),
    ],
    files: [],
    changed: true,
    drift: {
      entries: [{ path: 'services/api/readme-output/README.md', status: 'changed', diff: '-a\n+b', crlfOnly: false }],
      patchFile: path.join(ws, '_temp/pacto-drift.patch'),
      expectedRoot: null,
      hints: ['hint'],
    },
    errors: ['two jobs write x'],
  };
  s.generation.files = s.generation.jobs.flatMap((j) => j.files);
  s.commit = { committed: true, pushed: true, sha: 'c'.repeat(40), branch: 'main', error: null, warnings: ['w'], skippedReason: null };
  s.artifact = {
    uploaded: true,
    id: '42',
    url: 'https://github.com/o/r/actions/runs/1/artifacts/42',
    digest: 'd'.repeat(64),
    name: 'pacto-generated',
    files: 3,
    error: null,
    warnings: [],
  };
  s.notices.push('a notice');
  return s;
}

describe('JSON report', () => {
  it('holds every section of a full run and validates against the published schema', () => {
    const r = expectValid(fullState());
    expect(r.version).toBe(1);
    expect(r.mode).toBe('check');
    expect(r.shard).toEqual({ index: 1, total: 2 });
    expect(r.contracts[1]).toEqual({
      file: 'services/db/pacto.yaml',
      bundle: 'services/db',
      profile: '1.0',
      service: 'db',
      version: '1.0.0',
      valid: false,
      errors: [{ code: 'SCHEMA_VIOLATION', path: 'interfaces.0.port', message: 'port must be >= 1', line: 7, column: 11 }],
      warnings: [{ code: 'UNUSED_INTERFACE', path: 'interfaces[1]', message: 'interface is unused', line: 9, column: 5 }],
    });
    expect(r.totals).toEqual({
      matched: 2,
      contracts: 2,
      valid: 1,
      invalid: 1,
      errors: 1,
      warnings: 1,
      plugins: 2,
      jobs: { ok: 1, failed: 1, skipped: 1 },
      files: { created: 1 },
      changed: true,
    });
    // Inside the working directory: relative; the tool cache: absolute.
    expect(r.plugins.map((p) => p.path)).toEqual(['tools/pacto-plugin-readme', '/opt/tool-cache/pacto-plugin-k8s']);
    expect(r.generated[0]).toEqual({
      plugin: 'readme',
      contract: 'services/api/pacto.yaml',
      outputDir: 'services/api/readme-output',
      status: 'ok',
      files: [{ path: 'services/api/readme-output/README.md', status: 'created', sha256: 'b'.repeat(64), direct: false }],
      message: 'generated',
      error: null,
      durationMs: 12,
      stderrTail: '',
    });
    expect(r.generated[2].error).toBe('k8s on services/db/pacto.yaml: exit status 2');
    expect(r.drift).toEqual({
      entries: [{ path: 'services/api/readme-output/README.md', status: 'changed', crlfOnly: false }],
      patchFile: '_temp/pacto-drift.patch',
      hints: ['hint'],
    });
    expect(r.commit?.sha).toBe('c'.repeat(40));
    expect(r.artifact?.id).toBe('42');
    expect(r.failed).toBe(true);
    expect(r.errors).toEqual([{ kind: 'generation', message: 'two jobs write x' }]);
  });

  it('holds the pull request of commit: pull-request, and its failure among the errors', () => {
    const s = validatedState(ws, { commit: 'pull-request' });
    s.pullRequest = {
      operation: 'none',
      number: null,
      url: '',
      branch: 'pacto/regenerate',
      base: 'main',
      draft: true,
      error: 'GitHub refused to open the pull request',
      warnings: ['w'],
      skippedReason: null,
    };
    const report = expectValid(s);
    expect(report.pullRequest).toEqual(s.pullRequest);
    expect(report.errors).toContainEqual({ kind: 'pull-request', message: 'GitHub refused to open the pull request' });
    expect(report.failed).toBe(true);
    expect(report.reason).toContain('pull request failed: GitHub refused');
  });

  it('is valid with an input error and empty sections', () => {
    const s = emptyState();
    s.inputError = 'Invalid input: fail-on: "x" is not one of error, warning, never';
    s.fatal.push(s.inputError);
    const r = expectValid(s);
    expect(r).toMatchObject({
      mode: null,
      failed: true,
      contracts: [],
      plugins: [],
      generated: [],
      drift: null,
      commit: null,
      artifact: null,
      errors: [{ kind: 'input', message: s.inputError }],
    });
    expect(r.totals.matched).toBeNull();
  });

  it('is valid when no contracts were found, naming that as an error', () => {
    const s = emptyState();
    s.config = validatedState(ws).config;
    s.discovery = { bundles: [], matched: 0 };
    const r = expectValid(s);
    expect(r.errors).toEqual([{ kind: 'discovery', message: expect.stringMatching(/^no contracts found/) }]);
  });

  it('is rejected by the schema when a field is wrong (the test can fail)', () => {
    const r = JSON.parse(reportJson(fullState())) as { contracts: { errors: { line: unknown }[] }[] };
    r.contracts[1].errors[0].line = 0;
    expect(validate(r)).toBe(false);
  });

  it('makes paths relative and /-separated inside the working directory', () => {
    expect(reportPath('/w', '/w/a/b')).toBe('a/b');
    expect(reportPath('/w', '/w')).toBe('.');
    expect(reportPath('/w', '/other/x')).toBe('/other/x');
    expect(reportPath('/w', 'rel/x')).toBe('rel/x');
  });
});
