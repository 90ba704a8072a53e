/** Hand-built stage results for the commit tests, so they need no other stage. */
import { afterEach } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../../../src/adapters.js';
import { DEFAULTS, type Config } from '../../../src/inputs.js';
import type { ContractResult } from '../../../src/contracts/types.js';
import type { FileStatus, GenerationResult } from '../../../src/generate/types.js';
import type { CommitContext } from '../../../src/publish/git.js';
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
  const bundle = path.posix.dirname(file);
  return {
    file,
    bundle,
    absFile: path.join(work, file),
    absDir: path.join(work, bundle),
    profile: '1.0',
    service: path.posix.basename(bundle),
    version: '1.0.0',
    valid: true,
    errors: [],
    warnings: [],
    contractJson: null,
    referencedFiles: [],
  };
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
    jobs: [{ contract: CONTRACT, plugin: 'openapi', outputDir, status: 'ok', files: list, message: '', durationMs: 1, stderrTail: '' }],
    files: list,
    changed: list.some((f) => f.status !== 'unchanged'),
    drift: null,
    errors: [],
  };
}

export function config(work: string, over: Partial<Config> = {}): Config {
  const runnerTemp = path.join(work, '..', 'runner-temp');
  fs.mkdirSync(runnerTemp, { recursive: true });
  return {
    workspace: work,
    workingDirectory: work,
    contracts: ['**/pacto.yaml'],
    mode: 'generate',
    contractFormat: 'auto',
    ifNoContractsFound: 'error',
    failOn: 'error',
    unresolvedPolicyRefs: 'error',
    shard: null,
    reportFile: path.join(runnerTemp, 'pacto-report.json'),
    sarifFile: null,
    pullRequest: null,
    plugins: [],
    pluginDirs: [],
    token: 'token-input-must-not-be-used',
    outputDir: '{bundle}/{plugin}-output',
    clean: false,
    pluginTimeout: 300,
    concurrency: 1,
    failFast: false,
    commit: true,
    commitMessage: DEFAULTS['commit-message'],
    commitAuthor: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    branch: '',
    uploadArtifact: false,
    artifactName: 'pacto-generated',
    retentionDays: null,
    compressionLevel: 6,
    overwrite: false,
    comment: 'off',
    commentArtifact: 'pacto-report',
    runnerTemp,
    toolCache: path.join(runnerTemp, 'tool-cache'),
    debug: false,
    breaking: 'off',
    base: '',
    breakingLabel: 'pacto-breaking-ok',
    ...over,
  };
}

export interface Ctx extends CommitContext {
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
