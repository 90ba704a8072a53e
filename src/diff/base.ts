/**
 * Which commit the head is compared against, and making sure it is in the repository: the
 * `base` input, the merge base of a pull request's head and base (pull_request,
 * pull_request_target, merge_group), or the commit before a push. A shallow checkout is
 * deepened a bounded number of times; when that is not enough the message names the
 * `fetch-depth` to set.
 */
import fs from 'node:fs';
import type { GitRunner } from '../shared/git.js';
import type { DiffBase } from './types.js';

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Commits a shallow clone is deepened by, step after step, to reach a merge base (1000 in all). */
export const DEEPEN_STEPS = [50, 150, 800];

export type BaseResolution =
  { base: DiffBase; notes: string[] } | { skipped: string; notes: string[] } | { error: string; notes: string[] };

export interface EventInfo {
  name: string;
  payload: Record<string, unknown> | null;
}

export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  let payload: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = env.GITHUB_EVENT_PATH ? JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : null;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
  } catch {
    payload = null;
  }
  return { name: env.GITHUB_EVENT_NAME ?? '', payload };
}

const field = (o: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The pull request's labels from the event payload (no API call). */
export function pullRequestLabels(event: EventInfo): string[] {
  const labels = field(event.payload, 'pull_request', 'labels');
  return Array.isArray(labels) ? labels.map((l) => text(field(l, 'name'))).filter((n) => n !== '') : [];
}

async function hasCommit(git: GitRunner, rev: string): Promise<string | null> {
  const out = await git.revParse(['--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { allowFailure: true });
  return out.code === 0 ? out.stdout.trim() : null;
}

/**
 * Fetches revisions from origin (by SHA or ref name); false when git refused. The `--` keeps a
 * revision such as `--upload-pack=...` (from `base: origin/--upload-pack=...`) from being an option.
 */
async function fetch(git: GitRunner, revs: string[], depth: string[], notes: string[]): Promise<boolean> {
  const args = ['--no-tags', '--no-recurse-submodules', '--quiet', ...depth, '--', 'origin', ...revs];
  const out = await git.fetch(args, { allowFailure: true });
  notes.push(`git fetch ${args.join(' ')}${out.code === 0 ? '' : ` failed: ${out.stderr.trim().split('\n').pop() ?? ''}`}`);
  return out.code === 0;
}

/** Makes `rev` present (fetching it from origin when missing); its SHA or null. */
async function ensure(git: GitRunner, rev: string, notes: string[]): Promise<string | null> {
  const have = await hasCommit(git, rev);
  if (have) return have;
  if (!(await git.hasRemote('origin'))) return null;
  const shallow = await git.isShallow();
  const remoteName = rev.startsWith('origin/') ? rev.slice('origin/'.length) : rev;
  if (!(await fetch(git, [remoteName], shallow ? ['--depth=1'] : [], notes))) return null;
  return SHA.test(rev) ? hasCommit(git, rev) : hasCommit(git, 'FETCH_HEAD');
}

async function mergeBase(git: GitRunner, a: string, b: string): Promise<string | null> {
  const out = await git.mergeBase([a, b], { allowFailure: true });
  return out.code === 0 ? out.stdout.trim() : null;
}

/**
 * The merge base of two commits, deepening a shallow clone step by step. Missing commits are
 * fetched at depth 1 and then deepened (`--deepen`), never fetched with a `--depth` that could
 * cut history the checkout already has.
 */
async function reachMergeBase(
  git: GitRunner,
  baseSha: string,
  headSha: string,
  notes: string[],
): Promise<{ sha: string } | { error: string }> {
  const missing: string[] = [];
  for (const sha of [baseSha, headSha]) if ((await hasCommit(git, sha)) === null) missing.push(sha);
  if (missing.length === 0) {
    const mb = await mergeBase(git, baseSha, headSha);
    if (mb) return { sha: mb };
  }
  const shallow = await git.isShallow();
  if (!shallow && missing.length === 0) return { error: `${baseSha.slice(0, 12)} and ${headSha.slice(0, 12)} have no common ancestor` };
  if (!(await git.hasRemote('origin'))) {
    return {
      error: `the pull request's commits are not all in this checkout and there is no origin remote to fetch them from; set fetch-depth: 0 on actions/checkout`,
    };
  }
  if (missing.length > 0 && !(await fetch(git, missing, shallow ? ['--depth=1'] : [], notes))) {
    return {
      error: `could not fetch ${missing.map((s) => s.slice(0, 12)).join(' and ')} from origin; set fetch-depth: 0 on actions/checkout, or set the base input`,
    };
  }
  const mb = await mergeBase(git, baseSha, headSha);
  if (mb) return { sha: mb };
  if (!shallow) return { error: `${baseSha.slice(0, 12)} and ${headSha.slice(0, 12)} have no common ancestor` };
  let deepened = 0;
  for (const step of DEEPEN_STEPS) {
    if (!(await fetch(git, [baseSha, headSha], [`--deepen=${step}`], notes))) break;
    deepened += step;
    const found = await mergeBase(git, baseSha, headSha);
    if (found) return { sha: found };
  }
  const max = DEEPEN_STEPS.reduce((a, b) => a + b, 0);
  return {
    error: `the merge base of ${baseSha.slice(0, 12)} (base) and ${headSha.slice(0, 12)} (head) is not within ${deepened || max} commits of them in this shallow checkout; set fetch-depth: 0 on actions/checkout (or a depth of more than ${max}), or set the base input`,
  };
}

export async function resolveBase(git: GitRunner, input: string, event: EventInfo): Promise<BaseResolution> {
  const notes: string[] = [];
  if (input !== '') {
    const sha = await ensure(git, input, notes);
    if (!sha)
      return {
        error: `base: "${input}" is not a commit in this checkout and could not be fetched from origin; check the ref, or check out with fetch-depth: 0`,
        notes,
      };
    return { base: { ref: input, sha, source: 'input' }, notes };
  }
  const p = event.payload;
  if (event.name === 'pull_request' || event.name === 'pull_request_target' || event.name === 'merge_group') {
    const pr = event.name === 'merge_group';
    const baseSha = text(pr ? field(p, 'merge_group', 'base_sha') : field(p, 'pull_request', 'base', 'sha'));
    const headSha = text(pr ? field(p, 'merge_group', 'head_sha') : field(p, 'pull_request', 'head', 'sha'));
    if (!SHA.test(baseSha) || !SHA.test(headSha)) {
      return {
        error: `the ${event.name} event payload (GITHUB_EVENT_PATH) has no base and head SHA to find the merge base of; set the base input`,
        notes,
      };
    }
    const mb = await reachMergeBase(git, baseSha, headSha, notes);
    if ('error' in mb) return { error: mb.error, notes };
    return { base: { ref: `merge-base(${baseSha.slice(0, 12)}, ${headSha.slice(0, 12)})`, sha: mb.sha, source: 'merge-base' }, notes };
  }
  if (event.name === 'push') {
    const before = text(field(p, 'before'));
    if (before === '' || ZERO_SHA.test(before)) {
      return {
        skipped:
          'this push created the branch (no commit before it): nothing to compare against. Set the base input (for example origin/main) to compare a new branch',
        notes,
      };
    }
    if (!SHA.test(before)) return { error: `the push event's before (${before}) is not a commit SHA; set the base input`, notes };
    const sha = await ensure(git, before, notes);
    if (!sha)
      return {
        error: `the commit before this push (${before.slice(0, 12)}) is not in this checkout and could not be fetched (a force push may have dropped it); set the base input or check out with fetch-depth: 2`,
        notes,
      };
    return { base: { ref: before, sha, source: 'push-before' }, notes };
  }
  const what = event.name === '' ? 'this run (no GITHUB_EVENT_NAME)' : `a ${event.name} event`;
  return { skipped: `${what} has no base to compare against; set the base input to compare against a ref`, notes };
}
