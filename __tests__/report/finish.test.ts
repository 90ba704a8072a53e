import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { emptyState } from '../../src/run-state.js';
import { publishReport, reportFileFor, reportJson, verdict } from '../../src/report/finish.js';
import { OUTPUT_NAMES } from '../../src/report/outputs.js';
import { buildConfig, buildContract } from '../builders.js';
import { finding, tempDir, validatedState } from './fixtures.js';

const ws = tempDir();
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

describe('publishReport', () => {
  it('writes the report, annotates, appends the summary once and sets every output', async () => {
    const s = validatedState(ws, { 'report-file': 'out/report.json' });
    const io = recordingIO();
    await publishReport(s, io);
    const file = path.join(ws, 'out/report.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(JSON.parse(reportJson(s)));
    expect(io.calls.filter((c) => c.kind === 'summary')).toHaveLength(1);
    expect(io.summary).toContain('## ❌ Pacto contracts');
    expect(Object.keys(io.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(io.outputs.report).toBe(file);
    expect(io.calls.filter((c) => c.kind === 'error').map((c) => c.props?.title)).toEqual(['SCHEMA_VIOLATION']);
    expect(
      io.calls.some((c) => c.kind === 'info' && c.message.includes('✗ services/db/pacto.yaml: SCHEMA_VIOLATION interfaces.0.port')),
    ).toBe(true);
    // publishReport never fails the step itself: main does, from verdict().
    expect(io.calls.some((c) => c.kind === 'failed')).toBe(false);
    expect(verdict(s).failed).toBe(true);
  });

  it('writes the report where the input error says, with the error', async () => {
    const s = emptyState();
    s.inputError = 'Invalid input: mode: "x" is not one of generate, validate, check';
    s.fatal.push(s.inputError);
    s.inputReportFile = path.join(ws, 'input-error/pacto-report.json');
    const io = recordingIO();
    await publishReport(s, io);
    const report = JSON.parse(fs.readFileSync(s.inputReportFile, 'utf8')) as { errors: unknown[]; contracts: unknown[] };
    expect(report.errors).toEqual([{ kind: 'input', message: s.inputError }]);
    expect(report.contracts).toEqual([]);
    expect(io.outputs.report).toBe(s.inputReportFile);
    expect(io.outputs.valid).toBe('false');
    expect(io.summary).toContain(s.inputError.replace(/"/g, '&quot;'));
  });

  it('falls back to RUNNER_TEMP for an input error without a report path', () => {
    const s = emptyState();
    expect(reportFileFor(s, { RUNNER_TEMP: '/rt' })).toBe('/rt/pacto-report.json');
  });

  it('still annotates, summarises and sets outputs when the report cannot be written', async () => {
    fs.writeFileSync(path.join(ws, 'blocker'), 'a file where a directory should be');
    const s = validatedState(ws, { 'report-file': 'blocker/report.json' });
    const io = recordingIO();
    await publishReport(s, io);
    expect(s.fatal).toEqual([expect.stringMatching(/^Could not write the JSON report to .*blocker\/report\.json/)]);
    expect(io.outputs.report).toBe('');
    expect(Object.keys(io.outputs)).toHaveLength(OUTPUT_NAMES.length);
    expect(io.summary).toContain('Could not write the JSON report');
    expect(verdict(s).reason).toMatch(/Could not write the JSON report/);
  });

  it('says an empty shard with a notice and passes', async () => {
    const s = emptyState();
    s.config = buildConfig(ws, { shard: '4/4' });
    s.discovery = { bundles: [], matched: 3 };
    const io = recordingIO();
    await publishReport(s, io);
    expect(io.calls.filter((c) => c.kind === 'notice').map((c) => c.message)).toEqual([
      'Shard 4/4 is empty: 3 bundles matched, none fell to this shard.',
    ]);
    expect(verdict(s).failed).toBe(false);
  });

  it('logs plugin text sanitized', async () => {
    const s = validatedState(ws);
    s.contracts[1].errors[0].code = 'X\n::error::forged';
    const io = recordingIO();
    await publishReport(s, io);
    const infos = io.calls.filter((c) => c.kind === 'info').map((c) => c.message);
    expect(infos.some((m) => /^\s*::error::/m.test(m))).toBe(false);
  });

  it('counts the output cap warning in the one annotation budget', async () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 6000 }, (_, i) =>
      buildContract(wd, `services/some-rather-long-service-name-${i}`, i < 10 ? { warnings: [finding('W', 'x', `warn ${i}`)] } : {}),
    );
    const io = recordingIO();
    await publishReport(s, io);
    const warnings = io.calls.filter((c) => c.kind === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings.every((w) => w.props?.title === 'W')).toBe(true);
    expect(io.calls.some((c) => c.kind === 'info' && c.message.startsWith('1 warning not annotated'))).toBe(true);
    expect(io.summary).toMatch(/### Outputs\n\n- ⚠️ Output contracts: \d+ of 6000 entries left out/);
    expect((JSON.parse(io.outputs.contracts) as unknown[]).length).toBeLessThan(6000);
  });

  it('annotates the output cap warning when the budget has room', async () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 6000 }, (_, i) => buildContract(wd, `services/some-rather-long-service-name-${i}`));
    const io = recordingIO();
    await publishReport(s, io);
    expect(io.calls.filter((c) => c.kind === 'warning').map((c) => c.props?.title)).toEqual(['outputs']);
  });
});
