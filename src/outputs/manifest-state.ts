/**
 * What each output directory's manifest holds as the jobs sharing it apply one after the other
 * (virtually, in check mode): read once from the tree, then updated per job.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStatus } from '../generate/types.js';
import { entryKey, MANIFEST_NAME, parseManifest, type ManifestEntry } from './manifest.js';
import { inspect, type Existing } from './tree.js';
import { manifestProblem, type ManifestRules } from './manifest-rules.js';

export interface ManifestState {
  outDir: string;
  outDirWd: string;
  target: string;
  wdPath: string;
  original: Existing;
  originalBytes: Buffer | null;
  /** What is at the manifest path after the jobs applied so far (virtually, in check mode). */
  current: Buffer | null;
  currentIsOriginalLink: boolean;
  entries: Map<string, ManifestEntry>;
  error: string | null;
  /** Why the manifest on disk was ignored (its entries are not used), or null. */
  ignored: string | null;
  reported: boolean;
  /** The last job that touched this manifest (the report lists it there). */
  lastOwner: { plugin: string; contract: string } | null;
}

/** One state per output directory, read the first time a job of that directory asks. */
export class ManifestStates {
  readonly all = new Map<string, ManifestState>();

  constructor(
    private readonly wdPathOf: (abs: string) => string,
    private readonly rules: ManifestRules,
    /** What an earlier stage would leave at a manifest path (check mode): the starting point instead of the tree. */
    private readonly seeds?: ReadonlyMap<string, Buffer>,
  ) {}

  async forDir(outDir: string, outDirWd: string): Promise<ManifestState> {
    const known = this.all.get(outDir);
    if (known) return known;
    const target = path.join(outDir, MANIFEST_NAME);
    const st: ManifestState = {
      outDir,
      outDirWd,
      target,
      wdPath: this.wdPathOf(target),
      original: await inspect(target),
      originalBytes: null,
      current: null,
      currentIsOriginalLink: false,
      entries: new Map(),
      error: null,
      ignored: null,
      reported: false,
      lastOwner: null,
    };
    if (st.original.kind === 'file') {
      st.originalBytes = await fs.readFile(target);
      st.current = st.originalBytes;
      try {
        const parsed = parseManifest(st.originalBytes.toString('utf8'));
        const problem = await manifestProblem(parsed, outDir, this.rules);
        if (problem === null) for (const e of parsed) st.entries.set(entryKey(e.contract, e.plugin), e);
        else
          st.ignored = `the manifest ${st.wdPath} was ignored: ${problem}. Nothing it lists was cleaned; it is replaced by one listing this run's files`;
      } catch (e) {
        st.error = `the manifest ${st.wdPath} cannot be read: ${(e as Error).message}. Fix it or delete it (generate then writes a new one; files it listed are not cleaned)`;
      }
    } else if (st.original.kind === 'symlink') {
      st.currentIsOriginalLink = true;
    } else if (st.original.kind !== 'absent') {
      st.error = `${st.wdPath} is a directory or special file where the manifest belongs; remove it`;
    }
    const seed = this.seeds?.get(target);
    if (seed !== undefined && st.error === null) {
      st.current = seed;
      st.currentIsOriginalLink = false;
      st.entries = new Map(parseManifest(seed.toString('utf8')).map((e) => [entryKey(e.contract, e.plugin), e]));
    }
    this.all.set(outDir, st);
    return st;
  }
}

export function isManifestPath(p: string): boolean {
  return p === MANIFEST_NAME || p.endsWith(`/${MANIFEST_NAME}`);
}

/** The manifest's status relative to the tree before the run, or null when it is not involved. */
export function manifestStatus(ms: ManifestState, check: boolean): FileStatus | null {
  const origPresent = ms.original.kind !== 'absent';
  if (!origPresent && ms.current === null) return null;
  if (!origPresent) return check ? 'new' : 'created';
  if (ms.current === null) return ms.currentIsOriginalLink ? 'unchanged' : check ? 'stale' : 'deleted';
  if (ms.originalBytes && ms.originalBytes.equals(ms.current) && ms.original.kind === 'file') return 'unchanged';
  return check ? 'changed' : 'updated';
}
