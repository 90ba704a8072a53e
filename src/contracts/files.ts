/**
 * FILE_NOT_FOUND's path rules (Go io/fs): a referenced path passes iff it is a valid fs path
 * (unrooted, `/`-separated, no empty, `.` or `..` element; `.` alone is the root) and an
 * entry (file or directory, symlinks followed) exists there in the bundle.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isInside } from '../shared/paths.js';

/**
 * How validation sees a bundle's files: the disk, or the disk with files laid over it (check
 * mode validates against what feeding plugins would write, without writing it).
 */
export interface BundleFileReader {
  /** Follows symlinks; null when nothing is there. */
  stat(abs: string): { isDirectory: boolean; size: number } | null;
  /** Throws like fs.readFileSync. */
  read(abs: string): Buffer;
}

export const diskReader: BundleFileReader = {
  stat(abs) {
    const st = statSync(abs, { throwIfNoEntry: false });
    return st ? { isDirectory: st.isDirectory(), size: st.size } : null;
  },
  read: (abs) => readFileSync(abs),
};

/**
 * `abs` with the symbolic links of its existing part resolved (the rest appended as is), so a
 * file named through a linked directory is found under the name it was laid at.
 */
function realish(abs: string): string {
  const rest: string[] = [];
  for (let cur = abs; ; cur = path.dirname(cur)) {
    try {
      const real = realpathSync.native(cur);
      return rest.length === 0 ? real : path.join(real, ...rest.reverse());
    } catch {
      if (path.dirname(cur) === cur) return abs;
      rest.push(path.basename(cur));
    }
  }
}

/**
 * The disk with `files` (absolute path -> bytes) laid over it and `removed` taken away: a laid
 * file is read from memory, and its missing parent directories exist. Paths are compared once
 * symbolic links are resolved.
 */
export function overlayReader(
  files: ReadonlyMap<string, Buffer>,
  under: BundleFileReader = diskReader,
  removed: Iterable<string> = [],
): BundleFileReader {
  const laid = new Map([...files].map(([abs, bytes]) => [realish(path.resolve(abs)), bytes]));
  const gone = new Set([...removed].map((abs) => realish(path.resolve(abs))));
  const dirs = new Set<string>();
  for (const abs of laid.keys()) {
    for (let d = path.dirname(abs); !dirs.has(d) && d !== path.dirname(d); d = path.dirname(d)) dirs.add(d);
  }
  return {
    stat(abs) {
      const key = realish(path.resolve(abs));
      const bytes = laid.get(key);
      if (bytes !== undefined) return { isDirectory: false, size: bytes.length };
      if (gone.has(key)) return null;
      return under.stat(abs) ?? (dirs.has(key) ? { isDirectory: true, size: 0 } : null);
    },
    read(abs) {
      const key = realish(path.resolve(abs));
      if (gone.has(key) && !laid.has(key))
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${abs}'`), { code: 'ENOENT' });
      return laid.get(key) ?? under.read(abs);
    },
  };
}

/** Go's io/fs.ValidPath. */
export function isValidFsPath(p: string): boolean {
  if (p === '.') return true;
  if (!isWellFormed(p)) return false;
  for (const elem of p.split('/')) {
    if (elem === '' || elem === '.' || elem === '..') return false;
  }
  return true;
}

function isWellFormed(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

/** The absolute path a bundle-relative reference names (no validity check). */
export function bundlePath(bundleDir: string, ref: string): string {
  return path.join(bundleDir, ...ref.split('/'));
}

/** True when `ref` resolves to an existing entry of the bundle under Pacto's rules. */
export function bundleFileExists(bundleDir: string, ref: string, files: BundleFileReader = diskReader): boolean {
  if (!isValidFsPath(ref)) return false;
  if (ref.includes('\0')) return false;
  return files.stat(bundlePath(bundleDir, ref)) !== null;
}

/** Whether `abs` resolves (symbolic links followed) inside `root`, itself a real path. */
export function insideRoot(root: string, abs: string): boolean {
  let real: string;
  try {
    // The native call: one realpath(3) per file instead of an lstat per path component in JS
    // (a 1,000-contract run spent 130 ms here).
    real = realpathSync.native(abs);
  } catch {
    return true;
  }
  return isInside(root, real);
}
