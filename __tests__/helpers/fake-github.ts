/**
 * A fake GitHub REST API (releases by tag, assets) on a loopback TestServer. Asset downloads with
 * Accept: application/octet-stream redirect, like github.com does, to "storage" on another host name,
 * which refuses any request that carries Authorization.
 */
import { bytes, noAuthorization, type TestServer } from './http-server.js';

export interface FakeRelease {
  owner: string;
  repo: string;
  tag: string;
  assets: Record<string, Buffer | string>;
}

let nextId = 1000;

/** Returns each asset's API URL, keyed "owner/repo:name". */
export function fakeGithub(server: TestServer, releases: FakeRelease[]): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const rel of releases) {
    const base = `/repos/${rel.owner}/${rel.repo}/releases`;
    const assets = Object.entries(rel.assets).map(([name, body]) => ({ id: nextId++, name, body }));
    server.route(`${base}/tags/${encodeURIComponent(rel.tag)}`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 1,
          tag_name: rel.tag,
          assets: assets.map((a) => ({
            id: a.id,
            name: a.name,
            size: Buffer.byteLength(a.body),
            url: `${server.url}${base}/assets/${a.id}`,
            browser_download_url: `${server.url}/${rel.owner}/${rel.repo}/releases/download/${rel.tag}/${a.name}`,
          })),
        }),
      );
    });
    for (const a of assets) {
      urls[`${rel.owner}/${rel.repo}:${a.name}`] = `${server.url}${base}/assets/${a.id}`;
      const object = `/objects/${a.id}/${a.name}`;
      server.route(`${base}/assets/${a.id}`, (req, res) => {
        if (req.headers.accept !== 'application/octet-stream') {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: a.id, name: a.name }));
          return;
        }
        res.writeHead(302, { location: `${server.otherHostUrl}${object}` }).end();
      });
      server.route(object, noAuthorization(bytes(a.body)));
    }
  }
  return urls;
}
