/**
 * The push loop: build the commit on the remote tip, push, and when the remote moved meanwhile,
 * fetch, check the contracts did not change, replay the one commit and push again.
 */
import type { CommitResult } from '../types.js';
import type { Checkout } from './checkout.js';
import { pushCommit, REMOTE } from './push.js';
import { outputText, type GitRunner } from '../../shared/git.js';
import {
  applyChanges,
  commitTree,
  contractChanges,
  diffTrees,
  replayConflicts,
  type CommitIdentity,
  type ContractScope,
  type TempIndexes,
  type TreeChange,
} from './tree.js';
import { errorMessage } from '../../shared/errors.js';

export interface PushPlan {
  checkout: Checkout;
  indexes: TempIndexes;
  branch: string;
  /** This run's changes relative to HEAD, and HEAD's tree with them. */
  changes: TreeChange[];
  tree: string;
  scope: ContractScope;
  message: string;
  author: CommitIdentity;
  attempts: number;
  sleep: (ms: number) => Promise<void>;
  backoff: (attempt: number) => number;
  info: (line: string) => void;
}

/** Fills committed, pushed, sha, attempts and error (or skippedReason) of `result`. */
export async function pushWithRetry(plan: PushPlan, result: CommitResult): Promise<void> {
  const { checkout, branch, info } = plan;
  const { git, head, headBranch } = checkout;
  // Only a checkout of the target branch itself can carry local commits there (a merge ref never does).
  const onTarget = headBranch === branch;
  // Where the checkout left origin/<branch>, before our fetches move it: what HEAD was built on.
  const checkedOut = onTarget ? await trackingTip(git, branch) : null;
  for (let attempt = 1; attempt <= plan.attempts; attempt++) {
    result.attempts = attempt;
    result.committed = false;
    result.sha = '';
    const tip = await fetchBranch(git, branch, checkout.shallow);
    let parent = head;
    const local = onTarget && tip !== null && tip !== head ? await unpushedCommits(git, head, tip, checkedOut) : null;
    if (local?.onTip) {
      // An earlier step committed on the branch without pushing: the outputs were generated from
      // HEAD, so they belong on HEAD, and a fast-forward push carries those commits along.
      const n = local.count;
      info(
        `Commit: HEAD is ${n} commit${n === 1 ? '' : 's'} ahead of ${REMOTE}/${branch} (committed earlier in this job, not pushed): ` +
          `the generated commit goes on top of HEAD and the push to ${branch} carries ${n === 1 ? 'that commit' : `those ${n} commits`} too.`,
      );
    } else if (local && local.count > 0) {
      const n = local.count;
      result.error =
        `HEAD has ${n} unpushed commit${n === 1 ? '' : 's'} (made earlier in this job) and ${REMOTE}/${branch} has moved since, so the generated commit cannot go on ${branch} with ${n === 1 ? 'it' : 'them'}. ` +
        `Push ${n === 1 ? 'it' : 'them'} before this step (git pull --rebase && git push) or set commit: false, then re-run. Nothing was pushed.`;
      return;
    } else if (tip !== null && tip !== head) {
      const drift = await diffTrees(git, head, tip);
      const problem = replayProblem(plan, drift, attempt === 1 && headBranch !== branch);
      if (problem) {
        result.error = problem;
        return;
      }
      parent = tip;
    }
    const tree = parent === head ? plan.tree : await applyChanges(git, plan.indexes, parent, plan.changes);
    if (tip !== null && tree === (await git.treeOf(tip))) {
      result.skippedReason = `${REMOTE}/${branch} already has these outputs: nothing to commit`;
      info(`Commit: ${result.skippedReason}`);
      return;
    }
    const sha = await commitTree(git, tree, parent, plan.message, plan.author);
    result.committed = true;
    result.sha = sha;
    const n = plan.changes.length;
    info(
      `Commit: ${sha.slice(0, 12)} on ${tip === null ? `a new branch ${branch}` : branch} with ${n} file${n === 1 ? '' : 's'} (attempt ${attempt} of ${plan.attempts}).`,
    );

    const outcome = await pushCommit(git, sha, branch, tip);
    if (outcome.ok) {
      await settleCheckout(plan, result, sha, parent);
      return;
    }
    if (!outcome.moved) {
      result.error = outcome.message;
      return;
    }
    if (attempt === plan.attempts) {
      result.error =
        `the push to ${branch} was rejected ${attempt} time${attempt === 1 ? '' : 's'} because ${branch} kept moving (last: ${outcome.detail}). ` +
        'Re-run the job.';
      return;
    }
    const wait = plan.backoff(attempt);
    info(`Commit: ${branch} moved while pushing (${outcome.detail}); fetching and rebasing, next attempt in ${wait} ms.`);
    await plan.sleep(wait);
  }
}

/** After a push: HEAD follows the pushed commit when it was built on HEAD; otherwise the checkout stays. */
async function settleCheckout(plan: PushPlan, result: CommitResult, sha: string, parent: string): Promise<void> {
  const { branch, info } = plan;
  const { git, head, headBranch } = plan.checkout;
  result.pushed = true;
  info(`Commit: pushed ${sha.slice(0, 12)} to ${branch}.`);
  if (parent === head && (headBranch === '' || headBranch === branch)) {
    // The push stands whatever happens here: a failure is only worth a warning.
    await moveHead(git, head, sha, plan.changes).catch((err: unknown) =>
      result.warnings.push(`Pushed ${sha.slice(0, 12)}, but could not move the checkout's HEAD to it: ${errorMessage(err)}`),
    );
  } else {
    info(`Commit: the checkout stays at ${head.slice(0, 12)}; ${branch} now has the generated commit on top of ${parent.slice(0, 12)}.`);
  }
}

/** Why the commit cannot be replayed from HEAD onto the remote tip, or null. */
function replayProblem(plan: PushPlan, drift: TreeChange[], foreignCheckout: boolean): string | null {
  const { branch, checkout } = plan;
  const head = checkout.head.slice(0, 12);
  const changedContracts = contractChanges(drift, plan.scope);
  if (changedContracts.length > 0) {
    const list = listPaths(changedContracts);
    // The first look at a tip that is not our own branch: the checkout is something else (a merge ref).
    if (foreignCheckout) {
      return (
        `the checkout (${head}${checkout.headBranch ? `, branch ${checkout.headBranch}` : ', detached HEAD'}) has contracts that differ from ${REMOTE}/${branch} (${list}), ` +
        `so its outputs do not belong on ${branch}. For a pull request, check out the branch itself: \`ref: \${{ github.head_ref }}\` in actions/checkout.`
      );
    }
    return `contracts changed on ${branch} while generating; re-run (changed: ${list}).`;
  }
  const conflicts = replayConflicts(plan.changes, drift);
  if (conflicts.length === 0) return null;
  return (
    `rebasing the generated commit onto ${REMOTE}/${branch} conflicts in ${listPaths(conflicts)}: ${branch} changed ${conflicts.length === 1 ? 'this file' : 'these files'} since ${head}. ` +
    'The rebase was aborted; nothing was committed or pushed and the working tree is as generation left it. Re-run on the current branch.'
  );
}

/** The remote-tracking ref of `branch` as it is now, or null. */
async function trackingTip(git: GitRunner, branch: string): Promise<string | null> {
  const out = await git.revParse(['--verify', '-q', `refs/remotes/${REMOTE}/${branch}^{commit}`], { allowFailure: true });
  return out.code === 0 ? out.stdout.trim() : null;
}

/**
 * Commits HEAD has that the remote branch lacks. `onTip`: the remote tip is an ancestor of HEAD
 * (HEAD is ahead; `count` commits). Otherwise `count` is what HEAD has on top of the commit the
 * checkout left as origin/<branch> (0 when unknown). Neither needs deepening a shallow clone:
 * HEAD's own history reaches the commit it was cloned at.
 */
async function unpushedCommits(
  git: GitRunner,
  head: string,
  tip: string,
  checkedOut: string | null,
): Promise<{ onTip: boolean; count: number }> {
  if (await git.isAncestor(tip, head)) return { onTip: true, count: await countBetween(git, tip, head) };
  if (checkedOut !== null && checkedOut !== head && checkedOut !== tip && (await git.isAncestor(checkedOut, head))) {
    return { onTip: false, count: await countBetween(git, checkedOut, head) };
  }
  return { onTip: false, count: 0 };
}

async function countBetween(git: GitRunner, from: string, to: string): Promise<number> {
  return Number(outputText(await git.revList(['--count', `${from}..${to}`])));
}

/** Fetches the target branch (depth 1 in a shallow clone: only its tree is needed); null when it does not exist. */
export async function fetchBranch(git: GitRunner, branch: string, shallow: boolean): Promise<string | null> {
  const tracking = `refs/remotes/${REMOTE}/${branch}`;
  const args = [
    '--no-tags',
    '--no-recurse-submodules',
    '--quiet',
    ...(shallow ? ['--depth=1'] : []),
    REMOTE,
    `+refs/heads/${branch}:${tracking}`,
  ];
  const out = await git.fetch(args, { allowFailure: true });
  if (out.code !== 0) {
    if (/couldn't find remote ref|no such ref was fetched/i.test(out.stderr)) return null;
    throw new Error(`fetching ${branch} from ${REMOTE} failed: ${out.stderr.trim().split('\n').slice(-4).join(' ')}`);
  }
  return outputText(await git.revParse(['--verify', `${tracking}^{commit}`]));
}

/** After a push of a commit made directly on HEAD: HEAD and the user's index follow, nothing else moves. */
async function moveHead(git: GitRunner, head: string, sha: string, changes: TreeChange[]): Promise<void> {
  await git.updateRef(['-m', 'pacto: commit generated outputs', 'HEAD', sha, head]);
  await git.updateIndex(['--add', '--remove', '-z', '--stdin'], { input: changes.map((c) => `${c.path}\0`).join('') });
}

function listPaths(paths: string[]): string {
  const shown = paths.slice(0, 10).join(', ');
  return paths.length > 10 ? `${shown} and ${paths.length - 10} more` : shown;
}
