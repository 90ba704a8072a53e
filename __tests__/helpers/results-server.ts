/**
 * A loopback stand-in for the Actions results service's Twirp ArtifactService, enough for the
 * real @actions/artifact client to upload, list and delete: CreateArtifact hands out a signed
 * URL of the given blob store, FinalizeArtifact checks the stored size, and a second artifact
 * of a finalized name in the run is refused with 409 as the service does.
 */
import http from 'node:http';
import type net from 'node:net';
import type { BlobStore } from './azurite.js';

const PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface StoredArtifact {
  id: number;
  name: string;
  runId: string;
  jobId: string;
  blobPath: string;
  finalized: boolean;
  size: number;
  hash: string | null;
  expiresAt: string | null;
  mimeType: string | null;
}

export interface TwirpCall {
  method: string;
  body: Record<string, unknown>;
  status: number;
}

export interface ResultsServer {
  /** ACTIONS_RESULTS_URL. */
  url: string;
  token: string;
  calls: TwirpCall[];
  /** Every artifact ever created, including deleted ones (`deleted` set). */
  artifacts: (StoredArtifact & { deleted: boolean })[];
  /** The variables the client reads, for this server. */
  env(): Record<string, string>;
  /** Answer the next call of `method` with this status and Twirp error instead of serving it. */
  failNext(method: string, status: number, code: string, msg: string): void;
  /** Rewrite the next signed upload URL (e.g. drop or spoil its signature). */
  tamperNextUploadUrl(fn: (url: string) => string): void;
  /** The committed blob of the newest live artifact with this name. */
  readArtifact(name: string): Promise<Buffer | null>;
  stop(): Promise<void>;
}

/** A JWT-shaped runtime token: the client decodes it without verifying; `scp` carries the backend ids. */
export function fakeRuntimeToken(runId: string, jobId: string): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return [
    part({ typ: 'JWT', alg: 'none' }),
    part({ scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}`, exp: Math.floor(Date.now() / 1000) + 3600 }),
    part('not-verified'),
  ].join('.');
}

export async function startResultsServer(store: BlobStore, ids = { runId: 'run-1', jobId: 'job-1' }): Promise<ResultsServer> {
  const token = fakeRuntimeToken(ids.runId, ids.jobId);
  const calls: TwirpCall[] = [];
  const artifacts: (StoredArtifact & { deleted: boolean })[] = [];
  const failures = new Map<string, { status: number; code: string; msg: string }>();
  let nextId = 1000;
  let tamper: ((url: string) => string) | null = null;

  const live = (runId: string, name: string) => artifacts.filter((a) => !a.deleted && a.runId === runId && a.name === name);

  const handle = async (method: string, body: Record<string, unknown>): Promise<[number, unknown]> => {
    const runId = String(body.workflow_run_backend_id ?? '');
    const jobId = String(body.workflow_job_run_backend_id ?? '');
    const name = String(body.name ?? '');
    if (method !== 'ListArtifacts' && (!runId || !jobId)) return [400, { code: 'invalid_argument', msg: 'backend ids are required' }];
    switch (method) {
      case 'CreateArtifact': {
        if (body.version !== 7) return [400, { code: 'invalid_argument', msg: `unsupported version ${String(body.version)}` }];
        if (live(runId, name).some((a) => a.finalized)) {
          return [409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' }];
        }
        for (const a of live(runId, name)) a.deleted = true;
        const id = nextId++;
        const blobPath = `${runId}/${jobId}/${id}/${name}.zip`;
        artifacts.push({
          id,
          name,
          runId,
          jobId,
          blobPath,
          finalized: false,
          size: 0,
          hash: null,
          deleted: false,
          expiresAt: typeof body.expires_at === 'string' ? body.expires_at : null,
          mimeType: typeof body.mime_type === 'string' ? body.mime_type : null,
        });
        const signed = tamper ? tamper(store.uploadUrl(blobPath)) : store.uploadUrl(blobPath);
        tamper = null;
        return [200, { ok: true, signed_upload_url: signed }];
      }
      case 'FinalizeArtifact': {
        const a = live(runId, name).find((x) => !x.finalized);
        if (!a) return [404, { code: 'not_found', msg: `no pending artifact named ${name}` }];
        const blob = await store.read(a.blobPath);
        if (!blob) return [400, { code: 'failed_precondition', msg: 'the blob was not uploaded' }];
        if (String(blob.length) !== String(body.size)) {
          return [400, { code: 'invalid_argument', msg: `size ${String(body.size)} does not match the blob (${blob.length})` }];
        }
        Object.assign(a, { finalized: true, size: blob.length, hash: typeof body.hash === 'string' ? body.hash : null });
        return [200, { ok: true, artifact_id: String(a.id) }];
      }
      case 'ListArtifacts': {
        const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : null;
        const idFilter = body.id_filter === undefined ? null : String(body.id_filter);
        const found = artifacts.filter(
          (a) =>
            !a.deleted &&
            a.finalized &&
            a.runId === runId &&
            (nameFilter === null || a.name === nameFilter) &&
            (idFilter === null || String(a.id) === idFilter),
        );
        return [
          200,
          {
            artifacts: found.map((a) => ({
              workflow_run_backend_id: a.runId,
              workflow_job_run_backend_id: a.jobId,
              database_id: String(a.id),
              name: a.name,
              size: String(a.size),
              created_at: new Date().toISOString(),
              ...(a.hash ? { digest: a.hash } : {}),
            })),
          },
        ];
      }
      case 'DeleteArtifact': {
        const a = live(runId, name).find((x) => x.finalized);
        if (!a) return [404, { code: 'not_found', msg: `no artifact named ${name}` }];
        a.deleted = true;
        return [200, { ok: true, artifact_id: String(a.id) }];
      }
      default:
        return [404, { code: 'bad_route', msg: `no method ${method}` }];
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, payload: unknown, method = '', body: Record<string, unknown> = {}) => {
        calls.push({ method, body, status });
        const text = JSON.stringify(payload);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      const url = req.url ?? '';
      if (req.method !== 'POST' || !url.startsWith(PREFIX)) return send(404, { code: 'bad_route', msg: `${req.method} ${url}` });
      const method = url.slice(PREFIX.length);
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { code: 'unauthenticated', msg: 'bad token' }, method);
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return send(400, { code: 'malformed', msg: 'body is not JSON' }, method);
      }
      const failure = failures.get(method);
      if (failure) {
        failures.delete(method);
        return send(failure.status, { code: failure.code, msg: failure.msg }, method, body);
      }
      handle(method, body).then(
        ([status, payload]) => send(status, payload, method, body),
        (err: unknown) => send(400, { code: 'internal', msg: String(err) }, method, body),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = `http://127.0.0.1:${port}/`;

  return {
    url,
    token,
    calls,
    artifacts,
    env: () => ({ ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: url, GITHUB_SERVER_URL: 'https://github.com' }),
    failNext: (method, status, code, msg) => void failures.set(method, { status, code, msg }),
    tamperNextUploadUrl: (fn) => void (tamper = fn),
    async readArtifact(name) {
      const a = artifacts.filter((x) => !x.deleted && x.finalized && x.name === name).at(-1);
      return a ? store.read(a.blobPath) : null;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
