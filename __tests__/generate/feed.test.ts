/**
 * Plugins that feed the contract (`feeds-contract: true`), through run() in-process with real
 * plugin processes: the stand-ins for openapi-infer and schema-infer, and an ordinary plugin
 * whose output depends on the fed files.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { run } from '../../src/main.js';
import {
  FEEDING_REPO,
  feedingPlugins,
  installFeedingPlugins,
  openapiInferPlugin,
  ROUTES_PLUGIN,
  snapshotTree,
} from '../helpers/feeding.js';

let root: string;
let ws: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-feed-'));
  ws = path.join(root, 'ws');
  fs.cpSync(FEEDING_REPO, ws, { recursive: true });
  installFeedingPlugins(path.join(ws, 'tools'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function routesPlugin(): string {
  if (!fs.existsSync(path.join(ws, 'tools', 'pacto-plugin-routes')))
    fs.writeFileSync(path.join(ws, 'tools', 'pacto-plugin-routes'), ROUTES_PLUGIN, { mode: 0o755 });
  return 'tools/pacto-plugin-routes';
}

function pluginsInput(opts: { routes?: boolean; extra?: string } = {}): string {
  let text = feedingPlugins();
  if (opts.routes) text += `- name: routes\n  path: ${routesPlugin()}\n`;
  return text + (opts.extra ?? '');
}

async function runAction(inputs: Record<string, string>) {
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: path.join(root, 'tmp'),
    RUNNER_TOOL_CACHE: path.join(root, 'cache'),
    PATH: process.env.PATH,
  };
  for (const [k, v] of Object.entries({ contracts: 'services/*/pacto.yaml', ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const io = recordingIO();
  const state = await run(env, io);
  const failed = io.calls.find((c) => c.kind === 'failed')?.message ?? null;
  const log = io.calls.map((c) => `${c.kind}: ${c.message}`).join('\n');
  return { state, io, failed, log };
}

describe('feeds-contract: true', () => {
  it('bootstraps a fresh tree: the fed files make both contracts (1.0 and 2.0) valid, then check passes untouched', async () => {
    const before = await runAction({ mode: 'validate' });
    expect(before.state.contracts.map((c) => c.errors.map((e) => e.code))).toEqual([
      ['FILE_NOT_FOUND', 'FILE_NOT_FOUND'],
      ['FILE_NOT_FOUND', 'FILE_NOT_FOUND'],
    ]);

    const gen = await runAction({ mode: 'generate', plugins: pluginsInput({ routes: true }) });
    expect([gen.failed, gen.log]).toEqual([null, gen.log]);
    expect(gen.state.contracts.map((c) => [c.file, c.valid])).toEqual([
      ['services/ledger/pacto.yaml', true],
      ['services/orders/pacto.yaml', true],
    ]);
    for (const s of ['ledger', 'orders']) {
      expect(fs.existsSync(path.join(ws, 'services', s, 'interfaces/openapi.yaml'))).toBe(true);
      expect(fs.existsSync(path.join(ws, 'services', s, 'config.schema.json'))).toBe(true);
      expect(fs.existsSync(path.join(ws, 'services', s, '.pacto-generated.json'))).toBe(true);
    }
    expect(fs.readFileSync(path.join(ws, 'services/orders/routes-output/ROUTES.md'), 'utf8')).toBe('"/healthz"\n"/orders"\n');
    const manifest = JSON.parse(fs.readFileSync(path.join(ws, 'services/orders/.pacto-generated.json'), 'utf8')) as {
      entries: { plugin: string; files: { path: string }[] }[];
    };
    expect(manifest.entries.map((e) => [e.plugin, e.files.map((f) => f.path)])).toEqual([
      ['openapi-infer', ['interfaces/openapi.yaml']],
      ['schema-infer', ['config.schema.json']],
    ]);

    const tree = snapshotTree(ws);
    const check = await runAction({ mode: 'check', plugins: pluginsInput({ routes: true }) });
    expect(check.failed).toBeNull();
    expect(check.state.generation?.drift?.entries).toEqual([]);
    expect(snapshotTree(ws)).toEqual(tree);
  });

  it('check detects a source change in the fed file and in the ordinary output that depends on it, writing nothing', async () => {
    const plugins = pluginsInput({ routes: true });
    expect((await runAction({ mode: 'generate', plugins })).failed).toBeNull();
    fs.appendFileSync(
      path.join(ws, 'services/orders/src/main.py'),
      '\n\n@app.delete("/orders/{id}")\ndef cancel(id: str):\n    return None\n',
    );
    const tree = snapshotTree(ws);

    const check = await runAction({ mode: 'check', plugins });
    expect(check.failed).not.toBeNull();
    const drift = check.state.generation!.drift!;
    // The manifests record each file's sha256, so they change with it.
    expect(drift.entries.map((e) => [e.path, e.status]).sort()).toEqual([
      ['services/orders/.pacto-generated.json', 'changed'],
      ['services/orders/interfaces/openapi.yaml', 'changed'],
      ['services/orders/routes-output/.pacto-generated.json', 'changed'],
      ['services/orders/routes-output/ROUTES.md', 'changed'],
    ]);
    const patch = fs.readFileSync(drift.patchFile!, 'utf8');
    expect(patch).toContain('+++ b/services/orders/interfaces/openapi.yaml');
    expect(patch).toContain('+  "/orders/{id}":');
    expect(patch).toContain('+"/orders/{id}"');
    expect(snapshotTree(ws)).toEqual(tree);

    // Regenerate, then check passes.
    expect((await runAction({ mode: 'generate', plugins })).failed).toBeNull();
    expect(fs.readFileSync(path.join(ws, 'services/orders/routes-output/ROUTES.md'), 'utf8')).toContain('"/orders/{id}"');
    const again = await runAction({ mode: 'check', plugins });
    expect(again.failed).toBeNull();
  });

  it('a rebuilt plugin with byte-identical outputs is not drift: check passes with a notice, generate records the new sha256', async () => {
    const plugins = pluginsInput({ routes: true });
    expect((await runAction({ mode: 'generate', plugins })).failed).toBeNull();
    const manifestFile = path.join(ws, 'services/orders/.pacto-generated.json');
    const before = fs.readFileSync(manifestFile, 'utf8');
    fs.appendFileSync(path.join(ws, 'tools/pacto-plugin-schema-infer'), '// rebuilt\n');
    fs.appendFileSync(path.join(ws, 'tools/pacto-plugin-routes'), '// rebuilt\n');
    const tree = snapshotTree(ws);

    const check = await runAction({ mode: 'check', plugins });
    expect([check.failed, check.state.generation!.drift!.entries]).toEqual([null, []]);
    const notices = check.io.calls.filter((c) => c.kind === 'notice').map((c) => c.message);
    expect(notices.filter((n) => /executable of schema-infer for services\/(ledger|orders)\/pacto\.yaml changed/.test(n))).toHaveLength(2);
    expect(notices.filter((n) => /executable of routes for services\/orders\/pacto\.yaml changed/.test(n))).toHaveLength(1);
    expect(snapshotTree(ws)).toEqual(tree);

    // A real change still fails, whatever the identity.
    fs.writeFileSync(path.join(ws, 'services/orders/config.yaml'), 'port: 8080\n');
    expect((await runAction({ mode: 'check', plugins })).failed).not.toBeNull();
    fs.writeFileSync(path.join(ws, 'services/orders/config.yaml'), fs.readFileSync(path.join(FEEDING_REPO, 'services/orders/config.yaml')));

    expect((await runAction({ mode: 'generate', plugins })).failed).toBeNull();
    const after = fs.readFileSync(manifestFile, 'utf8');
    expect(after).not.toBe(before);
    expect(after.replace(/"pluginSha256": "[0-9a-f]+"/g, '')).toBe(before.replace(/"pluginSha256": "[0-9a-f]+"/g, ''));
  });

  it('an ordinary plugin writing into the bundle shares its manifest: check reports it once, and its patch brings the tree up to date', async () => {
    const plugins = `${feedingPlugins()}- name: routes\n  path: ${routesPlugin()}\n  output: '{bundle}'\n`;
    expect((await runAction({ mode: 'generate', plugins })).failed).toBeNull();
    const manifest = JSON.parse(fs.readFileSync(path.join(ws, 'services/orders/.pacto-generated.json'), 'utf8')) as {
      entries: { plugin: string }[];
    };
    expect(manifest.entries.map((e) => e.plugin)).toEqual(['openapi-infer', 'routes', 'schema-infer']);
    fs.appendFileSync(path.join(ws, 'services/orders/src/main.py'), '\n@app.get("/refunds")\ndef refunds():\n    return []\n');

    const check = await runAction({ mode: 'check', plugins });
    const drift = check.state.generation!.drift!;
    expect(drift.entries.map((e) => e.path).sort()).toEqual([
      'services/orders/.pacto-generated.json',
      'services/orders/ROUTES.md',
      'services/orders/interfaces/openapi.yaml',
    ]);
    const patch = fs.readFileSync(drift.patchFile!, 'utf8');
    expect(patch.split('+++ b/services/orders/.pacto-generated.json')).toHaveLength(2);
    execFileSync('git', ['apply', drift.patchFile!], { cwd: ws });
    expect((await runAction({ mode: 'check', plugins })).failed).toBeNull();
  });

  it('validates on the overlay in check mode: a contract invalid on disk is valid with the files it would get', async () => {
    const check = await runAction({ mode: 'check', plugins: pluginsInput() });
    expect(check.state.contracts.every((c) => c.valid)).toBe(true);
    expect(check.state.generation!.drift!.entries.map((e) => [e.path, e.status]).sort()).toEqual(
      [
        ['services/ledger/.pacto-generated.json', 'new'],
        ['services/ledger/config.schema.json', 'new'],
        ['services/ledger/interfaces/openapi.yaml', 'new'],
        ['services/orders/.pacto-generated.json', 'new'],
        ['services/orders/config.schema.json', 'new'],
        ['services/orders/interfaces/openapi.yaml', 'new'],
      ].sort() as string[][],
    );
    expect(fs.existsSync(path.join(ws, 'services/orders/config.schema.json'))).toBe(false);
  });

  it('reports FILE_NOT_FOUND when nothing produces the referenced file', async () => {
    const gen = await runAction({
      mode: 'generate',
      plugins: openapiInferPlugin(),
    });
    expect(gen.failed).not.toBeNull();
    const orders = gen.state.contracts.find((c) => c.bundle === 'services/orders')!;
    expect(orders.errors.map((e) => [e.code, e.path])).toEqual([['FILE_NOT_FOUND', 'configuration.schema']]);
    // The fed interface is there: it is no longer a finding.
    expect(fs.existsSync(path.join(ws, 'services/orders/interfaces/openapi.yaml'))).toBe(true);
  });

  it('a failing feeding plugin writes nothing for its bundle, the contract is validated on disk, and the step fails', async () => {
    fs.rmSync(path.join(ws, 'services/ledger/config.yaml'));
    const gen = await runAction({ mode: 'generate', plugins: pluginsInput() });
    expect(gen.failed).not.toBeNull();
    // schema-infer failed on ledger: openapi-infer's file for ledger is withheld too.
    expect(fs.existsSync(path.join(ws, 'services/ledger/interfaces/openapi.yaml'))).toBe(false);
    expect(fs.existsSync(path.join(ws, 'services/ledger/.pacto-generated.json'))).toBe(false);
    expect(fs.existsSync(path.join(ws, 'services/orders/interfaces/openapi.yaml'))).toBe(true);
    const ledger = gen.state.contracts.find((c) => c.bundle === 'services/ledger')!;
    expect(ledger.valid).toBe(false);
    const jobs = gen.state.generation!.jobs.filter((j) => j.contract === 'services/ledger/pacto.yaml');
    expect(jobs.map((j) => [j.plugin, j.status])).toEqual([
      ['openapi-infer', 'failed'],
      ['schema-infer', 'failed'],
    ]);
    expect(jobs[0].error).toMatch(/nothing written for the bundle services\/ledger, because plugin schema-infer failed on it/);
    expect(gen.log).toContain('failed to read file config.yaml');
  });

  it("openapi-infer's own failure (no framework it knows) reaches the log whole, and its bundle gets nothing", async () => {
    // The real plugin detects the framework from the bundle's dependency files; without them it
    // exits 1 with a two-line message.
    fs.rmSync(path.join(ws, 'services/orders/requirements.txt'));
    const gen = await runAction({ mode: 'generate', plugins: pluginsInput() });
    expect(gen.failed).not.toBeNull();
    const jobs = gen.state.generation!.jobs.filter((j) => j.contract === 'services/orders/pacto.yaml');
    expect(jobs.map((j) => [j.plugin, j.status])).toEqual([
      ['openapi-infer', 'failed'],
      ['schema-infer', 'failed'],
    ]);
    expect(gen.log).toContain('no supported framework detected');
    expect(gen.log).toContain('supported: fastapi, huma');
    expect(fs.existsSync(path.join(ws, 'services/orders/config.schema.json'))).toBe(false);
    expect(fs.existsSync(path.join(ws, 'services/ledger/interfaces/openapi.yaml'))).toBe(true);
  });

  it('with fail-fast, a failed feeding job stops the ordinary plugins before they start', async () => {
    fs.rmSync(path.join(ws, 'services/ledger/config.yaml'));
    const gen = await runAction({ mode: 'generate', 'fail-fast': 'true', plugins: pluginsInput({ routes: true }) });
    expect(gen.failed).not.toBeNull();
    const routes = gen.state.generation!.jobs.filter((j) => j.plugin === 'routes');
    expect(routes.map((j) => [j.contract, j.status])).toEqual([
      ['services/ledger/pacto.yaml', 'skipped'],
      ['services/orders/pacto.yaml', 'skipped'],
    ]);
    expect(fs.existsSync(path.join(ws, 'services/orders/routes-output'))).toBe(false);
  });

  it.each([
    ['pacto.yaml', /would overwrite the contract services\/orders\/pacto\.yaml/],
    ['.git/config', /not allowed|\.git/],
    ['../ledger/config.schema.json', /not allowed/],
  ])('refuses a feeding plugin returning %s: the step fails and the tree is untouched', async (returned, message) => {
    const evil = 'tools/pacto-plugin-evil';
    fs.writeFileSync(path.join(ws, evil), `#!/bin/sh\ncat >/dev/null\nprintf '%s' '{"files":[{"path":"${returned}","content":"x"}]}'\n`, {
      mode: 0o755,
    });
    fs.mkdirSync(path.join(ws, '.git'), { recursive: true });
    const tree = snapshotTree(ws);
    const gen = await runAction({
      mode: 'generate',
      contracts: 'services/orders/pacto.yaml',
      plugins: `- name: evil\n  path: ${evil}\n  feeds-contract: true\n`,
    });
    expect(gen.failed).not.toBeNull();
    expect(gen.state.generation!.jobs[0].error).toMatch(message);
    expect(snapshotTree(ws)).toEqual(tree);
  });

  it('without feeds-contract, writing a referenced file is refused and the message names the key', async () => {
    fs.mkdirSync(path.join(ws, 'services/orders/interfaces'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'services/orders/interfaces/openapi.yaml'), 'openapi: 3.0.3\n');
    fs.writeFileSync(path.join(ws, 'services/orders/config.schema.json'), '{}\n');
    const gen = await runAction({
      mode: 'generate',
      contracts: 'services/orders/pacto.yaml',
      plugins: `- name: openapi-infer\n  path: tools/pacto-plugin-openapi-infer\n  output: '{bundle}'\n`,
    });
    expect(gen.failed).not.toBeNull();
    expect(gen.state.generation!.jobs[0].error).toMatch(/a file referenced by services\/orders\/pacto\.yaml.*feeds-contract: true/);
    expect(fs.readFileSync(path.join(ws, 'services/orders/interfaces/openapi.yaml'), 'utf8')).toBe('openapi: 3.0.3\n');
  });

  it('refuses a feeding plugin whose output directory leaves its bundle', async () => {
    const gen = await runAction({
      mode: 'generate',
      plugins: `${feedingPlugins()}- name: readme\n  path: tools/pacto-plugin-schema-infer\n  feeds-contract: true\n  output: 'docs/{service}'\n  options:\n    file: config.yaml\n`,
    });
    expect(gen.failed).not.toBeNull();
    const bad = gen.state.generation!.jobs.filter((j) => j.plugin === 'readme');
    expect(bad.every((j) => j.status === 'failed' && /outside the bundle/.test(j.error ?? ''))).toBe(true);
  });
});
