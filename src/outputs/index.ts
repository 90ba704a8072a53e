/** The outputs stage's interface: staging, collecting a job's files, and applying or comparing them. */
import type { Config } from '../inputs.js';
import type { ActionsIO } from '../adapters.js';
import type { ContractResult } from '../contracts/types.js';
import type { GenerationResult, Job, JobOutcome, UnsafeOutputCode } from '../generate/types.js';
import type { TransactionHooks } from './transaction.js';
import { createStagingDir, removeStaging } from './staging.js';
import { collectJobFiles as collect } from './collect.js';
import { applyOutputsImpl } from './apply.js';

export { removeStaging };
export { recoverInterrupted } from './recovery.js';
export { MANIFEST_NAME } from './manifest.js';

/**
 * The Config fields the outputs stage reads (applying and comparing: apply.ts, feed-rules.ts),
 * with those of the staging directories it creates (createStagingDir).
 */
export type OutputsOptions = Pick<Config, 'mode' | 'workspace' | 'workingDirectory' | 'runnerTemp' | 'clean' | 'reportFile'> &
  Parameters<typeof createStagingDir>[1];

export interface OutputsContext {
  config: Readonly<OutputsOptions>;
  /** Every discovered contract: generated files must not overwrite a pacto.yaml or a referenced file. */
  contracts: ContractResult[];
  io: ActionsIO;
  /** Defaults to process.platform (decides case-insensitive collisions: darwin, win32). */
  platform?: NodeJS.Platform;
  /** Fault injection for tests: called before each write of a job's transaction. */
  hooks?: TransactionHooks;
  /**
   * Check mode after feeding plugins: the bytes an earlier stage would leave at a manifest path
   * (absolute). Jobs start from them; status and patch still compare with the tree.
   */
  manifestSeeds?: ReadonlyMap<string, Buffer>;
  /** Plugins with `feeds-contract: true` in this run: their manifest entries may list referenced files. */
  feeders?: ReadonlySet<string>;
  /**
   * Every discovered contract with its referenced files, when `contracts` leaves them out (the
   * feeding stage may write them): a manifest entry lists one only for a feeding plugin of the
   * contract that references it.
   */
  referencing?: ContractResult[];
}

/**
 * Creates the fresh, absolute directory passed to the plugin as `outputDir`, on the same
 * filesystem as the job's final destination (in every mode; see staging.ts for where).
 * Safe to call concurrently. The caller passes it back in JobOutput.stagingDir (or
 * JobFailure.stagingDir) so applyOutputs removes it, or calls removeStaging itself.
 */
export async function createStaging(job: Job, ctx: OutputsContext): Promise<string> {
  return createStagingDir(job, ctx.config);
}

/**
 * After a plugin succeeded: checks the returned paths (clean relative paths only; two entries
 * with one path are an error naming both), collects files the plugin wrote into the staging
 * directory itself (`direct`; symlinks and special files are errors, as is a path both
 * returned and written), then writes the returned files there as UTF-8. Returns the file list
 * sorted by path, or an error message (the job then fails and writes nothing).
 */
export async function collectJobFiles(
  stagingDir: string,
  returned: { path: string; content: string }[],
): Promise<{ files: { path: string; direct: boolean }[] } | { error: string; unsafe?: UnsafeOutputCode }> {
  return collect(stagingDir, returned);
}

/**
 * Applies every job's staged files in the order of `results` (generate: atomic per job with
 * rollback, unchanged files untouched, manifests, clean), or compares them with the working
 * tree (check: statuses, drift entries, pacto-drift.patch next to config.reportFile, hints;
 * writes nothing to the tree). Path, protection and collision problems fail the job (and
 * collisions and manifest problems are also listed in `errors`). Always removes every
 * staging directory it was given. Does not throw for a job's problem.
 */
export async function applyOutputs(results: JobOutcome[], ctx: OutputsContext): Promise<GenerationResult> {
  return applyOutputsImpl(results, ctx);
}
