/** The checkout the action runs in: its repository, HEAD, and the paths of this run inside it. */
import path from 'node:path';
import type { Config } from '../../inputs.js';
import type { ContractResult } from '../../contracts/types.js';
import type { GenerationResult } from '../../generate/types.js';
import { REMOTE } from './push.js';
import { findRepo, GitRunner } from '../../shared/git.js';
import type { ContractScope } from './tree.js';

export interface Checkout {
  git: GitRunner;
  head: string;
  /** The branch HEAD is on, '' when detached. */
  headBranch: string;
  shallow: boolean;
  /** A working-directory-relative path as a repository-relative one ('' is the top). */
  repoPath(p: string): string;
}

/** The Config fields openCheckout reads. */
export type CheckoutOptions = Pick<Config, 'workingDirectory' | 'workspace'>;

export async function openCheckout(
  config: Readonly<CheckoutOptions>,
  env: NodeJS.ProcessEnv,
  debug: (line: string) => void,
): Promise<Checkout | string> {
  const found = await findRepo(config.workingDirectory, env, [config.workspace]);
  if (found.error !== null) {
    return (
      `${config.workingDirectory} is not inside a git repository (git says: ${found.error}). ` +
      'Check the repository out with actions/checkout before this step.'
    );
  }
  const { top, prefix } = found;
  const git = new GitRunner(top, env, { log: debug });
  const head = (await git.revParse(['--verify', '-q', 'HEAD^{commit}'], { allowFailure: true })).stdout.trim();
  if (head === '') return 'the checkout has no commit (HEAD is unborn); push an initial commit to the repository first.';
  if (!(await git.hasRemote(REMOTE))) {
    return `the repository has no remote "${REMOTE}". Check it out with actions/checkout, which sets it up with push credentials.`;
  }
  const headBranch = (await git.symbolicRef(['-q', '--short', 'HEAD'], { allowFailure: true })).stdout.trim();
  const shallow = await git.isShallow();
  const repoPath = (p: string): string => {
    const joined = path.posix.normalize(prefix === '' ? p : `${prefix}/${p}`);
    return joined === '.' ? '' : joined.replace(/\/$/, '');
  };
  return { git, head, headBranch, shallow, repoPath };
}

/**
 * Where the contracts live, repository-relative: their bundle directories and referenced files,
 * minus this run's outputs (a regenerated file elsewhere is not a contract change).
 */
export function contractScope(
  checkout: Checkout,
  workingDirectory: string,
  contracts: ContractResult[],
  generation: GenerationResult,
): ContractScope {
  const { repoPath } = checkout;
  const fromWd = (abs: string): string | null => {
    const rel = path.relative(workingDirectory, abs).split(path.sep).join('/');
    if (rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return null;
    return repoPath(rel === '' ? '.' : rel);
  };
  const dirs = [...new Set(contracts.map((c) => repoPath(c.bundle)))];
  const files = contracts
    .flatMap((c) => [c.absFile, ...c.referencedFiles])
    .map(fromWd)
    .filter((p): p is string => p !== null);
  // An output directory that holds a bundle (output-dir: '{bundle}') cannot be left out wholesale.
  const holdsBundle = (d: string): boolean => dirs.some((b) => d === '' || b === d || b.startsWith(`${d}/`));
  const outputDirs = [...new Set(generation.jobs.map((j) => repoPath(j.outputDir)))].filter((d) => !holdsBundle(d));
  const outputFiles = new Set(generation.files.map((f) => repoPath(f.path)));
  // A referenced file this run generated (feeds-contract: true) is an output, not an input.
  return { dirs, files: files.filter((f) => !outputFiles.has(f)), outputFiles, outputDirs };
}
