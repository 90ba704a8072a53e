/**
 * `commit: true`: commit exactly the files this run changed and push them to the target branch,
 * safely under concurrent pushes, detached HEADs, PR merge refs and forks.
 *
 * The commit is built in temporary indexes on top of the remote branch tip; the user's index,
 * HEAD and working tree are not touched until the push succeeded (and then only to move HEAD
 * forward when the commit sits directly on it).
 */
import path from 'node:path';
import type { ActionsIO } from '../adapters.js';
import type { Config } from '../inputs.js';
import type { ContractResult } from '../contracts/types.js';
import type { GenerationResult } from '../generate/types.js';
import type { CommitResult } from '../run-state.js';
import { pullRequestInfo, resolveTargetBranch } from './git/event.js';
import { GitRunner, findRepo } from './git/runner.js';
import { pushCommit, redactUrls, REMOTE } from './git/push.js';
import {
  applyChanges,
  collectChanges,
  commitTree,
  contractChanges,
  diffTrees,
  replayConflicts,
  TempIndexes,
  type ContractScope,
  type TreeChange,
} from './git/tree.js';

export { resolveTargetBranch } from './git/event.js';

export interface CommitContext {
  config: Readonly<Config>;
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

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 15000;

/** Jittered exponential backoff before attempt `attempt + 1`. */
export function backoffMs(attempt: number, random: () => number): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + random()));
}

export async function commitAndPush(ctx: CommitContext): Promise<CommitResult> {
  const result: CommitResult = {
    committed: false,
    pushed: false,
    sha: '',
    branch: '',
    error: null,
    warnings: [],
    skippedReason: null,
    attempts: 0,
    files: [],
  };
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
  const branch = target.branch;
  result.branch = branch;

  const pr = pullRequestInfo(env);
  if (pr?.event === 'pull_request_target') {
    result.warnings.push(
      'commit: true under pull_request_target runs the pull request\'s contracts and plugins with a token that can write to this repository. ' +
        'Only do this for trusted pull requests; prefer pull_request with upload-artifact: true.',
    );
  }
  if (pr?.fork) {
    result.warnings.push(
      `This pull request comes from a fork (${pr.headRepo ?? 'a deleted repository'}): nothing is pushed to it. ` +
        'Set upload-artifact: true to hand the generated files over as a workflow artifact instead.',
    );
    return skip('pull request from a fork: not pushed');
  }

  const written = ctx.generation.files.filter((f) => f.status === 'created' || f.status === 'updated').map((f) => f.path);
  const deleted = ctx.generation.files.filter((f) => f.status === 'deleted').map((f) => f.path);
  if (written.length + deleted.length === 0) return skip('no output changed: nothing to commit');

  const found = await findRepo(config.workingDirectory, env, [config.workspace]);
  if (found.error !== null) {
    result.error =
      `commit: ${config.workingDirectory} is not inside a git repository (git says: ${found.error}). ` +
      'Check the repository out with actions/checkout before this step.';
    return result;
  }
  const { top, prefix } = found;
  const git = new GitRunner(top, env, (line) => io.debug(redactUrls(line)));
  const repoPath = (p: string): string => {
    const joined = path.posix.normalize(prefix === '' ? p : `${prefix}/${p}`);
    return joined === '.' ? '' : joined.replace(/\/$/, '');
  };
  const fromWd = (abs: string): string | null => {
    const rel = path.relative(config.workingDirectory, abs).split(path.sep).join('/');
    const r = repoPath(rel === '' ? '.' : rel);
    return r.startsWith('../') || path.isAbsolute(r) ? null : r;
  };

  const head = (await git.run(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { allowFailure: true })).stdout.trim();
  if (head === '') {
    result.error = 'commit: the checkout has no commit (HEAD is unborn); push an initial commit to the repository first.';
    return result;
  }
  const headBranch = (await git.run(['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true })).stdout.trim();
  if ((await git.run(['remote', 'get-url', REMOTE], { allowFailure: true })).code !== 0) {
    result.error = `commit: the repository has no remote "${REMOTE}". Check it out with actions/checkout, which sets it up with push credentials.`;
    return result;
  }

  const indexes = await TempIndexes.create(config.runnerTemp);
  try {
    const collected = await collectChanges(git, indexes, head, written.map(repoPath), deleted.map(repoPath));
    for (const p of collected.ignored) {
      result.warnings.push(
        `${p} is ignored by .gitignore, so it was not committed (outputs are never force-added). Remove it from .gitignore, or change output-dir, to commit it.`,
      );
    }
    if (collected.changes.length === 0) {
      return skip(collected.ignored.length > 0 ? 'every changed output is gitignored: nothing to commit' : 'the outputs are what HEAD already has: nothing to commit');
    }
    result.files = collected.changes.map((c) => c.path);

    const scope: ContractScope = contractScope(ctx, repoPath, fromWd);
    const shallow = (await git.text(['rev-parse', '--is-shallow-repository'])) === 'true';
    const message = commitMessage(config.commitMessage, config.skipCi);
    const sleep = ctx.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const random = ctx.random ?? Math.random;

    for (let attempt = 1; attempt <= config.pushAttempts; attempt++) {
      result.attempts = attempt;
      result.committed = false;
      result.sha = '';
      const tip = await fetchBranch(git, branch, shallow);
      let parent = head;
      if (tip !== null && tip !== head) {
        const drift = await diffTrees(git, head, tip);
        const changedContracts = contractChanges(drift, scope);
        if (changedContracts.length > 0) {
          const list = listPaths(changedContracts);
          result.error =
            attempt === 1 && headBranch !== branch
              ? `commit: the checkout (${head.slice(0, 12)}${headBranch ? `, branch ${headBranch}` : ', detached HEAD'}) has contracts that differ from ${REMOTE}/${branch} (${list}), ` +
                `so its outputs do not belong on ${branch}. For a pull request, check out the branch itself: \`ref: \${{ github.head_ref }}\` in actions/checkout.`
              : `commit: contracts changed on ${branch} while generating; re-run (changed: ${list}).`;
          return result;
        }
        const conflicts = replayConflicts(collected.changes, drift);
        if (conflicts.length > 0) {
          result.error =
            `commit: rebasing the generated commit onto ${REMOTE}/${branch} conflicts in ${listPaths(conflicts)}: ${branch} changed ${conflicts.length === 1 ? 'this file' : 'these files'} since ${head.slice(0, 12)}. ` +
            'The rebase was aborted; nothing was committed or pushed and the working tree is as generation left it. Re-run on the current branch.';
          return result;
        }
        parent = tip;
      }
      const tree = parent === head ? collected.tree : await applyChanges(git, indexes, parent, collected.changes);
      if (tip !== null && tree === (await git.text(['rev-parse', `${tip}^{tree}`]))) {
        return skip(`${REMOTE}/${branch} already has these outputs: nothing to commit`);
      }
      const sha = await commitTree(git, tree, parent, message, config.commitAuthor);
      result.committed = true;
      result.sha = sha;
      io.info(`Commit: ${sha.slice(0, 12)} on ${tip === null ? `a new branch ${branch}` : branch} with ${describe(collected.changes)} (attempt ${attempt} of ${config.pushAttempts}).`);

      const outcome = await pushCommit(git, sha, branch, tip);
      if (outcome.ok) {
        result.pushed = true;
        io.info(`Commit: pushed ${sha.slice(0, 12)} to ${branch}.`);
        if (parent === head && (headBranch === '' || headBranch === branch)) {
          // The push stands whatever happens here: a failure is only worth a warning.
          await moveHead(git, head, sha, result.files).catch((err: unknown) =>
            result.warnings.push(`Pushed ${sha.slice(0, 12)}, but could not move the checkout's HEAD to it: ${err instanceof Error ? err.message : String(err)}`),
          );
        } else {
          io.info(`Commit: the checkout stays at ${head.slice(0, 12)}; ${branch} now has the generated commit on top of ${parent.slice(0, 12)}.`);
        }
        return result;
      }
      if (!outcome.moved) {
        result.error = outcome.message;
        return result;
      }
      if (attempt === config.pushAttempts) {
        result.error =
          `commit: the push to ${branch} was rejected ${attempt} time${attempt === 1 ? '' : 's'} because ${branch} kept moving (last: ${outcome.detail}). ` +
          'Re-run, or raise push-attempts.';
        return result;
      }
      const wait = backoffMs(attempt, random);
      io.info(`Commit: ${branch} moved while pushing (${outcome.detail}); fetching and rebasing, next attempt in ${wait} ms.`);
      await sleep(wait);
    }
    return result;
  } catch (err) {
    result.error = `commit: ${redactUrls(err instanceof Error ? err.message : String(err))}`;
    return result;
  } finally {
    await indexes.dispose();
  }
}

/** Fetches the target branch (depth 1 in a shallow clone: only its tree is needed); null when it does not exist. */
async function fetchBranch(git: GitRunner, branch: string, shallow: boolean): Promise<string | null> {
  const tracking = `refs/remotes/${REMOTE}/${branch}`;
  const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...(shallow ? ['--depth=1'] : []), REMOTE, `+refs/heads/${branch}:${tracking}`];
  const out = await git.run(args, { allowFailure: true });
  if (out.code !== 0) {
    if (/couldn't find remote ref|no such ref was fetched/i.test(out.stderr)) return null;
    throw new Error(`fetching ${branch} from ${REMOTE} failed: ${out.stderr.trim().split('\n').slice(-4).join(' ')}`);
  }
  return git.text(['rev-parse', '--verify', `${tracking}^{commit}`]);
}

/** After a push of a commit made directly on HEAD: HEAD and the user's index follow, nothing else moves. */
async function moveHead(git: GitRunner, head: string, sha: string, paths: string[]): Promise<void> {
  await git.run(['update-ref', '-m', 'pacto: commit generated outputs', 'HEAD', sha, head]);
  await git.run(['update-index', '--add', '--remove', '-z', '--stdin'], { input: paths.map((p) => `${p}\0`).join('') });
}

function contractScope(ctx: CommitContext, repoPath: (p: string) => string, fromWd: (abs: string) => string | null): ContractScope {
  const dirs = [...new Set(ctx.contracts.map((c) => repoPath(c.bundle)))];
  const files = ctx.contracts
    .flatMap((c) => [c.absFile, ...c.referencedFiles])
    .map(fromWd)
    .filter((p): p is string => p !== null);
  const holdsBundle = (d: string): boolean => dirs.some((b) => d === '' || b === d || b.startsWith(`${d}/`));
  const outputDirs = [...new Set(ctx.generation.jobs.map((j) => repoPath(j.outputDir)))].filter((d) => !holdsBundle(d));
  return { dirs, files, outputFiles: new Set(ctx.generation.files.map((f) => repoPath(f.path))), outputDirs };
}

export function commitMessage(message: string, skipCi: boolean): string {
  const text = message.trim() === '' ? 'chore(pacto): regenerate contract outputs' : message.trimEnd();
  if (!skipCi || text.includes('[skip ci]')) return text;
  return text.includes('\n') ? `${text}\n\n[skip ci]` : `${text} [skip ci]`;
}

function describe(changes: TreeChange[]): string {
  const n = changes.length;
  return `${n} file${n === 1 ? '' : 's'}`;
}

function listPaths(paths: string[]): string {
  const shown = paths.slice(0, 10).join(', ');
  return paths.length > 10 ? `${shown} and ${paths.length - 10} more` : shown;
}
