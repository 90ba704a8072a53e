/**
 * The one GitHub REST client of the publish stage (PR comments, pull requests, report artifacts).
 * Octokit from @actions/github, with bounded retries on rate limits and errors turned into
 * messages that say what to fix. Callers load this module with a dynamic import: a validate-only
 * run never pays for Octokit.
 *
 * Retries: 429, and 403 when GitHub says it is a rate limit (secondary: retry-after or the
 * "secondary rate limit" message; primary: x-ratelimit-remaining 0), waiting what GitHub asks,
 * never longer than `maxWaitMs`; when GitHub asks for more, the call fails at once (a job that
 * sleeps for half an hour is worse than a clear error). 5xx are retried only for GET: a POST
 * that may have been applied is never repeated (that would post a second comment).
 */
import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export type GithubErrorKind = 'permission' | 'rate-limit' | 'auth' | 'not-found' | 'invalid' | 'server' | 'network';

/** A failed API call, with a message that names the call, GitHub's answer and the fix. */
export class GithubApiError extends Error {
  constructor(
    message: string,
    readonly kind: GithubErrorKind,
    readonly status: number | null,
    readonly call: string,
  ) {
    super(message);
    this.name = 'GithubApiError';
  }
}

export interface GithubClientOptions {
  token: string;
  /** GITHUB_API_URL is read from here (default https://api.github.com). */
  env: NodeJS.ProcessEnv;
  /** Retries after the first attempt (default 3). */
  maxRetries?: number;
  /** The longest single wait GitHub may ask for (default 60 s). */
  maxWaitMs?: number;
  /** Injectable so tests never really wait. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Told about each retry (the log). */
  onRetry?: (message: string) => void;
}

export interface GithubClient {
  octokit: Octokit;
  apiUrl: string;
}

const DEFAULT_RETRIES = 3;
const DEFAULT_MAX_WAIT_MS = 60_000;
/** GitHub's advice for a secondary limit that names no time: wait at least a minute. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000;

export function apiUrlFrom(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

export function createGithubClient(options: GithubClientOptions): GithubClient {
  const apiUrl = apiUrlFrom(options.env);
  if (options.token === '') {
    throw new GithubApiError(
      'no token: the token input is empty (its default is github.token); pass a token that can call the GitHub API',
      'auth',
      null,
      '(none)',
    );
  }
  const octokit = getOctokit(options.token, { baseUrl: apiUrl, log: quietLog });
  const policy: RetryPolicy = {
    maxRetries: options.maxRetries ?? DEFAULT_RETRIES,
    maxWaitMs: options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    onRetry: options.onRetry ?? (() => {}),
  };
  // GitHub's answer is quoted in messages that reach the log, the summary and the JSON report
  // (an artifact, which the runner does not mask): a server or proxy echoing the token must not leak it.
  const hide = (text: string): string => text.split(options.token).join('***');
  octokit.hook.wrap('request', async (request, endpoint) => {
    const call = describeCall(octokit, endpoint);
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(endpoint);
      } catch (err) {
        const wait = retryWait(err, endpoint.method, attempt, policy);
        if (wait === null || attempt >= policy.maxRetries) {
          const e = describeGithubError(err, call, policy);
          throw new GithubApiError(hide(e.message), e.kind, e.status, e.call);
        }
        policy.onRetry(
          hide(`${call}: ${summary(err)}; retrying in ${Math.ceil(wait / 1000)} s (retry ${attempt + 1} of ${policy.maxRetries})`),
        );
        await policy.sleep(wait);
      }
    }
  });
  return { octokit, apiUrl };
}

/** `POST https://api.github.com/repos/o/r/issues/7/comments`: the expanded URL, without its query. */
function describeCall(octokit: Octokit, endpoint: Parameters<Octokit['request']['endpoint']['parse']>[0]): string {
  try {
    const parsed = octokit.request.endpoint.parse(endpoint);
    return `${parsed.method} ${parsed.url.split('?')[0]}`;
  } catch {
    return `${endpoint.method} ${String(endpoint.url)}`;
  }
}

interface RetryPolicy {
  maxRetries: number;
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  onRetry: (message: string) => void;
}

interface ErrorShape {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function header(err: unknown, name: string): string | undefined {
  const v = (err as ErrorShape).response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

function apiMessage(err: unknown): string {
  const data = (err as ErrorShape).response?.data;
  const m = data && typeof data === 'object' ? (data as { message?: unknown }).message : typeof data === 'string' ? data : undefined;
  return typeof m === 'string' ? m.slice(0, 300) : '';
}

/** True when a 403/429 is a rate limit rather than a refusal. */
export function isRateLimit(err: unknown): boolean {
  const status = (err as ErrorShape).status;
  if (status === 429) return true;
  if (status !== 403) return false;
  return (
    header(err, 'retry-after') !== undefined || header(err, 'x-ratelimit-remaining') === '0' || /rate limit|abuse/i.test(apiMessage(err))
  );
}

/** Milliseconds to wait before retrying, or null when the error is not worth retrying now. */
function retryWait(err: unknown, method: string, attempt: number, policy: RetryPolicy): number | null {
  const status = (err as ErrorShape).status;
  if (isRateLimit(err)) {
    const wanted = askedWait(err, policy.now());
    if (wanted === null) return Math.min(policy.maxWaitMs, status === 429 ? 1000 * 2 ** attempt : SECONDARY_DEFAULT_WAIT_MS);
    return wanted <= policy.maxWaitMs ? wanted : null;
  }
  if (typeof status === 'number' && status >= 500 && status !== 501 && method === 'GET') {
    return Math.min(policy.maxWaitMs, 1000 * 2 ** attempt);
  }
  return null;
}

/** What GitHub asked for: retry-after seconds, else the primary limit's reset time. */
function askedWait(err: unknown, now: number): number | null {
  const retryAfter = header(err, 'retry-after');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  const reset = header(err, 'x-ratelimit-reset');
  if (header(err, 'x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
    return Math.max(0, Number(reset) * 1000 - now);
  }
  return null;
}

function summary(err: unknown): string {
  const e = err as ErrorShape;
  const m = apiMessage(err);
  return typeof e.status === 'number' ? `HTTP ${e.status}${m ? ` (${m})` : ''}` : (e.message ?? String(err));
}

/** A GithubApiError whose message says what GitHub answered and what to do about it. */
export function describeGithubError(err: unknown, call: string, policy?: Pick<RetryPolicy, 'now'>): GithubApiError {
  if (err instanceof GithubApiError) return err;
  const e = err as ErrorShape;
  const status = typeof e.status === 'number' ? e.status : null;
  const m = apiMessage(err);
  const base = `${call} ${status === null ? `failed: ${e.message ?? String(err)}` : `answered HTTP ${status}${m ? `: ${m}` : ''}`}`;
  if (status === null || (status === 500 && !e.response)) return new GithubApiError(base, 'network', status, call);
  if (isRateLimit(err)) {
    const wait = askedWait(err, (policy?.now ?? Date.now)());
    const when = wait === null ? '' : `; GitHub asks to wait ${Math.ceil(wait / 1000)} s`;
    return new GithubApiError(`${base}; the GitHub API rate limit was hit and retries ran out${when}`, 'rate-limit', status, call);
  }
  if (status === 401) return new GithubApiError(`${base}; the token was rejected (expired or revoked)`, 'auth', status, call);
  if (status === 403) {
    return new GithubApiError(
      `${base}; the token may not do this (a fork pull request's token is read-only; otherwise grant the permission in the workflow's permissions: block)`,
      'permission',
      status,
      call,
    );
  }
  if (status === 404) return new GithubApiError(`${base}; not found, or the token cannot see it`, 'not-found', status, call);
  if (status === 422) return new GithubApiError(base, 'invalid', status, call);
  return new GithubApiError(base, status >= 500 ? 'server' : 'invalid', status, call);
}

/** Octokit's deprecation chatter stays out of the job log. */
const quietLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
