/**
 * Go encoding/json output, byte for byte: HTML-safe string escaping, exact integers,
 * float64 in Go's shortest form, map keys sorted.
 */

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HTML_UNSAFE = /[<>&\u2028\u2029]/g;
const HTML_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * A string as Go's json.Marshal writes it: `<`, `>`, `&`, U+2028, U+2029 as \u escapes,
 * control characters as \n \r \t \b \f or \u00XX, anything not encodable (a lone surrogate)
 * as U+FFFD.
 */
export function goQuote(s: string): string {
  let t = s;
  if (/[\ud800-\udfff]/.test(t)) t = t.replace(LONE_SURROGATE, '\ufffd');
  const json = JSON.stringify(t);
  return HTML_UNSAFE.test(json) ? json.replace(HTML_UNSAFE, (c) => HTML_ESCAPES[c]!) : json;
}

/**
 * Bytes as a Go string seen through encoding/json: each byte that does not start a valid
 * UTF-8 sequence becomes U+FFFD on its own (Go's rule, not the WHATWG decoder's).
 */
export function goStringFromBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const [cp, size] = decodeRune(bytes, i);
    out += cp < 0 ? '\ufffd' : String.fromCodePoint(cp);
    i += size;
  }
  return out;
}

/** Go's utf8.DecodeRune: [codepoint, size]; codepoint -1 with size 1 when invalid. */
function decodeRune(b: Uint8Array, i: number): [number, number] {
  const c0 = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): number => {
    const c = b[i + k];
    return c !== undefined && c >= lo && c <= hi ? c & 0x3f : -1;
  };
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    const c1 = cont(1);
    return c1 < 0 ? [-1, 1] : [((c0 & 0x1f) << 6) | c1, 2];
  }
  if (c0 >= 0xe0 && c0 <= 0xef) {
    const lo = c0 === 0xe0 ? 0xa0 : 0x80;
    const hi = c0 === 0xed ? 0x9f : 0xbf;
    const c1 = cont(1, lo, hi);
    const c2 = c1 < 0 ? -1 : cont(2);
    return c1 < 0 || c2 < 0 ? [-1, 1] : [((c0 & 0x0f) << 12) | (c1 << 6) | c2, 3];
  }
  if (c0 >= 0xf0 && c0 <= 0xf4) {
    const lo = c0 === 0xf0 ? 0x90 : 0x80;
    const hi = c0 === 0xf4 ? 0x8f : 0xbf;
    const c1 = cont(1, lo, hi);
    const c2 = c1 < 0 ? -1 : cont(2);
    const c3 = c2 < 0 ? -1 : cont(3);
    return c1 < 0 || c2 < 0 || c3 < 0 ? [-1, 1] : [((c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4];
  }
  return [-1, 1];
}

/** An error Go's encoder would return (`json: unsupported value: NaN`, ...). */
export class GoJsonError extends Error {}

/** A float64 as encoding/json writes it (`1`, `-0`, `1e+21`, `1e-7`); NaN and ±Inf throw. */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) throw new GoJsonError('json: unsupported value: NaN');
  if (!Number.isFinite(f)) throw new GoJsonError(`json: unsupported value: ${f > 0 ? '+Inf' : '-Inf'}`);
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  // JavaScript's Number#toString uses the same shortest digits and the same switch to
  // exponent form (below 1e-6, from 1e21), and writes `1e+21` / `1e-7` as Go does.
  return String(f);
}

/** Compares strings by their UTF-8 bytes (Go's sort order for map keys). */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * A generic (interface{}) value as decoded by yaml.v3: bigint for integers (exact up to
 * uint64), number for floats, Map for map[string]interface{}, GoAnyKeyMap for a mapping
 * with a non-string key (Go cannot encode it).
 */
export type GoAny = null | string | boolean | bigint | number | GoAny[] | Map<string, GoAny> | GoAnyKeyMap;

export class GoAnyKeyMap {
  constructor(readonly entries: [GoAny, GoAny][]) {}
}

/** Encodes a generic value as encoding/json would (map keys sorted by bytes). */
export function goEncodeAny(v: GoAny): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return goQuote(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    case 'number':
      return goFloat(v);
  }
  if (Array.isArray(v)) return '[' + v.map(goEncodeAny).join(',') + ']';
  if (v instanceof Map) {
    const keys = [...v.keys()].sort(compareUtf8);
    return '{' + keys.map((k) => goQuote(k) + ':' + goEncodeAny(v.get(k)!)).join(',') + '}';
  }
  throw new GoJsonError('json: unsupported type: map[interface {}]interface {}');
}
