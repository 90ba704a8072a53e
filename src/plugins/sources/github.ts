/**
 * `github: owner/repo@tag`: a release asset through the REST API at GITHUB_API_URL (so GitHub
 * Enterprise works). The token goes only to that host; the download drops it on the redirect to storage.
 */
import fs from 'node:fs';
import { cacheEntry } from '../cache.js';
import { parseChecksums } from '../checksum.js';
import { fillTemplate } from '../platform.js';
import { PluginError, type Found, type SourceContext } from './context.js';
import { describeDownloadError, downloadPlugin, fetchFile, fromCache } from './download.js';
import { errorMessage } from '../../shared/errors.js';

interface Asset {
  id: number;
  name: string;
  url: string;
}

export interface GithubRef {
  owner: string;
  repo: string;
  tag: string;
  asset: string | null;
}

export const DEFAULT_ASSET = 'pacto-plugin-{name}_{os}_{arch}{ext}';

export async function fromGithub(sc: SourceContext, ref: GithubRef): Promise<Found> {
  const source = `github ${ref.owner}/${ref.repo}@${ref.tag}`;
  const apiUrl = (sc.ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  let assetName: string;
  try {
    assetName = fillTemplate(
      ref.asset ?? DEFAULT_ASSET,
      { name: sc.spec.name, version: ref.tag.replace(/^v/, ''), tag: ref.tag },
      sc.platform,
    );
  } catch (err) {
    throw new PluginError(errorMessage(err));
  }
  const sha256 = sc.spec.sha256;
  const entry = cacheEntry(
    sc.spec.name,
    ['github', apiUrl, ref.owner, ref.repo, ref.tag, assetName, sha256 ?? ''],
    ref.tag,
    sc.platform.arch ?? sc.platform.nodeArch,
  );
  const hit = await fromCache(sc, entry);
  if (hit) return { path: hit.path, version: ref.tag, source, cached: true };

  const assets = await releaseAssets(sc, apiUrl, ref);
  const asset = assets.find((a) => a.name === assetName);
  if (!asset) {
    throw new PluginError(
      `release ${ref.tag} of ${ref.owner}/${ref.repo} has no asset "${assetName}"; its assets are: ` +
        `${assets.length > 0 ? assets.map((a) => a.name).join(', ') : '(none)'}. Set asset: to pick one`,
    );
  }
  const download = (a: Asset): { url: string; auth?: string; headers: Record<string, string> } => ({
    url: a.url,
    // Only the API host gets the token; an asset URL elsewhere (unexpected) is fetched anonymously.
    auth: sc.ctx.token !== '' && sameOrigin(a.url, apiUrl) ? `token ${sc.ctx.token}` : undefined,
    headers: { accept: 'application/octet-stream' },
  });

  const published = await publishedChecksum(sc, assets, assetName, download);
  let expected: { sha256: string; from: string } | null = null;
  if (sha256 !== null) {
    expected = { sha256, from: 'sha256' };
    if (published && published.sha256 !== sha256) {
      sc.log.warning(
        `plugin "${sc.spec.name}": the given sha256 ${sha256} differs from ${published.sha256} in ${published.from} of ${source}; using the given sha256`,
      );
    }
  } else if (published) {
    expected = published;
  }

  const got = await downloadPlugin(sc, {
    ...download(asset),
    label: `${asset.name} (${asset.url})`,
    fileName: asset.name,
    expected,
    cache: entry,
  });
  return { path: got.path, version: ref.tag, source, cached: false };
}

async function releaseAssets(sc: SourceContext, apiUrl: string, ref: GithubRef): Promise<Asset[]> {
  const url = `${apiUrl}/repos/${ref.owner}/${ref.repo}/releases/tags/${encodeURIComponent(ref.tag)}`;
  // Loaded lazily: most runs have no github plugin.
  const { GitHub } = await import('@actions/github/lib/utils');
  const octokit = new GitHub({ baseUrl: apiUrl, ...(sc.ctx.token !== '' ? { auth: sc.ctx.token } : {}) });
  sc.log.info(`Looking up release ${ref.tag} of ${ref.owner}/${ref.repo} at ${apiUrl}`);
  let data: unknown;
  try {
    data = (await octokit.rest.repos.getReleaseByTag({ owner: ref.owner, repo: ref.repo, tag: ref.tag })).data;
  } catch (err) {
    throw new PluginError(describeApiError(err, url, ref, sc.ctx.token !== ''));
  }
  const assets = (data as { assets?: unknown } | null)?.assets;
  if (!Array.isArray(assets))
    throw new PluginError(`GET ${url} did not answer with a release (no JSON assets list); is GITHUB_API_URL the REST API root?`);
  return (assets as Asset[]).map((a) => ({ id: a.id, name: a.name, url: a.url }));
}

function describeApiError(err: unknown, url: string, ref: GithubRef, hasToken: boolean): string {
  const e = err as { status?: number; message?: string; response?: { headers?: Record<string, string | undefined>; data?: unknown } };
  if (typeof e.status !== 'number' || (e.status === 500 && !e.response)) {
    return `GET ${url} failed: ${e.message ?? String(err)}`;
  }
  const apiMessage = (e.response?.data as { message?: unknown } | undefined)?.message;
  const detail = typeof apiMessage === 'string' && apiMessage !== '' ? `: ${apiMessage}` : '';
  const base = `GET ${url} answered HTTP ${e.status}${detail}`;
  if (e.status === 404) {
    return (
      `no release with tag "${ref.tag}" in ${ref.owner}/${ref.repo} (${base})` +
      (hasToken
        ? '; check the tag, or that the token can read the repository'
        : '; if the repository is private, pass a token that can read it')
    );
  }
  if ((e.status === 403 || e.status === 429) && e.response?.headers?.['x-ratelimit-remaining'] === '0') {
    return `${base}; the API rate limit is exhausted${hasToken ? '' : ': pass the token input (default github.token) to raise it'}`;
  }
  if (e.status === 401) return `${base}; the token was rejected`;
  return base;
}

async function publishedChecksum(
  sc: SourceContext,
  assets: Asset[],
  assetName: string,
  download: (a: Asset) => { url: string; auth?: string; headers: Record<string, string> },
): Promise<{ sha256: string; from: string } | null> {
  const files = assets.filter((a) => /^(?:.*_)?checksums\.txt$/i.test(a.name));
  for (const file of files) {
    const req = download(file);
    let local: string;
    try {
      local = await fetchFile(sc, req.url, file.name, req.auth, req.headers);
    } catch (err) {
      const failed = `download of ${file.name} (${req.url}) failed: ${describeDownloadError(err)}`;
      if (sc.spec.sha256 === null) throw new PluginError(failed);
      // The given sha256 verifies the asset on its own: a checksums file that cannot be had changes nothing.
      sc.log.warning(`plugin "${sc.spec.name}": ${failed}; verifying with the given sha256 alone`);
      continue;
    }
    try {
      const sums = parseChecksums(await fs.promises.readFile(local, 'utf8'));
      const sum = sums.get(assetName);
      if (sum) return { sha256: sum, from: file.name };
      sc.log.info(`${file.name} does not list ${assetName}`);
    } finally {
      await fs.promises.rm(local, { force: true });
    }
  }
  return null;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
