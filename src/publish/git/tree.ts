/**
 * Tree work in temporary indexes (GIT_INDEX_FILE): the user's index, HEAD and working tree are
 * never touched while a commit is built, so whatever they staged stays out of it.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GitRunner } from '../../shared/git.js';

/** One path as two trees differ in it; mode `000000` means absent. */
export interface TreeChange {
  path: string;
  oldMode: string;
  newMode: string;
  oldSha: string;
  newSha: string;
}

export const ABSENT_MODE = '000000';

/** A scratch place for index files, removed by dispose(). */
export class TempIndexes {
  private constructor(private readonly dir: string) {}
  private n = 0;

  static async create(root: string = os.tmpdir()): Promise<TempIndexes> {
    await fs.mkdir(root, { recursive: true });
    return new TempIndexes(await fs.mkdtemp(path.join(root, 'pacto-git-')));
  }

  /** Environment for a fresh index file. */
  next(): Record<string, string> {
    this.n += 1;
    return { GIT_INDEX_FILE: path.join(this.dir, `index-${this.n}`) };
  }

  async dispose(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}

/** Raw `diff-tree -r -z` output of two tree-ish, renames off. */
export async function diffTrees(git: GitRunner, a: string, b: string): Promise<TreeChange[]> {
  const out = await git.diffTree(['-r', '-z', '--no-renames', '--no-commit-id', a, b]);
  const parts = out.stdout.split('\0');
  const changes: TreeChange[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) [A-Z]/.exec(parts[i]);
    if (!m) continue;
    changes.push({ oldMode: m[1], newMode: m[2], oldSha: m[3], newSha: m[4], path: parts[i + 1] });
  }
  return changes;
}

export interface CollectedChanges {
  /** Tree of HEAD with this run's changes applied. */
  tree: string;
  /** What changed relative to HEAD (empty when the outputs are what HEAD already has). */
  changes: TreeChange[];
  /** Outputs left out because .gitignore ignores them and HEAD does not track them. */
  ignored: string[];
}

/**
 * Applies the created/updated files (from the working tree) and the deleted ones to HEAD's tree.
 * Ignored files are never force-added: `check-ignore` against HEAD's tree leaves tracked files in.
 */
export async function collectChanges(
  git: GitRunner,
  indexes: TempIndexes,
  head: string,
  written: string[],
  deleted: string[],
): Promise<CollectedChanges> {
  const env = indexes.next();
  await git.readTree(head, { env });
  let ignored: string[] = [];
  if (written.length > 0) {
    const check = await git.checkIgnore(['-z', '--stdin'], { env, input: nulList(written), allowFailure: true });
    if (check.code > 1) throw new Error(`git check-ignore failed: ${check.stderr.trim()}`);
    ignored = check.stdout.split('\0').filter((p) => p !== '');
  }
  const ignoredSet = new Set(ignored);
  const toAdd = written.filter((p) => !ignoredSet.has(p));
  if (toAdd.length > 0) await git.updateIndex(['--add', '--remove', '-z', '--stdin'], { env, input: nulList(toAdd) });
  if (deleted.length > 0) await git.updateIndex(['--force-remove', '-z', '--stdin'], { env, input: nulList(deleted) });
  const tree = await git.writeTree({ env });
  const changes = await diffTrees(git, head, tree);
  return { tree, changes, ignored };
}

/** The tree of `parent` with `changes` (their new side) applied. */
export async function applyChanges(git: GitRunner, indexes: TempIndexes, parent: string, changes: TreeChange[]): Promise<string> {
  const env = indexes.next();
  await git.readTree(parent, { env });
  const zero = '0'.repeat(changes[0]?.newSha.length ?? 40);
  const info = changes
    .map((c) => (c.newMode === ABSENT_MODE ? `0 ${zero}\t${c.path}\0` : `${c.newMode} ${c.newSha}\t${c.path}\0`))
    .join('');
  if (info !== '') await git.updateIndex(['-z', '--index-info'], { env, input: info });
  return git.writeTree({ env });
}

/**
 * The paths where replaying `changes` (made on top of `base`) onto `target` would conflict:
 * the target changed them since `base`, and not to what we produced. `baseToTarget` is
 * diffTrees(base, target).
 */
export function replayConflicts(changes: TreeChange[], baseToTarget: TreeChange[]): string[] {
  const theirs = new Map(baseToTarget.map((c) => [c.path, c]));
  return changes
    .filter((ours) => {
      const t = theirs.get(ours.path);
      if (!t) return false;
      return !(t.newMode === ours.newMode && (t.newSha === ours.newSha || ours.newMode === ABSENT_MODE));
    })
    .map((c) => c.path);
}

export interface CommitIdentity {
  name: string;
  email: string;
}

/** A commit object; plumbing runs no hooks, so this is `commit --no-verify` without touching HEAD. */
export async function commitTree(
  git: GitRunner,
  tree: string,
  parent: string | null,
  message: string,
  who: CommitIdentity,
): Promise<string> {
  const env = {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
  };
  const args = [tree, ...(parent ? ['-p', parent] : []), '-F', '-'];
  return git.commitTree(args, { env, input: message.endsWith('\n') ? message : `${message}\n` });
}

/** Which part of the repository holds the contracts (repo-relative, `/`-separated, '' = everything). */
export interface ContractScope {
  dirs: string[];
  /** Files outside those directories that contracts reference. */
  files: string[];
  /** Generated outputs inside the scope: their changes are not contract changes. */
  outputFiles: Set<string>;
  outputDirs: string[];
}

/** The contract paths that differ in `diff`, sorted. */
export function contractChanges(diff: Pick<TreeChange, 'path'>[], scope: ContractScope): string[] {
  const under = (p: string, dir: string): boolean => dir === '' || p === dir || p.startsWith(`${dir}/`);
  const files = new Set(scope.files);
  return diff
    .map((c) => c.path)
    .filter((p) => {
      if (files.has(p)) return true;
      if (!scope.dirs.some((d) => under(p, d))) return false;
      if (scope.outputFiles.has(p)) return false;
      return !scope.outputDirs.some((d) => under(p, d));
    })
    .sort();
}

function nulList(paths: string[]): string {
  return paths.map((p) => `${p}\0`).join('');
}
