import { describe, expect, it } from '@jest/globals';
import { codeBlock, escapeHtml, escapeMarkdown, inlineCode, sanitizeForLog } from '../../src/shared/sanitize.js';
import { parseWorkflowCommands } from '../helpers/runner.js';

const hostile = [
  '::error::forged',
  '   ::add-mask::secret',
  '\t::set-output name=valid::true',
  'ok line\n::warning file=x::injected',
  'ok\r::error::after CR',
  'text ##[error]legacy anywhere',
  '##[set-output name=x;]v',
  '\u00A0::error::after nbsp',
  '\uFEFF::error::after BOM',
  '::ERROR::upper case',
  'ok\r\n::stop-commands::tok',
].join('\n');

describe('sanitizeForLog', () => {
  it('leaves no line the runner would read as a workflow command', () => {
    expect(parseWorkflowCommands(hostile).commands.length).toBe(11);
    const safe = sanitizeForLog(hostile);
    expect(parseWorkflowCommands(safe).commands).toEqual([]);
  });

  it('keeps ordinary text unchanged and the visible text readable', () => {
    expect(sanitizeForLog('plain text: a::b and # heading')).toBe('plain text: a::b and # heading');
    expect(sanitizeForLog('::error::x').replace(/\u200B/g, '')).toBe('::error::x');
    expect(sanitizeForLog('a\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('summary escaping', () => {
  it('escapes HTML', () => {
    expect(escapeHtml(`<script>alert("x")</script>&'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
  });

  it('keeps a table cell one cell on one line, with no active Markdown or HTML', () => {
    const cell = escapeMarkdown('a | b\n<img src=x> **bold** [link](http://e) @team');
    expect(cell).not.toMatch(/(^|[^\\])\|/);
    expect(cell).not.toContain('\n');
    expect(cell).not.toContain('<img');
    expect(cell).toContain('\\*\\*bold\\*\\*');
    expect(cell).toContain('\\[link\\]');
    expect(cell).not.toContain('@team');
  });

  it('shows an apostrophe as an apostrophe: no entity gets its # backslashed', () => {
    const text = `it's "#1" & <b> 'quoted' &#39; x_y`;
    const cell = escapeMarkdown(text);
    expect(cell).not.toContain('&\\#');
    expect(cell).toContain('it&#39;s');
    // What GitHub shows: Markdown backslash escapes removed, then HTML entities decoded.
    const shown = cell
      .replace(/\\([\\`*_[\]{}()#+!|~])/g, '$1')
      .replace(/&(#39|quot|lt|gt|amp);/g, (_m, e: string) => ({ '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e] ?? '');
    expect(shown).toBe(text);
  });

  it('makes inline code and fenced blocks that cannot be broken out of', () => {
    expect(inlineCode('a|b</code><b>')).toBe('<code>a&#124;b&lt;/code&gt;&lt;b&gt;</code>');
    // GitHub parses Markdown between <code> tags: a path from a pull request's openapi.yaml
    // (`/a](https://evil.example) [b`) must not become a link or an image in the summary.
    const path = inlineCode('openapi.paths[/a](https://evil.example/x) ![i](https://evil.example/i.png) *b*');
    expect(path).not.toMatch(/\]\(|!\[|\*b\*/);
    expect(path).toContain('evil.example');
    const block = codeBlock('x\n```\ny', 'diff');
    expect(block.startsWith('````diff\n')).toBe(true);
    expect(block.endsWith('\n````\n')).toBe(true);
  });
});
