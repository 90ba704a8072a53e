/**
 * The one way this action runs git: no shell, fixed safety options, an environment that never
 * prompts and speaks English (messages are classified), and a timeout. Stages call the named
 * verb for what they do, so every call gets the same settings.
 */
import { execFile } from 'node:child_process';

export interface GitOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitCallOptions {
  /** Written to git's stdin. */
  input?: string;
  /** Extra environment (GIT_INDEX_FILE, author identity). */
  env?: Record<string, string>;
  /** Resolve on a non-zero exit instead of throwing. */
  allowFailure?: boolean;
}

export interface GitRunnerOptions {
  /** Receives each command line (without the fixed options), for the debug log. */
  log?: (line: string) => void;
  /** Kills a command that runs longer; network commands can hang on a dead remote. */
  timeoutMs?: number;
  /** Directories git may trust besides the repository itself (the workspace above it). */
  safeDirectories?: string[];
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly output: GitOutput,
  ) {
    const detail = (output.stderr.trim() || output.stdout.trim()).split('\n').slice(-6).join('\n');
    super(`git ${args.join(' ')} failed (exit ${output.code})${detail ? `: ${detail}` : ''}`);
    this.name = 'GitError';
  }
}

const MAX_BUFFER = 256 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/** stdout with the trailing newline removed. */
export function outputText(out: GitOutput): string {
  return out.stdout.replace(/\n$/, '');
}

export class GitRunner {
  private readonly baseEnv: NodeJS.ProcessEnv;
  private readonly fixed: string[];
  private readonly log: (line: string) => void;
  private readonly timeoutMs: number;

  constructor(
    /** The repository's top level: cwd of every call and its safe.directory. */
    readonly repo: string,
    env: NodeJS.ProcessEnv,
    options: GitRunnerOptions = {},
  ) {
    const clean: NodeJS.ProcessEnv = { ...env };
    // Variables that would point git elsewhere than the repository we were given.
    for (const k of ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_OBJECT_DIRECTORY']) delete clean[k];
    this.baseEnv = { ...clean, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' };
    const safe = [repo, ...(options.safeDirectories ?? [])];
    this.fixed = ['-c', 'commit.gpgsign=false', ...safe.flatMap((d) => ['-c', `safe.directory=${d}`])];
    this.log = options.log ?? (() => undefined);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  // Refs and objects.

  revParse(args: string[], opts: GitCallOptions = {}): Promise<GitOutput> {
    return this.run(['rev-parse', ...args], opts);
  }

  async isShallow(): Promise<boolean> {
    return outputText(await this.revParse(['--is-shallow-repository'])) === 'true';
  }

  /** The tree of a commit. */
  async treeOf(commit: string): Promise<string> {
    return outputText(await this.revParse([`${commit}^{tree}`]));
  }

  symbolicRef(args: string[], opts: GitCallOptions = {}): Promise<GitOutput> {
    return this.run(['symbolic-ref', ...args], opts);
  }

  catFile(type: 'blob' | 'commit', object: string): Promise<GitOutput> {
    return this.run(['cat-file', type, object]);
  }

  lsTree(args: string[]): Promise<GitOutput> {
    return this.run(['ls-tree', ...args]);
  }

  diffTree(args: string[]): Promise<GitOutput> {
    return this.run(['diff-tree', ...args]);
  }

  mergeBase(args: string[], opts: GitCallOptions = {}): Promise<GitOutput> {
    return this.run(['merge-base', ...args], opts);
  }

  async isAncestor(a: string, b: string): Promise<boolean> {
    // Exit 1: not an ancestor; 128: history missing (shallow) or unknown object: not provably one either.
    return (await this.mergeBase(['--is-ancestor', a, b], { allowFailure: true })).code === 0;
  }

  revList(args: string[]): Promise<GitOutput> {
    return this.run(['rev-list', ...args]);
  }

  updateRef(args: string[]): Promise<GitOutput> {
    return this.run(['update-ref', ...args]);
  }

  // The working tree and the index.

  /** Pathspecs are literal: a file named `*.yaml` is that file, not a glob. */
  status(args: string[]): Promise<GitOutput> {
    return this.run(['--literal-pathspecs', 'status', ...args]);
  }

  checkIgnore(args: string[], opts: GitCallOptions = {}): Promise<GitOutput> {
    return this.run(['check-ignore', ...args], opts);
  }

  readTree(treeish: string, opts: GitCallOptions = {}): Promise<GitOutput> {
    return this.run(['read-tree', treeish], opts);
  }

  updateIndex(args: string[], opts: GitCallOptions = {}): Promise<GitOutput> {
    return this.run(['update-index', ...args], opts);
  }

  /** The tree of the index `opts.env` names. */
  async writeTree(opts: GitCallOptions = {}): Promise<string> {
    return outputText(await this.run(['write-tree'], opts));
  }

  /** The new commit's SHA. */
  async commitTree(args: string[], opts: GitCallOptions = {}): Promise<string> {
    return outputText(await this.run(['commit-tree', ...args], opts));
  }

  // Remotes.

  async hasRemote(name: string): Promise<boolean> {
    return (await this.run(['remote', 'get-url', name], { allowFailure: true })).code === 0;
  }

  lsRemote(args: string[]): Promise<GitOutput> {
    return this.run(['ls-remote', ...args]);
  }

  fetch(args: string[], opts: GitCallOptions = {}): Promise<GitOutput> {
    return this.run(['fetch', ...args], opts);
  }

  push(args: string[], opts: GitCallOptions = {}): Promise<GitOutput> {
    return this.run(['push', ...args], opts);
  }

  private async run(args: string[], opts: GitCallOptions = {}): Promise<GitOutput> {
    this.log(`git ${args.join(' ')}`);
    const out = await new Promise<GitOutput>((resolve, reject) => {
      const child = execFile(
        'git',
        [...this.fixed, ...args],
        {
          cwd: this.repo,
          env: { ...this.baseEnv, ...opts.env },
          maxBuffer: MAX_BUFFER,
          timeout: this.timeoutMs,
          encoding: 'utf8',
          windowsHide: true,
        },
        (err, stdout, stderr) => {
          if (err && typeof (err as NodeJS.ErrnoException).code === 'string') {
            reject(new Error(`could not run git: ${err.message}`));
            return;
          }
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(opts.input ?? '');
    });
    if (out.code !== 0 && !opts.allowFailure) throw new GitError(args, out);
    return out;
  }
}

/**
 * The top level of the repository holding `dir` and the path of `dir` inside it ('' at the top),
 * or git's reason why there is none.
 */
export async function findRepo(
  dir: string,
  env: NodeJS.ProcessEnv,
  extraSafe: string[] = [],
): Promise<{ top: string; prefix: string; error: null } | { top: null; prefix: null; error: string }> {
  // `dir` twice (the runner's own and the probe's): the arguments are exactly what they always were.
  const probe = new GitRunner(dir, env, { safeDirectories: [dir, ...extraSafe] });
  const out = await probe.revParse(['--show-toplevel', '--show-prefix'], { allowFailure: true });
  if (out.code !== 0) return { top: null, prefix: null, error: out.stderr.trim().split('\n')[0] ?? '' };
  const [top, prefix = ''] = out.stdout.split('\n');
  return { top, prefix: prefix.replace(/\/$/, ''), error: null };
}
