/** The staging root: what goes in, under which path, and what is left out with a warning. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { freePath, removeStaging, stageArtifact, type StageInput } from '../../../src/publish/artifact/stage.js';
import { generation, outputFile, sandbox, type Sandbox } from './support.js';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const input = (over: Partial<StageInput>): StageInput => ({
  mode: 'generate',
  workingDirectory: sb.workspace,
  runnerTemp: sb.runnerTemp,
  generation: null,
  reportJson: '{}',
  ...over,
});

describe('freePath', () => {
  it.each([
    [[], 'pacto-report.json'],
    [['a/pacto-report.json'], 'pacto-report.json'],
    [['pacto-report.json'], '_pacto/pacto-report.json'],
    [['pacto-report.json/inner.txt'], '_pacto/pacto-report.json'],
    [['pacto-report.json', '_pacto'], '_pacto-2/pacto-report.json'],
    [['pacto-report.json', '_pacto/pacto-report.json'], '_pacto-2/pacto-report.json'],
  ])('with %j taken gives %s', (taken, expected) => {
    expect(freePath(taken, 'pacto-report.json')).toBe(expected);
  });
});

describe('stageArtifact', () => {
  it('copies files into a fresh root under runnerTemp, sorted, and removeStaging deletes it', async () => {
    sb.write('b/z.txt', 'z');
    sb.write('a.txt', 'a');
    const out = await stageArtifact(
      input({ generation: generation([outputFile('b/z.txt', 'created'), outputFile('a.txt', 'unchanged')]) }),
    );
    if (out.kind !== 'staged') throw new Error(`expected staged, got ${JSON.stringify(out)}`);
    const { staged } = out;
    expect(path.dirname(staged.root)).toBe(sb.runnerTemp);
    expect(path.basename(staged.root)).toMatch(/^pacto-artifact-/);
    expect(staged.paths).toEqual(['a.txt', 'b/z.txt', 'pacto-report.json']);
    expect(staged.files).toEqual(staged.paths.map((p) => path.join(staged.root, p)));
    expect(fs.readFileSync(path.join(staged.root, 'b/z.txt'), 'utf8')).toBe('z');
    expect(staged.reportPath).toBe('pacto-report.json');
    await removeStaging(staged);
    expect(fs.existsSync(staged.root)).toBe(false);
    expect(fs.readFileSync(path.join(sb.workspace, 'b/z.txt'), 'utf8')).toBe('z');
  });

  it('leaves out, with a warning, files that escape the working directory or are missing or not regular', async () => {
    sb.write('ok.txt', 'ok');
    fs.writeFileSync(path.join(sb.dir, 'outside.txt'), 'secret');
    fs.symlinkSync(path.join(sb.dir, 'outside.txt'), path.join(sb.workspace, 'link.txt'));
    const gen = generation([
      outputFile('ok.txt', 'created'),
      outputFile('ok.txt', 'created'),
      outputFile('../outside.txt', 'created'),
      outputFile('missing.txt', 'updated'),
      outputFile('link.txt', 'created'),
    ]);
    const out = await stageArtifact(input({ generation: gen }));
    if (out.kind !== 'staged') throw new Error('expected staged');
    expect(out.staged.paths).toEqual(['ok.txt', 'pacto-report.json']);
    expect(out.staged.warnings).toEqual([
      'Left out of the artifact: "../outside.txt" is not a relative path inside the working directory.',
      'Left out of the artifact: missing.txt is not a regular file on disk.',
      'Left out of the artifact: link.txt is not a regular file on disk.',
    ]);
    await removeStaging(out.staged);
  });

  it('in check mode skips symbolic links in the expected tree and puts the patch beside a clashing file', async () => {
    const expectedRoot = path.join(sb.dir, 'expected');
    fs.mkdirSync(expectedRoot);
    fs.writeFileSync(path.join(expectedRoot, 'pacto-drift.patch'), 'a generated file with that name');
    fs.symlinkSync('/etc/hostname', path.join(expectedRoot, 'link'));
    const patchFile = path.join(sb.dir, 'real.patch');
    fs.writeFileSync(patchFile, 'diff');
    const out = await stageArtifact(
      input({ mode: 'check', generation: generation([], { entries: [], patchFile, expectedRoot, hints: [] }) }),
    );
    if (out.kind !== 'staged') throw new Error('expected staged');
    expect(out.staged.paths).toEqual(['_pacto/pacto-drift.patch', 'pacto-drift.patch']);
    expect(out.staged.patchPath).toBe('_pacto/pacto-drift.patch');
    expect(fs.readFileSync(path.join(out.staged.root, '_pacto/pacto-drift.patch'), 'utf8')).toBe('diff');
    expect(out.staged.warnings).toEqual(['Left out of the artifact: link in the expected tree is not a regular file.']);
    await removeStaging(out.staged);
  });

  it('uploads the expected tree alone when there is no drift patch', async () => {
    const expectedRoot = path.join(sb.dir, 'expected');
    fs.mkdirSync(path.join(expectedRoot, 'd'), { recursive: true });
    fs.writeFileSync(path.join(expectedRoot, 'd/x'), 'x');
    const out = await stageArtifact(
      input({ mode: 'check', generation: generation([], { entries: [], patchFile: null, expectedRoot, hints: [] }) }),
    );
    if (out.kind !== 'staged') throw new Error('expected staged');
    expect(out.staged.paths).toEqual(['d/x']);
    expect(out.staged.patchPath).toBeNull();
    await removeStaging(out.staged);
  });

  it('creates nothing under runnerTemp when there is nothing to stage', async () => {
    const out = await stageArtifact(input({ generation: generation([outputFile('x', 'deleted')]) }));
    expect(out.kind).toBe('empty');
    expect(fs.readdirSync(sb.runnerTemp)).toEqual([]);
  });
});
