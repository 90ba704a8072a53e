/**
 * The breaking-change gate end to end, through the built bundle as the runner runs it: a pull
 * request from a depth-1 checkout of its merge ref, whose base commit the action must fetch
 * itself; the label; a fork-like run with no origin to deepen from.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { expectOutcome, Runs } from '../helpers/e2e-repo.js';
import { baseAndHead, OPENAPI, prEvent, v1Contract, v2Contract, type Repo } from '../diff/fixtures.js';

let dist = '';
const runs = new Runs(() => dist);
const repos: Repo[] = [];

beforeAll(async () => {
  dist = await builtAction();
}, 400_000);
afterEach(() => runs.cleanup());
afterAll(() => {
  for (const r of repos.splice(0)) r.sb.cleanup();
});

const PR_ENV = {
  GITHUB_REPOSITORY: 'acme/sample',
  GITHUB_REF: 'refs/pull/1/merge',
  GITHUB_REF_NAME: '1/merge',
  GITHUB_HEAD_REF: 'feature',
  GITHUB_BASE_REF: 'main',
};
const INPUTS = { mode: 'validate', contracts: '*/pacto.yaml', breaking: 'error' };

/** A pull request whose head removes an operation (1.0) and changes an interface type (2.0), versions unchanged. */
function breakingPullRequest(): Repo {
  const r = baseAndHead(
    {
      'orders/pacto.yaml': v1Contract(),
      'orders/openapi.yaml': OPENAPI,
      'ledger/pacto.yaml': v2Contract({ name: 'ledger' }),
      'ledger/openapi.yaml': OPENAPI,
    },
    {
      'orders/openapi.yaml': OPENAPI.replace(/ {4}delete:\n(.*\n){2}/, ''),
      'ledger/pacto.yaml': v2Contract({ name: 'ledger', type: 'asyncapi' }),
    },
    { between: 2 },
  );
  repos.push(r);
  // GitHub's merge ref: the head merged into main (here main has not moved, so it is the head).
  r.sb.git(r.sb.origin, 'update-ref', 'refs/pull/1/merge', r.head);
  return r;
}

describe('breaking: error on a pull request', () => {
  it('fails with both contracts named, annotates their lines, fills the outputs and the report', async () => {
    const r = breakingPullRequest();
    const ws = r.sb.checkoutDetached('ws', 'refs/pull/1/merge');
    const res = await runs.run({ workspace: ws, sandbox: r.sb, event: prEvent(r), env: PR_ENV, inputs: INPUTS });
    expectOutcome(res, 'failure', 'a breaking pull request');
    expect(res.outputs.breaking).toBe('true');
    const changes = JSON.parse(res.outputs.changes) as { contract: string; path: string; classification: string }[];
    expect(changes.map((c) => [c.contract, c.path, c.classification]).sort()).toEqual([
      ['ledger/pacto.yaml', 'interfaces.type', 'BREAKING'],
      ['orders/pacto.yaml', 'openapi.paths[/orders].methods[DELETE]', 'BREAKING'],
    ]);
    const errors = res.annotations.filter((a) => a.level === 'error' && /without a major version bump/.test(a.message));
    expect(errors.map((a) => [path.relative(ws, a.file ?? ''), a.line]).sort()).toEqual([
      ['ledger/pacto.yaml', 4],
      ['orders/pacto.yaml', 4],
    ]);
    const typeLine = res.annotations.find((a) => a.level === 'warning' && a.title === 'BREAKING: interfaces.type');
    expect([path.relative(ws, typeLine?.file ?? ''), typeLine?.line]).toEqual(['ledger/pacto.yaml', 7]);
    expect(res.summary).toContain('Breaking changes');
    const report = JSON.parse(fs.readFileSync(res.outputs.report, 'utf8')) as { diff: { base: { sha: string; source: string } } };
    expect(report.diff.base).toMatchObject({ sha: r.base, source: 'merge-base' });
    // The base commit is fetched alone at depth 1, then both are deepened: history is never cut.
    expect(res.log).toMatch(new RegExp(`git fetch --no-tags --no-recurse-submodules --quiet --depth=1 -- origin ${r.base}`));
    expect(res.log).toMatch(/git fetch --no-tags --no-recurse-submodules --quiet --deepen=50 -- origin/);
  }, 180_000);

  it('passes with the accepting label, the label named in the summary', async () => {
    const r = breakingPullRequest();
    const ws = r.sb.checkoutDetached('ws', 'refs/pull/1/merge');
    const res = await runs.run({ workspace: ws, sandbox: r.sb, event: prEvent(r, ['pacto-breaking-ok']), env: PR_ENV, inputs: INPUTS });
    expectOutcome(res, 'success', 'a labelled breaking pull request');
    expect(res.outputs.breaking).toBe('true');
    expect(
      res.annotations.filter((a) => a.level === 'notice' && /accepted by the pull request label pacto-breaking-ok/.test(a.message)),
    ).toHaveLength(2);
    expect(res.summary).toContain('pacto-breaking-ok');
  }, 180_000);

  it('without an origin to deepen from, says which fetch-depth is needed', async () => {
    const r = breakingPullRequest();
    const ws = r.sb.checkoutDetached('ws', 'refs/pull/1/merge');
    r.sb.git(ws, 'remote', 'remove', 'origin');
    const res = await runs.run({ workspace: ws, sandbox: r.sb, event: prEvent(r), env: PR_ENV, inputs: INPUTS });
    expectOutcome(res, 'failure', 'an unreachable base');
    expect(res.annotations.some((a) => a.level === 'error' && /fetch-depth: 0/.test(a.message))).toBe(true);
    expect(res.outputs.breaking).toBe('false');
    expect(res.outputs.changes).toBe('[]');
  }, 180_000);
});
