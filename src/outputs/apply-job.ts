/**
 * Pass 2 for one job, in job order within its output directory: its file lines, the stale
 * files its manifest entry lists, the manifest's next bytes, and (generate) the transaction
 * that writes them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStatus, JobOutput, JobReport, OutputFile } from '../generate/types.js';
import type { TransactionHooks } from './transaction.js';
import { collisionKey, compareBytes, joinRelative, resolveExisting } from './paths.js';
import { critical } from '../cancel.js';
import { entryKey, serializeManifest, type ManifestEntry, type ManifestFile } from './manifest.js';
import { sha256 } from '../shared/hash.js';
import { inspect, sideOf } from './tree.js';
import { runTransaction, type Step } from './transaction.js';
import { filePatch } from './patch.js';
import { describe, fail, type Owners, type Plan } from './claims.js';
import { manifestStatus, type ManifestState, type ManifestStates } from './manifest-state.js';
import type { Assessed, Assessment, DriftInfo } from './assess.js';

/** What pass 2 shares across jobs. */
export interface ApplyRun {
  check: boolean;
  clean: boolean;
  platform: NodeJS.Platform;
  wdPathOf: (abs: string) => string;
  wdReal: string;
  patchPath: (wdPath: string) => string;
  protectedKeys: Map<string, string>;
  manifestKeys: Map<string, string>;
  owners: Owners;
  manifests: ManifestStates;
  assessments: Map<Plan, Assessment>;
  /** Check mode: how each listed file differs. */
  drift: Map<OutputFile, DriftInfo>;
  /** Each file line's output directory (for the check-mode hints). */
  outDirOf: Map<OutputFile, string>;
  /** The private directory for a job's backups and temporary manifest. */
  workDirFor: (stagingDir: string) => Promise<string>;
  hooks?: TransactionHooks;
  /** Problems that do not fail a job (an ignored manifest, a changed file clean kept). */
  warnings: string[];
}

/** One job's pass-2 work: its file lines, its transaction steps and the files it produced. */
interface JobApply {
  run: ApplyRun;
  out: JobOutput;
  outDir: string;
  ms: ManifestState;
  key: string;
  lines: OutputFile[];
  steps: Step[];
  produced: ManifestFile[];
}

/** The manifest's next bytes after this job (null: no entries left), and whether they differ. */
interface NextManifest {
  entries: Map<string, ManifestEntry>;
  next: Buffer | null;
  manifestChanges: boolean;
}

export async function applyJob(plan: Plan, run: ApplyRun): Promise<void> {
  const { result: r, report } = plan;
  if (report.status !== 'ok' || r.status !== 'ok') return;
  const job = r.job;
  const outDir = path.resolve(job.absOutputDir);
  const ms = await run.manifests.forDir(outDir, job.outputDir);
  if (ms.error) {
    if (!ms.reported) plan.error = ms.error;
    ms.reported = true;
    fail(report, ms.error);
    return;
  }
  const ja: JobApply = { run, out: r, outDir, ms, key: entryKey(job.contract.file, job.plugin.name), lines: [], steps: [], produced: [] };

  const assessed = run.assessments.get(plan);
  if (!assessed) return;
  if (!('error' in assessed)) readAssessed(ja, assessed.items);

  if (ms.ignored !== null && !ms.reported) {
    ms.reported = true;
    run.warnings.push(ms.ignored);
  }
  if ('error' in assessed) {
    fail(report, assessed.error);
    return;
  }
  const kept = await staleFiles(ja);

  const manifest = nextManifest(ja, kept);
  if (!run.check && !(await writeOutputs(ja, manifest, report))) return;
  ms.entries = manifest.entries;
  if (manifest.manifestChanges) {
    ms.current = manifest.next;
    ms.currentIsOriginalLink = false;
  }
  if (manifest.next !== null || ms.original.kind !== 'absent') ms.lastOwner = { plugin: job.plugin.name, contract: job.contract.file };

  const mStatus = manifestStatus(ms, run.check);
  if (mStatus) addLine(ja, ms.wdPath, mStatus, ms.current ? sha256(ms.current) : null, false);
  ja.lines.sort((a, b) => compareBytes(a.path, b.path));
  report.files = ja.lines;
}

function addLine(ja: JobApply, wdPath: string, status: FileStatus, sha: string | null, direct: boolean): OutputFile {
  const job = ja.out.job;
  const o: OutputFile = { path: wdPath, plugin: job.plugin.name, contract: job.contract.file, status, sha256: sha, direct };
  ja.lines.push(o);
  ja.run.outDirOf.set(o, ja.outDir);
  return o;
}

/** The job's assessed files: a line each, and (generate) a step for each that changes. */
function readAssessed(ja: JobApply, items: Assessed[]): void {
  for (const a of items) {
    ja.produced.push({ path: a.p.rel, sha256: a.sha });
    const o = addLine(ja, a.p.wdPath, a.status, a.sha, a.p.direct);
    if (a.drift) ja.run.drift.set(o, a.drift);
    if (!ja.run.check && a.status !== 'unchanged') {
      ja.steps.push({
        kind: 'put',
        target: a.p.target,
        source: a.p.staged,
        mode: a.existing.kind === 'file' && !a.p.direct ? a.existing.mode : null,
        sha256: a.sha,
      });
    }
  }
}

/**
 * Files this key generated before and no longer produces: deleted with clean, else kept (the
 * manifest files returned). The manifest passed the path rules when it was read
 * (manifest-rules.ts); a file is deleted only while it holds the bytes that were generated.
 */
async function staleFiles(ja: JobApply): Promise<ManifestFile[]> {
  const { run, outDir } = ja;
  const { check, drift } = run;
  const job = ja.out.job;
  const kept: ManifestFile[] = [];
  const producedSet = new Set(ja.produced.map((f) => f.path));
  for (const f of ja.ms.entries.get(ja.key)?.files ?? []) {
    if (producedSet.has(f.path)) continue;
    const target = joinRelative(outDir, f.path);
    const wdPath = run.wdPathOf(target);
    let realParent: string;
    try {
      realParent = await resolveExisting(path.dirname(target));
    } catch {
      continue;
    }
    const k = collisionKey(path.join(realParent, path.basename(target)), run.platform);
    if (run.owners.has(k) || run.manifestKeys.has(k)) continue;
    const existing = await inspect(target);
    if (existing.kind !== 'file' && existing.kind !== 'symlink') continue;
    if (run.clean) {
      const current = await sideOf(target, existing);
      if (current.kind !== 'file' || sha256(current.content) !== f.sha256) {
        // The user changed it since it was generated: theirs now, no longer listed.
        run.warnings.push(
          `${wdPath} is no longer produced by plugin ${job.plugin.name} for ${job.contract.file}, but it was changed since it was generated; kept (delete it yourself if it is not needed)`,
        );
        continue;
      }
      const o = addLine(ja, wdPath, check ? 'stale' : 'deleted', null, false);
      if (check)
        drift.set(o, { severity: 'error', section: filePatch(run.patchPath(wdPath), current, { kind: 'absent' }), crlfOnly: false });
      else ja.steps.push({ kind: 'remove', target, pruneUpTo: outDir });
    } else {
      kept.push(f);
      if (check) drift.set(addLine(ja, wdPath, 'stale', null, false), { severity: 'warning', section: '', crlfOnly: false });
    }
  }
  return kept;
}

function nextManifest(ja: JobApply, kept: ManifestFile[]): NextManifest {
  const { ms } = ja;
  const job = ja.out.job;
  const entries = new Map(ms.entries);
  entries.set(ja.key, {
    contract: job.contract.file,
    plugin: job.plugin.name,
    pluginVersion: job.plugin.version,
    pluginSha256: job.plugin.version === null ? job.plugin.sha256 : null,
    files: [...ja.produced, ...kept],
  });
  const text = serializeManifest(entries.values());
  const next = text === null ? null : Buffer.from(text, 'utf8');
  const present = ms.current !== null || ms.currentIsOriginalLink;
  const manifestChanges = next === null ? present : ms.currentIsOriginalLink || ms.current === null || !ms.current.equals(next);
  return { entries, next, manifestChanges };
}

/**
 * Generate: the job's writes, deletions and manifest (last) in one transaction. False when the
 * job failed (the report says why).
 */
async function writeOutputs(ja: JobApply, manifest: NextManifest, report: JobReport): Promise<boolean> {
  const { run, out, ms, steps } = ja;
  const { next, manifestChanges } = manifest;
  const workDir = steps.length > 0 || manifestChanges ? await run.workDirFor(out.stagingDir) : '';
  const prefix = `${out.job.index}-`;
  if (manifestChanges) {
    if (next === null) steps.push({ kind: 'remove', target: ms.target });
    else {
      const tmp = path.join(workDir, `${prefix}manifest.json`);
      await fs.writeFile(tmp, next);
      steps.push({ kind: 'put', target: ms.target, source: tmp, mode: null, sha256: sha256(next) });
    }
  }
  try {
    // A cancel waits for a transaction in flight (bounded), and starts no new one.
    const done = steps.length === 0 || (await critical(() => runTransaction(steps, workDir, run.hooks, prefix, run.wdReal)));
    if (done === null) {
      fail(report, `the outputs of ${describe(out)} were not written: the run was cancelled`);
      return false;
    }
  } catch (e) {
    fail(report, `could not write the outputs of ${describe(out)}: ${(e as Error).message}`);
    return false;
  }
  return true;
}
