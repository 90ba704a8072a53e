/**
 * Pacto v3's strict typed load of pacto.yaml (format 2.0): yaml.v3 decoding into the closed Go
 * model. Any failure is one PARSE_ERROR (path ""), positioned at the first offending node.
 */
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { parseFirstDocument } from '../yaml/parse.js';
import { goStringFromBytes } from '../gojson.js';
import { resolveScalar, type Resolved } from '../yaml/resolve.js';
import { YamlTree } from '../yaml/tree.js';
import { CONTRACT, GoFloat, GoInt, GoMap } from './model.js';
import type { ContractModel, Native, TypeDesc } from './model.js';

export interface LoadProblem {
  message: string;
  line: number | null;
  column: number | null;
}

export type LoadResult =
  | { ok: true; model: ContractModel; tree: YamlTree }
  | { ok: false; problem: LoadProblem; tree: YamlTree | null };

const BOOL_TRUE_11 = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const BOOL_FALSE_11 = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const INT64_MAX = 2n ** 63n - 1n;

interface Ctx {
  tree: YamlTree;
  errors: { message: string; node: Node | null }[];
  depth: number;
}

function scalarText(n: Scalar): string {
  return typeof n.source === 'string' ? n.source : String(n.value ?? '');
}

/** A scalar resolved as yaml.v3 does; tags it does not know are kept as text. */
function resolved(n: Scalar): Resolved {
  return resolveScalar(n);
}

/** Loads the first document strictly. Messages say what was wrong and how to fix it. */
export function loadContract(source: Buffer | string): LoadResult {
  const parsed = parseFirstDocument(source);
  if (parsed.error) {
    const e = parsed.error;
    return fail(null, `failed to parse YAML: ${e.message}`, e.line, e.column);
  }
  if (!parsed.doc) {
    return fail(null, 'failed to parse YAML: EOF (pacto.yaml is empty; it needs at least pactoVersion: "2.0" and service.name/service.version)', 1, 1);
  }
  const tree = new YamlTree(parsed);
  const ctx: Ctx = { tree, errors: [], depth: 0 };
  for (const p of tree.problems) ctx.errors.push({ message: p.message, node: null, pos: p } as CtxError);
  const root = tree.root;
  const model = decode(ctx, CONTRACT, root) as unknown as ContractModel;
  const versionNode = findKey(ctx, root, 'pactoVersion');
  if (model.pactoVersion && model.pactoVersion !== '2.0') {
    const p = tree.pos(versionNode);
    return fail(tree, unsupportedVersionMessage(model.pactoVersion), p?.line ?? null, p?.column ?? null);
  }
  if (ctx.errors.length > 0) {
    const sorted = ctx.errors
      .map((e) => ({ message: e.message, pos: (e as CtxError).pos ?? tree.pos(e.node) }))
      .sort((a, b) => (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.column ?? 0) - (b.pos?.column ?? 0));
    const first = sorted[0]!;
    const lines = sorted.map((e) => `  line ${e.pos?.line ?? '?'}: ${e.message}`);
    return fail(tree, `failed to parse YAML: yaml: unmarshal errors:\n${lines.join('\n')}`, first.pos?.line ?? null, first.pos?.column ?? null);
  }
  const serviceNode = findKey(ctx, root, 'service');
  const checks: [string, string, Node | null][] = [
    ['pactoVersion', model.pactoVersion, root],
    ['service.name', model.service.name, serviceNode ?? root],
    ['service.version', model.service.version, serviceNode ?? root],
  ];
  for (const [field, value, node] of checks) {
    if (value === '') {
      const p = tree.pos(node) ?? { line: 1, column: 1 };
      const hint = field === 'pactoVersion' ? ' (add pactoVersion: "2.0")' : ` (set ${field} to a non-empty string)`;
      return fail(tree, `parse error at ${field}: ${field} is required${hint}`, p.line, p.column);
    }
  }
  return { ok: true, model, tree };
}

interface CtxError {
  message: string;
  node: Node | null;
  pos?: { line: number; column: number };
}

function unsupportedVersionMessage(v: string): string {
  const hint = v === '1.0'
    ? ' — this is a format 1.0 contract: set the contract-format input to auto or 1.0 to validate it with the 1.0 profile, or migrate it to format 2.0'
    : ' — set pactoVersion: "2.0" (quoted)';
  return `unsupported pactoVersion ${JSON.stringify(v)}; only "2.0" is supported${hint}`;
}

function fail(tree: YamlTree | null, message: string, line: number | null, column: number | null): LoadResult {
  return { ok: false, problem: { message, line, column }, tree };
}

function findKey(ctx: Ctx, node: Node | null, key: string): Node | null {
  if (!node || !isMap(node)) return null;
  return ctx.tree.get(node, key)?.keyNode ?? null;
}

function isNull(node: Node | null): boolean {
  if (node === null) return true;
  if (!isScalar(node)) return false;
  return resolved(node).tag === '!!null';
}

function describe(ctx: Ctx, node: Node): string {
  const tag = ctx.tree.kindTag(node);
  if (isScalar(node)) return `${tag} \`${scalarText(node)}\``;
  return tag;
}

function goTypeName(t: TypeDesc): string {
  switch (t.k) {
    case 'str': return 'string';
    case 'bool': return 'bool';
    case 'int': return 'int';
    case 'float': return 'float64';
    case 'map': return 'map[string]interface {}';
    case 'list': return `[]${goTypeName(t.of)}`;
    case 'struct': return `contract.${t.name}`;
  }
}

function zero(t: TypeDesc): unknown {
  switch (t.k) {
    case 'str': return '';
    case 'bool': return false;
    case 'int': case 'float': case 'map': case 'list': return null;
    case 'struct': return t.pointer ? null : zeroStruct(t);
  }
}

function zeroStruct(t: Extract<TypeDesc, { k: 'struct' }>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const fd of t.fields) o[fd.key] = zero(fd.t);
  return o;
}

function decode(ctx: Ctx, t: TypeDesc, node: Node | null): unknown {
  if (isNull(node)) return zero(t);
  const n = node as Node;
  if (ctx.depth > 200) {
    ctx.errors.push({ message: 'document nested too deeply', node: n });
    return zero(t);
  }
  switch (t.k) {
    case 'str': {
      if (!isScalar(n)) return mismatch(ctx, n, t);
      const r = resolved(n);
      if (r.tag === 'error') return mismatch(ctx, n, t, ` (${r.message})`);
      return r.tag === '!!binary' ? goStringFromBytes(r.value) : scalarText(n);
    }
    case 'bool': {
      if (!isScalar(n)) return mismatch(ctx, n, t);
      const r = resolved(n);
      if (r.tag === '!!bool') return r.value;
      if (r.tag === '!!str' && BOOL_TRUE_11.has(r.value)) return true;
      if (r.tag === '!!str' && BOOL_FALSE_11.has(r.value)) return false;
      return mismatch(ctx, n, t, ' (use true or false, unquoted)');
    }
    case 'int': {
      if (!isScalar(n)) return mismatch(ctx, n, t);
      const r = resolved(n);
      if (r.tag === '!!int' && r.value <= INT64_MAX) return new GoInt(r.value);
      if (r.tag === '!!float' && Number.isFinite(r.value) && Math.abs(r.value) < 9.223372036854776e18) {
        return new GoInt(BigInt(Math.trunc(r.value)));
      }
      return mismatch(ctx, n, t, ' (use an unquoted whole number)');
    }
    case 'float': {
      if (!isScalar(n)) return mismatch(ctx, n, t);
      const r = resolved(n);
      if (r.tag === '!!int') return new GoFloat(Number(r.value));
      if (r.tag === '!!float') return new GoFloat(r.value);
      return mismatch(ctx, n, t, ' (use an unquoted number)');
    }
    case 'map': {
      if (!isMap(n)) return mismatch(ctx, n, t, ' (use a mapping of keys to values)');
      const entries: [string, Native][] = [];
      ctx.depth++;
      for (const e of ctx.tree.entries(n)) {
        if (e.key && isNull(e.key)) continue;
        const k = e.keyText ?? '';
        setEntry(entries, k, native(ctx, e.value));
      }
      ctx.depth--;
      return new GoMap(entries, false);
    }
    case 'list': {
      if (!isSeq(n)) return mismatch(ctx, n, t, ' (use a YAML list: "- item")');
      ctx.depth++;
      const out = ctx.tree.items(n).map((it) => decode(ctx, t.of, it));
      ctx.depth--;
      return out;
    }
    case 'struct': {
      if (!isMap(n)) {
        const hint = t.name === 'OwnerInfo' ? ' (format 2.0 owner is an object, e.g. owner: {team: my-team})' : ' (use a mapping)';
        return mismatch(ctx, n, t, hint);
      }
      const o = zeroStruct(t);
      for (const e of ctx.tree.entries(n)) {
        const k = e.keyText ?? '';
        const fd = t.fields.find((x) => x.key === k);
        if (!fd) {
          ctx.errors.push({ message: `field ${k} not found in type contract.${t.name}${removedFieldHint(t.name, k)}`, node: e.keyNode });
          continue;
        }
        ctx.depth++;
        o[k] = decode(ctx, fd.t, e.value);
        ctx.depth--;
      }
      return o;
    }
  }
}

function setEntry(entries: [string, Native][], k: string, v: Native): void {
  const i = entries.findIndex((e) => e[0] === k);
  if (i >= 0) entries[i] = [k, v];
  else entries.push([k, v]);
}

/** Format 1.0 keys that 2.0 removed or moved: the loader names their replacement. */
function removedFieldHint(struct: string, key: string): string {
  const hints: Record<string, string> = {
    'Contract.runtime': ' (format 2.0 has top-level workload and state; health and metrics are capabilities)',
    'Contract.scaling': ' (format 2.0 has no scaling section)',
    'Contract.configuration': ' (format 2.0 uses a configurations list)',
    'Service.image': ' (format 2.0 has no service.image)',
    'Interface.port': ' (format 2.0 interfaces have no port; remove it)',
    'Interface.contract': ' (format 2.0 interfaces use ref)',
  };
  return hints[`${struct}.${key}`] ?? ' (remove it or check its spelling; format 2.0 objects are closed)';
}

function mismatch(ctx: Ctx, n: Node, t: TypeDesc, hint = ''): unknown {
  ctx.errors.push({ message: `cannot unmarshal ${describe(ctx, n)} into ${goTypeName(t)}${hint}`, node: n });
  return zero(t);
}

/** Natural (interface{}) decode, as yaml.v3 fills map[string]any values. */
function native(ctx: Ctx, node: Node | null): Native {
  if (node === null) return null;
  if (ctx.depth > 200) {
    ctx.errors.push({ message: 'document nested too deeply', node });
    return null;
  }
  if (isScalar(node)) {
    const r = resolved(node);
    switch (r.tag) {
      case '!!null': return null;
      case '!!bool': return r.value;
      case '!!int': return new GoInt(r.value);
      case '!!float': return new GoFloat(r.value);
      case '!!timestamp': case '!!str': case 'other': return r.value;
      case '!!binary': return goStringFromBytes(r.value);
      case '!!merge': return '<<';
      case 'error':
        ctx.errors.push({ message: r.message, node });
        return null;
    }
  }
  if (isSeq(node)) {
    ctx.depth++;
    const out = ctx.tree.items(node).map((it) => native(ctx, it));
    ctx.depth--;
    return out;
  }
  if (isMap(node)) {
    const entries: [string, Native][] = [];
    let nonString = false;
    ctx.depth++;
    for (const e of ctx.tree.entries(node)) {
      let k: string;
      if (e.key) {
        const r = resolved(e.key);
        if (r.tag !== '!!str') nonString = true;
        k = r.tag === '!!null' ? '<nil>' : scalarText(e.key);
      } else {
        nonString = true;
        k = '';
      }
      setEntry(entries, k, native(ctx, e.value));
    }
    ctx.depth--;
    return new GoMap(entries, nonString);
  }
  return null;
}
