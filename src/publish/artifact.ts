/**
 * `upload-artifact: true`: stage what this run produced in one temporary root and upload it
 * as one workflow artifact. main imports this module only when an upload was requested.
 */
import type { ActionsIO } from '../adapters.js';
import type { Config } from '../inputs.js';
import type { GenerationResult } from '../generate/types.js';
import type { ArtifactResult } from './artifact/types.js';
import { artifactPreflight } from './artifact/preflight.js';
import { removeStaging, stageArtifact } from './artifact/stage.js';
import { uploadStaged } from './artifact/upload.js';
import { artifactUrl } from './artifact/url.js';

/** The Config fields uploadOutputs reads, with artifactPreflight's. */
export type ArtifactOptions = Pick<
  Config,
  'uploadArtifact' | 'mode' | 'workingDirectory' | 'runnerTemp' | 'retentionDays' | 'compressionLevel' | 'overwrite'
> &
  Parameters<typeof artifactPreflight>[0];

export interface ArtifactContext {
  config: Readonly<ArtifactOptions>;
  generation: GenerationResult | null;
  /** The JSON report as it will be written, included in the artifact. */
  reportJson: string;
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
}

/**
 * Never throws for an expected failure: problems come back in `error` (the step should fail)
 * or `warnings` (nothing to upload, files left out). Annotations are left to the reporter.
 * `files` counts the artifact's entries (report or patch included) once uploaded.
 */
export async function uploadOutputs(ctx: ArtifactContext): Promise<ArtifactResult> {
  const { config, env, io } = ctx;
  const pre = artifactPreflight(config, env);
  const result: ArtifactResult = {
    uploaded: false,
    id: '',
    url: '',
    digest: '',
    name: pre.name,
    files: 0,
    error: null,
    warnings: [],
    size: 0,
  };
  if (!config.uploadArtifact) return result;
  if (pre.problems.length > 0) {
    result.error = pre.problems.join('\n');
    return result;
  }

  const staging = await collectFiles(ctx, pre.name);
  if (staging.kind === 'error') {
    result.error = staging.error;
    return result;
  }
  if (staging.kind === 'empty') {
    result.warnings.push(...staging.warnings);
    const message = `Nothing to upload as artifact "${pre.name}": ${staging.reason}. No artifact was created.`;
    // A check that found no drift has nothing to hand over by design: that is news, not a warning.
    const cleanCheck = config.mode === 'check' && ctx.generation?.drift?.entries.length === 0;
    if (cleanCheck) io.info(message);
    else result.warnings.push(message);
    return result;
  }

  const staged = staging.staged;
  result.warnings.push(...staged.warnings);
  io.startGroup(`Uploading artifact "${pre.name}" (${staged.paths.length} file${staged.paths.length === 1 ? '' : 's'})`);
  try {
    const outcome = await uploadStaged(
      {
        name: pre.name,
        root: staged.root,
        files: staged.files,
        retentionDays: config.retentionDays,
        compressionLevel: config.compressionLevel,
        overwrite: config.overwrite,
      },
      env,
    );
    if (!outcome.ok) {
      result.error = outcome.error;
      return result;
    }
    if (outcome.replacedId !== null) io.info(`Replaced the earlier artifact "${pre.name}" (id ${outcome.replacedId}).`);
    Object.assign(result, {
      uploaded: true,
      files: staged.paths.length,
      id: String(outcome.id),
      url: artifactUrl(env, outcome.id),
      digest: outcome.digest,
      size: outcome.size,
      reportPath: staged.reportPath,
      patchPath: staged.patchPath,
    });
    io.info(
      `Uploaded artifact "${pre.name}": id ${outcome.id}, ${outcome.size} bytes, sha256 ${outcome.digest}${result.url ? `, ${result.url}` : ''}`,
    );
    return result;
  } finally {
    io.endGroup();
    await removeStaging(staged);
  }
}

/** The files the artifact holds, staged under RUNNER_TEMP; a failure to collect them is the step's error. */
async function collectFiles(ctx: ArtifactContext, name: string): Promise<Awaited<ReturnType<typeof stageArtifact>>> {
  const { config } = ctx;
  try {
    return await stageArtifact({
      mode: config.mode,
      workingDirectory: config.workingDirectory,
      runnerTemp: config.runnerTemp,
      generation: ctx.generation,
      reportJson: ctx.reportJson,
    });
  } catch (err) {
    return { kind: 'error', error: `Cannot collect the files for artifact "${name}": ${(err as Error)?.message ?? String(err)}` };
  }
}
