/**
 * Maps a Pacto finding path to the YAML node it names. Both syntaxes are accepted: dotted
 * (`interfaces.0.port`, schema violations) and bracketed (`interfaces[0].port`, cross-field
 * rules). When the path goes further than the document (a missing property), the nearest
 * existing parent is used.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { SourcePos } from './parse.js';
import type { YamlTree } from './tree.js';

/** Splits a Pacto path into segments: `a[0].b` and `a.0.b` both give ['a', '0', 'b']. */
export function splitPactoPath(path: string): string[] {
  if (path === '') return [];
  const out: string[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1] !== '') out.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(idx[1]!);
  }
  return out;
}

/**
 * The node a path names and where to point at it: a scalar value's own position, a
 * mapping entry's key for collections (the `port:` line), a sequence item's start.
 * Falls back to the nearest existing parent; null only for an empty document.
 */
export function locatePath(tree: YamlTree, path: string): SourcePos | null {
  let node: Node | null = tree.root;
  if (!node) return null;
  let anchor: Node | null = node;
  for (const seg of splitPactoPath(path)) {
    let next: Node | null = null;
    let nextAnchor: Node | null = null;
    if (isMap(node)) {
      const e = tree.get(node, seg);
      if (e) {
        next = e.value;
        nextAnchor = e.value && isScalar(e.value) && e.value.range ? e.value : e.keyNode;
        if (e.value && isScalar(e.value) && e.value.source === '' && e.value.type === 'PLAIN') nextAnchor = e.keyNode;
      }
    } else if (isSeq(node) && /^\d+$/.test(seg)) {
      const items = tree.items(node);
      const i = Number(seg);
      if (i < items.length) {
        next = items[i] ?? null;
        nextAnchor = next;
      }
    }
    if (!nextAnchor) break;
    anchor = nextAnchor;
    node = next;
    if (!node) break;
  }
  return tree.pos(anchor);
}
