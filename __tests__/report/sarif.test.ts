import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { run } from '../../src/main.js';
import { buildSarif, FINGERPRINT_KEY, repositoryRoot, type SarifLog } from '../../src/report/sarif.js';
import { RULES } from '../../src/report/sarif-rules.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { writeExecutable } from '../helpers/e2e-plugins.js';
import { buildJobReport } from '../builders.js';
import { finding, tempDir, validatedState } from './fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}

const validate = sarifValidator();

const INVALID = 'pactoVersion: "1.0"\n\nservice:\n  name: inverted-range\n  version: 1.0.0\n\nscaling:\n  min: 10\n  max: 2\n';
const WARNING =
  'pactoVersion: "1.0"\nservice:\n  name: dep\n  version: 1.0.0\ndependencies:\n  - ref: oci://ghcr.io/acme/db:1.0.0\n    required: true\n    compatibility: ^1.0.0\n';

/** A repository (a `.git` directory is all repositoryRoot looks for) with contracts under `svc/`. */
function repo(files: Record<string, string>): string {
  const ws = temp();
  fs.mkdirSync(path.join(ws, '.git'));
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(ws, p)), { recursive: true });
    fs.writeFileSync(path.join(ws, p), text);
  }
  return ws;
}

async function runIn(
  ws: string,
  inputs: Record<string, string>,
): Promise<{ state: Awaited<ReturnType<typeof run>>; io: ReturnType<typeof recordingIO> }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: path.join(ws, '..', `${path.basename(ws)}-temp`),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const io = recordingIO();
  const state = await run(env, io);
  return { state, io };
}

function readSarif(file: string): SarifLog {
  const log = JSON.parse(fs.readFileSync(file, 'utf8')) as SarifLog;
  expect(validate(log)).toEqual([]);
  return log;
}

describe('SARIF from a real run', () => {
  it('locates findings relative to the repository root, with the rule table, and is schema-valid', async () => {
    const ws = repo({ 'svc/services/api/pacto.yaml': INVALID, 'svc/services/db/pacto.yaml': WARNING });
    const { state } = await runIn(ws, { mode: 'validate', 'working-directory': 'svc', 'sarif-file': 'reports/pacto.sarif' });
    expect(state.contracts).toHaveLength(2);
    const log = readSarif(path.join(ws, 'svc/reports/pacto.sarif'));
    const [runLog] = log.runs;
    const results = runLog.results.map((r) => ({
      ruleId: r.ruleId,
      level: r.level,
      uri: r.locations[0].physicalLocation.artifactLocation.uri,
      line: r.locations[0].physicalLocation.region?.startLine,
      rule: runLog.tool.driver.rules[r.ruleIndex].id,
    }));
    expect(results).toEqual([
      { ruleId: 'SCALING_MIN_EXCEEDS_MAX', level: 'error', uri: 'svc/services/api/pacto.yaml', line: 7, rule: 'SCALING_MIN_EXCEEDS_MAX' },
      { ruleId: 'TAG_NOT_DIGEST', level: 'warning', uri: 'svc/services/db/pacto.yaml', line: 6, rule: 'TAG_NOT_DIGEST' },
    ]);
    expect(runLog.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${ws}/`);
    const rule = runLog.tool.driver.rules.find((r) => r.id === 'SCALING_MIN_EXCEEDS_MAX')!;
    expect(rule.shortDescription.text).toBe(RULES.SCALING_MIN_EXCEEDS_MAX.short);
  });

  it('keeps fingerprints when lines move, and changes them when the finding does', async () => {
    const ws = repo({ 'services/api/pacto.yaml': INVALID });
    const sarif = path.join(ws, 'pacto.sarif');
    await runIn(ws, { mode: 'validate', 'sarif-file': 'pacto.sarif' });
    const first = readSarif(sarif).runs[0].results[0];

    fs.writeFileSync(path.join(ws, 'services/api/pacto.yaml'), `# owned by the platform team\n# see the runbook\n\n${INVALID}`);
    await runIn(ws, { mode: 'validate', 'sarif-file': 'pacto.sarif' });
    const shifted = readSarif(sarif).runs[0].results[0];
    expect(shifted.locations[0].physicalLocation.region!.startLine).toBe(first.locations[0].physicalLocation.region!.startLine + 3);
    expect(shifted.partialFingerprints).toEqual(first.partialFingerprints);
    expect(first.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}:1$/);

    // The same finding in another file is another alert.
    fs.renameSync(path.join(ws, 'services/api'), path.join(ws, 'services/api2'));
    await runIn(ws, { mode: 'validate', 'sarif-file': 'pacto.sarif' });
    const moved = readSarif(sarif).runs[0].results[0];
    expect(moved.partialFingerprints[FINGERPRINT_KEY]).not.toBe(first.partialFingerprints[FINGERPRINT_KEY]);
  });

  it('reports unsafe plugin outputs as errors at their contract, and drift as notes', async () => {
    const ws = repo({ 'services/api/pacto.yaml': WARNING, 'services/web/pacto.yaml': WARNING.replace('name: dep', 'name: web') });
    // One plugin returns a path that climbs out of its output directory; the other generates a file check mode finds missing.
    writeExecutable(
      path.join(ws, 'tools/pacto-plugin-evil'),
      `#!/bin/sh\ncat >/dev/null\nprintf '%s' '{"files":[{"path":"../../escape.txt","content":"x"}]}'\n`,
    );
    writeExecutable(
      path.join(ws, 'tools/pacto-plugin-docs'),
      `#!/bin/sh\ncat >/dev/null\nprintf '%s' '{"files":[{"path":"README.md","content":"x"}]}'\n`,
    );
    const { state } = await runIn(ws, { mode: 'check', plugins: '- evil\n- docs', 'plugin-dirs': 'tools', 'sarif-file': 'pacto.sarif' });
    expect(state.generation).not.toBeNull();
    const log = readSarif(path.join(ws, 'pacto.sarif'));
    const byRule = (id: string): (typeof log.runs)[0]['results'] => log.runs[0].results.filter((r) => r.ruleId === id);
    const unsafe = byRule('OUTPUT_PATH_INVALID');
    expect(unsafe.map((r) => [r.level, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['error', 'services/api/pacto.yaml'],
      ['error', 'services/web/pacto.yaml'],
    ]);
    expect(unsafe[0].message.text).toContain('../../escape.txt');
    const drift = byRule('DRIFT_NEW');
    expect(drift.map((r) => [r.level, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual(
      expect.arrayContaining([
        ['note', 'services/api/docs-output/README.md'],
        ['note', 'services/web/docs-output/README.md'],
      ]),
    );
    expect(drift.every((r) => r.locations[0].physicalLocation.region === undefined)).toBe(true);
    expect(fs.existsSync(path.join(ws, 'escape.txt'))).toBe(false);
  });

  it('below a working directory, with spaces and non-ASCII names: every URI resolves to the file from the repository root', async () => {
    const ws = repo({ 'svc/services/my api/pacto.yaml': INVALID, 'svc/services/zoë/pacto.yaml': WARNING });
    writeExecutable(
      path.join(ws, 'svc/tools/pacto-plugin-docs'),
      `#!/bin/sh\ncat >/dev/null\nprintf '%s' '{"files":[{"path":"read me.md","content":"x"}]}'\n`,
    );
    await runIn(ws, { mode: 'check', plugins: '- docs', 'plugin-dirs': 'tools', 'working-directory': 'svc', 'sarif-file': 'pacto.sarif' });
    const log = readSarif(path.join(ws, 'svc/pacto.sarif'));
    const uris = log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation);
    expect(uris.length).toBeGreaterThanOrEqual(2);
    expect(uris.every((u) => u.uriBaseId === '%SRCROOT%')).toBe(true);
    // A new file does not exist yet; its directory, the contract's, does.
    for (const r of log.runs[0].results) {
      const abs = path.join(ws, ...r.locations[0].physicalLocation.artifactLocation.uri.split('/').map(decodeURIComponent));
      expect(fs.existsSync(r.ruleId === 'DRIFT_NEW' ? path.dirname(path.dirname(abs)) : abs)).toBe(true);
    }
    expect(uris.map((u) => u.uri).sort()).toEqual(
      expect.arrayContaining([
        'svc/services/my%20api/pacto.yaml',
        'svc/services/zo%C3%AB/pacto.yaml',
        'svc/services/zo%C3%AB/docs-output/read%20me.md',
      ]),
    );
    expect(new Set(log.runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(log.runs[0].results.length);
  });

  it('a sarif-file or report-file that the repository holds as a symlink is replaced, never written through', async () => {
    const ws = repo({ 'services/api/pacto.yaml': INVALID });
    const outside = path.join(temp(), 'victim.txt');
    fs.writeFileSync(outside, 'precious\n');
    fs.symlinkSync(outside, path.join(ws, 'pacto.sarif'));
    fs.symlinkSync(outside, path.join(ws, 'report.json'));
    await runIn(ws, { mode: 'validate', 'sarif-file': 'pacto.sarif', 'report-file': 'report.json' });
    expect(fs.readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(fs.lstatSync(path.join(ws, 'pacto.sarif')).isSymbolicLink()).toBe(false);
    expect(readSarif(path.join(ws, 'pacto.sarif')).runs[0].results).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'report.json'), 'utf8'))).toMatchObject({ failed: true });
    expect(fs.readdirSync(ws).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('a report directory the repository links out of the workspace is refused, and nothing is written there', async () => {
    const ws = repo({ 'services/api/pacto.yaml': INVALID });
    const outside = temp();
    fs.symlinkSync(outside, path.join(ws, 'reports'));
    const { io } = await runIn(ws, { mode: 'validate', 'sarif-file': 'reports/pacto.sarif', 'report-file': 'reports/sub/report.json' });
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(io.calls.find((c) => c.kind === 'failed')?.message).toMatch(/reports.* leads out of the workspace through a symbolic link/);
  });

  it('the drift patch beside a report-file in the checkout is not written through a symlink either', async () => {
    const ws = repo({ 'services/api/pacto.yaml': WARNING });
    writeExecutable(
      path.join(ws, 'tools/pacto-plugin-docs'),
      `#!/bin/sh\ncat >/dev/null\nprintf '%s' '{"files":[{"path":"README.md","content":"x"}]}'\n`,
    );
    const outside = path.join(temp(), 'victim.sh');
    fs.writeFileSync(outside, '#!/bin/sh\n');
    fs.symlinkSync(outside, path.join(ws, 'pacto-drift.patch'));
    const { state } = await runIn(ws, { mode: 'check', plugins: '- docs', 'plugin-dirs': 'tools', 'report-file': 'report.json' });
    expect(state.generation?.drift?.patchFile).toBe(path.join(ws, 'pacto-drift.patch'));
    expect(fs.readFileSync(outside, 'utf8')).toBe('#!/bin/sh\n');
    expect(fs.readFileSync(path.join(ws, 'pacto-drift.patch'), 'utf8')).toContain('+++ b/services/api/docs-output/README.md');
  });

  it('refuses a sarif-file inside an output directory before generating anything', async () => {
    const ws = repo({ 'services/api/pacto.yaml': WARNING });
    writeExecutable(
      path.join(ws, 'tools/pacto-plugin-docs'),
      `#!/bin/sh\ncat >/dev/null\nprintf '%s' '{"files":[{"path":"README.md","content":"x"}]}'\n`,
    );
    const { state, io } = await runIn(ws, {
      plugins: '- docs',
      'plugin-dirs': 'tools',
      'sarif-file': 'services/api/docs-output/pacto.sarif',
    });
    expect(state.inputError).toContain('sarif-file:');
    expect(state.inputError).toContain('inside the output directory services/api/docs-output of plugin docs');
    expect(state.generation).toBeNull();
    expect(fs.existsSync(path.join(ws, 'services/api/docs-output'))).toBe(false);
    expect(io.calls.some((c) => c.kind === 'failed')).toBe(true);
  });

  it.each([
    ['services/api/pacto.yaml', 'is named pacto.yaml'],
    ['same.json', 'is the same file as the JSON report'],
  ])('refuses sarif-file %s', async (sarifFile, why) => {
    const ws = repo({ 'services/api/pacto.yaml': WARNING });
    const before = fs.readFileSync(path.join(ws, 'services/api/pacto.yaml'), 'utf8');
    const { state } = await runIn(ws, { mode: 'validate', 'sarif-file': sarifFile, 'report-file': 'same.json' });
    expect(state.inputError).toContain(`sarif-file: "${sarifFile}" ${why}`);
    expect(fs.readFileSync(path.join(ws, 'services/api/pacto.yaml'), 'utf8')).toBe(before);
  });

  it('writes no SARIF when the run stopped before validation (an empty one would close every alert)', async () => {
    const ws = repo({ 'svc/README.md': 'x', 'other/pacto.yaml': WARNING });
    // A pattern that leaves the working directory stops discovery (after the inputs parsed).
    const { state, io } = await runIn(ws, {
      mode: 'validate',
      'working-directory': 'svc',
      'sarif-file': 'pacto.sarif',
      contracts: '../other/pacto.yaml',
    });
    expect(state.inputError).toContain('outside the working directory');
    expect(fs.existsSync(path.join(ws, 'svc/pacto.sarif'))).toBe(false);
    expect(io.calls.some((c) => c.kind === 'info' && c.message.includes('SARIF not written'))).toBe(true);
  });
});

describe('buildSarif', () => {
  it('tells the same finding twice in one place apart, stably', () => {
    const ws = temp();
    const state = validatedState(ws);
    state.contracts[1].errors = [
      finding('POLICY_VIOLATION', '', 'policy a: x', 1, 1),
      finding('POLICY_VIOLATION', '', 'policy b: y', 1, 1),
    ];
    const prints = buildSarif(state, ws).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(prints).toHaveLength(3);
    expect(new Set(prints).size).toBe(3);
    expect(prints[1].split(':')[0]).toBe(prints[0].split(':')[0]);
    expect(prints.slice(0, 2).map((p) => p.split(':')[1])).toEqual(['1', '2']);
  });

  it('gives a code outside the table a rule of its own, and a failed job without an unsafe output none', () => {
    const ws = temp();
    const state = validatedState(ws);
    state.generation = {
      jobs: [buildJobReport('services/api/pacto.yaml', 'k8s', { status: 'failed', files: [], error: 'exit status 2' })],
      files: [],
      changed: false,
      drift: null,
      errors: [],
    };
    const log = buildSarif(state, ws);
    expect(validate(log)).toEqual([]);
    const [runLog] = log.runs;
    expect(runLog.results.map((r) => r.ruleId)).toEqual(['SCHEMA_VIOLATION', 'UNUSED_INTERFACE']);
    const unknown = runLog.tool.driver.rules[runLog.results[1].ruleIndex];
    expect(unknown.id).toBe('UNUSED_INTERFACE');
    expect(unknown.shortDescription.text).toContain('UNUSED_INTERFACE');
  });

  it('uses a file URI for a file outside the repository root', () => {
    const ws = temp();
    const state = validatedState(ws);
    const log = buildSarif(state, path.join(ws, 'elsewhere'));
    const loc = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(loc).toEqual({ uri: `file://${ws}/services/db/pacto.yaml` });
    expect(validate(log)).toEqual([]);
  });

  it('has a description for every code the conformance corpora expect', () => {
    const codes = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name === 'expected.json') {
          const x = JSON.parse(fs.readFileSync(p, 'utf8')) as { errors: { code: string }[]; warnings: { code: string }[] };
          for (const f of [...x.errors, ...x.warnings]) codes.add(f.code);
        }
      }
    };
    walk(path.join(process.cwd(), '__tests__/fixtures/conformance'));
    walk(path.join(process.cwd(), '__tests__/fixtures/conformance-v2'));
    expect(codes.size).toBeGreaterThan(30);
    expect([...codes].filter((c) => !(c in RULES))).toEqual([]);
  });

  it('finds the repository root from a nested directory, or none', () => {
    const ws = temp();
    fs.mkdirSync(path.join(ws, 'repo/a/b'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'repo/.git'), 'gitdir: /elsewhere\n');
    expect(repositoryRoot(path.join(ws, 'repo/a/b'))).toBe(path.join(ws, 'repo'));
  });

  it('the schema check can fail', () => {
    const ws = temp();
    const log = buildSarif(validatedState(ws), ws) as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log).length).toBeGreaterThan(0);
  });
});
