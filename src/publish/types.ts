/** What the publish stage's commit and pull request steps report. */

export interface CommitResult {
  committed: boolean;
  pushed: boolean;
  sha: string;
  branch: string;
  /** Set when commit or push failed: the step fails. */
  error: string | null;
  warnings: string[];
  /** Why nothing was committed, when that is not an error (no change, fork PR, run had errors). */
  skippedReason: string | null;
  /** Push attempts used (0 when no push was tried). */
  attempts?: number;
  /** Repository-relative paths the commit changes. */
  files?: string[];
}

/** What `commit: pull-request` did with the pull request. */
export interface PullRequestResult {
  operation: 'created' | 'updated' | 'closed' | 'none';
  number: number | null;
  url: string;
  /** The branch the generated commit went to, and the base the pull request targets. */
  branch: string;
  base: string;
  draft: boolean;
  /** Set when pushing the branch or an API call failed: the step fails. */
  error: string | null;
  warnings: string[];
  /** Why nothing was done, when that is not an error. */
  skippedReason: string | null;
}

/** A commit result that says nothing happened yet; stages fill in what they did. */
export function noCommit(skippedReason: string | null = null): CommitResult {
  return { committed: false, pushed: false, sha: '', branch: '', error: null, warnings: [], skippedReason };
}
