/**
 * Applies one job's changes to the working tree as a unit: every replaced or deleted file is
 * first moved into the job's work directory (same filesystem, so a rename), and on any failure
 * every step is undone in reverse, leaving the tree as it was before the job.
 */
import { lstatSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export type Step =
  | { kind: 'put'; target: string; source: string; mode: number | null }
  /** `pruneUpTo`: also remove the parents the removal leaves empty, up to (not including) this directory. */
  | { kind: 'remove'; target: string; pruneUpTo?: string };

export interface TransactionHooks {
  /** Called before each step; throwing simulates a failure there (fault injection in tests). */
  beforeStep?: (kind: Step['kind'], target: string) => void | Promise<void>;
}

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
    const st = await fs.lstat(src);
    if (st.isSymbolicLink()) await fs.symlink(await fs.readlink(src), tmp);
    else {
      await fs.copyFile(src, tmp);
      await fs.chmod(tmp, st.mode & 0o7777);
      await fs.utimes(tmp, st.atime, st.mtime);
    }
    await fs.rename(tmp, dst);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await fs.rm(src, { force: true });
}

async function exists(p: string): Promise<boolean> {
  try {
    return lstatSync(p, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Removes the directories above `file` that are now empty, deepest first, stopping at the first
 * one that is not (or is not a plain directory) and never removing `stopAt` or anything above
 * it. Returns the removed directories, deepest first.
 */
async function pruneEmptyParents(file: string, stopAt: string): Promise<string[]> {
  const removed: string[] = [];
  const root = path.resolve(stopAt);
  for (let dir = path.dirname(path.resolve(file)); dir !== root && dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      await fs.rmdir(dir);
    } catch {
      break;
    }
    removed.push(dir);
  }
  return removed;
}

/**
 * `workDir` holds the backups (same filesystem as every target). It may be shared by jobs
 * applied side by side: `prefix` keeps each job's file names apart.
 */
export async function runTransaction(steps: Step[], workDir: string, hooks: TransactionHooks = {}, prefix = ''): Promise<void> {
  const undo: (() => Promise<unknown>)[] = [];
  let n = 0;
  // Parents this transaction already made or found: a job's files and manifest share them.
  const ready = new Set<string>();
  try {
    for (const step of steps) {
      await hooks.beforeStep?.(step.kind, step.target);
      if (await exists(step.target)) {
        const backup = path.join(workDir, `${prefix}backup-${n++}`);
        await move(step.target, backup);
        undo.push(() => move(backup, step.target));
        if (step.kind === 'remove' && step.pruneUpTo !== undefined) {
          const pruned = await pruneEmptyParents(step.target, step.pruneUpTo);
          // Undone before the file is moved back (undo runs in reverse).
          if (pruned.length > 0) undo.push(() => fs.mkdir(pruned[0], { recursive: true }));
        }
      }
      if (step.kind === 'put') {
        const parent = path.dirname(step.target);
        const created = ready.has(parent) ? undefined : await fs.mkdir(parent, { recursive: true });
        ready.add(parent);
        if (created) {
          // Only directories left empty are removed: another job may be writing beside us.
          const chain: string[] = [];
          for (let d = parent; d.length >= created.length; d = path.dirname(d)) chain.push(d);
          undo.push(async () => {
            for (const d of chain) await fs.rmdir(d).catch(() => undefined);
          });
        }
        if (step.mode !== null) await fs.chmod(step.source, step.mode);
        await move(step.source, step.target);
        undo.push(() => fs.rm(step.target, { force: true }));
      }
    }
  } catch (e) {
    const problems: string[] = [];
    for (const u of undo.reverse()) {
      try {
        await u();
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
    const msg = (e as Error).message;
    throw new Error(
      problems.length === 0
        ? `${msg} (the job's earlier changes were rolled back)`
        : `${msg}; rolling back also failed: ${problems.join('; ')}`,
      { cause: e },
    );
  }
}
