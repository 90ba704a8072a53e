/** Concurrent pushes: before ours, during ours (pre-push hook), contract changes, rebase conflicts. */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { commitAndPush, PUSH_ATTEMPTS } from '../../../src/publish/git.js';
import { installHook, type GitSandbox } from '../../helpers/git-repo.js';
import { context, CONTRACT, GENERATED, OUT, sandbox, updateOutput } from './fixture.js';

let sb: GitSandbox;

/** Commits `files` in a scratch clone now; the returned function pushes that commit. */
function competitor(s: GitSandbox, files: Record<string, string | null>, message: string): { sha: string; hookLine: string } {
  const other = s.scratchClone('other');
  s.write(other, files);
  s.git(other, 'add', '-A');
  s.git(other, '-c', 'user.name=Other', '-c', 'user.email=other@example.com', 'commit', '-q', '-m', message);
  const mark = path.join(s.root, 'raced');
  // Only the first push races: later attempts must go through.
  const hookLine = `[ -e '${mark}' ] || { touch '${mark}'; git -C '${other}' push -q origin HEAD:refs/heads/main || exit 1; }`;
  return { sha: s.git(other, 'rev-parse', 'HEAD'), hookLine };
}

describe('commitAndPush: the remote moves', () => {
  it('a push that landed before ours: our commit goes on top of it', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const head = sb.git(work, 'rev-parse', 'HEAD');
    const theirs = sb.pushFiles(sb.scratchClone('other'), { 'README.md': '# edited elsewhere\n' }, 'docs');
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res.pushed).toBe(true);
    expect(sb.originTip('main')).toBe(res.sha);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^`)).toBe(theirs);
    expect(sb.git(sb.origin, 'show', `${res.sha}:README.md`)).toBe('# edited elsewhere');
    expect(sb.git(sb.origin, 'show', `${res.sha}:${OUT}`)).toBe(GENERATED.trimEnd());
    // The checkout does not have their README: HEAD stays where the working tree is.
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(sb.read(work, 'README.md')).toBe('# demo\n');
  });

  it('a push during ours (pre-push hook): fetch, rebase, push again after a jittered backoff', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const race = competitor(sb, { 'README.md': '# raced\n' }, 'race');
    installHook(sb, work, 'pre-push', race.hookLine);
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res).toMatchObject({ committed: true, pushed: true, attempts: 2 });
    expect(sb.originTip('main')).toBe(res.sha);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^`)).toBe(race.sha);
    expect(sb.git(sb.origin, 'show', `${res.sha}:README.md`)).toBe('# raced');
    expect(ctx.sleeps).toEqual([750]);
    expect(ctx.io.calls.map((c) => c.message).join('\n')).toMatch(
      /main moved while pushing \(! .*(failed to update ref|cannot lock ref|fetch first)/,
    );
    // Still depth 1 where it matters: nothing was deepened.
    expect(sb.git(work, 'rev-parse', '--is-shallow-repository')).toBe('true');
  });

  it('gives up after PUSH_ATTEMPTS (3) when the remote keeps moving', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const other = sb.scratchClone('other');
    // Every push of ours is preceded by a new competing commit.
    installHook(
      sb,
      work,
      'pre-push',
      `cd '${other}' && echo x >> README.md && git -c user.name=O -c user.email=o@x commit -qam move && git push -q origin HEAD:refs/heads/main`,
    );
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.pushed).toBe(false);
    expect(res.attempts).toBe(PUSH_ATTEMPTS);
    expect(res.error).toMatch(/^the push to main was rejected 3 times because main kept moving .*\. Re-run the job\.$/);
    expect(sb.git(sb.origin, 'log', '-1', '--format=%s', 'main')).toBe('move');
    expect(ctx.sleeps).toHaveLength(2);
  });

  it('a contract change pushed during ours stops the run', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const race = competitor(sb, { [CONTRACT]: 'pactoVersion: "1.0"\nservice:\n  name: api\n  version: 2.0.0\n' }, 'bump api');
    installHook(sb, work, 'pre-push', race.hookLine);
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.pushed).toBe(false);
    expect(res.committed).toBe(false);
    expect(res.error).toContain('contracts changed on main while generating; re-run');
    expect(res.error).toContain(CONTRACT);
    expect(sb.originTip('main')).toBe(race.sha);
  });

  it('a contract change that landed before ours stops the run too', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    sb.pushFiles(sb.scratchClone('other'), { 'services/web/pacto.yaml': 'changed: true\n' }, 'web');
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.error).toBe('contracts changed on main while generating; re-run (changed: services/web/pacto.yaml).');
    expect(res.pushed).toBe(false);
  });

  it('other generated files changing meanwhile are not contract changes', async () => {
    sb = sandbox({ 'services/web/openapi-output/openapi.yaml': 'web v1\n' });
    const work = sb.checkout('work');
    const race = competitor(sb, { 'services/web/openapi-output/openapi.yaml': 'web v2\n' }, 'regen web');
    installHook(sb, work, 'pre-push', race.hookLine);
    const gen = updateOutput(sb, work);
    gen.jobs.push({ ...gen.jobs[0], contract: 'services/web/pacto.yaml', outputDir: 'services/web/openapi-output' });
    const ctx = context(sb, work, gen);

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res.pushed).toBe(true);
    expect(sb.git(sb.origin, 'show', `${res.sha}:services/web/openapi-output/openapi.yaml`)).toBe('web v2');
  });

  it('a rebase conflict aborts cleanly, names the file and leaves everything as generation left it', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const race = competitor(sb, { [OUT]: 'hand edited\n' }, 'edit generated file');
    installHook(sb, work, 'pre-push', race.hookLine);
    sb.write(work, { 'README.md': '# staged by the user\n' });
    sb.git(work, 'add', 'README.md');
    const head = sb.git(work, 'rev-parse', 'HEAD');
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.pushed).toBe(false);
    expect(res.committed).toBe(false);
    expect(res.error).toContain(`conflicts in ${OUT}`);
    expect(res.error).toMatch(/^rebasing the generated commit onto origin\/main conflicts/);
    expect(res.error).toContain('The rebase was aborted');
    expect(sb.originTip('main')).toBe(race.sha);
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(sb.read(work, OUT)).toBe(GENERATED);
    expect(sb.git(work, 'status', '--porcelain')).toBe(`M  README.md\n M ${OUT}`);
    expect(sb.git(work, 'status')).not.toMatch(/rebase/i);
  });

  it('the same outputs pushed by another run meanwhile: nothing left to commit', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const race = competitor(sb, { [OUT]: GENERATED }, 'same regen elsewhere');
    installHook(sb, work, 'pre-push', race.hookLine);
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res).toMatchObject({ committed: false, pushed: false, sha: '' });
    expect(res.skippedReason).toBe('origin/main already has these outputs: nothing to commit');
    expect(sb.originTip('main')).toBe(race.sha);
  });
});
