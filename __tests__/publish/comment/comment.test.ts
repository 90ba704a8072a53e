import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingIO } from '../../helpers/recording-io.js';
import { commentFromArtifact, commentOnRun } from '../../../src/publish/comment/index.js';
import { commentMarker } from '../../../src/publish/comment/marker.js';
import { readJsonEntry } from '../../../src/publish/comment/report-artifact.js';
import { runContext, type RunContext } from '../../../src/publish/github/event.js';
import { buildConfig } from '../../builders.js';
import { zip } from '../../helpers/archives.js';
import { notAccessible, startFakeGithubApi, tooManyRequests, type FakeGithubApi } from '../../helpers/fake-github-api.js';
import { cleanReport, report } from './report-fixture.js';

let api: FakeGithubApi;
let workspace: string;
const HEAD = 'a'.repeat(40);

beforeEach(async () => {
  api = await startFakeGithubApi();
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'comment-'));
});
afterEach(async () => {
  await api.close();
  fs.rmSync(workspace, { recursive: true, force: true });
});

function env(): NodeJS.ProcessEnv {
  return { GITHUB_API_URL: api.url };
}

function prContext(over: Partial<RunContext['pullRequest']> = {}): RunContext {
  return {
    event: 'pull_request',
    repository: 'acme/sample',
    runId: '4242',
    job: 'pacto',
    workflow: '',
    serverUrl: 'https://github.com',
    pullRequest: { number: 7, headSha: HEAD, headRef: 'feature', baseRef: 'main', headRepo: 'acme/sample', ...over },
    workflowRun: null,
  };
}

const fast = { client: { sleep: async () => {} } };

async function onRun(policy: string, r: unknown = report(), ctx = prContext()) {
  const io = recordingIO();
  const res = await commentOnRun({
    config: buildConfig(workspace, { comment: policy, token: 'tok' }),
    context: ctx,
    report: r,
    reportWhere: 'the JSON report',
    env: env(),
    io,
    deps: fast,
  });
  return { res, io };
}

describe('comment on the pull request of this run', () => {
  it('creates one comment, then updates it in place', async () => {
    const first = await onRun('on-change');
    expect(first.res).toMatchObject({ operation: 'created', pullRequest: 7, error: null });
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body.startsWith(commentMarker('pacto', '.'))).toBe(true);
    expect(api.comments[0].body).toContain('❌ Pacto contracts');

    const second = await onRun('on-change', cleanReport());
    expect(second.res.operation).toBe('updated');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('✅ Pacto contracts');
    expect(api.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);
  });

  it('on-change: posts nothing for a clean first run; always: does', async () => {
    const quiet = await onRun('on-change', cleanReport());
    expect(quiet.res.operation).toBe('skipped');
    expect(quiet.res.message).toMatch(/nothing to report and no earlier comment/);
    expect(api.writes()).toEqual([]);
    const loud = await onRun('always', cleanReport());
    expect(loud.res.operation).toBe('created');
  });

  it('keeps one comment per working directory and leaves other comments alone', async () => {
    api.addComment(7, `${commentMarker('pacto', '.')}\nby a person quoting the marker`, 'mallory');
    api.addComment(7, `quoted later: ${commentMarker('pacto', '.')}`, 'github-actions[bot]');
    const r = await onRun('always');
    expect(r.res.operation).toBe('created');
    expect(api.comments.filter((c) => c.user.login === 'mallory')[0].body).toContain('by a person');
    const other = await commentOnRun({
      config: buildConfig(workspace, { comment: 'always', token: 'tok', 'working-directory': '.' }),
      context: { ...prContext(), job: 'pacto-2' },
      report: report(),
      reportWhere: 'x',
      env: env(),
      io: recordingIO(),
      deps: fast,
    });
    expect(other.operation).toBe('created');
    expect(api.comments.filter((c) => c.user.type === 'Bot' && c.body.startsWith('<!-- pacto'))).toHaveLength(2);
  });

  it('two workflows whose jobs share an id keep a comment each, and their workflow_run comments are the same ones', async () => {
    const post = (workflow: string) =>
      commentOnRun({
        config: buildConfig(workspace, { comment: 'always', token: 'tok' }),
        context: { ...prContext(), workflow },
        report: report(),
        reportWhere: 'x',
        env: env(),
        io: recordingIO(),
        deps: fast,
      });
    expect((await post('Contracts')).operation).toBe('created');
    expect((await post('Nightly contracts')).operation).toBe('created');
    expect((await post('Contracts')).operation).toBe('unchanged');
    expect(api.comments).toHaveLength(2);
    // mode: comment for the run of "Contracts" edits that workflow's comment (the name comes from GitHub's event).
    forkPull(7, HEAD);
    api.artifacts.splice(0);
    artifact(cleanReport());
    const r = await fromArtifact(workflowRun({ name: 'Contracts' }), { comment: 'always' });
    expect(r.res.operation).toBe('updated');
    expect(api.comments).toHaveLength(2);
  });

  it('finds its comment on a later page', async () => {
    api.defaultPerPage = 30;
    for (let i = 0; i < 120; i++) api.addComment(7, `chatter ${i}`, 'someone');
    await onRun('always');
    for (let i = 0; i < 120; i++) api.addComment(7, `more ${i}`, 'someone');
    const r = await onRun('always', cleanReport());
    expect(r.res.operation).toBe('updated');
    expect(api.comments.filter((c) => c.body.startsWith('<!-- pacto'))).toHaveLength(1);
  });

  it('a read-only token (a fork) does not fail: it says so once, pointing at mode: comment', async () => {
    api.readOnly = true;
    const r = await onRun('on-change', report(), prContext({ headRepo: 'fork/sample' }));
    expect(r.res.operation).toBe('not-permitted');
    expect(r.res.error).toBeNull();
    expect(r.res.message).toMatch(
      /not posted on #7: the token may not write there .*HTTP 403.*comes from a fork.*workflow_run.*mode: comment/,
    );
    const warnings = r.io.calls.filter((c) => c.kind === 'warning' || c.kind === 'error');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].kind).toBe('warning');
  });

  it('a missing permission names pull-requests: write', async () => {
    api.script('POST', /\/issues\/7\/comments$/, notAccessible());
    const r = await onRun('always');
    expect(r.res.operation).toBe('not-permitted');
    expect(r.res.message).toMatch(/permissions: pull-requests: write/);
  });

  it('retries a 429 and posts once', async () => {
    api.script('POST', /\/issues\/7\/comments$/, tooManyRequests(0), tooManyRequests(0));
    const r = await onRun('always');
    expect(r.res.operation).toBe('created');
    expect(api.comments).toHaveLength(1);
    expect(r.io.calls.filter((c) => c.kind === 'info' && /retrying/.test(c.message))).toHaveLength(2);
  });

  it('any other failure fails, and never claims success', async () => {
    api.script('POST', /\/issues\/7\/comments$/, { status: 500, body: { message: 'boom' } });
    const r = await onRun('always');
    expect(r.res.operation).toBe('failed');
    expect(r.res.error).toMatch(/pull request comment on #7 failed: POST .* answered HTTP 500: boom/);
    expect(r.io.calls.some((c) => c.kind === 'info' && /created/.test(c.message))).toBe(false);
  });

  it('never prints the token, even when the API echoes it back in an error', async () => {
    const token = 'ghs_S3cretTokenValue0123456789';
    const echo = (status: number) => ({ status, body: { message: `token ${token} rejected` } });
    api.script('POST', /\/issues\/7\/comments$/, { ...echo(429), headers: { 'retry-after': '0' } }, echo(500));
    const io = recordingIO();
    const res = await commentOnRun({
      config: buildConfig(workspace, { comment: 'always', token }),
      context: prContext(),
      report: report(),
      reportWhere: 'the JSON report',
      env: env(),
      io,
      deps: fast,
    });
    expect(res.operation).toBe('failed');
    expect(io.calls.some((c) => /retrying/.test(c.message))).toBe(true);
    expect(JSON.stringify([res, io.calls])).not.toContain(token);
    expect(res.error).toMatch(/HTTP 500: token \*\*\* rejected/);
  });

  it('is skipped outside a pull request', async () => {
    const r = await onRun('always', report(), { ...prContext(), event: 'push', pullRequest: null });
    expect(r.res.operation).toBe('skipped');
    expect(api.requests).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

function workflowRun(over: Record<string, unknown> = {}): RunContext {
  const dir = fs.mkdtempSync(path.join(workspace, 'event-'));
  const file = path.join(dir, 'event.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      workflow_run: {
        id: 4242,
        event: 'pull_request',
        head_sha: HEAD,
        head_branch: 'feature',
        head_repository: { full_name: 'fork/sample' },
        conclusion: 'failure',
        html_url: 'https://github.com/acme/sample/actions/runs/4242',
        pull_requests: [],
        ...over,
      },
    }),
  );
  return runContext({
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'acme/sample',
    GITHUB_RUN_ID: '5000',
    GITHUB_JOB: 'comment',
  });
}

function forkPull(number = 7, sha = HEAD): void {
  api.addPull({
    number,
    head: { ref: 'feature', sha, label: 'fork:feature', repo: { full_name: 'fork/sample' } },
    base: { ref: 'main', repo: { full_name: 'acme/sample' } },
  });
}

function artifact(r: unknown, runId = 4242, file = 'pacto-report.json'): void {
  api.addArtifact({ runId, name: 'pacto-report', zip: zip([{ name: file, content: JSON.stringify(r) }]) });
}

async function fromArtifact(ctx: RunContext, inputs: Record<string, string> = {}) {
  const io = recordingIO();
  const res = await commentFromArtifact({
    config: buildConfig(workspace, { mode: 'comment', token: 'tok', ...inputs }),
    context: ctx,
    env: env(),
    io,
    deps: fast,
  });
  return { res, io };
}

describe('mode: comment (workflow_run)', () => {
  it('posts the report of the PR run on the pull request GitHub links to its head commit', async () => {
    forkPull();
    artifact(report());
    const r = await fromArtifact(workflowRun());
    expect(r.res).toMatchObject({ operation: 'created', pullRequest: 7, error: null });
    expect(api.comments[0].body.startsWith(commentMarker('pacto', '.'))).toBe(true);
    expect(api.comments[0].body).toContain('SCHEMA&#95;VIOLATION');
    expect(api.comments[0].body).toContain('[Workflow run](https://github.com/acme/sample/actions/runs/4242)');
    // The blob storage never sees the token.
    const blob = api.requests.find((q) => q.path.startsWith('/blobs/'));
    expect(blob?.authorization).toBeUndefined();
  });

  it('refuses a report that names another pull request', async () => {
    forkPull(7);
    forkPull(8, 'b'.repeat(40));
    artifact(
      report({ context: { ...(report().context as object), pullRequest: { number: 8, headSha: HEAD, headRef: 'x', baseRef: 'main' } } }),
    );
    const r = await fromArtifact(workflowRun());
    expect(r.res.operation).toBe('skipped');
    expect(r.res.message).toMatch(/the report names #8, but GitHub links run 4242 .* to #7; the report is not trusted/);
    expect(api.writes()).toEqual([]);
  });

  it('posts nothing when the pull request moved on since the run', async () => {
    forkPull(7, 'c'.repeat(40));
    artifact(report());
    const r = await fromArtifact(workflowRun());
    expect(r.res.operation).toBe('skipped');
    expect(r.res.message).toMatch(/no open pull request has the head commit aaaaaaaaaaaa/);
    expect(api.writes()).toEqual([]);
  });

  it('finds the pull request without a number in the report', async () => {
    forkPull();
    artifact(report({ context: undefined }));
    const r = await fromArtifact(workflowRun());
    expect(r.res).toMatchObject({ operation: 'created', pullRequest: 7 });
  });

  it('keeps shards apart, and survives a report that is not an object', async () => {
    forkPull();
    artifact(report({ shard: { index: 2, total: 3 } }));
    const r = await fromArtifact(workflowRun());
    expect(r.res.operation).toBe('created');
    expect(api.comments[0].body.startsWith(commentMarker('pacto', '.', '2/3'))).toBe(true);
    api.artifacts.splice(0);
    artifact([1, 2, 3]);
    const odd = await fromArtifact(workflowRun(), { comment: 'always' });
    expect(odd.res).toMatchObject({ operation: 'created', pullRequest: 7, error: null });
    expect(api.comments).toHaveLength(2);
  });

  it('an entry name cannot print a workflow command into the log', async () => {
    forkPull();
    artifact(report(), 4242, 'x\n::set-output name=injected::1\r::add-mask::x\n/pacto-report.json');
    const r = await fromArtifact(workflowRun());
    expect(r.res.operation).toBe('created');
    const lines = r.io.calls.filter((c) => c.kind === 'info').flatMap((c) => c.message.split(/\r\n|\r|\n/));
    expect(lines.some((l) => l.includes('set-output'))).toBe(true);
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
  });

  it('a missing artifact is a notice, not a failure', async () => {
    forkPull();
    const r = await fromArtifact(workflowRun());
    expect(r.res.operation).toBe('skipped');
    expect(r.res.error).toBeNull();
    expect(r.io.calls.filter((c) => c.kind === 'notice')[0].message).toMatch(/no artifact named "pacto-report".*if: always\(\)/);
  });

  it('a run for a push is skipped; another event is an error', async () => {
    expect((await fromArtifact(workflowRun({ event: 'push' }))).res.operation).toBe('skipped');
    const wrong = await fromArtifact({ ...prContext(), workflowRun: null });
    expect(wrong.res.error).toMatch(/mode: comment runs in a workflow started by workflow_run/);
  });
});

describe('readJsonEntry', () => {
  it('reads pacto-report.json from the zip, or the only JSON file', () => {
    expect(
      readJsonEntry(
        zip([
          { name: 'x.txt', content: 'a' },
          { name: 'pacto-report.json', content: '{"a":1}' },
        ]),
      ).content.toString(),
    ).toBe('{"a":1}');
    expect(readJsonEntry(zip([{ name: 'report.json', content: '{}' }])).entry).toBe('report.json');
    expect(() =>
      readJsonEntry(
        zip([
          { name: 'a.json', content: '{}' },
          { name: 'b.json', content: '{}' },
        ]),
      ),
    ).toThrow(/no pacto-report.json and 2 other JSON files/);
    expect(() => readJsonEntry(Buffer.from('not a zip at all, not at all, not at all'))).toThrow(/not a readable zip/);
  });

  it('refuses an entry that inflates past the cap (a zip bomb)', () => {
    const big = zip([{ name: 'pacto-report.json', content: ' '.repeat(9 * 1024 * 1024) }]);
    expect(big.length).toBeLessThan(100_000);
    expect(() => readJsonEntry(big)).toThrow(/is \d+ bytes; a report is at most|does not inflate within/);
  });
});
