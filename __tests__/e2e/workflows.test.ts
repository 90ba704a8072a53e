/**
 * Every README and repository workflow that uses the action, replayed through the built bundle
 * and the local runner's harness: each step's `with:` (expressions substituted from a fake
 * context that refuses anything it does not know), against a workspace that fits the workflow,
 * with the event its `on:` names. A job must conclude as GitHub would conclude it: success,
 * counting `continue-on-error` steps and `if: ... outcome != 'failure'` guards.
 *
 * Discovery is dynamic: a README example added later is replayed without touching this file.
 * README and docs/*.md workflows run on a sample repository (example services at services/, example plugins
 * at tools/, committed outputs when a step checks them); .github/workflows run on a copy of this
 * repository's examples and action.yml. PACTO_E2E_EXTRA_DOCS (paths separated by the platform's
 * delimiter) adds Markdown files to replay, for README material not merged yet.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { installFeedingPlugins } from '../helpers/feeding.js';
import { ExpressionError, substitute } from '../helpers/e2e-expressions.js';
import { commitAll, explain, Runs, sampleRepo, type Layout } from '../helpers/e2e-repo.js';
import {
  checkoutStep,
  firstEvent,
  isActionStep,
  jobContext,
  markdownWorkflows,
  replayJob,
  repositoryWorkflow,
  stepInputs,
  type Fakes,
  type JobDoc,
  type Workflow,
} from '../helpers/e2e-workflows.js';
import type { GitSandbox } from '../helpers/git-repo.js';
import { startMemoryBlobStore, type BlobStore } from '../helpers/azurite.js';
import { startResultsServer, type ResultsServer } from '../helpers/results-server.js';
import { REPO_ROOT, type SpawnResult } from '../helpers/runner.js';
import { startFakeGithubApi, type FakeGithubApi } from '../helpers/fake-github-api.js';
import { zip } from '../helpers/archives.js';
import { sarifValidator } from '../helpers/sarif-schema.js';

const REPOSITORY = 'acme/sample';
const HEAD_REF = 'feature/contracts';
const PR_NUMBER = 1;
const RUN_ID = '4242';
/** The pull request's head commit, as its events and the fake API tell it. */
const HEAD_SHA = 'e'.repeat(40);
/** A workflow_run replay: the completed pull request run, from a fork. */
const PR_RUN_ID = 4141;
const FORK = 'contributor/sample';

const docsDir = path.join(REPO_ROOT, 'docs');
const docPages = fs.existsSync(docsDir)
  ? fs
      .readdirSync(docsDir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => path.join(docsDir, f))
  : [];
/** The README and every docs/*.md page: a workflow shown to users anywhere is replayed. */
const readme = [path.join(REPO_ROOT, 'README.md'), ...docPages].flatMap((f) => markdownWorkflows(f));
const extra = (process.env.PACTO_E2E_EXTRA_DOCS ?? '')
  .split(path.delimiter)
  .filter((f) => f !== '')
  .flatMap((f) => markdownWorkflows(path.resolve(f)));
const workflowDir = path.join(REPO_ROOT, '.github', 'workflows');
const repository = fs
  .readdirSync(workflowDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => repositoryWorkflow(path.join(workflowDir, f)));

function actionJobs(w: Workflow): [string, JobDoc][] {
  return Object.entries(w.doc.jobs ?? {}).filter(([, job]) => (job.steps ?? []).some(isActionStep));
}

const cases = [...repository, ...readme, ...extra].flatMap((w) => actionJobs(w).map(([jobId, job]) => ({ w, jobId, job })));

let dist = '';
const runs = new Runs(() => dist);
let store: BlobStore;
const sandboxes: GitSandbox[] = [];

beforeAll(async () => {
  dist = await builtAction();
  store = await startMemoryBlobStore();
}, 400_000);

afterAll(async () => {
  runs.cleanup();
  for (const sb of sandboxes.splice(0)) sb.cleanup();
  await store?.stop();
});

/**
 * Pages whose workflows need a repository of another shape. The migration guide's is Pacto's demo
 * shape: services with source code and configuration files, whose contracts reference the files
 * openapi-infer and schema-infer produce (stand-ins on PATH, see pluginBin).
 */
const PAGE_LAYOUTS: Record<string, Layout[]> = {
  'migrating-from-pacto-generate.md': [
    { from: '__tests__/fixtures/feeding-repo/services', to: 'services' },
    { from: 'examples/plugins', to: 'tools' },
  ],
};

/** What each kind of workflow runs on. */
function layoutFor(w: Workflow): { layout: Layout[]; extraFiles: Record<string, string> } {
  const page = PAGE_LAYOUTS[path.basename(w.file)];
  if (w.kind === 'markdown' && page) return { layout: page, extraFiles: {} };
  if (w.kind === 'repository') {
    return {
      layout: [{ from: 'examples', to: 'examples' }],
      extraFiles: { 'action.yml': fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8') },
    };
  }
  return {
    layout: [
      { from: 'examples/services', to: 'services', dropGenerated: true },
      { from: 'examples/plugins', to: 'tools' },
    ],
    extraFiles: {},
  };
}

/** GITHUB_* variables and the payload the event implies. */
function eventFor(name: string): { env: Record<string, string>; payload: unknown; github: Record<string, string> } {
  const repo = { full_name: REPOSITORY, name: 'sample', owner: { login: 'acme' } };
  if (name === 'pull_request' || name === 'pull_request_target') {
    const env = {
      GITHUB_REF: name === 'pull_request' ? `refs/pull/${PR_NUMBER}/merge` : 'refs/heads/main',
      GITHUB_REF_NAME: name === 'pull_request' ? `${PR_NUMBER}/merge` : 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_HEAD_REF: HEAD_REF,
      GITHUB_BASE_REF: 'main',
    };
    const payload = {
      number: PR_NUMBER,
      pull_request: { number: PR_NUMBER, head: { ref: HEAD_REF, sha: HEAD_SHA, repo }, base: { ref: 'main', repo } },
      repository: repo,
    };
    return { env, payload, github: { head_ref: HEAD_REF, base_ref: 'main', ref: env.GITHUB_REF, ref_name: env.GITHUB_REF_NAME } };
  }
  if (name === 'push' || name === 'schedule' || name === 'workflow_dispatch') {
    const env = { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' };
    const payload =
      name === 'push'
        ? { ref: 'refs/heads/main', repository: repo }
        : name === 'schedule'
          ? { schedule: '17 4 * * 1' }
          : { inputs: {}, ref: 'refs/heads/main', repository: repo };
    return { env, payload, github: { head_ref: '', base_ref: '', ref: env.GITHUB_REF, ref_name: 'main' } };
  }
  if (name === 'workflow_run') {
    // Runs on the default branch; the triggering run was a fork's pull request.
    const env = { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' };
    const payload = {
      workflow_run: {
        id: PR_RUN_ID,
        event: 'pull_request',
        head_sha: HEAD_SHA,
        head_branch: HEAD_REF,
        head_repository: { full_name: FORK },
        conclusion: 'failure',
        html_url: `https://github.com/${REPOSITORY}/actions/runs/${PR_RUN_ID}`,
        pull_requests: [],
      },
      repository: repo,
    };
    return { env, payload, github: { head_ref: '', base_ref: '', ref: env.GITHUB_REF, ref_name: 'main' } };
  }
  throw new Error(`no replay environment for the ${name} event yet; add one to eventFor() in __tests__/e2e/workflows.test.ts`);
}

function fakesFor(eventName: string, event: ReturnType<typeof eventFor>, workspace: string, jobId: string, apiUrl: string): Fakes {
  return {
    github: {
      token: 'ghs_dummy-token-for-tests',
      event_name: eventName,
      repository: REPOSITORY,
      repository_owner: 'acme',
      run_id: RUN_ID,
      run_number: '1',
      run_attempt: '1',
      actor: 'octocat',
      job: jobId,
      workspace,
      server_url: 'https://github.com',
      api_url: apiUrl,
      ...event.github,
    },
  };
}

/** The example plugins in a directory of their own, for steps that expect them on PATH. */
function pluginBin(sb: GitSandbox): string {
  const bin = path.join(sb.root, 'bin');
  if (!fs.existsSync(bin)) {
    fs.cpSync(path.join(REPO_ROOT, 'examples', 'plugins'), bin, { recursive: true });
    // Stand-ins for Pacto's openapi-infer and schema-infer, for pages that use them by name.
    installFeedingPlugins(bin);
  }
  return bin;
}

/**
 * What a workflow_run workflow finds: the fork's open pull request with the run's head commit,
 * and that run's `pacto-report` artifact, holding the report of a real validate run on the
 * sample repository (with an invalid contract added, so the comment has something to say).
 */
async function seedPullRequestRun(
  sb: GitSandbox,
  api: FakeGithubApi,
  envFor: (inputs: Record<string, string>) => Record<string, string>,
): Promise<void> {
  api.addPull({
    number: PR_NUMBER,
    head: { ref: HEAD_REF, sha: HEAD_SHA, label: `${FORK.split('/')[0]}:${HEAD_REF}`, repo: { full_name: FORK } },
    base: { ref: 'main', repo: { full_name: REPOSITORY } },
  });
  const prCheckout = sb.checkout('pr-run');
  fs.mkdirSync(path.join(prCheckout, 'services', 'broken'), { recursive: true });
  fs.writeFileSync(
    path.join(prCheckout, 'services', 'broken', 'pacto.yaml'),
    'pactoVersion: "1.0"\nservice:\n  name: broken\n  version: not-semver\n',
  );
  const pr = eventFor('pull_request');
  const inputs = { mode: 'validate' };
  const r = await runs.run({
    workspace: prCheckout,
    sandbox: sb,
    event: { name: 'pull_request', payload: pr.payload },
    env: { ...envFor(inputs), ...pr.env, GITHUB_RUN_ID: String(PR_RUN_ID) },
    inputs,
  });
  const report = fs.readFileSync(r.outputs.report, 'utf8');
  api.addArtifact({ runId: PR_RUN_ID, name: 'pacto-report', zip: zip([{ name: 'pacto-report.json', content: report }]) });
}

describe('the replay harness itself', () => {
  const workflow = { on: 'push', jobs: {} };
  const fakes: Fakes = { github: { token: 't', head_ref: 'feature' } };

  it('refuses an expression its fake context does not know', () => {
    const ctx = jobContext(workflow, { strategy: { matrix: { shard: [1, 2] } } }, fakes, new Map());
    expect(substitute('${{ matrix.shard }}/2 ${{ github.head_ref }} ${{ secrets.APP_KEY }}', ctx)).toBe('1/2 feature dummy-secret-APP_KEY');
    expect(() => substitute('${{ vars.REGION }}', ctx)).toThrow(ExpressionError);
    expect(() => substitute('${{ github.event.pull_request.title }}', ctx)).toThrow(ExpressionError);
    expect(() => substitute('${{ steps.nope.outputs.x }}', ctx)).toThrow(ExpressionError);
    expect(() => substitute("${{ hashFiles('**/x') }}", ctx)).toThrow(ExpressionError);
  });

  it('concludes a job as the runner does: continue-on-error, guards, default success()', async () => {
    const job: JobDoc = {
      steps: [
        { id: 'pacto', uses: './', 'continue-on-error': true, with: { mode: 'validate' } },
        { if: "steps.pacto.outcome != 'failure' || steps.pacto.outputs.valid != 'false'", run: 'exit 1' },
      ],
    };
    const failing = await replayJob(workflow, job, fakes, async () => ({ failed: true, outputs: { valid: 'false' } }));
    expect(failing.conclusion).toBe('success');
    expect(failing.replayed.map((r) => r.record.outcome)).toEqual(['failure']);
    const passing = await replayJob(workflow, job, fakes, async () => ({ failed: false, outputs: { valid: 'true' } }));
    expect(passing.conclusion).toBe('failure');
    const plain = await replayJob(workflow, { steps: [{ uses: 'acme/pacto-generate-action@v1' }, { uses: './' }] }, fakes, async () => ({
      failed: true,
      outputs: {},
    }));
    expect(plain.conclusion).toBe('failure');
    // The second step is skipped by its implicit success(): only one run.
    expect(plain.replayed).toHaveLength(1);
  });
});

describe('workflow discovery', () => {
  it('finds the README example workflows, each using the action', () => {
    expect(readme.length).toBeGreaterThan(0);
    for (const w of readme) expect([w.label, actionJobs(w).length > 0]).toEqual([w.label, true]);
  });

  it('finds the self-test workflow with its examples and broken jobs', () => {
    const selfTest = repository.find((w) => w.label === 'self-test.yml');
    expect(selfTest && actionJobs(selfTest).map(([id]) => id)).toEqual(['examples', 'broken']);
  });

  it('lints but does not replay a workflow that does not use the action (the release workflow)', () => {
    const release = repository.find((w) => w.label === 'release.yml');
    expect(release).toBeDefined();
    expect(Object.keys(release?.doc.jobs ?? {})).toEqual(['verify', 'release']);
    expect(cases.filter((c) => c.w.label === 'release.yml')).toEqual([]);
  });
});

describe('every README and repository workflow, replayed through the built action', () => {
  it.each(cases.map((c) => [`${c.w.label} job ${c.jobId}`, c] as const))(
    '%s',
    async (_label, { w, jobId, job }) => {
      const eventName = firstEvent(w.doc);
      const event = eventFor(eventName);
      const { layout, extraFiles } = layoutFor(w);
      const sb = sampleRepo(layout, extraFiles);
      sandboxes.push(sb);
      const wsName = 'workspace';
      // Every replay talks to a fake GitHub API (comments, pulls, artifacts), never to GitHub.
      const api: FakeGithubApi = await startFakeGithubApi();
      const fakes = fakesFor(eventName, event, path.join(sb.root, wsName), jobId, api.url);
      let results: ResultsServer | null = null;
      // The GitHub REST API, for steps that open pull requests (commit: pull-request).
      let githubApi: FakeGithubApi | null = null;
      const spawned = new Map<number, SpawnResult>();

      const envFor = (inputs: Record<string, string>): Record<string, string> => {
        const env: Record<string, string> = {
          ...event.env,
          GITHUB_REPOSITORY: REPOSITORY,
          GITHUB_RUN_ID: RUN_ID,
          GITHUB_JOB: jobId,
          GITHUB_API_URL: api.url,
        };
        if ((inputs.plugins ?? '').trim() !== '' && (inputs['plugin-dirs'] ?? '').trim() === '') {
          // A bare plugin name without plugin-dirs: an earlier step of the real job installs it on PATH.
          env.PATH = `${pluginBin(sb)}${path.delimiter}${process.env.PATH ?? ''}`;
        }
        return env;
      };

      try {
        // Outputs a check step compares against are committed on main first, generated with the step's own inputs.
        let pregenerated = false;
        if (w.kind === 'markdown') {
          const ctx = jobContext(w.doc, job, fakes, new Map());
          const checks = (job.steps ?? [])
            .filter(isActionStep)
            .map((s) => stepInputs(s, ctx))
            .filter((i) => i.mode === 'check');
          if (checks.length > 0) {
            const seed = sb.checkout('pregenerate');
            for (const inputs of checks) {
              const gen = { ...inputs, mode: 'generate', commit: 'false', 'upload-artifact': 'false' };
              const r = await runs.run({
                workspace: seed,
                sandbox: sb,
                event: { name: 'push' },
                env: { ...envFor(gen), ...eventFor('push').env },
                inputs: gen,
              });
              if (r.failed) throw new Error(`generating the committed outputs for ${w.label} failed\n${explain(r)}`);
            }
            commitAll(sb, seed, 'generated outputs');
            pregenerated = true;
            sb.git(seed, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
          }
        }

        // The refs the event's checkout sees: the pull request's head branch and merge ref.
        // The pull request's head is a commit of its own on top of main (same tree, so every
        // workflow sees the same files), and GitHub's merge ref points at it: a depth-1 checkout of
        // the merge ref then lacks the base commit, as on GitHub, and the payload names both SHAs.
        const mainTip = sb.originTip('main');
        const prHead = sb.git(
          sb.origin,
          '-c',
          'user.name=Test Dev',
          '-c',
          'user.email=dev@example.com',
          'commit-tree',
          `${mainTip}^{tree}`,
          '-p',
          mainTip,
          '-m',
          'pull request head',
        );
        sb.git(sb.origin, 'update-ref', `refs/heads/${HEAD_REF}`, prHead);
        sb.git(sb.origin, 'update-ref', `refs/pull/${PR_NUMBER}/merge`, prHead);
        const pr = (event.payload as { pull_request?: { base: Record<string, unknown>; head: Record<string, unknown> } }).pull_request;
        if (pr) {
          pr.base.sha = mainTip;
          pr.head.sha = prHead;
        }

        if (eventName === 'workflow_run') await seedPullRequestRun(sb, api, envFor);

        const checkout = checkoutStep(job);
        let workspace: string;
        if (checkout === null) {
          workspace = path.join(sb.root, wsName);
          fs.mkdirSync(workspace);
        } else {
          const ctx = jobContext(w.doc, job, fakes, new Map());
          const withs = stepInputs(checkout, ctx);
          const unsupported = Object.keys(withs).filter((k) => !['ref', 'fetch-depth', 'token', 'persist-credentials'].includes(k));
          if (unsupported.length > 0) throw new Error(`actions/checkout with ${unsupported.join(', ')} is not replayed yet`);
          if (withs.ref) workspace = withs['fetch-depth'] === '0' ? sb.scratchClone(wsName, withs.ref) : sb.checkout(wsName, withs.ref);
          else if (eventName === 'pull_request') workspace = sb.checkoutDetached(wsName, `refs/pull/${PR_NUMBER}/merge`);
          else workspace = withs['fetch-depth'] === '0' ? sb.scratchClone(wsName, 'main') : sb.checkout(wsName, 'main');
        }

        const replay = await replayJob(
          w.doc,
          job,
          fakes,
          async (_step, inputs, index) => {
            const env = envFor(inputs);
            if (inputs['upload-artifact'] === 'true') {
              results ??= await startResultsServer(store, { runId: `run-${RUN_ID}`, jobId });
              Object.assign(env, results.env());
            }
            if (inputs.commit === 'pull-request') {
              githubApi ??= await startFakeGithubApi();
              env.GITHUB_API_URL = githubApi.url;
            }
            const r = await runs.run({ workspace, sandbox: sb, event: { name: eventName, payload: event.payload }, env, inputs });
            spawned.set(index, r);
            return { failed: r.failed, outputs: r.outputs };
          },
          async (step, inputs): Promise<{ failed: boolean; outputs: Record<string, string> }> => {
            // upload-sarif fails when its file is missing or not SARIF 2.1.0: so does the replay.
            if (!/^github\/codeql-action\/upload-sarif@/.test(step.uses ?? '')) return { failed: false, outputs: {} };
            const file = path.resolve(workspace, inputs.checkout_path ?? '', inputs.sarif_file ?? '../results');
            if (!fs.existsSync(file))
              throw new Error(`${w.label}: upload-sarif's sarif_file ${inputs.sarif_file} does not exist after the action ran`);
            const problems = sarifValidator()(JSON.parse(fs.readFileSync(file, 'utf8')));
            if (problems.length > 0)
              throw new Error(`${w.label}: ${inputs.sarif_file} is not valid SARIF 2.1.0: ${JSON.stringify(problems.slice(0, 3))}`);
            return { failed: false, outputs: { 'sarif-id': 'replayed' } };
          },
        );

        const report = replay.replayed
          .map(
            (s) =>
              `step ${s.index + 1}: ${s.record.outcome} with ${JSON.stringify(s.inputs)}\n${explain(spawned.get(s.index) as SpawnResult)}`,
          )
          .join('\n\n');
        if (replay.conclusion !== 'success') throw new Error(`${w.label} job ${jobId} would fail: ${replay.reason}\n\n${report}`);
        expect(replay.replayed.length).toBeGreaterThan(0);

        // What the outputs claim holds on the other side.
        for (const s of replay.replayed) {
          const out = s.record.outputs;
          if (w.kind === 'markdown' && !pregenerated && s.inputs.commit === 'true' && s.record.outcome === 'success') {
            // The sample repository has no outputs yet: a commit step that passes must have pushed them.
            expect([s.index, out.committed, out.pushed]).toEqual([s.index, 'true', 'true']);
          }
          if (w.kind === 'markdown' && pregenerated && s.inputs.mode === 'check')
            expect([s.index, out.changed]).toEqual([s.index, 'false']);
          if (w.kind === 'markdown' && s.inputs.commit === 'pull-request' && s.record.outcome === 'success') {
            // The sample repository has no outputs yet: the step must have proposed them.
            expect([s.index, out['pull-request-operation'], out.pushed]).toEqual([s.index, 'created', 'true']);
            expect((githubApi as FakeGithubApi | null)?.pulls.map((p) => p.number)).toEqual([Number(out['pull-request-number'])]);
          }
          if (out.pushed === 'true') {
            const branch =
              s.inputs.commit === 'pull-request'
                ? s.inputs['pr-branch'] || 'pacto/regenerate'
                : s.inputs.branch || (eventName.startsWith('pull_request') ? HEAD_REF : 'main');
            expect(sb.originTip(branch)).toBe(out['commit-sha']);
          }
          if (s.inputs['upload-artifact'] === 'true') {
            // An upload was asked for: an artifact, or the word that there was nothing to upload
            // (a warning, or a plain log line when a check found no drift).
            const said = (spawned.get(s.index) as SpawnResult).stdout.includes('Nothing to upload as artifact');
            expect([s.index, out['artifact-id'] !== '' || said]).toEqual([s.index, true]);
          }
          if (s.inputs.mode === 'comment' || (s.inputs.comment ?? 'off') !== 'off') {
            // Asked for a comment: it was posted, or the log says why not (nothing to report, not a PR).
            const log = (spawned.get(s.index) as SpawnResult).stdout;
            const posted = api.comments.some((c) => c.issue === PR_NUMBER && c.body.startsWith('<!-- pacto-generate-action:comment '));
            expect([s.index, posted || /No pull request comment/.test(log)]).toEqual([s.index, true]);
            if (s.inputs.mode === 'comment') {
              // The seeded report has an invalid contract: the comment must be there, on the verified pull request.
              expect(api.requests.some((q) => q.path.endsWith(`/actions/runs/${PR_RUN_ID}/artifacts`))).toBe(true);
              expect([s.index, posted]).toEqual([s.index, true]);
            }
          }
          if (out['artifact-id']) {
            const stored = (results as ResultsServer | null)?.artifacts.find(
              (a) => String(a.id) === out['artifact-id'] && a.finalized && !a.deleted,
            );
            expect(stored).toBeDefined();
            expect(await (results as ResultsServer | null)?.readArtifact(stored?.name ?? '')).toBeInstanceOf(Buffer);
          }
        }
      } finally {
        await api.close();
        await (results as ResultsServer | null)?.stop();
        await (githubApi as FakeGithubApi | null)?.close();
        runs.cleanup();
      }
    },
    180_000,
  );
});
