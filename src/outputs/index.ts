/** The outputs stage's interface: staging, collecting a job's files, and applying or comparing them. */
import type { Config } from '../inputs.js';
import type { ActionsIO } from '../adapters.js';
import type { ContractResult } from '../contracts/types.js';
import type { GenerationResult, Job, JobFailure, JobOutput } from '../generate/types.js';

export interface OutputsContext {
  config: Readonly<Config>;
  /** Every discovered contract: generated files must not overwrite a pacto.yaml or a referenced file. */
  contracts: ContractResult[];
  io: ActionsIO;
}

/**
 * Creates the fresh, absolute directory passed to the plugin as `outputDir`, on the same
 * filesystem as the job's final destination (in every mode).
 */
export async function createStaging(_job: Job, _ctx: OutputsContext): Promise<string> {
  throw new Error('createStaging: not implemented');
}

/**
 * After a plugin succeeded: checks the returned paths, writes the returned files into the
 * staging directory and collects files the plugin wrote there directly. Returns the file list,
 * or an error message (the job then fails and writes nothing).
 */
export async function collectJobFiles(
  _stagingDir: string,
  _returned: { path: string; content: string }[],
): Promise<{ files: { path: string; direct: boolean }[] } | { error: string }> {
  throw new Error('collectJobFiles: not implemented');
}

export interface SkippedJob {
  job: Job;
  ok: false;
  skipped: true;
  reason: string;
}

/**
 * Applies every job's staged files in job order (generate: atomic per job, manifests, clean),
 * or compares them with the working tree (check: drift, patch, writes nothing to the tree).
 */
export async function applyOutputs(
  _results: (JobOutput | JobFailure | SkippedJob)[],
  _ctx: OutputsContext,
): Promise<GenerationResult> {
  throw new Error('applyOutputs: not implemented');
}
