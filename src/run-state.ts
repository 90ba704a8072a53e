/** What each stage produced; the reporters read it and main decides pass or fail from it. */
import type { Config } from './inputs.js';
import type { ContractResult } from './contracts/types.js';
import type { PluginFailure, ResolvedPlugin } from './plugins/types.js';
import type { GenerationResult } from './generate/types.js';
import type { RunContext } from './publish/github/event.js';
import type { CommentResult } from './publish/comment/index.js';
import type { DiffResult } from './diff/types.js';

export type { DiffResult } from './diff/types.js';

export interface DiscoveryResult {
  /** Bundles of this shard, sorted by relative path (byte order). */
  bundles: import('./contracts/types.js').Bundle[];
  /** How many bundles matched before sharding. */
  matched: number;
}

export interface CommitResult {
  committed: boolean;
  pushed: boolean;
  sha: string;
  branch: string;
  /** Set when commit or push failed: the step fails. */
  error: string | null;
  warnings: string[];
  /** Why nothing was committed, when that is not an error (no change, fork PR, run had errors). */
  skippedReason: string | null;
  /** Push attempts used (0 when no push was tried). */
  attempts?: number;
  /** Repository-relative paths the commit changes. */
  files?: string[];
}

/** What `commit: pull-request` did with the pull request. */
export interface PullRequestResult {
  operation: 'created' | 'updated' | 'closed' | 'none';
  number: number | null;
  url: string;
  /** The branch the generated commit went to, and the base the pull request targets. */
  branch: string;
  base: string;
  draft: boolean;
  /** Set when pushing the branch or an API call failed: the step fails. */
  error: string | null;
  warnings: string[];
  /** Why nothing was done, when that is not an error. */
  skippedReason: string | null;
}

export interface ArtifactResult {
  uploaded: boolean;
  id: string;
  url: string;
  digest: string;
  name: string;
  files: number;
  error: string | null;
  warnings: string[];
  /** Bytes of the uploaded zip (0 when nothing was uploaded). */
  size?: number;
  /** Where the JSON report and the drift patch are inside the artifact, when it holds them. */
  reportPath?: string | null;
  patchPath?: string | null;
}

export interface RunState {
  /** Null only when inputs failed to parse. */
  config: Readonly<Config> | null;
  inputError: string | null;
  /** InputError.reportFile when inputs failed to parse: the report is still written there. */
  inputReportFile?: string | null;
  /** Fatal problems outside any stage's result (discovery input errors, unexpected exceptions). */
  fatal: string[];
  discovery: DiscoveryResult | null;
  contracts: ContractResult[];
  plugins: ResolvedPlugin[];
  pluginFailures: PluginFailure[];
  pluginWarnings: { name: string; message: string }[];
  generation: GenerationResult | null;
  commit: CommitResult | null;
  pullRequest: PullRequestResult | null;
  artifact: ArtifactResult | null;
  /** The event and run this report belongs to (null before inputs parsed). */
  context: RunContext | null;
  /** The pull request comment, when one was asked for. */
  comment: CommentResult | null;
  /** The breaking-change gate's result; null when `breaking` is off or the run stopped before it. */
  diff: DiffResult | null;
  notices: string[];
  startedAt: number;
}

export function emptyState(): RunState {
  return {
    config: null,
    inputError: null,
    fatal: [],
    discovery: null,
    contracts: [],
    plugins: [],
    pluginFailures: [],
    pluginWarnings: [],
    generation: null,
    commit: null,
    pullRequest: null,
    artifact: null,
    context: null,
    comment: null,
    diff: null,
    notices: [],
    startedAt: Date.now(),
  };
}

/** A commit result that says nothing happened yet; stages fill in what they did. */
export function noCommit(skippedReason: string | null = null): CommitResult {
  return { committed: false, pushed: false, sha: '', branch: '', error: null, warnings: [], skippedReason };
}
