import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { failureText, resolvePlugins } from '../../src/plugins/resolve.js';
import { npmCommand } from '../../src/plugins/sources/npm.js';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { allLogText, makeSandbox, runPlugin, sha256, specs, type Sandbox } from './sandbox.js';

const NODE_DIR = path.dirname(process.execPath);
let packRoot: string;
let tgz: string;
let noBinTgz: string;
let server: TestServer;
let sb: Sandbox;
const REGISTRY_TOKEN = 'npm_REGISTRYsecret987';

/** Packs a package with the real npm (offline), returning the .tgz path. */
function pack(dir: string, manifest: Record<string, unknown>, files: Record<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content, { mode: 0o644 });
  }
  const npm = npmCommand(process.env);
  const r = spawnSync(npm.file, [...npm.args, 'pack', '--pack-destination', packRoot, '--json'], {
    cwd: dir,
    env: {
      PATH: `${NODE_DIR}:/usr/bin:/bin`,
      HOME: packRoot,
      npm_config_cache: path.join(packRoot, 'npm-cache'),
      npm_config_update_notifier: 'false',
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const [{ filename }] = JSON.parse(r.stdout) as [{ filename: string }];
  return path.join(packRoot, filename);
}

const PLUGIN_JS = `#!/usr/bin/env node
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', () => process.stdout.write(JSON.stringify({ files: [], message: 'openapi from npm' })));
`;

beforeAll(async () => {
  packRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-npm-pack-')));
  const manifest = {
    name: '@acme/pacto-plugin-openapi',
    version: '3.2.0',
    bin: { 'pacto-plugin-openapi': 'bin/plugin.js', 'openapi-lint': 'bin/lint.js' },
    scripts: { postinstall: "node -e \"require('fs').writeFileSync(process.env.PACTO_TEST_MARKER, 'ran')\"" },
  };
  tgz = pack(path.join(packRoot, 'openapi'), manifest, { 'bin/plugin.js': PLUGIN_JS, 'bin/lint.js': '#!/usr/bin/env node\n' });
  noBinTgz = pack(
    path.join(packRoot, 'nobin'),
    { name: 'just-a-lib', version: '1.0.0', bin: { 'some-tool': 'cli.js' } },
    { 'cli.js': '#!/usr/bin/env node\n' },
  );

  // A minimal registry serving the scoped package, reachable only through the repository's .npmrc.
  server = await startServer();
  const body = fs.readFileSync(tgz);
  const tarball = `${server.url}/@acme/pacto-plugin-openapi/-/pacto-plugin-openapi-3.2.0.tgz`;
  const packument = JSON.stringify({
    name: manifest.name,
    'dist-tags': { latest: '3.2.0' },
    versions: {
      '3.2.0': {
        ...manifest,
        dist: {
          tarball,
          integrity: `sha512-${crypto.createHash('sha512').update(body).digest('base64')}`,
          shasum: crypto.createHash('sha1').update(body).digest('hex'),
        },
      },
    },
  });
  const authorized = (auth: string | undefined): boolean => auth === `Bearer ${REGISTRY_TOKEN}`;
  for (const p of ['/@acme%2fpacto-plugin-openapi', '/@acme%2Fpacto-plugin-openapi', '/@acme/pacto-plugin-openapi']) {
    server.route(p, (req, res) => {
      if (!authorized(req.headers.authorization)) return void res.writeHead(401).end('{}');
      res.writeHead(200, { 'content-type': 'application/json' }).end(packument);
    });
  }
  server.route('/@acme/pacto-plugin-openapi/-/pacto-plugin-openapi-3.2.0.tgz', (req, res) => {
    if (!authorized(req.headers.authorization)) return void res.writeHead(401).end('{}');
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
  });
}, 120000);
afterAll(async () => {
  await server.close();
  fs.rmSync(packRoot, { recursive: true, force: true });
});
beforeEach(() => {
  sb = makeSandbox();
  server.requests.length = 0;
});
afterEach(() => sb.cleanup());

/** npm isolated from this machine: own cache and home, and any registry it might reach is dead. */
function npmEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: '/usr/bin:/bin',
    npm_config_cache: path.join(sb.root, 'npm-cache'),
    npm_config_registry: 'http://127.0.0.1:1/',
    npm_config_fetch_retries: '0',
    PACTO_TEST_MARKER: path.join(sb.root, 'postinstall-ran'),
    ...extra,
  };
}

describe('npm', () => {
  it('installs a local .tgz without scripts, uses its bin, and reuses the tool cache', async () => {
    fs.mkdirSync(path.join(sb.workspace, 'vendor'));
    fs.copyFileSync(tgz, path.join(sb.workspace, 'vendor', 'openapi.tgz'));
    const text = '- name: openapi\n  npm: vendor/openapi.tgz';
    const first = await resolvePlugins(specs(text), sb.ctx({}, npmEnv()));
    expect(first.failures).toEqual([]);
    const p = first.plugins[0];
    expect(p).toMatchObject({ name: 'openapi', version: '3.2.0', source: 'npm vendor/openapi.tgz', cached: false, extraPath: [NODE_DIR] });
    // Cached under the installed package's version, as the README says.
    expect(p.path).toMatch(
      /pacto-plugin-openapi-[0-9a-f]{8}\/3\.2\.0\/(amd64|arm64)\/node_modules\/@acme\/pacto-plugin-openapi\/bin\/plugin\.js$/,
    );
    expect(p.sha256).toBe(sha256(PLUGIN_JS));
    expect(runPlugin(p.path, p.extraPath)).toBe('openapi from npm');
    expect(fs.existsSync(path.join(sb.root, 'postinstall-ran'))).toBe(false);
    expect(fs.readdirSync(sb.runnerTemp)).toEqual([]);

    const second = await resolvePlugins(specs(text), sb.ctx({}, npmEnv()));
    expect(second.plugins[0]).toMatchObject({ cached: true, path: p.path, version: '3.2.0' });
  });

  it('runs install scripts only with scripts: true', async () => {
    const r = await resolvePlugins(specs(`- name: openapi\n  npm: ${tgz}\n  scripts: true`), sb.ctx({}, npmEnv()));
    expect(r.failures).toEqual([]);
    expect(fs.readFileSync(path.join(sb.root, 'postinstall-ran'), 'utf8')).toBe('ran');
  });

  it('installs an exact version from the registry named in the repository .npmrc, with its auth', async () => {
    fs.writeFileSync(
      path.join(sb.workspace, '.npmrc'),
      `registry=${server.url}/\n//127.0.0.1:${server.port}/:_authToken=\${NPM_FAKE_TOKEN}\n`,
    );
    const env = npmEnv({ NPM_FAKE_TOKEN: REGISTRY_TOKEN });
    delete (env as Record<string, string | undefined>).npm_config_registry;
    const text = '- name: openapi\n  npm: "@acme/pacto-plugin-openapi@3.2.0"';
    const r = await resolvePlugins(specs(text), sb.ctx({}, env));
    expect(r.failures).toEqual([]);
    expect(r.plugins[0]).toMatchObject({ version: '3.2.0', source: 'npm @acme/pacto-plugin-openapi@3.2.0' });
    expect(runPlugin(r.plugins[0].path, r.plugins[0].extraPath)).toBe('openapi from npm');
    expect(server.requests.map((q) => q.path)).toContain('/@acme/pacto-plugin-openapi/-/pacto-plugin-openapi-3.2.0.tgz');
    // The copied .npmrc does not end up in the tool cache.
    const cacheRoot = r.plugins[0].path.split(`${path.sep}node_modules${path.sep}`)[0];
    expect(fs.existsSync(path.join(cacheRoot, '.npmrc'))).toBe(false);
    expect(JSON.stringify(r) + allLogText(sb.io)).not.toContain(REGISTRY_TOKEN);

    server.requests.length = 0;
    const again = await resolvePlugins(specs(text), sb.ctx({}, env));
    expect(again.plugins[0].cached).toBe(true);
    expect(server.requests).toEqual([]);
  });

  it("fails with npm's own words when the install fails", async () => {
    const r = await resolvePlugins(specs('- name: openapi\n  npm: "@acme/pacto-plugin-openapi@9.9.9"'), sb.ctx({}, npmEnv()));
    expect(failureText(r.failures[0])).toMatch(
      /^plugin "openapi" \(npm @acme\/pacto-plugin-openapi@9.9.9\): npm install exited with code \d+: [\s\S]*npm error/,
    );
  });

  it('names the bins a package has when pacto-plugin-<name> is not one of them', async () => {
    const r = await resolvePlugins(specs(`- name: openapi\n  npm: ${noBinTgz}`), sb.ctx({}, npmEnv()));
    expect(failureText(r.failures[0])).toBe(
      `plugin "openapi" (npm ${noBinTgz}): no installed package has a bin named pacto-plugin-openapi; found: just-a-lib (some-tool)`,
    );
  });

  it('reports a missing .tgz and refuses Windows', async () => {
    const missing = await resolvePlugins(specs('- name: openapi\n  npm: vendor/nope.tgz'), sb.ctx({}, npmEnv()));
    expect(failureText(missing.failures[0])).toBe(
      `plugin "openapi" (npm vendor/nope.tgz): vendor/nope.tgz does not exist (looked for ${path.join(sb.workspace, 'vendor', 'nope.tgz')})`,
    );
    const win = await resolvePlugins(specs(`- name: openapi\n  npm: ${tgz}`), sb.ctx({ platform: 'win32', arch: 'x64' }, npmEnv()));
    expect(failureText(win.failures[0])).toContain('npm plugins are not supported on Windows');
  });
});
