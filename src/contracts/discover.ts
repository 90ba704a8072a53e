/**
 * Contract discovery: the `contracts` globs to sorted bundles, then the shard.
 * tinyglobby prunes while walking (ignore patterns and the partial matcher), follows
 * symlinks and stops at cycles; we only classify, de-duplicate and sort what it finds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern, type FileSystemAdapter } from 'tinyglobby';
import type { DiscoveryResult } from '../run-state.js';
import type { Shard } from '../inputs.js';
import type { Bundle } from './types.js';

export interface DiscoverOptions {
  workingDirectory: string;
  patterns: string[];
  shard: Shard | null;
  /** Test seam: the filesystem tinyglobby walks with (to prove pruning). */
  fs?: FileSystemAdapter;
}

/** A pattern matched something outside the working directory: an input error. */
export class DiscoveryInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiscoveryInputError';
  }
}

const CONTRACT = 'pacto.yaml';
/** Both forms, so the directory itself is excluded before it is read. */
const PRUNED = ['**/node_modules', '**/node_modules/**', '**/.git', '**/.git/**'];

/** Throws DiscoveryInputError for a match outside the working directory. */
export async function discoverBundles(opts: DiscoverOptions): Promise<DiscoveryResult> {
  const wd = path.resolve(opts.workingDirectory);
  const positives = opts.patterns.filter((p) => !p.startsWith('!'));
  const negations = opts.patterns.filter((p) => p.startsWith('!'));
  // A pattern ending in ** names everything below it; its directories are not bundles.
  const dirCapable = positives.filter((p) => lastSegment(p) !== '**');
  const filesOnly = positives.filter((p) => lastSegment(p) === '**');

  const walk = watchSymlinks(opts.fs ?? {});
  const common = {
    cwd: wd,
    dot: true,
    expandDirectories: false,
    followSymbolicLinks: true,
    ignore: PRUNED,
    fs: walk.fs,
  };
  const [mixed, files] = await Promise.all([
    dirCapable.length > 0 ? glob([...dirCapable, ...negations], { ...common, onlyFiles: false }) : [],
    filesOnly.length > 0 ? glob([...filesOnly, ...negations], { ...common, onlyFiles: true }) : [],
  ]);

  const outside = [...mixed, ...files].filter((m) => m === '..' || m.startsWith('../') || path.isAbsolute(m));
  if (outside.length > 0) {
    const shown = [...new Set(outside)].sort().slice(0, 5);
    throw new DiscoveryInputError(
      `patterns matched ${outside.length} path(s) outside the working directory ${wd} ` +
        `(${shown.join(', ')}${outside.length > shown.length ? ', ...' : ''}). ` +
        'Patterns resolve against working-directory; change working-directory or the patterns so every match lies inside it.',
    );
  }

  const literals = new Set(positives.filter((p) => !isDynamicPattern(p)).map((p) => path.resolve(wd, p)));
  const classified = [...mixed, ...files].map((m) => {
    const rel = normalizeRel(m);
    return m.endsWith('/') || m === '.' ? bundleForDirectory(wd, rel) : bundleForFile(wd, rel, literals);
  });
  const candidates = classified.filter((b): b is Bundle => b !== null);

  // Without a symlink in the walk, a path names its file uniquely: no realpath per bundle.
  const bundles = walk.sawSymlink() ? await dedupe(candidates) : dedupeByPath(candidates);
  bundles.sort((a, b) => compareBytes(a.bundle, b.bundle) || compareBytes(a.file, b.file));
  const matched = bundles.length;
  const shard = opts.shard;
  const selected = shard ? bundles.filter((_, i) => i % shard.total === shard.index - 1) : bundles;
  return { bundles: selected, matched };
}

function lastSegment(pattern: string): string {
  const parts = pattern.replace(/\/+$/, '').split('/');
  return parts[parts.length - 1];
}

function normalizeRel(match: string): string {
  const trimmed = match.replace(/\/+$/, '');
  return trimmed === '' ? '.' : path.posix.normalize(trimmed);
}

function joinRel(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

function bundleForDirectory(wd: string, rel: string): Bundle {
  const absDir = path.resolve(wd, rel);
  const file = joinRel(rel, CONTRACT);
  const absFile = path.join(absDir, CONTRACT);
  const bundle: Bundle = { file, bundle: rel, absFile, absDir };
  if (!isFile(absFile)) {
    bundle.loadError = `${rel === '.' ? 'the working directory' : `directory ${rel}`} was matched as a bundle but has no ${CONTRACT}: a bundle directory must contain ${CONTRACT} (as for pacto validate DIR); add one or narrow the pattern`;
  }
  return bundle;
}

function bundleForFile(wd: string, rel: string, literals: Set<string>): Bundle | null {
  const absFile = path.resolve(wd, rel);
  const dir = path.posix.dirname(rel);
  const bundle: Bundle = { file: rel, bundle: dir, absFile, absDir: path.dirname(absFile) };
  if (path.posix.basename(rel) === CONTRACT) return bundle;
  // A glob that happens to match other files is not a mistake; a pattern naming one is.
  if (!literals.has(absFile)) return null;
  bundle.loadError = `${rel} is not named ${CONTRACT}: Pacto reads a bundle's contract only from ${CONTRACT}; rename the file or give its directory (${dir})`;
  return bundle;
}

/** Sync on purpose: thousands of tiny stats are cheaper than a trip through the thread pool each. */
function isFile(p: string): boolean {
  try {
    return fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/**
 * One bundle per contract file: `svc` and `svc/pacto.yaml` meet here, and so do paths that
 * reach the same file through symlinks (a link back to an ancestor is walked once by the
 * crawler before it stops). The path without symlinks wins, else the shortest.
 */
async function dedupe(candidates: Bundle[]): Promise<Bundle[]> {
  const byKey = new Map<string, Bundle>();
  for (const b of candidates) {
    const key = await realKey(b.absFile);
    const prev = byKey.get(key);
    if (!prev || preferred(b, prev, key) < 0) byKey.set(key, b);
  }
  return [...byKey.values()];
}

function dedupeByPath(candidates: Bundle[]): Bundle[] {
  const byFile = new Map<string, Bundle>();
  for (const b of candidates) if (!byFile.has(b.file)) byFile.set(b.file, b);
  return [...byFile.values()];
}

/** Wraps the walk's readdir to notice symlinks among the entries it reads. */
function watchSymlinks(base: FileSystemAdapter): { fs: FileSystemAdapter; sawSymlink: () => boolean } {
  let seen = false;
  const readdir = (base.readdir ?? fs.readdir) as unknown as (p: string, o: unknown, cb: (e: Error | null, d?: fs.Dirent[]) => void) => void;
  const readdirSync = (base.readdirSync ?? fs.readdirSync) as unknown as (p: string, o: unknown) => fs.Dirent[];
  const note = (entries: fs.Dirent[] | undefined): void => {
    if (!seen && entries?.some((e) => typeof e === 'object' && e.isSymbolicLink())) seen = true;
  };
  const wrapped: FileSystemAdapter = {
    ...base,
    readdir: ((p: string, o: unknown, cb: (e: Error | null, d?: fs.Dirent[]) => void) =>
      readdir(p, o, (e, d) => {
        note(d);
        cb(e, d);
      })) as unknown as FileSystemAdapter['readdir'],
    readdirSync: ((p: string, o: unknown) => {
      const d = readdirSync(p, o);
      note(d);
      return d;
    }) as unknown as FileSystemAdapter['readdirSync'],
  };
  return { fs: wrapped, sawSymlink: () => seen };
}

async function realKey(absFile: string): Promise<string> {
  try {
    return await fs.promises.realpath(absFile);
  } catch {
    // A bundle directory without pacto.yaml: key by its directory's real path.
    try {
      return path.join(await fs.promises.realpath(path.dirname(absFile)), path.basename(absFile));
    } catch {
      return absFile;
    }
  }
}

function preferred(a: Bundle, b: Bundle, realFile: string): number {
  const direct = Number(a.absFile !== realFile) - Number(b.absFile !== realFile);
  return direct || a.file.length - b.file.length || compareBytes(a.file, b.file);
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
