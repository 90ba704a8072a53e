/** The two read-only git questions check mode asks: where the repository root is, and what it ignores. */
import { GitRunner, type GitOutput } from '../shared/git.js';

/** Each question is local and small: one that takes longer has no answer. */
const TIMEOUT_MS = 30000;

/** git's answer, or null when git failed, is missing or timed out. */
async function ask(dir: string, question: (git: GitRunner) => Promise<GitOutput>): Promise<GitOutput | null> {
  const out = await question(new GitRunner(dir, process.env, { timeoutMs: TIMEOUT_MS })).catch(() => null);
  return out !== null && out.code === 0 ? out : null;
}

/** The repository's top-level directory, or null when `dir` is not in a git work tree (or git is missing). */
export async function gitTopLevel(dir: string): Promise<string | null> {
  const r = await ask(dir, (git) => git.revParse(['--show-toplevel'], { allowFailure: true }));
  return r !== null && r.stdout.trim() !== '' ? r.stdout.trim() : null;
}

/** Which of `paths` (relative to `dir`) git ignores. */
export async function gitIgnored(dir: string, paths: string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const r = await ask(dir, (git) => git.checkIgnore(['--stdin', '-z'], { input: paths.map((p) => `${p}\0`).join(''), allowFailure: true }));
  if (r === null) return new Set();
  return new Set(r.stdout.split('\0').filter((p) => p !== ''));
}
