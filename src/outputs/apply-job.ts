/**
 * Pass 2 for one job, in job order within its output directory: its file lines, the stale
 * files its manifest entry lists, the manifest's next bytes, and (generate) the transaction
 * that writes them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStatus, OutputFile } from '../generate/types.js';
import type { TransactionHooks } from './transaction.js';
import { collisionKey, compareBytes, joinRelative, resolveExisting } from './paths.js';
import { critical } from '../cancel.js';
import { entryKey, serializeManifest, type ManifestFile } from './manifest.js';
import { sha256 } from '../shared/hash.js';
import { inspect, sideOf } from './tree.js';
import { runTransaction, type Step } from './transaction.js';
import { filePatch } from './patch.js';
import { describe, fail, type Owners, type Plan } from './claims.js';
import { manifestStatus, type ManifestStates } from './manifest-state.js';
import type { Assessment, DriftInfo } from './assess.js';

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

export async function applyJob(plan: Plan, run: ApplyRun): Promise<void> {
  const { result: r, report } = plan;
  if (report.status !== 'ok' || r.status !== 'ok') return;
  const { check, wdPathOf, patchPath, drift } = run;
  const out = r;
  const job = out.job;
  const outDir = path.resolve(job.absOutputDir);
  const ms = await run.manifests.forDir(outDir, job.outputDir);
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
    run.outDirOf.set(o, outDir);
    return o;
  };

  const assessed = run.assessments.get(plan);
  if (!assessed) return;
  if ('error' in assessed) {
    problem = assessed.error;
  } else {
    for (const a of assessed.items) {
      produced.push({ path: a.p.rel, sha256: a.sha });
      const o = line(a.p.wdPath, a.status, a.sha, a.p.direct);
      if (a.drift) drift.set(o, a.drift);
      if (!check && a.status !== 'unchanged') {
        steps.push({
          kind: 'put',
          target: a.p.target,
          source: a.p.staged,
          mode: a.existing.kind === 'file' && !a.p.direct ? a.existing.mode : null,
          sha256: a.sha,
        });
      }
    }
  }

  if (ms.ignored !== null && !ms.reported) {
    ms.reported = true;
    run.warnings.push(ms.ignored);
  }
  // Files this key generated before and no longer produces: deleted with clean, else kept.
  // The manifest passed the path rules when it was read (manifest-rules.ts); a file is deleted
  // only while it holds the bytes that were generated.
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
      const o = line(wdPath, check ? 'stale' : 'deleted', null, false);
      if (check) drift.set(o, { severity: 'error', section: filePatch(patchPath(wdPath), current, { kind: 'absent' }), crlfOnly: false });
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
    const workDir = steps.length > 0 || manifestChanges ? await run.workDirFor(out.stagingDir) : '';
    const prefix = `${job.index}-`;
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
        return;
      }
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
}
