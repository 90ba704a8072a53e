/**
 * `.pacto-generated.json`: which files each (contract, plugin) pair generated into an output
 * directory, so `clean` can delete exactly the files a plugin no longer produces.
 * Deterministic bytes (sorted keys and entries, 2-space JSON, LF, trailing newline, no
 * timestamps or absolute paths), so regenerating with the same inputs changes nothing.
 */
import { compareBytes, pathProblem } from './paths.js';

export const MANIFEST_NAME = '.pacto-generated.json';

export interface ManifestFile {
  /** Relative to the output directory, `/`-separated. */
  path: string;
  sha256: string;
}

export interface ManifestEntry {
  /** The contract file, relative to the working directory. */
  contract: string;
  plugin: string;
  /** The plugin's version when known, else the sha256 of its executable. */
  pluginVersion: string | null;
  pluginSha256: string | null;
  files: ManifestFile[];
}

export function entryKey(contract: string, plugin: string): string {
  return JSON.stringify([contract, plugin]);
}

/** The manifest text, or null when there is nothing to record (no file is written). */
export function serializeManifest(entries: Iterable<ManifestEntry>): string | null {
  const list = [...entries].filter((e) => e.files.length > 0);
  if (list.length === 0) return null;
  list.sort((a, b) => compareBytes(a.contract, b.contract) || compareBytes(a.plugin, b.plugin));
  const out = {
    entries: list.map((e) => {
      const files = [...e.files].sort((a, b) => compareBytes(a.path, b.path)).map((f) => ({ path: f.path, sha256: f.sha256 }));
      const o: Record<string, unknown> = { contract: e.contract, files, plugin: e.plugin };
      if (e.pluginVersion !== null) o.pluginVersion = e.pluginVersion;
      else o.pluginSha256 = e.pluginSha256 ?? '';
      return o;
    }),
    generatedBy: 'pacto-generate-action',
    manifestVersion: 1,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Parses and checks a manifest found on disk; throws with a message on anything unexpected. */
export function parseManifest(text: string): ManifestEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`it is not valid JSON (${(e as Error).message})`, { cause: e });
  }
  if (!isObject(doc) || !Array.isArray(doc.entries)) throw new Error('it has no "entries" array');
  if (doc.manifestVersion !== 1) throw new Error(`manifestVersion ${JSON.stringify(doc.manifestVersion)} is not 1`);
  const seen = new Set<string>();
  return doc.entries.map((raw, i) => {
    const where = `entries[${i}]`;
    if (!isObject(raw) || typeof raw.contract !== 'string' || typeof raw.plugin !== 'string' || !Array.isArray(raw.files)) {
      throw new Error(`${where} needs string "contract" and "plugin" and a "files" array`);
    }
    const key = entryKey(raw.contract, raw.plugin);
    if (seen.has(key)) throw new Error(`${where} repeats contract ${raw.contract} with plugin ${raw.plugin}`);
    seen.add(key);
    const files = raw.files.map((f, j) => {
      if (!isObject(f) || typeof f.path !== 'string' || typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) {
        throw new Error(`${where}.files[${j}] needs a string "path" and a hex "sha256"`);
      }
      const problem = pathProblem(f.path);
      if (problem) throw new Error(`${where}.files[${j}] path ${JSON.stringify(f.path)} is not allowed: ${problem}`);
      return { path: f.path, sha256: f.sha256 };
    });
    return {
      contract: raw.contract,
      plugin: raw.plugin,
      pluginVersion: typeof raw.pluginVersion === 'string' ? raw.pluginVersion : null,
      pluginSha256: typeof raw.pluginSha256 === 'string' ? raw.pluginSha256 : null,
      files,
    };
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * When two manifests differ only in which executable produced the files (pluginVersion or
 * pluginSha256: a rebuilt plugin giving byte-identical files), the entries whose identity
 * changed as `plugin for contract`; null when anything else differs or the text does not parse.
 */
export function identityOnlyChange(before: Buffer, after: Buffer): string[] | null {
  let a: ManifestEntry[];
  let b: ManifestEntry[];
  try {
    a = parseManifest(before.toString('utf8'));
    b = parseManifest(after.toString('utf8'));
  } catch {
    return null;
  }
  const strip = (list: ManifestEntry[]) => serializeManifest(list.map((e) => ({ ...e, pluginVersion: null, pluginSha256: null })));
  if (strip(a) !== strip(b)) return null;
  const old = new Map(a.map((e) => [entryKey(e.contract, e.plugin), e]));
  const changed = b.filter((e) => {
    const o = old.get(entryKey(e.contract, e.plugin));
    return o !== undefined && (o.pluginVersion !== e.pluginVersion || (o.pluginSha256 ?? null) !== (e.pluginSha256 ?? null));
  });
  return changed.map((e) => `${e.plugin} for ${e.contract}`);
}
