/**
 * Creates or updates the one comment that carries a marker, on one pull request. The comment is
 * found by its marker on the first line and a bot author (a person quoting the marker does not
 * make their comment ours); with several, the oldest is kept up to date.
 */
import type { CommentPolicy } from '../../inputs.js';
import type { GithubClient } from '../github/client.js';
import { hasMarker } from './marker.js';

export type CommentOperation = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface UpsertResult {
  operation: CommentOperation;
  id: number | null;
  url: string;
  /** Why nothing was posted (operation skipped). */
  reason: string;
}

export interface UpsertInput {
  client: GithubClient;
  owner: string;
  repo: string;
  issue: number;
  marker: string;
  body: string;
  policy: Exclude<CommentPolicy, 'off'>;
  /** Whether the report has something to say (on-change creates a comment only then). */
  hasFindings: boolean;
}

interface ListedComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { type?: string } | null;
}

export async function upsertComment(input: UpsertInput): Promise<UpsertResult> {
  const { octokit } = input.client;
  const { owner, repo, issue } = input;
  const all = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issue,
    per_page: 100,
  })) as ListedComment[];
  const ours = all.filter((c) => hasMarker(c.body, input.marker) && c.user?.type === 'Bot').sort((a, b) => a.id - b.id);
  const existing = ours[0];
  if (!existing) {
    if (input.policy === 'on-change' && !input.hasFindings) {
      return { operation: 'skipped', id: null, url: '', reason: 'nothing to report and no earlier comment to update (comment: on-change)' };
    }
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: input.body });
    return { operation: 'created', id: created.data.id, url: created.data.html_url, reason: '' };
  }
  if (existing.body === input.body) return { operation: 'unchanged', id: existing.id, url: existing.html_url, reason: '' };
  const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: input.body });
  return { operation: 'updated', id: updated.data.id, url: updated.data.html_url, reason: '' };
}
