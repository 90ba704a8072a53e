/**
 * The checkout is ahead of origin/<branch>: an earlier step of the job committed locally and did
 * not push. The outputs were generated from HEAD, so the generated commit goes on HEAD and the
 * fast-forward push carries those commits; if the remote moved too, nothing is pushed.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { commitAndPush } from '../../../src/publish/git.js';
import { installHook, type GitSandbox } from '../../helpers/git-repo.js';
import { context, CONTRACT, GENERATED, OUT, sandbox, updateOutput } from './fixture.js';

let sb: GitSandbox;

/** What an earlier workflow step does: commit in the checkout, without pushing. */
function localCommit(s: GitSandbox, work: string, files: Record<string, string>, message: string): string {
  s.write(work, files);
  s.git(work, 'add', '--', ...Object.keys(files));
  s.git(work, '-c', 'user.name=Step', '-c', 'user.email=step@example.com', 'commit', '-q', '-m', message);
  return s.git(work, 'rev-parse', 'HEAD');
}

const BUMPED = 'pactoVersion: "1.0"\nservice:\n  name: api\n  version: 1.1.0\n';
const log = (ctx: ReturnType<typeof context>): string => ctx.io.calls.map((c) => c.message).join('\n');

describe('commitAndPush: HEAD ahead of the remote branch', () => {
  it('a local contract change is not "contracts changed on main": our commit goes on HEAD and the push carries it', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const remoteBefore = sb.originTip('main');
    const bump = localCommit(sb, work, { [CONTRACT]: BUMPED }, 'bump api to 1.1.0');
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res).toMatchObject({ committed: true, pushed: true, attempts: 1 });
    expect(sb.originTip('main')).toBe(res.sha);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^`)).toBe(bump);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^^`)).toBe(remoteBefore);
    expect(sb.git(sb.origin, 'show', `${res.sha}:${CONTRACT}`)).toBe(BUMPED.trimEnd());
    expect(sb.git(sb.origin, 'show', `${res.sha}:${OUT}`)).toBe(GENERATED.trimEnd());
    // The generated commit holds only the outputs; the bump stays the step's own commit.
    expect(sb.git(sb.origin, 'diff-tree', '-r', '--no-commit-id', '--name-only', res.sha)).toBe(OUT);
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(res.sha);
    expect(log(ctx)).toContain('HEAD is 1 commit ahead of origin/main (committed earlier in this job, not pushed)');
    expect(log(ctx)).toContain('the push to main carries that commit too');
  });

  it('a local commit elsewhere is pushed too, not left behind while ours goes on the old remote tip', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const first = localCommit(sb, work, { 'README.md': '# docs from an earlier step\n' }, 'docs');
    const second = localCommit(sb, work, { 'CHANGELOG.md': 'v1.1\n' }, 'changelog');
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res.pushed).toBe(true);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^`)).toBe(second);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^^`)).toBe(first);
    expect(sb.git(sb.origin, 'show', `${res.sha}:README.md`)).toBe('# docs from an earlier step');
    expect(sb.git(work, 'status', '--porcelain')).toBe('');
    expect(log(ctx)).toContain('HEAD is 2 commits ahead of origin/main');
    expect(log(ctx)).toContain('carries those 2 commits too');
  });

  it('local commits and a remote that moved too: a clear error, nothing pushed', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    localCommit(sb, work, { [CONTRACT]: BUMPED }, 'bump api to 1.1.0');
    const theirs = sb.pushFiles(sb.scratchClone('other'), { 'README.md': '# edited elsewhere\n' }, 'docs');
    const head = sb.git(work, 'rev-parse', 'HEAD');
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.pushed).toBe(false);
    expect(res.committed).toBe(false);
    expect(res.error).toBe(
      'HEAD has 1 unpushed commit (made earlier in this job) and origin/main has moved since, so the generated commit cannot go on main with it. ' +
        'Push it before this step (git pull --rebase && git push) or set commit: false, then re-run. Nothing was pushed.',
    );
    expect(sb.originTip('main')).toBe(theirs);
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(sb.read(work, OUT)).toBe(GENERATED);
  });

  it('the remote moving during the push of local commits stops on the retry instead of dropping them', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    localCommit(sb, work, { 'README.md': '# local\n' }, 'docs');
    const other = sb.scratchClone('other');
    const mark = path.join(sb.root, 'raced');
    installHook(
      sb,
      work,
      'pre-push',
      `[ -e '${mark}' ] || { touch '${mark}'; cd '${other}' && echo x > NOTES && git add NOTES && git -c user.name=O -c user.email=o@x commit -qm race && git push -q origin HEAD:refs/heads/main; }`,
    );
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.pushed).toBe(false);
    expect(res.attempts).toBe(2);
    expect(res.error).toMatch(/^HEAD has 1 unpushed commit .* origin\/main has moved since/);
    expect(sb.git(sb.origin, 'log', '-1', '--format=%s', 'main')).toBe('race');
  });
});
