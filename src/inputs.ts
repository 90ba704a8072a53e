/**
 * Every action input, parsed once into a typed, frozen Config. Nothing else reads inputs.
 * All problems are collected and thrown together, so one run shows every bad input.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { PluginSpec } from './plugins/types.js';
import type { Config, Mode, PullRequestConfig, Shard } from './config.js';
import { parsePluginSpecs } from './plugins/spec.js';
import { badBranchName } from './publish/git/event.js';
import { isInside } from './shared/paths.js';
import {
  artifactNameProblem,
  baseRefProblem,
  contractsProblem,
  deepFreeze,
  parseAuthor,
  parseCommit,
  parseSarifFile,
  parseShard,
  splitLabels,
  splitLines,
  templateProblems,
} from './input-values.js';

export type { CommentPolicy, Config, Mode, PullRequestConfig, Shard } from './config.js';

export class InputError extends Error {
  constructor(
    readonly problems: string[],
    /** The report path, when report-file itself parsed: the report is still written there. */
    readonly reportFile: string | null,
  ) {
    super(problems.length === 1 ? `Invalid input: ${problems[0]}` : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
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

/** Reads inputs (a blank one takes its default) and collects each problem in the order found. */
class Inputs {
  readonly problems: string[] = [];
  constructor(readonly read: InputReader) {}

  problem(message: string | null): void {
    if (message !== null) this.problems.push(message);
  }

  get(name: string): string {
    const v = this.read(name);
    return v === '' ? (DEFAULTS[name] ?? '') : v;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const v = this.get(name);
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.problems.push(`${name}: "${v}" is not one of ${allowed.join(', ')}`);
    return allowed[0];
  }

  bool(name: string): boolean {
    const v = this.get(name);
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    this.problems.push(`${name}: "${v}" is not a boolean (use true or false)`);
    return false;
  }

  int(name: string, min: number, max: number): number {
    const v = this.get(name);
    if (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max) return Number(v);
    this.problems.push(`${name}: "${v}" is not a whole number from ${min} to ${max}`);
    return min;
  }
}

export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv): Readonly<Config> {
  const r = new Inputs(read);
  const where = locationInputs(r, env);
  const contracts = contractsInput(r);
  const run = modeInputs(r);
  const shardParse = parseShard(r.get('shard'));
  r.problem(shardParse.problem);
  const shard = shardParse.shard;
  const { plugins, pluginDirs } = pluginInputs(r, where.workingDirectory);
  const out = outputInputs(r, plugins, shard);
  const { pullRequestMode, ...publish } = publishInputs(r);
  publishModeChecks(r, run.mode, { ...publish, pullRequestMode });
  const pullRequest = pullRequestInputs(r, pullRequestMode);
  checkModeChecks(r, run.mode, plugins);
  const commitAuthor = commitAuthorInput(r);
  const artifact = artifactInputs(r);
  const gate = gateInputs(r);

  if (r.problems.length > 0) {
    throw new InputError(r.problems, where.reportFile);
  }

  return deepFreeze({
    ...where,
    contracts,
    ...run,
    shard,
    plugins,
    pluginDirs,
    token: read('token'),
    ...out,
    ...publish,
    pullRequest,
    commitMessage: r.get('commit-message'),
    commitAuthor,
    branch: read('branch'),
    artifactName: r.get('artifact-name'),
    ...artifact,
    toolCache: env.RUNNER_TOOL_CACHE || path.join(where.runnerTemp, 'tool-cache'),
    debug: env.RUNNER_DEBUG === '1',
    ...gate,
  });
}

type Location = Pick<Config, 'workspace' | 'runnerTemp' | 'workingDirectory' | 'reportFile' | 'sarifFile'>;

/** Where the run works and where its report and SARIF file go. */
function locationInputs(r: Inputs, env: NodeJS.ProcessEnv): Location {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const runnerTemp = env.RUNNER_TEMP || os.tmpdir();
  const reportInput = r.read('report-file');
  const wdInput = r.get('working-directory');
  const workingDirectory = path.resolve(workspace, wdInput);
  const wdProblem = workingDirectoryProblem(workspace, wdInput, workingDirectory);
  const reportFile = reportFileInput(r, reportInput, { runnerTemp, workingDirectory, wdProblem });
  const sarifFile = sarifFileInput(r, workingDirectory, reportFile);
  return { workspace, runnerTemp, workingDirectory, reportFile, sarifFile };
}

function workingDirectoryProblem(workspace: string, wdInput: string, workingDirectory: string): string | null {
  if (!insideWorkspace(workspace, workingDirectory)) {
    return `working-directory: "${wdInput}" is outside the workspace ${workspace} (GITHUB_WORKSPACE)${isDirectory(workingDirectory) && !path.relative(workspace, workingDirectory).startsWith('..') ? ' once symbolic links are resolved' : ''}: annotations could not be mapped to the repository's files; give a directory inside the workspace`;
  } else if (!isDirectory(workingDirectory)) {
    return `working-directory: "${wdInput}" does not exist as a directory under ${workspace}`;
  }
  return null;
}

/** Reports its own problem and then the working directory's (which may say where the report went). */
function reportFileInput(
  r: Inputs,
  reportInput: string,
  at: { runnerTemp: string; workingDirectory: string; wdProblem: string | null },
): string {
  const defaultReport = path.join(at.runnerTemp, 'pacto-report.json');
  let wdProblem = at.wdProblem;
  // A relative report-file under a missing working directory would create that directory
  // (and a later run would find it): then the report goes to RUNNER_TEMP instead.
  let reportFile = defaultReport;
  if (reportInput && path.basename(reportInput).toLowerCase() === 'pacto.yaml') {
    // Pacto reads every pacto.yaml as a contract: the report must never replace one.
    r.problem(
      `report-file: "${reportInput}" is named pacto.yaml and could overwrite a contract; choose another name (for example pacto-report.json). This run's report went to ${defaultReport}`,
    );
  } else if (reportInput && (path.isAbsolute(reportInput) || wdProblem === null)) {
    reportFile = path.resolve(at.workingDirectory, reportInput);
  } else if (reportInput) {
    reportFile = path.join(at.runnerTemp, path.basename(reportInput));
    wdProblem += `; so report-file "${reportInput}" went to RUNNER_TEMP instead (${reportFile}), not under the working directory`;
  }
  r.problem(wdProblem);
  return reportFile;
}

function sarifFileInput(r: Inputs, workingDirectory: string, reportFile: string): string | null {
  const sarif = parseSarifFile(r.read('sarif-file'), workingDirectory, reportFile);
  r.problem(sarif.problem);
  return sarif.file;
}

function contractsInput(r: Inputs): string[] {
  const contractsText = r.get('contracts');
  // Lines starting with # are comments (documented in action.yml).
  const contracts = splitLines(contractsText, true);
  r.problem(contractsProblem(contractsText, contracts));
  return contracts;
}

type ModeInputs = Pick<
  Config,
  'mode' | 'comment' | 'commentArtifact' | 'contractFormat' | 'ifNoContractsFound' | 'failOn' | 'unresolvedPolicyRefs'
>;

/** What the run does, and how it judges contracts. */
function modeInputs(r: Inputs): ModeInputs {
  const mode = r.oneOf('mode', ['generate', 'validate', 'check', 'comment'] as const);
  const comment = r.oneOf('comment', ['off', 'on-change', 'always'] as const);
  const commentArtifact = r.get('comment-artifact');
  r.problem(artifactNameProblem('comment-artifact', commentArtifact));
  const contractFormat = r.oneOf('contract-format', ['auto', '1.0', '2.0'] as const);
  const ifNoContractsFound = r.oneOf('if-no-contracts-found', ['error', 'warn', 'ignore'] as const);
  const failOn = r.oneOf('fail-on', ['error', 'warning', 'never'] as const);
  const unresolvedPolicyRefs = r.oneOf('unresolved-policy-refs', ['error', 'warn'] as const);
  return { mode, comment, commentArtifact, contractFormat, ifNoContractsFound, failOn, unresolvedPolicyRefs };
}

function pluginInputs(r: Inputs, workingDirectory: string): Pick<Config, 'plugins' | 'pluginDirs'> {
  const pluginParse = parsePluginSpecs(r.read('plugins'));
  r.problems.push(...pluginParse.errors.map((e) => `plugins: ${e}`));
  const pluginDirs = splitLines(r.get('plugin-dirs'), false).map((d) => path.resolve(workingDirectory, d));
  return { plugins: pluginParse.specs, pluginDirs };
}

type OutputInputs = Pick<Config, 'outputDir' | 'pluginTimeout' | 'concurrency' | 'clean' | 'failFast'>;

/** Where outputs go and how the plugins run. */
function outputInputs(r: Inputs, plugins: PluginSpec[], shard: Shard | null): OutputInputs {
  const outputDir = r.get('output-dir');
  const templates = [outputDir, ...plugins.map((p) => p.output).filter((o): o is string => o !== null)];
  r.problems.push(...templateProblems(templates, shard));
  const pluginTimeout = r.int('plugin-timeout', 1, 86400);
  const concurrencyText = r.get('concurrency');
  const concurrency = concurrencyText === '' ? Math.max(1, os.availableParallelism()) : r.int('concurrency', 1, 256);
  const clean = r.bool('clean');
  const failFast = r.bool('fail-fast');
  return { outputDir, pluginTimeout, concurrency, clean, failFast };
}

interface PublishInputs extends Pick<Config, 'commit' | 'uploadArtifact' | 'overwrite'> {
  pullRequestMode: boolean;
}

function publishInputs(r: Inputs): PublishInputs {
  const { commit, pullRequestMode, problem } = parseCommit(r.get('commit'));
  r.problem(problem);
  const uploadArtifact = r.bool('upload-artifact');
  const overwrite = r.bool('overwrite');
  return { commit, pullRequestMode, uploadArtifact, overwrite };
}

/** Publishing happens only where the mode produces something to publish. */
function publishModeChecks(r: Inputs, mode: Mode, publish: PublishInputs): void {
  if (mode === 'comment' && (publish.commit || publish.uploadArtifact)) {
    r.problem(
      'mode: comment only posts the pull request comment from a report artifact; it cannot commit or upload-artifact (set them to false)',
    );
  }
  if (publish.commit && mode !== 'generate' && mode !== 'comment') {
    r.problem(`commit: ${publish.pullRequestMode ? 'pull-request' : 'true'} works only with mode: generate (mode is ${mode})`);
  }
}

/** The pr-* inputs: read always, checked only for `commit: pull-request`. */
function pullRequestInputs(r: Inputs, pullRequestMode: boolean): PullRequestConfig | null {
  const prDraft = r.bool('pr-draft');
  const prBranch = r.get('pr-branch');
  const labels = splitLabels(r.get('pr-labels'));
  if (!pullRequestMode) return null;
  const bad = badBranchName(prBranch);
  if (bad) r.problem(`pr-branch: "${prBranch}" ${bad}`);
  else if (prBranch === r.read('branch'))
    r.problem(`pr-branch: "${prBranch}" is the base branch (branch input); the pull request branch must be another branch`);
  const long = labels.find((l) => l.length > 50);
  if (long) r.problem(`pr-labels: "${long}" is longer than GitHub's 50 characters for a label name`);
  return { branch: prBranch, labels: [...new Set(labels)], draft: prDraft };
}

function checkModeChecks(r: Inputs, mode: Mode, plugins: PluginSpec[]): void {
  if (mode === 'check' && plugins.length === 0) {
    r.problem('mode: check needs at least one plugin in plugins (there is nothing to compare otherwise)');
  }
}

function commitAuthorInput(r: Inputs): Config['commitAuthor'] {
  const authorText = r.get('commit-author');
  const author = parseAuthor(authorText);
  if (!author) r.problem(`commit-author: "${authorText}" is not "Name <email>"`);
  return author ?? { name: '', email: '' };
}

function artifactInputs(r: Inputs): Pick<Config, 'retentionDays' | 'compressionLevel'> {
  const retentionText = r.get('retention-days');
  const retentionDays = retentionText === '' ? null : r.int('retention-days', 1, 90);
  const compressionLevel = r.int('compression-level', 0, 9);
  return { retentionDays, compressionLevel };
}

/** The breaking-change gate. */
function gateInputs(r: Inputs): Pick<Config, 'breaking' | 'base' | 'breakingLabel'> {
  const breaking = r.oneOf('breaking', ['off', 'warn', 'error'] as const);
  const base = r.get('base');
  r.problem(baseRefProblem(base));
  if (base !== '' && breaking === 'off') {
    r.problem(`base: "${base}" is set but breaking is off; set breaking to warn or error to compare against it`);
  }
  const breakingLabel = r.get('breaking-label');
  return { breaking, base, breakingLabel };
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

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
