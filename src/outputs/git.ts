/** The two read-only git questions check mode asks: where the repository root is, and what it ignores. */
import { spawn } from 'node:child_process';

function git(cwd: string, args: string[], input: string | null): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    let stdout = '';
    let child;
    try {
      child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'ignore'], timeout: 30000 });
    } catch {
      resolve({ code: null, stdout: '' });
      return;
    }
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (stdout += d));
    child.on('error', () => resolve({ code: null, stdout: '' }));
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** The repository's top-level directory, or null when `dir` is not in a git work tree (or git is missing). */
export async function gitTopLevel(dir: string): Promise<string | null> {
  const r = await git(dir, ['rev-parse', '--show-toplevel'], null);
  return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null;
}

/** Which of `paths` (relative to `dir`) git ignores. */
export async function gitIgnored(dir: string, paths: string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const r = await git(dir, ['check-ignore', '--stdin', '-z'], paths.map((p) => `${p}\0`).join(''));
  if (r.code !== 0) return new Set();
  return new Set(r.stdout.split('\0').filter((p) => p !== ''));
}
