/**
 * Facts that annotations, the summary and the verdict derive from the run state in the same
 * way, so the three never disagree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { GenerationResult } from '../generate/types.js';
import type { RunState } from '../run-state.js';

/** Discovery prunes these directories whatever the patterns say. */
const PRUNED = new Set(['node_modules', '.git']);

/** Where discovery looked, for every "no contracts found" message. */
export function searchedIn(workingDirectory: string): string {
  return `in ${workingDirectory} (node_modules and .git directories are never searched)`;
}

/** Message that starts with FAIL_FAST_PREFIX marks a job fail-fast never started. */
export const FAIL_FAST_PREFIX = 'not run: fail-fast';

export function failFastStopped(gen: GenerationResult | null): number {
  return (gen?.jobs ?? []).filter((j) => j.status === 'skipped' && j.message.startsWith(FAIL_FAST_PREFIX)).length;
}

/**
 * Generation errors that are not already a failed job's error (a collision is reported on the
 * job and again among the errors, with the same text): each is shown once.
 */
export function uniqueGenerationErrors(gen: GenerationResult | null): string[] {
  const jobErrors = new Set((gen?.jobs ?? []).filter((j) => j.status === 'failed' && j.error).map((j) => j.error));
  return [...new Set(gen?.errors ?? [])].filter((e) => !jobErrors.has(e));
}

/**
 * Positive patterns without glob characters that matched no bundle: most likely a typo, which a
 * glob would hide. In a shard only part of the bundles are known, so there a literal counts as
 * matched when its path exists outside node_modules and .git.
 */
export function unmatchedLiterals(state: RunState): string[] {
  const config = state.config;
  const d = state.discovery;
  if (!config || !d || state.inputError) return [];
  if (d.matched === 0 && config.ifNoContractsFound === 'ignore') return [];
  const wd = config.workingDirectory;
  const complete = d.bundles.length === d.matched;
  const real = (p: string): string | null => {
    try {
      return fs.realpathSync(p);
    } catch {
      return null;
    }
  };
  const out: string[] = [];
  for (const p of config.contracts) {
    if (p.startsWith('!') || isDynamicPattern(p)) continue;
    const abs = path.resolve(wd, p);
    if (d.bundles.some((b) => b.absFile === abs || b.absDir === abs)) continue;
    const rel = path.relative(wd, abs).split(path.sep);
    const pruned = rel.some((s) => PRUNED.has(s));
    const target = real(abs);
    if (!complete && target !== null && !pruned) continue;
    // Two paths to one file (a symlink) make one bundle under the other path.
    if (target !== null && !pruned && d.bundles.some((b) => real(b.absFile) === target || real(b.absDir) === target)) continue;
    out.push(p);
  }
  return out;
}

export function unmatchedLiteralMessage(pattern: string, workingDirectory: string): string {
  return `contracts pattern "${pattern}" has no glob characters and matched nothing ${searchedIn(workingDirectory)}; check the path (it is relative to working-directory)`;
}
