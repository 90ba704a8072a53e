/**
 * What the triggering event says about the pull request and the run, read defensively: the
 * event file is JSON GitHub wrote, but any field may be missing on an unusual event.
 */
import fs from 'node:fs';

export interface PullRequestRef {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** owner/name of the head repository ('' when GitHub did not say). */
  headRepo: string;
}

export interface WorkflowRunRef {
  id: number;
  event: string;
  headSha: string;
  headBranch: string;
  /** owner/name of the repository the run's head commit came from (a fork for fork PRs). */
  headRepo: string;
  conclusion: string;
  /** The run's page (from GitHub's event, not from any report). */
  htmlUrl: string;
  /** The name of the run's workflow (its GITHUB_WORKFLOW), from GitHub's event. */
  name: string;
  /** Pull requests GitHub linked to the run: empty for fork pull requests. */
  pullRequests: number[];
}

export interface RunContext {
  event: string;
  /** owner/name. */
  repository: string;
  runId: string;
  job: string;
  /** The workflow's name (GITHUB_WORKFLOW): two workflows may have jobs of the same id. */
  workflow: string;
  serverUrl: string;
  pullRequest: PullRequestRef | null;
  workflowRun: WorkflowRunRef | null;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function readEvent(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const posInt = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null);

export function runContext(env: NodeJS.ProcessEnv, payload: Record<string, unknown> = readEvent(env)): RunContext {
  const event = env.GITHUB_EVENT_NAME ?? '';
  let pullRequest: PullRequestRef | null = null;
  if (PR_EVENTS.has(event)) {
    const pr = obj(payload.pull_request);
    const number = posInt(pr.number) ?? posInt(payload.number);
    if (number !== null) {
      const head = obj(pr.head);
      pullRequest = {
        number,
        headSha: str(head.sha),
        headRef: str(head.ref),
        baseRef: str(obj(pr.base).ref),
        headRepo: str(obj(head.repo).full_name),
      };
    }
  }
  let workflowRun: WorkflowRunRef | null = null;
  if (event === 'workflow_run') {
    const run = obj(payload.workflow_run);
    const id = posInt(run.id);
    if (id !== null) {
      workflowRun = {
        id,
        event: str(run.event),
        headSha: str(run.head_sha),
        headBranch: str(run.head_branch),
        headRepo: str(obj(run.head_repository).full_name),
        conclusion: str(run.conclusion),
        htmlUrl: str(run.html_url),
        name: str(run.name),
        pullRequests: (Array.isArray(run.pull_requests) ? run.pull_requests : [])
          .map((p) => posInt(obj(p).number))
          .filter((n): n is number => n !== null),
      };
    }
  }
  return {
    event,
    repository: env.GITHUB_REPOSITORY ?? str(obj(payload.repository).full_name),
    runId: env.GITHUB_RUN_ID ?? '',
    job: env.GITHUB_JOB ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    pullRequest,
    workflowRun,
  };
}
