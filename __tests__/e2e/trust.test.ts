/**
 * Issue 10's trust-boundary breaks, each with its attack as the fixture, through the built
 * bundle: a manifest from the repository is data (break 2), every pacto.yaml is protected
 * (break 3), a contract linked out of the workspace is never read or echoed (break 4), npm and
 * OIDC tokens never reach a plugin (break 6), and working-directory cannot leave the workspace
 * through a symlink (break 8), and commit mode refuses outputs of uncommitted contracts (break 5;
 * details in publish/git/uncommitted.test.ts). Break 1 is kill.test.ts, break 7 the docs page docs/security.md (its workflow is replayed by workflows.test.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { isolatedEnv, writeExecutable } from '../helpers/e2e-plugins.js';
import { spawnAction, type SpawnResult } from '../helpers/runner.js';
import { Runs, sampleRepo } from '../helpers/e2e-repo.js';
import type { GitSandbox } from '../helpers/git-repo.js';

const CONTRACT = (svc: string): string =>
  `pactoVersion: "1.0"\nservice:\n  name: ${svc}\n  version: 1.0.0\ninterfaces:\n  - name: api\n    type: http\n    port: 8080\nruntime:\n  workload: service\n  state:\n    type: stateless\n    persistence:\n      scope: local\n      durability: ephemeral\n    dataCriticality: low\n`;
/** Answers with $RESP, whatever the request. */
const ECHO = '#!/bin/sh\ncat >/dev/null\nprintf \'%s\' "$RESP"\n';
/** Answers with one file listing the names of its environment variables. */
const ENV_NAMES =
  '#!/bin/sh\ncat >/dev/null\nnames=$(env | cut -d= -f1 | tr \'\\n\' \' \')\nprintf \'{"files":[{"path":"env.txt","content":"%s"}]}\' "$names"\n';
const MANIFEST = '.pacto-generated.json';

const sha = (b: Buffer | string): string => crypto.createHash('sha256').update(b).digest('hex');

let dist: string;
let root: string;
let ws: string;
const results: SpawnResult[] = [];

beforeAll(async () => {
  dist = await builtAction();
}, 600_000);
beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-trust-')));
  ws = path.join(root, 'ws');
  fs.mkdirSync(ws);
});
afterAll(() => {
  for (const r of results.splice(0)) r.cleanup();
});

function write(rel: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
  fs.writeFileSync(path.join(ws, rel), content);
}
const read = (rel: string): string => fs.readFileSync(path.join(ws, rel), 'utf8');

async function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<SpawnResult> {
  const iso = isolatedEnv(root);
  const r = await spawnAction({ dist, workspace: ws, ...iso, timeoutMs: 120_000, inputs, env: { ...iso.env, ...env } });
  results.push(r);
  return r;
}

/** Everything the run showed anyone: log, annotations, summary, outputs, report. */
function shown(r: SpawnResult): string {
  const report = path.join(r.runnerTemp, 'pacto-report.json');
  return [
    r.log,
    JSON.stringify(r.annotations),
    r.summary,
    JSON.stringify(r.outputs),
    fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : '',
  ].join('\n');
}

const warnings = (r: SpawnResult): string[] => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('break 2: a committed manifest is data, not authority', () => {
  const gen = { mode: 'generate', contracts: 'svc', 'plugin-dirs': 'tools', plugins: '- gen', 'output-dir': '.', clean: 'true' };
  const resp = JSON.stringify({ files: [{ path: 'out.txt', content: 'generated\n' }] });
  const manifestListing = (files: { path: string; sha256: string }[]): string =>
    `${JSON.stringify({ entries: [{ contract: 'svc/pacto.yaml', files, plugin: 'gen', pluginVersion: '1' }], generatedBy: 'pacto-generate-action', manifestVersion: 1 }, null, 2)}\n`;

  beforeEach(() => {
    write('svc/pacto.yaml', CONTRACT('svc'));
    writeExecutable(path.join(ws, 'tools', 'pacto-plugin-gen'), ECHO);
    write('.git/config', '[core]\n\trepositoryformatversion = 0\n');
    write('.git/HEAD', 'ref: refs/heads/main\n');
    write('notes.md', 'my notes, edited since\n');
  });

  it('listing .git/config, .git/HEAD and the plugin executable with clean: true deletes none of them; the manifest is reported and ignored', async () => {
    const exe = fs.readFileSync(path.join(ws, 'tools', 'pacto-plugin-gen'));
    write(
      MANIFEST,
      manifestListing([
        { path: '.git/HEAD', sha256: sha(read('.git/HEAD')) },
        { path: '.git/config', sha256: sha(read('.git/config')) },
        { path: 'tools/pacto-plugin-gen', sha256: sha(exe) },
      ]),
    );
    const r = await run(gen, { RESP: resp });
    expect(r.exitCode).toBe(0);
    expect(read('.git/config')).toContain('repositoryformatversion');
    expect(read('.git/HEAD')).toBe('ref: refs/heads/main\n');
    expect(fs.readFileSync(path.join(ws, 'tools', 'pacto-plugin-gen'))).toEqual(exe);
    expect(warnings(r)).toContain(
      `the manifest ${MANIFEST} was ignored: it lists .git/HEAD, which is inside a .git directory. Nothing it lists was cleaned; it is replaced by one listing this run's files`,
    );
    expect(JSON.parse(read(MANIFEST)).entries[0].files.map((f: { path: string }) => f.path)).toEqual(['out.txt']);
  });

  it('the plugin executable alone is refused by name', async () => {
    write(
      MANIFEST,
      manifestListing([{ path: 'tools/pacto-plugin-gen', sha256: sha(fs.readFileSync(path.join(ws, 'tools', 'pacto-plugin-gen'))) }]),
    );
    const r = await run(gen, { RESP: resp });
    expect(r.exitCode).toBe(0);
    expect(fs.existsSync(path.join(ws, 'tools', 'pacto-plugin-gen'))).toBe(true);
    expect(warnings(r).join('\n')).toContain(
      'it lists tools/pacto-plugin-gen, which is tools/pacto-plugin-gen (the executable of plugin gen)',
    );
  });

  it('a user file whose bytes changed since it was generated is kept, with a warning', async () => {
    write(MANIFEST, manifestListing([{ path: 'notes.md', sha256: sha('generated notes\n') }]));
    const r = await run(gen, { RESP: resp });
    expect(r.exitCode).toBe(0);
    expect(read('notes.md')).toBe('my notes, edited since\n');
    expect(warnings(r).join('\n')).toContain(
      'notes.md is no longer produced by plugin gen for svc/pacto.yaml, but it was changed since it was generated; kept',
    );
  });

  it('a file that still holds the generated bytes is cleaned', async () => {
    write('old.txt', 'generated before\n');
    write(MANIFEST, manifestListing([{ path: 'old.txt', sha256: sha('generated before\n') }]));
    const r = await run(gen, { RESP: resp });
    expect(r.exitCode).toBe(0);
    expect(fs.existsSync(path.join(ws, 'old.txt'))).toBe(false);
  });
});

describe('break 3: every pacto.yaml under the working directory is protected, matched or not', () => {
  beforeEach(() => {
    write('svc-a/pacto.yaml', CONTRACT('a'));
    write('svc-b/pacto.yaml', CONTRACT('b'));
    writeExecutable(path.join(ws, 'tools', 'pacto-plugin-gen'), ECHO);
  });
  const inputs = { mode: 'generate', contracts: 'svc-a', 'plugin-dirs': 'tools', plugins: '- gen', 'output-dir': '.', clean: 'true' };

  it("a plugin cannot overwrite an unmatched service's pacto.yaml", async () => {
    const r = await run(inputs, { RESP: JSON.stringify({ files: [{ path: 'svc-b/pacto.yaml', content: 'hijacked\n' }] }) });
    expect(r.exitCode).toBe(1);
    expect(read('svc-b/pacto.yaml')).toBe(CONTRACT('b'));
    expect(shown(r)).toContain('svc-b/pacto.yaml is named pacto.yaml; a generated file must not replace or add a contract');
  });

  it('a manifest cannot delete it either', async () => {
    write(
      MANIFEST,
      `${JSON.stringify({ entries: [{ contract: 'svc-a/pacto.yaml', files: [{ path: 'svc-b/pacto.yaml', sha256: sha(CONTRACT('b')) }], plugin: 'gen', pluginVersion: '1' }], generatedBy: 'pacto-generate-action', manifestVersion: 1 })}\n`,
    );
    const r = await run(inputs, { RESP: JSON.stringify({ files: [{ path: 'a.txt', content: 'a\n' }] }) });
    expect(r.exitCode).toBe(0);
    expect(read('svc-b/pacto.yaml')).toBe(CONTRACT('b'));
    expect(warnings(r).join('\n')).toContain('it lists svc-b/pacto.yaml, a pacto.yaml');
  });
});

describe('break 4: a contract linked out of the workspace is an error that shows none of it', () => {
  it('svc/pacto.yaml -> ~/.npmrc: not read, not echoed', async () => {
    const secret = '//registry.npmjs.org/:_authToken=npm_S3cr3tT0kenValue';
    fs.writeFileSync(path.join(root, '.npmrc'), `${secret}\n`);
    fs.mkdirSync(path.join(ws, 'svc'));
    fs.symlinkSync(path.join(root, '.npmrc'), path.join(ws, 'svc', 'pacto.yaml'));
    const r = await run({ mode: 'validate', contracts: 'svc' });
    expect(r.exitCode).toBe(1);
    const all = shown(r);
    expect(all).toContain('svc/pacto.yaml resolves outside the workspace through a symbolic link; it was not read');
    for (const piece of ['npm_S3cr3t', '_authToken', 'registry.npmjs']) expect(all).not.toContain(piece);
  });

  it('a 2.0 bundle file linked out of the workspace is not read either', async () => {
    fs.writeFileSync(path.join(root, 'secret.json'), '{"token": "npm_S3cr3tT0kenValue", ');
    write(
      'svc/pacto.yaml',
      'pactoVersion: "2.0"\nservice:\n  name: svc\n  version: 1.0.0\n  owner:\n    team: t\ninterfaces:\n  - name: api\n    type: openapi\n    ref: openapi.json\n',
    );
    fs.symlinkSync(path.join(root, 'secret.json'), path.join(ws, 'svc', 'openapi.json'));
    const r = await run({ mode: 'validate', contracts: 'svc' });
    expect(r.exitCode).toBe(1);
    const all = shown(r);
    expect(all).toContain('interface file "openapi.json" resolves outside the workspace through a symbolic link; it was not read');
    expect(all).not.toContain('npm_S3cr3t');
  });
});

describe('break 6: npm and OIDC tokens never reach a plugin', () => {
  it('NODE_AUTH_TOKEN, NPM_TOKEN and the OIDC request variables are stripped', async () => {
    write('svc/pacto.yaml', CONTRACT('svc'));
    writeExecutable(path.join(ws, 'tools', 'pacto-plugin-env'), ENV_NAMES);
    const secrets = {
      NODE_AUTH_TOKEN: 'npm_node_auth',
      NPM_TOKEN: 'npm_token',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/abc',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    };
    const r = await run(
      { mode: 'generate', contracts: 'svc', 'plugin-dirs': 'tools', plugins: '- env', 'output-dir': 'out' },
      { ...secrets, HARMLESS_VARIABLE: '1' },
    );
    expect(r.exitCode).toBe(0);
    const names = read('out/env.txt').split(' ');
    expect(names).toContain('HARMLESS_VARIABLE');
    for (const n of Object.keys(secrets)) expect(names).not.toContain(n);
  });
});

describe('break 8: working-directory cannot leave the workspace through a symlink', () => {
  it('a symlink to a directory outside is an input error, and nothing is written there', async () => {
    const outside = path.join(root, 'outside');
    fs.mkdirSync(path.join(outside, 'svc'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'svc', 'pacto.yaml'), CONTRACT('svc'));
    fs.symlinkSync(outside, path.join(ws, 'link'));
    writeExecutable(path.join(ws, 'tools', 'pacto-plugin-gen'), ECHO);
    const before = fs.readdirSync(outside, { recursive: true }).sort();
    const r = await run(
      { mode: 'generate', 'working-directory': 'link', contracts: 'svc', 'plugin-dirs': '../tools', plugins: '- gen', 'output-dir': 'out' },
      { RESP: JSON.stringify({ files: [{ path: 'x.txt', content: 'x' }] }) },
    );
    expect(r.exitCode).toBe(1);
    expect(shown(r)).toContain('working-directory: "link" is outside the workspace');
    expect(shown(r)).toContain('once symbolic links are resolved');
    expect(fs.readdirSync(outside, { recursive: true }).sort()).toEqual(before);
  });
});

describe('break 5: commit mode refuses outputs of contract edits that are not committed', () => {
  const sandboxes: GitSandbox[] = [];
  const runs = new Runs(() => dist);
  afterAll(() => {
    runs.cleanup();
    for (const sb of sandboxes.splice(0)) sb.cleanup();
  });

  it('a branch checkout with an unstaged contract edit: nothing is pushed, the error names the contract', async () => {
    const sb = sampleRepo([
      { from: 'examples/services', to: 'services', dropGenerated: true },
      { from: 'examples/plugins', to: 'plugins' },
    ]);
    sandboxes.push(sb);
    const work = sb.checkout('workspace');
    const [svc] = fs.readdirSync(path.join(work, 'services')).sort();
    fs.appendFileSync(path.join(work, 'services', svc, 'pacto.yaml'), '# edited in the job, never committed\n');
    const before = sb.originTip('main');
    const r = await runs.run({
      workspace: work,
      sandbox: sb,
      event: { name: 'push', payload: {} },
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch', GITHUB_REPOSITORY: 'acme/sample' },
      inputs: { mode: 'generate', contracts: 'services/*', 'plugin-dirs': 'plugins', plugins: '- readme\n', commit: 'true' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.pushed).toBe('false');
    expect(sb.originTip('main')).toBe(before);
    expect(shown(r)).toContain(
      `refusing to commit: contract files differ from HEAD (staged, unstaged or untracked): services/${svc}/pacto.yaml.`,
    );
  });
});
