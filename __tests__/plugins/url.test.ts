import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { failureText, resolvePlugins } from '../../src/plugins/resolve.js';
import { tarGz, zip } from '../helpers/archives.js';
import { bytes, failing, redirect, startServer, status, type TestServer } from '../helpers/http-server.js';
import { allLogText, makeSandbox, pluginScript, runPlugin, sha256, specs, type Sandbox } from './sandbox.js';

let server: TestServer;
let sb: Sandbox;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  sb = makeSandbox();
  server.requests.length = 0;
});
afterEach(() => sb.cleanup());

const RAW = pluginScript('raw k8s');
const TGZ = tarGz([
  { name: 'k8s-2.0.1/', type: 'dir' },
  { name: 'k8s-2.0.1/README.md', content: 'read me' },
  { name: 'k8s-2.0.1/pacto-plugin-k8s', content: pluginScript('tgz k8s'), mode: 0o755 },
]);
const ZIP = zip([
  { name: 'dist/', type: 'dir' },
  { name: 'dist/LICENSE', content: 'MIT' },
  // No executable bit in the archive: the resolver sets it after verification.
  { name: 'dist/pacto-plugin-k8s', content: pluginScript('zip k8s'), mode: 0o644 },
]);

function downloads(): string[] {
  return server.requests.map((r) => r.path);
}

describe('url', () => {
  it('downloads a raw binary from a template URL, verifies it, caches it and reuses the cache', async () => {
    server.route('/k8s/2.0.1/pacto-plugin-k8s_linux_amd64', bytes(RAW));
    const text = `- name: k8s\n  url: ${server.url}/{name}/{version}/pacto-plugin-{name}_{os}_{arch}{ext}\n  version: 2.0.1\n  sha256: ${sha256(RAW)}`;
    const ctx = sb.ctx({ platform: 'linux', arch: 'x64' });
    const first = await resolvePlugins(specs(text), ctx);
    expect(first.failures).toEqual([]);
    const p = first.plugins[0];
    expect(p).toMatchObject({
      name: 'k8s',
      version: '2.0.1',
      source: `url ${server.url}/k8s/2.0.1/pacto-plugin-k8s_linux_amd64`,
      cached: false,
      sha256: sha256(RAW),
    });
    expect(p.path.startsWith(path.join(sb.toolCache, 'pacto-plugin-k8s-'))).toBe(true);
    expect(p.path).toMatch(/pacto-plugin-k8s-[0-9a-f]{8}\/2\.0\.1\/amd64\/pacto-plugin-k8s$/);
    expect(runPlugin(p.path)).toBe('raw k8s');
    expect(downloads()).toEqual(['/k8s/2.0.1/pacto-plugin-k8s_linux_amd64']);

    const second = await resolvePlugins(specs(text), ctx);
    expect(second.plugins[0]).toMatchObject({ path: p.path, cached: true, sha256: p.sha256 });
    expect(downloads()).toHaveLength(1);
    expect(sb.io.calls.filter((c) => c.kind === 'group').map((c) => c.message)).toEqual([
      `Plugin k8s: url ${server.url}/k8s/2.0.1/pacto-plugin-k8s_linux_amd64`,
      `Plugin k8s: url ${server.url}/k8s/2.0.1/pacto-plugin-k8s_linux_amd64 (cached)`,
    ]);
    expect([...first.warnings, ...second.warnings]).toEqual([]);
    // Nothing is added to PATH for later steps, and scratch files are gone.
    expect(sb.io.calls.some((c) => /PATH/.test(c.message) && c.kind === 'output')).toBe(false);
    expect(fs.readdirSync(sb.runnerTemp)).toEqual([]);
  });

  it("extracts a .tar.gz and finds the plugin in a subdirectory; the sha256 reported is the executable's", async () => {
    server.route('/dl/k8s.tar.gz', bytes(TGZ));
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/dl/k8s.tar.gz\n  sha256: ${sha256(TGZ)}`), sb.ctx());
    expect(r.failures).toEqual([]);
    expect(r.plugins[0].version).toBeNull();
    expect(r.plugins[0].sha256).toBe(sha256(pluginScript('tgz k8s')));
    expect(path.basename(path.dirname(r.plugins[0].path))).toBe('k8s-2.0.1');
    expect(runPlugin(r.plugins[0].path)).toBe('tgz k8s');
    expect(r.plugins[0].path).toContain(`${path.sep}0.0.0${path.sep}`);
  });

  it('extracts a .zip (built in JS, no executable bit) and makes the plugin executable', async () => {
    server.route('/dl/k8s.zip', bytes(ZIP));
    const r = await resolvePlugins(
      specs(`- name: k8s\n  url: ${server.url}/dl/k8s.zip\n  version: 1.0.0\n  sha256: ${sha256(ZIP)}`),
      sb.ctx(),
    );
    expect(r.failures).toEqual([]);
    expect(runPlugin(r.plugins[0].path)).toBe('zip k8s');
    expect(fs.existsSync(path.join(path.dirname(r.plugins[0].path), 'LICENSE'))).toBe(true);
  });

  it('recognises an archive by its magic bytes when the URL has no suffix', async () => {
    server.route('/download', bytes(TGZ));
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/download\n  sha256: ${sha256(TGZ)}`), sb.ctx());
    expect(runPlugin(r.plugins[0].path)).toBe('tgz k8s');
  });

  it('follows redirects', async () => {
    server.route('/latest-link', redirect(`${server.otherHostUrl}/blob/k8s`));
    server.route('/blob/k8s', bytes(RAW));
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/latest-link\n  sha256: ${sha256(RAW)}`), sb.ctx());
    expect(r.failures).toEqual([]);
    expect(server.requests.map((q) => `${q.headers.host}${q.path}`)).toEqual([
      `127.0.0.1:${server.port}/latest-link`,
      `localhost:${server.port}/blob/k8s`,
    ]);
  });

  it('refuses a plain-http redirect from loopback to another host, before connecting to it', async () => {
    server.route('/hop', redirect(`http://pacto.example.invalid:${server.port}/blob/k8s?X-Amz-Signature=secret123`));
    server.route('/blob/k8s', bytes(RAW));
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/hop\n  sha256: ${sha256(RAW)}`), sb.ctx());
    expect(r.plugins).toEqual([]);
    expect(failureText(r.failures[0])).toBe(
      `plugin "k8s" (url ${server.url}/hop): download of ${server.url}/hop failed: refused the redirect to ` +
        `http://pacto.example.invalid:${server.port}/blob/k8s?…: plain http:// is allowed only on loopback (127.0.0.1, localhost, [::1])`,
    );
    // Refused outright, not retried, and the signature in the redirect is shown nowhere.
    expect(downloads()).toEqual(['/hop']);
    expect(allLogText(sb.io) + JSON.stringify(r)).not.toContain('secret123');
  });

  it('follows a plain-http redirect that stays on loopback (127.0.0.1 to localhost)', async () => {
    server.route('/hop', redirect(`${server.otherHostUrl}/hop2`, 301));
    server.route('/hop2', redirect(`/blob/k8s`, 307));
    server.route('/blob/k8s', bytes(RAW));
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/hop\n  sha256: ${sha256(RAW)}`), sb.ctx());
    expect(r.failures).toEqual([]);
    expect(server.requests.map((q) => `${q.headers.host}${q.path}`)).toEqual([
      `127.0.0.1:${server.port}/hop`,
      `localhost:${server.port}/hop2`,
      `localhost:${server.port}/blob/k8s`,
    ]);
  });

  it('rejects a checksum mismatch before extracting or running anything, with both hashes', async () => {
    server.route('/dl/k8s.tar.gz', bytes(TGZ));
    const wrong = 'f'.repeat(64);
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/dl/k8s.tar.gz\n  sha256: ${wrong}`), sb.ctx());
    expect(r.plugins).toEqual([]);
    expect(r.failures).toEqual([
      {
        name: 'k8s',
        source: `url ${server.url}/dl/k8s.tar.gz`,
        message: `checksum mismatch for ${server.url}/dl/k8s.tar.gz: expected ${wrong} (sha256), got ${sha256(TGZ)}; nothing was extracted or run`,
      },
    ]);
    expect(fs.readdirSync(sb.runnerTemp)).toEqual([]);
    expect(fs.readdirSync(sb.toolCache)).toEqual([]);
  });

  it('warns about an unverified download, suggests the pin, and does not cache it when unversioned', async () => {
    server.route('/dl/raw', bytes(RAW));
    const text = `- name: k8s\n  url: ${server.url}/dl/raw`;
    const first = await resolvePlugins(specs(text), sb.ctx());
    expect(first.failures).toEqual([]);
    expect(first.plugins[0].cached).toBe(false);
    expect(runPlugin(first.plugins[0].path)).toBe('raw k8s');
    expect(first.warnings.map((w) => w.message)).toEqual([
      `plugin "k8s": the download of ${server.url}/dl/raw is unverified (no sha256 and no checksums file). Pin it with sha256: ${sha256(RAW)}`,
    ]);
    expect(fs.readdirSync(sb.toolCache)).toEqual([]);
    const second = await resolvePlugins(specs(text), sb.ctx());
    expect(second.plugins[0].cached).toBe(false);
    expect(downloads()).toEqual(['/dl/raw', '/dl/raw']);
  });

  it('caches an unverified download that has a version', async () => {
    server.route('/dl/raw', bytes(RAW));
    const text = `- name: k8s\n  url: ${server.url}/dl/raw\n  version: 3.1.0`;
    await resolvePlugins(specs(text), sb.ctx());
    const second = await resolvePlugins(specs(text), sb.ctx());
    expect(second.plugins[0]).toMatchObject({ cached: true, version: '3.1.0' });
    expect(downloads()).toEqual(['/dl/raw']);
  });

  it('keeps different URLs and checksums apart in the cache', async () => {
    server.route('/a', bytes(RAW));
    server.route('/b', bytes(pluginScript('b')));
    const a = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/a\n  version: 1.0.0`), sb.ctx());
    const b = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/b\n  version: 1.0.0`), sb.ctx());
    expect(b.plugins[0].cached).toBe(false);
    expect(runPlugin(a.plugins[0].path)).toBe('raw k8s');
    expect(runPlugin(b.plugins[0].path)).toBe('b');
  });

  it('reports a 404 with its URL and status, without retrying', async () => {
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/missing/pacto-plugin-k8s`), sb.ctx());
    expect(failureText(r.failures[0])).toBe(
      `plugin "k8s" (url ${server.url}/missing/pacto-plugin-k8s): download of ${server.url}/missing/pacto-plugin-k8s failed: HTTP 404`,
    );
    expect(downloads()).toEqual(['/missing/pacto-plugin-k8s']);
  });

  it('retries a 500 and succeeds (retry waits shortened, no sleeping)', async () => {
    server.route('/flaky', failing(1, 500, bytes(RAW)));
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/flaky\n  sha256: ${sha256(RAW)}`), sb.ctx());
    expect(r.failures).toEqual([]);
    expect(downloads()).toEqual(['/flaky', '/flaky']);
  });

  it('gives up on a persistent 500 after 3 attempts', async () => {
    server.route('/down', status(500));
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/down`), sb.ctx());
    expect(failureText(r.failures[0])).toBe(
      `plugin "k8s" (url ${server.url}/down): download of ${server.url}/down failed: HTTP 500 (after 3 attempts)`,
    );
    expect(downloads()).toHaveLength(3);
  });

  it('lists what an archive holds when the plugin is not in it', async () => {
    const other = tarGz([
      { name: 'bin/', type: 'dir' },
      { name: 'bin/pacto-plugin-other', content: 'x', mode: 0o755 },
      { name: 'NOTES', content: 'n' },
    ]);
    server.route('/other.tgz', bytes(other));
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/other.tgz\n  sha256: ${sha256(other)}`), sb.ctx());
    expect(failureText(r.failures[0])).toBe(
      `plugin "k8s" (url ${server.url}/other.tgz): no pacto-plugin-k8s in the archive; it holds: NOTES, bin/, bin/pacto-plugin-other`,
    );
    expect(fs.readdirSync(sb.toolCache)).toEqual([]);
  });

  it('fails on an unsupported platform when the URL needs {os} or {arch}', async () => {
    const r = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/{os}/{arch}/x`), sb.ctx({ platform: 'freebsd', arch: 'x64' }));
    expect(failureText(r.failures[0])).toBe(
      `plugin "k8s" (url ${server.url}/{os}/{arch}/x): unsupported platform freebsd/x64: plugins are downloaded for linux, darwin and windows on x64 (amd64) and arm64`,
    );
    const arm = await resolvePlugins(specs(`- name: k8s\n  url: ${server.url}/{os}/{arch}/x`), sb.ctx({ platform: 'linux', arch: 'ia32' }));
    expect(failureText(arm.failures[0])).toContain('unsupported platform linux/ia32');
    expect(downloads()).toEqual([]);
  });

  it('maps Windows and arm64 in templates and names the executable .exe', async () => {
    server.route('/pacto-plugin-k8s_windows_arm64.exe', bytes(RAW));
    const r = await resolvePlugins(
      specs(`- name: k8s\n  url: ${server.url}/pacto-plugin-{name}_{os}_{arch}{ext}\n  sha256: ${sha256(RAW)}`),
      sb.ctx({ platform: 'win32', arch: 'arm64' }),
    );
    expect(r.failures).toEqual([]);
    expect(path.basename(r.plugins[0].path)).toBe('pacto-plugin-k8s.exe');
    expect(r.plugins[0].path).toContain(`${path.sep}arm64${path.sep}`);
  });
});

describe('a damaged cache entry', () => {
  it('is replaced by a fresh download', async () => {
    server.route('/dl/raw', bytes(RAW));
    const text = `- name: k8s\n  url: ${server.url}/dl/raw\n  version: 1.2.3`;
    const first = await resolvePlugins(specs(text), sb.ctx());
    fs.rmSync(first.plugins[0].path);
    const second = await resolvePlugins(specs(text), sb.ctx());
    expect(second.failures).toEqual([]);
    expect(second.plugins[0]).toMatchObject({ path: first.plugins[0].path, cached: false });
    expect(runPlugin(second.plugins[0].path)).toBe('raw k8s');
    expect(downloads()).toEqual(['/dl/raw', '/dl/raw']);
  });
});
