/**
 * Annotations under GitHub's limit of 10 errors and 10 warnings per step: one budget for
 * everything this action annotates, spent in priority order (validation, plugin resolution and
 * failed jobs, generation errors, drift, publishing).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ActionsIO, AnnotationProps } from '../adapters.js';
import type { RunState } from '../run-state.js';
import { diffAnnotations } from './diff.js';
import { searchedIn, uniqueGenerationErrors, unmatchedLiteralMessage, unmatchedLiterals } from './derived.js';
import { sanitizeForLog, stderrTailLines } from '../shared/sanitize.js';

export const ANNOTATION_LIMIT = 10;

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  props: AnnotationProps;
}

export interface AnnotationResult {
  shown: { errors: number; warnings: number };
  omitted: { errors: number; warnings: number };
}

/** Every annotation the run deserves, in priority order. */
export function collectAnnotations(state: RunState): Annotation[] {
  const out: Annotation[] = [];
  const wd = state.config?.workingDirectory ?? process.cwd();
  const abs = (rel: string): string => path.resolve(wd, rel);

  for (const c of state.contracts) {
    for (const [level, findings] of [
      ['error', c.errors],
      ['warning', c.warnings],
    ] as const) {
      for (const f of findings) {
        const props: AnnotationProps = { title: f.code };
        // A bundle directory without pacto.yaml has no file to point at.
        if (f.line !== null || fileExists(c.absFile)) props.file = c.absFile;
        if (f.line !== null) props.startLine = f.line;
        if (f.column !== null) props.startColumn = f.column;
        out.push({ level, message: f.path ? `${f.path}: ${f.message}` : f.message, props });
      }
    }
  }
  // The pull request's question comes right after validity: is this change breaking?
  out.push(...diffAnnotations(state.diff ?? null, wd));
  if (state.config && state.discovery && !state.inputError && state.discovery.matched === 0 && state.config.ifNoContractsFound === 'warn') {
    out.push({
      level: 'warning',
      message: `No contracts found for ${state.config.contracts.join(', ')} ${searchedIn(state.config.workingDirectory)}`,
      props: { title: 'no contracts' },
    });
  }
  for (const p of unmatchedLiterals(state)) {
    out.push({
      level: 'warning',
      message: unmatchedLiteralMessage(p, state.config!.workingDirectory),
      props: { title: 'contracts pattern matched nothing' },
    });
  }
  for (const p of state.pluginFailures) {
    out.push({ level: 'error', message: `${p.source}: ${p.message}`, props: { title: `plugin ${p.name}` } });
  }
  for (const w of state.pluginWarnings ?? []) {
    out.push({ level: 'warning', message: w.message, props: { title: `plugin ${w.name}` } });
  }
  const gen = state.generation;
  for (const j of gen?.jobs ?? []) {
    if (j.status !== 'failed') continue;
    const tail = stderrTailLines(j.stderrTail);
    const stderr = tail.length > 0 ? `\nstderr (last ${tail.length} line${tail.length === 1 ? '' : 's'}):\n${tail.join('\n')}` : '';
    out.push({
      level: 'error',
      message: `${sanitizeForLog(j.error ?? j.message)}${stderr}`,
      props: { title: `plugin ${j.plugin} failed`, file: abs(j.contract) },
    });
  }
  for (const e of uniqueGenerationErrors(gen)) out.push({ level: 'error', message: e, props: { title: 'generation' } });
  for (const w of gen?.warnings ?? []) out.push({ level: 'warning', message: sanitizeForLog(w), props: { title: 'generation' } });
  out.push(...driftAnnotations(state, abs));
  if (state.commit?.error) out.push({ level: 'error', message: state.commit.error, props: { title: 'commit' } });
  for (const w of state.commit?.warnings ?? []) out.push({ level: 'warning', message: w, props: { title: 'commit' } });
  if (state.pullRequest?.error) out.push({ level: 'error', message: state.pullRequest.error, props: { title: 'pull request' } });
  for (const w of state.pullRequest?.warnings ?? []) out.push({ level: 'warning', message: w, props: { title: 'pull request' } });
  if (state.artifact?.error) out.push({ level: 'error', message: state.artifact.error, props: { title: 'artifact' } });
  for (const w of state.artifact?.warnings ?? []) out.push({ level: 'warning', message: w, props: { title: 'artifact' } });
  return out;
}

/** Drift as annotations: an error, or a warning for a stale file when clean is off. */
function driftAnnotations(state: RunState, abs: (rel: string) => string): Annotation[] {
  const out: Annotation[] = [];
  const clean = state.config?.clean ?? false;
  for (const d of state.generation?.drift?.entries ?? []) {
    const failing = d.status !== 'stale' || clean;
    const what =
      d.status === 'changed'
        ? 'differs from what the plugins generate now'
        : d.status === 'new'
          ? 'would be created by the plugins but is missing'
          : 'is no longer produced by its plugin';
    const fix =
      d.status === 'stale' && !clean
        ? ' (set clean: true to delete stale files)'
        : '; run the action in generate mode or apply pacto-drift.patch';
    out.push({
      level: failing ? 'error' : 'warning',
      message: `${d.path} ${what}${fix}`,
      props: { title: `drift: ${d.status}`, file: abs(d.path) },
    });
  }
  return out;
}

function fileExists(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Emits annotations within the budget. `reservedErrors` keeps slots for annotations made
 * elsewhere (setFailed's own error line).
 */
export function emitAnnotations(annotations: Annotation[], io: ActionsIO, reservedErrors = 0): AnnotationResult {
  const budget = { error: Math.max(0, ANNOTATION_LIMIT - reservedErrors), warning: ANNOTATION_LIMIT };
  const result: AnnotationResult = { shown: { errors: 0, warnings: 0 }, omitted: { errors: 0, warnings: 0 } };
  for (const a of annotations) {
    const key = a.level === 'error' ? 'errors' : 'warnings';
    if (budget[a.level] > 0) {
      budget[a.level] -= 1;
      result.shown[key] += 1;
      io[a.level](a.message, a.props);
    } else {
      result.omitted[key] += 1;
    }
  }
  return result;
}

export function omittedNote(r: AnnotationResult): string | null {
  const parts: string[] = [];
  if (r.omitted.errors > 0) parts.push(`${r.omitted.errors} error${r.omitted.errors === 1 ? '' : 's'}`);
  if (r.omitted.warnings > 0) parts.push(`${r.omitted.warnings} warning${r.omitted.warnings === 1 ? '' : 's'}`);
  if (parts.length === 0) return null;
  return `${parts.join(' and ')} not annotated (GitHub shows at most ${ANNOTATION_LIMIT} error and ${ANNOTATION_LIMIT} warning annotations per step); the job summary and the JSON report list every finding.`;
}
