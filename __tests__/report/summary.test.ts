import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import type { RunState } from '../../src/run-state.js';
import { buildReport } from '../../src/report/json-report.js';
import { renderSummary, SUMMARY_LIMIT } from '../../src/report/summary.js';
import { contract, finding, job, plugin, tempDir, validatedState } from './fixtures.js';

const ws = tempDir();
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

const render = (s: RunState, reportFile: string | null = '/tmp/r.json') =>
  renderSummary({ state: s, report: buildReport(s), annotations: null, reportFile });

describe('job summary', () => {
  it('has a headline with counts, mode and profiles, then a contract table and findings', () => {
    const md = render(validatedState(ws, { mode: 'validate' }));
    expect(md).toContain('## ❌ Pacto contracts');
    expect(md).toContain('2 contracts · 1 valid · 1 invalid · 1 error · 1 warning · mode <code>validate</code> · profile 1.0 ×2');
    expect(md).toContain('| <code>services/db/pacto.yaml</code> | db | 1.0.0 | 1.0 | ❌ invalid | 1 | 1 |');
    expect(md).toContain('| ❌ error | <code>SCHEMA_VIOLATION</code> | <code>interfaces.0.port</code> | 7:11 | port must be &gt;= 1 |');
    expect(md).toContain('**Failed:** 1 invalid contract \\(1 validation error\\)');
    expect(md).toContain('<code>/tmp/r.json</code>');
  });

  it('escapes everything that came from contracts', () => {
    const s = validatedState(ws);
    s.contracts[0].service = '<img src=x onerror=alert(1)>|pwn';
    s.contracts[1].errors[0].message = '</details><script>x</script>\n| injected | row |';
    const md = render(s);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('</details><script>');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;\\|pwn');
    for (const line of md.split('\n').filter((l) => l.startsWith('| ❌ error'))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(7);
    }
  });

  it('collapses long tables with <details>', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 30 }, (_, i) => contract(wd, `s${i}`));
    expect(render(s)).toContain('<details><summary><b>Contracts</b> (30 contracts, 0 invalid)</summary>');
    s.contracts = s.contracts.slice(0, 3);
    expect(render(s)).toContain('<details open><summary><b>Contracts</b>');
  });

  it('lists plugins, the contract x plugin table, drift diffs with the patch command, commit and artifact', () => {
    const s = validatedState(ws, { mode: 'check', plugins: '- readme' });
    s.plugins = [{ ...plugin('readme', '/x/pacto-plugin-readme'), version: '1.2.0', source: 'github acme/p@v1.2.0', cached: true }];
    s.generation = {
      jobs: [job('services/api/pacto.yaml', 'readme', { message: 'wrote `docs` ::error::x', durationMs: 1500 })],
      files: [],
      changed: true,
      drift: {
        entries: [{ path: 'services/api/readme-output/README.md', status: 'changed', diff: '--- a\n+++ b\n-old\n+new ```', crlfOnly: false }],
        patchFile: '/runner/_temp/pacto-drift.patch',
        expectedRoot: null,
        hints: ['check cannot pass on a fresh checkout; use generate'],
      },
      errors: [],
    };
    s.commit = { committed: true, pushed: true, sha: 'abc123', branch: 'main', error: null, warnings: [], skippedReason: null };
    s.artifact = { uploaded: true, id: '7', url: 'https://github.com/o/r/actions/runs/1/artifacts/7', digest: 'ff', name: 'pacto-generated', files: 2, error: null, warnings: [] };
    const md = render(s);
    expect(md).toContain('| <code>readme</code> | 1.2.0 | github acme/p@v1.2.0 | yes | <code>aaaaaaaaaaaa</code> |');
    expect(md).toContain('| <code>services/api/pacto.yaml</code> | <code>readme</code> | ✅ ok | 1 created | wrote \\`docs\\` ::error::x | 1.50 s |');
    expect(md).toContain('````diff\n--- a\n+++ b\n-old\n+new ```\n````');
    expect(md).toContain('git apply /runner/_temp/pacto-drift.patch');
    expect(md).toContain('check cannot pass on a fresh checkout; use generate');
    expect(md).toContain('✅ Committed <code>abc123</code> on <code>main</code> and pushed.');
    expect(md).toContain('[pacto-generated](https://github.com/o/r/actions/runs/1/artifacts/7)');
  });

  it('shows the pull request the run opened, updated or closed', () => {
    const s = validatedState(ws, { commit: 'pull-request' });
    const base = { number: 7, url: 'https://github.com/acme/sample/pull/7', branch: 'pacto/regenerate', base: 'main', draft: false, error: null, warnings: [], skippedReason: null };
    s.pullRequest = { ...base, operation: 'created' };
    expect(render(s)).toContain('### Pull request\n\n✅ Opened [#7](https://github.com/acme/sample/pull/7) from <code>pacto/regenerate</code> into <code>main</code>.');
    s.pullRequest = { ...base, operation: 'closed' };
    expect(render(s)).toContain('✅ Closed [#7](https://github.com/acme/sample/pull/7): <code>main</code> already has these outputs.');
    s.pullRequest = { ...base, operation: 'none', error: 'GitHub refused' };
    expect(render(s)).toContain('❌ GitHub refused');
  });

  it('truncates long diffs', () => {
    const s = validatedState(ws, { mode: 'check', plugins: '- readme' });
    const diff = Array.from({ length: 1000 }, (_, i) => `+line ${i}`).join('\n');
    s.generation = { jobs: [], files: [], changed: true, drift: { entries: [{ path: 'a', status: 'new', diff, crlfOnly: false }], patchFile: null, expectedRoot: null, hints: [] }, errors: [] };
    const md = render(s);
    expect(md).toContain('+line 199\n… (diff truncated; the patch file has all of it)');
    expect(md).not.toContain('+line 200\n');
  });

  it('stays under 1 MiB with a note when cut', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 400 }, (_, i) =>
      contract(wd, `svc-${i}`, { errors: Array.from({ length: 50 }, (_, j) => finding('SCHEMA_VIOLATION', `a.${j}`, 'x'.repeat(250))) }),
    );
    const md = render(s);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(Buffer.byteLength(md)).toBeGreaterThan(SUMMARY_LIMIT - 100 * 1024);
    expect(md).toMatch(/The summary was cut at \d+ KiB to stay under GitHub's 1 MiB limit \(\d+ sections left out\); the JSON report \(<code>\/tmp\/r\.json<\/code>\) has everything\./);
  });

  it('lists only contracts with findings when there are thousands', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 5000 }, (_, i) => contract(wd, `svc-${i}`));
    s.contracts[4321] = contract(wd, 'svc-4321', { errors: [finding('X', 'a', 'b')] });
    const md = render(s);
    const rows = md.split('\n').filter((l) => l.startsWith('| <code>svc-'));
    expect(rows).toEqual([expect.stringContaining('svc-4321/pacto.yaml')]);
    expect(md).toContain('4999 more contracts (without findings, or past the first 1000 with findings) are listed in the JSON report.');
  });

  it('keeps later small sections (commit, artifact) when a big one is cut', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 25 }, (_, i) =>
      contract(wd, `svc-${i}`, { errors: Array.from({ length: 200 }, (_, j) => finding('SCHEMA_VIOLATION', `a.${j}`, 'x'.repeat(1000))) }),
    );
    s.commit = { committed: false, pushed: false, sha: '', branch: 'main', error: 'push refused', warnings: [], skippedReason: null };
    const md = render(s);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toContain('### Commit');
    expect(md).toMatch(/\(\d+ sections? left out\)/);
  });

  it('says how many annotations were left out', () => {
    const s = validatedState(ws);
    const md = renderSummary({ state: s, report: buildReport(s), annotations: { shown: { errors: 10, warnings: 0 }, omitted: { errors: 4, warnings: 0 } }, reportFile: null });
    expect(md).toContain('4 errors not annotated');
  });

  it('shows an apostrophe as an entity GitHub renders, never &\\#39;', () => {
    const s = validatedState(ws);
    s.contracts[1].errors[0].message = "the port isn't set; use #8080";
    const md = render(s);
    expect(md).not.toContain('&\\#');
    expect(md).toContain('the port isn&#39;t set; use \\#8080');
  });

  it('shows a failed job\'s stderr tail, collapsed, sanitized and fenced; none for ok jobs', () => {
    const s = validatedState(ws, { plugins: '- k8s' });
    const stderr = `${Array.from({ length: 12 }, (_, i) => `warn ${i}`).join('\n')}\n::error::forged\n\`\`\`\n</details><script>x</script>\nfatal: no port\n`;
    s.generation = {
      jobs: [
        job('services/api/pacto.yaml', 'k8s', { status: 'failed', error: 'plugin k8s on services/api/pacto.yaml: exited with status 1', stderrTail: stderr }),
        job('services/db/pacto.yaml', 'k8s', { stderrTail: 'ok-noise\n' }),
      ],
      files: [],
      changed: false,
      drift: null,
      errors: [],
    };
    const md = render(s);
    const start = md.indexOf('<details><summary>stderr of <code>k8s</code> on <code>services/api/pacto.yaml</code> (last 10 lines)</summary>');
    expect(start).toBeGreaterThan(0);
    const block = md.slice(start, md.indexOf('</details>\n', start + 60) + 11);
    expect(block).toContain('````text\nwarn 6\n');
    expect(block).toContain(':\u200B:error::forged');
    expect(block).toContain('fatal: no port\n````\n\n</details>');
    expect(block).not.toContain('warn 5');
    expect(md).not.toContain('ok-noise');
    expect(md.match(/<summary>stderr of/g)).toHaveLength(1);
  });

  it('lists a collision once: on the failed job, not again among the errors', () => {
    const s = validatedState(ws, { 'fail-on': 'never', plugins: '- k8s' });
    const collision = 'output collision: services/out/a.yaml is written by two jobs';
    s.generation = {
      jobs: [job('services/api/pacto.yaml', 'k8s', { status: 'failed', error: collision })],
      files: [],
      changed: false,
      drift: null,
      errors: [collision, 'manifest problem'],
    };
    const md = render(s);
    expect(md.split('output collision').length - 1).toBe(1);
    expect(md).toContain('- **generation**: manifest problem');
    expect(md).toContain('### Generation errors\n\n- manifest problem\n');
  });

  it('names literal patterns that matched nothing', () => {
    const s = validatedState(ws, { contracts: 'services/gone' });
    s.discovery = { bundles: [], matched: 0 };
    s.contracts = [];
    const md = render(s);
    expect(md).toContain('### Patterns that matched nothing');
    expect(md).toContain('contracts pattern &quot;services/gone&quot; has no glob characters and matched nothing');
  });
});
