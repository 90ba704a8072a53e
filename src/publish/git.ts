/**
 * `commit: true`: commit exactly the files this run changed and push them to the target branch,
 * safely under concurrent pushes, detached HEADs, PR merge refs and forks.
 *
 * The commit is built in temporary indexes on top of the remote branch tip; the user's index,
 * HEAD and working tree are not touched until the push succeeded (and then only to move HEAD
 * forward when the commit sits directly on it).
 */
import type { ActionsIO } from '../adapters.js';
import type { Config } from '../inputs.js';
import type { ContractResult } from '../contracts/types.js';
import type { GenerationResult } from '../generate/types.js';
import { noCommit, type CommitResult } from './types.js';
import { pushWithRetry, type PushPlan } from './git/attempts.js';
import { contractScope, openCheckout } from './git/checkout.js';
import { pullRequestInfo, resolveTargetBranch } from './git/event.js';
import { redactUrls } from './git/push.js';
import { errorMessage } from '../shared/errors.js';
import { collectChanges, TempIndexes } from './git/tree.js';
import { uncommittedContractFiles, uncommittedMessage } from './git/dirty.js';

export { resolveTargetBranch } from './git/event.js';

/** The Config fields commitAndPush reads, with openCheckout's. */
export type CommitOptions = Pick<Config, 'branch' | 'workingDirectory' | 'runnerTemp' | 'commitMessage' | 'commitAuthor'> &
  Parameters<typeof openCheckout>[0];

export interface CommitContext {
  config: Readonly<CommitOptions>;
  contracts: ContractResult[];
  generation: GenerationResult;
  /** False when the run had an error (invalid contract, plugin failure): nothing is committed. */
  runOk: boolean;
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
  /** Waits between push attempts; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1): the jitter of the backoff. */
  random?: () => number;
}

/** Total push attempts when the branch moved meanwhile (fetch, rebase, push again); not an input. */
export const PUSH_ATTEMPTS = 3;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 15000;

/** Jittered exponential backoff before attempt `attempt + 1`. */
export function backoffMs(attempt: number, random: () => number): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + random()));
}

export async function commitAndPush(ctx: CommitContext): Promise<CommitResult> {
  const result: CommitResult = { ...noCommit(), attempts: 0, files: [] };
  const { config, env, io } = ctx;
  const skip = (reason: string): CommitResult => {
    result.skippedReason = reason;
    io.info(`Commit: ${reason}`);
    return result;
  };

  if (!ctx.runOk) return skip('the run had errors (invalid contract, plugin failure or output problem): nothing was committed');

  const target = resolveTargetBranch(config.branch, env);
  if (target.error !== null) {
    result.error = target.error;
    return result;
  }
  result.branch = target.branch;

  if (pullRequestWarnings(env, result)) return skip('pull request from a fork: not pushed');

  const { written, deleted } = changedOutputs(ctx.generation);
  if (written.length + deleted.length === 0) return skip('no output changed: nothing to commit');

  let indexes: TempIndexes | null = null;
  try {
    const checkout = await openCheckout(config, env, (line) => io.debug(redactUrls(line)));
    if (typeof checkout === 'string') {
      result.error = checkout;
      return result;
    }
    const { git, head, repoPath } = checkout;
    const scope = contractScope(checkout, config.workingDirectory, ctx.contracts, ctx.generation);
    const dirty = await uncommittedContractFiles(git, scope);
    if (dirty.length > 0) {
      result.error = uncommittedMessage(dirty);
      return result;
    }
    indexes = await TempIndexes.create(config.runnerTemp);
    const collected = await collectChanges(git, indexes, head, written.map(repoPath), deleted.map(repoPath));
    for (const p of collected.ignored) {
      result.warnings.push(
        `${p} is ignored by .gitignore, so it was not committed (outputs are never force-added). Remove it from .gitignore, or change output-dir, to commit it.`,
      );
    }
    if (collected.changes.length === 0) {
      return skip(
        collected.ignored.length > 0
          ? 'every changed output is gitignored: nothing to commit'
          : 'the outputs are what HEAD already has: nothing to commit',
      );
    }
    result.files = collected.changes.map((c) => c.path);
    await pushWithRetry(
      {
        checkout,
        indexes,
        branch: target.branch,
        changes: collected.changes,
        tree: collected.tree,
        scope,
        ...pushSettings(ctx),
      },
      result,
    );
    return result;
  } catch (err) {
    result.error = redactUrls(errorMessage(err));
    return result;
  } finally {
    await indexes?.dispose();
  }
}

/**
 * The warnings a pull request event earns: pull_request_target runs its code with a token that
 * can write; a fork cannot be pushed to. True for a fork (nothing is pushed).
 */
function pullRequestWarnings(env: NodeJS.ProcessEnv, result: CommitResult): boolean {
  const pr = pullRequestInfo(env);
  if (pr?.event === 'pull_request_target') {
    result.warnings.push(
      "commit: true under pull_request_target runs the pull request's contracts and plugins with a token that can write to this repository. " +
        'Only do this for trusted pull requests; prefer pull_request with upload-artifact: true.',
    );
  }
  if (pr?.fork) {
    result.warnings.push(
      `This pull request comes from a fork (${pr.headRepo ?? 'a deleted repository'}): nothing is pushed to it. ` +
        'Set upload-artifact: true to hand the generated files over as a workflow artifact instead.',
    );
    return true;
  }
  return false;
}

/** The outputs this run wrote and deleted (working-directory paths), the files a commit holds. */
export function changedOutputs(generation: GenerationResult): { written: string[]; deleted: string[] } {
  const written = generation.files.filter((f) => f.status === 'created' || f.status === 'updated').map((f) => f.path);
  const deleted = generation.files.filter((f) => f.status === 'deleted').map((f) => f.path);
  return { written, deleted };
}

/** The commit message, author, attempts and pacing of the push. */
function pushSettings(ctx: CommitContext): Pick<PushPlan, 'message' | 'author' | 'attempts' | 'sleep' | 'backoff' | 'info'> {
  const { config, io } = ctx;
  const random = ctx.random ?? Math.random;
  return {
    message: commitMessage(config.commitMessage),
    author: config.commitAuthor,
    attempts: PUSH_ATTEMPTS,
    sleep: ctx.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    backoff: (attempt) => backoffMs(attempt, random),
    info: (line) => io.info(line),
  };
}

export function commitMessage(message: string): string {
  return message.trim() === '' ? 'chore(pacto): regenerate contract outputs' : message.trimEnd();
}
