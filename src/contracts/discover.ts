/**
 * Contract discovery: the `contracts` globs to sorted bundles, then the shard.
 * tinyglobby prunes while walking (ignore patterns and the partial matcher), follows
 * symlinks and stops at cycles; we only classify, de-duplicate and sort what it finds.
 *
 * "Outside the working directory" is judged on the path as written, relative to the working
 * directory: `../x` and absolute paths elsewhere are input errors, while a symlink inside the
 * working directory that points elsewhere is followed like any other directory (`**` walks
 * through it too), and its bundle is reported under the link's own path.
 */
import fs from 'node:fs';
import path from 'node:path';
// picomatch is tinyglobby's own matcher: negations behave exactly as in the walk itself.
import picomatch from 'picomatch';
import { escapePath, glob, isDynamicPattern, type FileSystemAdapter } from 'tinyglobby';
import type { DiscoveryResult } from './types.js';
import type { Shard } from '../inputs.js';
import type { Bundle } from './types.js';

type Matcher = (input: string) => boolean;

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
  const positives = opts.patterns.filter((p) => !isNegation(p));
  const negations = opts.patterns.filter(isNegation);
  // A pattern ending in ** names everything below it; its directories are not bundles.
  const dirCapable = positives.filter((p) => lastSegment(p) !== '**');
  const filesOnly = positives.filter((p) => lastSegment(p) === '**');
  // The crawler does not report symlinked directories as matches, but it walks through them:
  // `<pattern>/pacto.yaml` finds the contract of a linked bundle directory in the same walk.
  const viaContract = dirCapable.filter((p) => lastSegment(p) !== CONTRACT).map((p) => `${p.replace(/\/+$/, '')}/${CONTRACT}`);

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
    dirCapable.length > 0 ? glob([...dirCapable, ...viaContract, ...negations], { ...common, onlyFiles: false }) : [],
    filesOnly.length > 0 ? glob([...filesOnly, ...negations], { ...common, onlyFiles: true }) : [],
  ]);
  // A literal directory is stat'ed, so a symlinked one without pacto.yaml still gets its error;
  // so is a link the walk met whose path a pattern matches.
  const literalDirs = literalDirectories(wd, dirCapable);
  const matches = [...mixed, ...files, ...literalDirs.matches, ...linkedDirectories(wd, dirCapable, walk.links())];

  // `svc` and `svc/pacto.yaml` are one bundle, here as everywhere: count each once.
  const outside = [
    ...new Set(
      matches
        .filter((m) => m === '..' || m.startsWith('../') || path.isAbsolute(m))
        .map((m) => m.replace(/\/$/, '').replace(new RegExp(`/${CONTRACT}$`), '')),
    ),
  ];
  if (outside.length > 0) {
    const shown = outside.sort().slice(0, 5);
    throw new DiscoveryInputError(
      `patterns matched ${outside.length} path(s) outside the working directory ${wd} ` +
        `(${shown.join(', ')}${outside.length > shown.length ? ', ...' : ''}). ` +
        'Patterns resolve against working-directory; change working-directory or the patterns so every match lies inside it.',
    );
  }

  const literals = new Set(positives.filter((p) => !isDynamicPattern(p)).map((p) => path.resolve(wd, p)));
  const rels = matches.map((m) => ({ rel: normalizeRel(m), dir: m.endsWith('/') || m === '.' }));
  const foundFiles = new Set(rels.filter((r) => !r.dir && path.posix.basename(r.rel) === CONTRACT).map((r) => r.rel));
  const excluded = negationMatcher(wd, negations);
  const candidates: Bundle[] = [];
  for (const { rel, dir } of rels) {
    let b: Bundle | null;
    if (!dir) b = bundleForFile(wd, rel, literals);
    // A directory named pacto.yaml is its parent's (broken) contract, not a bundle of its own.
    else if (path.posix.basename(rel) === CONTRACT) b = bundleForDirectory(wd, path.posix.dirname(rel));
    // The walk already found this directory's contract: that entry stands for the bundle.
    else if (foundFiles.has(joinRel(rel, CONTRACT))) b = null;
    else b = bundleForDirectory(wd, rel);
    // `svc` and `svc/pacto.yaml` are one bundle: negating either form drops it.
    if (b && !excluded(b.bundle) && !excluded(b.file)) candidates.push(b);
  }

  // Without a symlink in the walk, a path names its file uniquely: no realpath per bundle.
  const bundles = walk.links().length > 0 || literalDirs.viaSymlink ? await dedupe(candidates) : dedupeByPath(candidates);
  // Byte order of the contract file's relative path (`a-b/pacto.yaml` < `a/pacto.yaml`): shards depend on it.
  bundles.sort((a, b) => compareBytes(a.file, b.file));
  const matched = bundles.length;
  const shard = opts.shard;
  const selected = shard ? bundles.filter((_, i) => i % shard.total === shard.index - 1) : bundles;
  return { bundles: selected, matched };
}

/** tinyglobby's reading: `!x` negates, `!(x)` is an extglob (a positive pattern). */
export function isNegation(pattern: string): boolean {
  return pattern.startsWith('!') && pattern[1] !== '(';
}

/** The negated patterns as tinyglobby normalizes them, matched against `/`-separated relative paths. */
export function negationMatcher(wd: string, negations: string[]): Matcher {
  const pats = negations
    // tinyglobby drops `!!x` altogether (a double negation), keeping `!!(x)` as the ignore `!(x)`.
    .filter((p) => p[1] !== '!' || p[2] === '(')
    .map((p) => p.slice(1));
  return matcherFor(wd, pats);
}

/** Patterns normalized as tinyglobby does (trailing `/` dropped, `./` folded, absolute made relative). */
export function matcherFor(wd: string, patterns: string[]): Matcher {
  const pats = patterns
    .map((p) => p.replace(/\/+$/, ''))
    .filter((p) => p !== '')
    .map((p) => (path.isAbsolute(p) ? path.posix.relative(escapePath(toPosix(wd)), p) || '.' : path.posix.normalize(p)));
  if (pats.length === 0) return () => false;
  return picomatch(pats, { dot: true, posix: true });
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Symlinks the walk listed (in directories it read under their own path) that lead to a
 * directory and that a directory-capable pattern matches: the crawler follows them but never
 * reports them as matches. Links read through another link's target are left to the file form.
 */
function linkedDirectories(wd: string, patterns: string[], links: string[]): string[] {
  if (links.length === 0 || patterns.length === 0) return [];
  const matches = matcherFor(wd, patterns);
  const out: string[] = [];
  for (const abs of links) {
    const rel = toPosix(path.relative(wd, abs));
    if (rel === '' || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) continue;
    if (matches(rel) && !isPruned(rel) && isDirectory(abs)) out.push(`${rel}/`);
  }
  return out;
}

let prunedMatcher: Matcher | undefined;
const isPruned = (rel: string): boolean => (prunedMatcher ??= picomatch(PRUNED, { dot: true, posix: true }))(rel);

/**
 * Literal patterns naming a directory, as `dir/` matches (pruned names left out), and whether
 * one is reached through a symlink (so de-duplication must compare real paths).
 */
function literalDirectories(wd: string, patterns: string[]): { matches: string[]; viaSymlink: boolean } {
  const matches: string[] = [];
  let viaSymlink = false;
  for (const p of patterns) {
    if (isDynamicPattern(p) || p.includes('\\')) continue;
    const abs = path.resolve(wd, p);
    const rel = toPosix(path.relative(wd, abs)) || '.';
    if (isPruned(rel) || !isDirectory(abs)) continue;
    matches.push(rel === '.' ? '.' : `${rel}/`);
    if (!viaSymlink && realpathOr(abs) !== abs) viaSymlink = true;
  }
  return { matches, viaSymlink };
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
  const kind = statKind(absFile);
  if (kind === 'directory') {
    bundle.loadError = `${file} is a directory: a bundle's contract must be a file named ${CONTRACT}; replace the directory with the contract file`;
  } else if (kind !== 'file') {
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
  const advice = isFile(path.join(bundle.absDir, CONTRACT))
    ? `give its directory (${dir}) instead, which holds ${CONTRACT}`
    : `name it ${CONTRACT} or point at the bundle directory that holds it`;
  bundle.loadError = `${rel} is not named ${CONTRACT}: Pacto reads a bundle's contract only from ${CONTRACT}; ${advice}`;
  return bundle;
}

/** Sync on purpose: thousands of tiny stats are cheaper than a trip through the thread pool each. */
function statKind(p: string): 'file' | 'directory' | 'other' | 'missing' {
  try {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return 'missing';
    return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}

function isFile(p: string): boolean {
  return statKind(p) === 'file';
}

function isDirectory(p: string): boolean {
  return statKind(p) === 'directory';
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
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

/** Wraps the walk's readdir to collect the symlinks among the entries it reads (absolute paths). */
function watchSymlinks(base: FileSystemAdapter): { fs: FileSystemAdapter; links: () => string[] } {
  const links: string[] = [];
  const readdir = (base.readdir ?? fs.readdir) as unknown as (
    p: string,
    o: unknown,
    cb: (e: Error | null, d?: fs.Dirent[]) => void,
  ) => void;
  const readdirSync = (base.readdirSync ?? fs.readdirSync) as unknown as (p: string, o: unknown) => fs.Dirent[];
  const note = (dir: string, entries: fs.Dirent[] | undefined): void => {
    for (const e of entries ?? []) if (typeof e === 'object' && e.isSymbolicLink()) links.push(path.join(dir, e.name));
  };
  const wrapped: FileSystemAdapter = {
    ...base,
    readdir: ((p: string, o: unknown, cb: (e: Error | null, d?: fs.Dirent[]) => void) =>
      readdir(p, o, (e, d) => {
        note(String(p), d);
        cb(e, d);
      })) as unknown as FileSystemAdapter['readdir'],
    readdirSync: ((p: string, o: unknown) => {
      const d = readdirSync(p, o);
      note(String(p), d);
      return d;
    }) as unknown as FileSystemAdapter['readdirSync'],
  };
  return { fs: wrapped, links: () => links };
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

export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
