/**
 * What the triggering event says about where to push: the default branch, and whether this
 * is a pull request from a fork (whose checkout must never be pushed anywhere).
 */
import fs from 'node:fs';

export type BranchResolution = { branch: string; source: string; error: null } | { branch: null; source: null; error: string };

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const NO_BRANCH_EVENTS = new Set(['release', 'merge_group']);

/**
 * The branch to push to: the `branch` input, else the event's branch (GITHUB_REF_NAME on
 * push, schedule, workflow_dispatch and other branch events; GITHUB_HEAD_REF on pull requests).
 * Tags, releases and merge queues have no branch of their own: an input error says to set it.
 */
export function resolveTargetBranch(input: string, env: NodeJS.ProcessEnv): BranchResolution {
  const fail = (error: string): BranchResolution => ({ branch: null, source: null, error });
  if (input !== '') {
    const bad = badBranchName(input);
    return bad ? fail(`branch: "${input}" ${bad}`) : { branch: input, source: 'the branch input', error: null };
  }
  const event = env.GITHUB_EVENT_NAME ?? '';
  const hint = 'set the `branch` input to the branch the generated files belong on';
  if (event === '') return fail(`branch: not running in GitHub Actions (no GITHUB_EVENT_NAME), so there is no event branch; ${hint}`);
  if (NO_BRANCH_EVENTS.has(event)) return fail(`branch: a ${event} event has no branch to push to; ${hint}`);
  let branch: string;
  let source: string;
  if (PR_EVENTS.has(event)) {
    branch = env.GITHUB_HEAD_REF ?? '';
    source = 'GITHUB_HEAD_REF';
  } else {
    const ref = env.GITHUB_REF ?? '';
    const isTag = env.GITHUB_REF_TYPE === 'tag' || ref.startsWith('refs/tags/');
    if (isTag) return fail(`branch: this ${event} event ran for the tag ${env.GITHUB_REF_NAME ?? ref}, which is not a branch; ${hint}`);
    if (ref !== '' && !ref.startsWith('refs/heads/')) return fail(`branch: the ref ${ref} of this ${event} event is not a branch; ${hint}`);
    branch = env.GITHUB_REF_NAME ?? '';
    source = 'GITHUB_REF_NAME';
  }
  if (branch === '') return fail(`branch: ${source} is empty for this ${event} event; ${hint}`);
  const bad = badBranchName(branch);
  return bad ? fail(`branch: "${branch}" from ${source} ${bad}; ${hint}`) : { branch, source, error: null };
}

/** Why a name cannot be a branch, or null. Mirrors `git check-ref-format --branch` for the cases that matter. */
export function badBranchName(name: string): string | null {
  if (name.startsWith('-')) return 'must not start with "-"';
  if (name.startsWith('refs/')) return 'must be a branch name, not a full ref (drop "refs/heads/")';
  const reasons: [RegExp, string][] = [
    // eslint-disable-next-line no-control-regex -- control characters are exactly what git refuses
    [/[\x00-\x20\x7f~^:?*[\\]/, 'contains a space, a control character or one of ~ ^ : ? * [ \\'],
    [/\.\.|@\{|\/\/|^\/|\/$|\.$|\.lock$|(^|\/)\./, 'is not a valid git branch name'],
  ];
  for (const [re, why] of reasons) if (re.test(name)) return why;
  if (name === '@' || name === 'HEAD') return 'is not a valid git branch name';
  return null;
}

export interface PullRequestInfo {
  event: 'pull_request' | 'pull_request_target';
  /** owner/name of the head repository, or null when the fork was deleted. */
  headRepo: string | null;
  baseRepo: string;
  fork: boolean;
}

/** Reads the pull-request part of the event payload; null for other events or an unreadable payload. */
export function pullRequestInfo(
  env: NodeJS.ProcessEnv,
  readFile: (p: string) => string = (p) => fs.readFileSync(p, 'utf8'),
): PullRequestInfo | null {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (event !== 'pull_request' && event !== 'pull_request_target') return null;
  let payload: unknown;
  try {
    payload = env.GITHUB_EVENT_PATH ? JSON.parse(readFile(env.GITHUB_EVENT_PATH)) : null;
  } catch {
    payload = null;
  }
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request;
  const fullName = (side: unknown): string | null => {
    const repo = (side as { repo?: { full_name?: unknown } } | null | undefined)?.repo;
    return repo && typeof repo.full_name === 'string' ? repo.full_name : null;
  };
  const baseRepo = fullName(pr?.base) ?? env.GITHUB_REPOSITORY ?? '';
  if (!pr) {
    // No payload to prove otherwise: treat it as a fork, the safe side.
    return { event, headRepo: null, baseRepo, fork: true };
  }
  const headRepo = fullName(pr.head);
  const fork = headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase();
  return { event, headRepo, baseRepo, fork };
}
