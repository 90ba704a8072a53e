/**
 * Maps a Pacto finding path (`capabilities.0.binding.path` or `capabilities[0].binding.path`) to
 * the YAML node's 1-based line/column, falling back to the nearest existing parent.
 */
import { isMap, isSeq, type Node } from 'yaml';
import type { YamlTree } from '../yaml/tree.js';

export function pathSegments(p: string): string[] {
  if (p === '') return [];
  const out: string[] = [];
  for (const part of p.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1] !== '') out.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(idx[1]!);
  }
  return out;
}

export function locate(tree: YamlTree, p: string): { line: number; column: number } | null {
  let node: Node | null = tree.root;
  let best: Node | null = node;
  for (const seg of pathSegments(p)) {
    if (!node) break;
    let next: Node | null = null;
    let keyNode: Node | null = null;
    if (isMap(node)) {
      const e = tree.get(node, seg);
      if (e) {
        next = e.value;
        keyNode = e.keyNode;
      }
    } else if (isSeq(node) && /^\d+$/.test(seg)) {
      next = tree.items(node)[Number(seg)] ?? null;
    }
    if (!next && !keyNode) break;
    best = next ?? keyNode;
    node = next;
  }
  return tree.pos(best);
}
