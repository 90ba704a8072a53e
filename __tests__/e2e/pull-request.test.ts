/**
 * Scheduled regeneration as a pull request, end to end through the built bundle: a bare origin,
 * depth-1 checkouts as actions/checkout makes them, and the loopback fake of the GitHub REST API
 * (GITHUB_API_URL). Created, none, updated, closed; a repository that forbids Actions to open
 * pull requests; a rate limit retried.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { builtAction } from '../helpers/e2e-build.js';
import { BOT, expectOutcome, Runs, sampleRepo } from '../helpers/e2e-repo.js';
import { startFakeGithubApi, tooManyRequests, type FakeGithubApi } from '../helpers/fake-github-api.js';
import type { GitSandbox } from '../helpers/git-repo.js';

const LAYOUT = [
  { from: 'examples/services', to: 'services', dropGenerated: true },
  { from: 'examples/plugins', to: 'plugins' },
];
const INPUTS = {
  mode: 'generate',
  contracts: 'services/*',
  'plugin-dirs': 'plugins',
  plugins: '- readme\n- k8s\n',
  commit: 'pull-request',
  'pr-labels': 'pacto, automated',
};
const EVENT = { name: 'schedule', payload: { schedule: '17 4 * * 1' } };
const BRANCH = 'pacto/regenerate';

let dist = '';
const runs = new Runs(() => dist);
const sandboxes: GitSandbox[] = [];
let api: FakeGithubApi;

beforeAll(async () => {
  dist = await builtAction();
}, 400_000);

afterEach(async () => {
  runs.cleanup();
  await api?.close();
});
afterAll(() => {
  for (const sb of sandboxes.splice(0)) sb.cleanup();
});

async function setup(): Promise<GitSandbox> {
  api = await startFakeGithubApi();
  const sb = sampleRepo(LAYOUT);
  sandboxes.push(sb);
  return sb;
}

function scheduled(sb: GitSandbox, name: string, inputs: Record<string, string> = {}) {
  const ws = sb.checkout(name);
  return runs.run({
    workspace: ws,
    sandbox: sb,
    event: EVENT,
    env: {
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_REPOSITORY: 'acme/sample',
      GITHUB_RUN_ID: '9001',
      GITHUB_API_URL: api.url,
    },
    inputs: { ...INPUTS, ...inputs },
  });
}

describe('commit: pull-request through the built action', () => {
  it('creates, leaves, updates and closes one pull request, never pushing to main', async () => {
    const sb = await setup();
    const main = sb.originTip('main');

    const created = await scheduled(sb, 'run1');
    expectOutcome(created, 'success', 'first run');
    expect([created.outputs['pull-request-operation'], created.outputs['pull-request-number']]).toEqual(['created', '1']);
    expect(created.outputs['pull-request-url']).toBe(api.pulls[0].html_url);
    expect([created.outputs.committed, created.outputs.pushed]).toEqual(['true', 'true']);
    expect(sb.originTip(BRANCH)).toBe(created.outputs['commit-sha']);
    expect(sb.originTip('main')).toBe(main);
    expect(sb.git(sb.origin, 'rev-parse', `${created.outputs['commit-sha']}^`)).toBe(main);
    expect(sb.git(sb.origin, 'log', '-1', '--format=%an <%ae>', created.outputs['commit-sha'])).toBe(BOT);
    const [pull] = api.pulls;
    expect(pull).toMatchObject({ state: 'open', title: 'chore(pacto): regenerate contract outputs', draft: false });
    expect(pull.labels.map((l) => l.name)).toEqual(['pacto', 'automated']);
    expect(pull.body).toContain('`readme`');
    expect(pull.body).toContain('`k8s`');
    expect(pull.body).toMatch(/`services\/[^`]+\/pacto\.yaml`/);
    expect(created.stdout).toContain('start no workflows');
    expect(created.summary).toContain('### Pull request');

    const again = await scheduled(sb, 'run2');
    expectOutcome(again, 'success', 'second run, same outputs');
    expect([again.outputs['pull-request-operation'], again.outputs['pull-request-number'], again.outputs.pushed]).toEqual([
      'none',
      '1',
      'false',
    ]);
    expect(sb.originTip(BRANCH)).toBe(created.outputs['commit-sha']);

    // main moves (a contract changes): the branch is rebuilt on the new main and the PR updated.
    const dev = sb.scratchClone('dev');
    const contract = sb
      .git(dev, 'ls-files', 'services')
      .split('\n')
      .find((f) => f.endsWith('/pacto.yaml'))!;
    const text = sb.read(dev, contract);
    sb.pushFiles(dev, { [contract]: text.replace(/^(\s+version:\s*)(\S+)/m, '$19.9.9') }, 'bump a service version');
    expect(sb.read(dev, contract)).not.toBe(text);
    const updated = await scheduled(sb, 'run3');
    expectOutcome(updated, 'success', 'run after main moved');
    expect([updated.outputs['pull-request-operation'], updated.outputs['pull-request-number']]).toEqual(['updated', '1']);
    expect(sb.git(sb.origin, 'rev-parse', `${updated.outputs['commit-sha']}^`)).toBe(sb.originTip('main'));
    expect(api.pulls).toHaveLength(1);

    // The same outputs reach main another way (a developer fast-forwards main to the branch; the
    // fake API does not mark the pull request merged): the next run finds nothing to change and
    // closes the now obsolete pull request.
    sb.git(dev, 'fetch', '-q', 'origin', BRANCH);
    sb.git(dev, 'merge', '-q', '--ff-only', 'FETCH_HEAD');
    sb.git(dev, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
    const closed = await scheduled(sb, 'run4');
    expectOutcome(closed, 'success', 'run after the outputs reached main');
    expect([closed.outputs['pull-request-operation'], closed.outputs['pull-request-number'], closed.outputs.pushed]).toEqual([
      'closed',
      '1',
      'false',
    ]);
    expect(api.pulls[0].state).toBe('closed');

    const nothing = await scheduled(sb, 'run5');
    expectOutcome(nothing, 'success', 'run with nothing to do');
    expect([nothing.outputs['pull-request-operation'], nothing.outputs['pull-request-number']]).toEqual(['none', '']);
    expect(api.pulls).toHaveLength(1);
  }, 400_000);

  it('fails clearly when the repository forbids Actions to create pull requests', async () => {
    const sb = await setup();
    api.script('POST', '/repos/acme/sample/pulls', {
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
    });
    const r = await scheduled(sb, 'run1');
    expectOutcome(r, 'failure', 'run in a repository that forbids Actions to create PRs');
    expect(r.outputs['pull-request-operation']).toBe('none');
    expect(r.stdout).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(api.pulls).toHaveLength(0);
  });

  it('retries a rate-limited call and then succeeds', async () => {
    const sb = await setup();
    api.script('GET', '/repos/acme/sample/pulls', tooManyRequests(0));
    api.script('POST', '/repos/acme/sample/pulls', tooManyRequests(0));
    const r = await scheduled(sb, 'run1', { 'pr-draft': 'true' });
    expectOutcome(r, 'success', 'rate-limited run');
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0].draft).toBe(true);
    expect(api.requests.filter((q) => q.method === 'POST' && q.path === '/repos/acme/sample/pulls')).toHaveLength(2);
    expect(r.stdout).toMatch(/retrying in 0 s \(retry 1 of 3\)/);
  });
});
