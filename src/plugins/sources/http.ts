/**
 * Plugin downloads. Not tool-cache's downloadTool: that one logs its retries ("Waiting N seconds")
 * straight to the step log, outside the plugin's log group, and follows a plain-http redirect from a
 * loopback server to any host. Here every line goes to the plugin's own log, and each redirect is
 * checked before it is followed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as httpm from '@actions/http-client';
import { isLoopbackHost } from '../spec.js';
import type { PluginLog } from './context.js';
import { errorMessage } from '../../shared/errors.js';

export const MAX_ATTEMPTS = 3;
const MAX_REDIRECTS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** tool-cache's waits between attempts; tests pass shorter ones through the resolve context. */
export const DEFAULT_RETRY_WAIT = { minSeconds: 10, maxSeconds: 20 };

export interface FetchRequest {
  url: string;
  /** An Authorization header value, sent only while the request stays on the url's origin. */
  auth?: string;
  headers?: Record<string, string>;
  /** The directory the file is written to, under a random name. */
  dir: string;
  log: PluginLog;
  /** How log lines name the download. */
  label: string;
  retryWait?: { minSeconds: number; maxSeconds: number };
}

/** A failed download: `status` for an HTTP answer, `attempts` when it was retried. */
export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
    readonly attempts = 1,
  ) {
    super(message);
  }
}

/** Downloads url to a fresh file in req.dir and returns its path; retries 5xx, 408, 429 and network errors. */
export async function fetchToFile(req: FetchRequest): Promise<string> {
  const wait = req.retryWait ?? DEFAULT_RETRY_WAIT;
  await fs.promises.mkdir(req.dir, { recursive: true });
  for (let attempt = 1; ; attempt++) {
    const dest = path.join(req.dir, crypto.randomUUID());
    try {
      await fetchOnce(req, dest);
      return dest;
    } catch (err) {
      await fs.promises.rm(dest, { force: true });
      const e = err instanceof DownloadError ? err : new DownloadError(errorMessage(err), null, true);
      if (!e.retryable) throw e;
      if (attempt >= MAX_ATTEMPTS) throw new DownloadError(e.message, e.status, true, attempt);
      const seconds = wait.minSeconds + Math.floor(Math.random() * (wait.maxSeconds - wait.minSeconds + 1));
      req.log.info(`${req.label}: attempt ${attempt} of ${MAX_ATTEMPTS} failed (${e.message}); trying again in ${seconds} s`);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}

async function fetchOnce(req: FetchRequest, dest: string): Promise<void> {
  // Redirects are followed here, one checked hop at a time; retries are fetchToFile's.
  const client = new httpm.HttpClient('pacto-generate-action', [], { allowRedirects: false, allowRetries: false });
  try {
    let url = new URL(req.url);
    let sendAuth = req.auth !== undefined;
    for (let hops = 0; ; hops++) {
      const headers: Record<string, string> = { ...req.headers };
      if (sendAuth && req.auth !== undefined) headers.authorization = req.auth;
      const res = await client.get(url.href, headers);
      const status = res.message.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        res.message.resume();
        const location = res.message.headers.location;
        if (!location) throw new DownloadError(`HTTP ${status} redirect without a Location`, status, false);
        if (hops >= MAX_REDIRECTS) throw new DownloadError(`more than ${MAX_REDIRECTS} redirects`, status, false);
        const next = new URL(location, url);
        checkRedirect(new URL(req.url), url, next);
        // The token is for the origin it was given for; once the download leaves it, it is never sent again.
        if (next.origin !== new URL(req.url).origin) sendAuth = false;
        url = next;
        continue;
      }
      if (status !== 200) {
        res.message.resume();
        throw new DownloadError(`HTTP ${status}`, status, status >= 500 || status === 408 || status === 429);
      }
      await pipeline(res.message, fs.createWriteStream(dest, { flags: 'wx' }));
      return;
    }
  } finally {
    client.dispose();
  }
}

/**
 * Refuses a redirect that would leave https for plain http, or leave loopback for a plain-http host
 * elsewhere (the spec allows plain http only for loopback). Pre-signed storage URLs carry their
 * signature in the query: messages show a URL without it.
 */
function checkRedirect(start: URL, from: URL, to: URL): void {
  if (to.protocol !== 'http:' && to.protocol !== 'https:') {
    throw new DownloadError(`refused the redirect to ${printable(to)}: only http and https are followed`, null, false);
  }
  if (to.protocol !== 'http:') return;
  if (from.protocol === 'https:') {
    throw new DownloadError(`refused the redirect from https to plain http (${printable(to)})`, null, false);
  }
  const startSafe = start.protocol === 'https:' || isLoopbackHost(start.hostname);
  if (startSafe && !isLoopbackHost(to.hostname)) {
    throw new DownloadError(
      `refused the redirect to ${printable(to)}: plain http:// is allowed only on loopback (127.0.0.1, localhost, [::1])`,
      null,
      false,
    );
  }
}

/** Origin and path only: a redirect's query may hold a signature. */
export function printable(url: URL): string {
  return `${url.origin}${url.pathname}${url.search === '' ? '' : '?…'}`;
}

export function describeDownloadError(err: unknown): string {
  if (err instanceof DownloadError) return err.attempts > 1 ? `${err.message} (after ${err.attempts} attempts)` : err.message;
  return errorMessage(err);
}
