/**
 * The "generic document": the same YAML decoded without a target type, then round-tripped
 * through JSON, as Pacto does before running the JSON Schema. Integers become doubles,
 * timestamps RFC 3339 strings, non-string keys their text; a NaN or ±Inf anywhere cannot be
 * encoded and ends validation (YAML_PARSE_ERROR).
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { goFloat, goStringFromBytes } from '../gojson.js';
import { goScalar } from './typed.js';
import type { YamlProblem } from './parse.js';
import { resolveScalar } from './resolve.js';
import type { YamlTree } from './tree.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export interface GenericResult {
  value: JsonValue;
  /** The first value JSON cannot hold (NaN, ±Inf) or a scalar yaml.v3 refuses. */
  problem: YamlProblem | null;
}

/** Decodes the document root generically; `problem` is set when the JSON round trip fails. */
export function toGenericJson(tree: YamlTree): GenericResult {
  const state: { problem: YamlProblem | null } = { problem: null };
  const value = convert(tree, tree.root, state);
  return { value, problem: state.problem };
}

function keyText(tree: YamlTree, key: Node | null): string {
  const k = tree.deref(key);
  if (!k || !isScalar(k)) return '<nil>';
  const r = resolveScalar(k);
  switch (r.tag) {
    case '!!null':
      return '<nil>';
    case '!!bool':
      return r.value ? 'true' : 'false';
    case '!!int':
      return r.value.toString();
    case '!!float':
      return Number.isFinite(r.value) ? goFloat(r.value) : r.value > 0 ? '+Inf' : r.value < 0 ? '-Inf' : 'NaN';
    case '!!binary':
      return goStringFromBytes(r.value);
    case 'error':
    case '!!merge':
      return typeof k.source === 'string' ? k.source : '';
    default:
      return r.value;
  }
}

function convert(tree: YamlTree, node: Node | null, state: { problem: YamlProblem | null }): JsonValue {
  const n = tree.deref(node);
  if (!n) return null;
  if (isScalar(n)) {
    const r = resolveScalar(n);
    if (r.tag === 'error') {
      if (!state.problem) state.problem = tree.problemAt(n, r.message);
      return null;
    }
    if (r.tag === '!!float' && !Number.isFinite(r.value) && !state.problem) {
      const what = Number.isNaN(r.value) ? 'NaN' : r.value > 0 ? '+Inf' : '-Inf';
      state.problem = tree.problemAt(n, `json: unsupported value: ${what}`);
    }
    const v = goScalar(r);
    return typeof v === 'bigint' ? Number(v) : (v as JsonValue);
  }
  if (isSeq(n)) return tree.items(n).map((i) => convert(tree, i, state));
  if (isMap(n)) {
    const obj: { [k: string]: JsonValue } = {};
    for (const e of tree.entries(n)) {
      const k = e.keyText !== null && e.key && resolveScalar(e.key).tag === '!!str' ? e.keyText : keyText(tree, e.keyNode);
      const v = convert(tree, e.value, state);
      if (k === '__proto__') Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
      else obj[k] = v;
    }
    return obj;
  }
  return null;
}
