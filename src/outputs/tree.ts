/** Read-only views of what is at a path in the working tree, as generate would see it. */
import { lstatSync } from 'node:fs';
import fs from 'node:fs/promises';
import type { Side } from './patch.js';

export type Existing =
  { kind: 'absent' } | { kind: 'file'; mode: number } | { kind: 'symlink'; target: string } | { kind: 'dir' } | { kind: 'other' };

export async function inspect(p: string): Promise<Existing> {
  let st: import('node:fs').Stats | undefined;
  try {
    // Synchronous, and no exception for a missing path: most targets do not exist yet.
    st = lstatSync(p, { throwIfNoEntry: false });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return { kind: 'absent' };
    throw e;
  }
  if (st === undefined) return { kind: 'absent' };
  if (st.isFile()) return { kind: 'file', mode: st.mode & 0o7777 };
  if (st.isSymbolicLink()) return { kind: 'symlink', target: await fs.readlink(p) };
  if (st.isDirectory()) return { kind: 'dir' };
  return { kind: 'other' };
}

/** The side of a patch for what is at `p` now (directories and special files never reach here). */
export async function sideOf(p: string, existing: Existing): Promise<Side> {
  if (existing.kind === 'file') return { kind: 'file', content: await fs.readFile(p), executable: (existing.mode & 0o111) !== 0 };
  if (existing.kind === 'symlink') return { kind: 'symlink', target: existing.target };
  return { kind: 'absent' };
}

/** True when two contents differ only in CRLF versus LF line endings. */
export function crlfOnly(a: Buffer, b: Buffer): boolean {
  if (a.equals(b)) return false;
  const norm = (x: Buffer): string => x.toString('latin1').replace(/\r\n/g, '\n');
  return norm(a) === norm(b);
}
