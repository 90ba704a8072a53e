import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { emptyState, type RunState } from '../../src/run-state.js';
import { buildReport } from '../../src/report/json-report.js';
import { renderSummary, SUMMARY_LIMIT } from '../../src/report/summary.js';
import { buildContract, buildJobReport, buildPlugin } from '../builders.js';
import { finding, tempDir, validatedState } from './fixtures.js';

const ws = tempDir();
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

const render = (s: RunState, reportFile: string | null = '/tmp/r.json') =>
  renderSummary({ state: s, report: buildReport(s), annotations: null, reportFile });

describe('job summary', () => {
  it('has a headline with counts, mode and profiles, then a contract table and findings', () => {
    const md = render(validatedState(ws, { mode: 'validate' }));
    expect(md).toContain('## ❌ Pacto contracts');
    expect(md).toContain('2 contracts · 1 valid · 1 invalid · 1 error · 1 warning · mode <code>validate</code> · profile 1.0 ×2');
    expect(md).toContain('| <code>services/db/pacto.yaml</code> | db | 1.0.0 | 1.0 | ❌\u00a0invalid | 1 | 1 |');
    expect(md).toContain(
      '| ❌\u00a0error | <code>SCHEMA&#95;VIOLATION</code> | <code>interfaces.0.port</code> | 7:11 | port must be &gt;= 1 |',
    );
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
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌\u00a0error'));
    expect(rows.length).toBeGreaterThan(0);
    for (const line of rows) {
      expect(line.split(/(?<!\\)\|/).length).toBe(7);
    }
  });

  it('collapses long tables with <details>', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 30 }, (_, i) => buildContract(wd, `s${i}`));
    expect(render(s)).toContain('<details><summary><b>Contracts</b> (30 contracts, 0 invalid)</summary>');
    s.contracts = s.contracts.slice(0, 3);
    expect(render(s)).toContain('<details open><summary><b>Contracts</b>');
  });

  it('lists plugins, the contract x plugin table, drift diffs with the patch command, commit and artifact', () => {
    const s = validatedState(ws, { mode: 'check', plugins: '- readme' });
    s.plugins = [
      { ...buildPlugin('readme', { path: '/x/pacto-plugin-readme' }), version: '1.2.0', source: 'github acme/p@v1.2.0', cached: true },
    ];
    s.generation = {
      jobs: [buildJobReport('services/api/pacto.yaml', 'readme', { message: 'wrote `docs` ::error::x', durationMs: 1500 })],
      files: [],
      changed: true,
      drift: {
        entries: [
          { path: 'services/api/readme-output/README.md', status: 'changed', diff: '--- a\n+++ b\n-old\n+new ```', crlfOnly: false },
        ],
        patchFile: '/runner/_temp/pacto-drift.patch',
        expectedRoot: null,
        hints: ['check cannot pass on a fresh checkout; use generate'],
      },
      errors: [],
    };
    s.commit = { committed: true, pushed: true, sha: 'abc123', branch: 'main', error: null, warnings: [], skippedReason: null };
    s.artifact = {
      uploaded: true,
      id: '7',
      url: 'https://github.com/o/r/actions/runs/1/artifacts/7',
      digest: 'ff',
      name: 'pacto-generated',
      files: 2,
      error: null,
      warnings: [],
    };
    const md = render(s);
    expect(md).toContain('| <code>readme</code> | 1.2.0 | github acme/p@v1.2.0 | yes | <code>aaaaaaaaaaaa</code> |');
    expect(md).toContain(
      '| <code>services/api/pacto.yaml</code> | <code>readme</code> | ✅\u00a0ok | 1\u00a0created | wrote \\`docs\\` ::error::x | 1.50 s |',
    );
    expect(md).toContain('````diff\n--- a\n+++ b\n-old\n+new ```\n````');
    expect(md).toContain('git apply /runner/_temp/pacto-drift.patch');
    expect(md).toContain('check cannot pass on a fresh checkout; use generate');
    expect(md).toContain('✅ Committed <code>abc123</code> on <code>main</code> and pushed.');
    expect(md).toContain('[pacto-generated](https://github.com/o/r/actions/runs/1/artifacts/7)');
  });

  it('shows the pull request the run opened, updated or closed', () => {
    const s = validatedState(ws, { commit: 'pull-request' });
    const base = {
      number: 7,
      url: 'https://github.com/acme/sample/pull/7',
      branch: 'pacto/regenerate',
      base: 'main',
      draft: false,
      error: null,
      warnings: [],
      skippedReason: null,
    };
    s.pullRequest = { ...base, operation: 'created' };
    expect(render(s)).toContain(
      '### Pull request\n\n✅ Opened [#7](https://github.com/acme/sample/pull/7) from <code>pacto/regenerate</code> into <code>main</code>.',
    );
    s.pullRequest = { ...base, operation: 'closed' };
    expect(render(s)).toContain('✅ Closed [#7](https://github.com/acme/sample/pull/7): <code>main</code> already has these outputs.');
    s.pullRequest = { ...base, operation: 'none', error: 'GitHub refused' };
    expect(render(s)).toContain('❌ GitHub refused');
  });

  it('truncates long diffs', () => {
    const s = validatedState(ws, { mode: 'check', plugins: '- readme' });
    const diff = Array.from({ length: 1000 }, (_, i) => `+line ${i}`).join('\n');
    s.generation = {
      jobs: [],
      files: [],
      changed: true,
      drift: { entries: [{ path: 'a', status: 'new', diff, crlfOnly: false }], patchFile: null, expectedRoot: null, hints: [] },
      errors: [],
    };
    const md = render(s);
    expect(md).toContain('+line 199\n… (diff truncated; the patch file has all of it)');
    expect(md).not.toContain('+line 200\n');
  });

  it('stays under 1 MiB with a note when cut', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 400 }, (_, i) =>
      buildContract(wd, `svc-${i}`, {
        errors: Array.from({ length: 50 }, (_, j) => finding('SCHEMA_VIOLATION', `a.${j}`, 'x'.repeat(250))),
      }),
    );
    const md = render(s);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(Buffer.byteLength(md)).toBeGreaterThan(SUMMARY_LIMIT - 100 * 1024);
    expect(md).toMatch(
      /The summary was cut at \d+ KiB to stay under GitHub's 1 MiB limit \(\d+ sections left out\); the JSON report \(<code>\/tmp\/r\.json<\/code>\) has everything\./,
    );
  });

  it('lists only contracts with findings when there are thousands', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 5000 }, (_, i) => buildContract(wd, `svc-${i}`));
    s.contracts[4321] = buildContract(wd, 'svc-4321', { errors: [finding('X', 'a', 'b')] });
    const md = render(s);
    const rows = md.split('\n').filter((l) => l.startsWith('| <code>svc-'));
    expect(rows).toEqual([expect.stringContaining('svc-4321/pacto.yaml')]);
    expect(md).toContain('4999 more contracts (without findings, or past the first 1000 with findings) are listed in the JSON report.');
  });

  it('keeps later small sections (commit, artifact) when a big one is cut', () => {
    const s = validatedState(ws);
    const wd = s.config!.workingDirectory;
    s.contracts = Array.from({ length: 25 }, (_, i) =>
      buildContract(wd, `svc-${i}`, {
        errors: Array.from({ length: 200 }, (_, j) => finding('SCHEMA_VIOLATION', `a.${j}`, 'x'.repeat(1000))),
      }),
    );
    s.commit = { committed: false, pushed: false, sha: '', branch: 'main', error: 'push refused', warnings: [], skippedReason: null };
    const md = render(s);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toContain('### Commit');
    expect(md).toMatch(/\(\d+ sections? left out\)/);
  });

  it('says how many annotations were left out', () => {
    const s = validatedState(ws);
    const md = renderSummary({
      state: s,
      report: buildReport(s),
      annotations: { shown: { errors: 10, warnings: 0 }, omitted: { errors: 4, warnings: 0 } },
      reportFile: null,
    });
    expect(md).toContain('4 errors not annotated');
  });

  it('shows an apostrophe as an entity GitHub renders, never &\\#39;', () => {
    const s = validatedState(ws);
    s.contracts[1].errors[0].message = "the port isn't set; use #8080";
    const md = render(s);
    expect(md).not.toContain('&\\#');
    expect(md).toContain('the port isn&#39;t set; use \\#8080');
  });

  it("shows a failed job's stderr tail, collapsed, sanitized and fenced; none for ok jobs", () => {
    const s = validatedState(ws, { plugins: '- k8s' });
    const stderr = `${Array.from({ length: 12 }, (_, i) => `warn ${i}`).join('\n')}\n::error::forged\n\`\`\`\n</details><script>x</script>\nfatal: no port\n`;
    s.generation = {
      jobs: [
        buildJobReport('services/api/pacto.yaml', 'k8s', {
          status: 'failed',
          error: 'plugin k8s on services/api/pacto.yaml: exited with status 1',
          stderrTail: stderr,
        }),
        buildJobReport('services/db/pacto.yaml', 'k8s', { stderrTail: 'ok-noise\n' }),
      ],
      files: [],
      changed: false,
      drift: null,
      errors: [],
    };
    const md = render(s);
    const start = md.indexOf(
      '<details><summary>stderr of <code>k8s</code> on <code>services/api/pacto.yaml</code> (last 10 lines)</summary>',
    );
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
      jobs: [buildJobReport('services/api/pacto.yaml', 'k8s', { status: 'failed', error: collision })],
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

describe('job summary: what a reader trips on', () => {
  const renderIn = (s: RunState, reportFile: string | null, runnerTemp: string | null) =>
    renderSummary({ state: s, report: buildReport(s), annotations: null, reportFile, runnerTemp });

  /** A check in which services/db is invalid, so its jobs were skipped and nothing of it compared. */
  function checkWithSkipped(failOn: string): RunState {
    const s = validatedState(ws, { mode: 'check', plugins: '- readme\n- k8s', 'fail-on': failOn });
    s.generation = {
      jobs: [
        buildJobReport('services/api/pacto.yaml', 'readme', { files: [] }),
        buildJobReport('services/api/pacto.yaml', 'k8s', { files: [] }),
        buildJobReport('services/db/pacto.yaml', 'readme', { status: 'skipped', files: [], message: 'the contract is invalid' }),
        buildJobReport('services/db/pacto.yaml', 'k8s', { status: 'skipped', files: [], message: 'the contract is invalid' }),
      ],
      files: [],
      changed: false,
      drift: { entries: [], patchFile: null, expectedRoot: null, hints: [] },
      errors: [],
    };
    return s;
  }

  it('check mode: a skipped contract is named as not compared, with why, and no ✅ claims everything is current', () => {
    for (const failOn of ['error', 'never']) {
      const md = render(checkWithSkipped(failOn));
      expect(md).not.toContain('✅ The committed outputs are exactly what the plugins generate now.');
      expect(md).toContain(
        '⚠️ 1 contract was not compared: no outputs were generated to compare with the committed ones.\n\n' +
          '- <code>services/db/pacto.yaml</code>: the contract is invalid (<code>readme</code>, <code>k8s</code> not compared)\n\n' +
          'The outputs of the other 1 contract are exactly what the plugins generate now.',
      );
    }
    // Passing (fail-on: never) yet not everything compared: the headline warns instead of ✅.
    expect(render(checkWithSkipped('never'))).toMatch(/^## ⚠️ Pacto contracts/);
    expect(render(checkWithSkipped('error'))).toMatch(/^## ❌ Pacto contracts/);
  });

  it('check mode: a failed job is not compared either, and drift still lists both', () => {
    const s = checkWithSkipped('error');
    s.generation!.jobs[1] = buildJobReport('services/api/pacto.yaml', 'k8s', { status: 'failed', files: [], error: 'k8s exited 1' });
    s.generation!.drift!.entries = [{ path: 'services/api/readme-output/README.md', status: 'changed', diff: '-a\n+b', crlfOnly: false }];
    const md = render(s);
    expect(md).toContain('❌ 1 changed.\n\n⚠️ 2 contracts were not compared');
    expect(md).toContain('- <code>services/api/pacto.yaml</code>: the plugin failed (<code>k8s</code> not compared)');
  });

  it('a clean check with every job run still says ✅', () => {
    const s = checkWithSkipped('error');
    s.contracts[1] = { ...s.contracts[1], valid: true, errors: [] };
    s.generation!.jobs = s.generation!.jobs.map((j) => ({ ...j, status: 'ok' as const, message: 'generated' }));
    const md = render(s);
    expect(md).toContain('✅ The committed outputs are exactly what the plugins generate now.');
    expect(md).not.toContain('not compared');
  });

  it('never cuts a message mid-word: long ones wrap whole, very long ones end at a word with a pointer', () => {
    const s = validatedState(ws);
    const hint = 'quote the value or indent the block by two spaces to fix it';
    const long = `yaml: line 12: mapping values are not allowed in this context ${'because the parser met a colon '.repeat(10)}; ${hint}`;
    s.contracts[1].errors = [finding('PARSE_ERROR', '', long, 12, 3)];
    expect(long.length).toBeGreaterThan(300);
    expect(render(s)).toContain(`${hint} |`);

    const huge = `${'word '.repeat(400)}end`;
    s.contracts[1].errors = [finding('PARSE_ERROR', '', huge, 12, 3)];
    const row = render(s)
      .split('\n')
      .find((l) => l.includes('PARSE\\_ERROR') || l.includes('PARSE_ERROR') || l.includes('PARSE&#95;ERROR'))!;
    expect(row).toMatch(/ word … \\\(the JSON report has the whole message\\\) \|$/);
  });

  it('titles a contract without a version without a stray space', () => {
    const s = validatedState(ws);
    s.contracts[1] = { ...s.contracts[1], service: null, version: null };
    const md = render(s);
    expect(md).toContain('— unknown service: 1 error, 1 warning');
    expect(md).not.toContain('unknown service :');
    s.contracts[1] = { ...s.contracts[1], service: 'db', version: null };
    expect(render(s)).toContain('— db: 1 error, 1 warning');
  });

  it('shows a plugin that could not be resolved once, before the notices', () => {
    const s = validatedState(ws, { mode: 'generate', plugins: '- k8' });
    s.contracts[1] = { ...s.contracts[1], valid: true, errors: [], warnings: [] };
    const message =
      'pacto-plugin-k8 was not found. Did you mean k8s (/w/plugins/pacto-plugin-k8s)? Looked in, in order: PATH (/usr/local/bin:/usr/bin:/bin); plugin-dir /w/plugins';
    s.pluginFailures = [{ name: 'k8', source: 'located on PATH or in a plugin directory', message }];
    s.notices = ['an unrelated notice'];
    const md = render(s);
    expect(md.split('/usr/local/bin:/usr/bin:/bin').length - 1).toBe(1);
    expect(md).toContain('Did you mean k8s');
    expect(md.indexOf('Plugins that could not be resolved')).toBeLessThan(md.indexOf('### Notices'));
    expect(md.indexOf('Plugins that could not be resolved')).toBeLessThan(md.indexOf('<b>Contracts</b>'));
  });

  it('an input error shows no counts of a discovery that never ran, and each problem once', () => {
    const s = emptyState();
    s.inputError =
      'Invalid inputs:\n  - mode: "regenerate" is not one of generate, validate, check\n  - fail-on: "sometimes" is not one of error, warning, never';
    s.fatal.push(s.inputError);
    const md = renderIn(s, '/runner/_temp/pacto-report.json', '/runner/_temp');
    expect(md).not.toMatch(/0 contracts|0 valid|0 invalid/);
    expect(md).toMatch(/^## ❌ Pacto contracts\n\nNothing was run: the step's inputs are invalid/);
    expect(md).toContain(
      'Invalid inputs:\n\n- <code>mode</code>: &quot;regenerate&quot; is not one of generate, validate, check\n- <code>fail-on</code>: &quot;sometimes&quot; is not one of error, warning, never\n',
    );
    expect(md.split('regenerate').length - 1).toBe(1);
    // The JSON report would only repeat the inputs' problems: not pointed to.
    expect(md).not.toContain('/runner/_temp');
    expect(md).not.toContain('JSON report');
  });

  it('escapes <summary> titles as HTML, where GitHub renders no Markdown escapes', () => {
    const s = validatedState(ws);
    s.contracts[1] = { ...s.contracts[1], service: 'Billing_API', version: 'two (<b>)' };
    const md = render(s);
    expect(md).toContain('— Billing_API two (&lt;b&gt;): 1 error, 1 warning</summary>');
    expect(md).not.toContain('Billing\\_API two');
  });

  it('opens a few drift diffs, and collapses many', () => {
    const s = validatedState(ws, { mode: 'check', plugins: '- readme' });
    const entry = (i: number) => ({ path: `out/f${i}.md`, status: 'changed' as const, diff: '-a\n+b', crlfOnly: false });
    s.generation = {
      jobs: [],
      files: [],
      changed: true,
      drift: { entries: [entry(1), entry(2)], patchFile: null, expectedRoot: null, hints: [] },
      errors: [],
    };
    expect(render(s)).toContain('<details open><summary>changed: <code>out/f1.md</code>');
    s.generation.drift!.entries = [1, 2, 3, 4].map(entry);
    expect(render(s)).toContain('<details><summary>changed: <code>out/f1.md</code>');
  });

  describe('paths in the runner temporary directory', () => {
    const temp = '/home/runner/work/_temp';
    function drifted(inputs: Record<string, string>): RunState {
      const s = validatedState(ws, { mode: 'check', plugins: '- readme', ...inputs });
      s.generation = {
        jobs: [buildJobReport('services/api/pacto.yaml', 'readme')],
        files: [],
        changed: true,
        drift: {
          entries: [{ path: 'services/api/readme-output/README.md', status: 'changed', diff: '-a\n+b', crlfOnly: false }],
          patchFile: `${temp}/pacto-drift.patch`,
          patchRoot: '/home/runner/work/repo/repo',
          expectedRoot: null,
          hints: [],
        },
        errors: [],
      };
      return s;
    }

    it('without an artifact: says to set upload-artifact, and names no runner path', () => {
      const md = renderIn(drifted({}), `${temp}/pacto-report.json`, temp);
      expect(md).not.toContain(temp);
      expect(md).not.toContain('/home/runner/work/repo/repo');
      expect(md).toContain(
        'The patch that brings the tree up to date stays on the runner: set <code>upload-artifact: true</code> to get it in an artifact.',
      );
      expect(md).toContain('```sh\ngit apply pacto-drift.patch\n```');
      expect(md).toContain(
        "The JSON report with every detail stays on the runner: upload the file the step's <code>report</code> output names with actions/upload-artifact.",
      );
    });

    it('with an uploaded artifact: names the artifact and the file in it', () => {
      const s = drifted({ 'upload-artifact': 'true' });
      s.artifact = {
        uploaded: true,
        id: '7',
        url: 'https://github.com/o/r/actions/runs/1/artifacts/7',
        digest: 'ff',
        name: 'pacto-expected',
        files: 2,
        error: null,
        warnings: [],
        patchPath: 'pacto-drift.patch',
        reportPath: null,
      };
      const md = renderIn(s, `${temp}/pacto-report.json`, temp);
      expect(md).not.toContain(temp);
      expect(md).toContain(
        'download the artifact [pacto-expected](https://github.com/o/r/actions/runs/1/artifacts/7) and apply its <code>pacto-drift.patch</code> at the root of the git repository',
      );
    });

    it('generate mode: the report is named in the artifact, or upload-artifact is suggested', () => {
      const s = validatedState(ws, { mode: 'generate', plugins: '- readme' });
      expect(renderIn(s, `${temp}/pacto-report.json`, temp)).toContain(
        'The JSON report with every detail stays on the runner: set <code>upload-artifact: true</code> to get it in the artifact, or upload the file',
      );
      s.artifact = {
        uploaded: true,
        id: '7',
        url: '',
        digest: 'ff',
        name: 'pacto-generated',
        files: 3,
        error: null,
        warnings: [],
        reportPath: 'pacto-report.json',
        patchPath: null,
      };
      expect(renderIn(s, `${temp}/pacto-report.json`, temp)).toContain(
        'The JSON report with every detail: <code>pacto-report.json</code> in the artifact <code>pacto-generated</code>.',
      );
    });

    it('a report file the workflow chose outside the temporary directory is named as it is', () => {
      const s = validatedState(ws);
      expect(renderIn(s, '/home/runner/work/repo/repo/out/report.json', temp)).toContain(
        'The JSON report with every detail: <code>/home/runner/work/repo/repo/out/report.json</code>',
      );
    });
  });

  it("counts a job's files as the log does: the manifest apart, and only when it changed", () => {
    const s = validatedState(ws, { mode: 'generate', plugins: '- readme' });
    const file = (p: string, status: 'created' | 'unchanged') => ({
      path: p,
      plugin: 'readme',
      contract: 'services/api/pacto.yaml',
      status,
      sha256: null,
      direct: false,
    });
    s.generation = {
      jobs: [
        buildJobReport('services/api/pacto.yaml', 'readme', {
          files: [
            file('services/api/readme-output/README.md', 'created'),
            file('services/api/readme-output/.pacto-generated.json', 'created'),
          ],
        }),
        buildJobReport('services/db/pacto.yaml', 'readme', {
          files: [
            file('services/db/readme-output/README.md', 'unchanged'),
            file('services/db/readme-output/.pacto-generated.json', 'unchanged'),
          ],
        }),
      ],
      files: [],
      changed: true,
      drift: null,
      errors: [],
    };
    const md = render(s);
    expect(md).toContain('| <code>readme</code> | ✅\u00a0ok | 1\u00a0created (manifest created) |');
    expect(md).toContain('| <code>readme</code> | ✅\u00a0ok | 1\u00a0unchanged |');
    expect(md).not.toContain('2 created');
  });
});
