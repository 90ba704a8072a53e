/** A loopback HTTP server for download tests: routes, a request log, and failure helpers. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, server: TestServer) => void;

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The same server under another host name (http://localhost:<port>): Authorization must not reach it. */
  otherHostUrl: string;
  port: number;
  requests: RecordedRequest[];
  route(path: string, handler: Handler): void;
  /** Handles every path no exact route takes (for APIs with ids in their paths). */
  fallback(handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  let fallback: Handler | null = null;
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const handler = routes.get(path) ?? fallback;
    if (!handler) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    handler(req, res, api);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const api: TestServer = {
    url: `http://127.0.0.1:${port}`,
    otherHostUrl: `http://localhost:${port}`,
    port,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    fallback: (handler) => {
      fallback = handler;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}

export function bytes(body: Buffer | string, contentType = 'application/octet-stream'): Handler {
  return (_req, res) => void res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) }).end(body);
}

export function status(code: number, body = ''): Handler {
  return (_req, res) => void res.writeHead(code, { 'content-type': 'text/plain' }).end(body);
}

export function redirect(location: string, code = 302): Handler {
  return (_req, res) => void res.writeHead(code, { location }).end();
}

/** Answers `code` for the first `times` requests, then hands over to `then`. */
export function failing(times: number, code: number, then: Handler): Handler {
  let left = times;
  return (req, res, server) => {
    if (left > 0) {
      left--;
      res.writeHead(code).end();
      return;
    }
    then(req, res, server);
  };
}

/** Refuses (403) any request that carries an Authorization header: storage must never see the token. */
export function noAuthorization(then: Handler): Handler {
  return (req, res, server) => {
    if (req.headers.authorization !== undefined) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Authorization header must not be forwarded here');
      return;
    }
    then(req, res, server);
  };
}
