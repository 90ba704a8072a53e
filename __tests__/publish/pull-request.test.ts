/**
 * commit: pull-request against a real bare origin (depth-1 checkouts, as actions/checkout makes
 * them) and the loopback fake of the GitHub REST API.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import type { PullRequestConfig } from '../../src/inputs.js';
import { commitPullRequest, type PullRequestContext } from '../../src/publish/pull-request.js';
import { BODY_MARKER, proposalTitle, sameBody } from '../../src/publish/pull-request-body.js';
import { notAccessible, secondaryRateLimit, startFakeGithubApi, tooManyRequests, type FakeGithubApi } from '../helpers/fake-github-api.js';
import type { GitSandbox } from '../helpers/git-repo.js';
import { config, contract, GENERATED, generation, MANIFEST, OUT, sandbox } from './git/fixture.js';

const PR: PullRequestConfig = { branch: 'pacto/regenerate', labels: ['pacto', 'automated'], draft: false };
let api: FakeGithubApi;

beforeEach(async () => {
  api = await startFakeGithubApi();
});
afterEach(async () => {
  await api.close();
});

function ctx(
  sb: GitSandbox,
  work: string,
  gen = generation({ [OUT]: 'updated', [MANIFEST]: 'unchanged' }),
  over: { pr?: Partial<PullRequestConfig>; env?: NodeJS.ProcessEnv; runOk?: boolean } = {},
): PullRequestContext & { io: ReturnType<typeof recordingIO>; sleeps: number[] } {
  const sleeps: number[] = [];
  const pullRequest = { ...PR, ...over.pr };
  return {
    config: { ...config(work, { token: 'ghs_test-token' }), pullRequest },
    contracts: [contract(work), contract(work, 'services/web/pacto.yaml')],
    generation: gen,
    plugins: [],
    runOk: over.runOk ?? true,
    env: {
      ...sb.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_REPOSITORY: 'acme/sample',
      GITHUB_RUN_ID: '77',
      GITHUB_WORKSPACE: work,
      GITHUB_API_URL: api.url,
      ...over.env,
    },
    io: recordingIO(),
    sleep: async (ms: number) => void sleeps.push(ms),
    random: () => 0.25,
    sleeps,
  };
}

/** A fresh depth-1 checkout of main with OUT regenerated to `content`. */
function regenerated(sb: GitSandbox, name: string, content = GENERATED): string {
  const work = sb.checkout(name);
  sb.write(work, { [OUT]: content });
  return work;
}

describe('commit: pull-request', () => {
  it('pushes the commit to pr-branch on top of main, never to main, and opens one labelled pull request', async () => {
    const sb = sandbox();
    const main = sb.originTip('main');
    const c = ctx(sb, regenerated(sb, 'w1'));
    const { commit, pullRequest } = await commitPullRequest(c);

    expect(pullRequest.error).toBeNull();
    expect(pullRequest).toMatchObject({ operation: 'created', number: 1, branch: 'pacto/regenerate', base: 'main' });
    expect(sb.originTip('main')).toBe(main);
    expect(commit).toMatchObject({ committed: true, pushed: true, branch: 'pacto/regenerate' });
    expect(sb.originTip('pacto/regenerate')).toBe(commit.sha);
    expect(sb.git(sb.origin, 'rev-parse', `${commit.sha}^`)).toBe(main);
    expect(sb.git(sb.origin, 'show', `${commit.sha}:${OUT}`)).toBe(GENERATED.trimEnd());

    const [pull] = api.pulls;
    expect(pull.title).toBe('chore(pacto): regenerate contract outputs');
    expect(pull.body).toContain(BODY_MARKER);
    expect(pull.body).toContain(`\`${OUT}\` | modified | \`openapi\` | \`services/api/pacto.yaml\``);
    expect(pull.body).toContain('https://github.com/acme/sample/actions/runs/77');
    expect(pull.labels.map((l) => l.name)).toEqual(['pacto', 'automated']);
    const create = api.writes().find((r) => r.method === 'POST' && r.path === '/repos/acme/sample/pulls');
    expect(create?.body).toMatchObject({ head: 'pacto/regenerate', base: 'main', draft: false });
    expect(create?.authorization).toBe('token ghs_test-token');
    // The log says PRs made with GITHUB_TOKEN run no workflows, and how to fix it.
    expect(c.io.calls.some((x) => x.message.includes('start no workflows') && x.message.includes('GitHub App'))).toBe(true);
    expect(JSON.stringify(c.io.calls)).not.toContain('ghs_test-token');
  });

  it('leaves an up-to-date pull request alone, updates it with new outputs, and closes it when main has them', async () => {
    const sb = sandbox();
    const first = await commitPullRequest(ctx(sb, regenerated(sb, 'w1')));
    expect(first.pullRequest.operation).toBe('created');

    // The same outputs again: nothing pushed, nothing edited.
    const same = await commitPullRequest(ctx(sb, regenerated(sb, 'w2')));
    expect(same.pullRequest).toMatchObject({ operation: 'none', number: 1, error: null });
    expect(same.commit.pushed).toBe(false);
    expect(sb.originTip('pacto/regenerate')).toBe(first.commit.sha);
    const writesBefore = api.writes().length;

    // Other outputs: the branch is force-updated (not stacked) and the pull request updated.
    const other = await commitPullRequest(ctx(sb, regenerated(sb, 'w3', 'openapi: 3.1.0\ninfo: {title: api, version: 2.0.0}\n')));
    expect(other.pullRequest).toMatchObject({ operation: 'updated', number: 1 });
    expect(sb.git(sb.origin, 'rev-parse', `${other.commit.sha}^`)).toBe(sb.originTip('main'));
    expect(api.pulls).toHaveLength(1);
    expect(api.writes().length).toBeGreaterThan(writesBefore);

    // Someone merges equivalent outputs into main: the next run finds nothing to change and closes the PR.
    const dev = sb.scratchClone('dev');
    sb.pushFiles(dev, { [OUT]: 'openapi: 3.1.0\ninfo: {title: api, version: 2.0.0}\n' }, 'merge');
    const work = sb.checkout('w4');
    const closed = await commitPullRequest(ctx(sb, work, generation({ [OUT]: 'unchanged' })));
    expect(closed.pullRequest).toMatchObject({ operation: 'closed', number: 1, error: null });
    expect(api.pulls[0].state).toBe('closed');
    expect(api.comments.map((x) => x.issue)).toEqual([1]);

    // And with no pull request open, nothing to do.
    const none = await commitPullRequest(ctx(sb, sb.checkout('w5'), generation({ [OUT]: 'unchanged' })));
    expect(none.pullRequest).toMatchObject({ operation: 'none', number: null, error: null });
  });

  it('opens a draft when asked', async () => {
    const sb = sandbox();
    const { pullRequest } = await commitPullRequest(ctx(sb, regenerated(sb, 'w1'), undefined, { pr: { draft: true, labels: [] } }));
    expect(pullRequest).toMatchObject({ operation: 'created', draft: true });
    expect(api.pulls[0].draft).toBe(true);
    expect(api.requests.some((r) => r.path.endsWith('/labels'))).toBe(false);
  });

  it('fails clearly when the repository forbids Actions to create pull requests, saying the branch was pushed', async () => {
    const sb = sandbox();
    api.script('POST', '/repos/acme/sample/pulls', {
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
    });
    const { commit, pullRequest } = await commitPullRequest(ctx(sb, regenerated(sb, 'w1')));
    expect(pullRequest.operation).toBe('none');
    expect(pullRequest.error).toContain('was pushed to pacto/regenerate');
    expect(pullRequest.error).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(pullRequest.error).toContain('token input');
    expect(commit.pushed).toBe(true);
  });

  it('says which permission is missing when the token cannot write', async () => {
    const sb = sandbox();
    api.script('POST', '/repos/acme/sample/pulls', notAccessible());
    const { pullRequest } = await commitPullRequest(ctx(sb, regenerated(sb, 'w1')));
    expect(pullRequest.error).toContain('pull-requests: write');
  });

  it('retries rate limits (429 and secondary) within bounds', async () => {
    const sb = sandbox();
    api.script('GET', '/repos/acme/sample/pulls', tooManyRequests(0));
    api.script('POST', '/repos/acme/sample/pulls', secondaryRateLimit(1));
    const c = ctx(sb, regenerated(sb, 'w1'));
    const { pullRequest } = await commitPullRequest(c);
    expect(pullRequest).toMatchObject({ operation: 'created', error: null });
    expect(api.pulls).toHaveLength(1);
    expect(c.sleeps).toContain(1000);
    expect(c.io.calls.filter((x) => x.message.includes('retrying in'))).toHaveLength(2);
  });

  it('fails when rate limits outlast the retries, and never reports success', async () => {
    const sb = sandbox();
    api.script('GET', '/repos/acme/sample/pulls', ...Array.from({ length: 5 }, () => tooManyRequests(0)));
    const { pullRequest } = await commitPullRequest(ctx(sb, regenerated(sb, 'w1')));
    expect(pullRequest.operation).toBe('none');
    expect(pullRequest.error).toContain('rate limit');
  });

  it('refuses a pr-branch that is the base, and touches nothing after a failed run', async () => {
    const sb = sandbox();
    const same = await commitPullRequest(ctx(sb, regenerated(sb, 'w1'), undefined, { pr: { branch: 'main' } }));
    expect(same.pullRequest.error).toContain('is the base branch');
    const failed = await commitPullRequest(ctx(sb, regenerated(sb, 'w2'), undefined, { runOk: false }));
    expect(failed.pullRequest).toMatchObject({ operation: 'none', error: null });
    expect(failed.pullRequest.skippedReason).toContain('the run had errors');
    expect(sb.originTip('pacto/regenerate')).toBe('');
    expect(api.requests).toEqual([]);
  });

  it("never force-pushes the repository's default branch, even when the base is another branch", async () => {
    const sb = sandbox();
    const dev = sb.scratchClone('dev');
    sb.pushFiles(dev, { 'notes.txt': 'release notes\n' }, 'notes', 'heads/release');
    const main = sb.originTip('main');
    const work = regenerated(sb, 'w1');
    const event = path.join(work, '..', 'event-default-branch.json');
    fs.writeFileSync(event, JSON.stringify({ repository: { full_name: 'acme/sample', default_branch: 'main' } }));
    const c = ctx(sb, work, undefined, {
      pr: { branch: 'main' },
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_REF: 'refs/heads/release',
        GITHUB_REF_NAME: 'release',
        GITHUB_EVENT_PATH: event,
      },
    });
    const { pullRequest, commit } = await commitPullRequest(c);
    expect(sb.originTip('main')).toBe(main);
    expect(commit.pushed).toBe(false);
    expect(pullRequest.error).toMatch(/pr-branch: "main" is the repository's default branch/);
    expect(api.requests).toEqual([]);
  });

  it('refuses when contracts on main differ from the checkout (the outputs belong to another state)', async () => {
    const sb = sandbox();
    const work = regenerated(sb, 'w1');
    const dev = sb.scratchClone('dev');
    sb.pushFiles(dev, { 'services/api/pacto.yaml': 'pactoVersion: "1.0"\nservice:\n  name: api\n  version: 1.1.0\n' }, 'bump');
    const { pullRequest } = await commitPullRequest(ctx(sb, work));
    expect(pullRequest.error).toContain('services/api/pacto.yaml');
    expect(sb.originTip('pacto/regenerate')).toBe('');
  });
});

describe('the pull request text', () => {
  it('titles with the commit subject without [skip ci], and compares bodies without the run line', () => {
    expect(proposalTitle('regen outputs [skip ci]\n\nbody')).toBe('regen outputs');
    expect(sameBody('a\n_Last regenerated by [run](x) at `1`._\n', 'a\n_Last regenerated by [run](y) at `2`._')).toBe(true);
    expect(sameBody('a\n', 'b\n')).toBe(false);
  });
});

describe('lazy loading', () => {
  it('main reaches the pull request code and Octokit only through a dynamic import', () => {
    const src = path.join(process.cwd(), 'src');
    const statics = (file: string): string[] =>
      [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+['"]([^'"]+)['"]/gms)].map((m) => m[1]);
    const seen = new Set<string>();
    const todo = [path.join(src, 'main.ts')];
    while (todo.length > 0) {
      const file = todo.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of statics(file)) {
        expect([path.relative(src, file), spec]).not.toEqual([path.relative(src, file), '@actions/github']);
        if (spec.startsWith('.')) todo.push(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    }
    const loaded = [...seen].map((f) => path.relative(src, f).split(path.sep).join('/'));
    expect(loaded).toContain('inputs.ts');
    expect(loaded.filter((f) => /pull-request|github\/client|report\/sarif/.test(f))).toEqual([]);
  });
});
