/**
 * FILE_NOT_FOUND's path rules (Go io/fs): a referenced path passes iff it is a valid fs path
 * (unrooted, `/`-separated, no empty, `.` or `..` element; `.` alone is the root) and an
 * entry (file or directory, symlinks followed) exists there in the bundle.
 */
import { existsSync, realpathSync } from 'node:fs';
import * as path from 'node:path';

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
export function bundleFileExists(bundleDir: string, ref: string): boolean {
  if (!isValidFsPath(ref)) return false;
  if (ref.includes('\0')) return false;
  return existsSync(bundlePath(bundleDir, ref));
}

/** Whether `abs` resolves (symbolic links followed) inside `root`, itself a real path. */
export function insideRoot(root: string, abs: string): boolean {
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return true;
  }
  const rel = path.relative(root, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

