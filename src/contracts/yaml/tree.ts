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
  /** Expanded sizes of anchored nodes (aliases count what they expand to); null while being indexed. */
  private readonly anchoredSize = new Map<Node, Size | null>();
  private firstAlias: Node | null = null;
  private readonly withDuplicates = new WeakSet<Node>();

  constructor(parsed: ParsedYaml) {
    this.parsed = parsed;
    if (parsed.doc && parsed.error === null) {
      const root = parsed.doc.contents as Node | null;
      const size = this.index(root, new Map());
      // yaml.v3's guard against alias bombs ("billion laughs"), applied to the whole expansion.
      if (this.problems.length === 0 && excessiveAliasing(size) && root) {
        this.problems.push(this.problemAt(this.firstAlias ?? root, 'document contains excessive aliasing'));
        // Nothing may expand them now, not even the decoders that run before problems are reported.
        this.aliasTarget.clear();
      }
    }
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

  /** Whether a mapping repeats a key: yaml.v3 then reports that and decodes nothing in it. */
  hasDuplicateKeys(map: YAMLMap): boolean {
    return this.withDuplicates.has(map);
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

  /** Indexes anchors and aliases; returns the size of the subtree with every alias expanded. */
  private index(node: Node | null, anchors: Map<string, Node>): Size {
    if (!node) return { nodes: 0, aliases: 0 };
    if (isAlias(node)) {
      this.firstAlias ??= node;
      const target = anchors.get(node.source);
      if (!target) {
        this.problems.push(this.problemAt(node, `unknown anchor '${node.source}' referenced`));
        return { nodes: 1, aliases: 1 };
      }
      this.aliasTarget.set(node, target);
      const size = this.anchoredSize.get(target);
      if (size === null) {
        // The alias sits inside its own anchor's value: yaml.v3 refuses it (expanding it never ends).
        this.aliasTarget.delete(node);
        this.problems.push(this.problemAt(node, `anchor '${node.source}' value contains itself`));
        return { nodes: 1, aliases: 1 };
      }
      return { nodes: 1 + (size?.nodes ?? 0), aliases: 1 + (size?.aliases ?? 0) };
    }
    if (node.anchor) {
      anchors.set(node.anchor, node);
      this.anchoredSize.set(node, null);
    }
    const size: Size = { nodes: 1, aliases: 0 };
    const add = (s: Size): void => {
      size.nodes += s.nodes;
      size.aliases += s.aliases;
    };
    if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items as Pair<Node | null, Node | null>[]) {
        const k = pair.key as Node | null;
        add(this.index(k, anchors));
        // yaml.v3 compares keys by node kind and Value: a sequence or mapping key's Value is
        // empty (two of them collide), an alias key's is the anchor name.
        const kind = !k ? null : isScalar(k) ? 's' : isAlias(k) ? 'a' : isMap(k) ? 'm' : isSeq(k) ? 'q' : null;
        if (k && kind) {
          const text = isScalar(k) ? String(k.source ?? k.value ?? '') : isAlias(k) ? k.source : '';
          const first = seen.get(kind + text);
          if (first) {
            const line = this.pos(first)?.line ?? 0;
            this.problems.push(this.problemAt(k, `mapping key ${JSON.stringify(text)} already defined at line ${line}`));
            this.withDuplicates.add(node);
          } else seen.set(kind + text, k);
        }
        add(this.index(pair.value as Node | null, anchors));
      }
    } else if (isSeq(node)) {
      for (const item of node.items as (Node | null)[]) add(this.index(item, anchors));
    }
    if (node.anchor) this.anchoredSize.set(node, size);
    return size;
  }
}

interface Size {
  nodes: number;
  aliases: number;
}

/**
 * yaml.v3 (decode.go) fails a decode once more than 100 aliases were expanded among more than
 * 1,000 nodes and aliases make up more than an allowed share of them: 99% up to 400,000
 * nodes, falling linearly to 10% at 4,000,000. Checked here on the totals, before anything
 * expands them.
 */
function excessiveAliasing({ nodes, aliases }: Size): boolean {
  if (aliases <= 100 || nodes <= 1000) return false;
  const low = 400_000;
  const high = 4_000_000;
  const allowed = nodes <= low ? 0.99 : nodes >= high ? 0.1 : 0.99 - 0.89 * ((nodes - low) / (high - low));
  return aliases / nodes > allowed;
}
