/**
 * Real git for tests, isolated like a fresh runner: a bare repository as origin, a depth-1
 * `file://` clone as the workspace (as actions/checkout makes it), no global or system config
 * and no identity. Helpers commit with an explicit identity; the code under test must bring its own.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface GitSandbox {
  root: string;
  home: string;
  /** The bare repository. */
  origin: string;
  originUrl: string;
  /** Environment every git call (and the code under test) runs with. */
  env: NodeJS.ProcessEnv;
  git(cwd: string, ...args: string[]): string;
  /** A full clone in a fresh directory (the "other" developer or job). */
  scratchClone(name: string, branch?: string): string;
  /** Writes files (null deletes), commits them with a test identity and pushes `HEAD:refs/<ref>`. */
  pushFiles(clone: string, files: Record<string, string | null>, message: string, ref?: string): string;
  /** actions/checkout: depth-1 clone of a branch. */
  checkout(name: string, branch?: string): string;
  /** actions/checkout of a ref that is not a branch (refs/pull/N/merge, a tag): depth 1, detached. */
  checkoutDetached(name: string, ref: string): string;
  write(dir: string, files: Record<string, string | null>): void;
  read(dir: string, file: string): string;
  /** The tip of a branch in origin, or '' when it does not exist. */
  originTip(branch: string): string;
  cleanup(): void;
}

const TEST_ID = ['-c', 'user.name=Test Dev', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false'];

export function createGitSandbox(seed: Record<string, string>, defaultBranch = 'main'): GitSandbox {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-git-test-')));
  const home = path.join(root, 'home');
  fs.mkdirSync(home);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
  };
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).replace(/\n$/, '');

  const origin = path.join(root, 'origin.git');
  git(root, 'init', '-q', '--bare', `--initial-branch=${defaultBranch}`, origin);
  const originUrl = `file://${origin}`;

  const write = (dir: string, files: Record<string, string | null>): void => {
    for (const [rel, content] of Object.entries(files)) {
      const abs = path.join(dir, rel);
      if (content === null) {
        fs.rmSync(abs, { force: true });
      } else {
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, content);
      }
    }
  };

  const pushFiles = (clone: string, files: Record<string, string | null>, message: string, ref?: string): string => {
    write(clone, files);
    git(clone, 'add', '-A', '--', ...Object.keys(files));
    git(clone, ...TEST_ID, 'commit', '-q', '-m', message);
    const target = ref ?? `heads/${git(clone, 'rev-parse', '--abbrev-ref', 'HEAD')}`;
    git(clone, 'push', '-q', 'origin', `HEAD:refs/${target}`);
    return git(clone, 'rev-parse', 'HEAD');
  };

  const seedDir = path.join(root, 'seed');
  git(root, 'init', '-q', `--initial-branch=${defaultBranch}`, seedDir);
  git(seedDir, 'remote', 'add', 'origin', originUrl);
  write(seedDir, seed);
  git(seedDir, 'add', '-A');
  git(seedDir, ...TEST_ID, 'commit', '-q', '-m', 'seed');
  git(seedDir, 'push', '-q', 'origin', `HEAD:refs/heads/${defaultBranch}`);

  return {
    root,
    home,
    origin,
    originUrl,
    env,
    git,
    write,
    pushFiles,
    read: (dir, file) => fs.readFileSync(path.join(dir, file), 'utf8'),
    scratchClone(name, branch = defaultBranch) {
      const dir = path.join(root, name);
      git(root, 'clone', '-q', '--branch', branch, originUrl, dir);
      return dir;
    },
    checkout(name, branch = defaultBranch) {
      const dir = path.join(root, name);
      git(root, 'clone', '-q', '--depth', '1', '--no-tags', '--branch', branch, originUrl, dir);
      return dir;
    },
    checkoutDetached(name, ref) {
      const dir = path.join(root, name);
      git(root, 'init', '-q', dir);
      git(dir, 'remote', 'add', 'origin', originUrl);
      git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/pull/checkout`);
      git(dir, 'checkout', '-q', '--detach', 'refs/remotes/pull/checkout');
      return dir;
    },
    originTip(branch) {
      try {
        return git(origin, 'rev-parse', '--verify', '-q', `refs/heads/${branch}`);
      } catch {
        return '';
      }
    },
    cleanup() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Makes `hook` (a shell script body) run as `name` in `repo` through core.hooksPath. */
export function installHook(sandbox: GitSandbox, repo: string, name: string, body: string): void {
  const dir = path.join(sandbox.root, `hooks-${path.basename(repo)}`);
  fs.mkdirSync(dir, { recursive: true });
  // Hooks inherit GIT_DIR and friends from the git that runs them; a hook that works on
  // another repository must drop them.
  fs.writeFileSync(path.join(dir, name), `#!/bin/sh\nunset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE GIT_PREFIX\n${body}\n`, { mode: 0o755 });
  sandbox.git(repo, 'config', 'core.hooksPath', dir);
}

/** A hook in the bare origin itself (pre-receive and the like). */
export function installOriginHook(sandbox: GitSandbox, name: string, body: string): void {
  const file = path.join(sandbox.origin, 'hooks', name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
}
