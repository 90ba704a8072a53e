import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { emptyState } from '../../src/run-state.js';
import { verdict } from '../../src/report/verdict.js';
import { buildConfig, buildJobReport, buildPlugin } from '../builders.js';
import { finding, tempDir, validatedState } from './fixtures.js';

const ws = tempDir();
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

describe('verdict', () => {
  it('fails on an input error', () => {
    const s = emptyState();
    s.inputError = 'Invalid input: mode: "x" is not one of generate, validate, check';
    s.fatal.push(s.inputError);
    expect(verdict(s)).toEqual({ failed: true, reason: `Pacto: ${s.inputError}` });
  });

  it('fails on invalid contracts with fail-on error, not with never', () => {
    expect(verdict(validatedState(ws)).reason).toBe('Pacto: 1 invalid contract (1 validation error)');
    expect(verdict(validatedState(ws, { 'fail-on': 'never' })).failed).toBe(false);
  });

  it('fails on warnings only with fail-on warning', () => {
    const s = validatedState(ws, { 'fail-on': 'warning' });
    s.contracts[1].errors = [];
    s.contracts[1].valid = true;
    expect(verdict(s).reason).toBe('Pacto: 1 validation warning (fail-on: warning)');
    const e = validatedState(ws);
    e.contracts[1].errors = [];
    e.contracts[1].valid = true;
    expect(verdict(e).failed).toBe(false);
  });

  it('fails when nothing matched per if-no-contracts-found, but an empty shard passes', () => {
    for (const [mode, failed] of [
      ['error', true],
      ['warn', false],
      ['ignore', false],
    ] as const) {
      const s = emptyState();
      s.config = buildConfig(ws, { 'if-no-contracts-found': mode });
      s.discovery = { bundles: [], matched: 0 };
      expect(verdict(s).failed).toBe(failed);
    }
    const shard = emptyState();
    shard.config = buildConfig(ws, { shard: '3/3' });
    shard.discovery = { bundles: [], matched: 2 };
    expect(verdict(shard).failed).toBe(false);
  });

  it('fails on plugin resolution failures, failed jobs and generation errors', () => {
    const s = validatedState(ws, { 'fail-on': 'never' });
    s.pluginFailures = [{ name: 'helm', source: 'github acme/x@v1', message: 'HTTP 404' }];
    expect(verdict(s).reason).toBe('Pacto: 1 plugin could not be resolved (helm)');
    s.pluginFailures = [];
    s.plugins = [buildPlugin('readme', { path: '/bin/pacto-plugin-readme' })];
    s.generation = {
      jobs: [buildJobReport('services/api/pacto.yaml', 'readme', { status: 'failed' })],
      files: [],
      changed: false,
      drift: null,
      errors: ['collision'],
    };
    expect(verdict(s).reason).toBe('Pacto: 1 plugin job failed; 1 generation error');
    // A collision is the job's error and a generation error with the same text: one cause.
    s.generation.jobs[0].error = 'collision';
    expect(verdict(s).reason).toBe('Pacto: 1 plugin job failed');
  });

  it('never passes a fail-fast run whose jobs fail-fast stopped, even with fail-on: never', () => {
    const s = validatedState(ws, { 'fail-on': 'never', 'fail-fast': 'true', plugins: '- readme' });
    const reason = 'not run: fail-fast stopped scheduling after an earlier failure';
    s.generation = {
      jobs: [
        buildJobReport('services/db/pacto.yaml', 'readme', { status: 'skipped', message: 'the contract is invalid', files: [] }),
        buildJobReport('services/api/pacto.yaml', 'readme', { status: 'skipped', message: reason, files: [] }),
      ],
      files: [],
      changed: false,
      drift: null,
      errors: [],
    };
    expect(verdict(s)).toEqual({
      failed: true,
      reason: 'Pacto: fail-fast stopped 1 job after an invalid contract; they generated nothing',
    });
    s.generation.jobs[0] = buildJobReport('services/db/pacto.yaml', 'readme', { status: 'failed', error: 'exited with status 1' });
    expect(verdict(s).reason).toBe('Pacto: 1 plugin job failed; fail-fast stopped 1 job after a failed plugin job; they generated nothing');
    // A job skipped for its invalid contract alone does not fail a fail-on: never run.
    s.generation.jobs = [s.generation.jobs[1]];
    s.generation.jobs[0] = buildJobReport('services/db/pacto.yaml', 'readme', {
      status: 'skipped',
      message: 'the contract is invalid',
      files: [],
    });
    expect(verdict(s).failed).toBe(false);
  });

  it('names the directory searched when no contracts are found, and the pruned directories', () => {
    const s = emptyState();
    s.config = buildConfig(ws, { contracts: 'services/*' });
    s.discovery = { bundles: [], matched: 0 };
    expect(verdict(s).reason).toBe(
      `Pacto: no contracts found for services/* in ${ws} (node_modules and .git directories are never searched); set if-no-contracts-found to warn or ignore to allow this`,
    );
  });

  it('fails on changed and new drift always, on stale only with clean', () => {
    const drift = (statuses: ('changed' | 'new' | 'stale')[]) => ({
      entries: statuses.map((status, i) => ({ path: `f${i}`, status, diff: '', crlfOnly: false })),
      patchFile: '/tmp/pacto-drift.patch',
      expectedRoot: null,
      hints: [],
    });
    const s = validatedState(ws, { 'fail-on': 'never', mode: 'check', plugins: '- readme' });
    s.generation = { jobs: [], files: [], changed: true, drift: drift(['stale']), errors: [] };
    expect(verdict(s).failed).toBe(false);
    s.generation.drift = drift(['changed', 'new', 'stale']);
    expect(verdict(s).reason).toBe('Pacto: 2 generated files out of date (check mode)');
    const c = validatedState(ws, { 'fail-on': 'never', mode: 'check', plugins: '- readme', clean: 'true' });
    c.generation = { jobs: [], files: [], changed: true, drift: drift(['stale']), errors: [] };
    expect(verdict(c).reason).toBe('Pacto: 1 generated file out of date (check mode)');
  });

  it('fails on commit and artifact errors and lists every cause', () => {
    const s = validatedState(ws);
    s.contracts[0].errors = [finding('X', '', 'y')];
    s.contracts[0].valid = false;
    s.commit = { committed: false, pushed: false, sha: '', branch: 'main', error: 'push refused', warnings: [], skippedReason: null };
    s.artifact = { uploaded: false, id: '', url: '', digest: '', name: 'n', files: 0, error: '409 conflict', warnings: [] };
    s.fatal.push('Unexpected failure: boom');
    expect(verdict(s).reason).toBe(
      'Pacto: Unexpected failure: boom; 2 invalid contracts (2 validation errors); commit failed: push refused; artifact upload failed: 409 conflict',
    );
  });

  it('passes a clean run', () => {
    const s = validatedState(ws);
    s.contracts.pop();
    expect(verdict(s)).toEqual({ failed: false, reason: '' });
  });
});
