/**
 * A loopback fake of the GitHub REST API for the publish stage: issue comments (list with
 * pagination, create, update, delete), pulls (list with filters, get, create, update), labels (add),
 * workflow-run artifacts (list, zip download through a redirect), and scripted answers (403, 429,
 * anything) for the next matching requests. Every request is recorded with its parsed JSON body.
 *
 * One repository: the owner/repo of a path is recorded but not used to separate state.
 * `readOnly` makes every write answer 403 "Resource not accessible by integration", like the
 * token of a fork's pull request.
 */
import type http from 'node:http';
import { startServer, type TestServer } from './http-server.js';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  draft: boolean;
  head: { ref: string; sha: string; label: string; repo: { full_name: string } | null };
  base: { ref: string; repo: { full_name: string } };
  labels: { name: string }[];
  html_url: string;
}

export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  /** The zip's bytes (see archives.ts zip()). */
  zip: Buffer;
  expired?: boolean;
}

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeGithubApi {
  /** http://127.0.0.1:<port>: give it as GITHUB_API_URL. */
  url: string;
  server: TestServer;
  requests: ApiRequest[];
  comments: FakeComment[];
  pulls: FakePull[];
  artifacts: FakeArtifact[];
  /** The login new comments are made as. */
  login: string;
  /** Every write answers 403 (a fork PR's read-only token). */
  readOnly: boolean;
  /** Default page size when per_page is not given (GitHub: 30). */
  defaultPerPage: number;
  /** The next requests matching `method` and `path` get `responses`, one each, in order. */
  script(method: string, path: RegExp | string, ...responses: ScriptedResponse[]): void;
  addComment(issue: number, body: string, login?: string): FakeComment;
  addPull(pull: Partial<FakePull> & { number: number }): FakePull;
  addArtifact(artifact: Omit<FakeArtifact, 'id'> & { id?: number }): FakeArtifact;
  /** Requests other than GETs (what the action changed). */
  writes(): ApiRequest[];
  close(): Promise<void>;
}

/** 429 with retry-after (seconds; 0 so tests never wait). */
export function tooManyRequests(retryAfter = 0): ScriptedResponse {
  return { status: 429, headers: { 'retry-after': String(retryAfter) }, body: { message: 'API rate limit exceeded' } };
}

/** GitHub's secondary rate limit: 403 with retry-after and its message. */
export function secondaryRateLimit(retryAfter = 0): ScriptedResponse {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfter) },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
  };
}

/** A refusal: the token lacks the permission (what a fork PR's token gets for any write). */
export function notAccessible(): ScriptedResponse {
  return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
}

interface Script {
  method: string;
  path: RegExp | string;
  responses: ScriptedResponse[];
}

export async function startFakeGithubApi(options: { login?: string } = {}): Promise<FakeGithubApi> {
  const server = await startServer();
  const scripts: Script[] = [];
  let nextId = 5000;
  const stamp = (): string => new Date(Date.UTC(2026, 0, 1, 0, 0, nextId % 60)).toISOString();

  const api: FakeGithubApi = {
    url: server.url,
    server,
    requests: [],
    comments: [],
    pulls: [],
    artifacts: [],
    login: options.login ?? 'github-actions[bot]',
    readOnly: false,
    defaultPerPage: 30,
    script: (method, path, ...responses) => void scripts.push({ method: method.toUpperCase(), path, responses }),
    addComment: (issue, body, login) => {
      const id = nextId++;
      const c: FakeComment = {
        id,
        issue,
        body,
        user: { login: login ?? api.login, type: (login ?? api.login).endsWith('[bot]') ? 'Bot' : 'User' },
        created_at: stamp(),
        updated_at: stamp(),
        html_url: `https://github.example/acme/sample/pull/${issue}#issuecomment-${id}`,
      };
      api.comments.push(c);
      return c;
    },
    addPull: (p) => {
      const pull: FakePull = {
        state: 'open',
        title: `PR ${p.number}`,
        body: null,
        draft: false,
        labels: [],
        html_url: `https://github.example/acme/sample/pull/${p.number}`,
        ...p,
        head: p.head ?? {
          ref: `branch-${p.number}`,
          sha: '0'.repeat(40),
          label: `acme:branch-${p.number}`,
          repo: { full_name: 'acme/sample' },
        },
        base: p.base ?? { ref: 'main', repo: { full_name: 'acme/sample' } },
      };
      api.pulls.push(pull);
      return pull;
    },
    addArtifact: (a) => {
      const artifact = { ...a, id: a.id ?? nextId++ };
      api.artifacts.push(artifact);
      return artifact;
    },
    writes: () => api.requests.filter((r) => r.method !== 'GET'),
    close: () => server.close(),
  };

  const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      .end(body === undefined ? '' : JSON.stringify(body));
  };

  /** Slices `items` by page/per_page and links the next and last pages like GitHub does. */
  const page = <T>(res: http.ServerResponse, req: ApiRequest, items: T[], wrap?: (slice: T[]) => unknown): void => {
    const perPage = Math.min(100, Number(req.query.get('per_page') ?? api.defaultPerPage) || api.defaultPerPage);
    const n = Math.max(1, Number(req.query.get('page') ?? '1') || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number): string => {
      const q = new URLSearchParams(req.query);
      q.set('page', String(p));
      q.set('per_page', String(perPage));
      return `${server.url}${req.path}?${q.toString()}`;
    };
    const links: string[] = [];
    if (n < last) links.push(`<${link(n + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    const slice = items.slice((n - 1) * perPage, n * perPage);
    json(res, 200, wrap ? wrap(slice) : slice, links.length > 0 ? { link: links.join(', ') } : {});
  };

  const handle = (req: ApiRequest, res: http.ServerResponse): void => {
    const script = scripts.find(
      (s) =>
        s.method === req.method && (typeof s.path === 'string' ? s.path === req.path : s.path.test(req.path)) && s.responses.length > 0,
    );
    if (script) {
      const r = script.responses.shift() as ScriptedResponse;
      json(res, r.status, r.body ?? {}, r.headers);
      return;
    }
    const blob = /^\/blobs\/(\d+)\.zip$/.exec(req.path);
    if (blob && req.method === 'GET') {
      const a = api.artifacts.find((x) => x.id === Number(blob[1]));
      if (!a) return json(res, 404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': a.zip.length }).end(a.zip);
      return;
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)\/(.*)$/.exec(req.path);
    if (!m) return json(res, 404, { message: 'Not Found' });
    const rest = m[3];
    const write = req.method !== 'GET';
    if (write && api.readOnly) return json(res, 403, notAccessible().body);
    const body = (req.body ?? {}) as Record<string, unknown>;
    let r: RegExpExecArray | null;

    if ((r = /^issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(r[1]);
      if (req.method === 'GET')
        return page(
          res,
          req,
          api.comments.filter((c) => c.issue === issue),
        );
      if (req.method === 'POST') {
        if (typeof body.body !== 'string' || body.body === '') return json(res, 422, { message: 'Validation Failed: body is missing' });
        if (body.body.length > 65536)
          return json(res, 422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
        return json(res, 201, api.addComment(issue, body.body));
      }
    }
    if ((r = /^issues\/comments\/(\d+)$/.exec(rest))) {
      const i = api.comments.findIndex((c) => c.id === Number(r?.[1]));
      if (i < 0) return json(res, 404, { message: 'Not Found' });
      if (req.method === 'GET') return json(res, 200, api.comments[i]);
      if (req.method === 'PATCH') {
        if (typeof body.body !== 'string' || body.body === '') return json(res, 422, { message: 'Validation Failed: body is missing' });
        if (body.body.length > 65536)
          return json(res, 422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
        api.comments[i] = { ...api.comments[i], body: body.body, updated_at: stamp() };
        return json(res, 200, api.comments[i]);
      }
      if (req.method === 'DELETE') {
        api.comments.splice(i, 1);
        return json(res, 204, undefined);
      }
    }
    if ((r = /^issues\/(\d+)\/labels$/.exec(rest)) && req.method === 'POST') {
      const pull = api.pulls.find((p) => p.number === Number(r?.[1]));
      if (!pull) return json(res, 404, { message: 'Not Found' });
      const names = Array.isArray(body.labels) ? (body.labels as unknown[]).map(String) : [];
      for (const name of names) if (!pull.labels.some((l) => l.name === name)) pull.labels.push({ name });
      return json(res, 200, pull.labels);
    }
    if (rest === 'pulls') {
      if (req.method === 'GET') {
        const state = req.query.get('state') ?? 'open';
        const head = req.query.get('head');
        const base = req.query.get('base');
        const list = api.pulls.filter(
          (p) =>
            (state === 'all' || p.state === state) && (head === null || p.head.label === head) && (base === null || p.base.ref === base),
        );
        return page(res, req, list);
      }
      if (req.method === 'POST') {
        const headRef = String(body.head ?? '');
        if (api.pulls.some((p) => p.state === 'open' && (p.head.ref === headRef || p.head.label === headRef) && p.base.ref === body.base)) {
          return json(res, 422, { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${headRef}.` }] });
        }
        const number = Math.max(0, ...api.pulls.map((p) => p.number)) + 1;
        const ref = headRef.includes(':') ? headRef.split(':')[1] : headRef;
        return json(
          res,
          201,
          api.addPull({
            number,
            title: String(body.title ?? ''),
            body: typeof body.body === 'string' ? body.body : null,
            draft: body.draft === true,
            head: {
              ref,
              sha: '0'.repeat(40),
              label: headRef.includes(':') ? headRef : `${m[1]}:${headRef}`,
              repo: { full_name: `${m[1]}/${m[2]}` },
            },
            base: { ref: String(body.base ?? ''), repo: { full_name: `${m[1]}/${m[2]}` } },
          }),
        );
      }
    }
    if ((r = /^pulls\/(\d+)$/.exec(rest))) {
      const pull = api.pulls.find((p) => p.number === Number(r?.[1]));
      if (!pull) return json(res, 404, { message: 'Not Found' });
      if (req.method === 'GET') return json(res, 200, pull);
      if (req.method === 'PATCH') {
        if (typeof body.title === 'string') pull.title = body.title;
        if (typeof body.body === 'string') pull.body = body.body;
        if (body.state === 'open' || body.state === 'closed') pull.state = body.state;
        return json(res, 200, pull);
      }
    }
    if ((r = /^actions\/runs\/(\d+)\/artifacts$/.exec(rest)) && req.method === 'GET') {
      const runId = Number(r[1]);
      const name = req.query.get('name');
      const list = api.artifacts.filter((a) => a.runId === runId && (name === null || a.name === name));
      return page(res, req, list, (slice) => ({
        total_count: list.length,
        artifacts: slice.map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.length,
          expired: a.expired ?? false,
          archive_download_url: `${server.url}/repos/${m[1]}/${m[2]}/actions/artifacts/${a.id}/zip`,
          workflow_run: { id: a.runId },
        })),
      }));
    }
    if ((r = /^actions\/artifacts\/(\d+)\/zip$/.exec(rest)) && req.method === 'GET') {
      const a = api.artifacts.find((x) => x.id === Number(r?.[1]));
      if (!a) return json(res, 404, { message: 'Not Found' });
      res.writeHead(302, { location: `${server.url}/blobs/${a.id}.zip` }).end();
      return;
    }
    json(res, 404, { message: `Not Found (the fake API has no ${req.method} ${req.path})` });
  };

  server.fallback((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', server.url);
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text === '' ? null : JSON.parse(text);
      } catch {
        body = text;
      }
      const recorded: ApiRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body,
        authorization: req.headers.authorization,
      };
      api.requests.push(recorded);
      handle(recorded, res);
    });
  });
  return api;
}
