/**
 * Path rules for generated files. We are stricter than Pacto on purpose (Pacto joins and
 * cleans whatever a plugin returns, so `/etc/x` lands in `<out>/etc/x` and `a/./b` in `a/b`):
 * an output path must already be the clean relative form, so what a plugin asked for is
 * exactly what lands in the tree.
 */
import { lstatSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Why `p` is not a clean relative path, or null when it is. */
export function pathProblem(p: string): string | null {
  if (p === '') return 'it is empty';
  if (p.includes('\0')) return 'it contains a NUL character';
  if (p.includes('\\')) return 'it contains a backslash (use / as the separator)';
  if (p.startsWith('/')) return 'it is absolute';
  if (/^[A-Za-z]:/.test(p)) return 'it starts with a drive letter';
  const segments = p.split('/');
  if (segments.includes('')) return 'it has an empty segment (a doubled or trailing /)';
  if (segments.includes('.')) return 'it has a "." segment';
  if (segments.includes('..')) return 'it has a ".." segment';
  return null;
}

/** Whether `pacto generate` would write this path without an error (see pacto-behaviour §3.7). */
export function pactoAccepts(p: string): boolean {
  if (p.includes('\0')) return false;
  const out = '/pacto-out';
  const target = path.posix.join(out, p);
  if (target === out || target === `${out}/`) return false;
  return !path.posix.relative(out, target).startsWith('..');
}

/** The message for a path a plugin returned in its response. */
export function returnedPathError(p: string): string | null {
  const problem = pathProblem(p);
  if (problem === null) return null;
  const hint = pactoAccepts(p) ? 'Pacto accepts this, but return a clean relative path' : 'return a clean relative path';
  return `plugin file path ${JSON.stringify(p)} is not allowed: ${problem}. ${hint} (relative, "/"-separated, no empty, "." or ".." segment)`;
}

/** Joins a checked relative path onto a directory. */
export function joinRelative(dir: string, rel: string): string {
  return path.join(dir, ...rel.split('/'));
}

/** A platform path with `/` separators. */
export function toSlash(p: string): string {
  return p.split(path.sep).join('/');
}

/** Byte-order comparison of strings (UTF-8), so sort order never depends on the locale. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Whether target paths collide case-insensitively on this platform. */
export function caseInsensitive(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export function collisionKey(abs: string, platform: NodeJS.Platform): string {
  return caseInsensitive(platform) ? abs.toLowerCase() : abs;
}

/**
 * Whether something is at `p` (following symlinks, or not). A synchronous stat that reports a
 * missing path without an exception: metadata lookups are microseconds, while a thread-pool
 * round trip plus an Error for every ENOENT cost far more per job.
 */
function present(p: string, follow: boolean): boolean {
  try {
    return (follow ? statSync(p, { throwIfNoEntry: false }) : lstatSync(p, { throwIfNoEntry: false })) !== undefined;
  } catch {
    return false;
  }
}

/** The deepest existing ancestor of `p` (itself included), following symlinks. */
export async function nearestExisting(p: string): Promise<string> {
  let cur = path.resolve(p);
  for (;;) {
    if (present(cur, true)) return cur;
    const parent = path.dirname(cur);
    if (parent === cur) return cur;
    cur = parent;
  }
}

/**
 * Resolves symlinks in the existing part of `p`; the part that does not exist yet is
 * appended as is (it will be created as plain directories). A dangling symlink on the
 * way is an error: writing through it would create something wherever it points.
 */
export async function resolveExisting(p: string): Promise<string> {
  const abs = path.resolve(p);
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    if (present(cur, false)) {
      try {
        const real = await fs.realpath(cur);
        return rest.length === 0 ? real : path.join(real, ...rest.reverse());
      } catch {
        throw new Error(`${cur} is a dangling symbolic link`);
      }
    }
    const parent = path.dirname(cur);
    if (parent === cur) return abs;
    rest.push(path.basename(cur));
    cur = parent;
  }
}

/** Path lookups remembered for one pass over a tree that does not change during it. */
export interface PathLookups {
  resolve: (p: string) => Promise<string>;
  /** Whether the nearest existing ancestor of `p` (itself included) is a directory. */
  nearestIsDir: (p: string) => Promise<{ dir: boolean; at: string }>;
}

export function memoLookups(): PathLookups {
  const resolved = new Map<string, Promise<string>>();
  const nearest = new Map<string, Promise<{ dir: boolean; at: string }>>();
  return {
    resolve: (p) => {
      const key = path.resolve(p);
      let r = resolved.get(key);
      if (!r) resolved.set(key, (r = resolveExisting(key)));
      return r;
    },
    nearestIsDir: (p) => {
      const key = path.resolve(p);
      let r = nearest.get(key);
      if (!r) {
        r = nearestExisting(key).then(async (at) => ({ at, dir: (await fs.stat(at)).isDirectory() }));
        nearest.set(key, r);
      }
      return r;
    },
  };
}
