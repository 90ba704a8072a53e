/** Cross-stage types for generation: jobs, their raw results, and what was written or compared. */
import type { ContractResult } from '../contracts/types.js';
import type { ResolvedPlugin } from '../plugins/types.js';

export interface Job {
  /** Position in contract order, then plugin order: results are applied in this order. */
  index: number;
  contract: ContractResult;
  plugin: ResolvedPlugin;
  /** Final output directory: absolute, and relative to the working directory (`/`-separated). */
  absOutputDir: string;
  outputDir: string;
}

export type JobStatus = 'ok' | 'failed' | 'skipped';

/** What one plugin run left in its staging directory (the request's `outputDir`). */
export interface JobOutput {
  job: Job;
  status: 'ok';
  stagingDir: string;
  /** Relative `/`-separated paths inside stagingDir, sorted; `direct` when the plugin wrote it itself. */
  files: { path: string; direct: boolean }[];
  message: string;
  stderrTail: string;
  durationMs: number;
  /** Problems that did not fail the job, for its log (sanitized). */
  warnings?: string[];
}

/**
 * Why a plugin's output was refused as unsafe (a path that escapes, replaces a contract or is
 * not a plain file). Set by the code that refused it, never read back from a message.
 */
export type UnsafeOutputCode =
  'OUTPUT_PATH_INVALID' | 'OUTPUT_OUTSIDE_DIRECTORY' | 'OUTPUT_OVERWRITES_PROTECTED' | 'OUTPUT_NOT_REGULAR_FILE';

export interface JobFailure {
  job: Job;
  status: 'failed';
  /** Sanitized, names plugin and contract. */
  error: string;
  /** Set when the job failed because its output was unsafe. */
  unsafe?: UnsafeOutputCode;
  exitCode: number | null;
  signal: string | null;
  stderrTail: string;
  durationMs: number;
  /** The job's staging directory when one was created: applyOutputs removes it. */
  stagingDir?: string;
}

/** A job that was planned but not run (an invalid contract, or fail-fast stopped scheduling). */
export interface SkippedJob {
  job: Job;
  status: 'skipped';
  reason: string;
}

/** What became of one job before its files are applied: tell the kinds apart by `status`. */
export type JobOutcome = JobOutput | JobFailure | SkippedJob;

export type FileStatus = 'created' | 'updated' | 'unchanged' | 'deleted' | 'changed' | 'new' | 'stale';

export interface OutputFile {
  /** Relative to the working directory, `/`-separated. */
  path: string;
  plugin: string;
  /** The contract's file (relative). */
  contract: string;
  status: FileStatus;
  sha256: string | null;
  direct: boolean;
}

export interface JobReport {
  contract: string;
  plugin: string;
  outputDir: string;
  status: JobStatus;
  files: OutputFile[];
  message: string;
  durationMs: number;
  stderrTail: string;
  /** Why the job failed (plugin failure, or a path/collision/write error when applying). */
  error?: string;
  /** Set when the job failed because its output was unsafe. */
  unsafe?: UnsafeOutputCode;
}

export interface DriftEntry {
  path: string;
  status: 'changed' | 'new' | 'stale';
  /** Unified diff of this file (possibly truncated), for the summary. */
  diff: string;
  crlfOnly: boolean;
  /** `warning` for a stale file without `clean` (generate would leave it); everything else is `error`. */
  severity?: 'error' | 'warning';
}

export interface GenerationResult {
  jobs: JobReport[];
  /** Every output file in contract order, then plugin order, then path (manifests included). */
  files: OutputFile[];
  changed: boolean;
  /** Check mode only. */
  drift: {
    entries: DriftEntry[];
    /** Absolute path of pacto-drift.patch, or null when there is no drift. */
    patchFile: string | null;
    /** Where to run `git apply <patchFile>`: the repository root (or the working directory outside git). */
    patchRoot?: string | null;
    /** Absolute root of the expected tree (for the artifact), or null. */
    expectedRoot: string | null;
    hints: string[];
  } | null;
  /** Errors that are not one job's (output collisions, manifest problems). */
  errors: string[];
  /** Things to tell the user that are not problems (a rebuilt plugin with identical outputs). */
  notices?: string[];
  /** Problems that fail nothing: an ignored manifest, a changed file `clean` kept. */
  warnings?: string[];
}
