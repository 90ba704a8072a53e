/**
 * The pull request comment through the built bundle against the loopback fake GitHub API: a PR
 * run creates its comment and updates it in place, a fork's read-only token does not fail the
 * step (log and summary say so), a 429 is retried, and a workflow_run run posts the comment of
 * a PR run's report artifact (the report file the first run wrote, zipped as upload-artifact does).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { zip } from '../helpers/archives.js';
import { startFakeGithubApi, tooManyRequests, type FakeGithubApi } from '../helpers/fake-github-api.js';
import { spawnAction, type SpawnResult } from '../helpers/runner.js';

const GOOD = `pactoVersion: "1.0"

service:
  name: orders
  version: 1.0.0
`;
const BAD = `pactoVersion: "1.0"

service:
  name: orders
  version: not-semver
`;

const HEAD = 'd'.repeat(40);
let dist: string;
let ws: string;
let api: FakeGithubApi;
const runs: SpawnResult[] = [];

function prEvent(headRepo = 'acme/sample') {
  return {
    name: 'pull_request',
    payload: {
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: headRepo } },
        base: { ref: 'main', repo: { full_name: 'acme/sample' } },
      },
    },
  };
}

async function run(inputs: Record<string, string>, event: { name: string; payload: unknown }): Promise<SpawnResult> {
  const r = await spawnAction({
    dist,
    workspace: ws,
    inputs: { mode: 'validate', ...inputs },
    event,
    timeoutMs: 60_000,
    inheritEnv: { PATH: process.env.PATH },
    env: {
      GITHUB_TOKEN: 'ghs_dummy-token-for-tests',
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/sample',
      GITHUB_RUN_ID: '4242',
      GITHUB_JOB: 'pacto',
    },
  });
  runs.push(r);
  return r;
}

function contract(text: string): void {
  fs.mkdirSync(path.join(ws, 'services/orders'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'services/orders/pacto.yaml'), text);
}

beforeAll(async () => {
  dist = await builtAction();
}, 400_000);

beforeEach(async () => {
  api = await startFakeGithubApi();
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-e2e-comment-'));
});

afterEach(async () => {
  await api.close();
  fs.rmSync(ws, { recursive: true, force: true });
});

afterAll(() => {
  for (const r of runs) r.cleanup();
});

const log = (r: SpawnResult): string => `exit ${r.exitCode}\n${r.log.split('\n').slice(-40).join('\n')}`;

describe('comment through dist/index.js', () => {
  it('creates the comment on a failing pull request, then updates it in place when fixed', async () => {
    contract(BAD);
    const first = await run({ comment: 'on-change' }, prEvent());
    expect({ failed: first.failed, why: first.failed ? '' : log(first) }).toEqual({ failed: true, why: '' });
    expect(api.comments).toHaveLength(1);
    const id = api.comments[0].id;
    expect(api.comments[0].body).toMatch(
      /^<!-- pacto-generate-action:comment [0-9a-f]{16} -->\n### ❌ Pacto contracts \(job <code>pacto<\/code>\)/,
    );
    expect(api.comments[0].body).toContain('services/orders/pacto.yaml');
    expect(api.requests.every((q) => q.authorization === 'token ghs_dummy-token-for-tests')).toBe(true);
    expect(first.summary).toContain('### Pull request comment');
    expect(first.summary).toContain(
      'Pull request comment created on \\#7. [View the comment](https://github.example/acme/sample/pull/7#issuecomment-',
    );
    const report = JSON.parse(fs.readFileSync(path.join(first.runnerTemp, 'pacto-report.json'), 'utf8')) as {
      context: unknown;
      comment: { operation: string };
    };
    expect(report.context).toEqual({
      repository: 'acme/sample',
      event: 'pull_request',
      runId: '4242',
      job: 'pacto',
      workingDirectory: '.',
      pullRequest: { number: 7, headSha: HEAD, headRef: 'feature', baseRef: 'main' },
    });
    expect(report.comment.operation).toBe('created');

    contract(GOOD);
    const second = await run({ comment: 'on-change' }, prEvent());
    expect({ failed: second.failed, why: second.failed ? log(second) : '' }).toEqual({ failed: false, why: '' });
    expect(api.comments.map((c) => c.id)).toEqual([id]);
    expect(api.comments[0].body).toContain('### ✅ Pacto contracts');
    expect(api.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/acme/sample/issues/7/comments',
      `PATCH /repos/acme/sample/issues/comments/${id}`,
    ]);
  }, 120_000);

  it("a fork pull request's read-only token does not fail the step: the log and the summary say so once", async () => {
    contract(GOOD);
    api.readOnly = true;
    const r = await run({ comment: 'always' }, prEvent('someone/sample'));
    expect({ failed: r.failed, why: r.failed ? log(r) : '' }).toEqual({ failed: false, why: '' });
    const said = r.annotations.filter((a) => /pull request comment was not posted/.test(a.message));
    expect(said).toHaveLength(1);
    expect(said[0].level).toBe('warning');
    expect(said[0].message).toMatch(/comes from a fork.*mode: comment/);
    expect(r.summary).toContain('⚠️ The pull request comment was not posted on \\#7');
    expect(r.outputs.valid).toBe('true');
  }, 120_000);

  it('retries a rate-limited (429) API and posts once', async () => {
    contract(GOOD);
    api.script('POST', /\/issues\/7\/comments$/, tooManyRequests(0), tooManyRequests(0));
    const r = await run({ comment: 'always' }, prEvent());
    expect({ failed: r.failed, why: r.failed ? log(r) : '' }).toEqual({ failed: false, why: '' });
    expect(api.comments).toHaveLength(1);
    expect(r.log).toMatch(/GitHub API: POST .*issues\/7\/comments: HTTP 429.*retrying in 0 s \(retry 1 of 3\)/);
    expect(api.requests.filter((q) => q.method === 'POST')).toHaveLength(3);
  }, 120_000);

  it('fails the step when the comment cannot be posted for another reason', async () => {
    contract(GOOD);
    api.script('POST', /\/issues\/7\/comments$/, { status: 422, body: { message: 'Validation Failed' } });
    const r = await run({ comment: 'always' }, prEvent());
    expect(r.failed).toBe(true);
    expect(
      r.annotations.some((a) => a.level === 'error' && /pull request comment on #7 failed: POST .* answered HTTP 422/.test(a.message)),
    ).toBe(true);
    expect(r.summary).toContain('❌ The pull request comment on \\#7 failed');
  }, 120_000);

  it('mode: comment posts the report artifact of the pull request run on the verified pull request', async () => {
    contract(BAD);
    // The fork's PR run: no write token, comment off; it leaves its report.
    const prRun = await run({}, prEvent('someone/sample'));
    expect(prRun.failed).toBe(true);
    const reportText = fs.readFileSync(path.join(prRun.runnerTemp, 'pacto-report.json'), 'utf8');
    api.addPull({ number: 7, head: { ref: 'feature', sha: HEAD, label: 'someone:feature', repo: { full_name: 'someone/sample' } } });
    api.addArtifact({ runId: 4242, name: 'pacto-report', zip: zip([{ name: 'pacto-report.json', content: reportText }]) });
    const event = {
      name: 'workflow_run',
      payload: {
        workflow_run: {
          id: 4242,
          event: 'pull_request',
          head_sha: HEAD,
          head_branch: 'feature',
          head_repository: { full_name: 'someone/sample' },
          conclusion: 'failure',
          html_url: 'https://github.com/acme/sample/actions/runs/4242',
          pull_requests: [],
        },
      },
    };
    // The workflow_run run has no checkout of the PR: an empty workspace.
    fs.rmSync(path.join(ws, 'services'), { recursive: true });
    const r = await spawnAction({
      dist,
      workspace: ws,
      inputs: { mode: 'comment' },
      event,
      timeoutMs: 60_000,
      inheritEnv: { PATH: process.env.PATH },
      env: {
        GITHUB_TOKEN: 'ghs_dummy-token-for-tests',
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: 'acme/sample',
        GITHUB_RUN_ID: '5000',
        GITHUB_JOB: 'comment',
      },
    });
    runs.push(r);
    expect({ failed: r.failed, why: r.failed ? log(r) : '' }).toEqual({ failed: false, why: '' });
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].issue).toBe(7);
    // The marker is the PR run's (job pacto, working directory .): the same comment either way.
    expect(api.comments[0].body).toMatch(
      /^<!-- pacto-generate-action:comment [0-9a-f]{16} -->\n### ❌ Pacto contracts \(job <code>pacto<\/code>\)/,
    );
    expect(api.comments[0].body).toContain('[Workflow run](https://github.com/acme/sample/actions/runs/4242)');
    expect(r.summary).toContain('Pull request comment created on \\#7. [View the comment]');
    expect(api.requests.find((q) => q.path.startsWith('/blobs/'))?.authorization).toBeUndefined();
  }, 120_000);
});
