/** `url:` a download from a template URL, verified with sha256 when given. */
import { cacheEntry } from '../cache.js';
import { fillTemplate } from '../platform.js';
import { PluginError, type Found, type SourceContext } from './context.js';
import { downloadPlugin, fromCache } from './download.js';
import { errorMessage } from '../../shared/errors.js';

export async function fromUrl(sc: SourceContext, template: string, version: string | null): Promise<Found> {
  let url: string;
  try {
    url = fillTemplate(template, { name: sc.spec.name, version }, sc.platform);
  } catch (err) {
    throw new PluginError(errorMessage(err));
  }
  const source = `url ${url}`;
  const sha256 = sc.spec.sha256;
  const entry =
    sha256 !== null || version !== null
      ? cacheEntry(sc.spec.name, ['url', url, sha256 ?? '', version ?? ''], version, sc.platform.arch ?? sc.platform.nodeArch)
      : null;
  const hit = await fromCache(sc, entry);
  if (hit) return { path: hit.path, version, source, cached: true };
  const fileName = new URL(url).pathname.split('/').pop() ?? '';
  const got = await downloadPlugin(sc, {
    url,
    fileName,
    expected: sha256 === null ? null : { sha256, from: 'sha256' },
    cache: entry,
  });
  return { path: got.path, version, source, cached: false };
}
