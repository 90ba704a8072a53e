/**
 * mode: comment: the JSON report of a pull request's run, from the artifact that run uploaded.
 * The artifact was made by a workflow that ran the pull request's code (a fork's, perhaps), so it
 * is read as hostile data: its size is checked before the download, the zip is never extracted to
 * disk (one JSON entry is inflated in memory with a hard output cap), and the blob storage the API
 * redirects to never sees the token.
 */
import zlib from 'node:zlib';
import type { GithubClient } from '../github/client.js';
import { errorMessage } from '../../shared/errors.js';

/** A report is kilobytes; anything past this is not one. */
export const MAX_REPORT_BYTES = 8 * 1024 * 1024;
const MAX_ARTIFACT_BYTES = 16 * 1024 * 1024;

export class ReportArtifactError extends Error {
  constructor(
    message: string,
    /** Not found (the PR run failed before uploading, or expired): a notice, not a failure. */
    readonly missing = false,
  ) {
    super(message);
    this.name = 'ReportArtifactError';
  }
}

export interface ReportArtifact {
  /** The parsed JSON (unknown: validate every field before use). */
  report: unknown;
  artifactId: number;
  entry: string;
}

export async function downloadReport(
  client: GithubClient,
  where: { owner: string; repo: string; runId: number; name: string },
  fetchImpl: typeof fetch = fetch,
): Promise<ReportArtifact> {
  const { octokit } = client;
  const { owner, repo, runId, name } = where;
  const list = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, name, per_page: 100 });
  const candidates = list.data.artifacts.filter((a) => a.name === name && !a.expired).sort((a, b) => b.id - a.id);
  const artifact = candidates[0];
  if (!artifact) {
    throw new ReportArtifactError(
      `run ${runId} has no artifact named "${name}" (it expired, or the pull request's run stopped before its upload step: give that step \`if: always()\`)`,
      true,
    );
  }
  if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) {
    throw new ReportArtifactError(
      `artifact "${name}" of run ${runId} is ${artifact.size_in_bytes} bytes; a report artifact is at most ${MAX_ARTIFACT_BYTES} (upload the JSON report alone)`,
    );
  }
  const redirect = await octokit.rest.actions.downloadArtifact({
    owner,
    repo,
    artifact_id: artifact.id,
    archive_format: 'zip',
    request: { redirect: 'manual' },
  });
  const location = (redirect.headers as Record<string, string | undefined>).location;
  let zip: Buffer;
  if (typeof location === 'string' && location !== '') {
    zip = await fetchCapped(fetchImpl, location, MAX_ARTIFACT_BYTES);
  } else if (redirect.data instanceof ArrayBuffer) {
    zip = Buffer.from(redirect.data);
  } else {
    throw new ReportArtifactError(`the download of artifact ${artifact.id} answered HTTP ${redirect.status} without a redirect to the zip`);
  }
  const { entry, content } = readJsonEntry(zip);
  let report: unknown;
  try {
    report = JSON.parse(content.toString('utf8'));
  } catch (err) {
    throw new ReportArtifactError(`${entry} in artifact "${name}" is not JSON: ${errorMessage(err)}`);
  }
  return { report, artifactId: artifact.id, entry };
}

/** GET without credentials, refusing more than `max` bytes. */
async function fetchCapped(fetchImpl: typeof fetch, url: string, max: number): Promise<Buffer> {
  const res = await fetchImpl(url, { redirect: 'follow' });
  if (!res.ok || !res.body) throw new ReportArtifactError(`the artifact download from storage answered HTTP ${res.status}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > max) throw new ReportArtifactError(`the artifact is larger than ${max} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * The report entry of a zip: `pacto-report.json` at any depth, else the only `.json` entry.
 * Reads the central directory (no ZIP64: a report artifact is small), inflates that one entry
 * with an output cap, never touches the file system.
 */
export function readJsonEntry(zip: Buffer): { entry: string; content: Buffer } {
  const bad = (why: string): ReportArtifactError => new ReportArtifactError(`the artifact is not a readable zip: ${why}`);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: { name: string; method: number; compressed: number; size: number; local: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50) throw bad('broken central directory');
    const nameLen = zip.readUInt16LE(p + 28);
    entries.push({
      method: zip.readUInt16LE(p + 10),
      compressed: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      local: zip.readUInt32LE(p + 42),
      name: zip.subarray(p + 46, p + 46 + nameLen).toString('utf8'),
    });
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const json = files.filter((e) => e.name.toLowerCase().endsWith('.json'));
  const chosen = json.find((e) => e.name.split('/').pop() === 'pacto-report.json') ?? (json.length === 1 ? json[0] : undefined);
  if (!chosen) {
    throw new ReportArtifactError(
      `the artifact holds no pacto-report.json${json.length > 1 ? ` and ${json.length} other JSON files` : ''} (entries: ${
        files
          .slice(0, 10)
          .map((e) => e.name)
          .join(', ') || 'none'
      })`,
    );
  }
  if (chosen.size > MAX_REPORT_BYTES)
    throw new ReportArtifactError(`${chosen.name} is ${chosen.size} bytes; a report is at most ${MAX_REPORT_BYTES}`);
  const l = chosen.local;
  if (l + 30 > zip.length || zip.readUInt32LE(l) !== 0x04034b50) throw bad('broken local header');
  const start = l + 30 + zip.readUInt16LE(l + 26) + zip.readUInt16LE(l + 28);
  const data = zip.subarray(start, start + chosen.compressed);
  let content: Buffer;
  try {
    if (chosen.method === 0) content = Buffer.from(data);
    else if (chosen.method === 8) content = zlib.inflateRawSync(data, { maxOutputLength: MAX_REPORT_BYTES });
    else throw bad(`compression method ${chosen.method}`);
  } catch (err) {
    if (err instanceof ReportArtifactError) throw err;
    throw bad(`${chosen.name} does not inflate within ${MAX_REPORT_BYTES} bytes (${errorMessage(err)})`);
  }
  return { entry: chosen.name, content };
}
