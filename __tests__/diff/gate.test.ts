import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { baseAndHead, OPENAPI, prEvent, runGate, v1Contract, v2Contract, type Repo } from './fixtures.js';

const repos: Repo[] = [];
afterAll(() => {
  for (const r of repos) r.sb.cleanup();
});
const repo = (...args: Parameters<typeof baseAndHead>): Repo => {
  const r = baseAndHead(...args);
  repos.push(r);
  return r;
};
const schema = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'schema/pacto-report.schema.json'), 'utf8')) as object;
const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const BASE = { 'svc/pacto.yaml': v1Contract(), 'svc/openapi.yaml': OPENAPI };
const removedDelete = OPENAPI.replace(/ {4}delete:\n(.*\n){2}/, '');

describe('pull request: the merge base, from a depth-1 checkout', () => {
  it('a removed method without a major bump fails breaking: error, names the change and annotates the head line', async () => {
    const r = repo(BASE, { 'svc/openapi.yaml': removedDelete }, { between: 3 });
    const ws = r.sb.checkout('ws-pr', 'feature');
    expect(r.sb.git(ws, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const { state, io, report } = await runGate(r, ws, prEvent(r), { breaking: 'error' });
    const diff = state.diff!;
    expect(diff.error).toBeNull();
    expect(diff.base).toEqual({ ref: expect.stringContaining('merge-base'), sha: r.base, source: 'merge-base' });
    expect(diff.contracts).toHaveLength(1);
    const c = diff.contracts[0];
    expect(c).toMatchObject({ status: 'compared', file: 'svc/pacto.yaml', classification: 'BREAKING' });
    expect(c.changes).toEqual([
      {
        path: 'openapi.paths[/orders].methods[DELETE]',
        type: 'removed',
        oldValue: 'DELETE /orders',
        classification: 'BREAKING',
        reason: 'DELETE /orders method removed',
        line: 10,
      },
    ]);
    expect(c.violation).toMatchObject({ level: 'error', line: 4 });
    expect(io.outputs.breaking).toBe('true');
    expect(JSON.parse(io.outputs.changes)).toEqual([
      {
        contract: 'svc/pacto.yaml',
        service: 'orders',
        path: 'openapi.paths[/orders].methods[DELETE]',
        type: 'removed',
        oldValue: 'DELETE /orders',
        classification: 'BREAKING',
        reason: 'DELETE /orders method removed',
      },
    ]);
    expect(io.calls.find((x) => x.kind === 'failed')?.message).toMatch(
      /1 contract with breaking changes .*svc\/pacto\.yaml.*pacto-breaking-ok/,
    );
    const err = io.calls.find((x) => x.kind === 'error' && x.props?.title?.startsWith('breaking changes'));
    expect(err?.props).toMatchObject({ file: path.join(ws, 'svc/pacto.yaml'), startLine: 4 });
    expect(io.summary).toContain('### Breaking changes');
    expect(io.summary).toContain('DELETE /orders method removed');
    expect(validateReport(report)).toBe(true);
    expect((report.diff as { breaking: boolean }).breaking).toBe(true);
    // Deepened, not re-fetched at a depth: the checkout's own commit keeps its history.
    expect(
      io.calls.filter((x) => x.kind === 'info' && /git fetch/.test(x.message)).map((x) => x.message.replace(/[0-9a-f]{40}/g, 'SHA')),
    ).toEqual([
      'breaking: git fetch --no-tags --no-recurse-submodules --quiet --depth=1 -- origin SHA',
      'breaking: git fetch --no-tags --no-recurse-submodules --quiet --deepen=50 -- origin SHA SHA',
    ]);
  }, 60_000);

  it('the same change with a major bump passes; warn mode only warns', async () => {
    const r = repo(BASE, { 'svc/openapi.yaml': removedDelete, 'svc/pacto.yaml': v1Contract({ version: '2.0.0' }) });
    const ws = r.sb.checkout('ws-bump', 'feature');
    const bumped = await runGate(r, ws, prEvent(r), { breaking: 'error' });
    expect(bumped.state.diff!.contracts[0].violation).toBeNull();
    expect(bumped.state.diff!.breaking).toBe(true);
    expect(bumped.io.calls.some((x) => x.kind === 'failed')).toBe(false);

    const r2 = repo(BASE, { 'svc/openapi.yaml': removedDelete });
    const ws2 = r2.sb.checkout('ws-warn', 'feature');
    const warned = await runGate(r2, ws2, prEvent(r2), { breaking: 'warn' });
    expect(warned.state.diff!.contracts[0].violation?.level).toBe('warning');
    expect(warned.io.calls.some((x) => x.kind === 'failed')).toBe(false);
    expect(warned.io.calls.some((x) => x.kind === 'warning' && /without a major version bump/.test(x.message))).toBe(true);
  }, 60_000);

  it('the label turns the error into a notice named in the summary', async () => {
    const r = repo(BASE, { 'svc/openapi.yaml': removedDelete });
    const ws = r.sb.checkout('ws-label', 'feature');
    const { state, io } = await runGate(r, ws, prEvent(r, ['docs', 'pacto-breaking-ok']), { breaking: 'error' });
    expect(state.diff!.label).toEqual({ name: 'pacto-breaking-ok', present: true });
    expect(state.diff!.contracts[0].violation?.level).toBe('notice');
    expect(io.calls.some((x) => x.kind === 'failed')).toBe(false);
    expect(io.calls.some((x) => x.kind === 'notice' && /accepted by the pull request label pacto-breaking-ok/.test(x.message))).toBe(true);
    expect(io.summary).toContain('label <code>pacto-breaking-ok</code> accepts the breaking changes');
  }, 60_000);

  it('a version that went down is an error even in warn mode', async () => {
    const r = repo(BASE, { 'svc/pacto.yaml': v1Contract({ version: '1.1.9' }) });
    const ws = r.sb.checkout('ws-down', 'feature');
    const { state, io } = await runGate(r, ws, prEvent(r), { breaking: 'warn' });
    expect(state.diff!.contracts[0].violation).toMatchObject({ level: 'error', message: 'service.version went down from 1.2.0 to 1.1.9' });
    expect(io.calls.some((x) => x.kind === 'failed')).toBe(true);
  }, 60_000);

  it('a depth too short for the merge base says which fetch-depth is needed (no origin to deepen from)', async () => {
    const r = repo(BASE, { 'svc/openapi.yaml': removedDelete });
    const ws = r.sb.checkout('ws-noorigin', 'feature');
    r.sb.git(ws, 'remote', 'remove', 'origin');
    const { state, io } = await runGate(r, ws, prEvent(r), { breaking: 'error' });
    expect(state.diff!.error).toMatch(/fetch-depth: 0/);
    expect(io.calls.find((x) => x.kind === 'failed')?.message).toMatch(/breaking-change gate: .*fetch-depth: 0/);
    expect(io.outputs.breaking).toBe('false');
  }, 60_000);
});

describe('other pull request shapes', () => {
  it('a merge base 60 commits back is reached by deepening in steps; merge_group reads base_sha/head_sha', async () => {
    const r = repo(BASE, { 'svc/openapi.yaml': removedDelete }, { between: 60 });
    const ws = r.sb.checkout('ws-deep', 'feature');
    const event = {
      name: 'merge_group',
      payload: { merge_group: { base_sha: r.base, head_sha: r.head, head_ref: 'gh-readonly-queue/main/pr-1' } },
    };
    const { state, io } = await runGate(r, ws, event, { breaking: 'error' });
    expect(state.diff!.base).toMatchObject({ sha: r.base, source: 'merge-base' });
    expect(
      io.calls.filter((x) => x.kind === 'info' && /--deepen=/.test(x.message)).map((x) => /--deepen=(\d+)/.exec(x.message)![1]),
    ).toEqual(['50', '150']);
    expect(state.diff!.contracts[0].classification).toBe('BREAKING');
  }, 60_000);

  it('a working directory below the repository root reads the base under the same prefix', async () => {
    const r = repo(
      { 'apps/svc/pacto.yaml': v1Contract(), 'apps/svc/openapi.yaml': OPENAPI, 'other/pacto.yaml': v1Contract({ name: 'other' }) },
      { 'apps/svc/pacto.yaml': v1Contract({ port: 1 }) },
    );
    const ws = r.sb.checkout('ws-prefix', 'feature');
    const { state } = await runGate(r, ws, prEvent(r), { breaking: 'error', 'working-directory': 'apps' });
    expect(state.diff!.contracts.map((c) => [c.file, c.baseFile, c.status])).toEqual([['svc/pacto.yaml', 'svc/pacto.yaml', 'compared']]);
    expect(state.diff!.contracts[0].changes.map((c) => c.path)).toEqual(['interfaces.port']);
  }, 60_000);

  it('a payload without SHAs is an error that says to set base', async () => {
    const r = repo(BASE, { 'svc/openapi.yaml': removedDelete });
    const ws = r.sb.checkout('ws-nosha', 'feature');
    const { state } = await runGate(
      r,
      ws,
      { name: 'pull_request', payload: { pull_request: { base: { ref: 'main' } } } },
      { breaking: 'warn' },
    );
    expect(state.diff!.error).toMatch(/no base and head SHA .*set the base input/);
  }, 60_000);
});

describe('added, removed, renamed and invalid contracts', () => {
  it('pairs a moved bundle by service name, reports added and removed ones', async () => {
    const base = {
      ...BASE,
      'old/pacto.yaml': v1Contract({ name: 'billing' }),
      'old/openapi.yaml': OPENAPI,
      'gone/pacto.yaml': v1Contract({ name: 'gone' }),
      'gone/openapi.yaml': OPENAPI,
    };
    const head = {
      'old/pacto.yaml': null,
      'old/openapi.yaml': null,
      'moved/pacto.yaml': v1Contract({ name: 'billing', port: 9090 }),
      'moved/openapi.yaml': OPENAPI,
      'gone/pacto.yaml': null,
      'gone/openapi.yaml': null,
      'fresh/pacto.yaml': v1Contract({ name: 'fresh' }),
      'fresh/openapi.yaml': OPENAPI,
    };
    const r = repo(base, head);
    const ws = r.sb.checkout('ws-moves', 'feature');
    const { state, report } = await runGate(r, ws, prEvent(r), { breaking: 'error' });
    const by = new Map(state.diff!.contracts.map((c) => [c.file ?? c.baseFile, c]));
    expect(by.get('moved/pacto.yaml')).toMatchObject({
      status: 'compared',
      renamed: true,
      baseFile: 'old/pacto.yaml',
      classification: 'BREAKING',
    });
    expect(by.get('moved/pacto.yaml')!.changes.map((c) => [c.path, c.type, c.oldValue, c.newValue])).toEqual([
      ['interfaces.port', 'modified', 8080, 9090],
    ]);
    expect(by.get('fresh/pacto.yaml')).toMatchObject({ status: 'added', classification: 'NON_BREAKING', violation: null });
    expect(by.get('gone/pacto.yaml')).toMatchObject({
      status: 'removed',
      file: null,
      classification: 'BREAKING',
      violation: { level: 'error' },
    });
    expect(by.get('svc/pacto.yaml')).toMatchObject({ status: 'compared', classification: 'NON_BREAKING', changes: [] });
    expect(validateReport(report)).toBe(true);
  }, 60_000);

  it('a contract invalid at the base is reported, not classified', async () => {
    const r = repo(
      { 'svc/pacto.yaml': v1Contract({ version: 'latest' }), 'svc/openapi.yaml': OPENAPI },
      { 'svc/openapi.yaml': removedDelete, 'svc/pacto.yaml': v1Contract() },
    );
    const ws = r.sb.checkout('ws-invalid', 'feature');
    const { state, io } = await runGate(r, ws, prEvent(r), { breaking: 'error' });
    const c = state.diff!.contracts[0];
    expect(c.status).toBe('invalid-base');
    expect(c.changes).toEqual([]);
    expect(c.classification).toBeNull();
    expect(c.baseErrors.map((e) => e.path)).toContain('service.version');
    expect(io.calls.some((x) => x.kind === 'failed')).toBe(false);
    expect(io.calls.some((x) => x.kind === 'warning' && /invalid at the base/.test(x.message))).toBe(true);
  }, 60_000);

  it('a 1.0 -> 2.0 migration compares what the formats share', async () => {
    const r = repo(BASE, { 'svc/pacto.yaml': v2Contract({ version: '1.3.0' }) });
    const ws = r.sb.checkout('ws-migrate', 'feature');
    const { state } = await runGate(r, ws, prEvent(r), { breaking: 'error' });
    const c = state.diff!.contracts[0];
    expect(c).toMatchObject({ status: 'compared', migration: true, baseFormat: '1.0', format: '2.0', violation: null });
    expect(c.changes.map((x) => [x.path, x.classification])).toEqual([
      ['pactoVersion', 'POTENTIAL_BREAKING'],
      ['service.version', 'NON_BREAKING'],
    ]);
  }, 60_000);
});

describe('push and other events', () => {
  it('push: compares with event.before, fetched into a depth-1 checkout', async () => {
    const r = repo(BASE, { 'svc/pacto.yaml': v1Contract({ port: 9000 }) });
    const ws = r.sb.checkout('ws-push', 'feature');
    const { state } = await runGate(r, ws, { name: 'push', payload: { before: r.base, after: r.head } }, { breaking: 'error' });
    expect(state.diff!.base).toEqual({ ref: r.base, sha: r.base, source: 'push-before' });
    expect(state.diff!.contracts[0].changes.map((c) => [c.path, c.classification, c.line])).toEqual([['interfaces.port', 'BREAKING', 8]]);
  }, 60_000);

  it('push of a new branch and a schedule run compare nothing and say why', async () => {
    const r = repo(BASE, { 'svc/pacto.yaml': v1Contract({ port: 9000 }) });
    const ws = r.sb.checkout('ws-new', 'feature');
    const created = await runGate(r, ws, { name: 'push', payload: { before: '0'.repeat(40), after: r.head } }, { breaking: 'error' });
    expect(created.state.diff).toMatchObject({ skipped: expect.stringMatching(/created the branch/), error: null, contracts: [] });
    expect(created.io.calls.some((x) => x.kind === 'failed')).toBe(false);
    const scheduled = await runGate(r, ws, { name: 'schedule', payload: { schedule: '0 0 * * *' } }, { breaking: 'error' });
    expect(scheduled.state.diff!.skipped).toMatch(/a schedule event has no base/);
    const explicit = await runGate(r, ws, { name: 'schedule', payload: {} }, { breaking: 'error', base: r.base });
    expect(explicit.state.diff!.base).toMatchObject({ sha: r.base, source: 'input' });
    expect(explicit.state.diff!.breaking).toBe(true);
  }, 60_000);

  it('breaking: off loads nothing of the gate and sets the outputs to their empty values', async () => {
    const r = repo(BASE, { 'svc/openapi.yaml': removedDelete });
    const ws = r.sb.checkout('ws-off', 'feature');
    const { state, io, report } = await runGate(r, ws, prEvent(r), {});
    expect(state.diff).toBeNull();
    expect(report.diff).toBeNull();
    expect([io.outputs.breaking, io.outputs.changes]).toEqual(['false', '[]']);
  }, 60_000);
});
