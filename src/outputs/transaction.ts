/**
 * Applies one job's changes to the working tree as a unit that survives a crash.
 *
 * At every instant each path holds its old or its new complete content: a file is replaced by
 * renaming the staged file over it (atomic on POSIX), after a hard link in the job's work
 * directory has kept the old content. A removal is a rename into the work directory. Before
 * the first change a journal listing every step is written beside the backups; removing it is
 * the commit. On a failure the steps are undone in reverse; after a crash (SIGKILL, power, a
 * runner that stopped waiting) the next run finds the journal and finishes or rolls back
 * (recovery.ts), with the same undo code.
 */
import { lstatSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../shared/hash.js';

export type Step =
  /** `sha256`: the new content's, so an undo removes only what this step wrote. */
  | { kind: 'put'; target: string; source: string; mode: number | null; sha256: string }
  /** `pruneUpTo`: also remove the parents the removal leaves empty, up to (not including) this directory. */
  | { kind: 'remove'; target: string; pruneUpTo?: string };

export interface TransactionHooks {
  /** Called before each step; throwing simulates a failure there (fault injection in tests). */
  beforeStep?: (kind: Step['kind'], target: string) => void | Promise<void>;
}

/** One step as the journal keeps it: enough to undo it whatever point it reached. */
export type JournalStep =
  | { kind: 'put'; target: string; backup: string; sha256: string; existed: boolean; made: string[] }
  | { kind: 'remove'; target: string; backup: string };

export interface Journal {
  journalVersion: 1;
  /** The working directory (real path): recovery refuses any target outside it. */
  root: string;
  steps: JournalStep[];
}

export const JOURNAL_SUFFIX = 'journal.json';

/** Renames, falling back to copy + rename next to the destination across filesystems. */
export async function move(src: string, dst: string): Promise<void> {
  try {
    await fs.rename(src, dst);
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
  }
  const tmp = path.join(path.dirname(dst), `.pacto-tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    await copyAside(src, tmp);
    await fs.rename(tmp, dst);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await fs.rm(src, { force: true });
}

/** A second name for `src`'s content at `dst`: a hard link, or a copy where links fail. */
async function keep(src: string, dst: string): Promise<void> {
  try {
    await fs.link(src, dst);
  } catch {
    await copyAside(src, dst);
  }
}

async function copyAside(src: string, dst: string): Promise<void> {
  const st = await fs.lstat(src);
  if (st.isSymbolicLink()) await fs.symlink(await fs.readlink(src), dst);
  else {
    await fs.copyFile(src, dst);
    await fs.chmod(dst, st.mode & 0o7777);
    await fs.utimes(dst, st.atime, st.mtime);
  }
}

function exists(p: string): boolean {
  try {
    return lstatSync(p, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** The directories `mkdir -p dir` would create, deepest first. */
function missingDirs(dir: string): string[] {
  const out: string[] = [];
  for (let d = path.resolve(dir); !exists(d); d = path.dirname(d)) {
    out.push(d);
    if (path.dirname(d) === d) break;
  }
  return out;
}

/**
 * Removes the directories above `file` that are now empty, deepest first, stopping at the first
 * one that is not (or is not a plain directory) and never removing `stopAt` or anything above it.
 */
async function pruneEmptyParents(file: string, stopAt: string): Promise<void> {
  const root = path.resolve(stopAt);
  for (let dir = path.dirname(path.resolve(file)); dir !== root && dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      await fs.rmdir(dir);
    } catch {
      break;
    }
  }
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp`;
  await fs.writeFile(tmp, text);
  await fs.rename(tmp, file);
}

export function journalPath(workDir: string, prefix: string): string {
  return path.join(workDir, `${prefix}${JOURNAL_SUFFIX}`);
}

/**
 * `workDir` holds the journal and backups (same filesystem as every target). It may be shared
 * by jobs applied side by side: `prefix` keeps each job's file names apart. `root` is the
 * working directory's real path, recorded for recovery.
 */
export async function runTransaction(steps: Step[], workDir: string, hooks: TransactionHooks = {}, prefix = '', root = '/'): Promise<void> {
  const journal: Journal = {
    journalVersion: 1,
    root,
    steps: steps.map((s, i): JournalStep => {
      const backup = path.join(workDir, `${prefix}backup-${i}`);
      if (s.kind === 'remove') return { kind: 'remove', target: s.target, backup };
      return { kind: 'put', target: s.target, backup, sha256: s.sha256, existed: exists(s.target), made: [] };
    }),
  };
  // The directories a put creates are known before anything changes (earlier puts may share them).
  const planned = new Set<string>();
  for (const j of journal.steps) {
    if (j.kind !== 'put') continue;
    j.made = missingDirs(path.dirname(j.target)).filter((d) => !planned.has(d));
    for (const d of j.made) planned.add(d);
  }
  const file = journalPath(workDir, prefix);
  await writeAtomically(file, JSON.stringify(journal));
  try {
    for (const [i, step] of steps.entries()) {
      await hooks.beforeStep?.(step.kind, step.target);
      const j = journal.steps[i];
      if (step.kind === 'put' && j.kind === 'put') {
        if (j.existed && exists(step.target)) await keep(step.target, j.backup);
        else await fs.mkdir(path.dirname(step.target), { recursive: true });
        if (step.mode !== null) await fs.chmod(step.source, step.mode);
        await move(step.source, step.target);
      } else if (step.kind === 'remove' && exists(step.target)) {
        await fs.rename(step.target, j.backup);
        if (step.pruneUpTo !== undefined) await pruneEmptyParents(step.target, step.pruneUpTo);
      }
    }
  } catch (e) {
    const problems = await rollBack(journal);
    if (problems.length === 0) await fs.rm(file, { force: true });
    const msg = (e as Error).message;
    throw new Error(
      problems.length === 0
        ? `${msg} (the job's earlier changes were rolled back)`
        : `${msg}; rolling back also failed: ${problems.join('; ')}`,
      { cause: e },
    );
  }
  // The commit point: from here on the new state stands, whatever happens to the backups.
  await fs.rm(file, { force: true });
  await Promise.all(journal.steps.map((j) => fs.rm(j.backup, { force: true })));
}

/** Whether every step of the journal reached the tree (then finishing only drops the backups). */
export async function allApplied(journal: Journal): Promise<boolean> {
  for (const j of journal.steps) {
    if (j.kind === 'remove' && exists(j.target)) return false;
    if (j.kind === 'put' && !(await holds(j.target, j.sha256))) return false;
  }
  return true;
}

async function holds(target: string, sha: string): Promise<boolean> {
  try {
    const st = lstatSync(target, { throwIfNoEntry: false });
    return st !== undefined && st.isFile() && sha256(await fs.readFile(target)) === sha;
  } catch {
    return false;
  }
}

/**
 * Undoes the steps in reverse, whatever point each reached, and returns what could not be
 * undone. Only what a step wrote is removed: a file at a put's target is deleted only when its
 * bytes are the ones that step wrote.
 */
export async function rollBack(journal: Journal): Promise<string[]> {
  const problems: string[] = [];
  for (const j of [...journal.steps].reverse()) {
    try {
      if (exists(j.backup)) {
        await fs.mkdir(path.dirname(j.target), { recursive: true });
        await fs.rename(j.backup, j.target);
      } else if (j.kind === 'put' && !j.existed && (await holds(j.target, j.sha256))) {
        await fs.rm(j.target, { force: true });
      }
      if (j.kind === 'put') {
        // Only directories left empty are removed: another job may be writing beside us.
        for (const d of j.made) await fs.rmdir(d).catch(() => undefined);
      }
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  return problems;
}
