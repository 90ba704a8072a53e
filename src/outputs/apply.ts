/**
 * Applies staged job outputs to the working tree in job order (generate), or works out what
 * that would change without writing to it (check). Both modes run the same planning code,
 * so check fails exactly when generate would change the tree.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DriftEntry, FileStatus, GenerationResult, JobFailure, JobOutput, JobReport, OutputFile, UnsafeOutputCode } from '../generate/types.js';
import type { OutputsContext, SkippedJob } from './index.js';
import { collisionKey, compareBytes, isInside, joinRelative, memoLookups, resolveExisting, toSlash } from './paths.js';
import { entryKey, MANIFEST_NAME, parseManifest, serializeManifest, type ManifestEntry, type ManifestFile } from './manifest.js';
import { removeStaging, stagingRoot } from './staging.js';
import { crlfOnly, inspect, sha256, sideOf, type Existing } from './tree.js';
import { runTransaction, type Step } from './transaction.js';
import { filePatch, truncateDiff, type Side } from './patch.js';
import { gitTopLevel } from './git.js';
import { preflight, type Planned } from './preflight.js';
import { mapLimit } from './limit.js';
import { driftHints } from './drift.js';

type AnyResult = JobOutput | JobFailure | SkippedJob;


interface ManifestState {
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
  reported: boolean;
  /** The last job that touched this manifest (the report lists it there). */
  lastOwner: { plugin: string; contract: string } | null;
}

/** How many jobs are checked or compared at once (I/O-bound: keeps the libuv pool busy). */
const PARALLEL = 8;

interface Assessed {
  p: Planned;
  existing: Existing;
  sha: string;
  status: FileStatus;
  drift: DriftInfo | null;
}

type Assessment = { items: Assessed[] } | { error: string };


/** Check-mode extras for a file line: how it differs and its patch section. */
interface DriftInfo {
  severity: 'error' | 'warning';
  section: string;
  crlfOnly: boolean;
}

function describe(r: { job: { plugin: { name: string }; contract: { file: string } } }): string {
  return `plugin ${r.job.plugin.name} for ${r.job.contract.file}`;
}

export async function applyOutputsImpl(results: AnyResult[], ctx: OutputsContext): Promise<GenerationResult> {
  const extraDirs: string[] = [];
  try {
    return await applyAll(results, ctx, extraDirs);
  } finally {
    for (const d of extraDirs) await fs.rm(d, { recursive: true, force: true });
    const dirs = results.map((r) => ('stagingDir' in r ? r.stagingDir : undefined)).filter((d): d is string => typeof d === 'string' && d !== '');
    await mapLimit(dirs, PARALLEL, removeStaging);
  }
}

async function applyAll(results: AnyResult[], ctx: OutputsContext, extraDirs: string[]): Promise<GenerationResult> {
  const { config } = ctx;
  const check = config.mode === 'check';
  const platform = ctx.platform ?? process.platform;
  const wd = path.resolve(config.workingDirectory);
  const wdReal = await fs.realpath(wd);
  const wdPathOf = (abs: string): string => toSlash(path.relative(wd, abs));
  const errors: string[] = [];

  // Files that must never be replaced: every discovered pacto.yaml and every referenced file.
  const protectedKeys = new Map<string, string>();
  const protectedFiles = ctx.contracts.flatMap((c) => [
    [c.absFile, 'the contract'],
    ...c.referencedFiles.map((f) => [f, `a file referenced by ${c.file}`]),
  ]);
  const protectedReal = await mapLimit(protectedFiles, PARALLEL, ([p]) => resolveExisting(p).catch(() => path.resolve(p)));
  protectedFiles.forEach(([p, what], i) => {
    protectedKeys.set(collisionKey(protectedReal[i], platform), `${wdPathOf(path.resolve(p))} (${what})`);
  });

  const reports: JobReport[] = [];
  const fail = (report: JobReport, error: string, unsafe?: UnsafeOutputCode): void => {
    report.status = 'failed';
    report.error = error;
    if (unsafe) report.unsafe = unsafe;
    report.files = [];
  };

  // Pass 1: check every path, then claim targets in job order (the earlier job wins a collision).
  const manifestKeys = new Map<string, string>();
  const outDirs = [...new Map(results.map((r) => [path.resolve(r.job.absOutputDir), r.job.outputDir])).entries()];
  // Nothing is written before every job is checked, so pass 1 looks each directory up once.
  const look = memoLookups();
  const realOutDirs = await mapLimit(outDirs, PARALLEL, ([abs]) => look.resolve(abs).catch(() => null));
  outDirs.forEach(([, rel], i) => {
    const real = realOutDirs[i];
    // An unresolvable directory is reported when its job is planned.
    if (real !== null) manifestKeys.set(collisionKey(path.join(real, MANIFEST_NAME), platform), rel);
  });
  const owners = new Map<string, { who: string; wdPath: string }>();
  const plans: { result: AnyResult; report: JobReport; files: Planned[]; outDirReal: string; error?: string }[] = [];
  const preflights = await mapLimit(results, PARALLEL, async (r) => {
    if (!r.ok) return null;
    try {
      return await preflight(r, wd, wdReal, platform, protectedKeys, manifestKeys, wdPathOf, look);
    } catch (e) {
      return { error: `cannot check the outputs of ${describe(r)}: ${(e as Error).message}` };
    }
  });
  for (const [i, r] of results.entries()) {
    const report: JobReport = {
      contract: r.job.contract.file,
      plugin: r.job.plugin.name,
      outputDir: r.job.outputDir,
      status: 'ok',
      files: [],
      message: '',
      durationMs: 0,
      stderrTail: '',
    };
    reports.push(report);
    plans.push({ result: r, report, files: [], outDirReal: '' });
    if ('skipped' in r && r.skipped) {
      report.status = 'skipped';
      report.message = r.reason;
      continue;
    }
    if (!r.ok) {
      const f = r as JobFailure;
      Object.assign(report, { status: 'failed', error: f.error, durationMs: f.durationMs, stderrTail: f.stderrTail, ...(f.unsafe ? { unsafe: f.unsafe } : {}) });
      continue;
    }
    Object.assign(report, { message: r.message, durationMs: r.durationMs, stderrTail: r.stderrTail });
    const planned = preflights[i]!;
    if ('error' in planned) {
      fail(report, planned.error, planned.unsafe);
      continue;
    }
    const clash = planned.files.find((p) => owners.has(p.key));
    if (clash) {
      const other = owners.get(clash.key)!;
      const msg = `two jobs write the same file: ${describe(r)} writes ${clash.wdPath}, and ${other.who} already writes ${other.wdPath}${caseNote(clash.wdPath, other.wdPath)}`;
      errors.push(msg);
      fail(report, msg);
      continue;
    }
    for (const p of planned.files) owners.set(p.key, { who: describe(r), wdPath: p.wdPath });
    plans[plans.length - 1].files = planned.files;
    plans[plans.length - 1].outDirReal = planned.outDirReal;
  }

  // Patch paths are relative to the repository root, where `git apply` takes them from.
  let patchPrefix = '';
  let top: string | null = null;
  if (check) {
    top = await gitTopLevel(wd);
    if (top) patchPrefix = toSlash(path.relative(await fs.realpath(top), wdReal));
  }
  const patchPath = (wdPath: string): string => (patchPrefix ? `${patchPrefix}/${wdPath}` : wdPath);

  const manifests = new Map<string, ManifestState>();
  const manifestFor = async (outDir: string, outDirWd: string): Promise<ManifestState> => {
    const known = manifests.get(outDir);
    if (known) return known;
    const target = path.join(outDir, MANIFEST_NAME);
    const st: ManifestState = {
      outDir,
      outDirWd,
      target,
      wdPath: wdPathOf(target),
      original: await inspect(target),
      originalBytes: null,
      current: null,
      currentIsOriginalLink: false,
      entries: new Map(),
      error: null,
      reported: false,
      lastOwner: null,
    };
    if (st.original.kind === 'file') {
      st.originalBytes = await fs.readFile(target);
      st.current = st.originalBytes;
      try {
        for (const e of parseManifest(st.originalBytes.toString('utf8'))) st.entries.set(entryKey(e.contract, e.plugin), e);
      } catch (e) {
        st.error = `the manifest ${st.wdPath} cannot be read: ${(e as Error).message}. Fix it or delete it (generate then writes a new one; files it listed are not cleaned)`;
      }
    } else if (st.original.kind === 'symlink') {
      st.currentIsOriginalLink = true;
    } else if (st.original.kind !== 'absent') {
      st.error = `${st.wdPath} is a directory or special file where the manifest belongs; remove it`;
    }
    manifests.set(outDir, st);
    return st;
  };

  const drift = new Map<OutputFile, DriftInfo>();
  const outDirOf = new Map<OutputFile, string>();
  let expectedRoot: string | null = null;
  let expectedRootMade: Promise<string> | null = null;
  const expectedDirs = new Map<string, Promise<unknown>>();
  const expect = async (wdPath: string, data: Buffer | string): Promise<void> => {
    if (!check) return;
    expectedRootMade ??= fs.mkdtemp(path.join(path.resolve(config.runnerTemp), 'pacto-expected-'));
    expectedRoot = await expectedRootMade;
    const dest = joinRelative(expectedRoot, wdPath);
    const parent = path.dirname(dest);
    let made = expectedDirs.get(parent);
    if (!made) {
      made = fs.mkdir(parent, { recursive: true });
      expectedDirs.set(parent, made);
    }
    await made;
    await fs.writeFile(dest, data);
  };

  // Each job's own files against the tree: independent of other jobs (their targets are disjoint), so in parallel.
  const assess = async (plan: (typeof plans)[number]): Promise<Assessment> => {
    const items: Assessed[] = [];
    for (const p of plan.files) {
      const existing = await inspect(p.target);
      if (existing.kind === 'dir' || existing.kind === 'other') {
        return { error: `cannot write ${p.wdPath}: a ${existing.kind === 'dir' ? 'directory' : 'special file'} is in the way` };
      }
      const data = await fs.readFile(p.staged);
      const sha = sha256(data);
      const before = await sideOf(p.target, existing);
      const same = before.kind === 'file' && before.content.equals(data);
      const status: FileStatus = same ? 'unchanged' : before.kind === 'absent' ? (check ? 'new' : 'created') : check ? 'changed' : 'updated';
      let driftInfo: DriftInfo | null = null;
      if (check) {
        if (!same) {
          await expect(p.wdPath, data);
          // The mode generate would leave: a returned file keeps an existing file's mode.
          const stagedExec = ((await fs.stat(p.staged)).mode & 0o111) !== 0;
          const executable = before.kind === 'file' && !p.direct ? before.executable : stagedExec;
          const to: Side = { kind: 'file', content: data, executable };
          driftInfo = {
            severity: 'error',
            section: filePatch(patchPath(p.wdPath), before, to),
            crlfOnly: before.kind === 'file' && crlfOnly(before.content, data),
          };
        }
      }
      items.push({ p, existing, sha, status, drift: driftInfo });
    }
    return { items };
  };
  const assessments = new Map<(typeof plans)[number], Assessment>();
  const live = plans.filter((p) => p.report.status === 'ok');
  const outcomes = await mapLimit(live, PARALLEL, async (plan) => {
    try {
      return await assess(plan);
    } catch (e) {
      return { error: `could not compare the outputs of ${describe(plan.result)}: ${(e as Error).message}` };
    }
  });
  live.forEach((plan, i) => assessments.set(plan, outcomes[i]));

  // Pass 2: in job order, compare with the tree, then apply (generate) or record (check).
  // Backups and temporary manifests: one private directory beside each staging base (so on the
  // destination's filesystem), shared by the jobs staged there, each job's names prefixed.
  const workDirs = new Map<string, Promise<string>>();
  const workDirFor = (stagingDir: string): Promise<string> => {
    const root = stagingRoot(stagingDir);
    if (root !== stagingDir) return Promise.resolve(root);
    const base = path.dirname(stagingDir);
    let made = workDirs.get(base);
    if (!made) {
      made = fs.mkdtemp(path.join(base, '.pacto-work-')).then((dir) => {
        extraDirs.push(dir);
        return dir;
      });
      workDirs.set(base, made);
    }
    return made;
  };

  const applyJob = async (plan: (typeof plans)[number]): Promise<void> => {
    const { result: r, report } = plan;
    if (report.status !== 'ok' || !r.ok) return;
    const out = r as JobOutput;
    const job = out.job;
    const outDir = path.resolve(job.absOutputDir);
    const ms = await manifestFor(outDir, job.outputDir);
    if (ms.error) {
      if (!ms.reported) plan.error = ms.error;
      ms.reported = true;
      fail(report, ms.error);
      return;
    }
    const key = entryKey(job.contract.file, job.plugin.name);
    const lines: OutputFile[] = [];
    const steps: Step[] = [];
    const produced: ManifestFile[] = [];
    let problem: string | null = null;
    const line = (wdPath: string, status: FileStatus, sha: string | null, direct: boolean): OutputFile => {
      const o: OutputFile = { path: wdPath, plugin: job.plugin.name, contract: job.contract.file, status, sha256: sha, direct };
      lines.push(o);
      outDirOf.set(o, outDir);
      return o;
    };

    const assessed = assessments.get(plan);
    if (!assessed) return;
    if ('error' in assessed) {
      problem = assessed.error;
    } else {
      for (const a of assessed.items) {
        produced.push({ path: a.p.rel, sha256: a.sha });
        const o = line(a.p.wdPath, a.status, a.sha, a.p.direct);
        if (a.drift) drift.set(o, a.drift);
        if (!check && a.status !== 'unchanged') {
          steps.push({ kind: 'put', target: a.p.target, source: a.p.staged, mode: a.existing.kind === 'file' && !a.p.direct ? a.existing.mode : null });
        }
      }
    }

    // Files this key generated before and no longer produces: deleted with clean, else kept.
    const kept: ManifestFile[] = [];
    const producedSet = new Set(produced.map((f) => f.path));
    for (const f of problem ? [] : (ms.entries.get(key)?.files ?? [])) {
      if (producedSet.has(f.path)) continue;
      const target = joinRelative(outDir, f.path);
      const wdPath = wdPathOf(target);
      let realParent: string;
      try {
        realParent = await resolveExisting(path.dirname(target));
      } catch {
        continue;
      }
      if (!isInside(plan.outDirReal, realParent)) {
        problem = `the manifest ${ms.wdPath} lists ${f.path}, which resolves outside ${job.outputDir} through a symbolic link; refusing to touch it`;
        break;
      }
      const k = collisionKey(path.join(realParent, path.basename(target)), platform);
      if (protectedKeys.has(k)) {
        problem = `the manifest ${ms.wdPath} lists ${f.path}, which is ${protectedKeys.get(k)}; refusing to delete it`;
        break;
      }
      if (owners.has(k) || manifestKeys.has(k)) continue;
      const existing = await inspect(target);
      if (existing.kind !== 'file' && existing.kind !== 'symlink') continue;
      if (config.clean) {
        const o = line(wdPath, check ? 'stale' : 'deleted', null, false);
        if (check) drift.set(o, { severity: 'error', section: filePatch(patchPath(wdPath), await sideOf(target, existing), { kind: 'absent' }), crlfOnly: false });
        else steps.push({ kind: 'remove', target, pruneUpTo: outDir });
      } else {
        kept.push(f);
        if (check) drift.set(line(wdPath, 'stale', null, false), { severity: 'warning', section: '', crlfOnly: false });
      }
    }
    if (problem) {
      fail(report, problem);
      return;
    }

    const entries = new Map(ms.entries);
    entries.set(key, {
      contract: job.contract.file,
      plugin: job.plugin.name,
      pluginVersion: job.plugin.version,
      pluginSha256: job.plugin.version === null ? job.plugin.sha256 : null,
      files: [...produced, ...kept],
    });
    const text = serializeManifest(entries.values());
    const next = text === null ? null : Buffer.from(text, 'utf8');
    const present = ms.current !== null || ms.currentIsOriginalLink;
    const manifestChanges = next === null ? present : ms.currentIsOriginalLink || ms.current === null || !ms.current.equals(next);

    if (!check) {
      const workDir = steps.length > 0 || manifestChanges ? await workDirFor(out.stagingDir) : '';
      const prefix = `${job.index}-`;
      if (manifestChanges) {
        if (next === null) steps.push({ kind: 'remove', target: ms.target });
        else {
          const tmp = path.join(workDir, `${prefix}manifest.json`);
          await fs.writeFile(tmp, next);
          steps.push({ kind: 'put', target: ms.target, source: tmp, mode: null });
        }
      }
      try {
        if (steps.length > 0) await runTransaction(steps, workDir, ctx.hooks, prefix);
      } catch (e) {
        fail(report, `could not write the outputs of ${describe(out)}: ${(e as Error).message}`);
        return;
      }
    }
    ms.entries = entries;
    if (manifestChanges) {
      ms.current = next;
      ms.currentIsOriginalLink = false;
    }
    if (next !== null || ms.original.kind !== 'absent') ms.lastOwner = { plugin: job.plugin.name, contract: job.contract.file };

    const mStatus = manifestStatus(ms, check);
    if (mStatus) line(ms.wdPath, mStatus, ms.current ? sha256(ms.current) : null, false);
    lines.sort((a, b) => compareBytes(a.path, b.path));
    report.files = lines;
  };
  // Jobs sharing an output directory (and so a manifest) apply one after the other, in job
  // order; different directories are independent, so their chains run side by side.
  const chains = new Map<string, (typeof plans)[number][]>();
  for (const plan of live) {
    const dir = path.resolve(plan.result.job.absOutputDir);
    const chain = chains.get(dir);
    if (chain) chain.push(plan);
    else chains.set(dir, [plan]);
  }
  await mapLimit([...chains.values()], PARALLEL, async (chain) => {
    for (const plan of chain) {
      try {
        await applyJob(plan);
      } catch (e) {
        // Nothing of this job reached the tree: the transaction rolls back its own failures.
        fail(plan.report, `could not apply the outputs of ${describe(plan.result)}: ${(e as Error).message}`);
      }
    }
  });
  for (const plan of plans) if (plan.error) errors.push(plan.error);

  // The manifest of a shared output directory is listed once, at the last job that touched it.
  const files: OutputFile[] = [];
  const lastManifestJob = new Map<string, JobReport>();
  for (const rep of reports) for (const f of rep.files) if (isManifestPath(f.path)) lastManifestJob.set(f.path, rep);
  for (const rep of reports) {
    for (const f of rep.files) {
      if (isManifestPath(f.path) && lastManifestJob.get(f.path) !== rep) continue;
      files.push(f);
    }
  }

  let driftResult: GenerationResult['drift'] = null;
  let changed: boolean;
  if (check) {
    const entries: DriftEntry[] = [];
    const byPath = new Map(files.map((f) => [f.path, f]));
    let patch = '';
    await mapLimit([...manifests.values()], PARALLEL, async (ms) => {
      if (ms.lastOwner === null) return;
      const f = byPath.get(ms.wdPath);
      if (!f || f.status === 'unchanged') return;
      if (ms.current) await expect(ms.wdPath, ms.current);
      const before = await sideOf(ms.target, ms.original);
      const after: Side = ms.current ? { kind: 'file', content: ms.current, executable: false } : { kind: 'absent' };
      drift.set(f, {
        severity: 'error',
        section: filePatch(patchPath(ms.wdPath), before, after),
        crlfOnly: before.kind === 'file' && ms.current !== null && crlfOnly(before.content, ms.current),
      });
    });
    for (const f of files) {
      const d = drift.get(f);
      if (!d) continue;
      entries.push({
        path: f.path,
        status: f.status as DriftEntry['status'],
        diff: d.section === '' ? '' : truncateDiff(d.section),
        crlfOnly: d.crlfOnly,
        severity: d.severity,
      });
      patch += d.section;
    }
    changed = entries.some((e) => e.severity === 'error');
    let patchFile: string | null = null;
    if (changed) {
      patchFile = path.join(path.dirname(config.reportFile), 'pacto-drift.patch');
      await fs.mkdir(path.dirname(patchFile), { recursive: true });
      await fs.writeFile(patchFile, Buffer.from(patch, 'latin1'));
    }
    const hints = await driftHints(files, entries, outDirOf, wd, top !== null, wdPathOf, patchPrefix);
    driftResult = { entries, patchFile, patchRoot: patchFile ? (top ?? wd) : null, expectedRoot, hints };
  } else {
    changed = files.some((f) => f.status === 'created' || f.status === 'updated' || f.status === 'deleted');
  }
  return { jobs: reports, files, changed, drift: driftResult, errors };
}

function isManifestPath(p: string): boolean {
  return p === MANIFEST_NAME || p.endsWith(`/${MANIFEST_NAME}`);
}

function caseNote(a: string, b: string): string {
  return a !== b ? ' (the same file on a case-insensitive filesystem)' : '';
}

/** The manifest's status relative to the tree before the run, or null when it is not involved. */
function manifestStatus(ms: ManifestState, check: boolean): FileStatus | null {
  const origPresent = ms.original.kind !== 'absent';
  if (!origPresent && ms.current === null) return null;
  if (!origPresent) return check ? 'new' : 'created';
  if (ms.current === null) return ms.currentIsOriginalLink ? 'unchanged' : check ? 'stale' : 'deleted';
  if (ms.originalBytes && ms.originalBytes.equals(ms.current) && ms.original.kind === 'file') return 'unchanged';
  return check ? 'changed' : 'updated';
}

