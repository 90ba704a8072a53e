/**
 * Turns a plugin's response into files in its staging directory: returned files are
 * written there (UTF-8), files the plugin wrote there itself are collected as `direct`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { UnsafeOutputCode } from '../generate/types.js';
import { compareBytes, joinRelative, pathProblem, returnedPathError } from './paths.js';

export interface CollectedFile {
  path: string;
  direct: boolean;
}

export type CollectResult = { files: CollectedFile[] } | { error: string; unsafe?: UnsafeOutputCode };

/** Lists what the plugin wrote into `dir` itself; symlinks and special files are errors. */
export async function listDirectFiles(dir: string): Promise<{ files: string[] } | { error: string; unsafe: UnsafeOutputCode }> {
  const files: string[] = [];
  let unsafe: UnsafeOutputCode = 'OUTPUT_NOT_REGULAR_FILE';
  const walk = async (abs: string, rel: string): Promise<string | null> => {
    const entries = await fs.readdir(abs, { withFileTypes: true });
    entries.sort((a, b) => compareBytes(a.name, b.name));
    for (const e of entries) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      const full = path.join(abs, e.name);
      if (e.isSymbolicLink()) {
        return `plugin wrote a symbolic link ${JSON.stringify(r)} into its outputDir; only regular files are allowed`;
      }
      if (e.isDirectory()) {
        const err = await walk(full, r);
        if (err) return err;
      } else if (e.isFile()) {
        const problem = pathProblem(r);
        if (problem) {
          unsafe = 'OUTPUT_PATH_INVALID';
          return `plugin wrote ${JSON.stringify(r)} into its outputDir, which is not allowed: ${problem}`;
        }
        files.push(r);
      } else {
        return `plugin wrote ${JSON.stringify(r)} into its outputDir, which is not a regular file (a socket, FIFO or device); only regular files are allowed`;
      }
    }
    return null;
  };
  const err = await walk(dir, '');
  return err ? { error: err, unsafe } : { files };
}

/** Finds two paths of which one is a file and the other needs it to be a directory. */
function prefixConflict(paths: Iterable<string>): [string, string] | null {
  const set = new Set(paths);
  for (const p of set) {
    const segs = p.split('/');
    for (let i = 1; i < segs.length; i++) {
      const prefix = segs.slice(0, i).join('/');
      if (set.has(prefix)) return [prefix, p];
    }
  }
  return null;
}

export async function collectJobFiles(stagingDir: string, returned: { path: string; content: string }[]): Promise<CollectResult> {
  const seen = new Map<string, number>();
  for (const [i, f] of returned.entries()) {
    const err = returnedPathError(f.path);
    if (err) return { error: `files[${i}]: ${err}`, unsafe: 'OUTPUT_PATH_INVALID' };
    const first = seen.get(f.path);
    if (first !== undefined) {
      return { error: `files[${first}] and files[${i}] both have path ${JSON.stringify(f.path)}; return each path once` };
    }
    seen.set(f.path, i);
  }
  const conflict = prefixConflict(seen.keys());
  if (conflict) {
    return {
      error: `files[${seen.get(conflict[0])}] (${JSON.stringify(conflict[0])}) and files[${seen.get(conflict[1])}] (${JSON.stringify(conflict[1])}) conflict: the first must be a file and a directory at once`,
    };
  }

  let direct: string[];
  try {
    const listed = await listDirectFiles(stagingDir);
    if ('error' in listed) return listed;
    direct = listed.files;
  } catch (e) {
    return { error: `cannot read the plugin's outputDir: ${(e as Error).message}` };
  }
  for (const d of direct) {
    if (seen.has(d)) {
      return {
        error: `${JSON.stringify(d)} was both returned in the response (files[${seen.get(d)}]) and written into outputDir directly; produce each file one way`,
      };
    }
  }
  const both = prefixConflict([...seen.keys(), ...direct]);
  if (both) {
    return {
      error: `${JSON.stringify(both[0])} and ${JSON.stringify(both[1])} conflict (one returned, one written directly): the first must be a file and a directory at once`,
    };
  }

  try {
    // The staging directory exists; each other parent is made once.
    const made = new Set<string>([stagingDir]);
    for (const f of returned) {
      const target = joinRelative(stagingDir, f.path);
      const parent = path.dirname(target);
      if (!made.has(parent)) {
        await fs.mkdir(parent, { recursive: true });
        made.add(parent);
      }
      await fs.writeFile(target, f.content, 'utf8');
    }
  } catch (e) {
    return { error: `cannot stage the returned files: ${(e as Error).message}` };
  }

  const files: CollectedFile[] = [
    ...returned.map((f) => ({ path: f.path, direct: false })),
    ...direct.map((p) => ({ path: p, direct: true })),
  ];
  files.sort((a, b) => compareBytes(a.path, b.path));
  return { files };
}
