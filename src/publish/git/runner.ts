/**
 * Every git call of the publish stage goes through here: no shell, fixed safety options,
 * an environment that never prompts and speaks English (messages are classified).
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
/** Network commands can hang on a dead remote; nothing here should take longer. */
const TIMEOUT_MS = 10 * 60 * 1000;

export class GitRunner {
  private readonly baseEnv: NodeJS.ProcessEnv;

  constructor(
    /** The repository's top level: cwd of every call and its safe.directory. */
    readonly repo: string,
    env: NodeJS.ProcessEnv,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    const clean: NodeJS.ProcessEnv = { ...env };
    // Variables that would point git elsewhere than the repository we were given.
    for (const k of ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_OBJECT_DIRECTORY']) delete clean[k];
    this.baseEnv = { ...clean, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' };
  }

  async run(args: string[], opts: GitCallOptions = {}): Promise<GitOutput> {
    const full = ['-c', 'commit.gpgsign=false', '-c', `safe.directory=${this.repo}`, ...args];
    this.log(`git ${args.join(' ')}`);
    const out = await new Promise<GitOutput>((resolve, reject) => {
      const child = execFile(
        'git',
        full,
        {
          cwd: this.repo,
          env: { ...this.baseEnv, ...opts.env },
          maxBuffer: MAX_BUFFER,
          timeout: TIMEOUT_MS,
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

  /** stdout with the trailing newline removed. */
  async text(args: string[], opts: GitCallOptions = {}): Promise<string> {
    return (await this.run(args, opts)).stdout.replace(/\n$/, '');
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
  const probe = new GitRunner(dir, env);
  const safe = [dir, ...extraSafe].flatMap((d) => ['-c', `safe.directory=${d}`]);
  const out = await probe.run([...safe, 'rev-parse', '--show-toplevel', '--show-prefix'], { allowFailure: true });
  if (out.code !== 0) return { top: null, prefix: null, error: out.stderr.trim().split('\n')[0] ?? '' };
  const [top, prefix = ''] = out.stdout.split('\n');
  return { top, prefix: prefix.replace(/\/$/, ''), error: null };
}
