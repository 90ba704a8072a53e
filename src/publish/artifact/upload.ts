/**
 * The one place that talks to @actions/artifact. Only src/publish/artifact* may import it, and
 * main loads this module lazily, so runs without an upload never pay the client's start-up.
 */
import { DefaultArtifactClient } from '@actions/artifact';

export interface UploadRequest {
  name: string;
  root: string;
  /** Absolute paths under root. */
  files: string[];
  retentionDays: number | null;
  compressionLevel: number;
  overwrite: boolean;
}

export type UploadOutcome =
  { ok: true; id: number; size: number; digest: string; replacedId: number | null } | { ok: false; error: string };

/** Names the client reads from process.env (it has no other way to be configured). */
export const CLIENT_ENV_KEYS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_RETENTION_DAYS',
  'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
  'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
  'ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT',
] as const;

export async function uploadStaged(req: UploadRequest, env: NodeJS.ProcessEnv): Promise<UploadOutcome> {
  return withClientEnv(env, async () => {
    const client = new DefaultArtifactClient();
    let replacedId: number | null = null;
    if (req.overwrite) {
      try {
        replacedId = (await client.deleteArtifact(req.name)).id;
      } catch (err) {
        if (errorName(err) !== 'ArtifactNotFoundError') {
          return { ok: false as const, error: `Could not delete the existing artifact "${req.name}" to overwrite it: ${messageOf(err)}` };
        }
      }
    }
    try {
      const res = await client.uploadArtifact(req.name, req.files, req.root, {
        retentionDays: req.retentionDays ?? undefined,
        compressionLevel: req.compressionLevel,
      });
      if (res.id === undefined || !res.digest) {
        return { ok: false as const, error: `The artifact service accepted "${req.name}" but returned no id or digest.` };
      }
      return { ok: true as const, id: res.id, size: res.size ?? 0, digest: res.digest, replacedId };
    } catch (err) {
      return { ok: false as const, error: describeUploadError(err, req.name, req.overwrite) };
    }
  });
}

/** Turns the client's errors into what the user has to do about them. */
export function describeUploadError(err: unknown, name: string, overwrite: boolean): string {
  const message = messageOf(err);
  const conflict = /\(409\)/.test(message) || /already exists/i.test(message);
  if (conflict && overwrite) {
    // The old artifact was deleted (or absent) a moment ago: another job of the run took the name.
    return (
      `An artifact named "${name}" was created by another job of this workflow run while this one was replacing it. ` +
      'Give each job its own `artifact-name` (matrix legs without `shard` each need their own name, for example include `${{ matrix.<key> }}`). ' +
      `(${message})`
    );
  }
  if (conflict) {
    return (
      `An artifact named "${name}" already exists in this workflow run. Set \`overwrite: true\` to replace it, ` +
      'or change `artifact-name` (matrix legs without `shard` each need their own name, for example include `${{ matrix.<key> }}`). ' +
      `(${message})`
    );
  }
  if (errorName(err) === 'UsageError') return `Artifact upload failed: ${message}`;
  if (errorName(err) === 'RestError') {
    // From the blob store (@azure/storage-blob); its message is often empty, the status is not.
    const e = err as { statusCode?: number; code?: string };
    const status = [e.statusCode ? `HTTP ${e.statusCode}` : '', e.code ?? ''].filter(Boolean).join(' ');
    return `Artifact upload failed for "${name}": the blob store refused the upload${status ? ` (${status})` : ''}${message ? `: ${message}` : ''}`;
  }
  return `Artifact upload failed for "${name}": ${message || String(err)}`;
}

/**
 * Runs fn with the client's variables taken from env. The action passes process.env itself; a
 * different env (tests, the local runner) is applied for the call only, then restored.
 */
export async function withClientEnv<T>(env: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  if (env === process.env) return fn();
  const saved = new Map(CLIENT_ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of CLIENT_ENV_KEYS) {
    if (env[k] === undefined) delete process.env[k];
    else process.env[k] = env[k];
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** The client's error classes set `name` explicitly, which survives bundling. */
function errorName(err: unknown): string {
  return typeof (err as Error)?.name === 'string' ? (err as Error).name : '';
}

/** The message, with any SAS signature (`sig=`) in it blanked: it grants write access to the blob. */
function messageOf(err: unknown): string {
  // Duck-typed: errors from another realm (a vm context) are not `instanceof Error` here.
  const message = typeof (err as Error)?.message === 'string' ? (err as Error).message : String(err);
  return message.replace(/([?&]sig=)[^&\s"'<>]+/gi, '$1***');
}
