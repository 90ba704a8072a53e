/**
 * The parsed inputs every stage receives (inputs.ts builds it, frozen). Types only: a stage takes
 * the fields it reads as Pick<Config, ...>.
 */
import type { ContractFormat } from './contracts/types.js';
import type { PluginSpec } from './plugins/types.js';

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
