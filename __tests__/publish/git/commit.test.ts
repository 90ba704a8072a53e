import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { commitAndPush } from '../../../src/publish/git.js';
import type { GitSandbox } from '../../helpers/git-repo.js';
import { context, generation, MANIFEST, OUT, sandbox } from './fixture.js';

const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';
const NEW_OUT = `${OUT}.v2`;
const GENERATED = 'openapi: 3.1.0\ninfo: {title: api, version: 1.1.0}\n';

let sb: GitSandbox | null = null;
afterEach(() => {
  sb?.cleanup();
  sb = null;
});

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
    expect(sb.git(sb.origin, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', res.sha)).toBe(`${BOT}|${BOT}|chore(pacto): regenerate contract outputs`);
    expect(sb.git(sb.origin, 'show', `${res.sha}:${OUT}`)).toBe(GENERATED.trimEnd());
    // HEAD follows the pushed commit; the user's unrelated edit stays an unstaged edit.
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(res.sha);
    expect(sb.git(work, 'status', '--porcelain')).toBe(' M README.md');
    expect(ctx.sleeps).toEqual([]);
  });

  it('commits a deletion and appends [skip ci] when asked', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    fs.rmSync(path.join(work, OUT));
    sb.write(work, { [MANIFEST]: '{"files":[]}\n' });
    const ctx = context(sb, work, generation({ [OUT]: 'deleted', [MANIFEST]: 'updated' }), { config: { skipCi: true, commitMessage: 'regen' } });

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res.pushed).toBe(true);
    expect(changedFiles(sb, sb.origin, res.sha)).toEqual([`D\t${OUT}`, `M\t${MANIFEST}`]);
    expect(sb.git(sb.origin, 'log', '-1', '--format=%B', res.sha).trim()).toBe('regen [skip ci]');
    expect(sb.git(work, 'status', '--porcelain')).toBe('');
  });
});
