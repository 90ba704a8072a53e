/** What each stage produced; the reporters read it and main decides pass or fail from it. */
import type { Config } from './inputs.js';
import type { ContractResult, DiscoveryResult } from './contracts/types.js';
import type { PluginFailure, ResolvedPlugin } from './plugins/types.js';
import type { GenerationResult } from './generate/types.js';
import type { RunContext } from './publish/github/event.js';
import type { CommentResult } from './publish/comment/index.js';
import type { DiffResult } from './diff/types.js';
import type { CommitResult, PullRequestResult } from './publish/types.js';
import type { ArtifactResult } from './publish/artifact/types.js';

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
