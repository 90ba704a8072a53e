/**
 * Slots per plugin process (no fail-fast) against a slot per whole job (fail-fast, concurrency
 * 1): the same trees, the same report and the same log, whatever order jobs finish in.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { generate } from '../../src/generate/generate.js';
import type { GenerationResult } from '../../src/generate/types.js';
import type { Config } from '../../src/inputs.js';
import { tempDir, writeScript } from '../plugins/scripts.js';
import { plugin, simpleContract, testConfig } from './harness.js';

let root: string;
beforeEach(() => {
  root = tempDir('pacto-slots-');
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function tree(dir: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push([path.relative(dir, p), fs.readFileSync(p, 'latin1')]);
    }
  };
  walk(dir);
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The result without timings. */
function stable(r: GenerationResult): unknown {
  return { ...r, jobs: r.jobs.map((j) => ({ ...j, durationMs: 0 })) };
}

async function runIn(dir: string, overrides: Partial<Config>) {
  const config = testConfig(dir, overrides);
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  // Sleeps a pseudo-random while (so jobs finish out of order), writes into a shared directory
  // for one plugin (manifest chains) and a per-bundle one for the other.
  const script = (name: string) =>
    writeScript(
      bin,
      `pacto-plugin-${name}`,
      `#!/bin/sh
req=$(cat)
n=$(printf '%s' "$req" | cksum | cut -c1-2)
sleep "0.0$((n % 7))"
svc=$(printf '%s' "$req" | sed 's/.*"name":"\\([a-z0-9]*\\)".*/\\1/')
printf '{"files":[{"path":"%s-${name}.txt","content":"%s"}],"message":"m"}' "$svc" "$svc"
`,
    );
  const plugins = [plugin('one', script('one'), { output: 'shared' }), plugin('two', script('two'))];
  const contracts = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => simpleContract(config, n));
  const io = recordingIO();
  const result = await generate({ config, contracts, plugins, env: { PATH: process.env.PATH }, io });
  const log = io.calls.map((c) => c.message.replace(/\(\d+ ms\)/, '(n ms)'));
  return { result: stable(result), tree: tree(config.workingDirectory), log };
}

describe('plugin slots', () => {
  it('gives byte-identical trees, reports and logs to one job at a time', async () => {
    const slots = await runIn(path.join(root, 'slots'), { concurrency: 3, failFast: false });
    const serial = await runIn(path.join(root, 'serial'), { concurrency: 1, failFast: true });
    expect(slots.tree.length).toBeGreaterThan(12);
    expect(slots.tree).toEqual(serial.tree);
    expect(slots.result).toEqual(serial.result);
    // The header line names concurrency and fail-fast; every job line after it is the same.
    expect(slots.log.slice(1)).toEqual(serial.log.slice(1));
  });
});
