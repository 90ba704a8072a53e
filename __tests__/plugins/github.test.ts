import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { failureText, resolvePlugins } from '../../src/plugins/resolve.js';
import { tarGz } from '../helpers/archives.js';
import { fakeGithub } from '../helpers/fake-github.js';
import { startServer, status, type TestServer } from '../helpers/http-server.js';
import { allLogText, makeSandbox, pluginScript, runPlugin, sha256, specs, TOKEN, type Sandbox } from './sandbox.js';

let server: TestServer;
let assetUrl: Record<string, string>;
let sb: Sandbox;
const HELM = pluginScript('helm v1.4.0');
const HELM_WIN = pluginScript('helm windows');
const TOOLS_TGZ = tarGz([{ name: 'pacto-plugin-docs', content: pluginScript('docs 2.1.0'), mode: 0o755 }]);

beforeAll(async () => {
  server = await startServer();
  assetUrl = fakeGithub(server, [
    {
      owner: 'acme',
      repo: 'pacto-plugins',
      tag: 'v1.4.0',
      assets: {
        pacto_checksums_placeholder: '',
        'pacto-plugin-helm_linux_amd64': HELM,
        'pacto-plugin-helm_windows_amd64.exe': HELM_WIN,
        'pacto-plugin-helm_darwin_arm64': 'mac',
        'pacto-plugins_1.4.0_checksums.txt': `${sha256(HELM)}  pacto-plugin-helm_linux_amd64\n${sha256('mac')} *pacto-plugin-helm_darwin_arm64\n`,
      },
    },
    {
      owner: 'acme',
      repo: 'tools',
      tag: 'v2.1.0',
      assets: { 'docs-2.1.0-v2.1.0-linux-amd64.tar.gz': TOOLS_TGZ, 'checksums.txt': `${'0'.repeat(64)}  something-else\n` },
    },
    {
      owner: 'acme',
      repo: 'bad',
      tag: 'v1.0.0',
      assets: { 'pacto-plugin-helm_linux_amd64': 'tampered', 'checksums.txt': `${sha256(HELM)}  pacto-plugin-helm_linux_amd64\n` },
    },
    {
      owner: 'acme',
      repo: 'nosums',
      tag: 'v1.0.0',
      assets: { 'pacto-plugin-helm_linux_amd64': HELM, 'checksums.txt': `${sha256(HELM)}  pacto-plugin-helm_linux_amd64\n` },
    },
  ]);
  // The release lists a checksums file that cannot be downloaded.
  server.route(new URL(assetUrl['acme/nosums:checksums.txt']).pathname, status(404));
});
afterAll(() => server.close());
beforeEach(() => {
  sb = makeSandbox();
  server.requests.length = 0;
});
afterEach(() => sb.cleanup());

function ctx(token = TOKEN, extra: Record<string, string> = {}) {
  return sb.ctx({ token, platform: 'linux', arch: 'x64' }, { GITHUB_API_URL: server.url, ...extra });
}

describe('github', () => {
  it('downloads the default release asset, verified by the release checksums, and reuses the cache without calling the API', async () => {
    const text = '- name: helm\n  github: acme/pacto-plugins@v1.4.0';
    const first = await resolvePlugins(specs(text), ctx());
    expect(first.failures).toEqual([]);
    expect(first.plugins[0]).toMatchObject({
      name: 'helm',
      version: 'v1.4.0',
      source: 'github acme/pacto-plugins@v1.4.0',
      cached: false,
      sha256: sha256(HELM),
    });
    expect(runPlugin(first.plugins[0].path)).toBe('helm v1.4.0');
    expect(first.plugins[0].path).toMatch(/pacto-plugin-helm-[0-9a-f]{8}\/1\.4\.0\/amd64\/pacto-plugin-helm$/);
    expect(allLogText(sb.io)).toContain(`Verified sha256 ${sha256(HELM)} (pacto-plugins_1.4.0_checksums.txt)`);
    expect(first.warnings).toEqual([]);

    // The token reached the API host, and never the storage host the asset redirected to.
    const api = server.requests.filter((r) => r.path.startsWith('/repos/'));
    const storage = server.requests.filter((r) => r.path.startsWith('/objects/'));
    expect(api.length).toBeGreaterThan(0);
    for (const r of api) expect(r.headers.authorization).toBe(`token ${TOKEN}`);
    expect(storage.map((r) => r.headers.host)).toEqual([`localhost:${server.port}`, `localhost:${server.port}`]);
    for (const r of storage) expect(r.headers.authorization).toBeUndefined();

    server.requests.length = 0;
    const second = await resolvePlugins(specs(text), ctx());
    expect(second.plugins[0]).toMatchObject({ cached: true, path: first.plugins[0].path });
    expect(server.requests).toEqual([]);
  });

  it('works without a token (public repositories)', async () => {
    const r = await resolvePlugins(specs('- name: helm\n  github: acme/pacto-plugins@v1.4.0'), ctx(''));
    expect(r.failures).toEqual([]);
    for (const q of server.requests) expect(q.headers.authorization).toBeUndefined();
  });

  it('picks the .exe asset on Windows', async () => {
    const r = await resolvePlugins(
      specs('- name: helm\n  github: acme/pacto-plugins@v1.4.0'),
      sb.ctx({ platform: 'win32', arch: 'x64' }, { GITHUB_API_URL: server.url }),
    );
    expect(r.failures).toEqual([]);
    expect(r.plugins[0].path.endsWith('pacto-plugin-helm.exe')).toBe(true);
    expect(r.plugins[0].sha256).toBe(sha256(HELM_WIN));
    // Not in the checksums file: unverified, with the pin suggested.
    expect(r.warnings.map((w) => w.message)[0]).toContain(`Pin it with sha256: ${sha256(HELM_WIN)}`);
  });

  it('takes asset: with {tag} and {version}, extracts it, and warns when unverified', async () => {
    const r = await resolvePlugins(
      specs('- name: docs\n  github: acme/tools@v2.1.0\n  asset: "{name}-{version}-{tag}-{os}-{arch}.tar.gz"'),
      ctx(),
    );
    expect(r.failures).toEqual([]);
    expect(r.plugins[0].version).toBe('v2.1.0');
    expect(runPlugin(r.plugins[0].path)).toBe('docs 2.1.0');
    expect(r.warnings.map((w) => w.message)).toEqual([
      `plugin "docs": the download of docs-2.1.0-v2.1.0-linux-amd64.tar.gz (${assetUrl['acme/tools:docs-2.1.0-v2.1.0-linux-amd64.tar.gz']}) is unverified (no sha256 and no checksums file). Pin it with sha256: ${sha256(TOOLS_TGZ)}`,
    ]);
  });

  it('a given sha256 wins over the release checksums, with a warning when they disagree', async () => {
    const r = await resolvePlugins(specs(`- name: helm\n  github: acme/bad@v1.0.0\n  sha256: ${sha256('tampered')}`), ctx());
    expect(r.failures).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      `plugin "helm": the given sha256 ${sha256('tampered')} differs from ${sha256(HELM)} in checksums.txt of github acme/bad@v1.0.0; using the given sha256`,
    ]);
  });

  it('a given sha256 wins when the release checksums file cannot be downloaded: a warning, not a failure', async () => {
    const r = await resolvePlugins(specs(`- name: helm\n  github: acme/nosums@v1.0.0\n  sha256: ${sha256(HELM)}`), ctx());
    expect(r.failures).toEqual([]);
    expect(runPlugin(r.plugins[0].path)).toBe('helm v1.4.0');
    expect(r.warnings.map((w) => w.message)).toEqual([
      `plugin "helm": download of checksums.txt (${assetUrl['acme/nosums:checksums.txt']}) failed: HTTP 404; verifying with the given sha256 alone`,
    ]);
    expect(allLogText(sb.io)).toContain(`Verified sha256 ${sha256(HELM)} (sha256)`);
    // Without a sha256 the checksums file is the only verification: its failure fails the plugin.
    const unpinned = await resolvePlugins(specs('- name: helm\n  github: acme/nosums@v1.0.0'), ctx());
    expect(unpinned.plugins).toEqual([]);
    expect(unpinned.failures[0].message).toBe(`download of checksums.txt (${assetUrl['acme/nosums:checksums.txt']}) failed: HTTP 404`);
  });

  it('rejects an asset that does not match the release checksums', async () => {
    const r = await resolvePlugins(specs('- name: helm\n  github: acme/bad@v1.0.0'), ctx());
    expect(r.plugins).toEqual([]);
    expect(failureText(r.failures[0])).toBe(
      `plugin "helm" (github acme/bad@v1.0.0): checksum mismatch for pacto-plugin-helm_linux_amd64 (${assetUrl['acme/bad:pacto-plugin-helm_linux_amd64']}): ` +
        `expected ${sha256(HELM)} (checksums.txt), got ${sha256('tampered')}; nothing was extracted or run`,
    );
    expect(fs.readdirSync(sb.toolCache)).toEqual([]);
  });

  it('lists the release assets when the expected one is missing', async () => {
    const r = await resolvePlugins(
      specs('- name: helm\n  github: acme/pacto-plugins@v1.4.0'),
      sb.ctx({ platform: 'linux', arch: 'arm64' }, { GITHUB_API_URL: server.url }),
    );
    expect(failureText(r.failures[0])).toBe(
      'plugin "helm" (github acme/pacto-plugins@v1.4.0): release v1.4.0 of acme/pacto-plugins has no asset "pacto-plugin-helm_linux_arm64"; its assets are: ' +
        'pacto_checksums_placeholder, pacto-plugin-helm_linux_amd64, pacto-plugin-helm_windows_amd64.exe, pacto-plugin-helm_darwin_arm64, pacto-plugins_1.4.0_checksums.txt. Set asset: to pick one',
    );
  });

  it('reports a missing release with the API URL and status', async () => {
    const r = await resolvePlugins(specs('- name: helm\n  github: acme/pacto-plugins@v9.9.9'), ctx());
    expect(failureText(r.failures[0])).toBe(
      `plugin "helm" (github acme/pacto-plugins@v9.9.9): no release with tag "v9.9.9" in acme/pacto-plugins ` +
        `(GET ${server.url}/repos/acme/pacto-plugins/releases/tags/v9.9.9 answered HTTP 404: Not Found); check the tag, or that the token can read the repository`,
    );
  });

  it('explains an exhausted rate limit', async () => {
    server.route('/repos/acme/limited/releases/tags/v1.0.0', (_req, res) => {
      res
        .writeHead(403, { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' })
        .end(JSON.stringify({ message: 'API rate limit exceeded' }));
    });
    const r = await resolvePlugins(specs('- name: helm\n  github: acme/limited@v1.0.0'), ctx(''));
    expect(failureText(r.failures[0])).toBe(
      `plugin "helm" (github acme/limited@v1.0.0): GET ${server.url}/repos/acme/limited/releases/tags/v1.0.0 answered HTTP 403: API rate limit exceeded; ` +
        'the API rate limit is exhausted: pass the token input (default github.token) to raise it',
    );
  });

  it('reports an API that cannot be reached', async () => {
    const r = await resolvePlugins(
      specs('- name: helm\n  github: acme/x@v1.0.0'),
      sb.ctx({ token: TOKEN }, { GITHUB_API_URL: 'http://127.0.0.1:1' }),
    );
    expect(failureText(r.failures[0])).toMatch(
      /^plugin "helm" \(github acme\/x@v1.0.0\): GET http:\/\/127.0.0.1:1\/repos\/acme\/x\/releases\/tags\/v1.0.0 failed: /,
    );
  });

  it('never shows the token in logs, failures or results', async () => {
    server.route('/repos/acme/leaky/releases/tags/v1.0.0', (req, res) => {
      // A hostile API echoing the credentials back in its error message.
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: `bad credentials ${req.headers.authorization}` }));
    });
    const r = await resolvePlugins(
      specs(
        '- name: helm\n  github: acme/pacto-plugins@v1.4.0\n- name: leaky\n  github: acme/leaky@v1.0.0\n- name: gone\n  github: acme/pacto-plugins@v0.0.1',
      ),
      ctx(),
    );
    expect(r.plugins).toHaveLength(1);
    expect(r.failures).toHaveLength(2);
    expect(failureText(r.failures[0])).toContain('bad credentials token ***');
    const everything = JSON.stringify(r) + allLogText(sb.io);
    expect(everything).not.toContain(TOKEN);
  });
});

describe('github API answers that are not a release', () => {
  it('says so instead of crashing', async () => {
    server.route(
      '/repos/acme/html/releases/tags/v1.0.0',
      (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>'),
    );
    const r = await resolvePlugins(specs('- name: helm\n  github: acme/html@v1.0.0'), ctx());
    expect(failureText(r.failures[0])).toBe(
      `plugin "helm" (github acme/html@v1.0.0): GET ${server.url}/repos/acme/html/releases/tags/v1.0.0 did not answer with a release (no JSON assets list); is GITHUB_API_URL the REST API root?`,
    );
  });
});
