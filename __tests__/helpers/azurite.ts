/**
 * Blob storage for artifact tests, behind one interface: Azurite (the real blob service
 * emulator, started as a child process) or a minimal in-process endpoint for fast tests.
 * Both bind to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { BlobSASPermissions, BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters } from '@azure/storage-blob';

export const CONTAINER = 'actions-results';

export interface BlobStore {
  kind: 'azurite' | 'memory';
  /** A URL the client may PUT the blob to (signed with create/write permission). */
  uploadUrl(blobPath: string): string;
  /** The committed blob, or null. */
  read(blobPath: string): Promise<Buffer | null>;
  /** Requests seen (memory store only; Azurite keeps its own log). */
  requests: string[];
  stop(): Promise<void>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Azurite's documented, public development account (not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts azurite-blob from node_modules on a free port with in-memory storage and no telemetry,
 * waits (at most `timeoutMs`) until it accepts connections, and creates the container.
 */
export async function startAzurite(timeoutMs = 30_000): Promise<BlobStore> {
  const port = await freePort();
  const main = path.join(repoRoot, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [main, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--disableTelemetry', '--silent'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));

  const stop = async (): Promise<void> => {
    if (exited !== undefined || child.pid === undefined) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid !== undefined && exited === undefined && process.kill(child.pid, 'SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while (!(await canConnect(port))) {
    if (exited !== undefined || Date.now() > deadline) {
      await stop();
      throw new Error(`Azurite did not start on 127.0.0.1:${port} within ${timeoutMs} ms (exit ${exited}): ${output}`);
    }
    await sleep(100);
  }

  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);
  const service = new BlobServiceClient(`http://127.0.0.1:${port}/${DEV_ACCOUNT}`, credential);
  const container = service.getContainerClient(CONTAINER);
  await container.createIfNotExists();

  return {
    kind: 'azurite',
    requests: [],
    uploadUrl(blobPath) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: CONTAINER,
          blobName: blobPath,
          permissions: BlobSASPermissions.parse('cw'),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + 3_600_000),
        },
        credential,
      ).toString();
      return `${container.getBlockBlobClient(blobPath).url}?${sas}`;
    },
    async read(blobPath) {
      const blob = container.getBlobClient(blobPath);
      if (!(await blob.exists())) return null;
      return blob.downloadToBuffer();
    },
    stop,
  };
}

/**
 * The blob operations @azure/storage-blob's uploadStream makes (Put Block, Put Block List),
 * plus Get/Head Blob; refuses requests without a `sig` like a SAS-checking service.
 */
export async function startMemoryBlobStore(): Promise<BlobStore> {
  const blocks = new Map<string, Map<string, Buffer>>();
  const committed = new Map<string, { data: Buffer; contentType: string }>();
  const requests: string[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const blobPath = decodeURIComponent(url.pathname.replace(new RegExp(`^/${DEV_ACCOUNT}/${CONTAINER}/`), ''));
      const comp = url.searchParams.get('comp') ?? '';
      requests.push(`${req.method} ${comp || 'blob'} ${blobPath}`);
      const body = Buffer.concat(chunks);
      const headers: Record<string, string> = {
        'x-ms-request-id': createHash('sha1').update(String(requests.length)).digest('hex'),
        'x-ms-version': '2025-01-05',
        etag: `"0x${requests.length.toString(16)}"`,
        'last-modified': new Date().toUTCString(),
      };
      const answer = (status: number, extra: Record<string, string> = {}, data?: Buffer) => {
        res.writeHead(status, { ...headers, ...extra, 'content-length': String(data?.length ?? 0) });
        res.end(req.method === 'HEAD' ? undefined : data);
      };
      if (!url.searchParams.get('sig')) return answer(403);
      if (req.method === 'PUT' && comp === 'block') {
        const id = url.searchParams.get('blockid') ?? '';
        if (!blocks.has(blobPath)) blocks.set(blobPath, new Map());
        blocks.get(blobPath)?.set(id, body);
        return answer(201);
      }
      if (req.method === 'PUT' && comp === 'blocklist') {
        const staged = blocks.get(blobPath) ?? new Map<string, Buffer>();
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]);
        const missing = ids.filter((id) => !staged.has(id));
        if (missing.length > 0) return answer(400);
        const data = Buffer.concat(ids.map((id) => staged.get(id) as Buffer));
        committed.set(blobPath, { data, contentType: String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream') });
        blocks.delete(blobPath);
        return answer(201);
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        const blob = committed.get(blobPath);
        if (!blob) return answer(404);
        return answer(200, { 'content-type': blob.contentType, 'x-ms-blob-type': 'BlockBlob' }, blob.data);
      }
      return answer(405);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    kind: 'memory',
    requests,
    uploadUrl(blobPath) {
      const encoded = blobPath.split('/').map(encodeURIComponent).join('/');
      return `http://127.0.0.1:${port}/${DEV_ACCOUNT}/${CONTAINER}/${encoded}?sv=2025-01-05&sp=cw&sig=test-signature`;
    },
    async read(blobPath) {
      return committed.get(blobPath)?.data ?? null;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
