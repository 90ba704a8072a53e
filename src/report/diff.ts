/**
 * How the breaking-change gate's result is reported: failure causes, annotations on the head's
 * contract lines, notices for what the label accepted, the summary section and the outputs.
 * Only types come from src/diff, so the gate's code stays unloaded when it is off.
 */
import path from 'node:path';
import type { AnnotationProps } from '../adapters.js';
import type { Change, ContractDiff, DiffResult } from '../diff/types.js';
import { plural } from '../shared/text.js';
import { escapeMarkdown as md, inlineCode } from '../shared/sanitize.js';

const COLLAPSE_ROWS = 20;
const MAX_CHANGE_ROWS = 500;
const MAX_NOTICES = 10;

export const CLASS_ICON: Record<string, string> = { BREAKING: '🔴', POTENTIAL_BREAKING: '🟡', NON_BREAKING: '🟢' };

export interface DiffAnnotation {
  level: 'error' | 'warning';
  message: string;
  props: AnnotationProps;
}

const name = (d: ContractDiff): string => d.file ?? d.baseFile ?? '?';

/** Why the gate fails the run (breaking: error), in one line each. */
export function diffFailureCauses(diff: DiffResult | null): string[] {
  if (!diff) return [];
  const causes: string[] = [];
  if (diff.error && diff.mode === 'error') causes.push(`breaking-change gate: ${diff.error}`);
  const failing = diff.contracts.filter((d) => d.violation?.level === 'error');
  if (failing.length > 0) {
    causes.push(
      `${plural(failing.length, 'contract')} with breaking changes or version errors against the base (${failing.map(name).join(', ')}); bump the major version, or add the pull request label ${diff.label.name} to accept them`,
    );
  }
  return causes;
}

export function diffAnnotations(diff: DiffResult | null, workingDirectory: string): DiffAnnotation[] {
  if (!diff) return [];
  const out: DiffAnnotation[] = [];
  const abs = (rel: string): string => path.resolve(workingDirectory, rel);
  if (diff.error)
    out.push({ level: diff.mode === 'error' ? 'error' : 'warning', message: diff.error, props: { title: 'breaking changes: no base' } });
  for (const d of diff.contracts) {
    const v = d.violation;
    if (v && v.level !== 'notice') {
      const props: AnnotationProps = { title: `breaking changes: ${d.service ?? d.baseService ?? name(d)}` };
      if (d.file) props.file = abs(d.file);
      if (d.file && v.line !== null) props.startLine = v.line;
      out.push({ level: v.level, message: v.message, props });
      for (const c of d.changes.filter((x) => x.classification === 'BREAKING' && d.file)) {
        const p: AnnotationProps = { title: `BREAKING: ${c.path}`, file: abs(d.file!) };
        if (c.line !== null) p.startLine = c.line;
        out.push({ level: 'warning', message: changeText(c), props: p });
      }
    }
    if (d.status === 'invalid-base') {
      out.push({
        level: 'warning',
        message: `${d.baseFile} is invalid at the base (${plural(d.baseErrors.length, 'error')}: ${d.baseErrors
          .slice(0, 3)
          .map((e) => e.code)
          .join(', ')}), so it was not compared`,
        props: { title: 'breaking changes: invalid base', ...(d.file ? { file: abs(d.file) } : {}) },
      });
    }
  }
  for (const w of diff.warnings) out.push({ level: 'warning', message: w, props: { title: 'breaking changes' } });
  return out;
}

/** Notices for what the label accepted (at most ten, as GitHub shows). */
export function diffNotices(diff: DiffResult | null, workingDirectory: string): { message: string; props: AnnotationProps }[] {
  if (!diff) return [];
  const out: { message: string; props: AnnotationProps }[] = [];
  for (const d of diff.contracts) {
    if (d.violation?.level !== 'notice') continue;
    const props: AnnotationProps = { title: 'breaking changes accepted' };
    if (d.file) props.file = path.resolve(workingDirectory, d.file);
    if (d.file && d.violation.line !== null) props.startLine = d.violation.line;
    out.push({ message: d.violation.message, props });
  }
  return out.slice(0, MAX_NOTICES);
}

export function changeText(c: Change): string {
  const values = c.type === 'added' ? fmt(c.newValue) : c.type === 'removed' ? fmt(c.oldValue) : `${fmt(c.oldValue)} -> ${fmt(c.newValue)}`;
  return `${c.classification} ${c.path} (${c.type}): ${c.reason}${values ? ` [${values}]` : ''}`;
}

function fmt(v: string | number | undefined): string {
  return v === undefined ? '' : String(v);
}

/** The `changes` output: one entry per change, flat. */
export function changeEntries(diff: DiffResult | null): unknown[] {
  if (!diff) return [];
  return diff.contracts.flatMap((d) =>
    d.changes.map((c) => ({
      contract: name(d),
      service: d.service ?? d.baseService,
      path: c.path,
      type: c.type,
      ...(c.oldValue !== undefined ? { oldValue: c.oldValue } : {}),
      ...(c.newValue !== undefined ? { newValue: c.newValue } : {}),
      classification: c.classification,
      reason: c.reason,
    })),
  );
}

function details(summary: string, body: string, open: boolean): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
}

const STATUS: Record<ContractDiff['status'], string> = {
  compared: 'compared',
  added: '➕ added',
  removed: '➖ removed',
  'invalid-base': '⚠️ invalid at the base (not compared)',
  'invalid-head': '❌ invalid (not compared)',
};

function verdictCell(d: ContractDiff): string {
  const v = d.violation;
  if (!v) return d.status === 'compared' || d.status === 'added' ? '✅' : '—';
  const icon = v.level === 'error' ? '❌' : v.level === 'warning' ? '⚠️' : '🏷️';
  return `${icon} ${md(v.message)}`;
}

/** The summary's section: the base, the label, one overview row per contract, one table per contract with changes. */
export function diffSummary(diff: DiffResult | null): string[] {
  if (!diff) return [];
  let head = '### Breaking changes\n\n';
  if (diff.error) head += `${diff.mode === 'error' ? '❌' : '⚠️'} No comparison: ${md(diff.error)}\n\n`;
  if (diff.skipped) head += `ℹ️ No comparison: ${md(diff.skipped)}\n\n`;
  if (diff.base) {
    const how =
      diff.base.source === 'input'
        ? `the base input ${inlineCode(diff.base.ref)}`
        : diff.base.source === 'merge-base'
          ? 'the merge base of the pull request'
          : 'the commit before the push';
    head += `Compared against ${inlineCode(diff.base.sha.slice(0, 12))} (${how}): ${diff.classification ? `${CLASS_ICON[diff.classification]} **${diff.classification}**` : 'no contracts'}.\n\n`;
  }
  if (diff.label.present)
    head += `🏷️ The pull request label ${inlineCode(diff.label.name)} accepts the breaking changes: they are notices, not ${diff.mode === 'error' ? 'errors' : 'warnings'}.\n\n`;
  for (const w of diff.warnings) head += `- ⚠️ ${md(w)}\n`;
  if (diff.contracts.length > 0) {
    const rows = diff.contracts.map((d) => {
      const file = d.renamed ? `${inlineCode(d.baseFile!)} → ${inlineCode(d.file!)}` : inlineCode(name(d));
      const version =
        d.baseVersion !== null && d.version !== null && d.baseVersion !== d.version
          ? `${md(d.baseVersion)} → ${md(d.version)}`
          : md(d.version ?? d.baseVersion ?? '—');
      const format = d.migration ? `${d.baseFormat} → ${d.format} (migration)` : (d.format ?? d.baseFormat ?? '');
      const cls = d.classification ? `${CLASS_ICON[d.classification]} ${d.classification}` : '—';
      return `| ${file} | ${md(d.service ?? d.baseService ?? '—')} | ${version} | ${format} | ${STATUS[d.status]} | ${cls} | ${d.changes.length} | ${verdictCell(d)} |`;
    });
    head += `\n| Contract | Service | Version | Format | Status | Class | Changes | Verdict |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n\n`;
  }
  const out = [head];
  for (const d of diff.contracts) {
    if (d.changes.length === 0 && d.baseErrors.length === 0) continue;
    out.push(contractSection(d));
  }
  return out;
}

function contractSection(d: ContractDiff): string {
  const shown = d.changes.slice(0, MAX_CHANGE_ROWS);
  const rows = shown.map((c) => {
    const values =
      c.type === 'added'
        ? `+ ${md(fmt(c.newValue))}`
        : c.type === 'removed'
          ? `− ${md(fmt(c.oldValue))}`
          : `${md(fmt(c.oldValue))} → ${md(fmt(c.newValue))}`;
    return `| ${md(c.reason)} | ${inlineCode(c.path)} | ${values} | ${CLASS_ICON[c.classification]} ${c.classification} |`;
  });
  let body = rows.length > 0 ? `| Change | Path | Old → New | Class |\n|---|---|---|---|\n${rows.join('\n')}\n` : '';
  if (d.changes.length > shown.length) body += `\n…and ${d.changes.length - shown.length} more in the JSON report.\n`;
  if (d.baseErrors.length > 0) {
    body += `\nInvalid at the base, so not compared:\n\n${d.baseErrors
      .slice(0, 20)
      .map((e) => `- ${inlineCode(e.code)} ${e.path ? inlineCode(e.path) : ''} ${md(e.message)}`)
      .join('\n')}\n`;
  }
  const breaking = d.changes.filter((c) => c.classification === 'BREAKING').length;
  const title = `${inlineCode(name(d))}: ${plural(d.changes.length, 'change')}${breaking > 0 ? `, ${breaking} breaking` : ''}${d.migration ? `, format ${d.baseFormat} → ${d.format}` : ''}`;
  return details(title, body, d.changes.length <= COLLAPSE_ROWS);
}
