import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGithubClient, GithubApiError, type GithubClient } from '../../../src/publish/github/client.js';
import {
  notAccessible,
  secondaryRateLimit,
  startFakeGithubApi,
  tooManyRequests,
  type FakeGithubApi,
} from '../../helpers/fake-github-api.js';

let api: FakeGithubApi;
let waits: number[];
let retries: string[];

function client(extra: { maxRetries?: number; maxWaitMs?: number; now?: () => number } = {}): GithubClient {
  return createGithubClient({
    token: 'test-token',
    env: { GITHUB_API_URL: api.url },
    sleep: async (ms) => void waits.push(ms),
    onRetry: (m) => void retries.push(m),
    ...extra,
  });
}

beforeEach(async () => {
  api = await startFakeGithubApi();
  waits = [];
  retries = [];
});
afterEach(async () => {
  await api.close();
});

const COMMENTS = /\/issues\/7\/comments$/;

describe('GitHub client', () => {
  it('talks to GITHUB_API_URL with the token', async () => {
    const { octokit, apiUrl } = client();
    expect(apiUrl).toBe(api.url);
    await octokit.rest.issues.createComment({ owner: 'acme', repo: 'sample', issue_number: 7, body: 'hi' });
    expect(api.comments.map((c) => c.body)).toEqual(['hi']);
    expect(api.requests[0].authorization).toBe('token test-token');
  });

  it('refuses an empty token with a message naming the input', () => {
    expect(() => createGithubClient({ token: '', env: { GITHUB_API_URL: api.url } })).toThrow(/token input is empty/);
  });

  it('paginates the comment list', async () => {
    for (let i = 0; i < 65; i++) api.addComment(7, `c${i}`);
    const { octokit } = client();
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: 'acme', repo: 'sample', issue_number: 7, per_page: 30 });
    expect(all).toHaveLength(65);
    expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('retries a 429 after the retry-after GitHub asks for, then succeeds', async () => {
    api.script('POST', COMMENTS, tooManyRequests(2), tooManyRequests(0));
    const { octokit } = client();
    await octokit.rest.issues.createComment({ owner: 'acme', repo: 'sample', issue_number: 7, body: 'x' });
    expect(waits).toEqual([2000, 0]);
    expect(api.comments).toHaveLength(1);
    expect(retries[0]).toMatch(/HTTP 429.*retrying in 2 s \(retry 1 of 3\)/);
  });

  it('retries a secondary rate limit (403 with retry-after)', async () => {
    api.script('GET', COMMENTS, secondaryRateLimit(1));
    const { octokit } = client();
    const r = await octokit.rest.issues.listComments({ owner: 'acme', repo: 'sample', issue_number: 7 });
    expect(r.status).toBe(200);
    expect(waits).toEqual([1000]);
  });

  it("waits GitHub's advised minute for a secondary limit that names no time, capped by maxWaitMs", async () => {
    api.script('GET', COMMENTS, { status: 403, body: { message: 'You have exceeded a secondary rate limit.' } });
    await client().octokit.rest.issues.listComments({ owner: 'acme', repo: 'sample', issue_number: 7 });
    api.script('GET', COMMENTS, { status: 403, body: { message: 'You have exceeded a secondary rate limit.' } });
    await client({ maxWaitMs: 5000 }).octokit.rest.issues.listComments({ owner: 'acme', repo: 'sample', issue_number: 7 });
    expect(waits).toEqual([60_000, 5000]);
  });

  it('waits for x-ratelimit-reset when the primary limit is exhausted', async () => {
    const now = 1_800_000_000_000;
    api.script('GET', COMMENTS, {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 5) },
      body: { message: 'API rate limit exceeded' },
    });
    const { octokit } = client({ now: () => now });
    await octokit.rest.issues.listComments({ owner: 'acme', repo: 'sample', issue_number: 7 });
    expect(waits).toEqual([5000]);
  });

  it('gives up after the bounded number of retries with a rate-limit error', async () => {
    api.script('POST', COMMENTS, ...Array.from({ length: 10 }, () => tooManyRequests(0)));
    const { octokit } = client({ maxRetries: 2 });
    const err = await octokit.rest.issues
      .createComment({ owner: 'acme', repo: 'sample', issue_number: 7, body: 'x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GithubApiError);
    expect((err as GithubApiError).kind).toBe('rate-limit');
    expect((err as GithubApiError).message).toMatch(/POST .*issues\/7\/comments answered HTTP 429.*rate limit was hit and retries ran out/);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    expect(api.comments).toHaveLength(0);
  });

  it('fails at once when GitHub asks for a longer wait than the cap', async () => {
    api.script('POST', COMMENTS, tooManyRequests(3600));
    const { octokit } = client({ maxWaitMs: 60_000 });
    const err = (await octokit.rest.issues
      .createComment({ owner: 'acme', repo: 'sample', issue_number: 7, body: 'x' })
      .catch((e: unknown) => e)) as GithubApiError;
    expect(err.kind).toBe('rate-limit');
    expect(err.message).toMatch(/wait 3600 s/);
    expect(waits).toEqual([]);
  });

  it('does not retry a permission 403 and says it is a permission problem', async () => {
    api.script('POST', COMMENTS, notAccessible());
    const { octokit } = client();
    const err = (await octokit.rest.issues
      .createComment({ owner: 'acme', repo: 'sample', issue_number: 7, body: 'x' })
      .catch((e: unknown) => e)) as GithubApiError;
    expect(err.kind).toBe('permission');
    expect(err.status).toBe(403);
    expect(err.message).toMatch(/Resource not accessible by integration; the token may not do this/);
    expect(waits).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  it('retries a 5xx for a GET but never repeats a POST', async () => {
    api.script('GET', COMMENTS, { status: 502, body: { message: 'bad gateway' } });
    api.script('POST', COMMENTS, { status: 502, body: { message: 'bad gateway' } });
    const { octokit } = client();
    await octokit.rest.issues.listComments({ owner: 'acme', repo: 'sample', issue_number: 7 });
    const err = (await octokit.rest.issues
      .createComment({ owner: 'acme', repo: 'sample', issue_number: 7, body: 'x' })
      .catch((e: unknown) => e)) as GithubApiError;
    expect(err.kind).toBe('server');
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(waits).toEqual([1000]);
  });

  it('reports an unreachable API as a network error', async () => {
    const { octokit } = createGithubClient({ token: 't', env: { GITHUB_API_URL: 'http://127.0.0.1:1' }, sleep: async () => {} });
    const err = (await octokit.rest.issues
      .listComments({ owner: 'a', repo: 'b', issue_number: 1 })
      .catch((e: unknown) => e)) as GithubApiError;
    expect(err).toBeInstanceOf(GithubApiError);
    expect(['network', 'server']).toContain(err.kind);
  });
});
