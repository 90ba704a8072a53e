import { describe, expect, it } from '@jest/globals';
import { commentMarker, hasMarker } from '../../../src/publish/comment/marker.js';
import { breakingChanges, COMMENT_LIMIT, hasFindings, renderComment, type CommentContext } from '../../../src/publish/comment/render.js';
import { cleanReport, report } from './report-fixture.js';

const ctx: CommentContext = {
  marker: commentMarker('pacto', '.'),
  runUrl: 'https://github.com/acme/sample/actions/runs/4242',
  job: 'pacto',
  workingDirectory: '.',
  reportWhere: 'the JSON report',
  linkPrefix: 'https://github.com/acme/sample/',
};

describe('comment marker', () => {
  it('is one per job and working directory, hidden, and cannot be shaped by its key', () => {
    const m = commentMarker('pacto', '.');
    expect(m).toMatch(/^<!-- pacto-generate-action:comment [0-9a-f]{16} -->$/);
    expect(commentMarker('pacto', '.')).toBe(m);
    expect(commentMarker('pacto', 'services')).not.toBe(m);
    expect(commentMarker('other', '.')).not.toBe(m);
    expect(commentMarker('pacto', '.', '1/2')).not.toBe(commentMarker('pacto', '.', '2/2'));
    expect(commentMarker('pacto', '.', '')).toBe(m);
    expect(commentMarker('x --> <img src=x>', '.')).toMatch(/^<!-- pacto-generate-action:comment [0-9a-f]{16} -->$/);
  });

  it('counts only at the start of a body', () => {
    const m = commentMarker('pacto', '.');
    expect(hasMarker(`${m}\nbody`, m)).toBe(true);
    expect(hasMarker(`quoting: ${m}`, m)).toBe(false);
    expect(hasMarker(null, m)).toBe(false);
  });
});

describe('renderComment', () => {
  it('starts with the marker and holds the verdict, the invalid contract and its finding', () => {
    const body = renderComment(report(), ctx);
    expect(body.startsWith(`${ctx.marker}\n`)).toBe(true);
    expect(body).toContain('❌ Pacto contracts (job <code>pacto</code>)');
    expect(body).toContain('**Failed:** 1 invalid contract \\(1 validation error\\)');
    expect(body).toContain('<code>services/orders/pacto.yaml</code>');
    expect(body).toContain('| ❌ | <code>SCHEMA&#95;VIOLATION</code> | <code>service.version</code> | 3:12 | must match semver |');
    expect(body).not.toContain('services/users/pacto.yaml');
    expect(body).toContain('[Workflow run](https://github.com/acme/sample/actions/runs/4242)');
  });

  it('says there is nothing to report on a clean run', () => {
    const body = renderComment(cleanReport(), ctx);
    expect(body).toContain('✅ Pacto contracts');
    expect(body).toContain('Nothing to report');
    expect(hasFindings(cleanReport())).toBe(false);
    expect(hasFindings(report())).toBe(true);
  });

  it('shows drift with the fixing command and links the artifact only inside the repository', () => {
    const drifted = report({
      failed: true,
      drift: {
        entries: [{ path: 'services/orders/readme-output/README.md', status: 'changed', crlfOnly: false }],
        patchFile: 'x',
        hints: ['a hint'],
      },
      artifact: {
        uploaded: true,
        id: '9',
        url: 'https://github.com/acme/sample/actions/runs/4242/artifacts/9',
        digest: '',
        name: 'pacto-expected',
        files: 1,
        error: null,
        warnings: [],
      },
    });
    const body = renderComment(drifted, ctx);
    expect(body).toContain('#### Drift: 1 file out of date');
    expect(body).toContain('git apply pacto-drift.patch');
    expect(body).toContain('[pacto-expected](https://github.com/acme/sample/actions/runs/4242/artifacts/9)');
    expect(body).toContain('| changed | <code>services/orders/readme-output/README.md</code> |');
    const phishing = report({
      drift: (drifted as { drift: unknown }).drift,
      artifact: { ...(drifted.artifact as object), url: 'https://evil.example/acme/sample/x' },
    });
    const other = renderComment(phishing, ctx);
    expect(other).not.toContain('evil.example');
    expect(other).toContain('[the workflow run](https://github.com/acme/sample/actions/runs/4242)');
  });

  it('links only an artifact page: no other page of the repository, no way out of it with ../', () => {
    const drift = { entries: [{ path: 'out/README.md', status: 'changed', crlfOnly: false }], patchFile: 'x', hints: [] };
    const artifact = { uploaded: true, id: '9', digest: '', name: 'pacto-expected', files: 1, error: null, warnings: [] };
    for (const url of [
      'https://github.com/acme/sample/issues/1',
      'https://github.com/acme/sample/../../evil/phish',
      'https://github.com/acme/sample/%2e%2e/%2e%2e/evil/phish',
      'https://github.com/acme/sample/actions/runs/1/artifacts/9/../../../../../issues/1',
      'https://github.com/acme/sample/actions/runs/1/artifacts/9?x=https://github.com/other/repo/issues/2',
    ]) {
      const body = renderComment(report({ drift, artifact: { ...artifact, url } }), ctx);
      expect([url, body.includes('](https://github.com/acme/sample/actions/runs/4242)')]).toEqual([url, true]);
      expect(body).not.toContain('[pacto-expected]');
    }
  });

  it('lists plugin failures and failed jobs', () => {
    const body = renderComment(
      report({
        pluginFailures: [{ name: 'openapi', source: 'PATH', message: 'not found on PATH' }],
        generated: [
          { plugin: 'readme', contract: 'services/orders/pacto.yaml', status: 'failed', error: 'exit code 3', message: '', files: [] },
        ],
      }),
      ctx,
    );
    expect(body).toContain('#### Plugins that could not be resolved');
    expect(body).toContain('❌ <code>openapi</code> (PATH): not found on PATH');
    expect(body).toContain('❌ 1 plugin job failed');
    expect(body).toContain('exit code 3');
  });

  it('treats every string of the report as data: no HTML, no mentions, no table breaks, no fake marker', () => {
    const evil =
      '<img src=x onerror=alert(1)> @octocat | ![x](https://evil.example/x.png) <!-- pacto-generate-action:comment 0000 --> <details> other/repo#12 #34';
    const r = report();
    (r.contracts as Record<string, unknown>[])[0].errors = [{ code: `X${evil}`, path: evil, message: evil, line: 1, column: 1 }];
    r.reason = evil;
    r.errors = [{ kind: evil, message: evil }];
    const body = renderComment(r, ctx);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('@octocat');
    expect(body).not.toMatch(/(?<!&)#\d/);
    expect(body).not.toMatch(/!\[x\]\(/);
    expect(body).not.toContain('<!-- pacto-generate-action:comment 0000');
    expect(body.match(/<details/g)?.length).toBe(body.match(/<\/details>/g)?.length);
    for (const line of body.split('\n').filter((l) => l.startsWith('| ❌'))) expect(line.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('an apostrophe reads as one, and GH-12 or an issue URL cannot cross-reference another issue', () => {
    const evil = "doesn't GH-12 gh-7 https://github.com/other/repo/issues/3 www.evil.example/x";
    const r = report();
    (r.contracts as Record<string, unknown>[])[0].errors = [{ code: 'X', path: evil, message: evil, line: 1, column: 1 }];
    r.reason = evil;
    const body = renderComment(r, ctx);
    // The entity stays whole: GitHub shows an apostrophe, not "&#39;".
    expect(body).not.toMatch(/&#\u200B/);
    expect(body).toContain('doesn&#39;t');
    expect(body).not.toMatch(/GH-\d/i);
    expect(body).not.toMatch(/https?:\/\/github\.com\/other/);
    expect(body).not.toMatch(/www\.evil/);
    // Links the action makes itself still work.
    expect(body).toContain('(https://github.com/acme/sample/actions/runs/4242)');
  });

  it('survives a report of the wrong shape', () => {
    for (const r of [null, 42, 'text', [], { contracts: 'x', totals: [], errors: {}, drift: 7 }]) {
      const body = renderComment(r, ctx);
      expect(body.startsWith(ctx.marker)).toBe(true);
    }
  });

  it("stays under GitHub's limit: collapses long tables, cuts rows and sections with a note", () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ code: 'RULE', path: `a.b${i}`, message: 'm'.repeat(250), line: i, column: 1 }));
    const contracts = Array.from({ length: 30 }, (_, i) => ({
      file: `s${i}/pacto.yaml`,
      service: `s${i}`,
      version: '1.0.0',
      valid: false,
      errors: many,
      warnings: [],
    }));
    const body = renderComment(report({ contracts, totals: { contracts: 30, invalid: 30, errors: 12000 } }), ctx);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('<details><summary>'); // collapsed (not open): too many rows
    expect(body).toMatch(/…and \d+ more \(see the full report\)/);
    expect(body).toMatch(
      /This comment was cut to stay under GitHub's size limit \(\d+ sections? and \d+ rows left out\); the JSON report has everything\./,
    );
    expect(body.match(/<details/g)?.length).toBe(body.match(/<\/details>/g)?.length);
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('renders breaking changes from a diff section of any reasonable layout, and nothing from an unknown one', () => {
    const diff = {
      contracts: [
        {
          file: 'services/orders/pacto.yaml',
          changes: [
            { classification: 'BREAKING', path: 'interfaces.api', old: 'http', new: 'grpc', message: 'interface type changed' },
            { classification: 'POTENTIAL_BREAKING', path: 'runtime.state', old: 'stateless', new: 'stateful' },
            { classification: 'NON_BREAKING', path: 'owner', old: 'a', new: 'b' },
          ],
        },
      ],
    };
    expect(breakingChanges(diff)).toHaveLength(2);
    const body = renderComment(report({ diff }), ctx);
    expect(body).toContain('💥 1 breaking change, 1 potentially breaking');
    expect(body).toContain(
      '| <code>services/orders/pacto.yaml</code> | interface type changed | <code>interfaces.api</code> | <code>http</code> → <code>grpc</code> | BREAKING |',
    );
    expect(hasFindings(report({ failed: false, diff, totals: {} }))).toBe(true);
    expect(breakingChanges({ whatever: [1, 2, 'x'] })).toEqual([]);
  });

  it('reads the diff section as the breaking-change gate writes it (src/diff/types.ts)', () => {
    const diff = {
      mode: 'error',
      base: { ref: 'origin/main', sha: 'f'.repeat(40), source: 'merge-base' },
      contracts: [
        {
          status: 'compared',
          file: 'services/orders/pacto.yaml',
          baseFile: 'services/orders/pacto.yaml',
          classification: 'BREAKING',
          changes: [
            { path: 'interfaces', type: 'removed', oldValue: 'api', classification: 'BREAKING', reason: 'interface removed', line: 7 },
            {
              path: 'owner',
              type: 'modified',
              oldValue: 'a',
              newValue: 'b',
              classification: 'NON_BREAKING',
              reason: 'owner changed',
              line: 3,
            },
          ],
          violation: { level: 'error', message: 'BREAKING change without a major version bump', line: 4 },
        },
      ],
    };
    const changes = breakingChanges(diff);
    expect(changes).toEqual([
      {
        contract: 'services/orders/pacto.yaml',
        classification: 'BREAKING',
        path: 'interfaces',
        old: 'api',
        new: '',
        message: 'interface removed',
      },
    ]);
    expect(renderComment(report({ diff }), ctx)).toContain(
      '| <code>services/orders/pacto.yaml</code> | interface removed | <code>interfaces</code> | <code>api</code> → <code></code> | BREAKING |',
    );
  });
});
