/**
 * Every action input, parsed once into a typed, frozen Config. Nothing else reads inputs.
 * All problems are collected and thrown together, so one run shows every bad input.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { ContractFormat } from './contracts/types.js';
import type { PluginSpec } from './plugins/types.js';
import { parsePluginSpecs } from './plugins/spec.js';
import { badBranchName } from './publish/git/event.js';
import { isInside } from './shared/paths.js';

export type Mode = 'validate' | 'generate' | 'check' | 'comment';

/** When the sticky pull-request comment is posted (see docs/pull-request-comments.md). */
export type CommentPolicy = 'off' | 'on-change' | 'always';

export interface Shard {
  index: number;
  total: number;
}

export interface Config {
  workspace: string;
  /** Absolute working directory. */
  workingDirectory: string;
  contracts: string[];
  mode: Mode;
  contractFormat: ContractFormat;
  ifNoContractsFound: 'error' | 'warn' | 'ignore';
  failOn: 'error' | 'warning' | 'never';
  unresolvedPolicyRefs: 'error' | 'warn';
  shard: Shard | null;
  /** Absolute path of the JSON report. */
  reportFile: string;
  /** Absolute path of the SARIF file, or null for none. */
  sarifFile: string | null;
  plugins: PluginSpec[];
  pluginDirs: string[];
  token: string;
  outputDir: string;
  clean: boolean;
  pluginTimeout: number;
  concurrency: number;
  failFast: boolean;
  /** True for `commit: true` and `commit: pull-request` (the generated commit is made either way). */
  commit: boolean;
  /** Set for `commit: pull-request`: the commit goes to `branch` and a pull request proposes it. */
  pullRequest: PullRequestConfig | null;
  commitMessage: string;
  commitAuthor: { name: string; email: string };
  branch: string;
  uploadArtifact: boolean;
  artifactName: string;
  retentionDays: number | null;
  compressionLevel: number;
  overwrite: boolean;
  comment: CommentPolicy;
  /** mode: comment: the artifact of the pull request's run that holds its JSON report. */
  commentArtifact: string;
  runnerTemp: string;
  toolCache: string;
  debug: boolean;
  /** The breaking-change gate: off, or the level of a break without a major version bump. */
  breaking: 'off' | 'warn' | 'error';
  /** The ref to compare against; '' means the event's (merge base, push's before). */
  base: string;
  /** Pull request label that accepts breaking changes. */
  breakingLabel: string;
}

export interface PullRequestConfig {
  /** The branch the generated commit is force-pushed to (never the base). */
  branch: string;
  labels: string[];
  draft: boolean;
}

export class InputError extends Error {
  constructor(
    readonly problems: string[],
    /** The report path, when report-file itself parsed: the report is still written there. */
    readonly reportFile: string | null,
  ) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'InputError';
  }
}

export type InputReader = (name: string) => string;

/** Reads `INPUT_<NAME>` the way @actions/core does (spaces to underscores, upper case, hyphens kept). */
export function envInputReader(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Defaults as in action.yml, for runs where the runner did not fill them in (the local runner, tests). */
export const DEFAULTS: Readonly<Record<string, string>> = Object.freeze({
  contracts: '**/pacto.yaml',
  'working-directory': '.',
  mode: 'generate',
  'contract-format': 'auto',
  'if-no-contracts-found': 'error',
  'fail-on': 'error',
  'unresolved-policy-refs': 'error',
  shard: '',
  'report-file': '',
  'sarif-file': '',
  plugins: '',
  'plugin-dirs': '',
  token: '',
  'output-dir': '{bundle}/{plugin}-output',
  clean: 'false',
  'plugin-timeout': '300',
  concurrency: '',
  'fail-fast': 'false',
  commit: 'false',
  'pr-branch': 'pacto/regenerate',
  'pr-labels': '',
  'pr-draft': 'false',
  'commit-message': 'chore(pacto): regenerate contract outputs',
  'commit-author': 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  branch: '',
  'upload-artifact': 'false',
  'artifact-name': 'pacto-generated',
  'retention-days': '',
  'compression-level': '6',
  overwrite: 'false',
  comment: 'off',
  'comment-artifact': 'pacto-report',
  breaking: 'off',
  base: '',
  'breaking-label': 'pacto-breaking-ok',
});

export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv): Readonly<Config> {
  const problems: string[] = [];
  const get = (name: string): string => {
    const v = read(name);
    return v === '' ? (DEFAULTS[name] ?? '') : v;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T => {
    const v = get(name);
    if ((allowed as readonly string[]).includes(v)) return v as T;
    problems.push(`${name}: "${v}" is not one of ${allowed.join(', ')}`);
    return allowed[0];
  };
  const bool = (name: string): boolean => {
    const v = get(name);
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    problems.push(`${name}: "${v}" is not a boolean (use true or false)`);
    return false;
  };
  const int = (name: string, min: number, max: number): number => {
    const v = get(name);
    if (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max) return Number(v);
    problems.push(`${name}: "${v}" is not a whole number from ${min} to ${max}`);
    return min;
  };

  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const runnerTemp = env.RUNNER_TEMP || os.tmpdir();
  const reportInput = read('report-file');
  const defaultReport = path.join(runnerTemp, 'pacto-report.json');

  const wdInput = get('working-directory');
  const workingDirectory = path.resolve(workspace, wdInput);
  let wdProblem: string | null = null;
  if (!insideWorkspace(workspace, workingDirectory)) {
    wdProblem = `working-directory: "${wdInput}" is outside the workspace ${workspace} (GITHUB_WORKSPACE)${isDirectory(workingDirectory) && !path.relative(workspace, workingDirectory).startsWith('..') ? ' once symbolic links are resolved' : ''}: annotations could not be mapped to the repository's files; give a directory inside the workspace`;
  } else if (!isDirectory(workingDirectory)) {
    wdProblem = `working-directory: "${wdInput}" does not exist as a directory under ${workspace}`;
  }

  // A relative report-file under a missing working directory would create that directory
  // (and a later run would find it): then the report goes to RUNNER_TEMP instead.
  let reportFile = defaultReport;
  if (reportInput && path.basename(reportInput).toLowerCase() === 'pacto.yaml') {
    // Pacto reads every pacto.yaml as a contract: the report must never replace one.
    problems.push(`report-file: "${reportInput}" is named pacto.yaml and could overwrite a contract; choose another name (for example pacto-report.json). This run's report went to ${defaultReport}`);
  } else if (reportInput && (path.isAbsolute(reportInput) || wdProblem === null)) {
    reportFile = path.resolve(workingDirectory, reportInput);
  } else if (reportInput) {
    reportFile = path.join(runnerTemp, path.basename(reportInput));
    wdProblem += `; so report-file "${reportInput}" went to RUNNER_TEMP instead (${reportFile}), not under the working directory`;
  }
  if (wdProblem !== null) problems.push(wdProblem);

  const sarifInput = read('sarif-file');
  let sarifFile: string | null = null;
  if (sarifInput !== '') {
    const abs = path.resolve(workingDirectory, sarifInput);
    if (path.basename(sarifInput).toLowerCase() === 'pacto.yaml') {
      problems.push(`sarif-file: "${sarifInput}" is named pacto.yaml and could overwrite a contract; choose another name (for example pacto.sarif)`);
    } else if (abs === reportFile) {
      problems.push(`sarif-file: "${sarifInput}" is the same file as the JSON report (${reportFile}); give each its own name (for example pacto.sarif)`);
    } else {
      sarifFile = abs;
    }
  }

  const contractsText = get('contracts');
  // Lines starting with # are comments (documented in action.yml).
  const contracts = contractsText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (contracts.length === 0 || contracts.every((p) => p.startsWith('!'))) {
    problems.push(
      `contracts: "${contractsText}" has ${contracts.length === 0 ? 'no pattern (blank lines and # comments only)' : 'only negations'}; give at least one pattern that is not a negation (default **/pacto.yaml)`,
    );
  }

  const mode = oneOf('mode', ['generate', 'validate', 'check', 'comment'] as const);
  const comment = oneOf('comment', ['off', 'on-change', 'always'] as const);
  const commentArtifact = get('comment-artifact');
  if (!/^[^\\/:*?"<>|\r\n]{1,200}$/.test(commentArtifact)) {
    problems.push(`comment-artifact: "${commentArtifact}" is not an artifact name (no / \\ : * ? " < > | or newlines)`);
  }
  const contractFormat = oneOf('contract-format', ['auto', '1.0', '2.0'] as const);
  const ifNoContractsFound = oneOf('if-no-contracts-found', ['error', 'warn', 'ignore'] as const);
  const failOn = oneOf('fail-on', ['error', 'warning', 'never'] as const);
  const unresolvedPolicyRefs = oneOf('unresolved-policy-refs', ['error', 'warn'] as const);

  let shard: Shard | null = null;
  const shardText = get('shard');
  if (shardText !== '') {
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(shardText);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2])) {
      shard = { index: Number(m[1]), total: Number(m[2]) };
    } else {
      problems.push(`shard: "${shardText}" is not i/n with 1 <= i <= n (for example 2/4)`);
    }
  }

  const pluginParse = parsePluginSpecs(read('plugins'));
  problems.push(...pluginParse.errors.map((e) => `plugins: ${e}`));
  const plugins = pluginParse.specs;

  const pluginDirs = get('plugin-dirs')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((d) => path.resolve(workingDirectory, d));

  const outputDir = get('output-dir');
  const templates = [outputDir, ...plugins.map((p) => p.output).filter((o): o is string => o !== null)];
  for (const t of templates) {
    const bad = /\{([^}]*)\}/g;
    for (let m = bad.exec(t); m; m = bad.exec(t)) {
      if (!['bundle', 'service', 'version', 'plugin'].includes(m[1])) {
        problems.push(`output-dir: "${t}" uses {${m[1]}}; allowed are {bundle}, {service}, {version}, {plugin}`);
      }
    }
    if (path.isAbsolute(t) || t.split(/[\\/]/).includes('..')) {
      problems.push(`output-dir: "${t}" must stay inside the working directory (relative, no ..)`);
    }
    if (shard && !t.includes('{bundle}') && !t.includes('{service}')) {
      problems.push(`output-dir: "${t}" must contain {bundle} or {service} when shard is set, or shards overwrite each other's manifests`);
    }
  }

  const pluginTimeout = int('plugin-timeout', 1, 86400);
  const concurrencyText = get('concurrency');
  const concurrency = concurrencyText === '' ? Math.max(1, os.availableParallelism()) : int('concurrency', 1, 256);

  const clean = bool('clean');
  const failFast = bool('fail-fast');
  const commitText = get('commit');
  const pullRequestMode = commitText === 'pull-request';
  let commit = pullRequestMode;
  if (!pullRequestMode) {
    if (['true', 'True', 'TRUE'].includes(commitText)) commit = true;
    else if (!['false', 'False', 'FALSE'].includes(commitText)) problems.push(`commit: "${commitText}" is not one of true, false, pull-request`);
  }
  const uploadArtifact = bool('upload-artifact');
  const overwrite = bool('overwrite');

  if (mode === 'comment' && (commit || uploadArtifact)) {
    problems.push('mode: comment only posts the pull request comment from a report artifact; it cannot commit or upload-artifact (set them to false)');
  }
  if (commit && mode !== 'generate' && mode !== 'comment') {
    problems.push(`commit: ${pullRequestMode ? 'pull-request' : 'true'} works only with mode: generate (mode is ${mode})`);
  }
  let pullRequest: PullRequestConfig | null = null;
  const prDraft = bool('pr-draft');
  const prBranch = get('pr-branch');
  const labels = get('pr-labels')
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (pullRequestMode) {
    const bad = badBranchName(prBranch);
    if (bad) problems.push(`pr-branch: "${prBranch}" ${bad}`);
    else if (prBranch === read('branch')) problems.push(`pr-branch: "${prBranch}" is the base branch (branch input); the pull request branch must be another branch`);
    const long = labels.find((l) => l.length > 50);
    if (long) problems.push(`pr-labels: "${long}" is longer than GitHub's 50 characters for a label name`);
    pullRequest = { branch: prBranch, labels: [...new Set(labels)], draft: prDraft };
  }
  if (mode === 'check' && plugins.length === 0) {
    problems.push('mode: check needs at least one plugin in plugins (there is nothing to compare otherwise)');
  }

  const authorText = get('commit-author');
  const am = /^\s*([^<>]+?)\s*<([^<>\s]+)>\s*$/.exec(authorText);
  if (!am) problems.push(`commit-author: "${authorText}" is not "Name <email>"`);
  const commitAuthor = am ? { name: am[1], email: am[2] } : { name: '', email: '' };

  const retentionText = get('retention-days');
  const retentionDays = retentionText === '' ? null : int('retention-days', 1, 90);
  const compressionLevel = int('compression-level', 0, 9);

  const breaking = oneOf('breaking', ['off', 'warn', 'error'] as const);
  const base = get('base');
  // Passed to git as a revision: an option, a range or a path would change what git does.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (base !== '' && (base.startsWith('-') || /[\s\x00-\x1f\x7f:]|\.\./.test(base))) {
    problems.push(`base: "${base}" is not a git ref or commit SHA (no leading "-", spaces, ":" or ".." ranges); give a branch, tag or SHA, for example origin/main`);
  }
  if (base !== '' && breaking === 'off') {
    problems.push(`base: "${base}" is set but breaking is off; set breaking to warn or error to compare against it`);
  }
  const breakingLabel = get('breaking-label');

  if (problems.length > 0) {
    throw new InputError(problems, reportFile);
  }

  return deepFreeze({
    workspace,
    workingDirectory,
    contracts,
    mode,
    contractFormat,
    ifNoContractsFound,
    failOn,
    unresolvedPolicyRefs,
    shard,
    reportFile,
    sarifFile,
    plugins,
    pluginDirs,
    token: read('token'),
    outputDir,
    clean,
    pluginTimeout,
    concurrency,
    failFast,
    commit,
    pullRequest,
    commitMessage: get('commit-message'),
    commitAuthor,
    branch: read('branch'),
    uploadArtifact,
    artifactName: get('artifact-name'),
    retentionDays,
    compressionLevel,
    overwrite,
    comment,
    commentArtifact,
    runnerTemp,
    toolCache: env.RUNNER_TOOL_CACHE || path.join(runnerTemp, 'tool-cache'),
    debug: env.RUNNER_DEBUG === '1',
    breaking,
    base,
    breakingLabel,
  });
}

/**
 * Inside once symlinks are resolved: the real directory decides, so a symlinked workspace path
 * is fine while a link from the workspace to elsewhere is not. A directory that does not exist
 * yet is judged by its text (it is then reported as missing).
 */
function insideWorkspace(workspace: string, dir: string): boolean {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return isInside(workspace, dir);
  }
  try {
    return isInside(fs.realpathSync(workspace), real);
  } catch {
    return isInside(workspace, real);
  }
}

/** Freezes every nested array and object, so no stage can change the parsed inputs. */
function deepFreeze<T>(value: T): Readonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
