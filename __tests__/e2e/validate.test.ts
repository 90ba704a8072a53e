/**
 * End to end: src/ built with ncc into a temporary directory (no node_modules above it; the
 * build is shared by every e2e file, see helpers/e2e-build.ts) and run as the runner runs it,
 * through the same harness as the local runner.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { readActionYml, REPO_ROOT, spawnAction, type SpawnResult } from '../helpers/runner.js';

const GOOD = `pactoVersion: "1.0"

service:
  name: good
  version: 1.0.0

interfaces:
  - name: api
    type: http
    port: 8080

runtime:
  workload: service
  state:
    type: stateless
    persistence:
      scope: local
      durability: ephemeral
    dataCriticality: low
  health:
    interface: api
    path: /health
`;

const WARN = `pactoVersion: "1.0"

service:
  name: warn
  version: 1.0.0

dependencies:
  - ref: oci://ghcr.io/acme/auth-pacto@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
    compatibility: "^2.0.0"
  - ref: oci://ghcr.io/acme/billing-pacto:1.4.0
    compatibility: "~1.4.0"
`;

const BAD = `pactoVersion: "1.0"

service:
  name: bad
  version: 1.0.0

runtime:
  workload: daemon
  state:
    type: stateless
    persistence:
      scope: local
      durability: ephemeral
    dataCriticality: low
`;

/** 1-based line and column of `needle` in `text`. */
function position(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in text`);
  return { line: line + 1, column: lines[line].indexOf(needle) + 1 };
}

let dist: string;
let ws: string;
const runs: SpawnResult[] = [];
const declaredOutputs = Object.keys(readActionYml().outputs).sort();

function write(rel: string, content: string): void {
  const p = path.join(ws, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}

async function run(inputs: Record<string, string>): Promise<SpawnResult> {
  const r = await spawnAction({ dist, workspace: ws, inputs, timeoutMs: 60_000 });
  runs.push(r);
  return r;
}

beforeAll(async () => {
  dist = await builtAction();
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-e2e-ws-'));
  write('mono/services/good/pacto.yaml', GOOD);
  write('mono/services/warn/pacto.yaml', WARN);
  write('mono/services/bad/pacto.yaml', BAD);
  write('mono/node_modules/dep/pacto.yaml', 'not: [valid');
  write('mono/services/README.md', '# not a contract\n');
}, 360_000);

afterAll(() => {
  for (const r of runs) r.cleanup();
  if (ws) fs.rmSync(ws, { recursive: true, force: true });
});

describe('dist/index.js as the runner runs it', () => {
  it('validates a monorepo in a working directory: outputs, annotations at absolute paths, summary, report', async () => {
    const r = await run({ 'working-directory': 'mono', contracts: 'services/*', mode: 'validate' });
    expect(r.fileCommandErrors).toEqual([]);
    expect(r.exitCode).toBe(1);
    expect(Object.keys(r.outputs).sort()).toEqual(declaredOutputs);
    expect(r.outputs.valid).toBe('false');
    expect(r.outputs.errors).toBe('1');
    expect(r.outputs.warnings).toBe('1');
    expect(JSON.parse(r.outputs.contracts)).toEqual([
      { file: 'services/bad/pacto.yaml', bundle: 'services/bad', service: 'bad', version: '1.0.0', valid: false, errors: 1, warnings: 0 },
      { file: 'services/good/pacto.yaml', bundle: 'services/good', service: 'good', version: '1.0.0', valid: true, errors: 0, warnings: 0 },
      { file: 'services/warn/pacto.yaml', bundle: 'services/warn', service: 'warn', version: '1.0.0', valid: true, errors: 0, warnings: 1 },
    ]);
    expect(r.outputs.changed).toBe('false');
    expect(r.outputs.plugins).toBe('[]');

    const bad = position(BAD, 'daemon');
    const warn = position(WARN, 'oci://ghcr.io/acme/billing-pacto:1.4.0');
    const annotations = r.annotations.map((a) => ({ level: a.level, file: a.file, line: a.line, column: a.column, title: a.title }));
    expect(annotations).toEqual([
      {
        level: 'error',
        file: path.join(ws, 'mono/services/bad/pacto.yaml'),
        line: bad.line,
        column: bad.column,
        title: 'SCHEMA_VIOLATION',
      },
      {
        level: 'warning',
        file: path.join(ws, 'mono/services/warn/pacto.yaml'),
        line: warn.line,
        column: warn.column,
        title: 'TAG_NOT_DIGEST',
      },
      // setFailed's own line.
      { level: 'error', file: null, line: null, column: null, title: null },
    ]);
    expect(r.annotations[0].message).toMatch(/^runtime\.workload: ./);
    expect(r.annotations[2].message).toBe('Pacto: 1 invalid contract (1 validation error)');

    expect(r.summary).toContain('3 contracts · 2 valid · 1 invalid · 1 error · 1 warning · mode <code>validate</code> · profile 1.0 ×3');
    expect(r.summary).toContain('| <code>services/bad/pacto.yaml</code> | bad | 1.0.0 | 1.0 | ❌\u00a0invalid | 1 | 0 |');
    expect(r.summary).toMatch(
      new RegExp(`<code>SCHEMA&#95;VIOLATION</code> \\| <code>runtime.workload</code> \\| ${bad.line}:${bad.column} \\|`),
    );

    expect(r.outputs.report).toBe(path.join(r.runnerTemp, 'pacto-report.json'));
    const report = JSON.parse(fs.readFileSync(r.outputs.report, 'utf8')) as {
      contracts: { file: string; errors: { code: string; path: string }[] }[];
      totals: { matched: number };
    };
    expect(report.contracts.map((c) => c.file)).toEqual([
      'services/bad/pacto.yaml',
      'services/good/pacto.yaml',
      'services/warn/pacto.yaml',
    ]);
    expect(report.contracts[0].errors.map((e) => [e.code, e.path])).toEqual([['SCHEMA_VIOLATION', 'runtime.workload']]);
    expect(report.totals.matched).toBe(3);
  });

  it('passes on valid contracts, and fails on warnings with fail-on: warning', async () => {
    const ok = await run({
      'working-directory': 'mono',
      contracts: 'services/good\nservices/warn',
      mode: 'validate',
      'report-file': 'out/report.json',
    });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.valid).toBe('true');
    expect(ok.outputs.report).toBe(path.join(ws, 'mono/out/report.json'));
    expect(fs.existsSync(ok.outputs.report)).toBe(true);
    expect(ok.summary).toContain('## ✅ Pacto contracts');
    const strict = await run({ 'working-directory': 'mono', contracts: 'services/warn', mode: 'validate', 'fail-on': 'warning' });
    expect(strict.exitCode).toBe(1);
    expect(strict.annotations.at(-1)?.message).toBe('Pacto: 1 validation warning (fail-on: warning)');
  });

  it('generate with no plugins validates only, with a notice', async () => {
    const r = await run({ 'working-directory': 'mono', contracts: 'services/good' });
    expect(r.exitCode).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([expect.stringMatching(/No plugins/)]);
  });

  it('fails with one message naming every bad input, and still sets every output and writes the report', async () => {
    const r = await run({ 'working-directory': 'mono', mode: 'publish', 'fail-on': 'sometimes' });
    expect(r.exitCode).toBe(1);
    expect(Object.keys(r.outputs).sort()).toEqual(declaredOutputs);
    expect(r.outputs.valid).toBe('false');
    expect(r.outputs.contracts).toBe('[]');
    const failure = r.annotations.at(-1)!;
    expect(failure.level).toBe('error');
    expect(failure.message).toMatch(/mode: "publish" is not one of/);
    expect(failure.message).toMatch(/fail-on: "sometimes" is not one of/);
    const report = JSON.parse(fs.readFileSync(r.outputs.report, 'utf8')) as { errors: { kind: string }[]; contracts: unknown[] };
    expect(report.errors.map((e) => e.kind)).toEqual(['input']);
    expect(report.contracts).toEqual([]);
  });

  it('reports a directory without pacto.yaml and a literal file of another name as PARSE_ERROR', async () => {
    write('mono/services/empty/.keep', '');
    write('mono/legacy/contract.yaml', GOOD);
    try {
      const r = await run({ 'working-directory': 'mono', contracts: 'services/empty\nlegacy/contract.yaml', mode: 'validate' });
      expect(r.exitCode).toBe(1);
      const contracts = JSON.parse(r.outputs.contracts) as { file: string; errors: number }[];
      expect(contracts.map((c) => [c.file, c.errors])).toEqual([
        ['legacy/contract.yaml', 1],
        ['services/empty/pacto.yaml', 1],
      ]);
      const errors = r.annotations.filter((a) => a.title === 'PARSE_ERROR');
      expect(errors.map((a) => a.file)).toEqual([path.join(ws, 'mono/legacy/contract.yaml'), null]);
      expect(errors[0].message).toMatch(/pacto\.yaml/);
      expect(errors[1].message).toMatch(/no pacto\.yaml/);
    } finally {
      fs.rmSync(path.join(ws, 'mono/services/empty'), { recursive: true });
      fs.rmSync(path.join(ws, 'mono/legacy'), { recursive: true });
    }
  });

  it("reads pacto.yaml as Pacto's yaml.v3 does: first node of a flow root, CR and LS breaks, %YAML 1.2 and tabs refused", async () => {
    const flow = '{pactoVersion: "1.0", service: {name: flow,\n# a comment at column 1\nversion: 1.0.0}}\nignored: [by, yaml.v3\n';
    write('mono/yamlv3/flow/pacto.yaml', flow);
    write('mono/yamlv3/breaks/pacto.yaml', 'pactoVersion: "1.0"\rservice:\u2028  name: breaks\u0085  version: 1.0.0\r');
    write('mono/yamlv3/v12/pacto.yaml', `%YAML 1.2\n---\n${GOOD}`);
    write('mono/yamlv3/tab/pacto.yaml', GOOD.replace('service:\n', 'service:\n  \t\n'));
    try {
      const r = await run({ 'working-directory': 'mono', contracts: 'yamlv3/*', mode: 'validate' });
      expect(r.exitCode).toBe(1);
      const contracts = JSON.parse(r.outputs.contracts) as { file: string; service: string | null; valid: boolean }[];
      expect(contracts.map((c) => [c.file, c.service, c.valid])).toEqual([
        ['yamlv3/breaks/pacto.yaml', 'breaks', true],
        ['yamlv3/flow/pacto.yaml', 'flow', true],
        ['yamlv3/tab/pacto.yaml', null, false],
        ['yamlv3/v12/pacto.yaml', null, false],
      ]);
      const errors = r.annotations
        .filter((a) => a.title === 'PARSE_ERROR')
        .map((a) => ({ file: path.relative(ws, a.file!), line: a.line, column: a.column, message: a.message }));
      expect(errors).toEqual([
        {
          file: 'mono/yamlv3/tab/pacto.yaml',
          line: 4,
          column: 3,
          message: expect.stringMatching(/found character that cannot start any token \(a tab/),
        },
        { file: 'mono/yamlv3/v12/pacto.yaml', line: 1, column: 1, message: expect.stringMatching(/found incompatible YAML document/) },
      ]);
    } finally {
      fs.rmSync(path.join(ws, 'mono/yamlv3'), { recursive: true });
    }
  });

  it('runs the two demo steps on a copy of examples/', async () => {
    const copy = path.join(ws, 'repo');
    fs.cpSync(path.join(REPO_ROOT, 'examples'), path.join(copy, 'examples'), { recursive: true });
    const services = await spawnAction({
      dist,
      workspace: copy,
      inputs: { 'working-directory': 'examples', contracts: 'services/*', mode: 'validate' },
    });
    runs.push(services);
    expect(services.exitCode).toBe(0);
    expect(services.outputs.valid).toBe('true');
    expect((JSON.parse(services.outputs.contracts) as unknown[]).length).toBeGreaterThanOrEqual(4);

    const broken = await spawnAction({
      dist,
      workspace: copy,
      inputs: { 'working-directory': 'examples', contracts: 'broken', mode: 'validate' },
    });
    runs.push(broken);
    expect(broken.exitCode).toBe(1);
    expect(broken.outputs.valid).toBe('false');
    const file = path.join(copy, 'examples/broken/pacto.yaml');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const findings = broken.annotations.filter((a) => a.file !== null);
    expect(findings.length).toBe(Number(broken.outputs.errors) + Number(broken.outputs.warnings));
    for (const a of findings) {
      expect(a.file).toBe(file);
      expect(a.line).toBeGreaterThanOrEqual(1);
      expect(a.line).toBeLessThanOrEqual(lines.length);
      expect(a.column).toBeGreaterThanOrEqual(1);
      expect(a.title).toMatch(/^[A-Z_]+$/);
    }
    const name = findings.find((a) => a.message.startsWith('service.name:'));
    expect(name && [name.line, name.column]).toEqual([
      position(lines.join('\n'), 'Billing_API').line,
      position(lines.join('\n'), 'Billing_API').column,
    ]);
    expect(broken.summary).toContain('❌\u00a0invalid');
  });

  it('refuses a match outside the working directory as an input error', async () => {
    write('elsewhere/svc/pacto.yaml', GOOD);
    const r = await run({ 'working-directory': 'mono', contracts: '../elsewhere/*', mode: 'validate' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.at(-1)?.message).toMatch(
      /^Pacto: Invalid input: contracts: patterns matched 1 path\(s\) outside the working directory .*\.\.\/elsewhere\/svc/,
    );
    expect(Object.keys(r.outputs).sort()).toEqual(declaredOutputs);
    const report = JSON.parse(fs.readFileSync(r.outputs.report, 'utf8')) as { errors: { kind: string }[] };
    expect(report.errors.map((e) => e.kind)).toEqual(['input']);
  });

  it('fails when no contract matches, and prunes node_modules', async () => {
    const r = await run({ 'working-directory': 'mono', contracts: 'node_modules/**/pacto.yaml\nnowhere/*', mode: 'validate' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.at(-1)?.message).toMatch(/^Pacto: no contracts found/);
    const warn = await run({ 'working-directory': 'mono', contracts: 'nowhere/*', mode: 'validate', 'if-no-contracts-found': 'warn' });
    expect(warn.exitCode).toBe(0);
    expect(warn.annotations.map((a) => a.level)).toEqual(['warning']);
  });
});
