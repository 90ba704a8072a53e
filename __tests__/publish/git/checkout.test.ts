/** Detached HEADs, PR merge refs, forks, refused pushes, staged and ignored files, no change. */
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitAndPush } from '../../../src/publish/git.js';
import { installHook, installOriginHook, type GitSandbox } from '../../helpers/git-repo.js';
import { context, GENERATED, generation, MANIFEST, OUT, OUT_DIR, sandbox, updateOutput } from './fixture.js';

const ID = ['-c', 'user.name=Other', '-c', 'user.email=other@example.com'];

let sb: GitSandbox;

/** origin gets `feature` (a README edit) and refs/pull/1/merge = feature merged with main after `mainChange`. */
function pullRequest(s: GitSandbox, mainChange: Record<string, string>): { feature: string } {
  const other = s.scratchClone('pr');
  s.git(other, 'checkout', '-q', '-b', 'feature');
  const feature = s.pushFiles(other, { 'README.md': '# feature\n' }, 'feature work', 'heads/feature');
  s.git(other, 'checkout', '-q', 'main');
  s.pushFiles(other, mainChange, 'main moves on', 'heads/main');
  s.git(other, 'checkout', '-q', '--detach', 'feature');
  s.git(other, ...ID, 'merge', '-q', '--no-edit', 'main');
  s.git(other, 'push', '-q', 'origin', 'HEAD:refs/pull/1/merge');
  return { feature };
}

function prEnv(s: GitSandbox, event: string, headRepo = 'acme/demo'): NodeJS.ProcessEnv {
  const file = path.join(s.root, 'event.json');
  const payload = {
    pull_request: {
      number: 1,
      head: { ref: 'feature', repo: { full_name: headRepo } },
      base: { ref: 'main', repo: { full_name: 'acme/demo' } },
    },
  };
  fs.writeFileSync(file, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: file,
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_REF_NAME: '1/merge',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
  };
}

describe('commitAndPush: detached HEAD and merge refs', () => {
  it('a PR merge ref whose contracts match the head branch: commits on top of the head branch', async () => {
    sb = sandbox();
    const { feature } = pullRequest(sb, { 'docs/guide.md': 'base docs\n' });
    const work = sb.checkoutDetached('work', 'refs/pull/1/merge');
    const head = sb.git(work, 'rev-parse', 'HEAD');
    const ctx = context(sb, work, updateOutput(sb, work), { env: prEnv(sb, 'pull_request') });

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res).toMatchObject({ pushed: true, branch: 'feature' });
    expect(sb.originTip('feature')).toBe(res.sha);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^`)).toBe(feature);
    // The base branch's own files do not leak into the PR branch.
    expect(sb.git(sb.origin, 'ls-tree', '--name-only', res.sha, 'docs')).toBe('');
    expect(sb.git(sb.origin, 'show', `${res.sha}:${OUT}`)).toBe(GENERATED.trimEnd());
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(res.warnings).toEqual([]);
  });

  it('a PR merge ref whose contracts differ from the head branch is refused', async () => {
    sb = sandbox();
    const { feature } = pullRequest(sb, { 'services/web/pacto.yaml': 'pactoVersion: "1.0"\nservice: {name: web, version: 2.0.0}\n' });
    const work = sb.checkoutDetached('work', 'refs/pull/1/merge');
    const ctx = context(sb, work, updateOutput(sb, work), { env: prEnv(sb, 'pull_request') });

    const res = await commitAndPush(ctx);

    expect(res.pushed).toBe(false);
    expect(res.committed).toBe(false);
    expect(res.error).toContain('check out the branch itself: `ref: ${{ github.head_ref }}`');
    expect(res.error).toMatch(/^the checkout \([0-9a-f]{12}, detached HEAD\) has contracts that differ/);
    expect(res.error).toContain('services/web/pacto.yaml');
    expect(sb.originTip('feature')).toBe(feature);
  });

  it('a detached tag checkout (release) commits on top of the branch it names', async () => {
    sb = sandbox();
    const other = sb.scratchClone('other');
    sb.git(other, 'push', '-q', 'origin', 'HEAD:refs/tags/v1.0.0');
    const moved = sb.pushFiles(other, { 'README.md': '# after the tag\n' }, 'docs');
    const work = sb.checkoutDetached('work', 'refs/tags/v1.0.0');
    const env = { GITHUB_EVENT_NAME: 'release', GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_REF_NAME: 'v1.0.0', GITHUB_REF_TYPE: 'tag' };

    const without = await commitAndPush(context(sb, work, updateOutput(sb, work), { env }));
    expect(without.error).toMatch(/a release event has no branch to push to; set the `branch` input/);

    const res = await commitAndPush(context(sb, work, updateOutput(sb, work), { env, config: { branch: 'main' } }));
    expect(res.error).toBeNull();
    expect(res.pushed).toBe(true);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^`)).toBe(moved);
  });

  it('a missing remote branch is created from the checkout, which stays on its own branch', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const head = sb.git(work, 'rev-parse', 'HEAD');

    const res = await commitAndPush(context(sb, work, updateOutput(sb, work), { config: { branch: 'pacto/generated' } }));

    expect(res.error).toBeNull();
    expect(res.pushed).toBe(true);
    expect(sb.originTip('pacto/generated')).toBe(res.sha);
    expect(sb.git(sb.origin, 'rev-parse', `${res.sha}^`)).toBe(head);
    expect(sb.originTip('main')).toBe(head);
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(head);
  });
});

describe('commitAndPush: forks and pull_request_target', () => {
  it.each(['pull_request', 'pull_request_target'])('never pushes a fork PR under %s and points to the artifact', async (event) => {
    sb = sandbox();
    const work = sb.checkout('work');
    const before = sb.originTip('main');

    const res = await commitAndPush(context(sb, work, updateOutput(sb, work), { env: prEnv(sb, event, 'mallory/demo') }));

    expect(res).toMatchObject({ committed: false, pushed: false, error: null, skippedReason: 'pull request from a fork: not pushed' });
    expect(res.warnings.join('\n')).toContain('mallory/demo');
    expect(res.warnings.join('\n')).toContain('upload-artifact: true');
    expect(res.warnings.some((w) => w.includes('untrusted') || w.includes('trusted pull requests'))).toBe(event === 'pull_request_target');
    expect(sb.originTip('main')).toBe(before);
  });
});

describe('commitAndPush: refused pushes', () => {
  it.each([
    [
      'a protected branch',
      'echo "GH006: Protected branch update failed for refs/heads/main." >&2',
      /branch is protected.*\n.*\n.*GH006: Protected branch update failed/s,
    ],
    [
      'a token without write permission',
      'echo "Permission to acme/demo.git denied to github-actions[bot]." >&2',
      /permissions: contents: write.*Permission to acme\/demo.git denied/s,
    ],
    [
      'a workflow file',
      'echo "refusing to allow a GitHub App to create or update workflow \\`.github/workflows/gen.yml\\` without \\`workflows\\` permission" >&2',
      /\.github\/workflows.*PAT.*refusing to allow a GitHub App/s,
    ],
    [
      'a read-only remote',
      'echo "this repository is read-only" >&2',
      /^The push to main was refused\.\ngit said:\n.*remote: this repository is read-only/s,
    ],
  ])("%s: a clear error with the remote's message, no retry", async (_name, hook, expected) => {
    sb = sandbox();
    const work = sb.checkout('work');
    const before = sb.originTip('main');
    installOriginHook(sb, 'pre-receive', `${hook}\nexit 1`);
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.pushed).toBe(false);
    expect(res.attempts).toBe(1);
    expect(res.error).toMatch(expected);
    expect(res.error).toContain('pre-receive hook declined');
    expect(ctx.sleeps).toEqual([]);
    expect(sb.originTip('main')).toBe(before);
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(before);
  });
});

describe('commitAndPush: a pre-push hook that fails', () => {
  it('is not retried and its own words are in the error', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    installHook(sb, work, 'pre-push', 'echo "lint: generated file too large" >&2\nexit 1');
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res).toMatchObject({ pushed: false, attempts: 1 });
    expect(res.error).toMatch(/^The push to main failed\.\ngit said:\n {2}lint: generated file too large/);
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(sb.originTip('main'));
  });
});

describe('commitAndPush: what gets committed', () => {
  it("leaves the user's staged changes staged and out of the commit", async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    sb.write(work, { 'README.md': '# staged edit\n', 'notes.txt': 'new\n' });
    sb.git(work, 'add', 'README.md', 'notes.txt');
    const ctx = context(sb, work, updateOutput(sb, work));

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(sb.git(sb.origin, 'diff-tree', '-r', '--no-commit-id', '--name-only', res.sha)).toBe(OUT);
    expect(sb.git(sb.origin, 'show', `${res.sha}:README.md`)).toBe('# demo');
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(res.sha);
    expect(sb.git(work, 'status', '--porcelain')).toBe('M  README.md\nA  notes.txt');
  });

  it('never force-adds a gitignored output: warns and commits the rest', async () => {
    sb = sandbox({ '.gitignore': '*.gen\n' });
    const work = sb.checkout('work');
    sb.write(work, { [OUT]: GENERATED, [`${OUT_DIR}/schema.gen`]: 'ignored\n' });
    const ctx = context(sb, work, generation({ [OUT]: 'updated', [`${OUT_DIR}/schema.gen`]: 'created' }));

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res.files).toEqual([OUT]);
    expect(sb.git(sb.origin, 'ls-tree', '-r', '--name-only', res.sha, OUT_DIR).split('\n')).not.toContain(`${OUT_DIR}/schema.gen`);
    expect(res.warnings).toEqual([expect.stringContaining(`${OUT_DIR}/schema.gen is ignored by .gitignore`)]);
  });

  it('only ignored outputs changed: no commit, the step passes', async () => {
    sb = sandbox({ '.gitignore': '*.gen\n' });
    const work = sb.checkout('work');
    sb.write(work, { [`${OUT_DIR}/schema.gen`]: 'ignored\n' });

    const res = await commitAndPush(context(sb, work, generation({ [`${OUT_DIR}/schema.gen`]: 'created' })));

    expect(res).toMatchObject({
      committed: false,
      pushed: false,
      error: null,
      skippedReason: 'every changed output is gitignored: nothing to commit',
    });
  });

  it('no change: no commit, no push, the reason is given', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const before = sb.originTip('main');

    const none = await commitAndPush(context(sb, work, generation({ [OUT]: 'unchanged', [MANIFEST]: 'unchanged' })));
    expect(none).toMatchObject({
      committed: false,
      pushed: false,
      sha: '',
      error: null,
      skippedReason: 'no output changed: nothing to commit',
    });

    // Rewritten with the content HEAD already has.
    const same = await commitAndPush(context(sb, work, generation({ [OUT]: 'updated' })));
    expect(same).toMatchObject({
      committed: false,
      pushed: false,
      error: null,
      skippedReason: 'the outputs are what HEAD already has: nothing to commit',
    });
    expect(sb.originTip('main')).toBe(before);
  });

  it('a run with errors commits nothing', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const res = await commitAndPush(context(sb, work, updateOutput(sb, work), { runOk: false }));
    expect(res.committed).toBe(false);
    expect(res.error).toBeNull();
    expect(res.skippedReason).toMatch(/the run had errors/);
    expect(sb.git(work, 'rev-parse', 'HEAD')).toBe(sb.originTip('main'));
  });

  it('a working directory outside any repository is a clear error', async () => {
    sb = sandbox();
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-nogit-'));
    try {
      const res = await commitAndPush(context(sb, plain, generation({ 'x.txt': 'created' })));
      // The report adds "commit failed: " itself: no second "commit:" prefix.
      expect(res.error!.startsWith(`${plain} is not inside a git repository`)).toBe(true);
      expect(res.error).toMatch(
        /is not inside a git repository \(git says: fatal: not a git repository.*\)\. Check the repository out with actions\/checkout/,
      );
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });

  it('git missing from PATH is a clear error, not a crash', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const res = await commitAndPush(context(sb, work, updateOutput(sb, work), { env: { PATH: path.join(sb.root, 'empty-bin') } }));
    expect(res.pushed).toBe(false);
    expect(res.error).toMatch(/^could not run git: .*ENOENT/);
  });

  it('works from a working directory below the repository root', async () => {
    sb = sandbox();
    const work = sb.checkout('work');
    const sub = path.join(work, 'services');
    sb.write(work, { [OUT]: GENERATED });
    const gen = generation({ 'api/openapi-output/openapi.yaml': 'updated' }, 'api/openapi-output');
    const ctx = context(sb, work, gen, { config: { workingDirectory: sub } });
    ctx.contracts = [
      { ...ctx.contracts[0], file: 'api/pacto.yaml', bundle: 'api' },
      { ...ctx.contracts[1], file: 'web/pacto.yaml', bundle: 'web' },
    ];

    const res = await commitAndPush(ctx);

    expect(res.error).toBeNull();
    expect(res.files).toEqual([OUT]);
    expect(sb.git(sb.origin, 'show', `${res.sha}:${OUT}`)).toBe(GENERATED.trimEnd());
  });
});
