/**
 * Text that came from contracts or plugins must never steer the runner or the summary.
 * The runner scans every stdout/stderr line for `::cmd::` (after leading whitespace) and for
 * the legacy `##[cmd]` anywhere in a line; lines end at LF, CR or CRLF (.NET ReadLine).
 */

/** Invisible, so the log still reads the same, but it breaks both command forms. */
const ZWSP = '\u200B';

/** Leading whitespace as the runner's TrimStart sees it (char.IsWhiteSpace), plus BOM. */
const LEADING_WS = /^[\s\u0085\uFEFF]*/;

/** Makes plugin or contract text safe to print with io.info: no line can be a workflow command. */
export function sanitizeForLog(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(sanitizeLine)
    .join('\n');
}

function sanitizeLine(line: string): string {
  let out = line.replace(/##\[/g, `##${ZWSP}[`);
  const lead = LEADING_WS.exec(out)?.[0] ?? '';
  if (out.startsWith('::', lead.length)) {
    out = `${lead}:${ZWSP}${out.slice(lead.length + 1)}`;
  }
  return out;
}

/** Terminal colour and cursor sequences, and other control characters but tab. */
// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-_]|[\u0000-\u0008\u000b-\u001f\u007f]/g;
const MAX_TAIL_LINE = 300;

/**
 * The last `max` non-blank lines of a plugin's stderr, each without control sequences, clipped
 * and sanitized: for annotations and the summary of a failed job.
 */
export function stderrTailLines(tail: string, max = 10): string[] {
  const lines = tail
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(CONTROL, '').trimEnd())
    .filter((l) => l.trim() !== '');
  return lines.slice(-max).map((l) => sanitizeForLog(l.length > MAX_TAIL_LINE ? `${l.slice(0, MAX_TAIL_LINE - 1)}…` : l));
}

/** For text inside HTML elements and attributes of the summary. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * For one Markdown table cell or inline text: HTML-escaped, Markdown punctuation backslashed,
 * newlines become <br> so a row stays one line, and `|` cannot split the cell.
 */
export function escapeMarkdown(text: string): string {
  // Backslashes first, entities after: a `#` inside an entity (`&#39;`) must not be escaped,
  // or GitHub shows `&\#39;` for every apostrophe.
  return escapeHtml(text.replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`))
    .replace(/(^|[^\w])@(?=\w)/g, `$1@${ZWSP}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Inline code that cannot be broken out of: HTML-escaped inside <code>. GitHub still parses
 * Markdown between <code> tags, so the punctuation of links, images and emphasis becomes entities.
 */
export function inlineCode(text: string): string {
  return `<code>${escapeHtml(text)
    .replace(/[|[\]()*_`~\\!]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\r\n|\r|\n/g, ' ')}</code>`;
}

/** A fenced block whose fence is longer than any backtick run in the text. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${fence}${lang}\n${body}${fence}\n`;
}
