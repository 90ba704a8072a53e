/**
 * Publishing end to end, through the built bundle as the runner runs it:
 *  - a scheduled regeneration (generate + commit + push to a bare origin from a depth-1 clone);
 *  - a pull-request check (check mode + artifact upload to a loopback results service and blob
 *    store) whose drift patch, applied with `git apply`, makes the check pass.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { BOT, commitAll, expectOutcome, isGeneratedPath, Runs, sampleRepo, treeFiles } from '../helpers/e2e-repo.js';
import type { GitSandbox } from '../helpers/git-repo.js';
import { startMemoryBlobStore, type BlobStore } from '../helpers/azurite.js';
import { startResultsServer, type ResultsServer } from '../helpers/results-server.js';
import { unzipAll } from '../publish/artifact/support.js';

const LAYOUT = [
  { from: 'examples/services', to: 'services', dropGenerated: true },
  { from: 'examples/plugins', to: 'plugins' },
];
const GENERATE = {
  mode: 'generate',
  contracts: 'services/*',
  'plugin-dirs': 'plugins',
  plugins: '- readme\n- k8s\n',
};
const BRANCH_ENV = { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch', GITHUB_REPOSITORY: 'acme/sample' };

interface FileEntry {
  path: string;
  plugin: string;
  contract: string;
  status: string;
}

let dist = '';
const runs = new Runs(() => dist);
const sandboxes: GitSandbox[] = [];

beforeAll(async () => {
  dist = await builtAction();
}, 400_000);

afterEach(() => runs.cleanup());
afterAll(() => {
  for (const sb of sandboxes.splice(0)) sb.cleanup();
});

/** The bytes of `rev:path` in origin. */
function blob(sb: GitSandbox, spec: string): Buffer {
  return execFileSync('git', ['show', spec], { cwd: sb.origin, env: sb.env, maxBuffer: 64 * 1024 * 1024 });
}

function repo(): GitSandbox {
  const sb = sampleRepo(LAYOUT);
  sandboxes.push(sb);
  return sb;
}

describe('scheduled regeneration: generate, commit and push from a depth-1 clone', () => {
  it('commits exactly the generated files and manifests as github-actions[bot], pushes them, and a second run has nothing to do', async () => {
    const sb = repo();
    const ws = sb.checkout('workspace');
    expect(sb.git(ws, 'rev-parse', '--is-shallow-repository')).toBe('true');
    // What else a job may leave in the checkout: a staged file and an untracked one, neither for this commit.
    sb.write(ws, { 'docs/draft.md': '# staged by an earlier step\n', 'scratch/notes.txt': 'untracked\n' });
    sb.git(ws, 'add', 'docs/draft.md');
    const before = new Set(treeFiles(ws));

    const event = { name: 'schedule', payload: { schedule: '17 4 * * 1' } };
    const first = await runs.run({ workspace: ws, sandbox: sb, event, env: BRANCH_ENV, inputs: { ...GENERATE, commit: 'true' } });
    expectOutcome(first, 'success', 'first scheduled run');
    expect(first.outputs.changed).toBe('true');
    expect(first.outputs.committed).toBe('true');
    expect(first.outputs.pushed).toBe('true');
    expect(first.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    expect(first.outputs['commit-sha']).toBe(sb.originTip('main'));
    expect(sb.git(ws, 'rev-parse', 'HEAD')).toBe(first.outputs['commit-sha']);

    // What the run wrote: every new file in the workspace, all of them outputs.
    const generated = treeFiles(ws).filter((f) => !before.has(f));
    expect(generated.length).toBeGreaterThan(0);
    expect(generated.filter((f) => !isGeneratedPath(f))).toEqual([]);
    expect(generated.filter((f) => f.endsWith('/.pacto-generated.json')).length).toBeGreaterThan(0);
    const services = fs.readdirSync(path.join(ws, 'services'));
    for (const svc of services) {
      expect(generated).toContain(`services/${svc}/readme-output/README.md`);
      expect(generated.some((f) => f.startsWith(`services/${svc}/k8s-output/`))).toBe(true);
    }
    const files = JSON.parse(first.outputs.files) as FileEntry[];
    expect(files.every((f) => f.status === 'created')).toBe(true);
    expect(files.map((f) => f.path).filter((p) => !generated.includes(p))).toEqual([]);

    // The commit holds exactly those files, nothing else, and the tree is clean afterwards.
    const show = sb.git(sb.origin, 'show', '--name-only', '--format=%an <%ae>%n%cn <%ce>%n%P%n%s', 'main').split('\n');
    const [author, committer, parents, subject, , ...names] = show;
    expect(author).toBe(BOT);
    expect(committer).toBe(BOT);
    expect(subject).toBe('chore(pacto): regenerate contract outputs');
    expect(parents.split(' ')).toHaveLength(1);
    expect(names.filter((n) => n !== '').sort()).toEqual(generated);
    // The user's index and untracked files are as they were; the generated files are committed, not pending.
    expect(sb.git(ws, 'status', '--porcelain', '--untracked-files=all').split('\n').sort()).toEqual([
      '?? scratch/notes.txt',
      'A  docs/draft.md',
    ]);

    // The next scheduled run regenerates the same bytes: no commit, and the step passes.
    const second = await runs.run({
      workspace: sb.checkout('workspace-2'),
      sandbox: sb,
      event,
      env: BRANCH_ENV,
      inputs: { ...GENERATE, commit: 'true' },
    });
    expectOutcome(second, 'success', 'second scheduled run');
    expect(second.outputs.changed).toBe('false');
    expect(second.outputs.committed).toBe('false');
    expect(second.outputs.pushed).toBe('false');
    expect(second.outputs['commit-sha']).toBe('');
    expect(sb.originTip('main')).toBe(first.outputs['commit-sha']);
    expect((JSON.parse(second.outputs.files) as FileEntry[]).every((f) => f.status === 'unchanged')).toBe(true);
  }, 120_000);
});

describe('pull-request check: check mode with the artifact upload', () => {
  let store: BlobStore;
  let results: ResultsServer;

  beforeAll(async () => {
    store = await startMemoryBlobStore();
    results = await startResultsServer(store);
  });
  afterAll(async () => {
    await results?.stop();
    await store?.stop();
  });

  it('fails on an edited output, uploads the expected tree and a patch that git apply turns into a passing check', async () => {
    const sb = repo();
    // The repository as a team keeps it: outputs generated and committed on main.
    const seed = sb.checkout('committer');
    const gen = await runs.run({ workspace: seed, sandbox: sb, event: { name: 'push' }, env: BRANCH_ENV, inputs: GENERATE });
    expectOutcome(gen, 'success', 'generating the committed outputs');
    const committed = commitAll(sb, seed, 'generated outputs');
    sb.git(seed, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
    const outputs = sb.git(seed, 'ls-files').split('\n').filter(isGeneratedPath).sort();
    expect(outputs.length).toBeGreaterThan(0);
    expect(sb.git(sb.origin, 'ls-tree', '-r', '--name-only', committed).split('\n')).toEqual(expect.arrayContaining(outputs));

    // The pull request: actions/checkout's merge ref, detached, with a hand edit of a generated file.
    sb.git(sb.origin, 'update-ref', 'refs/pull/7/merge', committed);
    const ws = sb.checkoutDetached('pr', 'refs/pull/7/merge');
    const edited = 'services/orders-api/readme-output/README.md';
    const original = fs.readFileSync(path.join(ws, edited), 'utf8');
    fs.writeFileSync(path.join(ws, edited), `${original}\nA hand edit that generation does not make.\n`);

    const env = {
      ...results.env(),
      GITHUB_REPOSITORY: 'acme/sample',
      GITHUB_RUN_ID: '4242',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_REF_NAME: '7/merge',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
    };
    const payload = {
      pull_request: {
        number: 7,
        head: { ref: 'feature', repo: { full_name: 'acme/sample' } },
        base: { ref: 'main', repo: { full_name: 'acme/sample' } },
      },
    };
    const check = await runs.run({
      workspace: ws,
      sandbox: sb,
      event: { name: 'pull_request', payload },
      env,
      inputs: { ...GENERATE, mode: 'check', 'upload-artifact': 'true' },
    });
    expectOutcome(check, 'failure', 'check with an edited output');
    expect(check.outputs.changed).toBe('true');
    expect(check.outputs.committed).toBe('false');
    const files = JSON.parse(check.outputs.files) as FileEntry[];
    expect(files.filter((f) => f.status !== 'unchanged').map((f) => [f.path, f.status])).toEqual([[edited, 'changed']]);
    expect(check.annotations.some((a) => a.level === 'error' && a.file === path.join(ws, edited))).toBe(true);
    // The check writes nothing into the workspace.
    expect(sb.git(ws, 'status', '--porcelain', '--untracked-files=all')).toBe(` M ${edited}`);

    expect(check.outputs['artifact-id']).toMatch(/^\d+$/);
    expect(check.outputs['artifact-url']).toBe(
      `https://github.com/acme/sample/actions/runs/4242/artifacts/${check.outputs['artifact-id']}`,
    );
    const zip = await results.readArtifact('pacto-generated');
    expect(zip).not.toBeNull();
    expect(check.outputs['artifact-digest']).toBe(
      createHash('sha256')
        .update(zip as Buffer)
        .digest('hex'),
    );

    // The zip: the patch, and the expected tree (at least the drifted file) with the bytes the repository should hold.
    const entries = unzipAll(zip as Buffer, sb.root);
    const tree = [...entries.keys()].filter((n) => n !== 'pacto-drift.patch').sort();
    expect(entries.has('pacto-drift.patch')).toBe(true);
    expect(tree).toContain(edited);
    expect(tree.filter((n) => !outputs.includes(n))).toEqual([]);
    for (const name of tree) {
      if (!entries.get(name)?.equals(blob(sb, `${committed}:${name}`)))
        throw new Error(`${name} in the artifact is not the committed file`);
    }

    // The reviewer's fix: apply the patch from the artifact, and the same check passes.
    const patch = path.join(sb.root, 'pacto-drift.patch');
    fs.writeFileSync(patch, entries.get('pacto-drift.patch') as Buffer);
    sb.git(ws, 'apply', '--check', patch);
    sb.git(ws, 'apply', patch);
    expect(fs.readFileSync(path.join(ws, edited), 'utf8')).toBe(original);
    const again = await runs.run({
      workspace: ws,
      sandbox: sb,
      event: { name: 'pull_request', payload },
      env,
      inputs: { ...GENERATE, mode: 'check' },
    });
    expectOutcome(again, 'success', 'check after git apply');
    expect(again.outputs.changed).toBe('false');
    expect(sb.git(ws, 'status', '--porcelain', '--untracked-files=all')).toBe('');

    // The other fix the README gives: unzip the expected tree over the working directory.
    fs.writeFileSync(path.join(ws, edited), `${original}\nAnother hand edit.\n`);
    const drifted = await runs.run({
      workspace: ws,
      sandbox: sb,
      event: { name: 'pull_request', payload },
      env,
      inputs: { ...GENERATE, mode: 'check' },
    });
    expectOutcome(drifted, 'failure', 'check after a second edit');
    for (const name of tree) fs.writeFileSync(path.join(ws, name), entries.get(name) as Buffer);
    const unzipped = await runs.run({
      workspace: ws,
      sandbox: sb,
      event: { name: 'pull_request', payload },
      env,
      inputs: { ...GENERATE, mode: 'check' },
    });
    expectOutcome(unzipped, 'success', 'check after unzipping the expected tree');
  }, 120_000);
});
