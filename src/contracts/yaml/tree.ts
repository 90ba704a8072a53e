/**
 * Navigation over the first document with yaml.v3's structural rules: aliases resolved to
 * the latest earlier anchor, `<<` merge keys applied (explicit keys win, earlier merge sources
 * win over later ones), duplicate keys detected by kind and text as yaml.v3 does.
 */
import { isAlias, isMap, isScalar, isSeq, type Alias, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { positionAt, type ParsedYaml, type SourcePos, type YamlProblem } from './parse.js';
import { resolveScalar } from './resolve.js';

/** One key/value of a mapping after merges; `key` is the scalar key node (null for complex keys). */
export interface Entry {
  key: Scalar | null;
  /** The key's text as yaml.v3's Value (scalar source), or null for a non-scalar key. */
  keyText: string | null;
  /** Dereferenced value node; null when the pair has no value node. */
  value: Node | null;
  /** The key node (for positions). */
  keyNode: Node | null;
}

export type NodeKind = 'scalar' | 'map' | 'seq' | 'none';

export class YamlTree {
  readonly parsed: ParsedYaml;
  /** The first structural problem (unknown anchor, duplicate key), in document order. */
  readonly problems: YamlProblem[] = [];
  private readonly aliasTarget = new Map<Alias, Node>();
  private readonly entryCache = new WeakMap<YAMLMap, Entry[]>();

  constructor(parsed: ParsedYaml) {
    this.parsed = parsed;
    if (parsed.doc && parsed.error === null) this.index(parsed.doc.contents as Node | null, new Map());
  }

  /** The root node (dereferenced), or null for an empty document. */
  get root(): Node | null {
    const c = this.parsed.doc?.contents as Node | null | undefined;
    return c ? this.deref(c) : null;
  }

  pos(node: Node | null | undefined): SourcePos | null {
    const off = node?.range?.[0];
    return off === undefined ? null : positionAt(this.parsed.lineCounter, off);
  }

  problemAt(node: Node | null | undefined, message: string): YamlProblem {
    const offset = node?.range?.[0] ?? 0;
    const p = this.pos(node) ?? { line: 1, column: 1 };
    return { message, offset, ...p };
  }

  /** Follows aliases to the anchored node (null if unresolved). */
  deref(node: Node | null | undefined): Node | null {
    let n: Node | null | undefined = node;
    for (let guard = 0; n && isAlias(n) && guard < 1000; guard++) n = this.aliasTarget.get(n) ?? null;
    return n ?? null;
  }

  kind(node: Node | null): NodeKind {
    if (!node) return 'none';
    if (isMap(node)) return 'map';
    if (isSeq(node)) return 'seq';
    if (isScalar(node)) return 'scalar';
    return 'none';
  }

  /** yaml.v3's short kind tag for messages: !!map, !!seq, or the scalar's resolved tag. */
  kindTag(node: Node | null): string {
    if (!node) return '!!null';
    if (isMap(node)) return '!!map';
    if (isSeq(node)) return '!!seq';
    if (isScalar(node)) {
      const r = resolveScalar(node);
      return r.tag === 'other' ? r.name : r.tag === 'error' ? '!!str' : r.tag;
    }
    return '!!null';
  }

  items(seq: YAMLSeq): (Node | null)[] {
    return (seq.items as (Node | null)[]).map((n) => this.deref(n));
  }

  /** Entries of a mapping with merge keys applied. */
  entries(map: YAMLMap): Entry[] {
    const cached = this.entryCache.get(map);
    if (cached) return cached;
    const explicit: Entry[] = [];
    const merged: Entry[] = [];
    for (const pair of map.items as Pair<Node | null, Node | null>[]) {
      const keyNode = pair.key as Node | null;
      const key = keyNode && isScalar(keyNode) ? keyNode : null;
      if (key && key.type === 'PLAIN' && !key.tag && key.source === '<<') {
        merged.push(...this.mergeSources(pair.value as Node | null));
        continue;
      }
      const keyText = key ? String(key.source ?? key.value ?? '') : null;
      explicit.push({ key, keyText, value: this.deref(pair.value as Node | null), keyNode });
    }
    let out = explicit;
    if (merged.length > 0) {
      const seen = new Set(explicit.map((e) => e.keyText));
      out = [...explicit];
      for (const e of merged) {
        if (e.keyText !== null && seen.has(e.keyText)) continue;
        seen.add(e.keyText);
        out.push(e);
      }
    }
    this.entryCache.set(map, out);
    return out;
  }

  /** Looks a key up by its text. */
  get(map: YAMLMap, key: string): Entry | undefined {
    return this.entries(map).find((e) => e.keyText === key);
  }

  private mergeSources(valueNode: Node | null): Entry[] {
    const v = this.deref(valueNode);
    if (v && isMap(v)) return this.entries(v);
    if (v && isSeq(v)) {
      const out: Entry[] = [];
      for (const item of this.items(v)) if (item && isMap(item)) out.push(...this.entries(item));
      return out;
    }
    return [];
  }

  private index(node: Node | null, anchors: Map<string, Node>): void {
    if (!node) return;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) this.aliasTarget.set(node, target);
      else this.problems.push(this.problemAt(node, `unknown anchor '${node.source}' referenced`));
      return;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items as Pair<Node | null, Node | null>[]) {
        const k = pair.key as Node | null;
        this.index(k, anchors);
        if (k && isScalar(k)) {
          const text = String(k.source ?? k.value ?? '');
          const first = seen.get(text);
          if (first) {
            const line = this.pos(first)?.line ?? 0;
            this.problems.push(this.problemAt(k, `mapping key ${JSON.stringify(text)} already defined at line ${line}`));
          } else if (!first) seen.set(text, k);
        }
        this.index(pair.value as Node | null, anchors);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as (Node | null)[]) this.index(item, anchors);
    }
  }
}
