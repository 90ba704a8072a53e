/**
 * Go's fmt output for the values yaml.v3 quotes in its messages (`invalid map key: %#v`):
 * what a value decoded into interface{} prints as.
 */
import type { GoAny } from '../gojson.js';

/** Go's strconv.Quote for the text yaml.v3 puts in a message. */
function goStrQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

/** Go's %g for a float64: shortest digits, exponent form below 1e-4 and from 1e6 up. */
function goFloatG(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf';
  const [mant, e] = x.toExponential().split('e') as [string, string];
  const exp = Number(e);
  if (exp < -4 || exp >= 6) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(x);
}

/** Go's %#v of a value yaml.v3 decoded into interface{} (for "invalid map key: ..."). */
export function goSharpV(v: GoAny, inIface = false): string {
  if (v === null) return inIface ? 'interface {}(nil)' : '<nil>';
  if (typeof v === 'string') return goStrQuote(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return goFloatG(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSharpV(x, true)).join(', ')}}`;
  if (v instanceof Map) {
    const keys = [...v.keys()].sort();
    return `map[string]interface {}{${keys.map((k) => `${goStrQuote(k)}:${goSharpV(v.get(k)!, true)}`).join(', ')}}`;
  }
  return `map[interface {}]interface {}{${v.entries.map(([k, x]) => `${goSharpV(k, true)}:${goSharpV(x, true)}`).join(', ')}}`;
}
