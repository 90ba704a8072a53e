/**
 * Files a 2.0 contract references: existence (directories do not count), interface specs parsed,
 * JSON Schemas from the bundle compiled with ajv. A malformed or hostile schema is a finding,
 * never a crash: compilation is bounded (size, depth) and nothing is fetched (a remote `$ref`
 * simply does not resolve).
 */
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import { Ajv } from 'ajv';
import { RE2JS, RE2JSException } from 're2js';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { sha256 } from '../../shared/hash.js';
import { bundlePath, diskReader, insideRoot, isValidFsPath, type BundleFileReader } from '../files.js';
import { parseFirstDocument } from '../yaml/parse.js';
import { YamlTree } from '../yaml/tree.js';
import metaValid2020 from './meta-2020-validator.generated.js';

/** Bundle files larger than this are not read (a finding says so). */
export const MAX_BUNDLE_FILE_BYTES = 16 * 1024 * 1024;
/** Bounds on a bundle JSON Schema before ajv compiles it. */
export const MAX_SCHEMA_DEPTH = 256;
/** ajv's compile time grows faster than linearly (about 4 s for 20,000 values on a busy 2-core runner). */
export const MAX_SCHEMA_NODES = 20_000;
/** Longest `pattern` / `patternProperties` key compiled (V8 and RE2 parse patterns recursively). */
export const MAX_PATTERN_LENGTH = 4096;
/** Entries kept by each content-keyed cache (schemas compiled, interface specs parsed). */
const CACHE_LIMIT = 512;

export type FileState = { kind: 'file'; abs: string } | { kind: 'missing' } | { kind: 'directory' } | { kind: 'outside' };

/**
 * [M] A referenced path that names a directory is FILE_NOT_FOUND under format 2.0 (Pacto v3
 * reads these files; format 1.0 only stat'ed them and accepted directories).
 */
export function bundleFileState(absDir: string, rel: string, root?: string, files: BundleFileReader = diskReader): FileState {
  if (!isValidFsPath(rel) || rel.includes('\0')) return { kind: 'missing' };
  const abs = bundlePath(absDir, rel);
  const st = files.stat(abs);
  if (!st) return { kind: 'missing' };
  if (root !== undefined && !insideRoot(root, abs)) return { kind: 'outside' };
  return st.isDirectory ? { kind: 'directory' } : { kind: 'file', abs };
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

/** Small bundle files are read synchronously: cheaper than a thread-pool round trip each. */
export function readBundleFile(abs: string, files: BundleFileReader = diskReader): ReadResult {
  try {
    const st = files.stat(abs);
    if (st === null) return { ok: false, message: `cannot read it: ENOENT: no such file or directory, stat '${abs}'` };
    if (st.size > MAX_BUNDLE_FILE_BYTES) {
      return { ok: false, message: `file is ${st.size} bytes, more than the ${MAX_BUNDLE_FILE_BYTES}-byte limit` };
    }
    return { ok: true, bytes: files.read(abs) };
  } catch (e) {
    return { ok: false, message: `cannot read it: ${(e as Error).message}` };
  }
}

const specCache = new Map<string, string | null>();

/**
 * [M] Interface specs are parsed by extension: `.yaml`/`.yml` as YAML, `.json` as JSON (Pacto's
 * tests imply JSON specs are parsed too); any other extension (`.proto`) is never parsed.
 * Returns the parse error, or null when the file is fine or not parsed.
 */
export function interfaceSpecError(rel: string, bytes: Buffer): string | null {
  const ext = path.posix.extname(rel).toLowerCase();
  if (ext !== '.json' && ext !== '.yaml' && ext !== '.yml') return null;
  // The verdict depends on the bytes and the parser only: a monorepo's copies of one spec are parsed once.
  const key = `${ext === '.json' ? 'json' : 'yaml'}:${sha256(bytes)}`;
  const hit = specCache.get(key);
  if (hit !== undefined) return hit;
  const result = specErrorUncached(ext, bytes);
  if (specCache.size >= CACHE_LIMIT) specCache.delete(specCache.keys().next().value as string);
  specCache.set(key, result);
  return result;
}

function specErrorUncached(ext: string, bytes: Buffer): string | null {
  if (ext === '.json') {
    try {
      JSON.parse(bytes.toString('utf8'));
      return null;
    } catch (e) {
      return `not valid JSON: ${(e as Error).message.replace(/\s+/g, ' ')}`;
    }
  }
  if (ext === '.yaml' || ext === '.yml') {
    const parsed = parseFirstDocument(bytes);
    // yaml.v3 also refuses duplicate keys and unknown aliases.
    const problem = parsed.error ?? new YamlTree(parsed).problems[0] ?? null;
    return problem ? `not valid YAML: line ${problem.line}, column ${problem.column}: ${problem.message}` : null;
  }
  return null;
}

export interface CompiledSchema {
  /** Validates data; throws RangeError when the schema recurses without end. */
  validate(data: unknown): ErrorObject[] | null;
}

export type CompileResult = { ok: true; schema: CompiledSchema } | { ok: false; kind: 'json' | 'schema'; message: string };

const cache = new Map<string, CompileResult>();

/** Parses and compiles a bundle JSON Schema (draft 2020-12 unless `$schema` says otherwise); cached by content. */
export function compileBundleSchema(bytes: Buffer): CompileResult {
  const key = sha256(bytes);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = compileUncached(bytes);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

function compileUncached(bytes: Buffer): CompileResult {
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return { ok: false, kind: 'json', message: `not valid JSON: ${(e as Error).message.replace(/\s+/g, ' ')}` };
  }
  const bound = checkBounds(doc);
  if (bound) return { ok: false, kind: 'schema', message: bound };
  if (typeof doc !== 'boolean' && (doc === null || typeof doc !== 'object' || Array.isArray(doc))) {
    return {
      ok: false,
      kind: 'schema',
      message: `a JSON Schema must be an object or a boolean, got ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc}`,
    };
  }
  const draft = draftOf(doc);
  if (!draft) {
    const s = (doc as { $schema?: unknown }).$schema;
    return {
      ok: false,
      kind: 'schema',
      message: `unsupported $schema ${JSON.stringify(s)} (use https://json-schema.org/draft/2020-12/schema, 2019-09, draft-07 or draft-06)`,
    };
  }
  stripAsync(doc);
  try {
    const fn = compileIsolated(draft, doc as object);
    return {
      ok: true,
      schema: {
        validate(data: unknown) {
          return fn(data) ? null : (fn.errors ?? []).slice();
        },
      },
    };
  } catch (e) {
    return { ok: false, kind: 'schema', message: compileMessage(e) };
  }
}

function compileMessage(e: unknown): string {
  const err = e as Error & { missingRef?: string };
  if (err instanceof UnsupportedPattern) return err.message;
  if (err instanceof RangeError) return 'schema is too deeply nested or recursive to compile (is there a $ref cycle?)';
  if (err.missingRef !== undefined || /can't resolve reference/.test(err.message)) {
    const ref = err.missingRef ?? err.message.replace(/^.*can't resolve reference (\S+).*$/s, '$1');
    return `cannot resolve $ref ${JSON.stringify(ref)}: references are resolved inside the schema file only; remote schemas are never fetched (inline it under $defs)`;
  }
  return err.message;
}

type Draft = '2020-12' | '2019-09' | 'draft-07' | 'draft-06' | 'draft-04';

function draftOf(doc: unknown): Draft | null {
  if (typeof doc !== 'object' || doc === null) return '2020-12';
  const s = (doc as { $schema?: unknown }).$schema;
  if (s === undefined) return '2020-12';
  if (typeof s !== 'string') return null;
  const u = s.replace(/^https?:\/\//, '').replace(/#$/, '');
  if (u === 'json-schema.org/draft/2020-12/schema') return '2020-12';
  if (u === 'json-schema.org/draft/2019-09/schema') return '2019-09';
  if (u === 'json-schema.org/draft-07/schema') return 'draft-07';
  if (u === 'json-schema.org/draft-06/schema') return 'draft-06';
  if (u === 'json-schema.org/draft-04/schema') return 'draft-04';
  return null;
}

class UnsupportedPattern extends Error {}

/**
 * Patterns from bundle schemas run on RE2 (re2js), never on V8's backtracking engine: matching is
 * linear in the input, so `^(a+)+$` cannot hang the action, and the syntax is Go's regexp, the
 * engine Pacto's validator uses. What RE2 cannot compile (backreferences, lookaround, `\u`
 * escapes) Pacto rejects too: the schema is invalid.
 */
const re2Engine: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    let re: RE2JS;
    try {
      // ajv passes "u" (RE2 is always Unicode-aware); no other flag reaches here.
      re = RE2JS.compile(pattern, flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
    } catch (e) {
      if (!(e instanceof RE2JSException) && !(e instanceof RangeError)) throw e;
      const why = e instanceof RangeError ? 'it is nested too deeply' : (e as Error).message;
      throw new UnsupportedPattern(
        `pattern ${JSON.stringify(shorten(pattern))} cannot be compiled: ${why} (patterns use RE2 syntax, Go's regexp as in Pacto: no backreferences, lookaround or \\u escapes; write \\x{e9} for a code point)`,
      );
    }
    // ajv keys its compiled-pattern cache by toString(): it must be unique per pattern.
    return { test: (s: string) => re.test(s), toString: () => `re2:${flags}:${pattern}` };
  },
  // Only ajv's standalone code generation reads `code`; it is never used here.
  { code: 'pactoRe2' },
);

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/**
 * One ajv per draft serves every bundle schema: its meta-schema is compiled once (it cost about
 * 30 ms per instance), and every schema is still checked against it. Each compile leaves the
 * instance as it found it (the schema's `$id`s are unregistered), so no bundle schema can
 * resolve a `$ref` into another or collide with its `$id`; an instance whose compile threw is
 * dropped rather than trusted.
 *
 * A draft 2020-12 schema (the default) is first checked by the meta-schema validator generated
 * ahead of time (meta-2020-validator.generated.ts; a test keeps it equal to ajv's verdict): one
 * that passes is compiled by an instance that skips the meta check, so no run compiles the
 * meta-schema for valid schemas; one that fails goes through the checking instance, whose
 * error names what is wrong.
 */
type InstanceKey = Exclude<Draft, 'draft-06'> | '2020-12-prechecked';
const ajvByKey = new Map<InstanceKey, Ajv>();

function compileIsolated(draft: Draft, doc: object): ValidateFunction {
  // draft-04/06 are compiled as draft-07 (ajv 8 has no draft-04 engine) without their $schema.
  let key: InstanceKey = draft === 'draft-06' ? 'draft-04' : draft;
  let schema = doc;
  if (key === 'draft-04') {
    const { $schema: _drop, ...rest } = doc as Record<string, unknown>;
    schema = rest;
  }
  if (key === '2020-12' && metaValid2020(schema)) key = '2020-12-prechecked';
  let ajv = ajvByKey.get(key);
  if (!ajv) {
    ajv = newAjv(key);
    ajvByKey.set(key, ajv);
  }
  const before = { refs: new Set(Object.keys(ajv.refs)), schemas: new Set(Object.keys(ajv.schemas)) };
  let fn: ValidateFunction;
  try {
    fn = ajv.compile(schema);
  } catch (e) {
    ajvByKey.delete(key);
    throw e;
  }
  // Only now is the schema's own `$id` known to be new (a taken one throws above): unregister it.
  if (typeof schema === 'object' && schema !== null) ajv.removeSchema(schema);
  for (const k of Object.keys(ajv.refs)) if (!before.refs.has(k)) delete ajv.refs[k];
  for (const k of Object.keys(ajv.schemas)) if (!before.schemas.has(k)) delete ajv.schemas[k];
  return fn;
}

/** How bundle schemas are compiled (plus RE2 for patterns); the meta-schema fast path is generated with these. */
export const BUNDLE_AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false, verbose: true, inlineRefs: true } as const;

function newAjv(key: InstanceKey): Ajv {
  const opts = { ...BUNDLE_AJV_OPTIONS, code: { regExp: re2Engine } };
  if (key === '2020-12-prechecked') return new Ajv2020({ ...opts, validateSchema: false }) as unknown as Ajv;
  if (key === '2020-12') return new Ajv2020(opts) as unknown as Ajv;
  if (key === '2019-09') return new Ajv2019(opts) as unknown as Ajv;
  return new Ajv({ ...opts, validateSchema: key === 'draft-07' });
}

/**
 * `$async: true` would make ajv return a promise (a rejected one on failure): JSON Schema has no
 * such keyword and Pacto's validator ignores it, so it is removed before compiling.
 */
function stripAsync(doc: unknown): void {
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, '$async')) delete (v as Record<string, unknown>).$async;
    for (const c of Array.isArray(v) ? v : Object.values(v)) if (c !== null && typeof c === 'object') stack.push(c);
  }
}

/** Iterative walk: rejects documents too deep or too large to compile safely, and overlong patterns. */
function checkBounds(doc: unknown): string | null {
  const stack: [unknown, number][] = [[doc, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (++nodes > MAX_SCHEMA_NODES) return `schema has more than ${MAX_SCHEMA_NODES} JSON values; split it or simplify it`;
    if (depth > MAX_SCHEMA_DEPTH) return `schema is nested more than ${MAX_SCHEMA_DEPTH} levels deep; flatten it with $defs and $ref`;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const pat = typeof o.pattern === 'string' ? o.pattern : undefined;
      const props = o.patternProperties !== null && typeof o.patternProperties === 'object' ? Object.keys(o.patternProperties) : [];
      for (const p of pat === undefined ? props : [pat, ...props]) {
        if (p.length > MAX_PATTERN_LENGTH) {
          return `pattern ${JSON.stringify(shorten(p))} is ${p.length} characters long, more than the ${MAX_PATTERN_LENGTH}-character limit; simplify it`;
        }
      }
    }
    if (v !== null && typeof v === 'object') {
      for (const c of Array.isArray(v) ? v : Object.values(v)) {
        if (c !== null && typeof c === 'object') stack.push([c, depth + 1]);
        else if (++nodes > MAX_SCHEMA_NODES) return `schema has more than ${MAX_SCHEMA_NODES} JSON values; split it or simplify it`;
      }
    }
  }
  return null;
}
