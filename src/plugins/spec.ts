/**
 * Parses and validates the `plugins` input up front, so a bad item fails the run before anything
 * is downloaded. Errors name the item and the key; inputs.ts prefixes them with "plugins: ".
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { PluginSource, PluginSpec } from './types.js';
import { ASSET_VARS, checkNpm, checkTemplate, checkUrl, parseGithub, parseSize } from './spec-values.js';

export { isLocalTgz, isLoopbackHost, parseSize, safeUrl } from './spec-values.js';

export interface SpecParseResult {
  specs: PluginSpec[];
  errors: string[];
}

export const PLUGIN_NAME = /^[a-z0-9][a-z0-9-]*$/;
const KEYS = [
  'name',
  'path',
  'url',
  'github',
  'npm',
  'version',
  'sha256',
  'asset',
  'scripts',
  'options',
  'output',
  'timeout',
  'max-output-size',
  'env',
  'feeds-contract',
];
const SOURCE_KEYS = ['path', 'url', 'github', 'npm'] as const;
const SHA256 = /^[0-9a-fA-F]{64}$/;
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

type SourceKind = PluginSource['kind'];

/** One mapping item while it is parsed: its keys, the errors so far, the source its keys imply. */
interface ItemReader {
  values: Map<string, Node | null>;
  /** null with two sources: nothing can say which one the other keys belong to. */
  kind: SourceKind | null;
  fail(msg: string): void;
  /** String keys: a scalar's text; anything else is an error naming the key. */
  str(key: string): string | null;
  /** A key that belongs to another source. Unknowable with two sources, whose error says it all. */
  misplaced(allowed: boolean, msg: string): boolean;
}

function parseItem(node: Node | null, index: number): ItemResult {
  if (!isMap(node)) return parseBareItem(node, index);
  const errors: string[] = [];
  const values = itemValues(node, errors);
  const name = itemName(values, errors);
  const label = name === null ? `item ${index}` : `item ${index} (${name})`;
  const r = itemReader(values, errors);

  const sha256 = parseSha256(r);
  const version = parseVersion(r);
  const asset = parseAsset(r);
  const scripts = booleanKey(r, 'scripts') ?? false;
  if (values.has('scripts')) r.misplaced(r.kind === 'npm', 'scripts: allowed only with npm');
  const feedsContract = booleanKey(r, 'feeds-contract');
  const source = parseSource(r, version, asset, scripts);
  const options = stringMap(values, 'options', (k) => k !== '', 'an option name', r.fail);
  const env = stringMap(values, 'env', (k) => ENV_NAME.test(k), 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)', r.fail);
  const output = r.str('output');
  const timeout = parseTimeout(r);
  const maxOutputSize = parseMaxOutputSize(r);

  const labelled = errors.map((e) => `${label}: ${e}`);
  if (labelled.length > 0 || name === null || source === null) return { name, spec: null, errors: labelled };
  const spec: PluginSpec = { name, source, sha256, options, output, timeout, env };
  if (feedsContract !== null) spec.feedsContract = feedsContract;
  if (maxOutputSize !== null) spec.maxOutputSize = maxOutputSize;
  return { name, spec, errors: [] };
}

/** An item given as a bare plugin name, or one that is neither a name nor a mapping. */
function parseBareItem(node: Node | null, index: number): ItemResult {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const name = scalarText(node);
    if (!PLUGIN_NAME.test(name)) {
      return { name: null, spec: null, errors: [`item ${index}: name "${name}" ${NAME_RULE}`] };
    }
    return { name, spec: blankSpec(name, { kind: 'locate' }), errors: [] };
  }
  return { name: null, spec: null, errors: [`item ${index}: must be a plugin name or a mapping with name: (got ${describe(node)})`] };
}

/** The item's keys and values; unknown and repeated keys are errors. */
function itemValues(node: YAMLMap, errors: string[]): Map<string, Node | null> {
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
  return values;
}

/** The item's name, or null; a name error comes first among the item's errors. */
function itemName(values: Map<string, Node | null>, errors: string[]): string | null {
  if (!values.has('name')) {
    errors.unshift('name is missing');
    return null;
  }
  const n = stringValue(values.get('name') ?? null);
  if (n === null || n === '') errors.unshift('name: must be a plugin name such as helm');
  else if (!PLUGIN_NAME.test(n)) errors.unshift(`name "${n}" ${NAME_RULE}`);
  else return n;
  return null;
}

function itemReader(values: Map<string, Node | null>, errors: string[]): ItemReader {
  const fail = (msg: string): void => void errors.push(msg);
  const sources = SOURCE_KEYS.filter((k) => values.has(k));
  if (sources.length > 1) {
    fail(`${sources.join(' and ')}: give at most one source (path, url, github or npm) per plugin`);
  }
  // With two sources nothing can say which one the other keys belong to: only that error is reported.
  const kind = sources.length > 1 ? null : sources.length === 1 ? sources[0] : 'locate';
  const str = (key: string): string | null => {
    if (!values.has(key)) return null;
    const v = stringValue(values.get(key) ?? null);
    if (v === null || v === '') {
      fail(`${key}: must be a non-empty string`);
      return null;
    }
    return v;
  };
  const misplaced = (allowed: boolean, msg: string): boolean => {
    if (kind === null || allowed) return false;
    fail(msg);
    return true;
  };
  return { values, kind, fail, str, misplaced };
}

function parseSha256(r: ItemReader): string | null {
  let sha256: string | null = null;
  const shaText = r.str('sha256');
  if (shaText !== null) {
    if (!SHA256.test(shaText)) r.fail(`sha256 "${shaText}": must be 64 hexadecimal characters (sha256sum output)`);
    else sha256 = shaText.toLowerCase();
    r.misplaced(r.kind !== 'npm', 'sha256: not allowed with npm (npm verifies the package integrity itself; pin an exact version)');
    r.misplaced(r.kind !== 'locate', 'sha256: not allowed without a download source (a bare name is only located, never downloaded)');
  }
  return sha256;
}

function parseVersion(r: ItemReader): string | null {
  const version = r.str('version');
  if (
    version !== null &&
    !r.misplaced(r.kind === 'url', `version "${version}": allowed only with url (github takes the tag, npm the package version)`)
  ) {
    if (/[\s/\\]/.test(version)) r.fail(`version "${version}": must not contain spaces or slashes`);
  }
  return version;
}

function parseAsset(r: ItemReader): string | null {
  const asset = r.str('asset');
  if (asset !== null && !r.misplaced(r.kind === 'github', `asset "${asset}": allowed only with github`)) {
    if (/[/\\]/.test(asset)) r.fail(`asset "${asset}": must be a release asset file name, without slashes`);
    else checkTemplate(asset, ASSET_VARS, `asset "${asset}"`, r.fail);
  }
  return asset;
}

function booleanKey(r: ItemReader, key: string): boolean | null {
  if (!r.values.has(key)) return null;
  const v = r.values.get(key);
  if (!isScalar(v) || typeof v.value !== 'boolean') {
    r.fail(`${key}: must be true or false`);
    return null;
  }
  return v.value;
}

function parseSource(r: ItemReader, version: string | null, asset: string | null, scripts: boolean): PluginSource | null {
  switch (r.kind) {
    case null:
      return null;
    case 'locate':
      return { kind: 'locate' };
    case 'path': {
      const p = r.str('path');
      return p === null ? null : { kind: 'path', path: p };
    }
    case 'url': {
      const u = r.str('url');
      return u !== null && checkUrl(u, version, r.fail) ? { kind: 'url', url: u, version } : null;
    }
    case 'github': {
      const g = r.str('github');
      return g === null ? null : parseGithub(g, asset, r.fail);
    }
    case 'npm': {
      const n = r.str('npm');
      return n !== null && checkNpm(n, r.fail) ? { kind: 'npm', spec: n, scripts } : null;
    }
  }
}

function parseTimeout(r: ItemReader): number | null {
  if (!r.values.has('timeout')) return null;
  const t = stringValue(r.values.get('timeout') ?? null);
  if (t === null || !/^\d+$/.test(t) || Number(t) < 1 || Number(t) > MAX_TIMEOUT_SECONDS) {
    r.fail(`timeout${t === null ? '' : ` "${t}"`}: must be whole seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
    return null;
  }
  return Number(t);
}

function parseMaxOutputSize(r: ItemReader): number | null {
  if (!r.values.has('max-output-size')) return null;
  const t = stringValue(r.values.get('max-output-size') ?? null);
  const maxOutputSize = t === null ? null : parseSize(t);
  if (maxOutputSize === null)
    r.fail(`max-output-size${t === null ? '' : ` "${t}"`}: must be a size in bytes, or a number with KiB, MiB or GiB (for example 128MiB)`);
  return maxOutputSize;
}

const NAME_RULE =
  'is not a plugin name: use lower-case letters, digits and hyphens, starting with a letter or digit (the executable is pacto-plugin-<name>)';

function blankSpec(name: string, source: PluginSource): PluginSpec {
  return { name, source, sha256: null, options: {}, output: null, timeout: null, env: {} };
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
      fail(
        `${key}.${k}: ${describe(v)} is not allowed; values are passed as strings (like pacto generate --option key=value), so give a scalar`,
      );
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
