/**
 * Tool-cache entries for downloaded plugins. tool-cache only finds semver versions, so the identity
 * of a download (its URL or coordinates, and its checksum) goes into the tool name as a short hash,
 * and the version directory is the plugin's version when it is semver, else 0.0.0.
 */
import * as tc from '@actions/tool-cache';
import { sha256 } from '../shared/hash.js';

export interface CacheEntry {
  tool: string;
  version: string;
  arch: string;
}

export function cacheEntry(name: string, identity: string[], version: string | null, arch: string): CacheEntry {
  const hash8 = sha256(identity.join('\n')).slice(0, 8);
  const semver = version !== null && tc.isExplicitVersion(version) ? version : '0.0.0';
  return { tool: `pacto-plugin-${name}-${hash8}`, version: semver, arch };
}

/** The cached directory, or null. Only complete entries count (tool-cache writes the marker last). */
export function findCached(entry: CacheEntry): string | null {
  const dir = tc.find(entry.tool, entry.version, entry.arch);
  return dir === '' ? null : dir;
}

/**
 * For a download whose version is known only once installed (a local npm .tgz): any complete
 * version under the tool name, which already holds the download's identity.
 */
export function findCachedAnyVersion(tool: string, arch: string): string | null {
  for (const version of tc.findAllVersions(tool, arch)) {
    const dir = findCached({ tool, version, arch });
    if (dir !== null) return dir;
  }
  return null;
}

export async function storeDir(dir: string, entry: CacheEntry): Promise<string> {
  return tc.cacheDir(dir, entry.tool, entry.version, entry.arch);
}

/**
 * tool-cache reads RUNNER_TOOL_CACHE and RUNNER_TEMP from process.env at each call; set them from
 * the context for the duration of a resolution (on a runner they already hold these values).
 */
export async function withToolCacheEnv<T>(toolCache: string, runnerTemp: string, fn: () => Promise<T>): Promise<T> {
  const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };
  process.env.RUNNER_TOOL_CACHE = toolCache;
  process.env.RUNNER_TEMP = runnerTemp;
  try {
    return await fn();
  } finally {
    restore('RUNNER_TOOL_CACHE', saved.cache);
    restore('RUNNER_TEMP', saved.temp);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
