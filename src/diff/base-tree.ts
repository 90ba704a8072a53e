/**
 * The base's contracts, read from git objects (never a checkout): the same `contracts` patterns
 * applied to the base commit's tree, each matched bundle's regular files written to a private
 * directory under RUNNER_TEMP so the same validator and the same comparers read both sides.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareBytes, isNegation, matcherFor, negationMatcher } from '../contracts/discover.js';
import type { Bundle } from '../contracts/types.js';
import type { Shard } from '../inputs.js';
import type { GitRunner } from '../shared/git.js';

const CONTRACT = 'pacto.yaml';
const PRUNED = new Set(['node_modules', '.git']);
/** Bounds on what one run writes out of the base's tree. */
export const MAX_BASE_FILES = 2000;
export const MAX_BASE_BYTES = 64 * 1024 * 1024;

interface TreeEntry {
  mode: string;
  sha: string;
  size: number;
  /** Relative to the working directory, '/'-separated. */
  rel: string;
}

export interface BaseBundles {
  bundles: Bundle[];
  warnings: string[];
}

/** `git ls-tree` of the working directory's part of the base commit. */
async function listTree(git: GitRunner, sha: string, prefix: string): Promise<TreeEntry[]> {
  const args = ['-r', '-z', '-l', '--full-tree', sha, ...(prefix ? ['--', prefix] : [])];
  const out = await git.lsTree(args);
  const entries: TreeEntry[] = [];
  for (const rec of out.stdout.split('\0')) {
    const m = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t([\s\S]*)$/.exec(rec);
    if (!m || m[2] !== 'blob') continue;
    const full = m[5]!;
    const rel = prefix ? full.slice(prefix.length + 1) : full;
    if (prefix && !full.startsWith(`${prefix}/`)) continue;
    // A tree entry is data: a path that would leave the directory it is written to is skipped.
    if (rel.split('/').some((s) => PRUNED.has(s) || s === '..' || s === '.' || s === '')) continue;
    entries.push({ mode: m[1]!, sha: m[3]!, size: m[4] === '-' ? 0 : Number(m[4]), rel });
  }
  return entries;
}

/** The base's bundles that the patterns select, sharded as discovery shards the head's. */
export function selectBundles(files: string[], workingDirectory: string, patterns: string[], shard: Shard | null): string[] {
  const positives = patterns.filter((p) => !isNegation(p));
  const matches = matcherFor(workingDirectory, positives);
  const excluded = negationMatcher(workingDirectory, patterns.filter(isNegation));
  const selected = files
    .filter((f) => path.posix.basename(f) === CONTRACT)
    .filter((f) => {
      const dir = path.posix.dirname(f);
      return (matches(f) || matches(dir)) && !excluded(f) && !excluded(dir);
    })
    .sort(compareBytes);
  return shard ? selected.filter((_, i) => i % shard.total === shard.index - 1) : selected;
}

/**
 * Writes the selected bundles of the base commit to `dest` and returns them as bundles whose
 * `file` and `bundle` are the base's paths (relative to the working directory).
 */
export async function readBaseBundles(
  git: GitRunner,
  opts: { sha: string; prefix: string; workingDirectory: string; patterns: string[]; shard: Shard | null; dest: string },
): Promise<BaseBundles> {
  const warnings: string[] = [];
  const entries = await listTree(git, opts.sha, opts.prefix);
  // Symlinks and submodules are not followed out of git: a file of the repository is data only.
  const regular = entries.filter((e) => e.mode === '100644' || e.mode === '100755');
  const files = selectBundles(
    regular.map((e) => e.rel),
    opts.workingDirectory,
    opts.patterns,
    opts.shard,
  );
  const bundles: Bundle[] = [];
  let count = 0;
  let bytes = 0;
  const written = new Set<string>();
  for (const file of files) {
    const dir = path.posix.dirname(file);
    const inside = regular.filter((e) => dir === '.' || e.rel.startsWith(`${dir}/`));
    // pacto.yaml first: a bundle cut short by the bounds still has its contract.
    inside.sort((a, b) => Number(b.rel === file) - Number(a.rel === file));
    for (const e of inside) {
      if (written.has(e.rel)) continue;
      if (count >= MAX_BASE_FILES || bytes + e.size > MAX_BASE_BYTES) {
        if (count !== Infinity)
          warnings.push(
            `The base's bundles hold more than ${MAX_BASE_FILES} files or ${MAX_BASE_BYTES / 1024 / 1024} MiB: ${e.rel} and later files were not read, so references to them look missing at the base.`,
          );
        count = Infinity;
        break;
      }
      const target = path.join(opts.dest, ...e.rel.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, await blob(git, e.sha));
      written.add(e.rel);
      count += 1;
      bytes += e.size;
    }
    bundles.push({ file, bundle: dir, absFile: path.join(opts.dest, ...file.split('/')), absDir: path.join(opts.dest, ...dir.split('/')) });
  }
  return { bundles, warnings };
}

async function blob(git: GitRunner, sha: string): Promise<string> {
  return (await git.catFile('blob', sha)).stdout;
}
