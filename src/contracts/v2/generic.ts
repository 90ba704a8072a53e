/**
 * The generic document Pacto v3 validates with JSON Schema: the first YAML document decoded into
 * untyped values, date/timestamp scalars kept as their literal text, then a JSON round trip
 * (NaN/±Inf cannot be encoded: YAML_PARSE_ERROR).
 */
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { goFloat, goStringFromBytes } from '../gojson.js';
import { MAX_YAML_DEPTH } from '../yaml/parse.js';
import { resolveScalar } from '../yaml/resolve.js';
import type { YamlTree } from '../yaml/tree.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export type GenericResult = { ok: true; value: Json } | { ok: false; message: string; line: number | null; column: number | null };

class Unencodable extends Error {
  constructor(
    message: string,
    readonly node: Node,
  ) {
    super(message);
  }
}

export function genericDocument(tree: YamlTree): GenericResult {
  try {
    return { ok: true, value: toJson(tree, tree.root, 0) };
  } catch (e) {
    if (e instanceof Unencodable) {
      const p = tree.pos(e.node);
      return { ok: false, message: e.message, line: p?.line ?? null, column: p?.column ?? null };
    }
    throw e;
  }
}

function text(n: { source?: unknown; value?: unknown }): string {
  return typeof n.source === 'string' ? n.source : String(n.value ?? '');
}

/** A mapping key as Go prints it after a generic decode (fmt's %v of the decoded key). */
function keyText(key: Scalar): string {
  const r = resolveScalar(key);
  switch (r.tag) {
    case '!!null':
      return '<nil>';
    case '!!bool':
      return r.value ? 'true' : 'false';
    case '!!int':
      return r.value.toString();
    case '!!float':
      return Number.isFinite(r.value) ? goFloat(r.value) : r.value > 0 ? '+Inf' : r.value < 0 ? '-Inf' : 'NaN';
    case '!!str':
    case 'other':
    case '!!timestamp':
      return text(key);
    default:
      return text(key);
  }
}

function toJson(tree: YamlTree, node: Node | null, depth: number): Json {
  if (node === null) return null;
  // The parser refuses text nested deeper (MAX_YAML_DEPTH); aliases can still nest further.
  if (depth >= MAX_YAML_DEPTH && (isSeq(node) || isMap(node)))
    throw new Unencodable(`YAML is nested more than ${MAX_YAML_DEPTH} levels deep (counting what aliases expand to); flatten it`, node);
  if (isScalar(node)) {
    const r = resolveScalar(node);
    switch (r.tag) {
      case '!!null':
        return null;
      case '!!bool':
        return r.value;
      case '!!int':
        return Number(r.value);
      case '!!float': {
        const v = r.value;
        const hint = ` (the YAML value ${text(node)} cannot be represented in JSON; quote it if it is text)`;
        if (Number.isNaN(v)) throw new Unencodable(`json: unsupported value: NaN${hint}`, node);
        if (!Number.isFinite(v)) throw new Unencodable(`json: unsupported value: ${v > 0 ? '+Inf' : '-Inf'}${hint}`, node);
        return v;
      }
      // [dates kept as written] Pacto v3's generic decode keeps date/timestamp scalars as their literal text.
      case '!!timestamp':
        return text(node);
      case '!!binary':
        return goStringFromBytes(r.value);
      case '!!str':
      case 'other':
        return r.value;
      case '!!merge':
        return '<<';
      case 'error':
        return text(node);
    }
  }
  if (isSeq(node)) return tree.items(node).map((it) => toJson(tree, it, depth + 1));
  if (isMap(node)) {
    const out: { [k: string]: Json } = {};
    for (const e of tree.entries(node)) {
      const k = e.key ? keyText(e.key) : '<nil>';
      Object.defineProperty(out, k, { value: toJson(tree, e.value, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return null;
}
