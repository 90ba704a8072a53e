import { describe, expect, it } from '@jest/globals';
import { backoffMs, commitMessage } from '../../../src/publish/git.js';
import { badBranchName, pullRequestInfo, resolveTargetBranch } from '../../../src/publish/git/event.js';
import { redactUrls, refusalKind, remoteWords } from '../../../src/publish/git/push.js';

describe('resolveTargetBranch', () => {
  const ev = (event: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    GITHUB_EVENT_NAME: event,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    ...extra,
  });

  it.each(['push', 'schedule', 'workflow_dispatch', 'repository_dispatch'])('%s: GITHUB_REF_NAME', (event) => {
    expect(resolveTargetBranch('', ev(event))).toEqual({ branch: 'main', source: 'GITHUB_REF_NAME', error: null });
  });

  it.each(['pull_request', 'pull_request_target'])('%s: GITHUB_HEAD_REF', (event) => {
    const env = ev(event, { GITHUB_REF: 'refs/pull/7/merge', GITHUB_REF_NAME: '7/merge', GITHUB_HEAD_REF: 'feat/x' });
    expect(resolveTargetBranch('', env)).toEqual({ branch: 'feat/x', source: 'GITHUB_HEAD_REF', error: null });
  });

  it.each([
    [
      'release',
      ev('release', { GITHUB_REF: 'refs/tags/v1', GITHUB_REF_NAME: 'v1', GITHUB_REF_TYPE: 'tag' }),
      /a release event has no branch/,
    ],
    ['merge_group', ev('merge_group', { GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-1-abc' }), /a merge_group event has no branch/],
    [
      'push of a tag',
      ev('push', { GITHUB_REF: 'refs/tags/v1', GITHUB_REF_NAME: 'v1', GITHUB_REF_TYPE: 'tag' }),
      /ran for the tag v1, which is not a branch/,
    ],
    ['no event', {}, /not running in GitHub Actions/],
  ])('%s: an input error that says to set branch', (_name, env, message) => {
    const r = resolveTargetBranch('', env);
    expect(r.branch).toBeNull();
    expect(r.error).toMatch(message);
    expect(r.error).toContain('set the `branch` input');
  });

  it('the input wins over the event, and is checked', () => {
    expect(resolveTargetBranch('generated', ev('release'))).toMatchObject({ branch: 'generated', error: null });
    expect(resolveTargetBranch('--force', ev('push')).error).toMatch(/must not start with "-"/);
    expect(resolveTargetBranch('refs/heads/main', ev('push')).error).toMatch(/not a full ref/);
    expect(resolveTargetBranch('a..b', ev('push')).error).toMatch(/not a valid git branch name/);
  });

  it('badBranchName accepts ordinary names', () => {
    for (const ok of ['main', 'release/1.x', 'pacto/generated', 'dependabot/npm_and_yarn/a-1.2']) expect(badBranchName(ok)).toBeNull();
    for (const bad of ['a b', 'x.lock', 'a~1', '.hidden', 'a/', 'HEAD', 'x:y']) expect(badBranchName(bad)).not.toBeNull();
  });
});

describe('pullRequestInfo', () => {
  const payload = (head: unknown) => JSON.stringify({ pull_request: { head: { repo: head }, base: { repo: { full_name: 'Acme/Demo' } } } });
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/event.json', GITHUB_REPOSITORY: 'acme/demo' };

  it('same repository (case-insensitive) is not a fork; another one, or a deleted one, is', () => {
    expect(pullRequestInfo(env, () => payload({ full_name: 'acme/demo' }))?.fork).toBe(false);
    expect(pullRequestInfo(env, () => payload({ full_name: 'mallory/demo' }))).toEqual({
      event: 'pull_request',
      headRepo: 'mallory/demo',
      baseRepo: 'Acme/Demo',
      fork: true,
    });
    expect(pullRequestInfo(env, () => payload(null))?.fork).toBe(true);
  });

  it('an unreadable payload counts as a fork (never push); other events are not pull requests', () => {
    expect(pullRequestInfo(env, () => '{not json')?.fork).toBe(true);
    expect(pullRequestInfo({ ...env, GITHUB_EVENT_NAME: 'push' }, () => payload(null))).toBeNull();
  });
});

describe('push refusals', () => {
  it.each([
    [
      "remote: Permission to acme/demo.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/acme/demo/': The requested URL returned error: 403",
      'permission',
    ],
    ['remote: error: GH006: Protected branch update failed for refs/heads/main.', 'protected'],
    ['remote: error: GH013: Repository rule violations found for refs/heads/main.', 'protected'],
    [
      ' ! [remote rejected] main -> main (refusing to allow a GitHub App to create or update workflow `.github/workflows/x.yml` without `workflows` permission)',
      'workflow',
    ],
    ['! [rejected] main -> main (fetch first)', null],
    ['! [remote rejected] HEAD -> main (failed to update ref)', null],
  ])('%s', (text, kind) => {
    expect(refusalKind(text)).toBe(kind);
  });

  it("keeps the remote's lines, hides credentials in URLs and defuses workflow commands", () => {
    const words = remoteWords({
      code: 1,
      stdout:
        'To https://x-access-token:ghs_secret@github.com/acme/demo.git\n!\tHEAD:refs/heads/main\t[remote rejected] (pre-receive hook declined)\nDone',
      stderr:
        "remote: ##[error]injected\nremote: see https://user:pw@example.com/help\nerror: failed to push some refs to 'https://x-access-token:ghs_secret@github.com/acme/demo.git'",
    });
    expect(words).not.toContain('ghs_secret');
    expect(words).not.toContain('pw@');
    expect(words).toContain('remote: ##\u200B[error]injected');
    expect(words).toContain('[remote rejected] (pre-receive hook declined)');
    expect(redactUrls('https://a:b@h/x and file:///tmp/x')).toBe('https://***@h/x and file:///tmp/x');
  });
});

describe('commitMessage and backoff', () => {
  it('uses commit-message as written ([skip ci] included), the default when blank', () => {
    expect(commitMessage('chore: regen')).toBe('chore: regen');
    expect(commitMessage('chore: regen [skip ci]')).toBe('chore: regen [skip ci]');
    expect(commitMessage('chore: regen\n\nbody\n\n[skip ci]\n')).toBe('chore: regen\n\nbody\n\n[skip ci]');
    expect(commitMessage('  \n')).toBe('chore(pacto): regenerate contract outputs');
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffMs(1, () => 0)).toBe(500);
    expect(backoffMs(1, () => 0.999)).toBe(1499);
    expect(backoffMs(3, () => 0.5)).toBe(4000);
    expect(backoffMs(10, () => 0.5)).toBe(15000);
  });
});
