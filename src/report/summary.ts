/**
 * The job summary (Markdown). Everything that came from contracts or plugins is escaped.
 * GitHub refuses summaries over 1 MiB, so sections are added in priority order within a
 * budget and a note says when something was cut.
 */
import path from 'node:path';
import type { ContractResult, Finding } from '../contracts/types.js';
import type { JobReport } from '../generate/types.js';
import { MANIFEST_NAME } from '../outputs/manifest.js';
import type { RunState } from '../run-state.js';
import type { AnnotationResult } from './annotations.js';
import { omittedNote } from './annotations.js';
import type { PactoReport } from './json-report.js';
import { codeBlock, escapeHtml, escapeMarkdown as md, inlineCode, stderrTailLines } from '../shared/sanitize.js';
import { diffSummary } from './diff.js';
import { uniqueGenerationErrors, unmatchedLiteralMessage, unmatchedLiterals } from './derived.js';
import { artifactLink, publishSections } from './summary-publish.js';
import { plural } from '../shared/text.js';

/** Below GitHub's 1 MiB, with room for the cut note. */
export const SUMMARY_LIMIT = 1024 * 1024 - 8 * 1024;
/** Longer tables are collapsed. */
const COLLAPSE_ROWS = 20;
const MAX_FINDINGS_PER_CONTRACT = 200;
const MAX_CONTRACT_ROWS = 1000;
const MAX_DIFF_LINES = 200;
const MAX_DIFF_BYTES = 32 * 1024;
/** Cells wrap: a message is cut only past this, at a word, with a pointer to the JSON report. */
const MAX_MESSAGE = 1000;
const MAX_STDERR_SECTIONS = 20;

export interface SummaryInput {
  state: RunState;
  report: PactoReport;
  annotations: AnnotationResult | null;
  /** Absolute path of the JSON report, or null when it could not be written. */
  reportFile: string | null;
  /** Step outputs that were cut to stay under the size cap. */
  outputWarnings?: string[];
  /** The runner's temporary directory: files under it are gone, for a reader, when the job ends. */
  runnerTemp?: string | null;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Never mid-word: a cut message ends at a space and says where the rest is. */
function clip(text: string, max = MAX_MESSAGE): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.search(/\s\S*$/);
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()} … (the JSON report has the whole message)`;
}

/**
 * For text inside raw HTML (a <summary>): GitHub renders no Markdown there, so Markdown escapes
 * would show as backslashes; HTML-escaped, and no @mention.
 */
function htmlText(text: string): string {
  return escapeHtml(text).replace(/(^|[^\w])@(?=\w)/g, '$1@\u200B');
}

/** Short cell values (a status, a count) that a narrow column should not break in two. */
const nowrap = (text: string): string => text.replace(/ /g, '\u00A0');

function details(summary: string, body: string, open: boolean): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
}

export function renderSummary(input: SummaryInput): string {
  const { state, report, annotations, reportFile } = input;
  if (state.inputError) return inputErrorSummary(input, state.inputError);
  const sections: string[] = [headline(state, report)];
  if (report.failed) sections.push(`**Failed:** ${md(report.reason)}\n\n`);
  const note = annotations ? omittedNote(annotations) : null;
  if (note) sections.push(`> [!NOTE]\n> ${md(note)}\n\n`);
  // A collision is a failed job's error and a generation error at once: the job row says it.
  // A plugin failure has its own section, next: each message once.
  const shownGenErrors = new Set(uniqueGenerationErrors(state.generation));
  const errors = report.errors.filter((e) => e.kind !== 'plugin' && (e.kind !== 'generation' || shownGenErrors.has(e.message)));
  if (errors.length > 0) {
    sections.push(`### Errors\n\n${errors.map((e) => `- **${e.kind}**: ${md(clip(e.message, 2000))}`).join('\n')}\n\n`);
  }
  sections.push(...pluginFailuresSection(state));
  const literals = unmatchedLiterals(state);
  if (literals.length > 0 && state.config) {
    const wd = state.config.workingDirectory;
    sections.push(
      `### Patterns that matched nothing\n\n${literals.map((p) => `- ⚠️ ${md(unmatchedLiteralMessage(p, wd))}`).join('\n')}\n\n`,
    );
  }
  if (state.notices.length > 0) sections.push(`### Notices\n\n${state.notices.map((n) => `- ${md(n)}`).join('\n')}\n\n`);
  if (state.contracts.length > 0) sections.push(contractsTable(state.contracts));
  sections.push(...diffSummary(state.diff ?? null));
  for (const c of state.contracts) {
    if (c.errors.length + c.warnings.length > 0) sections.push(findingsSection(c));
  }
  sections.push(...pluginsSection(state));
  sections.push(...generationSection(state));
  sections.push(...driftSections(state, input.runnerTemp ?? null));
  sections.push(...publishSections(state));
  if (input.outputWarnings?.length) sections.push(`### Outputs\n\n${input.outputWarnings.map((w) => `- ⚠️ ${md(w)}`).join('\n')}\n\n`);
  if (reportFile) sections.push(reportLine(state, reportFile, input.runnerTemp ?? null));
  return fit(sections, reportFile);
}

/**
 * Invalid inputs stop the run before discovery: no counts (nothing was looked at), each problem
 * once as a list item.
 */
function inputErrorSummary(input: SummaryInput, message: string): string {
  const lines = message.split('\n');
  const problems = lines
    .slice(1)
    .map((l) => l.replace(/^\s*-\s*/, ''))
    .filter((l) => l.trim() !== '');
  const item = (p: string): string => {
    const named = /^([a-z][a-z0-9-]*): ([\s\S]*)$/.exec(p);
    return named ? `- ${inlineCode(named[1])}: ${md(named[2])}` : `- ${md(p)}`;
  };
  const body = problems.length > 0 ? `${md(lines[0].replace(/:$/, ''))}:\n\n${problems.map(item).join('\n')}\n\n` : `${md(message)}\n\n`;
  const others = input.report.errors.filter((e) => e.kind !== 'input').map((e) => `- **${e.kind}**: ${md(clip(e.message, 2000))}`);
  let text = `## ❌ Pacto contracts\n\nNothing was run: the step's inputs are invalid. Fix them in the workflow's \`with:\` and run again.\n\n${body}`;
  // The JSON report would only repeat these lines: not pointed to.
  if (others.length > 0) text += `${others.join('\n')}\n\n`;
  return text;
}

function isUnder(dir: string | null, file: string): boolean {
  if (!dir) return false;
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * Where to get the JSON report. A path in the runner's temporary directory means nothing to a
 * reader (it is gone when the job ends): name the artifact that holds it, or how to get one.
 */
function reportLine(state: RunState, reportFile: string, runnerTemp: string | null): string {
  const a = state.artifact;
  if (a?.uploaded && a.reportPath)
    return `The JSON report with every detail: ${inlineCode(a.reportPath)} in the artifact ${artifactLink(a)}.\n`;
  if (!isUnder(runnerTemp, reportFile)) return `The JSON report with every detail: ${inlineCode(reportFile)}\n`;
  const how =
    state.config?.mode === 'generate' ? `set ${inlineCode('upload-artifact: true')} to get it in the artifact, or upload` : 'upload';
  return `The JSON report with every detail stays on the runner: ${how} the file the step's ${inlineCode('report')} output names with actions/upload-artifact.\n`;
}

/**
 * Adds sections in order; one that does not fit is left out and later, smaller ones still get
 * their chance (commit and artifact results come last and matter). One note says what was cut.
 */
function fit(sections: string[], reportFile: string | null): string {
  let out = '';
  let size = 0;
  let left = 0;
  for (const s of sections) {
    const n = bytes(s);
    if (size + n > SUMMARY_LIMIT) {
      left += 1;
      continue;
    }
    out += s;
    size += n;
  }
  if (left === 0) return out;
  const where = reportFile ? ` the JSON report (${inlineCode(reportFile)}) has everything.` : ' the JSON report has everything.';
  return `${out}\n> [!WARNING]\n> The summary was cut at ${Math.round(size / 1024)} KiB to stay under GitHub's 1 MiB limit (${plural(left, 'section')} left out);${where}\n`;
}

function headline(state: RunState, report: PactoReport): string {
  const t = report.totals;
  // A check that passed without comparing everything is no all-clear.
  const icon = report.failed ? '❌' : notCompared(state).length > 0 ? '⚠️' : '✅';
  const parts = [
    plural(t.contracts, 'contract'),
    `${t.valid} valid`,
    `${t.invalid} invalid`,
    plural(t.errors, 'error'),
    plural(t.warnings, 'warning'),
  ];
  if (report.mode) parts.push(`mode ${inlineCode(report.mode)}`);
  const profiles = new Map<string, number>();
  for (const c of state.contracts) profiles.set(c.profile, (profiles.get(c.profile) ?? 0) + 1);
  if (profiles.size > 0) parts.push(`profile ${[...profiles].map(([p, n]) => `${md(p)} ×${n}`).join(', ')}`);
  let text = `## ${icon} Pacto contracts\n\n${parts.join(' · ')}\n\n`;
  if (report.shard && t.matched !== null) {
    text += `Shard ${report.shard.index}/${report.shard.total}: ${plural(t.contracts, 'bundle')} of ${t.matched} matched.\n\n`;
  }
  return text;
}

function contractsTable(contracts: ContractResult[]): string {
  // Thousands of rows would crowd out everything else: then list the ones with findings.
  const listed =
    contracts.length > MAX_CONTRACT_ROWS
      ? contracts.filter((c) => c.errors.length + c.warnings.length > 0).slice(0, MAX_CONTRACT_ROWS)
      : contracts;
  const rows = listed.map((c) => {
    const verdict = nowrap(c.valid ? (c.warnings.length > 0 ? '⚠️ valid' : '✅ valid') : '❌ invalid');
    return `| ${inlineCode(c.file)} | ${md(c.service ?? '—')} | ${md(c.version ?? '—')} | ${md(c.profile)} | ${verdict} | ${c.errors.length} | ${c.warnings.length} |`;
  });
  let table = `| Contract | Service | Version | Profile | Verdict | Errors | Warnings |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
  if (listed.length < contracts.length) {
    table += `\n${contracts.length - listed.length} more contracts (without findings, or past the first ${MAX_CONTRACT_ROWS} with findings) are listed in the JSON report.\n`;
  }
  const invalid = contracts.filter((c) => !c.valid).length;
  return details(
    `<b>Contracts</b> (${plural(contracts.length, 'contract')}, ${invalid} invalid)`,
    table,
    contracts.length <= COLLAPSE_ROWS,
  );
}

function findingsSection(c: ContractResult): string {
  const all: [string, Finding][] = [
    ...c.errors.map((f): [string, Finding] => ['error', f]),
    ...c.warnings.map((f): [string, Finding] => ['warning', f]),
  ];
  const shown = all.slice(0, MAX_FINDINGS_PER_CONTRACT);
  const rows = shown.map(
    ([level, f]) =>
      `| ${nowrap(`${level === 'error' ? '❌' : '⚠️'} ${level}`)} | ${inlineCode(f.code)} | ${f.path ? inlineCode(f.path) : ''} | ${f.line ?? ''}${f.column !== null && f.line !== null ? `:${f.column}` : ''} | ${md(clip(f.message))} |`,
  );
  let body = `| | Code | Path | Line | Message |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
  if (all.length > shown.length) body += `\n…and ${all.length - shown.length} more in the JSON report.\n`;
  const who = [c.service ?? 'unknown service', c.version ?? '']
    .filter((x) => x !== '')
    .map(htmlText)
    .join(' ');
  const title = `${inlineCode(c.file)} — ${who}: ${plural(c.errors.length, 'error')}, ${plural(c.warnings.length, 'warning')}`;
  return details(title, body, all.length <= 10);
}

function pluginsSection(state: RunState): string[] {
  const out: string[] = [];
  if (state.plugins.length > 0) {
    const rows = state.plugins.map(
      (p) =>
        `| ${inlineCode(p.name)} | ${md(p.version ?? '—')} | ${md(p.source)} | ${p.cached ? 'yes' : 'no'} | ${inlineCode(p.sha256.slice(0, 12))} |`,
    );
    out.push(`### Plugins\n\n| Plugin | Version | Source | Cached | sha256 |\n|---|---|---|---|---|\n${rows.join('\n')}\n\n`);
  }
  return out;
}

/** Right after the errors: the reason the run did nothing, before any notice. */
function pluginFailuresSection(state: RunState): string[] {
  if (state.pluginFailures.length === 0) return [];
  const items = state.pluginFailures.map((p) => `- ❌ ${inlineCode(p.name)} (${md(p.source)}): ${md(clip(p.message, 2000))}`);
  return [`### Plugins that could not be resolved\n\nNo plugin ran.\n\n${items.join('\n')}\n\n`];
}

function generationSection(state: RunState): string[] {
  const gen = state.generation;
  if (!gen || gen.jobs.length === 0) return gen?.errors.length ? [generationErrors(uniqueGenerationErrors(gen))] : [];
  const rows = gen.jobs.map((j) => {
    const files = filesCell(j);
    const status = nowrap(j.status === 'ok' ? '✅ ok' : j.status === 'failed' ? '❌ failed' : '⏭️ skipped');
    return `| ${inlineCode(j.contract)} | ${inlineCode(j.plugin)} | ${status} | ${files} | ${md(clip(j.error ?? j.message))} | ${(j.durationMs / 1000).toFixed(2)} s |`;
  });
  const failed = gen.jobs.filter((j) => j.status === 'failed').length;
  const table = `| Contract | Plugin | Status | Files | Message | Duration |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
  const out = [
    details(
      `<b>Generation</b> (${plural(gen.jobs.length, 'job')}, ${failed} failed)`,
      table,
      gen.jobs.length <= COLLAPSE_ROWS || failed > 0,
    ),
  ];
  out.push(...stderrSections(gen.jobs));
  const errors = uniqueGenerationErrors(gen);
  if (errors.length > 0) out.push(generationErrors(errors));
  return out;
}

/** The end of each failed job's stderr, collapsed: usually the reason in the plugin's words. */
function stderrSections(jobs: JobReport[]): string[] {
  const out: string[] = [];
  for (const j of jobs.filter((x) => x.status === 'failed').slice(0, MAX_STDERR_SECTIONS)) {
    const tail = stderrTailLines(j.stderrTail);
    if (tail.length === 0) continue;
    out.push(
      details(
        `stderr of ${inlineCode(j.plugin)} on ${inlineCode(j.contract)} (last ${plural(tail.length, 'line')})`,
        codeBlock(tail.join('\n'), 'text'),
        false,
      ),
    );
  }
  return out;
}

/**
 * The plugin's files, counted as the log counts them; the output directory's manifest is named
 * apart, and only when it changed.
 */
function filesCell(j: JobReport): string {
  const counts = new Map<string, number>();
  const manifest: string[] = [];
  for (const f of j.files) {
    if (path.posix.basename(f.path) === MANIFEST_NAME) {
      if (f.status !== 'unchanged') manifest.push(f.status);
    } else counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  }
  const parts = [...counts].map(([s, n]) => nowrap(`${n} ${s}`));
  const text = parts.length === 0 ? '—' : parts.join(', ');
  return manifest.length > 0 ? `${text} (manifest ${manifest.join(', ')})` : text;
}

function generationErrors(errors: string[]): string {
  return `### Generation errors\n\n${errors.map((e) => `- ${md(clip(e, 2000))}`).join('\n')}\n\n`;
}

function truncateDiff(diff: string): string {
  const lines = diff.split('\n');
  let text = lines.slice(0, MAX_DIFF_LINES).join('\n');
  let cut = lines.length > MAX_DIFF_LINES;
  if (bytes(text) > MAX_DIFF_BYTES) {
    text = Buffer.from(text, 'utf8')
      .subarray(0, MAX_DIFF_BYTES)
      .toString('utf8')
      .replace(/\uFFFD$/, '');
    cut = true;
  }
  return cut ? `${text}\n… (diff truncated; the patch file has all of it)` : text;
}

/**
 * Contracts whose outputs a check did not compare (their jobs were skipped or failed), each with
 * why and which plugins: a check that passes must not read as if they were up to date.
 */
function notCompared(state: RunState): { contract: string; reasons: string[] }[] {
  if (!state.generation?.drift) return [];
  const byContract = new Map<string, Map<string, string[]>>();
  for (const j of state.generation.jobs) {
    if (j.status === 'ok') continue;
    const reason = j.status === 'failed' ? 'the plugin failed' : j.message;
    const reasons = byContract.get(j.contract) ?? new Map<string, string[]>();
    reasons.set(reason, [...(reasons.get(reason) ?? []), j.plugin]);
    byContract.set(j.contract, reasons);
  }
  return [...byContract].map(([contract, reasons]) => ({
    contract,
    reasons: [...reasons].map(([reason, plugins]) => `${md(reason)} (${plugins.map(inlineCode).join(', ')} not compared)`),
  }));
}

function driftSections(state: RunState, runnerTemp: string | null): string[] {
  const drift = state.generation?.drift;
  if (!drift) return [];
  const clean = state.config?.clean ?? false;
  const skipped = notCompared(state);
  const compared = new Set(state.generation!.jobs.filter((j) => j.status === 'ok').map((j) => j.contract)).size;
  const skippedText =
    skipped.length === 0
      ? ''
      : `⚠️ ${plural(skipped.length, 'contract')} ${skipped.length === 1 ? 'was' : 'were'} not compared: no outputs were generated to compare with the committed ones.\n\n` +
        `${skipped.map((x) => `- ${inlineCode(x.contract)}: ${x.reasons.join('; ')}`).join('\n')}\n\n`;
  if (drift.entries.length === 0) {
    if (skipped.length === 0) return ['### Drift\n\n✅ The committed outputs are exactly what the plugins generate now.\n\n'];
    const rest =
      compared > 0
        ? `The outputs of the other ${plural(compared, 'contract')} are exactly what the plugins generate now.\n\n`
        : 'Nothing was compared.\n\n';
    return [`### Drift\n\n${skippedText}${rest}`];
  }
  const counts = new Map<string, number>();
  for (const e of drift.entries) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  let head = `### Drift\n\n❌ ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')}${!clean && counts.has('stale') ? ' (stale files are warnings without clean: true)' : ''}.\n\n`;
  head += skippedText;
  if (drift.patchFile) head += patchHowTo(state, drift.patchFile, drift.patchRoot ?? null, runnerTemp);
  if (drift.hints.length > 0) head += `${drift.hints.map((h) => `- 💡 ${md(h)}`).join('\n')}\n\n`;
  const out = [head];
  for (const e of drift.entries) {
    const body = e.diff ? codeBlock(truncateDiff(e.diff), 'diff') : '_no diff_\n';
    // A few diffs are the point of the section: open; many would bury what follows.
    out.push(details(`${e.status}: ${inlineCode(e.path)}${e.crlfOnly ? ' (line endings only)' : ''}`, body, drift.entries.length <= 3));
  }
  return out;
}

/**
 * How to apply the drift patch. Its paths are relative to the git top level (git apply elsewhere
 * skips files silently). A patch in the runner's temporary directory is out of a reader's reach:
 * then the artifact that holds it, or how to get one.
 */
function patchHowTo(state: RunState, patchFile: string, patchRoot: string | null, runnerTemp: string | null): string {
  const a = state.artifact;
  if (a?.uploaded && a.patchPath) {
    return `To bring the tree up to date, download the artifact ${artifactLink(a)} and apply its ${inlineCode(a.patchPath)} at the root of the git repository:\n\n${codeBlock(`git apply ${shellQuote(a.patchPath)}`, 'sh')}\n`;
  }
  if (isUnder(runnerTemp, patchFile)) {
    const name = path.basename(patchFile);
    const get = state.config?.uploadArtifact
      ? `it was meant for the artifact, which was not uploaded (see Artifact below)`
      : `set ${inlineCode('upload-artifact: true')} to get it in an artifact`;
    return `The patch that brings the tree up to date stays on the runner: ${get}. Then, at the root of the git repository:\n\n${codeBlock(`git apply ${shellQuote(name)}`, 'sh')}\nOr run this step with ${inlineCode('mode: generate')} and commit what it writes.\n\n`;
  }
  const where = patchRoot ? ` at the root of the git repository (${inlineCode(patchRoot)})` : '';
  return `To bring the tree up to date, apply the patch${where}:\n\n${codeBlock(`git apply ${shellQuote(patchFile)}`, 'sh')}\n`;
}

function shellQuote(p: string): string {
  return /^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
