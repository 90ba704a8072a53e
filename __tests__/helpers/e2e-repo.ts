/**
 * Repositories and runs for the end-to-end tests: the project's example files copied as a
 * checkout would have them (modes kept, so plugins stay executable), sample repositories with a
 * bare origin, and the built action run through the runner-faithful harness with an environment
 * that holds nothing of the host's but PATH.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createGitSandbox, type GitSandbox } from './git-repo.js';
import { REPO_ROOT, spawnAction, type SpawnOptions, type SpawnResult } from './runner.js';

export const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';
const TEST_ID = ['-c', 'user.name=Test Dev', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false'];

/** Files under `rel` (relative to the project) as a checkout has them: tracked plus new, not ignored. */
export function projectFiles(rel: string): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', rel], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return [...new Set(out.split('\0').filter((f) => f !== '' && fs.existsSync(path.join(REPO_ROOT, f))))].sort();
}

/** Whether a path is the action's output (an `*-output` directory or a manifest), not a source. */
export function isGeneratedPath(rel: string): boolean {
  return rel.split('/').some((seg, i, all) => (i < all.length - 1 && seg.endsWith('-output')) || seg === '.pacto-generated.json');
}

/**
 * Copies the project's files under `from` to `dest/to`, keeping file modes. Returns the copied
 * paths relative to dest. `dropGenerated` leaves out committed outputs, for a repository that
 * has never been generated.
 */
export function copyProject(from: string, dest: string, to: string, opts: { dropGenerated?: boolean } = {}): string[] {
  const copied: string[] = [];
  for (const file of projectFiles(from)) {
    const inner = path.posix.relative(from, file);
    if (opts.dropGenerated && isGeneratedPath(inner)) continue;
    const rel = to === '' || to === '.' ? inner : path.posix.join(to, inner);
    const target = path.join(dest, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, file), target);
    fs.chmodSync(target, fs.statSync(path.join(REPO_ROOT, file)).mode & 0o777);
    copied.push(rel);
  }
  return copied;
}

export interface Layout {
  /** Project directory to copy. */
  from: string;
  /** Where it goes in the sample repository. */
  to: string;
  dropGenerated?: boolean;
}

/**
 * A bare origin whose `main` holds the given layout (one commit on top of the sandbox seed),
 * with the sandbox's isolated git environment. Clone it with `sb.checkout(...)`.
 */
export function sampleRepo(layout: Layout[], extra: Record<string, string> = {}): GitSandbox {
  const sb = createGitSandbox({ '.gitignore': 'node_modules/\n' });
  try {
    const seed = sb.scratchClone('seed-layout');
    for (const l of layout) copyProject(l.from, seed, l.to, { dropGenerated: l.dropGenerated });
    sb.write(seed, extra);
    commitAll(sb, seed, 'sample repository');
    sb.git(seed, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
    return sb;
  } catch (err) {
    sb.cleanup();
    throw err;
  }
}

/** Stages everything in `dir` and commits it with the test identity; returns the new HEAD. */
export function commitAll(sb: GitSandbox, dir: string, message: string): string {
  sb.git(dir, 'add', '-A');
  sb.git(dir, ...TEST_ID, 'commit', '-q', '--allow-empty', '-m', message);
  return sb.git(dir, 'rev-parse', 'HEAD');
}

/** `git init` + one commit of what is in dir, for a workspace that is a repository without an origin. */
export function initRepo(dir: string, env: NodeJS.ProcessEnv): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  git('init', '-q', '--initial-branch=main');
  git('add', '-A');
  git(...TEST_ID, 'commit', '-q', '-m', 'checkout');
}

export interface RunOptions extends SpawnOptions {
  /** The git sandbox whose isolated HOME and config the action runs with. */
  sandbox?: GitSandbox;
}

/** Keeps every run's runner directories until cleanup(). */
export class Runs {
  private readonly results: SpawnResult[] = [];

  constructor(private readonly dist: () => string) {}

  /**
   * The built action as the runner starts it. Only PATH comes from the host (no host identity,
   * git config or GitHub variables); `env` is laid over the sandbox's git environment.
   */
  async run(opts: RunOptions): Promise<SpawnResult> {
    const isolated: Record<string, string | undefined> = opts.sandbox
      ? {
          HOME: opts.sandbox.env.HOME,
          XDG_CONFIG_HOME: opts.sandbox.env.XDG_CONFIG_HOME,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_TERMINAL_PROMPT: '0',
        }
      : {};
    const r = await spawnAction({
      timeoutMs: 120_000,
      ...opts,
      dist: this.dist(),
      inheritEnv: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...(opts.inheritEnv ?? {}) },
      env: { GITHUB_TOKEN: 'ghs_dummy-token-for-tests', ...isolated, ...(opts.env ?? {}) },
    });
    this.results.push(r);
    return r;
  }

  cleanup(): void {
    for (const r of this.results.splice(0)) r.cleanup();
  }
}

/** The run's outcome with its log, for failure messages that show what the action said. */
export function explain(r: SpawnResult): string {
  const tail = r.log.split('\n').slice(-60).join('\n');
  return `exit ${r.exitCode}${r.timedOut ? ' (timed out)' : ''}\n--- outputs\n${JSON.stringify(r.outputs, null, 1)}\n--- log (tail)\n${tail}`;
}

/** Throws with the run's log when it did not end as expected. */
export function expectOutcome(r: SpawnResult, expected: 'success' | 'failure', what: string): void {
  const actual = r.failed ? 'failure' : 'success';
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}\n${explain(r)}`);
}

/** Every file under dir (relative, `/`-separated, sorted), skipping .git. */
export function treeFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const d of fs.readdirSync(abs, { withFileTypes: true })) {
      if (d.name === '.git') continue;
      const child = rel === '' ? d.name : `${rel}/${d.name}`;
      if (d.isDirectory()) walk(path.join(abs, d.name), child);
      else out.push(child);
    }
  };
  walk(dir, '');
  return out.sort();
}
