import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { commitAndPush } from '../../../src/publish/git.js';
import { installHook, type GitSandbox } from '../../helpers/git-repo.js';
import { context, GENERATED, generation, MANIFEST, OUT, sandbox } from './fixture.js';

const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';
const NEW_OUT = `${OUT}.v2`;

let sb: GitSandbox;

function changedFiles(s: GitSandbox, dir: string, sha: string): string[] {
  return s.git(dir, 'diff-tree', '-r', '--no-commit-id', '--name-status', '--root', sha).split('\n').sort();
}

/** What a generation run leaves in the clone: the output updated, a new file, the manifest rewritten. */
function generate(s: GitSandbox, work: string): ReturnType<typeof generation> {
  s.write(work, { [OUT]: GENERATED, [NEW_OUT]: 'extra\n', [MANIFEST]: '{"files":["openapi.yaml","openapi.yaml.v2"]}\n' });
  return generation({ [OUT]: 'updated', [NEW_OUT]: 'created', [MANIFEST]: 'updated' });
}

describe('commitAndPush: first commit on a depth-1 checkout', () => {
  it('commits exactly the changed outputs as the bot, pushes them and moves HEAD', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    expect(sb.git(work, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const before = sb.originTip('main');
    sb.write(work, { 'README.md': '# not generated, not ours\n' });
    const ctx = context(sb, work, generate(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res).toMatchObject({ committed: true, pushed: true, branch: 'main', attempts: 1, skippedReason: null });
    expect(sb.originTip('main')).toBe(res.sha);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^`)).toBe(before);
    expect(changedFiles(sb, sb.origin, res.sha)).toEqual([`A\t${NEW_OUT}`, `M\t${MANIFEST}`, `M\t${OUT}`].sort());
    expect(sb.git(sb.origin, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', res.sha)).toBe(
      `${BOT}|${BOT}|chore(pacto): regenerate contract outputs`,
    );
    expect(sb.git(sb.origin, 'show', `${res.sha}:${OUT}`)).toBe(GENERATED.trimEnd());
    // HEAD follows the pushed commit; the user's unrelated edit stays an unstaged edit.
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(res.sha);
    expect(sb.git(work, 'status', '--porcelain')).toBe(' M README.md');
    expect(ctx.sleeps).toEqual([]);
    // Pushed with what the checkout left; the token input is for API calls only.
    expect(JSON.stringify(ctx.io.calls)).not.toContain(ctx.config.token);
    expect(ctx.io.calls.filter((c) => c.kind === 'debug').map((c) => c.message)).toContain(
      `git push --porcelain origin ${res.sha}:refs/heads/main`,
    );
  });

  it('commits a deletion with [skip ci] kept as written in commit-message', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    fs.rmSync(path.join(work, OUT));
    sb.write(work, { [MANIFEST]: '{"files":[]}\n' });
    const ctx = context(sb, work, generation({ [OUT]: 'deleted', [MANIFEST]: 'updated' }), {
      config: { commitMessage: 'regen [skip ci]' },
    });

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res.pushed).toBe(true);
    expect(changedFiles(sb, sb.origin, res.sha)).toEqual([`D\t${OUT}`, `M\t${MANIFEST}`]);
    expect(sb.git(sb.origin, 'log', '-1', '--format=%B', res.sha).trim()).toBe('regen [skip ci]');
    expect(sb.git(work, 'status', '--porcelain')).toBe('');
  });
});

describe('commitAndPush: hooks, signing and clone depth', () => {
  it('runs no commit hooks (--no-verify), ignores commit.gpgsign, and still runs pre-push', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const marker = path.join(sb.root, 'pre-push-ran');
    for (const hook of ['pre-commit', 'commit-msg', 'prepare-commit-msg']) installHook(sb, work, hook, 'exit 1');
    installHook(sb, work, 'pre-push', `cat > '${marker}'`);
    sb.git(work, 'config', 'commit.gpgsign', 'true');
    sb.git(work, 'config', 'gpg.program', 'false');
    const ctx = context(sb, work, generate(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res.pushed).toBe(true);
    // pre-push got the ref being pushed on its stdin.
    expect(fs.readFileSync(marker, 'utf8')).toContain(`${res.sha} refs/heads/main`);
    expect(sb.git(sb.origin, 'cat-file', 'commit', res.sha)).not.toContain('gpgsig');
  });

  it('works the same on a full clone when the remote moved', async () => {
    sb = sandbox();
    const work = sb.scratchClone('full');
    const theirs = sb.pushFiles(sb.scratchClone('other'), { 'README.md': '# moved\n' }, 'docs');
    const res = await commitAndPush(context(sb, work, generate(sb, work)));
    expect(res.error).toBeNull();
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^`)).toBe(theirs);
    expect(sb.git(work, 'rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('pull_request_target from the same repository: warns about write credentials, pushes to the head branch', async () => {
    sb = sandbox();
    const other = sb.scratchClone('other');
    sb.git(other, 'push', '-q', 'origin', 'HEAD:refs/heads/feature');
    const work = sb.checkout('work', 'feature');
    const event = path.join(sb.root, 'event.json');
    fs.writeFileSync(
      event,
      JSON.stringify({ pull_request: { head: { repo: { full_name: 'acme/demo' } }, base: { repo: { full_name: 'acme/demo' } } } }),
    );
    const env = {
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: event,
      GITHUB_HEAD_REF: 'feature',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
    };

    const res = await commitAndPush(context(sb, work, generate(sb, work), { env }));

    expect(res.error).toBeNull();
    expect(res).toMatchObject({ pushed: true, branch: 'feature' });
    expect(sb.originTip('feature')).toBe(res.sha);
    expect(res.warnings).toEqual([
      expect.stringMatching(/pull_request_target runs the pull request's contracts and plugins with a token that can write/),
    ]);
  });
});
