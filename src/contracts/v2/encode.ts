/**
 * The plugin request's `contract` member for a 2.0 contract: Pacto v3's loaded model as Go's
 * encoding/json writes it (field order and `omitempty` from the model descriptor, map keys
 * sorted, Go escaping). Returns null when Go could not encode it (a non-string key in a nested map).
 */
import { GoJsonError, compareUtf8, goFloat, goQuote } from '../gojson.js';
import { CONTRACT, GoFloat, GoInt, GoMap } from './model.js';
import type { ContractModel, Native, TypeDesc } from './model.js';

export function encodeContract(model: ContractModel): string | null {
  try {
    return encodeValue(CONTRACT, model);
  } catch (e) {
    if (e instanceof GoJsonError) return null;
    throw e;
  }
}

function isEmpty(t: TypeDesc, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  switch (t.k) {
    case 'str': return v === '';
    case 'bool': return v === false;
    case 'int': return false; // pointers (*int) are present when non-null; plain ints are never omitempty here
    case 'float': return false;
    case 'map': return (v as GoMap).entries.length === 0;
    case 'list': return (v as unknown[]).length === 0;
    case 'struct': return false; // Go never omits a struct value; pointers are empty only when nil
  }
}

function encodeValue(t: TypeDesc, v: unknown): string {
  switch (t.k) {
    case 'str': return goQuote(v as string);
    case 'bool': return v ? 'true' : 'false';
    case 'int': return v === null || v === undefined ? '0' : (v as GoInt).v.toString();
    case 'float': return v === null || v === undefined ? '0' : goFloat((v as GoFloat).v);
    case 'map': return v === null || v === undefined ? 'null' : encodeNative(v as GoMap);
    case 'list': return v === null || v === undefined ? 'null' : '[' + (v as unknown[]).map((x) => encodeValue(t.of, x)).join(',') + ']';
    case 'struct': {
      if (v === null || v === undefined) return 'null';
      const o = v as Record<string, unknown>;
      const parts: string[] = [];
      for (const fd of t.fields) {
        const fv = o[fd.key];
        if (fd.omitEmpty && isEmpty(fd.t, fv)) continue;
        parts.push(goQuote(fd.key) + ':' + encodeValue(fd.t, fv));
      }
      return '{' + parts.join(',') + '}';
    }
  }
}

/** A yaml.v3 natural value (configuration values, metadata, extensions) as Go encodes it. */
export function encodeNative(v: Native): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof GoInt) return v.v.toString();
  if (v instanceof GoFloat) return goFloat(v.v);
  if (Array.isArray(v)) return '[' + v.map(encodeNative).join(',') + ']';
  if (v.nonStringKeys) throw new GoJsonError('json: unsupported type: map[interface {}]interface {}');
  const entries = [...v.entries].sort((a, b) => compareUtf8(a[0], b[0]));
  return '{' + entries.map(([k, x]) => goQuote(k) + ':' + encodeNative(x)).join(',') + '}';
}

/** A natural value as plain JSON data (for validating configuration values with ajv). */
export function nativeToJson(v: Native): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof GoInt) return Number(v.v);
  if (v instanceof GoFloat) return v.v;
  if (Array.isArray(v)) return v.map(nativeToJson);
  const out: Record<string, unknown> = {};
  for (const [k, x] of v.entries) Object.defineProperty(out, k, { value: nativeToJson(x), enumerable: true, writable: true, configurable: true });
  return out;
}
