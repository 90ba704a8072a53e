/**
 * Attacks where feeding plugins (`feeds-contract: true`) meet the write rules: symbolic links
 * inside a bundle, nested bundles, check mode's overlay copies. In-process run() with real
 * plugin processes.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { run } from '../../src/main.js';
import { FEEDING_REPO, feedingPlugins, installFeedingPlugins, openapiInferPlugin, snapshotTree } from '../helpers/feeding.js';

let root: string;
let ws: string;

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-feed-attack-')));
  ws = path.join(root, 'ws');
  fs.cpSync(FEEDING_REPO, ws, { recursive: true });
  installFeedingPlugins(path.join(ws, 'tools'));
  fs.mkdirSync(path.join(root, 'tmp'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

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

/** A plugin that returns `files` (path -> content) whatever it is asked. */
function fixedPlugin(name: string, files: Record<string, string>): string {
  const rel = `tools/pacto-plugin-${name}`;
  const body = JSON.stringify({ files: Object.entries(files).map(([p, content]) => ({ path: p, content })), message: name });
  fs.writeFileSync(
    path.join(ws, rel),
    `#!/usr/bin/env node\nprocess.stdin.resume();\nprocess.stdin.on('end', () => process.stdout.write(${JSON.stringify(body)}));\n`,
    { mode: 0o755 },
  );
  return rel;
}

/** A plugin whose output is `file` read from bundleDir (relative), as INPUT.md. */
function readingPlugin(name: string, file: string): string {
  const rel = `tools/pacto-plugin-${name}`;
  fs.writeFileSync(
    path.join(ws, rel),
    `#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const req = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const text = fs.readFileSync(path.join(req.bundleDir, ${JSON.stringify(file)}), 'utf8');
  process.stdout.write(JSON.stringify({ files: [{ path: 'INPUT.md', content: text }], message: 'read' }));
});
`,
    { mode: 0o755 },
  );
  return rel;
}

/** A plugin listing every file of bundleDir (as a bundle digest or archive would see them) in INPUT.md. */
function listingPlugin(name: string): string {
  const rel = `tools/pacto-plugin-${name}`;
  fs.writeFileSync(
    path.join(ws, rel),
    `#!/usr/bin/env node
import fs from 'node:fs';
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const req = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const names = fs.readdirSync(req.bundleDir, { recursive: true }).filter((n) => !n.includes('-output')).sort();
  process.stdout.write(JSON.stringify({ files: [{ path: 'INPUT.md', content: names.join('\\n') + '\\n' }], message: 'listed' }));
});
`,
    { mode: 0o755 },
  );
  return rel;
}

function ls(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

const ORDERS = 'services/orders/pacto.yaml';

describe('a feeding plugin and symbolic links inside its bundle', () => {
  it('cannot write into a nested bundle through a symlinked directory', async () => {
    const orders = path.join(ws, 'services/orders');
    fs.cpSync(path.join(ws, 'services/ledger'), path.join(orders, 'nested'), { recursive: true });
    fs.symlinkSync('nested', path.join(orders, 'alias'));
    const evil = fixedPlugin('evil', { 'alias/config.schema.json': '{"evil":true}\n' });
    const gen = await runAction({
      mode: 'generate',
      contracts: 'services/orders/**/pacto.yaml',
      plugins: `- name: evil\n  path: ${evil}\n  feeds-contract: true\n`,
    });
    expect(gen.failed).not.toBeNull();
    const job = gen.state.generation!.jobs.find((j) => j.contract === ORDERS)!;
    expect([job.status, job.error]).toEqual(['failed', expect.stringMatching(/another bundle, services\/orders\/nested/)]);
    expect(fs.existsSync(path.join(orders, 'nested/config.schema.json'))).toBe(false);
    expect(fs.existsSync(path.join(orders, '.pacto-generated.json'))).toBe(false);
  });

  it('cannot write into a nested bundle that no pattern matches', async () => {
    fs.cpSync(path.join(ws, 'services/ledger'), path.join(ws, 'services/orders/nested'), { recursive: true });
    const evil = fixedPlugin('evil', { 'nested/config.schema.json': '{"evil":true}\n' });
    const tree = snapshotTree(ws);
    const gen = await runAction({
      mode: 'generate',
      contracts: ORDERS,
      plugins: `- name: evil\n  path: ${evil}\n  feeds-contract: true\n`,
    });
    expect(gen.state.generation!.jobs[0].error).toMatch(/another bundle, services\/orders\/nested/);
    expect(snapshotTree(ws)).toEqual(tree);
  });

  it('cannot leave its bundle through an output directory that is a symlink to another bundle', async () => {
    fs.symlinkSync('../ledger', path.join(ws, 'services/orders/schemas'));
    const evil = fixedPlugin('evil', { 'config.schema.json': '{"evil":true}\n' });
    const gen = await runAction({
      mode: 'generate',
      contracts: ORDERS,
      plugins: `- name: evil\n  path: ${evil}\n  feeds-contract: true\n  output: '{bundle}/schemas'\n`,
    });
    expect(gen.state.generation!.jobs[0].error).toMatch(/outside the bundle services\/orders/);
    expect(fs.existsSync(path.join(ws, 'services/ledger/config.schema.json'))).toBe(false);
  });

  it('refuses two feeding plugins writing one file, and writes nothing for that bundle', async () => {
    const a = fixedPlugin('a', { 'config.schema.json': '{"a":true}\n' });
    const b = fixedPlugin('b', { 'config.schema.json': '{"b":true}\n' });
    const tree = snapshotTree(ws);
    const gen = await runAction({
      mode: 'generate',
      contracts: ORDERS,
      plugins: `- name: a\n  path: ${a}\n  feeds-contract: true\n- name: b\n  path: ${b}\n  feeds-contract: true\n`,
    });
    expect(gen.failed).not.toBeNull();
    expect(gen.state.generation!.jobs.map((j) => [j.plugin, j.status])).toEqual([
      ['a', 'failed'],
      ['b', 'failed'],
    ]);
    expect(gen.state.generation!.jobs[1].error).toMatch(/two jobs write the same file/);
    expect(snapshotTree(ws)).toEqual(tree);
  });

  it.each([
    ['a path through a file', 'src/main.py/x.json'],
    ['a path through a dangling symlink', 'gone/x.json'],
    ['another name of the file another feeding job writes', 'alias/openapi.yaml'],
    ['a directory', 'docs'],
  ])('writes nothing for the bundle when the write rules refuse one feeding job: %s', async (_what, bad) => {
    fs.symlinkSync('nowhere', path.join(ws, 'services/orders/gone'));
    fs.mkdirSync(path.join(ws, 'services/orders/interfaces'));
    fs.symlinkSync('interfaces', path.join(ws, 'services/orders/alias'));
    fs.mkdirSync(path.join(ws, 'services/orders/docs'));
    const evil = fixedPlugin('evil', { [bad]: '{}\n' });
    const tree = snapshotTree(ws);
    const gen = await runAction({
      mode: 'generate',
      contracts: ORDERS,
      plugins: `${feedingPlugins()}- name: evil\n  path: ${evil}\n  feeds-contract: true\n`,
    });
    expect(gen.failed).not.toBeNull();
    expect(gen.state.generation!.jobs.map((j) => [j.plugin, j.status])).toEqual([
      ['openapi-infer', 'failed'],
      ['schema-infer', 'failed'],
      ['evil', 'failed'],
    ]);
    expect(snapshotTree(ws)).toEqual(tree);
  });

  it('cannot write a pacto.yaml through a symlinked directory', async () => {
    fs.symlinkSync('.', path.join(ws, 'services/orders/self'));
    const evil = fixedPlugin('evil', { 'self/pacto.yaml': 'pactoVersion: "1.0"\n' });
    const tree = snapshotTree(ws);
    const gen = await runAction({
      mode: 'generate',
      contracts: ORDERS,
      plugins: `- name: evil\n  path: ${evil}\n  feeds-contract: true\n`,
    });
    expect(gen.failed).not.toBeNull();
    expect(gen.state.generation!.jobs[0].error).toMatch(/pacto\.yaml/);
    expect(snapshotTree(ws)).toEqual(tree);
  });

  it('replaces a manifest that is a symlink out of the workspace without writing through it', async () => {
    const outside = path.join(root, 'outside.json');
    fs.writeFileSync(outside, 'secret\n');
    fs.symlinkSync(outside, path.join(ws, 'services/orders/.pacto-generated.json'));
    for (const mode of ['check', 'generate']) await runAction({ mode, clean: 'true', contracts: ORDERS, plugins: feedingPlugins() });
    expect(fs.readFileSync(outside, 'utf8')).toBe('secret\n');
  });

  it('replaces a fed file that is a symlink out of the workspace without writing through it', async () => {
    const outside = path.join(root, 'outside.json');
    fs.writeFileSync(outside, 'secret\n');
    fs.symlinkSync(outside, path.join(ws, 'services/orders/config.schema.json'));
    for (const mode of ['check', 'generate']) await runAction({ mode, contracts: ORDERS, plugins: feedingPlugins() });
    expect(fs.readFileSync(outside, 'utf8')).toBe('secret\n');
    expect(ls(root)).toEqual(['outside.json', 'tmp', 'ws']);
    expect(fs.lstatSync(path.join(ws, 'services/orders/config.schema.json')).isFile()).toBe(true);
  });
});

describe('an ordinary plugin next to a feeding one', () => {
  it('cannot overwrite a fed file through a symlinked alias of its directory', async () => {
    const orders = path.join(ws, 'services/orders');
    fs.mkdirSync(path.join(orders, 'docs'));
    fs.symlinkSync('docs', path.join(orders, 'alias'));
    const feeder = fixedPlugin('notes', { 'docs/NOTES.md': 'fed\n' });
    const other = fixedPlugin('other', { 'alias/NOTES.md': 'ordinary\n' });
    const gen = await runAction({
      mode: 'generate',
      contracts: ORDERS,
      plugins: `${feedingPlugins()}- name: notes\n  path: ${feeder}\n  feeds-contract: true\n- name: other\n  path: ${other}\n  output: '{bundle}'\n`,
    });
    expect(gen.failed).not.toBeNull();
    const job = gen.state.generation!.jobs.find((j) => j.plugin === 'other')!;
    expect([job.status, job.error]).toEqual(['failed', expect.stringMatching(/written by a plugin with feeds-contract: true/)]);
    expect(fs.readFileSync(path.join(orders, 'docs/NOTES.md'), 'utf8')).toBe('fed\n');
  });
});

describe('check mode predicts exactly what generate writes', () => {
  /** Every file under `dir` (real relative path -> content). */
  function filesUnder(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const abs = path.join(dir, rel);
      // Once, under its real name (a symlinked directory is another name).
      if (fs.lstatSync(abs).isFile())
        out[path.relative(dir, fs.realpathSync(abs)).split(path.sep).join('/')] = fs.readFileSync(abs, 'utf8');
    }
    return out;
  }

  /**
   * Check, then generate: every file generate writes holds the bytes check expected, every file
   * it deletes check reported stale, and check then passes.
   */
  async function checkThenGenerate(plugins: string, inputs: Record<string, string> = {}): Promise<void> {
    const before = filesUnder(ws);
    const tree = snapshotTree(ws);
    const check = await runAction({ mode: 'check', contracts: ORDERS, plugins, ...inputs });
    expect(check.state.generation!.jobs.filter((j) => j.status !== 'ok').map((j) => [j.plugin, j.error])).toEqual([]);
    expect(snapshotTree(ws)).toEqual(tree);
    expect(ls(path.join(root, 'tmp')).filter((n) => n.startsWith('pacto-overlay-'))).toEqual([]);
    const drift = check.state.generation!.drift!;
    // Check names files as plugins return them; the tree holds them behind any symlinked directory (once they exist).
    const canon = (rel: string): string =>
      path
        .relative(ws, path.join(fs.realpathSync(path.dirname(path.join(ws, rel))), path.basename(rel)))
        .split(path.sep)
        .join('/');
    const predicted = drift.expectedRoot ? filesUnder(drift.expectedRoot) : {};
    const gen = await runAction({ mode: 'generate', contracts: ORDERS, plugins, ...inputs });
    expect(gen.failed).toBeNull();
    const expected = Object.fromEntries(Object.entries(predicted).map(([k, v]) => [canon(k), v]));
    const after = filesUnder(ws);
    const written = Object.keys(after).filter((k) => after[k] !== before[k]);
    expect(Object.fromEntries(written.map((k) => [k, after[k]]))).toEqual(Object.fromEntries(written.map((k) => [k, expected[k]])));
    const deleted = Object.keys(before).filter((k) => !(k in after));
    expect(deleted.sort()).toEqual(
      drift.entries
        .filter((e) => e.status === 'stale')
        .map((e) => canon(e.path))
        .sort(),
    );
    const again = await runAction({ mode: 'check', contracts: ORDERS, plugins, ...inputs });
    expect([again.failed, again.state.generation!.drift!.entries]).toEqual([null, []]);
  }

  it('when an ordinary plugin reads a file the bundle links from elsewhere in the workspace', async () => {
    fs.mkdirSync(path.join(ws, 'shared'));
    fs.writeFileSync(path.join(ws, 'shared/LICENSE'), 'MIT\n');
    fs.symlinkSync('../../shared', path.join(ws, 'services/orders/shared'));
    await checkThenGenerate(`${feedingPlugins()}- name: lic\n  path: ${readingPlugin('lic', 'shared/LICENSE')}\n`);
  });

  it('when an ordinary plugin lists the bundle, fed files and their manifest included', async () => {
    await checkThenGenerate(`${feedingPlugins()}- name: list\n  path: ${listingPlugin('list')}\n`);
  });

  it('when the contract names a fed file through a symlinked directory', async () => {
    const orders = path.join(ws, 'services/orders');
    const contract = fs.readFileSync(path.join(orders, 'pacto.yaml'), 'utf8');
    fs.writeFileSync(path.join(orders, 'pacto.yaml'), contract.replace('contract: interfaces/openapi.yaml', 'contract: api/openapi.yaml'));
    fs.mkdirSync(path.join(orders, 'interfaces'));
    fs.symlinkSync('interfaces', path.join(orders, 'api'));
    const check = await runAction({ mode: 'check', contracts: ORDERS, plugins: feedingPlugins() });
    expect(check.state.contracts.map((c) => c.errors.map((e) => e.code))).toEqual([[]]);
    const gen = await runAction({ mode: 'generate', contracts: ORDERS, plugins: feedingPlugins() });
    expect(gen.state.contracts.map((c) => c.errors.map((e) => e.code))).toEqual([[]]);
  });

  it('when clean would delete a file a feeding plugin no longer writes', async () => {
    const notes = (files: Record<string, string>): string =>
      `- name: notes\n  path: ${fixedPlugin('notes', files)}\n  feeds-contract: true\n`;
    const list = `- name: list\n  path: ${listingPlugin('list')}\n`;
    expect(
      (
        await runAction({
          mode: 'generate',
          contracts: ORDERS,
          plugins: `${feedingPlugins()}${notes({ 'notes/a.md': 'a\n', 'notes/b.md': 'b\n' })}${list}`,
        })
      ).failed,
    ).toBeNull();
    await checkThenGenerate(`${feedingPlugins()}${notes({ 'notes/a.md': 'a\n' })}${list}`, { clean: 'true' });
    expect(fs.existsSync(path.join(ws, 'services/orders/notes/b.md'))).toBe(false);
  });

  it('validates without a referenced file that clean would delete', async () => {
    const openapi = openapiInferPlugin();
    const cfg = (files: Record<string, string>): string =>
      `${openapi}- name: cfg\n  path: ${fixedPlugin('cfg', files)}\n  feeds-contract: true\n`;
    expect(
      (await runAction({ mode: 'generate', contracts: ORDERS, plugins: cfg({ 'config.schema.json': '{"type":"object"}\n' }) })).failed,
    ).toBeNull();
    const plugins = cfg({});
    const codes = (r: Awaited<ReturnType<typeof runAction>>) => r.state.contracts.map((c) => c.errors.map((e) => [e.code, e.path]));
    const check = await runAction({ mode: 'check', clean: 'true', contracts: ORDERS, plugins });
    expect(codes(check)).toEqual([[['FILE_NOT_FOUND', 'configuration.schema']]]);
    const gen = await runAction({ mode: 'generate', clean: 'true', contracts: ORDERS, plugins });
    expect(codes(gen)).toEqual(codes(check));
  });

  it('when the fed file sits behind a symlinked directory inside the bundle', async () => {
    const orders = path.join(ws, 'services/orders');
    fs.mkdirSync(path.join(orders, 'api'));
    fs.symlinkSync('api', path.join(orders, 'interfaces'));
    await checkThenGenerate(`${feedingPlugins()}- name: spec\n  path: ${readingPlugin('spec', 'api/openapi.yaml')}\n`);
  });
});

describe('a committed manifest in a fed bundle is data', () => {
  const sha = (b: Buffer | string): string => crypto.createHash('sha256').update(b).digest('hex');
  const OPENAPI_ONLY = openapiInferPlugin();

  /** A manifest crediting orders' openapi-infer with `files` (bundle-relative), each with its current sha256. */
  function forge(files: string[]): void {
    const orders = path.join(ws, 'services/orders');
    const list = files.map((f) => ({ path: f, sha256: sha(fs.readFileSync(path.join(orders, f))) }));
    const doc = {
      entries: [{ contract: ORDERS, files: list, plugin: 'openapi-infer', pluginSha256: '' }],
      generatedBy: 'pacto-generate-action',
      manifestVersion: 1,
    };
    fs.writeFileSync(path.join(orders, '.pacto-generated.json'), `${JSON.stringify(doc, null, 2)}\n`);
  }

  it.each([['nested/config.schema.json'], ['nested/src/routes.go']])(
    'cannot make clean delete %s of a nested bundle by crediting it to a feeding plugin',
    async (victim) => {
      const nested = path.join(ws, 'services/orders/nested');
      fs.cpSync(path.join(ws, 'services/ledger'), nested, { recursive: true });
      fs.mkdirSync(path.join(nested, 'interfaces'));
      fs.writeFileSync(path.join(nested, 'interfaces/openapi.yaml'), 'openapi: 3.0.3\n');
      fs.writeFileSync(path.join(nested, 'config.schema.json'), '{"type":"object"}\n');
      const bytes = fs.readFileSync(path.join(ws, 'services/orders', victim));
      forge([victim]);
      const gen = await runAction({ mode: 'generate', clean: 'true', contracts: 'services/orders/**/pacto.yaml', plugins: OPENAPI_ONLY });
      expect(fs.readFileSync(path.join(ws, 'services/orders', victim))).toEqual(bytes);
      expect(gen.log).toMatch(/manifest services\/orders\/\.pacto-generated\.json was ignored/);
    },
  );
});

describe("each stage keeps the other stage's manifests", () => {
  it("a feeding plugin cannot write the manifest of an ordinary plugin's output directory", async () => {
    const evil = fixedPlugin('evil', {
      'routes-output/.pacto-generated.json': '{"entries":[],"generatedBy":"pacto-generate-action","manifestVersion":1}\n',
    });
    const other = fixedPlugin('routes', { 'ROUTES.md': 'routes\n' });
    const gen = await runAction({
      mode: 'generate',
      contracts: ORDERS,
      plugins: `- name: evil\n  path: ${evil}\n  feeds-contract: true\n- name: routes\n  path: ${other}\n`,
    });
    const job = gen.state.generation!.jobs.find((j) => j.plugin === 'evil')!;
    expect([job.status, job.error]).toEqual(['failed', expect.stringMatching(/\.pacto-generated\.json/)]);
  });

  it('an ordinary plugin cannot write the manifest the feeding stage keeps in a bundle', async () => {
    const evil = fixedPlugin('evil', {
      'orders/.pacto-generated.json': '{"entries":[],"generatedBy":"pacto-generate-action","manifestVersion":1}\n',
    });
    const gen = await runAction({
      mode: 'generate',
      contracts: ORDERS,
      plugins: `${feedingPlugins()}- name: evil\n  path: ${evil}\n  output: services\n`,
    });
    const job = gen.state.generation!.jobs.find((j) => j.plugin === 'evil')!;
    expect([job.status, job.error]).toEqual(['failed', expect.stringMatching(/\.pacto-generated\.json/)]);
    const manifest = JSON.parse(fs.readFileSync(path.join(ws, 'services/orders/.pacto-generated.json'), 'utf8')) as {
      entries: { plugin: string }[];
    };
    expect(manifest.entries.map((e) => e.plugin)).toEqual(['openapi-infer', 'schema-infer']);
  });
});

describe('recovery and the feeding stage', () => {
  it('a withheld bundle is validated as the tree stands after recovery, not before it', async () => {
    const orders = path.join(ws, 'services/orders');
    fs.mkdirSync(path.join(orders, 'interfaces'));
    fs.writeFileSync(path.join(orders, 'interfaces/openapi.yaml'), 'openapi: 3.0.3\n');
    const schema = '{"type":"object"}\n';
    fs.writeFileSync(path.join(orders, 'config.schema.json'), schema);
    fs.rmSync(path.join(orders, 'config.yaml')); // schema-infer fails on orders: its feeding outputs are withheld
    // What a run killed after creating config.schema.json, before its next file, leaves: a journal that rolls it back.
    const work = path.join(root, 'tmp', 'pacto-staging', '.pacto-work-dead');
    fs.mkdirSync(work, { recursive: true });
    const step = {
      kind: 'put',
      target: path.join(orders, 'config.schema.json'),
      backup: path.join(work, '0-b0'),
      sha256: crypto.createHash('sha256').update(schema).digest('hex'),
      existed: false,
      made: [],
    };
    const unmade = {
      ...step,
      target: path.join(orders, 'notes.txt'),
      backup: path.join(work, '0-b1'),
      sha256: crypto.createHash('sha256').update('never').digest('hex'),
    };
    fs.writeFileSync(path.join(work, '0-journal.json'), JSON.stringify({ journalVersion: 1, root: ws, steps: [step, unmade] }));
    const gen = await runAction({
      mode: 'generate',
      contracts: ORDERS,
      plugins: `${feedingPlugins()}- name: routes\n  path: ${fixedPlugin('routes', { 'ROUTES.md': 'x\n' })}\n`,
    });
    expect(gen.log).toContain('Recovered from an interrupted run: rolled back');
    expect(fs.existsSync(path.join(orders, 'config.schema.json'))).toBe(false);
    expect(gen.state.contracts[0].errors.map((e) => [e.code, e.path])).toEqual([['FILE_NOT_FOUND', 'configuration.schema']]);
    expect(gen.state.generation!.jobs.find((j) => j.plugin === 'routes')!.status).toBe('skipped');
  });
});
