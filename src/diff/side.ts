/**
 * One side of a comparison: the contract as a generic document (Pacto's diff loads without
 * validating, and both sides go through the same parser) and the files of its bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseFirstDocument } from '../contracts/yaml/parse.js';
import { toGenericJson, type JsonValue } from '../contracts/yaml/generic.js';
import { YamlTree } from '../contracts/yaml/tree.js';
import { locatePath } from '../contracts/yaml/paths.js';

export type Doc = { [k: string]: JsonValue };

export interface Side {
  doc: Doc;
  /** A bundle file's bytes (path relative to the bundle, confined to it), or null. */
  readFile(rel: string): Buffer | null;
  /** 1-based line of a Pacto path (`interfaces[1].port`), the nearest existing parent's otherwise. */
  lineOf(p: string): number | null;
}

/** Reads pacto.yaml of a bundle directory on disk; null when it does not parse to a mapping. */
export function loadSide(absFile: string, absDir: string): Side | null {
  let source: Buffer;
  try {
    source = fs.readFileSync(absFile);
  } catch {
    return null;
  }
  const parsed = parseFirstDocument(source);
  if (parsed.error) return null;
  const tree = new YamlTree(parsed);
  if (tree.problems.length > 0) return null;
  const { value, problem } = toGenericJson(tree);
  if (problem || !isObject(value)) return null;
  const root = path.resolve(absDir);
  return {
    doc: value,
    readFile(rel) {
      const abs = path.resolve(root, rel);
      const inside = path.relative(root, abs);
      if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
      try {
        // A symlink is followed only when it stays inside the bundle (as Pacto's bundle FS).
        const real = fs.realpathSync(abs);
        const realRoot = fs.realpathSync(root);
        const r = path.relative(realRoot, real);
        if (r.startsWith('..') || path.isAbsolute(r)) return null;
        return fs.readFileSync(real);
      } catch {
        return null;
      }
    },
    lineOf(p) {
      return locatePath(tree, p)?.line ?? null;
    },
  };
}

export function isObject(v: JsonValue | undefined): v is Doc {
  return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
}

export function obj(v: JsonValue | undefined): Doc {
  return isObject(v) ? v : {};
}

export function list(v: JsonValue | undefined): JsonValue[] {
  return Array.isArray(v) ? v : [];
}

/** A scalar as the typed model holds it: absent and null are "". */
export function str(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return canonical(v);
}

/** An optional integer (nil when absent). */
export function optInt(v: JsonValue | undefined): number | null {
  return typeof v === 'number' ? Math.trunc(v) : null;
}

/** JSON with sorted keys: deep equality the way Pacto's canonical re-serialisation sees it. */
export function canonical(v: JsonValue | undefined): string {
  if (v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** A bundle file read as YAML (JSON is YAML too); null when it does not parse. */
export function readYaml(side: Side, rel: string): JsonValue | null {
  const bytes = side.readFile(rel);
  if (!bytes) return null;
  try {
    return parseYaml(bytes.toString('utf8'), { maxAliasCount: 1000 }) as JsonValue;
  } catch {
    return null;
  }
}

/** A bundle file read as JSON; null when it is not JSON. */
export function readJson(side: Side, rel: string): JsonValue | null {
  const bytes = side.readFile(rel);
  if (!bytes) return null;
  try {
    return JSON.parse(bytes.toString('utf8')) as JsonValue;
  } catch {
    return null;
  }
}
