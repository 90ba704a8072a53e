#!/usr/bin/env node
/**
 * Renders the job summary of a few typical runs to HTML and screenshots it, to look at what a
 * reader sees on GitHub. Not part of the test suite.
 *
 *   npm run build && node scripts/render-summaries.mjs [--dist PATH] [--out DIR] [--only NAME]
 *
 * Each scenario runs the built action through the local runner on a scratch copy of examples/
 * (nothing in the repository is rewritten), writes <name>.md and <name>.html (GitHub's Markdown
 * CSS, GFM alerts) into --out (default: a new temporary directory), and, when Debian's headless
 * Chromium is installed (`apt-get install chromium`), <name>.png.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Marked } from 'marked';
import markedAlert from 'marked-alert';
import { REPO_ROOT, spawnAction } from './runner-lib.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = path.resolve(arg('dist') ?? path.join(REPO_ROOT, 'dist', 'index.js'));
const out = path.resolve(arg('out') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-summaries-')));
const only = arg('only');

/** A scratch workspace: examples/ copied, with what a scenario changes. */
function workspace(prepare) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-summary-ws-'));
  fs.cpSync(path.join(REPO_ROOT, 'examples'), path.join(ws, 'examples'), { recursive: true });
  prepare?.(ws);
  return ws;
}

const plugins = '- readme\n- k8s';
const scenarios = [
  { name: 'valid', inputs: { 'working-directory': 'examples', contracts: 'services/*', 'plugin-dirs': 'plugins', plugins, mode: 'check' } },
  {
    name: 'invalid',
    inputs: { 'working-directory': 'examples', contracts: 'services/orders-*\nbroken', 'plugin-dirs': 'plugins', plugins, mode: 'check' },
  },
  {
    name: 'drift',
    inputs: { 'working-directory': 'examples', contracts: 'services/orders-*', 'plugin-dirs': 'plugins', plugins, mode: 'check' },
    prepare: (ws) => {
      const readme = path.join(ws, 'examples/services/orders-api/readme-output/README.md');
      fs.writeFileSync(readme, fs.readFileSync(readme, 'utf8').replace(/\n## /, '\nAn edit by hand.\n\n## '));
      fs.writeFileSync(path.join(ws, 'examples/services/orders-db/k8s-output/stale.yaml'), 'kind: Leftover\n');
    },
  },
  { name: 'input-error', inputs: { 'working-directory': 'examples', contracts: 'services/*', mode: 'regenerate', 'fail-on': 'sometimes' } },
  {
    name: 'plugin-not-found',
    inputs: {
      'working-directory': 'examples',
      contracts: 'services/orders-*',
      'plugin-dirs': 'plugins',
      plugins: '- readme\n- k8',
      mode: 'generate',
    },
  },
];

const css = fs.readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const marked = new Marked({ gfm: true }).use(markedAlert());

function html(title, markdown) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${css}
body { background: #fff; margin: 0; }
.markdown-body { box-sizing: border-box; width: 1012px; padding: 24px 32px; font-size: 14px; }
.markdown-alert { padding: 0 16px; border-left: .25em solid #0969da; margin-bottom: 16px; }
.markdown-alert-warning { border-color: #9a6700; } .markdown-alert-caution { border-color: #cf222e; }
.markdown-alert-title { font-weight: 600; }
</style></head><body><article class="markdown-body">${marked.parse(markdown)}</article></body></html>`;
}

function chromium() {
  for (const bin of ['chromium', 'chromium-browser', 'google-chrome']) {
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0) return bin;
  }
  return null;
}

function screenshot(browser, htmlFile, png, height) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-chromium-'));
  const r = spawnSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      `--screenshot=${png}`,
      `--window-size=1012,${height}`,
      `file://${htmlFile}`,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  if (r.status !== 0) console.error(`chromium failed for ${htmlFile}: ${r.stderr}`);
}

fs.mkdirSync(out, { recursive: true });
const browser = chromium();
for (const s of scenarios.filter((x) => !only || x.name === only)) {
  const ws = workspace(s.prepare);
  const r = await spawnAction({ inputs: s.inputs, workspace: ws, dist });
  try {
    fs.writeFileSync(path.join(out, `${s.name}.md`), r.summary);
    fs.writeFileSync(path.join(out, `${s.name}.log`), r.log);
    const file = path.join(out, `${s.name}.html`);
    fs.writeFileSync(file, html(s.name, r.summary));
    // Tall enough for the whole summary: about 22 px a line is generous for GitHub's CSS.
    const height = Math.min(6000, Math.max(500, r.summary.split('\n').length * 26 + 200));
    if (browser) screenshot(browser, file, path.join(out, `${s.name}.png`), height);
    console.log(`${s.name}: ${r.failed ? 'failed' : 'passed'} -> ${path.join(out, s.name)}.{md,html${browser ? ',png' : ''}}`);
  } finally {
    r.cleanup();
    fs.rmSync(ws, { recursive: true, force: true });
  }
}
if (!browser) console.log('No chromium found: apt-get install chromium for the screenshots.');
