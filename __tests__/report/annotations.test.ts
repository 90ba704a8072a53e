import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { collectAnnotations, emitAnnotations, omittedNote } from '../../src/report/annotations.js';
import { buildContract, buildJobReport } from '../builders.js';
import { finding, tempDir, validatedState } from './fixtures.js';

const ws = tempDir();
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

describe('annotations', () => {
  it('annotates each finding at the absolute contract file, line and column, titled with the rule code', () => {
    const s = validatedState(ws, { 'working-directory': '.' });
    const io = recordingIO();
    const r = emitAnnotations(collectAnnotations(s), io);
    expect(io.calls).toEqual([
      {
        kind: 'error',
        message: 'interfaces.0.port: port must be >= 1',
        props: { title: 'SCHEMA_VIOLATION', file: path.join(ws, 'services/db/pacto.yaml'), startLine: 7, startColumn: 11 },
      },
      {
        kind: 'warning',
        message: 'interfaces[1]: interface is unused',
        props: { title: 'UNUSED_INTERFACE', file: path.join(ws, 'services/db/pacto.yaml'), startLine: 9, startColumn: 5 },
      },
    ]);
    expect(path.isAbsolute(io.calls[0].props!.file!)).toBe(true);
    expect(r).toEqual({ shown: { errors: 1, warnings: 1 }, omitted: { errors: 0, warnings: 0 } });
  });

  it('leaves out line and column when unknown, and the path prefix when empty', () => {
    const s = validatedState(ws);
    fs.mkdirSync(path.join(ws, 'x'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'x/pacto.yaml'), '');
    s.contracts = [buildContract(ws, 'x', { errors: [finding('PARSE_ERROR', '', 'bad yaml', null, null)] })];
    const [a] = collectAnnotations(s);
    expect(a).toEqual({ level: 'error', message: 'bad yaml', props: { title: 'PARSE_ERROR', file: path.join(ws, 'x/pacto.yaml') } });
  });

  it('points at no file for a bundle directory without pacto.yaml', () => {
    const s = validatedState(ws);
    s.contracts = [buildContract(ws, 'empty', { errors: [finding('PARSE_ERROR', '', 'directory empty has no pacto.yaml', null, null)] })];
    expect(collectAnnotations(s)[0].props).toEqual({ title: 'PARSE_ERROR' });
  });

  it('annotates plugin resolution warnings after the validation warnings, inside the budget', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = [buildContract(wd, 'svc', { warnings: [finding('TAG_NOT_DIGEST', 'dependencies[0].ref', 'tag')] })];
    s.pluginWarnings = [{ name: 'k8s', message: 'the download is unverified' }];
    const warnings = collectAnnotations(s).filter((a) => a.level === 'warning');
    expect(warnings.map((a) => [a.props.title, a.message])).toEqual([
      ['TAG_NOT_DIGEST', expect.stringContaining('tag')],
      ['plugin k8s', 'the download is unverified'],
    ]);
  });

  it('spends one budget of 10 errors and 10 warnings in priority order and counts the rest', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 12 }, (_, i) =>
      buildContract(wd, `svc${String(i).padStart(2, '0')}`, {
        errors: [finding('SCHEMA_VIOLATION', 'service.name', `bad ${i}`)],
        warnings: [finding('W', 'x', `warn ${i}`)],
      }),
    );
    s.pluginFailures = [{ name: 'helm', source: 'url https://x', message: 'checksum mismatch' }];
    s.generation = {
      jobs: [buildJobReport('svc00/pacto.yaml', 'readme', { status: 'failed', message: 'exit 1' })],
      files: [],
      changed: false,
      drift: {
        entries: [{ path: 'svc00/readme-output/README.md', status: 'changed', diff: '', crlfOnly: false }],
        patchFile: null,
        expectedRoot: null,
        hints: [],
      },
      errors: [],
    };
    const all = collectAnnotations(s);
    // Validation first, then plugin resolution, failed jobs, drift.
    expect(all.filter((a) => a.level === 'error').map((a) => a.props.title)).toEqual([
      ...Array(12).fill('SCHEMA_VIOLATION'),
      'plugin helm',
      'plugin readme failed',
      'drift: changed',
    ]);
    const io = recordingIO();
    const r = emitAnnotations(all, io, 1);
    expect(io.calls.filter((c) => c.kind === 'error')).toHaveLength(9);
    expect(io.calls.filter((c) => c.kind === 'warning')).toHaveLength(10);
    expect(r.omitted).toEqual({ errors: 6, warnings: 2 });
    expect(omittedNote(r)).toMatch(/^6 errors and 2 warnings not annotated/);
    expect(omittedNote({ shown: { errors: 1, warnings: 0 }, omitted: { errors: 0, warnings: 0 } })).toBeNull();
  });

  it('annotates a failed job and drift at absolute paths, stale as a warning without clean', () => {
    const s = validatedState(ws, { 'fail-on': 'never' });
    s.contracts = [];
    s.generation = {
      jobs: [buildJobReport('svc/pacto.yaml', 'k8s', { status: 'failed', message: '', error: 'k8s on svc/pacto.yaml: exit status 2' })],
      files: [],
      changed: true,
      drift: {
        entries: [
          { path: 'svc/k8s-output/a.yaml', status: 'new', diff: '', crlfOnly: false },
          { path: 'svc/k8s-output/old.yaml', status: 'stale', diff: '', crlfOnly: false },
        ],
        patchFile: null,
        expectedRoot: null,
        hints: [],
      },
      errors: [],
    };
    const all = collectAnnotations(s);
    expect(all[0].message).toBe('k8s on svc/pacto.yaml: exit status 2');
    expect(all.map((a) => [a.level, a.props.title, a.props.file])).toEqual([
      ['error', 'plugin k8s failed', path.join(ws, 'svc/pacto.yaml')],
      ['error', 'drift: new', path.join(ws, 'svc/k8s-output/a.yaml')],
      ['warning', 'drift: stale', path.join(ws, 'svc/k8s-output/old.yaml')],
    ]);
  });

  it("adds the last stderr lines, sanitized, to a failed job's annotation", () => {
    const s = validatedState(ws, { 'fail-on': 'never' });
    s.contracts = [];
    const stderr = `${Array.from({ length: 14 }, (_, i) => `line ${i}`).join('\n')}\n::error::forged\n\u001b[31mred\u001b[0m\n\n`;
    s.generation = {
      jobs: [
        buildJobReport('svc/pacto.yaml', 'k8s', {
          status: 'failed',
          message: '',
          error: 'plugin k8s on svc/pacto.yaml: exited with status 1',
          stderrTail: stderr,
        }),
      ],
      files: [],
      changed: false,
      drift: null,
      errors: [],
    };
    const [a] = collectAnnotations(s);
    const lines = a.message.split('\n');
    expect(lines[0]).toBe('plugin k8s on svc/pacto.yaml: exited with status 1');
    expect(lines[1]).toBe('stderr (last 10 lines):');
    expect(lines.slice(2)).toEqual([
      'line 6',
      'line 7',
      'line 8',
      'line 9',
      'line 10',
      'line 11',
      'line 12',
      'line 13',
      ':\u200B:error::forged',
      'red',
    ]);
    expect(a.message).not.toMatch(/^\s*::/m);
  });

  it("annotates a collision once when it is both a failed job's error and a generation error", () => {
    const s = validatedState(ws, { 'fail-on': 'never' });
    s.contracts = [];
    const collision = 'output collision: svc/out/a.yaml is written by k8s on svc/pacto.yaml and by helm on svc/pacto.yaml';
    s.generation = {
      jobs: [
        buildJobReport('svc/pacto.yaml', 'k8s', { status: 'failed', error: collision }),
        buildJobReport('svc/pacto.yaml', 'helm', { status: 'failed', error: collision }),
      ],
      files: [],
      changed: false,
      drift: null,
      errors: [collision, 'manifest svc/out/.pacto-manifest.json is not valid JSON'],
    };
    const messages = collectAnnotations(s).map((a) => a.message);
    expect(messages.filter((m) => m === collision)).toHaveLength(2);
    expect(messages).toHaveLength(3);
    expect(messages[2]).toBe('manifest svc/out/.pacto-manifest.json is not valid JSON');
  });

  it('says where no contracts were found, and names a literal pattern that matched nothing', () => {
    const dir = path.join(ws, 'lit');
    fs.mkdirSync(path.join(dir, 'services/api'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'services/api/pacto.yaml'), '');
    const s = validatedState(ws, {
      'working-directory': 'lit',
      contracts: 'services/api\nservices/tpyo/pacto.yaml\nservices/*/x\n!services/old',
      'if-no-contracts-found': 'warn',
    });
    s.contracts = [buildContract(dir, 'services/api')];
    s.discovery = {
      bundles: [
        {
          file: 'services/api/pacto.yaml',
          bundle: 'services/api',
          absFile: path.join(dir, 'services/api/pacto.yaml'),
          absDir: path.join(dir, 'services/api'),
        },
      ],
      matched: 1,
    };
    expect(collectAnnotations(s)).toEqual([
      {
        level: 'warning',
        message: `contracts pattern "services/tpyo/pacto.yaml" has no glob characters and matched nothing in ${dir} (node_modules and .git directories are never searched); check the path (it is relative to working-directory)`,
        props: { title: 'contracts pattern matched nothing' },
      },
    ]);
    s.contracts = [];
    s.discovery = { bundles: [], matched: 0 };
    const none = collectAnnotations(s).map((a) => a.message);
    expect(none[0]).toBe(
      `No contracts found for services/api, services/tpyo/pacto.yaml, services/*/x, !services/old in ${dir} (node_modules and .git directories are never searched)`,
    );
    expect(none.slice(1).map((m) => m.split(' has ')[0])).toEqual([
      'contracts pattern "services/api"',
      'contracts pattern "services/tpyo/pacto.yaml"',
    ]);
  });
});
