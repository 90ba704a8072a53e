/** Hand-built stage results for the commit tests, so they need no other stage. */
import { afterEach } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../../helpers/recording-io.js';
import type { Config } from '../../../src/inputs.js';
import type { ContractResult } from '../../../src/contracts/types.js';
import type { FileStatus, GenerationResult } from '../../../src/generate/types.js';
import type { CommitContext } from '../../../src/publish/git.js';
import { buildConfig, buildContract, buildJobReport } from '../../builders.js';
import { createGitSandbox, type GitSandbox } from '../../helpers/git-repo.js';

export const CONTRACT = 'services/api/pacto.yaml';
export const OUT_DIR = 'services/api/openapi-output';
export const OUT = `${OUT_DIR}/openapi.yaml`;
export const MANIFEST = `${OUT_DIR}/.pacto-manifest.json`;

export const SEED: Record<string, string> = {
  'README.md': '# demo\n',
  [CONTRACT]: 'pactoVersion: "1.0"\nservice:\n  name: api\n  version: 1.0.0\n',
  [OUT]: 'openapi: 3.1.0\ninfo: {title: api, version: 1.0.0}\n',
  [MANIFEST]: '{"files":["openapi.yaml"]}\n',
  'services/web/pacto.yaml': 'pactoVersion: "1.0"\nservice:\n  name: web\n  version: 1.0.0\n',
};

/** The new content of OUT that most tests "generate". */
export const GENERATED = 'openapi: 3.1.0\ninfo: {title: api, version: 1.1.0}\n';

let live: GitSandbox[] = [];
afterEach(() => {
  for (const s of live) s.cleanup();
  live = [];
});

/** A sandbox seeded with SEED (plus `extra`), removed after the test. */
export function sandbox(extra: Record<string, string> = {}): GitSandbox {
  const s = createGitSandbox({ ...SEED, ...extra });
  live.push(s);
  return s;
}

/** What a run that updated OUT leaves: the file rewritten, its generation result. */
export function updateOutput(s: GitSandbox, work: string): GenerationResult {
  s.write(work, { [OUT]: GENERATED });
  return generation({ [OUT]: 'updated', [MANIFEST]: 'unchanged' });
}

export function contract(work: string, file = CONTRACT): ContractResult {
  return buildContract(work, path.posix.dirname(file), { file, contractJson: null });
}

/** A generation result listing `files` with their statuses; the caller writes the files. */
export function generation(files: Record<string, FileStatus>, outputDir = OUT_DIR): GenerationResult {
  const list = Object.entries(files).map(([p, status]) => ({
    path: p,
    plugin: 'openapi',
    contract: CONTRACT,
    status,
    sha256: null,
    direct: false,
  }));
  return {
    jobs: [buildJobReport(CONTRACT, 'openapi', { outputDir, files: list, message: '', durationMs: 1 })],
    files: list,
    changed: list.some((f) => f.status !== 'unchanged'),
    drift: null,
    errors: [],
  };
}

/** The Config of a commit run in `work`: commit: true, one job at a time, a token the commit must not use. */
export function config(work: string, over: Partial<Config> = {}): Readonly<Config> {
  const runnerTemp = path.join(work, '..', 'runner-temp');
  fs.mkdirSync(runnerTemp, { recursive: true });
  const inputs = { commit: 'true', concurrency: '1', token: 'token-input-must-not-be-used' };
  return buildConfig(work, inputs, { runnerTemp, overrides: over });
}

export interface Ctx extends CommitContext {
  /** The whole Config (commitAndPush reads a few fields): tests check the token it must not use. */
  config: Readonly<Config>;
  io: ReturnType<typeof recordingIO>;
  sleeps: number[];
}

/** A push event on `branch` unless env overrides it. */
export function context(
  sb: GitSandbox,
  work: string,
  gen: GenerationResult,
  opts: { env?: NodeJS.ProcessEnv; config?: Partial<Config>; contracts?: ContractResult[]; runOk?: boolean } = {},
): Ctx {
  const sleeps: number[] = [];
  return {
    config: config(work, opts.config),
    contracts: opts.contracts ?? [contract(work), contract(work, 'services/web/pacto.yaml')],
    generation: gen,
    runOk: opts.runOk ?? true,
    env: {
      ...sb.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_REPOSITORY: 'acme/demo',
      GITHUB_WORKSPACE: work,
      ...opts.env,
    },
    io: recordingIO(),
    sleep: async (ms: number) => void sleeps.push(ms),
    random: () => 0.25,
    sleeps,
  };
}
