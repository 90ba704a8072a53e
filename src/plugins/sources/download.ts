/** Download, verify (before anything is extracted or run), unpack, find the executable, cache. */
import fs from 'node:fs';
import { findExecutable, kindFromName, makeExecutable, sniffKind, unpack } from '../archive.js';
import { findCached, storeDir, type CacheEntry } from '../cache.js';
import { sha256File } from '../../shared/hash.js';
import { PluginError, type SourceContext } from './context.js';
import { describeDownloadError, fetchToFile } from './http.js';
import { errorMessage } from '../../shared/errors.js';

export { describeDownloadError } from './http.js';

export interface DownloadRequest {
  url: string;
  /** How messages name the download; the URL when absent. */
  label?: string;
  /** The name that decides raw, .tar.gz/.tgz or .zip (the URL's last segment or the asset name). */
  fileName: string;
  /** An authorization header value: only ever the token, only for the GitHub API host. */
  auth?: string;
  headers?: Record<string, string>;
  /** The expected sha256 of the download and where it came from ("sha256" or the checksums file). */
  expected: { sha256: string; from: string } | null;
  /** Null: not cached (neither verified nor versioned). */
  cache: CacheEntry | null;
}

export interface Downloaded {
  path: string;
  cached: boolean;
}

/** A plugin already in the tool cache, or null. */
export async function fromCache(sc: SourceContext, entry: CacheEntry | null): Promise<Downloaded | null> {
  if (entry === null) return null;
  const dir = findCached(entry);
  if (dir === null) return null;
  try {
    const file = await findExecutable(dir, sc.exe, sc.platform.windows, `the tool cache entry ${dir}`);
    sc.log.info(`Found in the tool cache: ${dir}`);
    return { path: file, cached: true };
  } catch (err) {
    // A damaged entry is replaced by a fresh download (tool-cache empties the folder first).
    sc.log.info(`Ignoring the tool cache entry ${dir}: ${errorMessage(err)}`);
    return null;
  }
}

export async function downloadPlugin(sc: SourceContext, req: DownloadRequest): Promise<Downloaded> {
  const what = req.label ?? req.url;
  sc.log.info(`Downloading ${what}`);
  let file: string;
  try {
    file = await fetchFile(sc, req.url, what, req.auth, req.headers);
  } catch (err) {
    throw new PluginError(`download of ${what} failed: ${describeDownloadError(err)}`);
  }
  const temps = [file];
  try {
    const actual = await sha256File(file);
    if (req.expected !== null) {
      if (actual !== req.expected.sha256) {
        throw new PluginError(
          `checksum mismatch for ${what}: expected ${req.expected.sha256} (${req.expected.from}), got ${actual}; nothing was extracted or run`,
        );
      }
      sc.log.info(`Verified sha256 ${actual} (${req.expected.from})`);
    } else {
      sc.log.warning(
        `plugin "${sc.spec.name}": the download of ${what} is unverified (no sha256 and no checksums file). ` +
          `Pin it with sha256: ${actual}`,
      );
    }
    let kind = kindFromName(req.fileName);
    if (kind === 'raw') kind = await sniffKind(file);
    const dir = await unpack(file, kind, sc.exe, sc.ctx.runnerTemp);
    temps.push(dir);
    const exePath = await findExecutable(dir, sc.exe, sc.platform.windows);
    await makeExecutable(exePath, sc.platform.windows);
    if (req.cache === null) {
      sc.log.info('Not cached: the download is neither verified nor versioned');
      temps.pop();
      return { path: exePath, cached: false };
    }
    const cachedDir = await storeDir(dir, req.cache);
    sc.log.info(`Cached as ${req.cache.tool} ${req.cache.version} in ${cachedDir}`);
    return { path: await findExecutable(cachedDir, sc.exe, sc.platform.windows, `the tool cache entry ${cachedDir}`), cached: false };
  } finally {
    await Promise.all(temps.map((t) => fs.promises.rm(t, { recursive: true, force: true })));
  }
}

/** A download into RUNNER_TEMP, logged to the plugin's own log. */
export function fetchFile(sc: SourceContext, url: string, label: string, auth?: string, headers?: Record<string, string>): Promise<string> {
  return fetchToFile({ url, auth, headers, dir: sc.ctx.runnerTemp, log: sc.log, label, retryWait: sc.ctx.downloadRetryWait });
}
