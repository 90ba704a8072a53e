/**
 * yaml.v3's strict decode (KnownFields) into a Go struct model described as data, and the
 * encoding/json output of that model. A profile describes its Go types once (GoType) and gets
 * both the loader (unknown keys, uncoercible values, YAML 1.1 booleans, floats truncated into
 * ints...) and the byte-exact JSON of the loaded model.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { GoAnyKeyMap, goEncodeAny, goQuote, goStringFromBytes, type GoAny } from '../gojson.js';
import { goSharpV } from './go-format.js';
import { resolveScalar, type Resolved } from './resolve.js';
import type { Entry, YamlTree } from './tree.js';
import { quotedValue } from '../quote.js';

export type GoType =
  | { kind: 'string'; omitEmpty?: boolean }
  | { kind: 'int'; ptr?: boolean; omitEmpty?: boolean }
  | { kind: 'bool'; ptr?: boolean; omitEmpty?: boolean }
  | { kind: 'struct'; name: string; ptr?: boolean; omitEmpty?: boolean; fields: GoField[] }
  | { kind: 'slice'; elem: GoType; omitEmpty?: boolean }
  /** map[string]interface{} */
  | { kind: 'map'; omitEmpty?: boolean }
  /** interface{} */
  | { kind: 'any'; omitEmpty?: boolean };

export interface GoField {
  /** The YAML and JSON key. */
  name: string;
  type: GoType;
}

/**
 * A decoded value: string; bigint for ints (undefined = nil pointer); boolean (undefined =
 * nil pointer); GoStruct (undefined = nil pointer); arrays (null = nil slice); Map (null = nil
 * map); GoAny for interface{}.
 */
export type GoValue = string | bigint | boolean | GoStruct | GoValue[] | GoAny | undefined;
export interface GoStruct {
  [field: string]: GoValue;
}

/** One decode failure, at the node that caused it. */
export interface DecodeIssue {
  node: Node | null;
  message: string;
  /** The unknown key's text when the issue is an unknown field. */
  unknownField?: string;
  /** The Go struct type the unknown field or mismatch is about. */
  typeName?: string;
  /** A sequence or mapping used as a mapping key. */
  complexKey?: boolean;
}

const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const TWO_63 = 2 ** 63;

export function goTypeName(t: GoType): string {
  switch (t.kind) {
    case 'string':
    case 'int':
    case 'bool':
      return t.kind;
    case 'struct':
      return t.name;
    case 'slice':
      return '[]' + goTypeName(t.elem);
    case 'map':
      return 'map[string]interface {}';
    case 'any':
      return 'interface {}';
  }
}

/** The zero value of a type (what yaml.v3 leaves for a missing or null field). */
export function goZero(t: GoType): GoValue {
  switch (t.kind) {
    case 'string':
      return '';
    case 'int':
      return t.ptr ? undefined : 0n;
    case 'bool':
      return t.ptr ? undefined : false;
    case 'struct':
      if (t.ptr) return undefined;
      return Object.fromEntries(t.fields.map((f) => [f.name, goZero(f.type)]));
    case 'slice':
    case 'map':
    case 'any':
      return null;
  }
}

function scalarText(n: Scalar): string {
  return typeof n.source === 'string' ? n.source : String(n.value ?? '');
}

/**
 * What yaml.v3 does with a mapping that has a merge key (`<<`) and a sequence or mapping as a
 * key: it hashes every key as a Go map key, and a slice or map cannot be hashed, so the Go
 * runtime panics and Pacto crashes. Reported as a parse error instead.
 */
export const MERGE_WITH_COMPLEX_KEY =
  'a mapping with a merge key (<<) also has a sequence or mapping as a key: Pacto (yaml.v3) crashes on it ' +
  '("hash of unhashable type"); use plain scalar keys';
const WANT_MAP = 'map merge requires map or sequence of maps as the value';

/** The strict typed decoder; collects every issue as yaml.v3 does before failing. */
export class TypedDecoder {
  readonly issues: DecodeIssue[] = [];
  /**
   * The first failure that ends yaml.v3's decode at once (its failf, or a Go panic): when set,
   * it is the only error Pacto reports, and `issues` are moot.
   */
  fatal: DecodeIssue | null = null;
  constructor(private readonly tree: YamlTree) {}

  private fail(node: Node | null, message: string): void {
    this.fatal ??= { node, message };
  }

  /** yaml.v3's checks on a mapping's own keys before its merge key is applied. */
  private mergeChecks(n: YAMLMap): void {
    const pairs = n.items as Pair<Node | null, Node | null>[];
    const merge = pairs.find((p) => isMergeKey(p.key));
    if (!merge) return;
    const complex = pairs.find((p) => this.isCollection(p.key));
    if (complex) {
      this.fail(complex.key, MERGE_WITH_COMPLEX_KEY);
      return;
    }
    const v = this.tree.deref(merge.value);
    const ok = v !== null && (isMap(v) || (isSeq(v) && this.tree.items(v).every((i) => i !== null && isMap(i))));
    if (!ok) this.fail(merge.value ?? merge.key, WANT_MAP);
  }

  private isCollection(key: Node | null): boolean {
    const k = this.tree.deref(key);
    return k !== null && (isMap(k) || isSeq(k));
  }

  /** A key yaml.v3 decodes into a Go string: a sequence or mapping cannot be one. */
  private stringKeyOk(e: Entry): boolean {
    if (e.keyText !== null || !e.keyNode) return true;
    const k = this.tree.deref(e.keyNode);
    if (k && (isMap(k) || isSeq(k))) {
      this.mismatch(k, { kind: 'string' });
      this.issues[this.issues.length - 1]!.complexKey = true;
    }
    return false;
  }

  decode(node: Node | null, t: GoType): GoValue {
    const n = this.tree.deref(node);
    if (!n) return goZero(t);
    if (isScalar(n)) {
      const r = resolveScalar(n);
      if (r.tag === '!!null') return goZero(t);
      if (r.tag === 'error') {
        this.issues.push({ node: n, message: r.message });
        return goZero(t);
      }
      return this.scalar(n, r, t);
    }
    if (isMap(n)) {
      if (this.tree.hasDuplicateKeys(n) && (t.kind === 'struct' || t.kind === 'map' || t.kind === 'any')) return goZero(t);
      if (t.kind === 'struct') return this.struct(n, t);
      if (t.kind === 'map') return this.stringMap(n);
      if (t.kind === 'any') return this.any(n);
    } else if (isSeq(n)) {
      if (t.kind === 'slice') {
        // yaml.v3 drops a sequence item it cannot set: a null item for a value (non-pointer) element.
        const out: GoValue[] = [];
        for (const item of this.tree.items(n)) {
          if (isNullScalar(item) && !nullable(t.elem)) continue;
          out.push(this.decode(item, t.elem));
        }
        return out;
      }
      if (t.kind === 'any') return this.any(n);
    }
    this.mismatch(n, t);
    return goZero(t);
  }

  private mismatch(n: Node, t: GoType): void {
    const tag = this.tree.kindTag(n);
    const shown = isScalar(n) ? ` \`${quotedValue(scalarText(n))}\`` : '';
    this.issues.push({
      node: n,
      message: `cannot unmarshal ${tag}${shown} into ${goTypeName(t)}`,
      typeName: goTypeName(t),
    });
  }

  private scalar(n: Scalar, r: Resolved, t: GoType): GoValue {
    switch (t.kind) {
      case 'string':
        if (r.tag === '!!binary') return goStringFromBytes(r.value);
        return scalarText(n);
      case 'int': {
        if (r.tag === '!!int' && r.value >= INT64_MIN && r.value <= INT64_MAX) return r.value;
        if (r.tag === '!!float' && r.value <= TWO_63 && !Number.isNaN(r.value)) {
          // Go converts out-of-range floats (2^63, -Inf, below -2^63) to the minimum int64.
          if (r.value >= TWO_63 || r.value < -TWO_63) return INT64_MIN;
          return BigInt(Math.trunc(r.value));
        }
        break;
      }
      case 'bool':
        if (r.tag === '!!bool') return r.value;
        if (r.tag === '!!str' && YAML11_TRUE.has(r.value)) return true;
        if (r.tag === '!!str' && YAML11_FALSE.has(r.value)) return false;
        break;
      case 'any':
        return this.any(n);
      default:
        break;
    }
    this.mismatch(n, t);
    return goZero(t);
  }

  private struct(n: Node & { items: unknown[] }, t: Extract<GoType, { kind: 'struct' }>): GoStruct {
    const out: GoStruct = {};
    for (const f of t.fields) out[f.name] = goZero(f.type);
    const byName = new Map(t.fields.map((f) => [f.name, f]));
    this.mergeChecks(n as unknown as YAMLMap);
    for (const e of this.tree.entries(n as never)) {
      if (!this.stringKeyOk(e)) continue;
      if (e.keyText === null || (e.key && isNullScalar(e.key))) continue; // a null key cannot name a field: skipped
      const f = byName.get(e.keyText);
      if (!f) {
        this.issues.push({
          node: e.keyNode,
          message: `field ${e.keyText} not found in type ${t.name}`,
          unknownField: e.keyText,
          typeName: t.name,
        });
        continue;
      }
      out[f.name] = this.decode(e.value, f.type);
    }
    return out;
  }

  private stringMap(n: Node): Map<string, GoAny> {
    const out = new Map<string, GoAny>();
    this.mergeChecks(n as unknown as YAMLMap);
    for (const e of this.tree.entries(n as never)) {
      if (!this.stringKeyOk(e)) continue;
      if (e.key) {
        const kr = resolveScalar(e.key);
        if (kr.tag === '!!null') continue;
      }
      if (e.keyText === null) continue;
      out.set(e.keyText, this.any(e.value));
    }
    return out;
  }

  /** interface{} decoding: yaml.v3's generic values. */
  any(node: Node | null): GoAny {
    const n = this.tree.deref(node);
    if (!n) return null;
    if (isScalar(n)) {
      const r = resolveScalar(n);
      if (r.tag === 'error') {
        this.issues.push({ node: n, message: r.message });
        return null;
      }
      return goScalar(r);
    }
    if (isSeq(n)) return this.tree.items(n).map((i) => this.any(i));
    if (isMap(n)) {
      if (this.tree.hasDuplicateKeys(n)) return null;
      this.mergeChecks(n);
      const entries = this.tree.entries(n);
      const complex = entries.find((e) => e.keyText === null && this.isCollection(e.keyNode));
      if (complex) {
        // A map[interface{}]interface{} cannot hold a slice or map key: yaml.v3 gives up at once.
        this.fail(complex.keyNode, `invalid map key: ${goSharpV(this.any(complex.keyNode))}`);
        return null;
      }
      const allStrings = entries.every((e) => e.key !== null && isStringKey(e.key));
      if (allStrings) {
        const m = new Map<string, GoAny>();
        for (const e of entries) m.set(e.keyText!, this.any(e.value));
        return m;
      }
      return new GoAnyKeyMap(entries.map((e) => [e.key ? this.any(e.key) : null, this.any(e.value)]));
    }
    return null;
  }
}

/** A resolved scalar as yaml.v3 stores it in an interface{} (ints exact, timestamps as Go JSON text). */
export function goScalar(r: Exclude<Resolved, { tag: 'error' }>): GoAny {
  switch (r.tag) {
    case '!!null':
    case '!!merge':
      return null;
    case '!!binary':
      return goStringFromBytes(r.value);
    default:
      return r.value;
  }
}

/** yaml.v3's isMerge: a `<<` scalar key, untagged or tagged `!` / `!!merge`. */
function isMergeKey(k: Node | null): boolean {
  if (!k || !isScalar(k) || k.source !== '<<') return false;
  return k.type === 'PLAIN'
    ? !k.tag || k.tag === '!' || k.tag === 'tag:yaml.org,2002:merge'
    : !!k.tag && (k.tag === '!' || k.tag === 'tag:yaml.org,2002:merge');
}

function isNullScalar(n: Node | null): boolean {
  return n !== null && isScalar(n) && resolveScalar(n).tag === '!!null';
}

/** Whether yaml.v3 can set a null into this type (pointer, slice, map, interface). */
function nullable(t: GoType): boolean {
  return (
    t.kind === 'slice' ||
    t.kind === 'map' ||
    t.kind === 'any' ||
    ((t.kind === 'struct' || t.kind === 'int' || t.kind === 'bool') && t.ptr === true)
  );
}

function isStringKey(k: Scalar): boolean {
  const r = resolveScalar(k);
  return r.tag === '!!str' || r.tag === '!!merge';
}

/** Go's isEmptyValue for omitempty. */
function isEmpty(t: GoType, v: GoValue): boolean {
  if (v === undefined || v === null) return true;
  switch (t.kind) {
    case 'string':
      return v === '';
    case 'int':
      return !t.ptr && v === 0n;
    case 'bool':
      return !t.ptr && v === false;
    case 'struct':
      return false;
    case 'slice':
      return (v as GoValue[]).length === 0;
    case 'map':
      return (v as Map<string, GoAny>).size === 0;
    case 'any':
      return false;
  }
}

/** encoding/json output of a decoded value (throws GoJsonError for NaN/Inf/non-string keys). */
export function goEncode(t: GoType, v: GoValue): string {
  if (v === undefined || v === null) return 'null';
  switch (t.kind) {
    case 'string':
      return goQuote(v as string);
    case 'int':
      return (v as bigint).toString();
    case 'bool':
      return v ? 'true' : 'false';
    case 'struct': {
      const s = v as GoStruct;
      const parts: string[] = [];
      for (const f of t.fields) {
        const fv = s[f.name];
        if (f.type.omitEmpty && isEmpty(f.type, fv)) continue;
        parts.push(goQuote(f.name) + ':' + goEncode(f.type, fv));
      }
      return '{' + parts.join(',') + '}';
    }
    case 'slice':
      return '[' + (v as GoValue[]).map((x) => goEncode(t.elem, x)).join(',') + ']';
    case 'map':
    case 'any':
      return goEncodeAny(v as GoAny);
  }
}
