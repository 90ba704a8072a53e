import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { expandOutputTemplate, planJobs } from '../../src/generate/plan.js';
import { OrderedLog, runPool } from '../../src/generate/schedule.js';
import { tempDir } from '../plugins/scripts.js';
import { contract, plugin, simpleContract, testConfig } from './harness.js';
import type { Config } from '../../src/inputs.js';

let root: string;
let config: Config;
beforeAll(() => {
  root = tempDir('pacto-plan-');
  config = testConfig(root);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('expandOutputTemplate', () => {
  const values = { bundle: 'services/orders', service: 'orders-api', version: '3.2.0', plugin: 'k8s' };
  it('fills every placeholder and normalises the path', () => {
    expect(expandOutputTemplate('{bundle}/{plugin}-output', values)).toBe('services/orders/k8s-output');
    expect(expandOutputTemplate('deploy/{service}/{version}/', values)).toBe('deploy/orders-api/3.2.0');
    expect(expandOutputTemplate('{bundle}/{plugin}-output', { ...values, bundle: '.' })).toBe('k8s-output');
    expect(expandOutputTemplate('./gen//{plugin}', values)).toBe('gen/k8s');
    expect(expandOutputTemplate('.', values)).toBe('.');
  });
});

describe('planJobs', () => {
  it('plans a feeding plugin into its bundle by default, on contracts that parse, and refuses an output outside the bundle', () => {
    const a = simpleContract(config, 'fa');
    const parsedInvalid = simpleContract(config, 'fb', false);
    const unparsed = contract(config, 'services/fc', null, false);
    const infer = plugin('openapi-infer', '/bin/true', { feedsContract: true });
    const away = plugin('schema-infer', '/bin/true', { feedsContract: true, output: 'schemas/{service}' });
    const inner = plugin('inner', '/bin/true', { feedsContract: true, output: '{bundle}/schemas' });
    const jobs = planJobs([a, parsedInvalid, unparsed], [infer, away, inner], {
      workingDirectory: config.workingDirectory,
      outputDir: config.outputDir,
      parsedSuffices: true,
    });
    expect(jobs.map((j) => [j.job.contract.bundle, j.job.plugin.name, j.job.outputDir, j.skip, j.error])).toEqual([
      ['services/fa', 'openapi-infer', 'services/fa', null, false],
      [
        'services/fa',
        'schema-infer',
        'schemas/fa',
        expect.stringMatching(/is outside the bundle services\/fa: a plugin with feeds-contract: true writes into its own bundle/),
        true,
      ],
      ['services/fa', 'inner', 'services/fa/schemas', null, false],
      ['services/fb', 'openapi-infer', 'services/fb', null, false],
      ['services/fb', 'schema-infer', 'schemas/fb', expect.stringMatching(/outside the bundle/), true],
      ['services/fb', 'inner', 'services/fb/schemas', null, false],
      ['services/fc', 'openapi-infer', 'services/fc', 'the contract does not parse', false],
      ['services/fc', 'schema-infer', 'schemas', 'the contract does not parse', false],
      ['services/fc', 'inner', 'services/fc/schemas', 'the contract does not parse', false],
    ]);
  });

  it('makes contract × plugin jobs in contract order then plugin order, with output directories', () => {
    const a = simpleContract(config, 'a');
    const bad = simpleContract(config, 'bad', false);
    const b = contract(config, 'b', '{"pactoVersion":"2.0","service":{"name":"bee","version":"2.0.0","owner":{}}}');
    const k8s = plugin('k8s', '/bin/true');
    const readme = plugin('readme', '/bin/true', { output: 'docs/{service}-{version}' });
    const jobs = planJobs([a, bad, b], [k8s, readme], { workingDirectory: config.workingDirectory, outputDir: config.outputDir });
    expect(jobs.map((j) => [j.job.index, j.job.contract.bundle, j.job.plugin.name, j.job.outputDir, j.skip])).toEqual([
      [0, 'services/a', 'k8s', 'services/a/k8s-output', null],
      [1, 'services/a', 'readme', 'docs/a-1.0.0', null],
      [2, 'services/bad', 'k8s', 'services/bad/k8s-output', 'the contract is invalid'],
      [3, 'services/bad', 'readme', 'docs/bad-1.0.0', 'the contract is invalid'],
      [4, 'b', 'k8s', 'b/k8s-output', null],
      [5, 'b', 'readme', 'docs/bee-2.0.0', null],
    ]);
    expect(jobs[5].job.absOutputDir).toBe(path.join(config.workingDirectory, 'docs/bee-2.0.0'));
  });
});

describe('planJobs with an unencodable contract', () => {
  it('fails (not skips) the jobs of a valid contract that has no request encoding, as Pacto does', () => {
    const odd = {
      ...simpleContract(config, 'odd'),
      contractJson: null,
      requestError: 'failed to marshal plugin input: json: unsupported type: map[interface {}]interface {}',
    };
    const jobs = planJobs([odd], [plugin('k8s', '/bin/true')], { workingDirectory: config.workingDirectory, outputDir: config.outputDir });
    expect(jobs.map((j) => [j.skip, j.error])).toEqual([
      ['failed to marshal plugin input: json: unsupported type: map[interface {}]interface {}', true],
    ]);
  });
});

describe('runPool', () => {
  /** Items the test finishes by hand, in the order it chooses: no timers decide anything. */
  function controlled(count: number) {
    const finish: ((value: number) => void)[] = [];
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    let onStart: (() => void) | null = null;
    /** Set once the test expects nothing more to start: a late start then ends at once instead of hanging. */
    const late = { finishAtOnce: false };
    const run = (_item: number, i: number): Promise<number> => {
      running++;
      peak = Math.max(peak, running);
      started.push(i);
      onStart?.();
      if (late.finishAtOnce) {
        running--;
        return Promise.resolve(i * 10);
      }
      return new Promise<number>((resolve) => {
        finish[i] = (value) => {
          running--;
          resolve(value);
        };
      });
    };
    /** Resolves once `n` items have started (the pool starts the next one a few microtasks after a finish). */
    const startedCount = (n: number): Promise<void> =>
      new Promise((resolve) => {
        const check = (): void => {
          if (started.length >= n) {
            onStart = null;
            resolve();
          }
        };
        onStart = check;
        check();
      });
    return { items: Array.from({ length: count }, (_, i) => i), run, finish, started, startedCount, late, peak: () => peak };
  }

  it('keeps results in item order, bounds concurrency and stops scheduling on request', async () => {
    const c = controlled(6);
    let stop = false;
    const done: number[] = [];
    const pool = runPool(c.items, { concurrency: 2, shouldStop: () => stop, run: c.run, onDone: (_r, i) => done.push(i) });

    await c.startedCount(2);
    expect(c.started).toEqual([0, 1]);
    c.finish[1](10);
    await c.startedCount(3);
    expect(c.started).toEqual([0, 1, 2]);
    // Items 0 and 2 are running; from now on nothing new may start.
    stop = true;
    c.late.finishAtOnce = true;
    c.finish[2](20);
    c.finish[0](0);
    const results = await pool;

    expect(c.peak()).toBe(2);
    expect(c.started).toEqual([0, 1, 2]);
    expect(done).toEqual([1, 2, 0]);
    expect(results).toEqual([0, 10, 20, undefined, undefined, undefined]);
  });

  it('runs every item when never asked to stop, never more than the concurrency at once', async () => {
    const c = controlled(5);
    const pool = runPool(c.items, { concurrency: 3, run: c.run });
    for (let n = 3; n <= 5; n++) {
      await c.startedCount(n);
      expect(c.started.length).toBe(n);
      c.finish[n - 3]((n - 3) * 10);
    }
    c.finish[3](30);
    c.finish[4](40);
    expect(await pool).toEqual([0, 10, 20, 30, 40]);
    expect(c.peak()).toBe(3);
  });
});

describe('OrderedLog', () => {
  it('prints entries in index order as soon as their predecessors are in', () => {
    const printed: number[] = [];
    const log = new OrderedLog<string>(4, (_e, i) => printed.push(i));
    log.add(2, 'c');
    log.add(1, 'b');
    expect(printed).toEqual([]);
    log.add(0, 'a');
    expect(printed).toEqual([0, 1, 2]);
    log.flush();
    expect(printed).toEqual([0, 1, 2]);
  });
});
