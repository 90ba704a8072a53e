/**
 * The sticky pull-request comment: from this run's report (input `comment` on a pull_request
 * run), or in mode: comment from the report artifact of a pull request's run (a workflow_run
 * workflow, which has a write token even for forks and never runs their code).
 *
 * A token that may not write (a fork's pull request, `pull-requests: write` missing) does not
 * fail the step: the result says so once, for the log and the job summary. Any other API
 * failure fails the step: a comment that was asked for and not posted is never reported as done.
 */
import path from 'node:path';
import type { ActionsIO } from '../../adapters.js';
import type { CommentPolicy, Config } from '../../inputs.js';
import { createGithubClient, GithubApiError, type GithubClient, type GithubClientOptions } from '../github/client.js';
import type { RunContext } from '../github/event.js';
import { commentMarker } from './marker.js';
import { upsertComment, type CommentOperation } from './post.js';
import { hasFindings, renderComment } from './render.js';
import { downloadReport, ReportArtifactError } from './report-artifact.js';
import { errorMessage } from '../../shared/errors.js';

export const DOCS = 'docs/pull-request-comments.md';

export interface CommentResult {
  operation: CommentOperation | 'not-permitted' | 'failed';
  pullRequest: number | null;
  id: number | null;
  url: string;
  /** What the log and the job summary say about the comment (once). */
  message: string;
  /** Set when the step fails because of the comment. */
  error: string | null;
}

export interface CommentDeps {
  /** Client options for tests (sleep); token and env come from the run. */
  client?: Partial<GithubClientOptions>;
  fetch?: typeof fetch;
}

const result = (r: Partial<CommentResult> & Pick<CommentResult, 'operation' | 'message'>): CommentResult => ({
  pullRequest: null,
  id: null,
  url: '',
  error: null,
  ...r,
});

/** The Config fields workspaceRelative reads. */
export type WorkspaceRelativeOptions = Pick<Config, 'workspace' | 'workingDirectory'>;

/** The working directory as the marker and the comment name it: relative to the workspace, '/'-separated. */
export function workspaceRelative(config: Readonly<WorkspaceRelativeOptions>): string {
  const rel = path.relative(config.workspace, config.workingDirectory).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}

function splitRepo(repository: string): { owner: string; repo: string } | null {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  return m ? { owner: m[1], repo: m[2] } : null;
}

function runUrl(ctx: RunContext): string | null {
  return ctx.repository && /^\d+$/.test(ctx.runId) ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : null;
}

/** The Config fields makeClient reads. */
type ClientOptions = Pick<Config, 'token'>;

function makeClient(config: Readonly<ClientOptions>, env: NodeJS.ProcessEnv, io: ActionsIO, deps: CommentDeps): GithubClient {
  return createGithubClient({ token: config.token, env, onRetry: (m) => io.info(`GitHub API: ${m}`), ...deps.client });
}

/** Turns an API failure into the result: a refused write is said, anything else fails the step. */
function apiFailure(err: unknown, pr: number | null, forkHint: boolean): CommentResult {
  const on = pr === null ? 'the pull request' : `#${pr}`;
  const e = err instanceof GithubApiError ? err : null;
  if (e && e.kind === 'permission') {
    const why = forkHint
      ? `this pull request comes from a fork, and GitHub gives its runs a read-only token. Post the comment from a workflow_run workflow instead (mode: comment; see ${DOCS})`
      : `give the job \`permissions: pull-requests: write\`; for a pull request from a fork, use a workflow_run workflow (mode: comment; see ${DOCS})`;
    return result({
      operation: 'not-permitted',
      pullRequest: pr,
      message: `The pull request comment was not posted on ${on}: the token may not write there (${e.message}). To get it, ${why}.`,
    });
  }
  const message = `The pull request comment on ${on} failed: ${errorMessage(err)}`;
  return result({ operation: 'failed', pullRequest: pr, message, error: message });
}

function announce(r: CommentResult, io: ActionsIO): CommentResult {
  if (r.operation === 'not-permitted') io.warning(r.message, { title: 'pull request comment' });
  else if (r.operation === 'failed') io.error(r.message, { title: 'pull request comment' });
  else io.info(r.message);
  return r;
}

/** The Config fields commentOnRun reads, with workspaceRelative's and makeClient's. */
export type CommentOnRunOptions = Pick<Config, 'comment' | 'shard'> & WorkspaceRelativeOptions & ClientOptions;

/** `comment` on this run's own pull request. */
export async function commentOnRun(input: {
  config: Readonly<CommentOnRunOptions>;
  context: RunContext;
  report: unknown;
  reportWhere: string;
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
  deps?: CommentDeps;
}): Promise<CommentResult> {
  const { config, context, io } = input;
  const policy = config.comment as Exclude<CommentPolicy, 'off'>;
  const pr = context.pullRequest;
  if (!pr) {
    return announce(
      result({ operation: 'skipped', message: `No pull request comment: this ${context.event || 'local'} run is not for a pull request.` }),
      io,
    );
  }
  const repo = splitRepo(context.repository);
  if (!repo)
    return announce(
      result({
        operation: 'failed',
        pullRequest: pr.number,
        message: 'GITHUB_REPOSITORY is not owner/name',
        error: 'GITHUB_REPOSITORY is not owner/name',
      }),
      io,
    );
  const wd = workspaceRelative(config);
  const marker = commentMarker(context.job, wd, config.shard ? `${config.shard.index}/${config.shard.total}` : '', context.workflow);
  const link = runUrl(context);
  const body = renderComment(input.report, {
    marker,
    runUrl: link,
    job: context.job,
    workingDirectory: wd,
    reportWhere: input.reportWhere,
    linkPrefix: `${context.serverUrl}/${context.repository}/`,
  });
  const fork = pr.headRepo !== '' && pr.headRepo.toLowerCase() !== context.repository.toLowerCase();
  try {
    const client = makeClient(config, input.env, io, input.deps ?? {});
    const r = await upsertComment({ client, ...repo, issue: pr.number, marker, body, policy, hasFindings: hasFindings(input.report) });
    return announce(done(r, pr.number), io);
  } catch (err) {
    return announce(apiFailure(err, pr.number, fork), io);
  }
}

function done(r: Awaited<ReturnType<typeof upsertComment>>, pr: number): CommentResult {
  const message =
    r.operation === 'skipped'
      ? `No pull request comment on #${pr}: ${r.reason}.`
      : `Pull request comment ${r.operation} on #${pr}: ${r.url}`;
  return result({ operation: r.operation, pullRequest: pr, id: r.id, url: r.url, message });
}

/** The Config fields commentFromArtifact reads, with makeClient's. */
export type CommentFromArtifactOptions = Pick<Config, 'comment' | 'commentArtifact'> & ClientOptions;

/**
 * mode: comment. Every fact that decides where the comment goes comes from GitHub (the
 * workflow_run event, the pulls API); the report only supplies the text, and may only name a
 * pull request that GitHub confirms has the run's head commit.
 */
export async function commentFromArtifact(input: {
  config: Readonly<CommentFromArtifactOptions>;
  context: RunContext;
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
  deps?: CommentDeps;
}): Promise<CommentResult> {
  const { config, context, io } = input;
  const checked = pullRequestRun(context, io);
  if ('refused' in checked) return checked.refused;
  const { run } = checked;
  const repo = splitRepo(context.repository);
  if (!repo) {
    const message = 'GITHUB_REPOSITORY is not owner/name';
    return announce(result({ operation: 'failed', message, error: message }), io);
  }
  let client: GithubClient;
  try {
    client = makeClient(config, input.env, io, input.deps ?? {});
  } catch (err) {
    const message = `The pull request comment failed: ${errorMessage(err)}`;
    return announce(result({ operation: 'failed', message, error: message }), io);
  }

  let report: unknown;
  try {
    const got = await downloadReport(client, { ...repo, runId: run.id, name: config.commentArtifact }, input.deps?.fetch);
    report = got.report;
    // The entry name is the fork's: quoted, so a newline in it cannot start a workflow command.
    io.info(`Read ${JSON.stringify(got.entry)} from artifact "${config.commentArtifact}" (id ${got.artifactId}) of run ${run.id}.`);
  } catch (err) {
    if (err instanceof ReportArtifactError && err.missing) {
      io.notice(`No pull request comment: ${err.message}.`);
      return result({ operation: 'skipped', message: `No pull request comment: ${err.message}.` });
    }
    const message = `The pull request comment failed: the report artifact could not be read: ${errorMessage(err)}`;
    return announce(result({ operation: 'failed', message, error: message }), io);
  }

  const claimed = claimedContext(report);
  let pr: number;
  try {
    const found = await verifiedPullRequest(client, repo, context, claimed.pullRequest);
    if (typeof found === 'string') {
      io.warning(found, { title: 'pull request comment' });
      return result({ operation: 'skipped', message: found });
    }
    pr = found;
  } catch (err) {
    return announce(apiFailure(err, claimed.pullRequest, false), io);
  }

  // The workflow is GitHub's word (the event), not the report's.
  const marker = commentMarker(claimed.job, claimed.workingDirectory, claimed.shard, run.name);
  const body = renderComment(report, {
    marker,
    runUrl: /^https?:\/\/[^\s()<>"']+$/.test(run.htmlUrl) ? run.htmlUrl : null,
    job: claimed.job,
    workingDirectory: claimed.workingDirectory,
    reportWhere: `the "${config.commentArtifact}" artifact of the pull request's run`,
    linkPrefix: `${context.serverUrl}/${context.repository}/`,
  });
  const policy: Exclude<CommentPolicy, 'off'> = config.comment === 'always' ? 'always' : 'on-change';
  try {
    const r = await upsertComment({ client, ...repo, issue: pr, marker, body, policy, hasFindings: hasFindings(report) });
    return announce(done(r, pr), io);
  } catch (err) {
    return announce(apiFailure(err, pr, false), io);
  }
}

/** What the report says about its run: strings only, clipped (they name the comment, nothing more). */
function claimedContext(report: unknown): { pullRequest: number | null; job: string; workingDirectory: string; shard: string } {
  const ctx = (report && typeof report === 'object' ? (report as { context?: unknown }).context : null) as Record<string, unknown> | null;
  const c = ctx && typeof ctx === 'object' ? ctx : {};
  const pr = (c.pullRequest && typeof c.pullRequest === 'object' ? c.pullRequest : {}) as Record<string, unknown>;
  const n = pr.number;
  const s = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');
  const shard = (report && typeof report === 'object' ? (report as { shard?: unknown }).shard : null) as {
    index?: unknown;
    total?: unknown;
  } | null;
  const shardKey =
    shard && typeof shard === 'object' && Number.isSafeInteger(shard.index) && Number.isSafeInteger(shard.total)
      ? `${String(shard.index)}/${String(shard.total)}`
      : '';
  return {
    pullRequest: typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null,
    job: s(c.job, 100),
    workingDirectory: s(c.workingDirectory, 300) || '.',
    shard: shardKey,
  };
}

/**
 * The pull request whose head is the run's head commit, as GitHub says: the run's own
 * pull_requests (same-repository PRs), else the open PRs whose head is the run's head
 * repository and branch. A number in the report must be one of them. Returns the number, or
 * why no comment is posted.
 */
async function verifiedPullRequest(
  client: GithubClient,
  repo: { owner: string; repo: string },
  context: RunContext,
  claimed: number | null,
): Promise<number | string> {
  const run = context.workflowRun as NonNullable<RunContext['workflowRun']>;
  const { octokit } = client;
  const candidates = new Set<number>(run.pullRequests);
  const headOwner = run.headRepo.split('/')[0] ?? '';
  if (headOwner !== '' && run.headBranch !== '') {
    const open = await octokit.paginate(octokit.rest.pulls.list, {
      ...repo,
      state: 'open',
      head: `${headOwner}:${run.headBranch}`,
      per_page: 100,
    });
    for (const p of open) if (p.head.sha === run.headSha) candidates.add(p.number);
  }
  const confirmed: number[] = [];
  for (const n of [...candidates].sort((a, b) => a - b)) {
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: n });
    const sameHead = data.head.sha === run.headSha;
    const sameRepo = run.headRepo === '' || (data.head.repo?.full_name ?? '').toLowerCase() === run.headRepo.toLowerCase();
    const ours = (data.base.repo?.full_name ?? '').toLowerCase() === context.repository.toLowerCase();
    if (sameHead && sameRepo && ours && data.state === 'open') confirmed.push(n);
  }
  if (claimed !== null && !confirmed.includes(claimed)) {
    return confirmed.length === 0
      ? `No pull request comment: no open pull request has the head commit ${run.headSha.slice(0, 12)} of run ${run.id} (it was pushed again or closed; the newer run comments), so the report's #${claimed} is not trusted.`
      : `No pull request comment: the report names #${claimed}, but GitHub links run ${run.id} (head ${run.headSha.slice(0, 12)}) to ${confirmed.map((n) => `#${n}`).join(', ')}; the report is not trusted.`;
  }
  if (claimed !== null) return claimed;
  if (confirmed.length === 1) return confirmed[0];
  return confirmed.length === 0
    ? `No pull request comment: no open pull request has the head commit ${run.headSha.slice(0, 12)} of run ${run.id}.`
    : `No pull request comment: run ${run.id} belongs to several pull requests (${confirmed.map((n) => `#${n}`).join(', ')}) and its report names none.`;
}

/** The pull request's run this workflow_run follows, or the comment's answer when it follows none. */
function pullRequestRun(context: RunContext, io: ActionsIO): { run: NonNullable<RunContext['workflowRun']> } | { refused: CommentResult } {
  const run = context.workflowRun;
  if (context.event !== 'workflow_run' || !run) {
    const message = `mode: comment runs in a workflow started by workflow_run (this run's event is ${context.event || 'none'}); see ${DOCS}`;
    return { refused: announce(result({ operation: 'failed', message, error: message }), io) };
  }
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
    const message = `No pull request comment: workflow run ${run.id} ran for a ${run.event || 'unknown'} event, not a pull request.`;
    return { refused: announce(result({ operation: 'skipped', message }), io) };
  }
  return { run };
}
