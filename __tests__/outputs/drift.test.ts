import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { applyOutputs, MANIFEST_NAME } from '../../src/outputs/index.js';
import type { GenerationResult } from '../../src/generate/types.js';
import type { ContractResult } from '../../src/contracts/types.js';
import type { Config } from '../../src/inputs.js';
import {
  contract,
  exists,
  git,
  job,
  makeEnv,
  plugin,
  read,
  removeEnv,
  snapshot,
  stage,
  write,
  type Env,
  type StageSpec,
} from './helpers.js';

let env: Env;
let home: string;
beforeEach(async () => {
  env = await makeEnv();
  home = path.join(env.root, 'home');
  fs.mkdirSync(home);
});
afterEach(async () => {
  await removeEnv(env);
});

const readme = plugin('readme', '1.0.0');
const k8s = plugin('k8s', '2.0.0');

interface Run {
  specs: [ContractResult, StageSpec, StageSpec?][];
}

/** Runs both plugins over each contract with the given outputs, in the given mode. */
async function run(r: Run, over: Partial<Config>): Promise<GenerationResult> {
  const ctx = env.ctx(over);
  const results = [];
  let i = 0;
  for (const [c, a, b] of r.specs) {
    results.push(await stage(job(env, i++, c, readme, `${c.bundle}/readme-output`), ctx, a));
    if (b) results.push(await stage(job(env, i++, c, k8s, `${c.bundle}/k8s-output`), ctx, b));
  }
  return applyOutputs(results, ctx);
}

/** check must not touch the tree (contents, modes, mtimes, .git included). */
async function check(r: Run, over: Partial<Config> = {}): Promise<GenerationResult> {
  const before = snapshot(env.wd);
  const res = await run(r, { mode: 'check', ...over });
  expect(snapshot(env.wd)).toEqual(before);
  return res;
}

function initRepo(): void {
  git(env.wd, ['init', '-q', '-b', 'main'], home);
  git(env.wd, ['add', '-A'], home);
  git(env.wd, ['commit', '-q', '-m', 'init', '--allow-empty'], home);
}

function gitApply(patch: string): void {
  git(env.wd, ['apply', '--check', patch], home);
  git(env.wd, ['apply', patch], home);
}

const base = (): Run => {
  const svc = contract(env, 'svc');
  return {
    specs: [
      [
        svc,
        { returned: { 'README.md': '# svc\n\nline\n', 'noeol.txt': 'no newline at the end', 'docs/old.md': 'old\n' } },
        { returned: { 'deploy.yaml': 'kind: Deployment\n' }, direct: { 'logo.bin': Buffer.from([0, 1, 2, 255, 0]) } },
      ],
    ],
  };
};

describe('check mode', () => {
  it('passes on an untouched tree, writes nothing, and produces no patch', async () => {
    await run(base(), {});
    initRepo();
    const res = await check(base());
    expect(res.changed).toBe(false);
    expect(res.drift?.entries).toEqual([]);
    expect(res.drift?.patchFile).toBeNull();
    expect(res.drift?.patchRoot).toBeNull();
    expect(res.drift?.hints).toEqual([]);
    expect(res.files.every((f) => f.status === 'unchanged')).toBe(true);
    expect(res.files.map((f) => f.path)).toContain(`svc/readme-output/${MANIFEST_NAME}`);
    expect(fs.existsSync(path.join(path.dirname(env.reportFile), 'pacto-drift.patch'))).toBe(false);
    expect(res.drift?.expectedRoot).toBeNull();
    expect(fs.readdirSync(path.join(env.runnerTemp, 'pacto-staging'))).toEqual([]);
  });

  it('edited, deleted, new and stale files each get their status; the patch applies and check then passes', async () => {
    await run(base(), {});
    initRepo();
    write(env, 'svc/readme-output/README.md', '# svc\n\nhand edit\n');
    fs.rmSync(path.join(env.wd, 'svc/readme-output/noeol.txt'));
    write(env, 'svc/k8s-output/logo.bin', Buffer.from([9, 9, 0]));
    const now: Run = {
      specs: [
        [
          contract(env, 'svc'),
          { returned: { 'README.md': '# svc\n\nline\n', 'noeol.txt': 'no newline at the end', 'docs/new.md': 'brand new' } },
          { returned: { 'deploy.yaml': 'kind: Deployment\n' }, direct: { 'logo.bin': Buffer.from([0, 1, 2, 255, 0]) } },
        ],
      ],
    };

    // Without clean the stale file is a warning; everything else fails.
    const res = await check(now);
    const statuses = Object.fromEntries(res.drift!.entries.map((e) => [e.path, `${e.status}/${e.severity}`]));
    expect(statuses).toEqual({
      'svc/readme-output/README.md': 'changed/error',
      'svc/readme-output/noeol.txt': 'new/error',
      'svc/readme-output/docs/new.md': 'new/error',
      'svc/readme-output/docs/old.md': 'stale/warning',
      [`svc/readme-output/${MANIFEST_NAME}`]: 'changed/error',
      'svc/k8s-output/logo.bin': 'changed/error',
    });
    expect(res.changed).toBe(true);
    expect(res.files.find((f) => f.path === 'svc/k8s-output/deploy.yaml')?.status).toBe('unchanged');
    const readmeDiff = res.drift!.entries.find((e) => e.path === 'svc/readme-output/README.md')!.diff;
    expect(readmeDiff).toContain('-hand edit\n+line\n');
    expect(res.drift!.patchFile).toBe(path.join(path.dirname(env.reportFile), 'pacto-drift.patch'));
    // The expected tree holds what generate would write for every drifted file, for the artifact.
    const expected = res.drift!.expectedRoot!;
    expect(fs.readFileSync(path.join(expected, 'svc/readme-output/noeol.txt'), 'utf8')).toBe('no newline at the end');
    expect(fs.readFileSync(path.join(expected, 'svc/readme-output/README.md'), 'utf8')).toBe('# svc\n\nline\n');
    expect(fs.readFileSync(path.join(expected, 'svc/k8s-output/logo.bin'))).toEqual(Buffer.from([0, 1, 2, 255, 0]));
    expect(fs.existsSync(path.join(expected, `svc/readme-output/${MANIFEST_NAME}`))).toBe(true);
    expect(fs.existsSync(path.join(expected, 'svc/k8s-output/deploy.yaml'))).toBe(false);

    // With clean the stale file is an error and the patch deletes it.
    const cleanRes = await check(now, { clean: true });
    expect(cleanRes.drift!.entries.find((e) => e.path === 'svc/readme-output/docs/old.md')).toMatchObject({
      status: 'stale',
      severity: 'error',
    });
    const patch = fs.readFileSync(cleanRes.drift!.patchFile!, 'latin1');
    expect(patch).toContain('deleted file mode 100644');
    expect(patch).toContain('\\ No newline at end of file');
    expect(patch).toContain('GIT binary patch');

    gitApply(cleanRes.drift!.patchFile!);
    expect(exists(env, 'svc/readme-output/docs/old.md')).toBe(false);
    expect(read(env, 'svc/readme-output/noeol.txt')).toBe('no newline at the end');
    const after = await check(now, { clean: true });
    expect(after.drift!.entries).toEqual([]);
    expect(after.changed).toBe(false);

    // And generate now changes nothing: check and generate agree.
    const gen = await run(now, { clean: true });
    expect(gen.changed).toBe(false);
  });

  it('a fresh tree: everything new; the patch creates it all, including the manifests', async () => {
    write(env, 'svc/pacto.yaml', 'pactoVersion: "1.0"\n');
    initRepo();
    const res = await check(base());
    expect(res.drift!.entries.every((e) => e.status === 'new')).toBe(true);
    expect(res.drift!.entries).toHaveLength(7);
    expect(res.drift!.hints).toEqual([]);
    gitApply(res.drift!.patchFile!);
    expect((await check(base())).changed).toBe(false);
  });

  it('a symlink at a target is changed, and the patch replaces it with the file', async () => {
    await run(base(), {});
    fs.rmSync(path.join(env.wd, 'svc/k8s-output/deploy.yaml'));
    fs.symlinkSync('../readme-output/README.md', path.join(env.wd, 'svc/k8s-output/deploy.yaml'));
    initRepo();
    const res = await check(base());
    expect(res.drift!.entries.map((e) => [e.path, e.status])).toEqual([['svc/k8s-output/deploy.yaml', 'changed']]);
    gitApply(res.drift!.patchFile!);
    expect(fs.lstatSync(path.join(env.wd, 'svc/k8s-output/deploy.yaml')).isFile()).toBe(true);
    expect((await check(base())).changed).toBe(false);
  });

  it('patch paths are relative to the repository root when the working directory is a subdirectory', async () => {
    const top = env.wd;
    const sub = path.join(top, 'services');
    fs.mkdirSync(sub);
    write(env, 'services/keep', '');
    git(top, ['init', '-q', '-b', 'main'], home);
    git(top, ['add', '-A'], home);
    git(top, ['commit', '-q', '-m', 'init'], home);
    const saved = env;
    const subEnv: Env = {
      ...saved,
      wd: sub,
      config: (o) => saved.config({ workingDirectory: sub, workspace: top, ...o }),
      ctx: (o, e) => saved.ctx({ workingDirectory: sub, workspace: top, ...o }, e),
    };
    env = subEnv;
    try {
      const res = await check(base());
      const patch = fs.readFileSync(res.drift!.patchFile!, 'utf8');
      expect(patch).toContain('+++ b/services/svc/readme-output/README.md');
      expect(res.drift!.patchRoot).toBe(top);
      git(top, ['apply', res.drift!.patchFile!], home);
      expect(fs.readFileSync(path.join(sub, 'svc/readme-output/README.md'), 'utf8')).toBe('# svc\n\nline\n');
      expect((await check(base())).changed).toBe(false);
    } finally {
      env = saved;
    }
  });

  it('hints: all-new outputs in a gitignored directory', async () => {
    write(env, '.gitignore', 'svc/readme-output/\n');
    initRepo();
    const res = await check(base());
    expect(res.drift!.hints).toHaveLength(1);
    expect(res.drift!.hints[0]).toMatch(
      /^Every output in svc\/readme-output is new and git ignores it .*check cannot pass on a fresh checkout; use generate/,
    );
  });

  it('hints: CRLF-only differences suggest -text in .gitattributes', async () => {
    await run(base(), {});
    write(env, 'svc/readme-output/README.md', '# svc\r\n\r\nline\r\n');
    const res = await check(base());
    const e = res.drift!.entries.find((x) => x.path === 'svc/readme-output/README.md')!;
    expect(e.crlfOnly).toBe(true);
    expect(res.drift!.hints.join('\n')).toMatch(/differ only in line endings .*-text.*\.gitattributes/);
    expect(res.drift!.hints.join('\n')).toContain('`svc/readme-output/** -text`');
  });

  it('hints: the CRLF pattern is relative to the repository root when the working directory is a subdirectory', async () => {
    const top = env.wd;
    const sub = path.join(top, 'services');
    fs.mkdirSync(sub);
    const saved = env;
    env = {
      ...saved,
      wd: sub,
      config: (o) => saved.config({ workingDirectory: sub, workspace: top, ...o }),
      ctx: (o, e) => saved.ctx({ workingDirectory: sub, workspace: top, ...o }, e),
    };
    try {
      await run(base(), {});
      write(env, 'svc/readme-output/README.md', '# svc\r\n\r\nline\r\n');
      git(top, ['init', '-q', '-b', 'main'], home);
      const res = await check(base());
      const hint = res.drift!.hints.find((h) => h.includes('line endings'))!;
      const pattern = /for example `([^`]+)`\) so they keep/.exec(hint)![1];
      expect(pattern).toBe('services/svc/readme-output/** -text');
      // What the hint promises: in the root .gitattributes, the pattern reaches the file.
      fs.writeFileSync(path.join(top, '.gitattributes'), `${pattern}\n`);
      try {
        const attr = git(top, ['check-attr', 'text', '--', 'services/svc/readme-output/README.md'], home);
        expect(String(attr).trim()).toBe('services/svc/readme-output/README.md: text: unset');
      } finally {
        fs.rmSync(path.join(top, '.gitattributes'));
      }
    } finally {
      env = saved;
    }
  });

  it('truncates a long per-file diff for the summary but keeps the whole patch', async () => {
    const big = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
    const spec: Run = { specs: [[contract(env, 'svc'), { returned: { 'big.txt': big } }]] };
    const res = await check(spec);
    const e = res.drift!.entries.find((x) => x.path === 'svc/readme-output/big.txt')!;
    expect(e.diff).toMatch(/\.\.\. \(diff truncated: \d+ more line\(s\); see pacto-drift.patch\)\n$/);
    expect(e.diff.split('\n').length).toBeLessThan(210);
    expect(fs.readFileSync(res.drift!.patchFile!, 'utf8')).toContain('+line 999');
  });

  it('with clean, a plugin that now produces nothing: files and manifest are stale errors; the patch removes them', async () => {
    await run(base(), {});
    initRepo();
    const none: Run = {
      specs: [
        [
          contract(env, 'svc'),
          {},
          { returned: { 'deploy.yaml': 'kind: Deployment\n' }, direct: { 'logo.bin': Buffer.from([0, 1, 2, 255, 0]) } },
        ],
      ],
    };
    const res = await check(none, { clean: true });
    expect(res.drift!.entries.map((e) => [e.path, e.status, e.severity])).toEqual([
      [`svc/readme-output/${MANIFEST_NAME}`, 'stale', 'error'],
      ['svc/readme-output/README.md', 'stale', 'error'],
      ['svc/readme-output/docs/old.md', 'stale', 'error'],
      ['svc/readme-output/noeol.txt', 'stale', 'error'],
    ]);
    gitApply(res.drift!.patchFile!);
    expect(exists(env, 'svc/readme-output')).toBe(false);
    expect((await check(none, { clean: true })).changed).toBe(false);
    expect((await run(none, { clean: true })).changed).toBe(false);
  });

  it('RUNNER_TEMP on another filesystem: generate stages inside the tree and leaves nothing; check never touches the tree', async () => {
    let shm: string | null = null;
    try {
      if (fs.statSync('/dev/shm').dev !== fs.statSync(env.root).dev) shm = fs.mkdtempSync('/dev/shm/pacto-rt-');
    } catch {
      shm = null;
    }
    if (!shm) return; // no second filesystem here
    try {
      const gen = await run(base(), { runnerTemp: shm });
      expect(gen.jobs.every((j) => j.status === 'ok')).toBe(true);
      expect(fs.readdirSync(path.join(env.wd, 'svc')).sort()).toEqual(['k8s-output', 'readme-output']);
      expect(fs.readdirSync(env.wd)).toEqual(['svc']);
      write(env, 'svc/readme-output/README.md', 'edited');
      const res = await check(base(), { runnerTemp: shm });
      expect(res.drift!.entries.map((e) => e.path)).toEqual(['svc/readme-output/README.md']);
      expect(fs.readdirSync(env.root).filter((n) => n.startsWith('.pacto'))).toEqual([]);
    } finally {
      fs.rmSync(shm, { recursive: true, force: true });
    }
  });

  it('stale without clean alone does not fail check', async () => {
    await run(base(), {});
    const fewer: Run = {
      specs: [
        [
          contract(env, 'svc'),
          { returned: { 'README.md': '# svc\n\nline\n', 'noeol.txt': 'no newline at the end' } },
          { returned: { 'deploy.yaml': 'kind: Deployment\n' }, direct: { 'logo.bin': Buffer.from([0, 1, 2, 255, 0]) } },
        ],
      ],
    };
    const res = await check(fewer);
    expect(res.drift!.entries.map((e) => [e.path, e.status, e.severity])).toEqual([['svc/readme-output/docs/old.md', 'stale', 'warning']]);
    expect(res.changed).toBe(false);
    expect(res.drift!.patchFile).toBeNull();
    // Generate agrees: nothing would change.
    expect((await run(fewer, {})).changed).toBe(false);
  });
});
