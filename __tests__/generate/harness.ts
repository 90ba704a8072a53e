/** Shared pieces for generation tests: config, contracts from recorded requests, plugins, a simple outputs stage. */
import fs from 'node:fs';
import path from 'node:path';
import { buildConfig, buildContract, buildPlugin, buildPluginSpec } from '../builders.js';
import type { Config } from '../../src/inputs.js';
import type { ContractResult } from '../../src/contracts/types.js';
import type { PluginSpec, ResolvedPlugin } from '../../src/plugins/types.js';
import type { GenerationResult, Job, JobFailure, JobOutcome, JobOutput } from '../../src/generate/types.js';
import type { OutputsStage } from '../../src/generate/job.js';

export const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/requests');

/** The Config of a generation run under `root/work`: 30 s plugin timeout, two jobs at a time. */
export function testConfig(root: string, overrides: Partial<Config> = {}): Readonly<Config> {
  const workingDirectory = path.join(root, 'work');
  const runnerTemp = path.join(root, 'runner-temp');
  fs.mkdirSync(workingDirectory, { recursive: true });
  fs.mkdirSync(runnerTemp, { recursive: true });
  return buildConfig(workingDirectory, { 'plugin-timeout': '30', concurrency: '2' }, { runnerTemp, overrides });
}

/** The `contract` member of a recorded request, byte for byte. */
export function recordedContractJson(file: string): string {
  const text = fs.readFileSync(path.join(fixtures, file), 'utf8');
  const start = text.indexOf('"contract":') + '"contract":'.length;
  const end = text.lastIndexOf(',"bundleDir":');
  return text.slice(start, end);
}

/** A valid contract in `<workingDirectory>/<bundle>/pacto.yaml` whose model is `contractJson`. */
export function contract(config: Config, bundle: string, contractJson: string | null, valid = true): ContractResult {
  const absDir = path.join(config.workingDirectory, bundle);
  fs.mkdirSync(absDir, { recursive: true });
  fs.writeFileSync(path.join(absDir, 'pacto.yaml'), '# test\n');
  const model = contractJson
    ? (JSON.parse(contractJson) as { pactoVersion?: string; service?: { name?: string; version?: string } })
    : null;
  return buildContract(config.workingDirectory, bundle, {
    profile: model?.pactoVersion === '2.0' ? '2.0' : '1.0',
    service: model?.service?.name ?? null,
    version: model?.service?.version ?? null,
    errors: valid ? [] : [{ code: 'SCHEMA', path: 'service', message: 'broken', line: 1, column: 1 }],
    contractJson,
  });
}

export function simpleContract(config: Config, name: string, valid = true): ContractResult {
  return contract(
    config,
    `services/${name}`,
    `{"pactoVersion":"1.0","service":{"name":"${name}","version":"1.0.0"},"interfaces":null}`,
    valid,
  );
}

export function plugin(name: string, executable: string, spec: Partial<PluginSpec> = {}): ResolvedPlugin {
  const resolvedSpec = buildPluginSpec(name, { source: { kind: 'path', path: executable }, ...spec });
  return buildPlugin(name, { source: 'path', path: executable, sha256: '0'.repeat(64), spec: resolvedSpec });
}

export type Outcome = JobOutcome;

/** The outcome as a success, failing the test when it is not one. */
export function okOf(o: Outcome | undefined): JobOutput {
  if (o?.status !== 'ok') throw new Error(`expected an ok job, got ${JSON.stringify(o?.status)}`);
  return o;
}

/** The outcome as a failure, failing the test when it is not one. */
export function failureOf(o: Outcome | undefined): JobFailure {
  if (o?.status !== 'failed') throw new Error(`expected a failed job, got ${JSON.stringify(o?.status)}`);
  return o;
}

/**
 * A plain outputs stage for orchestration tests: staging under a temp root, returned files
 * written as they are, and applyOutputs recording what it was handed (the real stage is
 * exercised in generate.test.ts).
 */
export function fakeStage(root: string): OutputsStage & { applied: Outcome[]; staging: Map<number, string>; removed: string[] } {
  const applied: Outcome[] = [];
  const staging = new Map<number, string>();
  const removed: string[] = [];
  const stageRoot = path.join(root, 'stage');
  return {
    applied,
    staging,
    removed,
    createStaging: async (job: Job) => {
      fs.mkdirSync(stageRoot, { recursive: true });
      const dir = path.join(fs.mkdtempSync(path.join(stageRoot, `job-${job.index}-`)), 'out');
      fs.mkdirSync(dir);
      staging.set(job.index, dir);
      return dir;
    },
    collectJobFiles: async (dir: string, returned: { path: string; content: string }[]) => {
      for (const f of returned) {
        if (f.path === '' || f.path.split('/').includes('..')) return { error: `bad path ${JSON.stringify(f.path)}` };
        fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
        fs.writeFileSync(path.join(dir, f.path), f.content);
      }
      return { files: returned.map((f) => ({ path: f.path, direct: false })).sort((a, b) => (a.path < b.path ? -1 : 1)) };
    },
    removeStaging: async (dir: string) => {
      removed.push(dir);
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    },
    applyOutputs: async (results: Outcome[]): Promise<GenerationResult> => {
      applied.push(...results);
      return {
        jobs: results.map((r) => ({
          contract: r.job.contract.file,
          plugin: r.job.plugin.name,
          outputDir: r.job.outputDir,
          status: r.status,
          files: [],
          message: r.status === 'ok' ? r.message : '',
          durationMs: r.status === 'skipped' ? 0 : r.durationMs,
          stderrTail: r.status === 'skipped' ? '' : r.stderrTail,
        })),
        files: [],
        changed: false,
        drift: null,
        errors: [],
      };
    },
  };
}

/** Every runner command form a plugin could smuggle into our log. */
export function commandLines(messages: string[]): string[] {
  return messages.flatMap((m) => m.split(/\r\n|\r|\n/)).filter((line) => /^[\s\u0085\uFEFF]*::/.test(line) || line.includes('##['));
}
