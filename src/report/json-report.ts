/**
 * The JSON report (version 1): everything the run knows, with paths relative to the working
 * directory and '/'-separated. Its schema is schema/pacto-report.schema.json.
 */
import path from 'node:path';
import type { Finding } from '../contracts/types.js';
import type { FileStatus, JobStatus } from '../generate/types.js';
import type { PluginFailure, ResolvedPlugin } from '../plugins/types.js';
import type { DiffResult } from '../diff/types.js';
import type { ArtifactResult } from '../publish/artifact/types.js';
import type { CommitResult, PullRequestResult } from '../publish/types.js';
import type { RunState } from '../run-state.js';
import { diffFailureCauses } from './diff.js';
import { failureCauses } from './verdict.js';

/** Findings are reported exactly as validation produced them. */
export type ReportFinding = Finding;

export interface ReportContract {
  file: string;
  bundle: string;
  profile: string;
  service: string | null;
  version: string | null;
  valid: boolean;
  errors: ReportFinding[];
  warnings: ReportFinding[];
}

/** A resolved plugin without its spec; `path` is relative when inside the working directory, else absolute. */
export type ReportPlugin = Omit<ResolvedPlugin, 'extraPath' | 'spec'>;

export interface ReportJob {
  plugin: string;
  contract: string;
  outputDir: string;
  status: JobStatus;
  files: { path: string; status: FileStatus; sha256: string | null; direct: boolean }[];
  message: string;
  /** Why the job failed; null unless status is failed. */
  error: string | null;
  durationMs: number;
  stderrTail: string;
}

export type ErrorKind =
  'input' | 'fatal' | 'discovery' | 'plugin' | 'generation' | 'commit' | 'pull-request' | 'artifact' | 'breaking' | 'comment';

/**
 * The run the report belongs to: what a workflow_run workflow needs to post this report's
 * comment (mode: comment), which verifies the pull request with GitHub before trusting it.
 */
export interface ReportContext {
  repository: string;
  event: string;
  runId: string;
  job: string;
  /** The working directory relative to the workspace ('.' at its root). */
  workingDirectory: string;
  pullRequest: { number: number; headSha: string; headRef: string; baseRef: string } | null;
}

export interface PactoReport {
  version: 1;
  mode: string | null;
  failed: boolean;
  reason: string;
  shard: { index: number; total: number } | null;
  contracts: ReportContract[];
  totals: {
    matched: number | null;
    contracts: number;
    valid: number;
    invalid: number;
    errors: number;
    warnings: number;
    plugins: number;
    jobs: { ok: number; failed: number; skipped: number };
    files: Partial<Record<FileStatus, number>>;
    changed: boolean;
  };
  plugins: ReportPlugin[];
  pluginFailures: PluginFailure[];
  generated: ReportJob[];
  drift: {
    entries: { path: string; status: 'changed' | 'new' | 'stale'; crlfOnly: boolean }[];
    patchFile: string | null;
    hints: string[];
  } | null;
  commit: Omit<CommitResult, 'attempts' | 'files'> | null;
  pullRequest: PullRequestResult | null;
  artifact: Omit<ArtifactResult, 'size'> | null;
  /** The breaking-change gate against the base; null when `breaking` is off. */
  diff: DiffResult | null;
  notices: string[];
  errors: { kind: ErrorKind; message: string }[];
  context?: ReportContext;
  comment?: { operation: string; pullRequest: number | null; url: string; message: string };
}

/** A path for the report: relative to the working directory when inside it, '/'-separated. */
export function reportPath(workingDirectory: string | null, p: string): string {
  if (!workingDirectory || !path.isAbsolute(p)) return p.split(path.sep).join('/');
  const rel = path.relative(workingDirectory, p);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return p;
  return rel.split(path.sep).join('/');
}

function finding(f: Finding): ReportFinding {
  return { code: f.code, path: f.path, message: f.message, line: f.line, column: f.column };
}

export function buildReport(state: RunState): PactoReport {
  const wd = state.config?.workingDirectory ?? null;
  const causes = failureCauses(state);
  const contracts = state.contracts.map<ReportContract>((c) => ({
    file: c.file,
    bundle: c.bundle,
    profile: c.profile,
    service: c.service,
    version: c.version,
    valid: c.valid,
    errors: c.errors.map(finding),
    warnings: c.warnings.map(finding),
  }));
  const gen = state.generation;
  const errors = reportErrors(state, causes);

  return {
    version: 1,
    mode: state.config?.mode ?? null,
    failed: causes.length > 0,
    reason: causes.join('; '),
    shard: state.config?.shard ? { ...state.config.shard } : null,
    contracts,
    totals: reportTotals(state, contracts),
    plugins: state.plugins.map((p) => ({
      name: p.name,
      version: p.version,
      source: p.source,
      path: reportPath(wd, p.path),
      sha256: p.sha256,
      cached: p.cached,
    })),
    pluginFailures: state.pluginFailures.map((p) => ({ name: p.name, source: p.source, message: p.message })),
    generated: (gen?.jobs ?? []).map((j) => ({
      plugin: j.plugin,
      contract: j.contract,
      outputDir: j.outputDir,
      status: j.status,
      files: j.files.map((f) => ({ path: f.path, status: f.status, sha256: f.sha256, direct: f.direct })),
      message: j.message,
      error: j.error ?? null,
      durationMs: j.durationMs,
      stderrTail: j.stderrTail,
    })),
    drift: gen?.drift
      ? {
          entries: gen.drift.entries.map((e) => ({ path: e.path, status: e.status, crlfOnly: e.crlfOnly })),
          patchFile: gen.drift.patchFile ? reportPath(wd, gen.drift.patchFile) : null,
          hints: [...gen.drift.hints],
        }
      : null,
    commit: reportCommit(state),
    pullRequest: state.pullRequest ? { ...state.pullRequest, warnings: [...state.pullRequest.warnings] } : null,
    artifact: reportArtifact(state),
    diff: state.diff ? (structuredClone(state.diff) as DiffResult) : null,
    notices: [...state.notices],
    errors,
    ...(state.context ? { context: reportContext(state) } : {}),
    ...(state.comment
      ? {
          comment: {
            operation: state.comment.operation,
            pullRequest: state.comment.pullRequest,
            url: state.comment.url,
            message: state.comment.message,
          },
        }
      : {}),
  };
}

/** The run's errors, each with the stage it came from, in the order the stages ran. */
function reportErrors(state: RunState, causes: string[]): PactoReport['errors'] {
  const gen = state.generation;
  const errors: PactoReport['errors'] = [];
  if (state.inputError) errors.push({ kind: 'input', message: state.inputError });
  for (const f of state.fatal) if (f !== state.inputError) errors.push({ kind: 'fatal', message: f });
  const noContracts = causes.find((c) => c.startsWith('no contracts found'));
  if (noContracts) errors.push({ kind: 'discovery', message: noContracts });
  for (const p of state.pluginFailures) errors.push({ kind: 'plugin', message: `${p.name} (${p.source}): ${p.message}` });
  for (const e of gen?.errors ?? []) errors.push({ kind: 'generation', message: e });
  if (state.commit?.error) errors.push({ kind: 'commit', message: state.commit.error });
  if (state.pullRequest?.error) errors.push({ kind: 'pull-request', message: state.pullRequest.error });
  if (state.artifact?.error) errors.push({ kind: 'artifact', message: state.artifact.error });
  if (state.comment?.error) errors.push({ kind: 'comment', message: state.comment.error });
  for (const c of diffFailureCauses(state.diff ?? null)) errors.push({ kind: 'breaking', message: c });
  return errors;
}

function reportTotals(state: RunState, contracts: ReportContract[]): PactoReport['totals'] {
  const gen = state.generation;
  const files: Partial<Record<FileStatus, number>> = {};
  for (const f of gen?.files ?? []) files[f.status] = (files[f.status] ?? 0) + 1;
  const jobs = { ok: 0, failed: 0, skipped: 0 };
  for (const j of gen?.jobs ?? []) jobs[j.status] += 1;
  return {
    matched: state.discovery?.matched ?? null,
    contracts: contracts.length,
    valid: contracts.filter((c) => c.valid).length,
    invalid: contracts.filter((c) => !c.valid).length,
    errors: contracts.reduce((n, c) => n + c.errors.length, 0),
    warnings: contracts.reduce((n, c) => n + c.warnings.length, 0),
    plugins: state.plugins.length,
    jobs,
    files,
    changed: gen?.changed ?? false,
  };
}

function reportCommit(state: RunState): PactoReport['commit'] {
  return state.commit
    ? {
        committed: state.commit.committed,
        pushed: state.commit.pushed,
        sha: state.commit.sha,
        branch: state.commit.branch,
        error: state.commit.error,
        warnings: [...state.commit.warnings],
        skippedReason: state.commit.skippedReason,
      }
    : null;
}

function reportArtifact(state: RunState): PactoReport['artifact'] {
  return state.artifact
    ? {
        uploaded: state.artifact.uploaded,
        id: state.artifact.id,
        url: state.artifact.url,
        digest: state.artifact.digest,
        name: state.artifact.name,
        files: state.artifact.files,
        error: state.artifact.error,
        warnings: [...state.artifact.warnings],
      }
    : null;
}

function reportContext(state: RunState): ReportContext {
  const ctx = state.context as NonNullable<RunState['context']>;
  const config = state.config;
  const wd = config ? path.relative(config.workspace, config.workingDirectory).split(path.sep).join('/') : '';
  const pr = ctx.pullRequest;
  return {
    repository: ctx.repository,
    event: ctx.event,
    runId: ctx.runId,
    job: ctx.job,
    workingDirectory: wd === '' ? '.' : wd,
    pullRequest: pr ? { number: pr.number, headSha: pr.headSha, headRef: pr.headRef, baseRef: pr.baseRef } : null,
  };
}

/** The JSON report text for the state (used by the artifact too). */
export function reportJson(state: RunState): string {
  return `${JSON.stringify(buildReport(state), null, 2)}\n`;
}
