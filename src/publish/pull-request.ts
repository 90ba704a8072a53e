/**
 * `commit: pull-request`: the generated commit goes to a branch of its own (`pr-branch`,
 * force-updated) and one pull request proposes it to the base branch; a later run that finds
 * nothing to change closes that pull request. Protected base branches never see a push.
 *
 * Loaded lazily with the GitHub client: only a run that opens pull requests pays for Octokit.
 */
import type { ActionsIO } from '../adapters.js';
import type { Config, PullRequestConfig } from '../inputs.js';
import type { ContractResult } from '../contracts/types.js';
import type { GenerationResult } from '../generate/types.js';
import type { ResolvedPlugin } from '../plugins/types.js';
import { noCommit, type CommitResult, type PullRequestResult } from './types.js';
import { backoffMs, changedOutputs, commitMessage, PUSH_ATTEMPTS } from './git.js';
import { contractScope, openCheckout, type Checkout } from './git/checkout.js';
import { pullRequestInfo, resolveTargetBranch } from './git/event.js';
import { pushProposalBranch, type BranchOutcome } from './git/pull-branch.js';
import { redactUrls } from './git/push.js';
import { errorMessage } from '../shared/errors.js';
import { collectChanges, TempIndexes } from './git/tree.js';
import { createGithubClient, GithubApiError, type Octokit } from './github/client.js';
import { readEvent } from './github/event.js';
import { proposalBody, proposalTitle, sameBody, type Proposal } from './pull-request-body.js';

/** The Config fields commitPullRequest reads, with openCheckout's. */
export type PullRequestOptions = Pick<Config, 'branch' | 'workingDirectory' | 'runnerTemp' | 'commitMessage' | 'commitAuthor' | 'token'> &
  Parameters<typeof openCheckout>[0] & { pullRequest: PullRequestConfig };

export interface PullRequestContext {
  config: Readonly<PullRequestOptions>;
  contracts: ContractResult[];
  generation: GenerationResult;
  plugins: ResolvedPlugin[];
  runOk: boolean;
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
  /** Waits between push attempts and API retries; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** GitHub's words when the repository (or organisation) setting forbids Actions to open pull requests. */
const NOT_PERMITTED = /not permitted to create or approve pull requests/i;

export const WORKFLOW_TOKEN_NOTE =
  "Pull requests opened, and branches pushed, with the workflow's GITHUB_TOKEN start no workflows, so no checks run on this pull request. " +
  'To have them run, pass a GitHub App installation token (actions/create-github-app-token) or a fine-grained PAT to both actions/checkout (token:) and this action (token:); see docs/scheduled-regeneration.md.';

export function emptyPullRequest(pr: PullRequestConfig, base = ''): PullRequestResult {
  return {
    operation: 'none',
    number: null,
    url: '',
    branch: pr.branch,
    base,
    draft: pr.draft,
    error: null,
    warnings: [],
    skippedReason: null,
  };
}

type PullRequestOutcome = { commit: CommitResult; pullRequest: PullRequestResult };

/** Where the proposal goes, once the checks that need no git have passed. */
interface ProposalTarget {
  base: string;
  repository: { owner: string; repo: string };
}

/** Why nothing is proposed: a reason to skip, or an error. */
type Stop = { skip: string } | { error: string };

/** The proposal branch as pushed (or found up to date), and the checkout it came from. */
type Pushed = { outcome: Exclude<BranchOutcome, { kind: 'error' }>; checkout: Checkout };

export async function commitPullRequest(ctx: PullRequestContext): Promise<PullRequestOutcome> {
  const { io } = ctx;
  const pr = ctx.config.pullRequest;
  const commit: CommitResult = { ...noCommit(), branch: pr.branch, attempts: 0, files: [] };
  const result = emptyPullRequest(pr);
  const fail = (message: string): PullRequestOutcome => {
    result.error = message;
    return { commit, pullRequest: result };
  };

  const target = proposalTarget(ctx, result);
  if ('skip' in target) {
    commit.skippedReason = target.skip;
    result.skippedReason = target.skip;
    io.info(`Pull request: ${target.skip}`);
    return { commit, pullRequest: result };
  }
  if ('error' in target) return fail(target.error);

  const sleep = ctx.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pushed = await pushBranch(ctx, target.base, commit, sleep);
  if ('error' in pushed) return fail(pushed.error);
  const { outcome } = pushed;
  if (outcome.kind === 'proposed') {
    Object.assign(commit, {
      committed: outcome.pushed,
      pushed: outcome.pushed,
      sha: outcome.sha,
      attempts: outcome.attempts,
      files: outcome.files.map((f) => f.path),
    });
    if (!outcome.pushed) commit.skippedReason = `${pr.branch} already holds these outputs`;
  } else {
    commit.skippedReason = `${target.base} already has these outputs: nothing to propose`;
  }

  try {
    await proposeOrClose(ctx, target, pushed, result, sleep);
    return { commit, pullRequest: result };
  } catch (err) {
    const pushedNote = commit.pushed ? `${commit.sha.slice(0, 12)} was pushed to ${pr.branch}, but ` : '';
    return fail(`${pushedNote}${apiFailure(err)}`);
  }
}

/**
 * The checks before any git: a run with errors, a base or pr-branch that cannot be used, a pull
 * request from a fork, no repository to open the pull request in. Sets the result's base.
 */
function proposalTarget(ctx: PullRequestContext, result: PullRequestResult): ProposalTarget | Stop {
  const { config, env } = ctx;
  const pr = config.pullRequest;
  // A run with errors proves nothing about the outputs: the pull request is left as it is.
  if (!ctx.runOk)
    return { skip: 'the run had errors (invalid contract, plugin failure or output problem): the pull request was left as it is' };
  const target = resolveTargetBranch(config.branch, env);
  if (target.error !== null) return { error: target.error };
  result.base = target.branch;
  if (target.branch === pr.branch) {
    return {
      error: `pr-branch: "${pr.branch}" is the base branch (${target.source}); the generated commit never goes to the base: choose another pr-branch`,
    };
  }
  // The branch is force-pushed: never let it be the repository's default branch, whatever the base.
  const defaultBranch = defaultBranchOf(env);
  if (defaultBranch !== null && defaultBranch === pr.branch) {
    return {
      error: `pr-branch: "${pr.branch}" is the repository's default branch; pr-branch is force-pushed, so it must be a branch of its own (the default is pacto/regenerate)`,
    };
  }
  if (pullRequestInfo(env)?.fork) return { skip: 'pull request from a fork: nothing is pushed and no pull request is opened' };
  const repository = ownerRepo(env);
  if (repository === null) return { error: 'GITHUB_REPOSITORY is not owner/name, so there is no repository to open the pull request in' };
  return { base: target.branch, repository };
}

/** The git half: the generated commit on the proposal branch, force-pushed when it changed. */
async function pushBranch(
  ctx: PullRequestContext,
  base: string,
  commit: CommitResult,
  sleep: (ms: number) => Promise<void>,
): Promise<Pushed | { error: string }> {
  const { config, env, io } = ctx;
  const { written, deleted } = changedOutputs(ctx.generation);
  const random = ctx.random ?? Math.random;

  let indexes: TempIndexes | null = null;
  let checkout: Checkout;
  let outcome: BranchOutcome;
  try {
    const opened = await openCheckout(config, env, (line) => io.debug(redactUrls(line)));
    if (typeof opened === 'string') return { error: opened };
    checkout = opened;
    indexes = await TempIndexes.create(config.runnerTemp);
    const collected = await collectChanges(
      checkout.git,
      indexes,
      checkout.head,
      written.map(checkout.repoPath),
      deleted.map(checkout.repoPath),
    );
    for (const p of collected.ignored) {
      commit.warnings.push(
        `${p} is ignored by .gitignore, so it was not committed (outputs are never force-added). Remove it from .gitignore, or change output-dir, to commit it.`,
      );
    }
    outcome = await pushProposalBranch({
      checkout,
      indexes,
      base,
      branch: config.pullRequest.branch,
      changes: collected.changes,
      tree: collected.tree,
      scope: contractScope(checkout, config.workingDirectory, ctx.contracts, ctx.generation),
      message: commitMessage(config.commitMessage),
      author: config.commitAuthor,
      attempts: PUSH_ATTEMPTS,
      sleep,
      backoff: (attempt) => backoffMs(attempt, random),
      info: (line) => io.info(line),
    });
  } catch (err) {
    return { error: redactUrls(errorMessage(err)) };
  } finally {
    await indexes?.dispose();
  }
  if (outcome.kind === 'error') {
    commit.attempts = outcome.attempts;
    return { error: outcome.message };
  }
  return { outcome, checkout };
}

/**
 * The API half: close the open pull request when the base already has the outputs, else open
 * or update it and add the missing labels. Throws the API's failure.
 */
async function proposeOrClose(
  ctx: PullRequestContext,
  target: ProposalTarget,
  pushed: Pushed,
  result: PullRequestResult,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  const { config, env, io } = ctx;
  const pr = config.pullRequest;
  const { outcome, checkout } = pushed;
  const { base, repository } = target;
  const { octokit } = createGithubClient({ token: config.token, env, sleep, onRetry: (m) => io.info(`Pull request: ${m}`) });
  const api = { octokit, ...repository, base, pr };
  const open = await findOpen(api);
  if (outcome.kind === 'up-to-date') {
    if (open === null) {
      io.info(`Pull request: ${base} already has these outputs and no pull request from ${pr.branch} is open: nothing to do.`);
      return;
    }
    await closeObsolete(api, open.number, base);
    Object.assign(result, { operation: 'closed', number: open.number, url: open.html_url });
    io.info(`Pull request: closed #${open.number} (${open.html_url}): ${base} already has these outputs.`);
    return;
  }
  const proposal: Proposal = {
    files: outcome.files,
    generation: ctx.generation,
    plugins: ctx.plugins,
    base,
    sha: outcome.sha,
    env,
    repoPath: checkout.repoPath,
  };
  const title = proposalTitle(config.commitMessage);
  const body = proposalBody(proposal);
  if (open === null) {
    const created = await createPull(api, title, body);
    Object.assign(result, { operation: 'created', number: created.number, url: created.html_url });
    io.info(
      `Pull request: opened #${created.number} (${created.html_url}) from ${pr.branch} into ${base}${pr.draft ? ' as a draft' : ''}.`,
    );
  } else {
    // A new commit gets its run line updated; otherwise only a real change is worth an edit.
    const edits = open.title !== title || (outcome.pushed ? open.body !== body : !sameBody(open.body ?? '', body));
    if (edits) await octokit.rest.pulls.update({ ...repository, pull_number: open.number, title, body });
    const operation = outcome.pushed || edits ? 'updated' : 'none';
    Object.assign(result, { operation, number: open.number, url: open.html_url });
    io.info(`Pull request: ${operation === 'updated' ? 'updated' : 'already up to date:'} #${open.number} (${open.html_url}).`);
  }
  const missing = pr.labels.filter((l) => !(open?.labels ?? []).some((x) => (typeof x === 'string' ? x : x.name) === l));
  if (missing.length > 0 && result.number !== null)
    await octokit.rest.issues.addLabels({ ...repository, issue_number: result.number, labels: missing });
  io.info(`Pull request: ${WORKFLOW_TOKEN_NOTE}`);
}

interface Api {
  octokit: Octokit;
  owner: string;
  repo: string;
  base: string;
  pr: PullRequestConfig;
}

type OpenPull = { number: number; html_url: string; title: string; body: string | null; labels: (string | { name?: string })[] };

async function findOpen(api: Api): Promise<OpenPull | null> {
  const { octokit, owner, repo, base, pr } = api;
  const list = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${pr.branch}`, base, per_page: 10 });
  const found = list.data.find((p) => p.head.ref === pr.branch && p.base.ref === base);
  return found ? { number: found.number, html_url: found.html_url, title: found.title, body: found.body, labels: found.labels } : null;
}

async function createPull(api: Api, title: string, body: string): Promise<{ number: number; html_url: string }> {
  const { octokit, owner, repo, base, pr } = api;
  const created = await octokit.rest.pulls.create({
    owner,
    repo,
    title,
    body,
    head: pr.branch,
    base,
    draft: pr.draft,
    maintainer_can_modify: false,
  });
  return { number: created.data.number, html_url: created.data.html_url };
}

async function closeObsolete(api: Api, number: number, base: string): Promise<void> {
  const { octokit, owner, repo } = api;
  await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: number,
    body: `Closed by pacto-generate-action: \`${base}\` already has the outputs the plugins generate now, so there is nothing left to propose. The next run that finds a change opens a new pull request.`,
  });
  await octokit.rest.pulls.update({ owner, repo, pull_number: number, state: 'closed' });
}

/** The API failure as the step's error, with the fix for the refusals that have a known one. */
function apiFailure(err: unknown): string {
  const message = errorMessage(err);
  if (err instanceof GithubApiError && err.status === 403 && NOT_PERMITTED.test(message)) {
    return (
      'GitHub refused to open the pull request: this repository does not allow GitHub Actions to create pull requests ' +
      '("GitHub Actions is not permitted to create or approve pull requests"). Either enable Settings → Actions → General → ' +
      '"Allow GitHub Actions to create and approve pull requests" (for an organisation, also in its settings), or pass a GitHub App ' +
      'installation token or a PAT as the token input.'
    );
  }
  if (err instanceof GithubApiError && err.kind === 'permission') {
    return `${message}. Opening a pull request needs \`permissions: pull-requests: write\` (and contents: write for the push).`;
  }
  return `the GitHub API call failed: ${message}`;
}

function ownerRepo(env: NodeJS.ProcessEnv): { owner: string; repo: string } | null {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
  return m ? { owner: m[1], repo: m[2] } : null;
}

/** The repository's default branch, from the event payload (GitHub's word), or null. */
function defaultBranchOf(env: NodeJS.ProcessEnv): string | null {
  const repo = readEvent(env).repository;
  const name = repo && typeof repo === 'object' ? (repo as { default_branch?: unknown }).default_branch : undefined;
  return typeof name === 'string' && name !== '' ? name : null;
}
