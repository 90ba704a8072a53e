/**
 * The sticky pull-request comment, rendered from a JSON report alone: the same code serves this
 * run's report and, in mode: comment, a report that a fork's code may have written. So the
 * report is `unknown` here: every field is read defensively, every string is data (HTML- and
 * Markdown-escaped, @mentions broken, clipped), and the whole stays under GitHub's 65,536
 * characters: long sections are collapsed, and what still does not fit is cut with a note.
 */
import { codeBlock, escapeHtml, escapeMarkdown } from '../../shared/sanitize.js';
import { plural } from '../../shared/text.js';

/** GitHub refuses comment bodies over 65,536 characters; keep room for the cut note. */
export const COMMENT_LIMIT = 60_000;
const MAX_TEXT = 300;
const MAX_ROWS_PER_TABLE = 100;
const COLLAPSE_ROWS = 10;
const ZWSP = '\u200B';

export interface CommentContext {
  /** The hidden marker line that finds this comment again. */
  marker: string;
  /** The workflow run that made the report (a link), or null. */
  runUrl: string | null;
  job: string;
  workingDirectory: string;
  /** Where the full report is ("the pacto-report artifact", a path): shown in the cut note. */
  reportWhere: string;
  /** Links taken from the report must start with this (`https://github.com/owner/repo/`). */
  linkPrefix: string;
}

// --- reading untrusted values -------------------------------------------------------------

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function clip(s: string, max = MAX_TEXT): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Breaks what GitHub turns into a reference to another issue (`#123`, `owner/repo#123`, `GH-123`,
 * an issue's URL: each leaves a "mentioned this" on that issue) or into a link. Applied to the raw
 * text, before escaping, so the `#` of an entity such as `&#39;` is left whole.
 */
function inertReferences(s: string): string {
  return s
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/**
 * Untrusted text for Markdown: escaped, clipped, no @mention can ping anyone and no `#123`,
 * `GH-123` or issue URL can cross-reference (and so notify) another issue.
 */
export function text(v: unknown, max = MAX_TEXT): string {
  return escapeMarkdown(inertReferences(clip(str(v), max)));
}

/**
 * Untrusted text as inline code. GitHub still parses Markdown between <code> tags, so the
 * punctuation that makes links, images and emphasis becomes entities; mentions are broken.
 */
export function code(v: unknown, max = MAX_TEXT): string {
  const s = clip(str(v), max);
  const inert = escapeHtml(inertReferences(s))
    .replace(/[[\]()*_`~\\!|]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\r\n|\r|\n/g, ' ');
  return `<code>${inert}</code>`;
}

// --- sections ------------------------------------------------------------------------------

interface Section {
  /** Markdown before the rows (a heading, a table head). */
  head: string;
  rows: string[];
  /** Markdown after the rows. */
  tail?: string;
  /** Put rows inside <details> with this summary (collapsed when there are many rows). */
  details?: string;
}

/** True when the report holds something a reviewer should see (on-change posts only then). */
export function hasFindings(report: unknown): boolean {
  const r = obj(report);
  const t = obj(r.totals);
  return (
    r.failed === true ||
    num(t.invalid) > 0 ||
    num(t.errors) > 0 ||
    num(t.warnings) > 0 ||
    arr(obj(r.drift).entries).length > 0 ||
    arr(r.pluginFailures).length > 0 ||
    breakingChanges(r.diff).length > 0
  );
}

export function renderComment(report: unknown, ctx: CommentContext): string {
  const r = obj(report);
  const sections: Section[] = [];
  const errors = arr(r.errors).map(obj);
  if (errors.length > 0) {
    sections.push({ head: '#### Errors\n\n', rows: errors.map((e) => `- **${text(e.kind, 40)}**: ${text(e.message, 1000)}`) });
  }
  sections.push(...findingSections(r));
  sections.push(...breakingSection(r.diff));
  sections.push(...driftSection(r, ctx));
  sections.push(...pluginSections(r));
  return fit(headline(r, ctx), sections, footer(ctx), ctx);
}

function headline(r: Obj, ctx: CommentContext): string {
  const t = obj(r.totals);
  const failed = r.failed === true;
  const where = [
    ctx.job ? `job ${code(ctx.job, 100)}` : '',
    ctx.workingDirectory && ctx.workingDirectory !== '.' ? `in ${code(ctx.workingDirectory, 200)}` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  const parts = [
    plural(num(t.contracts), 'contract'),
    `${num(t.valid)} valid`,
    `${num(t.invalid)} invalid`,
    plural(num(t.errors), 'error'),
    plural(num(t.warnings), 'warning'),
  ];
  const mode = str(r.mode);
  if (mode) parts.push(`mode ${code(mode, 20)}`);
  let out = `${ctx.marker}\n### ${failed ? '❌' : '✅'} Pacto contracts${where ? ` (${where})` : ''}\n\n${parts.join(' · ')}\n\n`;
  if (failed) out += `**Failed:** ${text(r.reason, 1000)}\n\n`;
  else if (!hasFindings(r)) out += 'Nothing to report: every contract is valid and the outputs are up to date.\n\n';
  return out;
}

function findingSections(r: Obj): Section[] {
  const out: Section[] = [];
  const contracts = arr(r.contracts).map(obj);
  for (const c of contracts) {
    const findings = [...arr(c.errors).map((f) => ['❌', obj(f)] as const), ...arr(c.warnings).map((f) => ['⚠️', obj(f)] as const)];
    if (findings.length === 0) continue;
    const rows = findings.map(([icon, f]) => {
      const line = typeof f.line === 'number' ? `${f.line}${typeof f.column === 'number' ? `:${f.column}` : ''}` : '';
      return `| ${icon} | ${code(f.code, 80)} | ${str(f.path) ? code(f.path, 200) : ''} | ${line} | ${text(f.message)} |`;
    });
    const verdict = c.valid === false ? '❌ invalid' : '⚠️ valid with warnings';
    out.push({
      head: '| | Code | Path | Line | Message |\n|---|---|---|---|---|\n',
      rows,
      details: `${code(c.file, 200)} — ${text(c.service || 'unknown service', 100)} ${text(c.version, 50)}: ${verdict}, ${plural(arr(c.errors).length, 'error')}, ${plural(arr(c.warnings).length, 'warning')}`,
    });
  }
  return out;
}

function driftSection(r: Obj, ctx: CommentContext): Section[] {
  const drift = obj(r.drift);
  const entries = arr(drift.entries).map(obj);
  if (entries.length === 0) return [];
  const artifact = obj(r.artifact);
  const url = str(artifact.url);
  // Only an artifact's page of this repository: any other page (an issue: a cross-reference) or a
  // path that climbs out with ../ is not a link the report may make.
  const trusted =
    ctx.linkPrefix !== '' &&
    url.startsWith(ctx.linkPrefix) &&
    /^actions\/runs\/\d+\/artifacts\/\d+$/.test(url.slice(ctx.linkPrefix.length));
  const link = artifact.uploaded === true && trusted ? `[${text(artifact.name, 100)}](${url})` : null;
  const run = ctx.runUrl ? `[the workflow run](${ctx.runUrl})` : 'the workflow run';
  const where = link ? `the artifact ${link}` : `${run} (turn on \`upload-artifact\` to get it as an artifact)`;
  const fix =
    `The committed outputs are not what the plugins generate now. Regenerate them (\`mode: generate\`) and commit, ` +
    `or take \`pacto-drift.patch\` from ${where} and apply it at the root of the repository:\n\n${codeBlock('git apply pacto-drift.patch', 'sh')}\n`;
  const hints = arr(drift.hints).map((h) => `- 💡 ${text(h, 600)}`);
  return [
    {
      head: `#### Drift: ${plural(entries.length, 'file')} out of date\n\n${fix}${hints.length > 0 ? `${hints.join('\n')}\n\n` : ''}| Status | File |\n|---|---|\n`,
      rows: entries.map((e) => `| ${text(e.status, 20)}${e.crlfOnly === true ? ' (line endings only)' : ''} | ${code(e.path, 300)} |`),
    },
  ];
}

function pluginSections(r: Obj): Section[] {
  const out: Section[] = [];
  const failures = arr(r.pluginFailures).map(obj);
  if (failures.length > 0) {
    out.push({
      head: '#### Plugins that could not be resolved\n\nNo plugin ran.\n\n',
      rows: failures.map((p) => `- ❌ ${code(p.name, 100)} (${text(p.source, 100)}): ${text(p.message, 1000)}`),
    });
  }
  const failedJobs = arr(r.generated)
    .map(obj)
    .filter((j) => j.status === 'failed');
  if (failedJobs.length > 0) {
    out.push({
      head: '| Contract | Plugin | Error |\n|---|---|---|\n',
      rows: failedJobs.map((j) => `| ${code(j.contract, 200)} | ${code(j.plugin, 100)} | ${text(j.error || j.message, 600)} |`),
      details: `❌ ${plural(failedJobs.length, 'plugin job')} failed`,
    });
  }
  return out;
}

// --- breaking changes (the report's `diff` section, when the breaking-change gate ran) ----------

interface Change {
  contract: string;
  classification: string;
  path: string;
  old: string;
  new: string;
  message: string;
}

/**
 * The changes of a `diff` section, whatever its exact layout: any object (up to three levels
 * down) with a classification naming BREAKING, with the contract of its nearest parent that
 * names one. Unknown layouts render nothing rather than failing the comment.
 */
export function breakingChanges(diff: unknown): Change[] {
  const out: Change[] = [];
  const walk = (v: unknown, contract: string, depth: number): void => {
    if (depth > 4 || out.length >= 1000) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, contract, depth + 1);
      return;
    }
    const o = obj(v);
    const here = str(o.file) || str(o.baseFile) || str(o.contract) || str(o.service) || contract;
    const cls = str(o.classification) || str(o.class) || str(o.severity) || str(o.type);
    // A contract's own classification summarises its `changes`: the changes are the rows.
    if (/BREAKING/i.test(cls) && !/^NON/i.test(cls) && !Array.isArray(o.changes)) {
      out.push({
        contract: here,
        classification: cls,
        path: str(o.path),
        old: str(o.old ?? o.oldValue ?? o.from),
        new: str(o.new ?? o.newValue ?? o.to),
        message: str(o.message ?? o.reason ?? o.description),
      });
      return;
    }
    for (const child of Object.values(o)) if (child && typeof child === 'object') walk(child, here, depth + 1);
  };
  walk(diff, '', 0);
  return out;
}

function breakingSection(diff: unknown): Section[] {
  const changes = breakingChanges(diff);
  if (changes.length === 0) return [];
  const breaking = changes.filter((c) => !/POTENTIAL/i.test(c.classification)).length;
  return [
    {
      head: '| Contract | Change | Path | Old → new | Class |\n|---|---|---|---|---|\n',
      rows: changes.map(
        (c) =>
          `| ${code(c.contract, 200)} | ${text(c.message, 300)} | ${c.path ? code(c.path, 200) : ''} | ${c.old || c.new ? `${code(c.old, 100)} → ${code(c.new, 100)}` : ''} | ${text(c.classification, 40)} |`,
      ),
      details: `💥 ${plural(breaking, 'breaking change')}, ${changes.length - breaking} potentially breaking`,
    },
  ];
}

// --- fitting under the limit ---------------------------------------------------------------------

function footer(ctx: CommentContext): string {
  return `\n<sub>${ctx.runUrl ? `[Workflow run](${ctx.runUrl}) · ` : ''}updated by pacto-generate-action</sub>\n`;
}

function renderSection(s: Section, rows: string[], cut: number): string {
  const more = cut > 0 ? `\n…and ${cut} more (see the full report)\n` : '';
  const body = `${s.head}${rows.join('\n')}\n${more}${s.tail ?? ''}`;
  if (s.details === undefined) return `${body}\n`;
  const open = s.rows.length <= COLLAPSE_ROWS ? ' open' : '';
  return `<details${open}><summary>${s.details}</summary>\n\n${body}\n</details>\n\n`;
}

/**
 * Sections in order; each table keeps at most MAX_ROWS_PER_TABLE rows, and rows that would cross
 * the limit are cut (the section says how many). Sections that do not fit at all are left out,
 * and one note at the end says so.
 */
function fit(head: string, sections: Section[], foot: string, ctx: CommentContext): string {
  const noteRoom = 400;
  let out = head;
  let leftOut = 0;
  let cutRows = 0;
  for (const s of sections) {
    const budget = COMMENT_LIMIT - out.length - foot.length - noteRoom;
    const rows = s.rows.slice(0, MAX_ROWS_PER_TABLE);
    let rendered = renderSection(s, rows, s.rows.length - rows.length);
    while (rendered.length > budget && rows.length > 0) {
      // Drop rows in proportion to the overshoot, at least one each time: a bounded loop.
      const over = rendered.length - budget;
      const avg = Math.max(1, rendered.length / Math.max(1, rows.length));
      rows.splice(Math.max(0, rows.length - Math.max(1, Math.ceil(over / avg))));
      rendered = renderSection(s, rows, s.rows.length - rows.length);
    }
    if (rows.length === 0 && s.rows.length > 0) {
      leftOut += 1;
      continue;
    }
    cutRows += s.rows.length - rows.length;
    out += rendered;
  }
  if (leftOut > 0 || cutRows > 0) {
    const what = [leftOut > 0 ? plural(leftOut, 'section') : '', cutRows > 0 ? plural(cutRows, 'row') : '']
      .filter((x) => x !== '')
      .join(' and ');
    out += `\n> [!NOTE]\n> This comment was cut to stay under GitHub's size limit (${what} left out); ${escapeMarkdown(ctx.reportWhere)} has everything.\n`;
  }
  return out + foot;
}
