/**
 * The plugin request's `contract` member for a 2.0 contract: Pacto v3's loaded model as Go's
 * encoding/json writes it (shared encoder, model from model.ts). Null when Go could not encode
 * it (a non-string key in a nested map, as `pacto generate` fails with "failed to marshal").
 */
import { GoAnyKeyMap, GoJsonError, type GoAny } from '../gojson.js';
import { goEncode, type GoValue } from '../yaml/typed.js';
import { CONTRACT, type ContractModel } from './model.js';

export function encodeContract(model: ContractModel): string | null {
  try {
    return goEncode(CONTRACT, model as unknown as GoValue);
  } catch (e) {
    if (e instanceof GoJsonError) return null;
    throw e;
  }
}

/** A yaml.v3 natural value as plain JSON data (for validating configuration values with ajv). */
export function goAnyToJson(v: GoAny): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(goAnyToJson);
  const out: Record<string, unknown> = {};
  const entries: [string, GoAny][] = v instanceof GoAnyKeyMap ? v.entries.map(([k, x]) => [String(k), x]) : [...v.entries()];
  for (const [k, x] of entries)
    Object.defineProperty(out, k, { value: goAnyToJson(x), enumerable: true, writable: true, configurable: true });
  return out;
}
