/**
 * Parses and validates the `plugins` input up front, so a bad item fails the run before anything
 * is downloaded. Errors name the item and the key; inputs.ts prefixes them with "plugins: ".
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { PluginSource, PluginSpec } from './types.js';

export interface SpecParseResult {
  specs: PluginSpec[];
  errors: string[];
}

export const PLUGIN_NAME = /^[a-z0-9][a-z0-9-]*$/;
const KEYS = ['name', 'path', 'url', 'github', 'npm', 'version', 'sha256', 'asset', 'scripts', 'options', 'output', 'timeout', 'max-output-size', 'env', 'feeds-contract'];
const SOURCE_KEYS = ['path', 'url', 'github', 'npm'] as const;
/** Tags that conventionally move: a run must be reproducible (check mode compares against it). */
const MOVING_TAGS = new Set([
  'latest', 'stable', 'edge', 'nightly', 'next', 'canary', 'main', 'master', 'trunk', 'head',
  'dev', 'develop', 'development', 'devel', 'current', 'tip', 'unstable', 'snapshot', 'preview', 'rolling',
  'beta', 'alpha', 'rc', 'release', 'releases', 'lts', 'prod', 'production', 'staging', 'stage', 'test', 'testing',
  'experimental', 'insiders', 'hourly', 'daily', 'weekly', 'monthly', 'continuous', 'ci', 'live',
]);
/**
 * v1, 1, v1.4: a major or minor tag that is moved to each new patch release. Years are exempt
 * (2024.01 is a calendar version, not a floating one).
 */
const FLOATING_VERSION = /^v?(\d+)(?:\.\d+)?$/i;
const URL_VARS = ['name', 'version', 'os', 'arch', 'ext'];
const ASSET_VARS = [...URL_VARS, 'tag'];
const SHA256 = /^[0-9a-fA-F]{64}$/;
const SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const NPM_EXACT = /^((?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*)@(.+)$/;
const GITHUB_REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})@(.+)$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const MAX_TIMEOUT_SECONDS = 86400;

export function parsePluginSpecs(text: string): SpecParseResult {
  if (text.trim() === '') return { specs: [], errors: [] };
  // Repeated keys are reported per item (naming the item and the key) by parseItem, not by the YAML parser.
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    return { specs: [], errors: doc.errors.map((e) => `not valid YAML: ${firstLine(e.message)}`) };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { specs: [], errors: [] };
  if (!isSeq(root)) {
    return { specs: [], errors: [`must be a YAML list of plugin names or mappings (got ${describe(root)})`] };
  }
  const specs: PluginSpec[] = [];
  const errors: string[] = [];
  const firstUse = new Map<string, number>();
  root.items.forEach((item, i) => {
    const parsed = parseItem(item as Node | null, i + 1);
    errors.push(...parsed.errors);
    if (parsed.name !== null) {
      const earlier = firstUse.get(parsed.name);
      if (earlier !== undefined) {
        errors.push(`item ${i + 1} (${parsed.name}): name "${parsed.name}" is already used by item ${earlier}; give each plugin once`);
      } else {
        firstUse.set(parsed.name, i + 1);
      }
    }
    if (parsed.spec) specs.push(parsed.spec);
  });
  return errors.length > 0 ? { specs: [], errors } : { specs, errors };
}

interface ItemResult {
  name: string | null;
  spec: PluginSpec | null;
  errors: string[];
}

function parseItem(node: Node | null, index: number): ItemResult {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const name = scalarText(node);
    if (!PLUGIN_NAME.test(name)) {
      return { name: null, spec: null, errors: [`item ${index}: name "${name}" ${NAME_RULE}`] };
    }
    return { name, spec: blankSpec(name, { kind: 'locate' }), errors: [] };
  }
  if (!isMap(node)) {
    return { name: null, spec: null, errors: [`item ${index}: must be a plugin name or a mapping with name: (got ${describe(node)})`] };
  }

  const errors: string[] = [];
  const values = new Map<string, Node | null>();
  const repeated = new Set<string>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    if (key === null || !KEYS.includes(key)) {
      errors.push(`${key === null ? 'a non-scalar key' : `unknown key "${key}"`}; allowed keys are ${KEYS.join(', ')}`);
      continue;
    }
    if (values.has(key)) {
      if (!repeated.has(key)) errors.push(`key "${key}" is given twice; give each key once`);
      repeated.add(key);
      continue;
    }
    values.set(key, (pair.value ?? null) as Node | null);
  }

  let name: string | null = null;
  const nameNode = values.get('name');
  if (!values.has('name')) errors.unshift('name is missing');
  else {
    const n = stringValue(nameNode ?? null);
    if (n === null || n === '') errors.unshift('name: must be a plugin name such as helm');
    else if (!PLUGIN_NAME.test(n)) errors.unshift(`name "${n}" ${NAME_RULE}`);
    else name = n;
  }
  const label = name === null ? `item ${index}` : `item ${index} (${name})`;
  const fail = (msg: string): void => void errors.push(msg);
  // String keys: a scalar's text; anything else is an error naming the key.
  const str = (key: string): string | null => {
    if (!values.has(key)) return null;
    const v = stringValue(values.get(key) ?? null);
    if (v === null || v === '') {
      fail(`${key}: must be a non-empty string`);
      return null;
    }
    return v;
  };

  const sources = SOURCE_KEYS.filter((k) => values.has(k));
  if (sources.length > 1) {
    fail(`${sources.join(' and ')}: give at most one source (path, url, github or npm) per plugin`);
  }
  // With two sources nothing can say which one the other keys belong to: only that error is reported.
  const kind = sources.length > 1 ? null : sources.length === 1 ? sources[0] : 'locate';

  // A key that belongs to another source. Unknowable with two sources, whose error says it all.
  const misplaced = (allowed: boolean, msg: string): boolean => {
    if (kind === null || allowed) return false;
    fail(msg);
    return true;
  };

  let sha256: string | null = null;
  const shaText = str('sha256');
  if (shaText !== null) {
    if (!SHA256.test(shaText)) fail(`sha256 "${shaText}": must be 64 hexadecimal characters (sha256sum output)`);
    else sha256 = shaText.toLowerCase();
    misplaced(kind !== 'npm', 'sha256: not allowed with npm (npm verifies the package integrity itself; pin an exact version)');
    misplaced(kind !== 'locate', 'sha256: not allowed without a download source (a bare name is only located, never downloaded)');
  }

  const version = str('version');
  if (version !== null && !misplaced(kind === 'url', `version "${version}": allowed only with url (github takes the tag, npm the package version)`)) {
    if (/[\s/\\]/.test(version)) fail(`version "${version}": must not contain spaces or slashes`);
  }
  const asset = str('asset');
  if (asset !== null && !misplaced(kind === 'github', `asset "${asset}": allowed only with github`)) {
    if (/[/\\]/.test(asset)) fail(`asset "${asset}": must be a release asset file name, without slashes`);
    else checkTemplate(asset, ASSET_VARS, `asset "${asset}"`, fail);
  }
  let scripts = false;
  if (values.has('scripts')) {
    const s = values.get('scripts');
    if (!isScalar(s) || typeof s.value !== 'boolean') fail('scripts: must be true or false');
    else scripts = s.value;
    misplaced(kind === 'npm', 'scripts: allowed only with npm');
  }

  let feedsContract: boolean | null = null;
  if (values.has('feeds-contract')) {
    const f = values.get('feeds-contract');
    if (!isScalar(f) || typeof f.value !== 'boolean') fail('feeds-contract: must be true or false');
    else feedsContract = f.value;
  }

  let source: PluginSource | null = null;
  if (kind === null) source = null;
  else if (kind === 'locate') source = { kind: 'locate' };
  else if (kind === 'path') {
    const p = str('path');
    if (p !== null) source = { kind: 'path', path: p };
  } else if (kind === 'url') {
    const u = str('url');
    if (u !== null && checkUrl(u, version, fail)) source = { kind: 'url', url: u, version };
  } else if (kind === 'github') {
    const g = str('github');
    if (g !== null) source = parseGithub(g, asset, fail);
  } else {
    const n = str('npm');
    if (n !== null && checkNpm(n, fail)) source = { kind: 'npm', spec: n, scripts };
  }

  const options = stringMap(values, 'options', (k) => k !== '', 'an option name', fail);
  const env = stringMap(values, 'env', (k) => ENV_NAME.test(k), 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)', fail);
  const output = str('output');
  let timeout: number | null = null;
  if (values.has('timeout')) {
    const t = stringValue(values.get('timeout') ?? null);
    if (t === null || !/^\d+$/.test(t) || Number(t) < 1 || Number(t) > MAX_TIMEOUT_SECONDS) {
      fail(`timeout${t === null ? '' : ` "${t}"`}: must be whole seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
    } else timeout = Number(t);
  }
  let maxOutputSize: number | null = null;
  if (values.has('max-output-size')) {
    const t = stringValue(values.get('max-output-size') ?? null);
    maxOutputSize = t === null ? null : parseSize(t);
    if (maxOutputSize === null) fail(`max-output-size${t === null ? '' : ` "${t}"`}: must be a size in bytes, or a number with KiB, MiB or GiB (for example 128MiB)`);
  }

  const labelled = errors.map((e) => `${label}: ${e}`);
  if (labelled.length > 0 || name === null || source === null) return { name, spec: null, errors: labelled };
  const spec: PluginSpec = { name, source, sha256, options, output, timeout, env };
  if (feedsContract !== null) spec.feedsContract = feedsContract;
  if (maxOutputSize !== null) spec.maxOutputSize = maxOutputSize;
  return { name, spec, errors: [] };
}

const NAME_RULE = 'is not a plugin name: use lower-case letters, digits and hyphens, starting with a letter or digit (the executable is pacto-plugin-<name>)';

/** Bytes, or a number with a KiB/MiB/GiB suffix (binary units). */
export function parseSize(text: string): number | null {
  const m = /^(\d+)\s*(B|KiB|MiB|GiB)?$/.exec(text.trim());
  if (!m) return null;
  const unit = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 }[m[2] ?? 'B'] ?? 1;
  const n = Number(m[1]) * unit;
  return n > 0 ? n : null;
}

function blankSpec(name: string, source: PluginSource): PluginSpec {
  return { name, source, sha256: null, options: {}, output: null, timeout: null, env: {} };
}

/**
 * Query parameters that carry credentials: tokens, pre-signed URL signatures (S3, GCS, Azure SAS),
 * passwords and API keys. The URL is printed in logs, the summary, the report and the plugins output.
 */
const SECRET_WORDS = new Set([
  'token', 'sig', 'signature', 'credential', 'credentials', 'password', 'passwd', 'pwd', 'pass', 'secret', 'key', 'auth', 'jwt',
  'accesstoken', 'apikey', 'authtoken', 'privatetoken', 'sessiontoken', 'securitytoken', 'clientsecret',
]);

function isSecretParam(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  return words.some((w) => SECRET_WORDS.has(w)) || SECRET_WORDS.has(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** A URL safe to print: user info and secret-looking query values replaced by ***. */
export function safeUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1***@')
    .replace(/([?&;])([^=&;#]*)=([^&;#]*)/g, (all, sep: string, name: string) => (isSecretParam(decodeSafe(name)) ? `${sep}${name}=***` : all));
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function checkUrl(url: string, version: string | null, fail: (m: string) => void): boolean {
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
  return template.replace(/\{(name|version|os|arch|ext|tag)\}/g, (_, v: string) => ({ name: 'x', version: '1.0.0', os: 'linux', arch: 'amd64', ext: '', tag: 'v1.0.0' })[v] ?? '');
}

function checkTemplate(text: string, allowed: string[], where: string, fail: (m: string) => void): boolean {
  const bad = [...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).filter((v) => !allowed.includes(v));
  if (bad.length === 0) return true;
  fail(`${where}: unknown template variable ${bad.map((b) => `{${b}}`).join(', ')}; allowed are ${allowed.map((a) => `{${a}}`).join(' ')}`);
  return false;
}

function parseGithub(text: string, asset: string | null, fail: (m: string) => void): PluginSource | null {
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
    fail(`${where}: "${tag}" is a git ref, not a release tag; give the tag name alone, such as v1.4.0 (a branch moves, and check mode needs reproducible plugins)`);
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

function checkNpm(spec: string, fail: (m: string) => void): boolean {
  if (isLocalTgz(spec)) return true;
  const m = NPM_EXACT.exec(spec);
  if (m && SEMVER.test(m[2]) && !m[2].startsWith('v')) return true;
  fail(`npm "${spec}": give an exact version (name@1.2.3 or @scope/name@1.2.3) or a local .tgz path; ranges, tags and URLs are not reproducible`);
  return false;
}

function stringMap(
  values: Map<string, Node | null>,
  key: string,
  keyOk: (k: string) => boolean,
  keyRule: string,
  fail: (m: string) => void,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!values.has(key)) return out;
  const node = values.get(key) ?? null;
  if (node === null || (isScalar(node) && node.value === null)) return out;
  if (!isMap(node)) {
    fail(`${key}: must be a mapping of names to values (got ${describe(node)})`);
    return out;
  }
  const seen = new Set<string>();
  for (const pair of node.items) {
    const k = isScalar(pair.key) ? scalarText(pair.key) : null;
    if (k === null || !keyOk(k)) {
      fail(`${key}: key ${k === null ? '(not a scalar)' : `"${k}"`} is not ${keyRule}`);
      continue;
    }
    if (seen.has(k)) {
      fail(`${key}: key "${k}" is given twice; give each key once`);
      continue;
    }
    seen.add(k);
    const v = (pair.value ?? null) as Node | null;
    const text = v === null ? '' : stringValue(v);
    if (text === null) {
      fail(`${key}.${k}: ${describe(v)} is not allowed; values are passed as strings (like pacto generate --option key=value), so give a scalar`);
      continue;
    }
    out[k] = text;
  }
  return out;
}

/** A scalar's text as the user wrote it: `1.0` stays "1.0", `true` is "true", null is "". Null for non-scalars. */
function stringValue(node: Node | null): string | null {
  if (node === null) return '';
  if (!isScalar(node)) return null;
  return scalarText(node);
}

function scalarText(node: { value: unknown; source?: string }): string {
  if (node.value === null || node.value === undefined) return '';
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isSeq(node)) return 'a sequence';
  if (isMap(node)) return 'a mapping';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) return node.value === null ? 'null' : `the ${typeof node.value} ${scalarText(node)}`;
  return 'an unsupported value';
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
