/**
 * Checks of single values in a `plugins` item: the download sources (url, github, npm), URL and
 * asset templates, sizes. Each reports through `fail` in the words spec.ts prefixes with the item.
 */
import type { PluginSource } from './types.js';

/** Tags that conventionally move: a run must be reproducible (check mode compares against it). */
const MOVING_TAGS = new Set([
  'latest',
  'stable',
  'edge',
  'nightly',
  'next',
  'canary',
  'main',
  'master',
  'trunk',
  'head',
  'dev',
  'develop',
  'development',
  'devel',
  'current',
  'tip',
  'unstable',
  'snapshot',
  'preview',
  'rolling',
  'beta',
  'alpha',
  'rc',
  'release',
  'releases',
  'lts',
  'prod',
  'production',
  'staging',
  'stage',
  'test',
  'testing',
  'experimental',
  'insiders',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'continuous',
  'ci',
  'live',
]);
/**
 * v1, 1, v1.4: a major or minor tag that is moved to each new patch release. Years are exempt
 * (2024.01 is a calendar version, not a floating one).
 */
const FLOATING_VERSION = /^v?(\d+)(?:\.\d+)?$/i;
const URL_VARS = ['name', 'version', 'os', 'arch', 'ext'];
export const ASSET_VARS = [...URL_VARS, 'tag'];
const SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const NPM_EXACT = /^((?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*)@(.+)$/;
const GITHUB_REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})@(.+)$/;

/** Bytes, or a number with a KiB/MiB/GiB suffix (binary units). */
export function parseSize(text: string): number | null {
  const m = /^(\d+)\s*(B|KiB|MiB|GiB)?$/.exec(text.trim());
  if (!m) return null;
  const unit = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 }[m[2] ?? 'B'] ?? 1;
  const n = Number(m[1]) * unit;
  return n > 0 ? n : null;
}

/**
 * Query parameters that carry credentials: tokens, pre-signed URL signatures (S3, GCS, Azure SAS),
 * passwords and API keys. The URL is printed in logs, the summary, the report and the plugins output.
 */
const SECRET_WORDS = new Set([
  'token',
  'sig',
  'signature',
  'credential',
  'credentials',
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'key',
  'auth',
  'jwt',
  'accesstoken',
  'apikey',
  'authtoken',
  'privatetoken',
  'sessiontoken',
  'securitytoken',
  'clientsecret',
]);

function isSecretParam(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((w) => SECRET_WORDS.has(w)) || SECRET_WORDS.has(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** A URL safe to print: user info and secret-looking query values replaced by ***. */
export function safeUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1***@')
    .replace(/([?&;])([^=&;#]*)=([^&;#]*)/g, (all, sep: string, name: string) =>
      isSecretParam(decodeSafe(name)) ? `${sep}${name}=***` : all,
    );
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

export function checkUrl(url: string, version: string | null, fail: (m: string) => void): boolean {
  const where = `url "${safeUrl(url)}"`;
  if (!checkTemplate(url, URL_VARS, where, fail)) return false;
  if (url.includes('{version}') && version === null) {
    fail(`${where}: uses {version} but the item has no version`);
    return false;
  }
  let parsed: URL;
  try {
    parsed = new URL(fillSample(url));
  } catch {
    fail(`${where}: not a valid URL`);
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') {
    fail(`${where}: must not contain credentials (they would show in logs)`);
    return false;
  }
  const secrets = [...new Set([...parsed.searchParams.keys()].filter(isSecretParam))];
  if (secrets.length > 0) {
    fail(
      `${where}: the query parameter${secrets.length > 1 ? 's' : ''} ${secrets.map((k) => `"${k}"`).join(', ')} look${secrets.length > 1 ? '' : 's'} like a credential, ` +
        'and the URL would be printed in logs, the job summary, the report and the plugins output; use a URL without credentials, ' +
        'or publish the plugin as a GitHub release and use github: (authenticated with the token input)',
    );
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) return true;
  fail(`${where}: must be https:// (plain http:// is allowed only for 127.0.0.1, localhost or [::1])`);
  return false;
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function fillSample(template: string): string {
  return template.replace(
    /\{(name|version|os|arch|ext|tag)\}/g,
    (_, v: string) => ({ name: 'x', version: '1.0.0', os: 'linux', arch: 'amd64', ext: '', tag: 'v1.0.0' })[v] ?? '',
  );
}

export function checkTemplate(text: string, allowed: string[], where: string, fail: (m: string) => void): boolean {
  const bad = [...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).filter((v) => !allowed.includes(v));
  if (bad.length === 0) return true;
  fail(`${where}: unknown template variable ${bad.map((b) => `{${b}}`).join(', ')}; allowed are ${allowed.map((a) => `{${a}}`).join(' ')}`);
  return false;
}

export function parseGithub(text: string, asset: string | null, fail: (m: string) => void): PluginSource | null {
  const where = `github "${text}"`;
  const m = GITHUB_REF.exec(text);
  if (!m || m[2] === '.' || m[2] === '..') {
    fail(`${where}: must be owner/repo@tag, for example acme/pacto-plugins@v1.4.0`);
    return null;
  }
  const tag = m[3];
  if (MOVING_TAGS.has(tag.toLowerCase())) {
    fail(`${where}: "${tag}" is a moving tag; pin a release tag such as v1.4.0 (check mode needs reproducible plugins)`);
    return null;
  }
  if (/^(refs|heads|tags|remotes)\//i.test(tag)) {
    fail(
      `${where}: "${tag}" is a git ref, not a release tag; give the tag name alone, such as v1.4.0 (a branch moves, and check mode needs reproducible plugins)`,
    );
    return null;
  }
  const floating = FLOATING_VERSION.exec(tag);
  if (floating && floating[1].length < 4) {
    fail(`${where}: "${tag}" is a floating major or minor tag that moves with each release; pin a full release tag such as v1.4.0`);
    return null;
  }
  if (!isValidTag(tag)) {
    fail(`${where}: "${tag}" is not a valid git tag name`);
    return null;
  }
  return { kind: 'github', owner: m[1], repo: m[2], tag, asset };
}

function isValidTag(tag: string): boolean {
  return (
    ![...tag].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) &&
    !/[\s~^:?*[\\]/.test(tag) &&
    !tag.includes('..') &&
    !tag.includes('@{') &&
    !tag.startsWith('-') &&
    !tag.startsWith('/') &&
    !tag.endsWith('/') &&
    !tag.endsWith('.') &&
    !tag.endsWith('.lock') &&
    !tag.includes('//')
  );
}

/** An npm spec that always installs the same thing: name@exact-version, or a local .tgz. */
export function isLocalTgz(spec: string): boolean {
  return /\.tgz$/i.test(spec) && !spec.includes('://');
}

export function checkNpm(spec: string, fail: (m: string) => void): boolean {
  if (isLocalTgz(spec)) return true;
  const m = NPM_EXACT.exec(spec);
  if (m && SEMVER.test(m[2]) && !m[2].startsWith('v')) return true;
  fail(
    `npm "${spec}": give an exact version (name@1.2.3 or @scope/name@1.2.3) or a local .tgz path; ranges, tags and URLs are not reproducible`,
  );
  return false;
}
