/**
 * One push of one commit, and what a failed push means: the remote moved (retry) or the
 * remote refused (say why, with the remote's own words).
 */
import { sanitizeForLog } from '../../shared/sanitize.js';
import type { GitOutput, GitRunner } from '../../shared/git.js';

export type RefusalKind = 'permission' | 'protected' | 'workflow' | 'other';

export type PushOutcome =
  { ok: true } | { ok: false; moved: true; detail: string } | { ok: false; moved: false; kind: RefusalKind; message: string };

export const REMOTE = 'origin';

/** The remote's tip of `branch`, or null when the branch does not exist there. */
export async function remoteTip(git: GitRunner, branch: string): Promise<string | null> {
  const out = await git.lsRemote(['--heads', REMOTE, `refs/heads/${branch}`]);
  const line = out.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
  return line ? line.split('\t')[0] : null;
}

/**
 * Pushes `sha` to `branch` with the credentials the checkout left and hooks enabled.
 * `expectedTip` is the remote tip the commit was built on (null: the branch is being created).
 */
export async function pushCommit(
  git: GitRunner,
  sha: string,
  branch: string,
  expectedTip: string | null,
  /** Replace whatever `expectedTip` is (a branch this action owns), but only if the remote still has it there. */
  force = false,
): Promise<PushOutcome> {
  const lease = force ? [`--force-with-lease=refs/heads/${branch}:${expectedTip ?? ''}`] : [];
  const out = await git.push(['--porcelain', ...lease, REMOTE, `${sha}:refs/heads/${branch}`], { allowFailure: true });
  if (out.code === 0 && !/^!/m.test(out.stdout)) return { ok: true };
  const text = `${out.stdout}\n${out.stderr}`;
  const kind = refusalKind(text);
  if (kind !== null) return { ok: false, moved: false, kind, message: refusalMessage(kind, branch, out) };
  if (/\[rejected\][^\n]*\((fetch first|non-fast-forward|stale info)\)/.test(text))
    return { ok: false, moved: true, detail: statusLine(out) };
  // "failed to update ref" / "cannot lock ref" are also what a push racing another looks like:
  // only the remote's current tip tells a race from a refusal.
  const tip = await remoteTip(git, branch).catch(() => expectedTip);
  if (tip !== expectedTip) return { ok: false, moved: true, detail: statusLine(out) };
  return { ok: false, moved: false, kind: 'other', message: refusalMessage('other', branch, out) };
}

/** Refusals that retrying cannot fix. */
export function refusalKind(text: string): RefusalKind | null {
  if (
    /refusing to allow an? (GitHub App|OAuth App|Personal Access Token|integration)[^\n]*workflow/i.test(text) ||
    /without [`']?workflows?[`']? (permission|scope)/i.test(text)
  ) {
    return 'workflow';
  }
  if (/GH006|GH013|protected branch|Repository rule violations|Changes must be made through a pull request/i.test(text)) return 'protected';
  if (
    /Permission to \S+ denied|The requested URL returned error: 403|Write access to repository not granted|insufficient permission|Permission denied|unable to create temporary object directory|\b403\b[^\n]*forbidden/i.test(
      text,
    )
  ) {
    return 'permission';
  }
  return null;
}

function refusalMessage(kind: RefusalKind, branch: string, out: GitOutput): string {
  const head: Record<RefusalKind, string> = {
    permission:
      `The push to ${branch} was refused: the credentials actions/checkout left cannot write to this repository. ` +
      "Give the job `permissions: contents: write` (and keep actions/checkout's persist-credentials), or check out with a token that can push.",
    protected:
      `The push to ${branch} was refused: the branch is protected (or a ruleset requires pull requests). ` +
      'The default GITHUB_TOKEN cannot push there: check out with a PAT or GitHub App token allowed to bypass the rule (actions/checkout `token:`), ' +
      'or set commit: false and open a pull request with the generated changes instead.',
    workflow:
      `The push to ${branch} was refused: it changes a file under .github/workflows, which the default GITHUB_TOKEN may never do. ` +
      'Check out with a PAT (workflow scope) or a GitHub App token with the workflows permission through actions/checkout `token:`, or move the outputs out of .github/workflows.',
    other: /\[(remote )?rejected\]/.test(out.stdout + out.stderr) ? `The push to ${branch} was refused.` : `The push to ${branch} failed.`,
  };
  // A refusal nobody classified may come from our side (a pre-push hook): show all git said.
  const remote = remoteWords(out, kind === 'other');
  return remote ? `${head[kind]}\n${kind === 'other' ? 'git said' : 'The remote said'}:\n${remote}` : head[kind];
}

/** The remote's own lines and git's status line (or every line), safe to log (no credentials, no workflow commands). */
export function remoteWords(out: GitOutput, everything = false): string {
  const lines = `${out.stderr}\n${out.stdout}`
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => (everything ? l.trim() !== '' && !/^(To |Done$)/.test(l) : /^(remote:|error:|fatal:|!\t| ! )/.test(l)))
    .map((l) => l.replace(/^!\t/, '! ').replace(/\t/g, ' '));
  const unique = [...new Set(lines)].slice(0, 30);
  return sanitizeForLog(redactUrls(unique.map((l) => `  ${l}`).join('\n')));
}

function statusLine(out: GitOutput): string {
  const line = out.stdout.split('\n').find((l) => l.startsWith('!')) ?? out.stderr.trim().split('\n').pop() ?? '';
  return sanitizeForLog(redactUrls(line.replace(/\t/g, ' ').trim()));
}

/** Hides credentials embedded in URLs (https://user:token@host). */
export function redactUrls(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@');
}
