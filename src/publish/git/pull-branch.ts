/**
 * `commit: pull-request`, the git half: the generated commit is built on the base branch's
 * remote tip (in temporary indexes, like every commit here) and force-pushed, with a lease, to
 * the pull request branch. The base branch is only read, never pushed to.
 */
import { fetchBranch } from './attempts.js';
import type { Checkout } from './checkout.js';
import { pushCommit, REMOTE } from './push.js';
import { outputText, type GitRunner } from '../../shared/git.js';
import {
  ABSENT_MODE,
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

export interface BranchPlan {
  checkout: Checkout;
  indexes: TempIndexes;
  base: string;
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

/** One file the pull request changes relative to the base, repository-relative. */
export interface ProposedFile {
  path: string;
  change: 'added' | 'modified' | 'deleted';
}

export type BranchOutcome =
  /** The base already has these outputs: nothing to propose (an open pull request is obsolete). */
  | { kind: 'up-to-date'; baseTip: string }
  /** The branch holds the proposal: pushed now, or already there from an earlier run. */
  | { kind: 'proposed'; baseTip: string; sha: string; pushed: boolean; files: ProposedFile[]; attempts: number }
  | { kind: 'error'; message: string; attempts: number };

export async function pushProposalBranch(plan: BranchPlan): Promise<BranchOutcome> {
  const { checkout, base, branch, info } = plan;
  const { git, head } = checkout;
  for (let attempt = 1; attempt <= plan.attempts; attempt++) {
    const baseTip = await fetchBranch(git, base, checkout.shallow);
    if (baseTip === null) {
      return {
        kind: 'error',
        attempts: attempt,
        message: `the base branch ${base} does not exist on ${REMOTE}; set the branch input to the branch the pull request should merge into.`,
      };
    }
    let tree = plan.tree;
    if (baseTip !== head) {
      const drift = await diffTrees(git, head, baseTip);
      const changed = contractChanges(drift, plan.scope);
      if (changed.length > 0) {
        return {
          kind: 'error',
          attempts: attempt,
          message:
            `the checkout (${head.slice(0, 12)}) has contracts that differ from ${REMOTE}/${base} (${changed.slice(0, 10).join(', ')}), so its outputs do not belong on ${base}. ` +
            `Check out ${base} itself (actions/checkout with ref: ${base}) and re-run.`,
        };
      }
      const conflicts = replayConflicts(plan.changes, drift);
      if (conflicts.length > 0) {
        return {
          kind: 'error',
          attempts: attempt,
          message: `${base} changed ${conflicts.slice(0, 10).join(', ')} since ${head.slice(0, 12)}, so the generated commit does not apply to it; re-run on the current ${base}.`,
        };
      }
      tree = await applyChanges(git, plan.indexes, baseTip, plan.changes);
    }
    if (tree === (await git.treeOf(baseTip))) return { kind: 'up-to-date', baseTip };

    const files = (await diffTrees(git, baseTip, tree)).map(proposed);
    const branchTip = await fetchBranch(git, branch, checkout.shallow);
    if (branchTip !== null && (await git.treeOf(branchTip)) === tree && (await parentsOf(git, branchTip))[0] === baseTip) {
      info(`Pull request: ${branch} already holds these outputs on top of ${base} (${branchTip.slice(0, 12)}); nothing to push.`);
      return { kind: 'proposed', baseTip, sha: branchTip, pushed: false, files, attempts: attempt };
    }
    const sha = await commitTree(git, tree, baseTip, plan.message, plan.author);
    info(
      `Pull request: commit ${sha.slice(0, 12)} with ${files.length} file${files.length === 1 ? '' : 's'} on top of ${base} (${baseTip.slice(0, 12)}) (attempt ${attempt} of ${plan.attempts}).`,
    );
    // The branch is this action's own: it is replaced, but only if nobody moved it since it was read.
    const outcome = await pushCommit(git, sha, branch, branchTip, true);
    if (outcome.ok) {
      info(`Pull request: force-pushed ${sha.slice(0, 12)} to ${branch}${branchTip ? ` (was ${branchTip.slice(0, 12)})` : ''}.`);
      return { kind: 'proposed', baseTip, sha, pushed: true, files, attempts: attempt };
    }
    if (!outcome.moved) return { kind: 'error', attempts: attempt, message: outcome.message };
    if (attempt === plan.attempts) {
      return {
        kind: 'error',
        attempts: attempt,
        message: `the push to ${branch} was rejected ${attempt} times because ${branch} or ${base} kept moving (last: ${outcome.detail}). Re-run the job.`,
      };
    }
    const wait = plan.backoff(attempt);
    info(`Pull request: ${branch} moved while pushing (${outcome.detail}); fetching again, next attempt in ${wait} ms.`);
    await plan.sleep(wait);
  }
  return { kind: 'error', attempts: plan.attempts, message: 'no push attempt was made (attempts is 0)' };
}

function proposed(c: TreeChange): ProposedFile {
  return { path: c.path, change: c.oldMode === ABSENT_MODE ? 'added' : c.newMode === ABSENT_MODE ? 'deleted' : 'modified' };
}

/** The parents a commit object names; read from the object itself, so a shallow boundary does not hide them. */
async function parentsOf(git: GitRunner, commit: string): Promise<string[]> {
  const raw = outputText(await git.catFile('commit', commit));
  const header = raw.split('\n\n')[0] ?? '';
  return header
    .split('\n')
    .filter((l) => l.startsWith('parent '))
    .map((l) => l.slice('parent '.length).trim());
}
