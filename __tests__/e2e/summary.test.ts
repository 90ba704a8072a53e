/**
 * End to end: the job summary and log a reader sees, through the built action on a copy of
 * examples/ with the example plugins: a check that could not compare an invalid contract, a
 * drift, a misspelt plugin and invalid inputs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { REPO_ROOT, spawnAction, type SpawnResult } from '../helpers/runner.js';

let dist: string;
let root: string;
const runs: SpawnResult[] = [];

/** A fresh copy of examples/ (each run may rewrite it). */
function workspace(name: string): string {
  const ws = path.join(root, name);
  fs.cpSync(path.join(REPO_ROOT, 'examples'), path.join(ws, 'examples'), { recursive: true });
  return ws;
}

async function run(ws: string, inputs: Record<string, string>): Promise<SpawnResult> {
  const r = await spawnAction({
    dist,
    workspace: ws,
    inputs: { 'working-directory': 'examples', 'plugin-dirs': 'plugins', ...inputs },
    timeoutMs: 120_000,
  });
  runs.push(r);
  return r;
}

const count = (text: string, needle: string): number => text.split(needle).length - 1;

beforeAll(async () => {
  dist = await builtAction();
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-e2e-summary-')));
}, 360_000);

afterAll(() => {
  for (const r of runs) r.cleanup();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('the job summary through the built action', () => {
  it('check with an invalid contract: names it as not compared, claims no ✅, and names no runner path', async () => {
    const r = await run(workspace('invalid'), {
      contracts: 'services/orders-*\nbroken',
      plugins: '- readme\n- k8s',
      mode: 'check',
      'fail-on': 'never',
    });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(/^## ⚠️ Pacto contracts/);
    expect(r.summary).not.toContain('✅ The committed outputs are exactly what the plugins generate now.');
    expect(r.summary).toContain('⚠️ 1 contract was not compared: no outputs were generated to compare with the committed ones.');
    expect(r.summary).toContain(
      '- <code>broken/pacto.yaml</code>: the contract is invalid (<code>readme</code>, <code>k8s</code> not compared)',
    );
    expect(r.summary).toContain('The outputs of the other 2 contracts are exactly what the plugins generate now.');
    expect(r.summary).not.toContain(r.runnerTemp);
    expect(r.summary).toContain(
      "The JSON report with every detail stays on the runner: upload the file the step's <code>report</code> output names",
    );
  });

  it('drift: counts files as the log does, and says how to get the patch instead of a runner path', async () => {
    const ws = workspace('drift');
    const readme = path.join(ws, 'examples/services/orders-api/readme-output/README.md');
    fs.appendFileSync(readme, '\nAn edit by hand.\n');
    const r = await run(ws, { contracts: 'services/orders-api', plugins: '- readme', mode: 'check' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('ran, 1 file for services/orders-api/readme-output');
    expect(r.summary).toContain('| ✅\u00a0ok | 1\u00a0changed |');
    expect(r.summary).toContain(
      'The patch that brings the tree up to date stays on the runner: set <code>upload-artifact: true</code> to get it in an artifact.',
    );
    expect(r.summary).toContain('```sh\ngit apply pacto-drift.patch\n```');
    expect(r.summary).not.toContain(r.runnerTemp);
    // One diff: shown open.
    expect(r.summary).toContain('<details open><summary>changed: <code>services/orders-api/readme-output/README.md</code>');
  });

  it('a misspelt plugin: did you mean, PATH once in the log and once in the summary, before the notices', async () => {
    const ws = workspace('k8');
    const r = await run(ws, { contracts: 'services/orders-*', plugins: '- readme\n- k8', mode: 'generate' });
    expect(r.exitCode).toBe(1);
    const k8s = path.join(ws, 'examples/plugins/pacto-plugin-k8s');
    expect(r.summary).toContain(`pacto-plugin-k8 was not found. Did you mean k8s \\(${k8s}\\)?<br>Looked in, in order: PATH`);
    // The list of places (the whole PATH) once in each; the log's plugin group only points to the error.
    expect(count(r.summary, 'Looked in, in order: PATH \\(')).toBe(1);
    expect(count(r.stdout, 'Looked in, in order: PATH (')).toBe(1);
    expect(r.stdout).toContain(
      'plugin "k8" (located on PATH or in a plugin directory) was not resolved: the error annotation below says why.',
    );
    expect(r.summary.indexOf('### Plugins that could not be resolved')).toBeLessThan(r.summary.indexOf('<b>Contracts</b>'));
    const error = r.annotations.find((a) => a.title === 'plugin k8');
    expect(error?.message.split('\n')[0]).toBe(
      `located on PATH or in a plugin directory: pacto-plugin-k8 was not found. Did you mean k8s (${k8s})?`,
    );
  });

  it('invalid inputs: no counts of a discovery that never ran, each problem once', async () => {
    const r = await run(workspace('inputs'), { contracts: 'services/*', mode: 'regenerate', 'fail-on': 'sometimes' });
    expect(r.exitCode).toBe(1);
    expect(r.summary).not.toMatch(/0 contracts|0 valid|0 invalid/);
    expect(r.summary).toContain("Nothing was run: the step's inputs are invalid.");
    expect(r.summary).toContain('- <code>mode</code>: &quot;regenerate&quot; is not one of generate, validate, check');
    expect(count(r.summary, 'regenerate')).toBe(1);
  });
});
