/**
 * A run with plugins that feed the contract (`feeds-contract: true`), in Pacto's own order:
 * `pacto generate <feeding plugin>` on every contract that parses, then `pacto validate`, then
 * the other generators. Generate writes the fed files before validating; check validates
 * against an in-memory overlay of them and gives the ordinary plugins a copy of each changed
 * bundle with the fed files applied, so it predicts exactly what generate would write.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { overlayReader, type BundleFileReader } from '../contracts/files.js';
import type { Bundle, ContractResult } from '../contracts/types.js';
import { guardFeeds, type FedFile } from '../outputs/feed-rules.js';
import { collisionKey, joinRelative, memoLookups } from '../outputs/paths.js';
import { isInside } from '../shared/paths.js';
import { isManifestPath } from '../outputs/manifest-state.js';
import { MANIFEST_NAME } from '../outputs/manifest.js';
import { generate, type GenerateContext } from './generate.js';
import { outputsStage, type OutputsStage } from './job.js';
import type { GenerationResult, JobFailure } from './types.js';

export interface FeedContext extends GenerateContext {
  /** Validates the given bundles again, reading referenced files through `files` (default: disk). */
  revalidate: (bundles: Bundle[], files?: BundleFileReader) => Promise<ContractResult[]>;
}

export interface FeedResult {
  /** Every contract, as validated after the feeding stage. */
  contracts: ContractResult[];
  generation: GenerationResult;
}

export async function generateWithFeeds(ctx: FeedContext, stage: OutputsStage = outputsStage): Promise<FeedResult> {
  const { config, io } = ctx;
  const check = config.mode === 'check';
  const feeders = ctx.plugins.filter((p) => p.spec.feedsContract === true);
  const ordinary = ctx.plugins.filter((p) => p.spec.feedsContract !== true);

  // 1. Feeding plugins, on every contract that parses; referenced files are theirs to write.
  const fed = new Map<string, FedFile[]>();
  /** The feeding jobs' output directories: their manifests are the feeding stage's. */
  const feedDirs = new Set<string>();
  const feedStage = feedingStage(stage, ctx.contracts, fed, feedDirs);
  io.info(`Feeding the contracts: ${feeders.map((p) => p.name).join(', ')} (feeds-contract: true) on every contract that parses`);
  const unprotected = ctx.contracts.map((c) => ({ ...c, referencedFiles: [] }));
  const feederNames = new Set(feeders.map((p) => p.name));
  const feedGen = await generate(
    { ...ctx, plugins: feeders, parsedSuffices: true, outputContracts: unprotected, feeders: feederNames },
    feedStage,
  );
  // The ordinary stage writes its own patch to the same place: keep this one to prepend.
  const feedPatch = feedGen.drift?.patchFile ? await fs.readFile(feedGen.drift.patchFile) : null;

  // 2. Validate each fed bundle again: on disk (generate), or through the overlay (check).
  const all = [...fed.values()].flat();
  const gone = check ? cleaned(feedGen, ctx.contracts, config.workingDirectory) : new Map<string, string[]>();
  const reader = check ? overlayReader(new Map(all.map((f) => [f.abs, f.bytes])), undefined, [...gone.values()].flat()) : undefined;
  // Generate: every contract the feeding stage ran on, withheld bundles too, since the recovery of
  // an interrupted run may have changed their files after the first validation.
  const ranOn = check ? new Set<string>() : new Set(feedGen.jobs.map((j) => j.contract));
  const touched = ctx.contracts.filter((c) => fed.has(path.resolve(c.absDir)) || gone.has(path.resolve(c.absDir)) || ranOn.has(c.file));
  const again = touched.length > 0 ? await ctx.revalidate(touched.map(bundleOf), reader) : [];
  const byFile = new Map(again.map((c) => [c.absFile, c]));
  const contracts = ctx.contracts.map((c) => byFile.get(c.absFile) ?? c);
  for (const c of again) {
    const before = ctx.contracts.find((x) => x.absFile === c.absFile);
    if (before && !before.valid && c.valid)
      io.info(`${c.file}: valid with the files its feeding plugins ${check ? 'would write' : 'wrote'}`);
  }
  if (ordinary.length === 0) return { contracts, generation: feedGen };

  // 3. The other plugins, on the valid contracts, seeing the fed files.
  const ordinaryStage = refusingFedTargets(stage, all, feedDirs, config.workingDirectory);
  const manifestSeeds = await seedsOf(feedGen, config.workingDirectory);
  const copies = check ? await overlayCopies(fed, gone, manifestSeeds, config.runnerTemp) : { dirs: new Map<string, string>(), root: null };
  let ordinaryGen: GenerationResult;
  try {
    // With fail-fast, a failed feeding job stops the ordinary plugins before they start.
    const stopped = config.failFast && feedGen.jobs.some((j) => j.status === 'failed');
    ordinaryGen = await generate(
      { ...ctx, contracts, plugins: ordinary, bundleDirs: copies.dirs, stopped, manifestSeeds, feeders: feederNames },
      ordinaryStage,
    );
  } finally {
    if (copies.root) await fs.rm(copies.root, { recursive: true, force: true });
  }
  return { contracts, generation: await mergeGenerations(feedGen, ordinaryGen, feedPatch) };
}

/**
 * The feeding jobs' outputs: guarded (feed-rules.ts) before anything is applied, the fed files
 * of each applied job recorded by bundle directory for the revalidation, and every feeding
 * output directory noted (its manifest belongs to this stage).
 */
function feedingStage(stage: OutputsStage, contracts: ContractResult[], fed: Map<string, FedFile[]>, feedDirs: Set<string>): OutputsStage {
  return {
    ...stage,
    applyOutputs: async (results, octx) => {
      for (const r of results) feedDirs.add(path.resolve(r.job.absOutputDir));
      const guarded = await guardFeeds(results, contracts, octx);
      const applied = await stage.applyOutputs(guarded.results, octx);
      for (const [i, files] of guarded.files) {
        if (applied.jobs[i]?.status !== 'ok') continue;
        const dir = path.resolve(results[i].job.contract.absDir);
        fed.set(dir, [...(fed.get(dir) ?? []), ...files]);
      }
      return applied;
    },
  };
}

/**
 * The ordinary plugins' outputs: a job that would write a fed file, or the manifest of a feeding
 * output directory, fails before anything is applied.
 */
function refusingFedTargets(stage: OutputsStage, all: FedFile[], feedDirs: ReadonlySet<string>, workingDirectory: string): OutputsStage {
  return {
    ...stage,
    applyOutputs: async (results, octx) => {
      // Compared once symbolic links are resolved: a linked directory is another name for a fed file.
      const platform = octx.platform ?? process.platform;
      const look = memoLookups();
      const realKey = async (abs: string): Promise<string> => {
        const dir = await look.resolve(path.dirname(abs)).catch(() => path.dirname(path.resolve(abs)));
        return collisionKey(path.join(dir, path.basename(abs)), platform);
      };
      const taken = new Map<string, string>();
      for (const f of all) taken.set(await realKey(f.abs), 'is written by a plugin with feeds-contract: true; give each file one plugin');
      for (const d of feedDirs)
        taken.set(
          await realKey(path.join(d, MANIFEST_NAME)),
          `is the manifest of the feeding plugins' output directory (${MANIFEST_NAME} is reserved)`,
        );
      const guarded = await Promise.all(
        results.map(async (r) => {
          if (r.status !== 'ok') return r;
          let hit: { abs: string; why: string } | undefined;
          for (const f of r.files) {
            const abs = joinRelative(path.resolve(r.job.absOutputDir), f.path);
            const why = taken.get(await realKey(abs));
            if (why !== undefined) {
              hit = { abs, why };
              break;
            }
          }
          if (hit === undefined) return r;
          return {
            job: r.job,
            status: 'failed',
            error: `plugin ${r.job.plugin.name} for ${r.job.contract.file}: ${path.relative(workingDirectory, hit.abs).split(path.sep).join('/')} ${hit.why}`,
            exitCode: 0,
            signal: null,
            stderrTail: r.stderrTail,
            durationMs: r.durationMs,
            stagingDir: r.stagingDir,
          } satisfies JobFailure;
        }),
      );
      return stage.applyOutputs(guarded, octx);
    },
  };
}

/**
 * Check mode: the manifests the feeding stage would change, as it would leave them. An ordinary
 * plugin writing into the same directory continues from them, so that manifest is reported
 * once, from the tree to its final bytes.
 */
async function seedsOf(gen: GenerationResult, workingDirectory: string): Promise<Map<string, Buffer>> {
  const seeds = new Map<string, Buffer>();
  const root = gen.drift?.expectedRoot;
  if (!root) return seeds;
  for (const e of gen.drift!.entries) {
    if (!isManifestPath(e.path) || (e.status !== 'changed' && e.status !== 'new')) continue;
    const bytes = await fs.readFile(joinRelative(root, e.path)).catch(() => null);
    if (bytes !== null) seeds.set(joinRelative(path.resolve(workingDirectory), e.path), bytes);
  }
  return seeds;
}

/** The patch without the sections of `paths` (working-directory-relative). */
function withoutSections(patch: Buffer, paths: Set<string>): Buffer {
  if (paths.size === 0) return patch;
  const sections = patch.toString('latin1').split(/(?=^diff --git )/m);
  const kept = sections.filter((sec) => {
    const header = sec.split('\n', 1)[0];
    return ![...paths].some((p) => header.endsWith(` b/${p}`) || header.endsWith(`/${p}`));
  });
  return Buffer.from(kept.join(''), 'latin1');
}

/**
 * Check mode with clean: the files the feeding stage would delete (no longer produced), by
 * bundle directory, so the overlay and the bundle copies leave them out as generate's tree will.
 */
function cleaned(gen: GenerationResult, contracts: ContractResult[], workingDirectory: string): Map<string, string[]> {
  const gone = new Map<string, string[]>();
  const wd = path.resolve(workingDirectory);
  for (const e of gen.drift?.entries ?? []) {
    if (e.status !== 'stale' || e.severity === 'warning' || isManifestPath(e.path)) continue;
    const abs = joinRelative(wd, e.path);
    const owner = gen.files.find((f) => f.path === e.path && f.status === 'stale');
    const c = contracts.find((x) => x.file === owner?.contract);
    if (!c || !isInside(path.resolve(c.absDir), abs)) continue;
    const dir = path.resolve(c.absDir);
    gone.set(dir, [...(gone.get(dir) ?? []), abs]);
  }
  return gone;
}

function bundleOf(c: ContractResult): Bundle {
  return { file: c.file, bundle: c.bundle, absFile: c.absFile, absDir: c.absDir };
}

/** Whether the tree already holds exactly these bytes. */
async function onDisk(f: FedFile): Promise<boolean> {
  try {
    return (await fs.readFile(f.abs)).equals(f.bytes);
  } catch {
    return false;
  }
}

/**
 * Check mode: a temporary copy of each bundle whose fed files (or the manifests the feeding stage
 * writes there, `seeds`) differ from the tree, with them applied (`.git` left out). A bundle whose
 * fed files are already there keeps its own directory, so its plugins get exactly the request
 * generate would give them.
 */
async function overlayCopies(
  fed: Map<string, FedFile[]>,
  gone: ReadonlyMap<string, string[]>,
  seeds: ReadonlyMap<string, Buffer>,
  runnerTemp: string,
): Promise<{ dirs: Map<string, string>; root: string | null }> {
  const dirs = new Map<string, string>();
  let root: string | null = null;
  for (const dir of new Set([...fed.keys(), ...gone.keys()])) {
    const stale = [];
    for (const f of fed.get(dir) ?? []) if (!(await onDisk(f))) stale.push(f);
    for (const [abs, bytes] of seeds) if (isInside(dir, abs)) stale.push({ abs, bytes });
    const removed = gone.get(dir) ?? [];
    if (stale.length === 0 && removed.length === 0) continue;
    root ??= await fs.mkdtemp(path.join(path.resolve(runnerTemp), 'pacto-overlay-'));
    const copy = path.join(root, String(dirs.size), path.basename(dir));
    await fs.cp(dir, copy, { recursive: true, verbatimSymlinks: true, filter: (src) => path.basename(src) !== '.git' });
    await relink(dir, copy);
    for (const f of stale) await layFile(copy, path.relative(dir, f.abs), f.bytes);
    for (const abs of removed) {
      const at = path.join(copy, path.relative(dir, abs));
      if (isInside(copy, at)) await fs.rm(at, { force: true });
    }
    dirs.set(dir, copy);
  }
  return { dirs, root };
}

/**
 * Points each symbolic link of the copy where the original's points, as generate will see it: a
 * link into the bundle at the copy's counterpart (so it shows the fed files), any other link at
 * its absolute target (a relative one would dangle from the temporary directory).
 */
async function relink(dir: string, copy: string): Promise<void> {
  const real = await fs.realpath(dir);
  const walk = async (rel: string): Promise<void> => {
    for (const e of await fs.readdir(path.join(copy, rel), { withFileTypes: true })) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) await walk(child);
      if (!e.isSymbolicLink()) continue;
      const orig = path.join(dir, child);
      const at = path.join(copy, child);
      const target = await fs.realpath(orig).catch(async () => path.resolve(path.dirname(orig), await fs.readlink(orig)));
      const link = isInside(real, target) ? path.relative(path.dirname(at), path.join(copy, path.relative(real, target))) || '.' : target;
      await fs.rm(at);
      await fs.symlink(link, at);
    }
  };
  await walk('');
}

/** Writes `bytes` at `rel` inside the copy without following any symbolic link out of it. */
async function layFile(copy: string, rel: string, bytes: Buffer): Promise<void> {
  const segs = rel.split(path.sep);
  let at = copy;
  for (const seg of segs.slice(0, -1)) {
    at = path.join(at, seg);
    const st = await fs.lstat(at).catch(() => null);
    if (st?.isSymbolicLink()) {
      const real = await fs.realpath(at).catch(() => null);
      // A link within the copy leads to the copy's own file, as generate writes through it.
      if (real !== null && isInside(await fs.realpath(copy), real)) continue;
      // Any other linked directory is copied in place, so the fed file lands in the copy, not behind the link.
      await fs.rm(at, { force: true });
      if (real !== null && (await fs.stat(real)).isDirectory()) await fs.cp(real, at, { recursive: true, verbatimSymlinks: true });
      else await fs.mkdir(at);
    } else if (st === null) {
      await fs.mkdir(at);
    }
  }
  const dest = path.join(copy, rel);
  if (!isInside(copy, dest)) throw new Error(`${rel} is outside the bundle copy`);
  await fs.rm(dest, { force: true });
  await fs.writeFile(dest, bytes);
}

/** Both stages' results as one: feeding jobs first, drift and patches concatenated. */
async function mergeGenerations(a: GenerationResult, b: GenerationResult, aPatch: Buffer | null): Promise<GenerationResult> {
  const merged: GenerationResult = {
    jobs: [...a.jobs, ...b.jobs],
    files: [...a.files, ...b.files],
    changed: a.changed || b.changed,
    drift: null,
    errors: [...a.errors, ...b.errors],
  };
  const warnings = [...(a.warnings ?? []), ...(b.warnings ?? [])];
  if (warnings.length > 0) merged.warnings = warnings;
  const notices = [...(a.notices ?? []), ...(b.notices ?? [])];
  if (notices.length > 0) merged.notices = notices;
  if (!a.drift && !b.drift) return merged;
  const da = a.drift ?? { entries: [], patchFile: null, patchRoot: null, expectedRoot: null, hints: [] };
  const db = b.drift ?? { entries: [], patchFile: null, patchRoot: null, expectedRoot: null, hints: [] };
  // A manifest both stages report (a shared output directory): the later one holds the whole change.
  const later = new Set(db.entries.map((e) => e.path));
  const twice = new Set(da.entries.filter((e) => isManifestPath(e.path) && later.has(e.path)).map((e) => e.path));
  if (twice.size > 0) {
    da.entries = da.entries.filter((e) => !twice.has(e.path));
    merged.files = [...a.files.filter((f) => !twice.has(f.path)), ...b.files];
    if (aPatch !== null) aPatch = withoutSections(aPatch, twice);
  }
  const patchFile = db.patchFile ?? da.patchFile;
  if (aPatch !== null && db.patchFile !== null) {
    await fs.writeFile(db.patchFile, Buffer.concat([aPatch, await fs.readFile(db.patchFile)]));
  }
  let expectedRoot = db.expectedRoot ?? da.expectedRoot;
  if (da.expectedRoot && db.expectedRoot) {
    // The later stage's files (a shared manifest) are the final ones.
    await fs.cp(da.expectedRoot, db.expectedRoot, { recursive: true, force: false, errorOnExist: false });
    await fs.rm(da.expectedRoot, { recursive: true, force: true });
    expectedRoot = db.expectedRoot;
  }
  merged.drift = {
    entries: [...da.entries, ...db.entries],
    patchFile,
    patchRoot: db.patchRoot ?? da.patchRoot ?? null,
    expectedRoot,
    hints: [...new Set([...da.hints, ...db.hints])],
  };
  return merged;
}
