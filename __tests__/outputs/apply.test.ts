import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { applyOutputs, MANIFEST_NAME } from '../../src/outputs/index.js';
import type { JobFailure, JobOutput, SkippedJob } from '../../src/generate/types.js';
import { contract, exists, job, makeEnv, plugin, read, removeEnv, snapshot, stage, write, type Env } from './helpers.js';

let env: Env;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await removeEnv(env);
});

const svc = () => contract(env, 'svc', ['svc/openapi.yaml']);
const readme = plugin('readme', '1.2.0');
const k8s = plugin('k8s', null);

function stagingLeft(): string[] {
  return fs.readdirSync(path.join(env.runnerTemp, 'pacto-staging'));
}

describe('applyOutputs (generate)', () => {
  it('writes files, a manifest, and reports statuses in job order', async () => {
    const ctx = env.ctx();
    const c = svc();
    const j1 = await stage(job(env, 0, c, readme, 'svc/readme-output'), ctx, { returned: { 'README.md': '# svc\n', 'docs/a.md': 'a' } });
    const j2 = await stage(job(env, 1, c, k8s, 'svc/k8s-output'), ctx, { direct: { 'bin/x.bin': Buffer.from([0, 1, 2]) } });
    const res = await applyOutputs([j1, j2], ctx);
    expect(res.errors).toEqual([]);
    expect(res.changed).toBe(true);
    expect(res.drift).toBeNull();
    expect(res.files.map((f) => [f.path, f.status, f.direct])).toEqual([
      ['svc/readme-output/.pacto-generated.json', 'created', false],
      ['svc/readme-output/README.md', 'created', false],
      ['svc/readme-output/docs/a.md', 'created', false],
      ['svc/k8s-output/.pacto-generated.json', 'created', false],
      ['svc/k8s-output/bin/x.bin', 'created', true],
    ]);
    expect(res.jobs.map((j) => [j.contract, j.plugin, j.status, j.outputDir])).toEqual([
      ['svc/pacto.yaml', 'readme', 'ok', 'svc/readme-output'],
      ['svc/pacto.yaml', 'k8s', 'ok', 'svc/k8s-output'],
    ]);
    expect(read(env, 'svc/readme-output/README.md')).toBe('# svc\n');
    expect(fs.readFileSync(path.join(env.wd, 'svc/k8s-output/bin/x.bin'))).toEqual(Buffer.from([0, 1, 2]));
    const manifest = read(env, `svc/readme-output/${MANIFEST_NAME}`);
    expect(JSON.parse(manifest)).toEqual({
      entries: [
        {
          contract: 'svc/pacto.yaml',
          files: [
            { path: 'README.md', sha256: res.files[1].sha256 },
            { path: 'docs/a.md', sha256: res.files[2].sha256 },
          ],
          plugin: 'readme',
          pluginVersion: '1.2.0',
        },
      ],
      generatedBy: 'pacto-generate-action',
      manifestVersion: 1,
    });
    expect(manifest.endsWith('}\n')).toBe(true);
    expect(manifest).not.toContain('\r');
    expect(manifest).not.toContain(env.root);
    expect(JSON.parse(read(env, `svc/k8s-output/${MANIFEST_NAME}`)).entries[0].pluginSha256).toBe(k8s.sha256);
    expect(stagingLeft()).toEqual([]);
  });

  it('second identical run: everything unchanged, mtimes kept, manifest byte-equal', async () => {
    const spec = { returned: { 'b.md': 'b', 'a.md': 'a' } };
    const c = svc();
    const first = await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), env.ctx(), spec)], env.ctx());
    expect(first.changed).toBe(true);
    const old = new Date('2020-01-01T00:00:00Z');
    for (const f of ['gen/a.md', 'gen/b.md', `gen/${MANIFEST_NAME}`]) fs.utimesSync(path.join(env.wd, f), old, old);
    const before = snapshot(env.wd);
    const second = await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), env.ctx(), spec)], env.ctx());
    expect(second.changed).toBe(false);
    expect(second.files.map((f) => f.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(snapshot(env.wd)).toEqual(before);
  });

  it('updates changed files only and keeps their mode', async () => {
    const c = svc();
    await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: { 'a.sh': 'v1', 'b.md': 'same' } })], env.ctx());
    fs.chmodSync(path.join(env.wd, 'gen/a.sh'), 0o755);
    const bMtime = fs.statSync(path.join(env.wd, 'gen/b.md')).mtimeMs;
    const res = await applyOutputs(
      [await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: { 'a.sh': 'v2', 'b.md': 'same' } })],
      env.ctx(),
    );
    expect(res.files.map((f) => [f.path, f.status])).toEqual([
      ['gen/.pacto-generated.json', 'updated'],
      ['gen/a.sh', 'updated'],
      ['gen/b.md', 'unchanged'],
    ]);
    expect(read(env, 'gen/a.sh')).toBe('v2');
    expect(fs.statSync(path.join(env.wd, 'gen/a.sh')).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(env.wd, 'gen/b.md')).mtimeMs).toBe(bMtime);
  });

  it('merges manifest entries of several jobs sharing one output directory, deterministically', async () => {
    const a = contract(env, 'a');
    const b = contract(env, 'b');
    const run = async () => {
      const ctx = env.ctx();
      return applyOutputs(
        [
          await stage(job(env, 0, a, readme, 'docs'), ctx, { returned: { 'a.md': 'A' } }),
          await stage(job(env, 1, a, k8s, 'docs'), ctx, { returned: { 'a.yaml': 'A' } }),
          await stage(job(env, 2, b, readme, 'docs'), ctx, { returned: { 'b.md': 'B' } }),
        ],
        ctx,
      );
    };
    const res = await run();
    const text = read(env, `docs/${MANIFEST_NAME}`);
    const m = JSON.parse(text);
    expect(m.entries.map((e: { contract: string; plugin: string }) => `${e.contract}|${e.plugin}`)).toEqual([
      'a/pacto.yaml|k8s',
      'a/pacto.yaml|readme',
      'b/pacto.yaml|readme',
    ]);
    // The shared manifest is listed once, at the last job that wrote it.
    expect(res.files.map((f) => `${f.path}:${f.status}:${f.plugin}`)).toEqual([
      'docs/a.md:created:readme',
      'docs/a.yaml:created:k8s',
      `docs/${MANIFEST_NAME}:created:readme`,
      'docs/b.md:created:readme',
    ]);
    expect(res.jobs[0].files.map((f) => f.path)).toContain(`docs/${MANIFEST_NAME}`);
    await fs.promises.rm(path.join(env.wd, 'docs', MANIFEST_NAME));
    await run();
    expect(read(env, `docs/${MANIFEST_NAME}`)).toBe(text);
  });

  it('a job with no files and no earlier manifest creates nothing', async () => {
    const res = await applyOutputs([await stage(job(env, 0, svc(), readme, 'gen'), env.ctx(), {})], env.ctx());
    expect(res.files).toEqual([]);
    expect(res.changed).toBe(false);
    expect(exists(env, 'gen')).toBe(false);
  });

  describe('clean', () => {
    const setup = async () => {
      const c = svc();
      await applyOutputs(
        [await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: { 'old.md': 'o', 'keep.md': 'k', 'sub/gone.md': 'g' } })],
        env.ctx(),
      );
      write(env, 'gen/mine.txt', 'user file, in no manifest');
      return c;
    };

    it('clean: true deletes only files listed for that key that are no longer produced', async () => {
      const c = await setup();
      const res = await applyOutputs(
        [await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: { 'keep.md': 'k' } })],
        env.ctx({ clean: true }),
      );
      expect(res.files.map((f) => [f.path, f.status])).toEqual([
        ['gen/.pacto-generated.json', 'updated'],
        ['gen/keep.md', 'unchanged'],
        ['gen/old.md', 'deleted'],
        ['gen/sub/gone.md', 'deleted'],
      ]);
      expect(exists(env, 'gen/old.md')).toBe(false);
      expect(exists(env, 'gen/sub/gone.md')).toBe(false);
      // The directory the deletion left empty goes too.
      expect(exists(env, 'gen/sub')).toBe(false);
      expect(read(env, 'gen/mine.txt')).toBe('user file, in no manifest');
      expect(JSON.parse(read(env, `gen/${MANIFEST_NAME}`)).entries[0].files.map((f: { path: string }) => f.path)).toEqual(['keep.md']);
    });

    it('without clean, files no longer produced stay, and stay listed', async () => {
      const c = await setup();
      const res = await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: { 'keep.md': 'k' } })], env.ctx());
      expect(res.changed).toBe(false);
      expect(exists(env, 'gen/old.md')).toBe(true);
      expect(JSON.parse(read(env, `gen/${MANIFEST_NAME}`)).entries[0].files.map((f: { path: string }) => f.path)).toEqual([
        'keep.md',
        'old.md',
        'sub/gone.md',
      ]);
    });

    it('clean never deletes files of another key, and a key with no files left drops the manifest', async () => {
      const c = await setup();
      const other = contract(env, 'other');
      await applyOutputs([await stage(job(env, 0, other, k8s, 'gen'), env.ctx(), { returned: { 'other.yaml': 'x' } })], env.ctx());
      const res = await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), env.ctx(), {})], env.ctx({ clean: true }));
      expect(res.files.map((f) => [f.path, f.status])).toEqual([
        ['gen/.pacto-generated.json', 'updated'],
        ['gen/keep.md', 'deleted'],
        ['gen/old.md', 'deleted'],
        ['gen/sub/gone.md', 'deleted'],
      ]);
      expect(read(env, 'gen/other.yaml')).toBe('x');
      const res2 = await applyOutputs([await stage(job(env, 0, other, k8s, 'gen'), env.ctx(), {})], env.ctx({ clean: true }));
      expect(res2.files.map((f) => [f.path, f.status])).toEqual([
        ['gen/.pacto-generated.json', 'deleted'],
        ['gen/other.yaml', 'deleted'],
      ]);
      expect(fs.readdirSync(path.join(env.wd, 'gen'))).toEqual(['mine.txt']);
    });

    it('clean removes the parents a deletion leaves empty, keeps non-empty ones, and stops at the output directory', async () => {
      const c = svc();
      const files = { 'a/b/c/deep.md': 'd', 'a/keep/k.md': 'k', 'a/user/u.md': 'u', 'x/only.md': 'x' };
      await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: files })], env.ctx());
      write(env, 'gen/a/user/mine.txt', 'user file');
      const res = await applyOutputs(
        [await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: { 'a/keep/k.md': 'k' } })],
        env.ctx({ clean: true }),
      );
      expect(res.jobs[0].status).toBe('ok');
      const dirs = Object.entries(snapshot(path.join(env.wd, 'gen')))
        .filter(([, e]) => e.type === 'dir')
        .map(([p]) => p);
      expect(dirs).toEqual(['.', 'a', 'a/keep', 'a/user']);
      // Nothing left for the key: the output directory itself stays.
      const res2 = await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), env.ctx(), {})], env.ctx({ clean: true }));
      expect(res2.files.map((f) => [f.path, f.status])).toEqual([
        ['gen/.pacto-generated.json', 'deleted'],
        ['gen/a/keep/k.md', 'deleted'],
      ]);
      expect(fs.readdirSync(path.join(env.wd, 'gen'))).toEqual(['a']);
      expect(fs.readdirSync(path.join(env.wd, 'gen/a'))).toEqual(['user']);
    });

    it('a rolled-back job puts back the directories its clean removed', async () => {
      const c = svc();
      await applyOutputs(
        [await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: { 'a/b/old.md': 'o', 'z.md': 'z1' } })],
        env.ctx(),
      );
      const before = snapshot(env.wd);
      const ctx = env.ctx(
        { clean: true },
        {
          hooks: {
            beforeStep: (kind, target) => {
              if (kind === 'put' && target.endsWith(MANIFEST_NAME)) throw new Error('injected');
            },
          },
        },
      );
      const res = await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), ctx, { returned: { 'z.md': 'z2' } })], ctx);
      expect(res.jobs[0].error).toMatch(/injected \(the job's earlier changes were rolled back\)$/);
      const strip = (snap: typeof before) =>
        Object.fromEntries(Object.entries(snap).map(([k, v]) => [k, v.type === 'dir' ? { ...v, mtimeMs: 0 } : v]));
      expect(strip(snapshot(env.wd))).toEqual(strip(before));
    });

    it('ignores, with a warning, a tampered manifest that lists a protected file', async () => {
      const c = await setup();
      write(env, 'gen/pacto.yaml', 'not a contract');
      const m = JSON.parse(read(env, `gen/${MANIFEST_NAME}`));
      m.entries[0].files.push({ path: 'pacto.yaml', sha256: '0'.repeat(64) });
      write(env, `gen/${MANIFEST_NAME}`, JSON.stringify(m));
      const genContract = contract(env, 'gen');
      const ctx = env.ctx({ clean: true }, { contracts: [c, genContract] });
      const res = await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), ctx, { returned: { 'keep.md': 'k' } })], ctx);
      expect(res.jobs[0].status).toBe('ok');
      expect(res.warnings).toEqual([
        "the manifest gen/.pacto-generated.json was ignored: it lists pacto.yaml, which is gen/pacto.yaml (the contract). Nothing it lists was cleaned; it is replaced by one listing this run's files",
      ]);
      expect(read(env, 'gen/pacto.yaml')).toBe('not a contract');
      // Ignored as a whole: not even its honest entries are cleaned.
      expect(exists(env, 'gen/old.md')).toBe(true);
      expect(JSON.parse(read(env, `gen/${MANIFEST_NAME}`)).entries[0].files.map((f: { path: string }) => f.path)).toEqual(['keep.md']);
    });
  });

  describe('hostile outputs', () => {
    it('refuses to write through a symlinked parent that points outside the output directory', async () => {
      const outside = path.join(env.root, 'outside');
      fs.mkdirSync(outside);
      fs.mkdirSync(path.join(env.wd, 'gen'));
      fs.symlinkSync(outside, path.join(env.wd, 'gen', 'sub'));
      for (const mode of ['generate', 'check'] as const) {
        const ctx = env.ctx({ mode });
        const res = await applyOutputs(
          [await stage(job(env, 0, svc(), readme, 'gen'), ctx, { returned: { 'ok.md': 'x', 'sub/x': 'evil' } })],
          ctx,
        );
        expect(res.jobs[0].status).toBe('failed');
        expect(res.jobs[0].error).toMatch(
          /"sub\/x" would be written to .*outside\/x, outside the output directory gen, through a symbolic link/,
        );
        expect(fs.readdirSync(outside)).toEqual([]);
        expect(exists(env, 'gen/ok.md')).toBe(false);
      }
    });

    it('allows a symlinked parent that stays inside the output directory', async () => {
      fs.mkdirSync(path.join(env.wd, 'gen/real'), { recursive: true });
      fs.symlinkSync('real', path.join(env.wd, 'gen', 'alias'));
      const res = await applyOutputs(
        [await stage(job(env, 0, svc(), readme, 'gen'), env.ctx(), { returned: { 'alias/x': 'ok' } })],
        env.ctx(),
      );
      expect(res.jobs[0].status).toBe('ok');
      expect(read(env, 'gen/real/x')).toBe('ok');
    });

    it('refuses an output directory that is a symlink out of the working tree', async () => {
      const outside = path.join(env.root, 'elsewhere');
      fs.mkdirSync(outside);
      fs.symlinkSync(outside, path.join(env.wd, 'gen'));
      const res = await applyOutputs([await stage(job(env, 0, svc(), readme, 'gen'), env.ctx(), { returned: { x: 'evil' } })], env.ctx());
      expect(res.jobs[0].error).toMatch(/resolves to .*elsewhere through a symbolic link, outside the working directory/);
      expect(fs.readdirSync(outside)).toEqual([]);
    });

    it('refuses to overwrite a discovered pacto.yaml or a referenced file', async () => {
      write(env, 'svc/pacto.yaml', 'contract');
      write(env, 'svc/openapi.yaml', 'api');
      const c = svc();
      const ctx = env.ctx({}, { contracts: [c] });
      const res = await applyOutputs(
        [
          await stage(job(env, 0, c, readme, 'svc'), ctx, { returned: { 'pacto.yaml': 'evil', 'x.md': 'x' } }),
          await stage(job(env, 1, c, k8s, 'svc'), ctx, { returned: { 'openapi.yaml': 'evil' } }),
        ],
        ctx,
      );
      expect(res.jobs[0].error).toBe(
        'svc/pacto.yaml would overwrite svc/pacto.yaml (the contract); a generated file must not replace a pacto.yaml or a file a contract references',
      );
      expect(res.jobs[1].error).toMatch(/svc\/openapi.yaml would overwrite svc\/openapi.yaml \(a file referenced by svc\/pacto.yaml\)/);
      expect(read(env, 'svc/pacto.yaml')).toBe('contract');
      expect(read(env, 'svc/openapi.yaml')).toBe('api');
      expect(exists(env, 'svc/x.md')).toBe(false);
    });

    it('refuses to write into .git, even when the output directory is the working directory', async () => {
      fs.mkdirSync(path.join(env.wd, '.git/hooks'), { recursive: true });
      const res = await applyOutputs(
        [await stage(job(env, 0, svc(), readme, '.'), env.ctx(), { returned: { '.git/hooks/pre-commit': '#!/bin/sh\nevil' } })],
        env.ctx(),
      );
      expect(res.jobs[0].error).toBe(".git/hooks/pre-commit is inside a .git directory; generated files must not touch git's own files");
      expect(fs.readdirSync(path.join(env.wd, '.git/hooks'))).toEqual([]);
    });

    it('refuses a generated file named like the manifest', async () => {
      const res = await applyOutputs(
        [await stage(job(env, 0, svc(), readme, 'gen'), env.ctx(), { returned: { [MANIFEST_NAME]: '{}' } })],
        env.ctx(),
      );
      expect(res.jobs[0].error).toMatch(/is the manifest of the output directory gen/);
      expect(exists(env, 'gen')).toBe(false);
    });

    it('two jobs writing one target: the later job fails, naming both', async () => {
      const a = contract(env, 'a');
      const b = contract(env, 'b');
      const ctx = env.ctx();
      const res = await applyOutputs(
        [
          await stage(job(env, 0, a, readme, 'gen'), ctx, { returned: { 'x.md': 'from a' } }),
          await stage(job(env, 1, b, readme, 'gen'), ctx, { returned: { 'y.md': 'y', 'x.md': 'from b' } }),
        ],
        ctx,
      );
      const msg =
        'two jobs write the same file: plugin readme for b/pacto.yaml writes gen/x.md, and plugin readme for a/pacto.yaml already writes gen/x.md';
      expect(res.errors).toEqual([msg]);
      expect(res.jobs.map((j) => j.status)).toEqual(['ok', 'failed']);
      expect(res.jobs[1].error).toBe(msg);
      expect(read(env, 'gen/x.md')).toBe('from a');
      expect(exists(env, 'gen/y.md')).toBe(false);
    });

    it('collisions compare case-insensitively on darwin and win32 only', async () => {
      const a = contract(env, 'a');
      const b = contract(env, 'b');
      for (const [platform, clash] of [
        ['darwin', true],
        ['win32', true],
        ['linux', false],
      ] as const) {
        const ctx = env.ctx({}, { platform });
        const res = await applyOutputs(
          [
            await stage(job(env, 0, a, readme, `gen-${platform}`), ctx, { returned: { 'README.md': 'a' } }),
            await stage(job(env, 1, b, readme, `gen-${platform}`), ctx, { returned: { 'readme.md': 'b' } }),
          ],
          ctx,
        );
        expect(res.errors.length).toBe(clash ? 1 : 0);
        if (clash)
          expect(res.errors[0]).toMatch(
            /gen-\w+\/readme.md, and .* already writes gen-\w+\/README.md \(the same file on a case-insensitive filesystem\)/,
          );
      }
    });

    it('two files of one job differing only in case collide on darwin', async () => {
      const ctx = env.ctx({}, { platform: 'darwin' });
      const res = await applyOutputs(
        [await stage(job(env, 0, svc(), readme, 'gen'), ctx, { returned: { 'A.md': 'a', 'a.md': 'b' } })],
        ctx,
      );
      expect(res.jobs[0].error).toBe('gen/A.md and gen/a.md are the same file on a case-insensitive filesystem; return one of them');
      expect(exists(env, 'gen')).toBe(false);
    });

    it('a directory where a file should go fails the job before anything is written', async () => {
      fs.mkdirSync(path.join(env.wd, 'gen/b.md'), { recursive: true });
      const res = await applyOutputs(
        [await stage(job(env, 0, svc(), readme, 'gen'), env.ctx(), { returned: { 'a.md': 'a', 'b.md': 'b' } })],
        env.ctx(),
      );
      expect(res.jobs[0].error).toBe('cannot write gen/b.md: a directory is in the way');
      expect(exists(env, 'gen/a.md')).toBe(false);
    });

    it('replaces a symlink at a target instead of writing through it', async () => {
      const victim = path.join(env.root, 'victim');
      fs.writeFileSync(victim, 'precious');
      fs.mkdirSync(path.join(env.wd, 'gen'));
      fs.symlinkSync(victim, path.join(env.wd, 'gen/a.md'));
      const res = await applyOutputs(
        [await stage(job(env, 0, svc(), readme, 'gen'), env.ctx(), { returned: { 'a.md': 'new' } })],
        env.ctx(),
      );
      expect(res.files.find((f) => f.path === 'gen/a.md')?.status).toBe('updated');
      expect(fs.lstatSync(path.join(env.wd, 'gen/a.md')).isFile()).toBe(true);
      expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
    });
  });

  describe('failures', () => {
    it('rolls back a job that fails half-way and leaves earlier outputs intact', async () => {
      const c = svc();
      await applyOutputs(
        [await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: { 'a.md': 'a1', 'b.md': 'b1', 'c.md': 'c1' } })],
        env.ctx({ clean: true }),
      );
      const before = snapshot(env.wd);
      let puts = 0;
      const ctx = env.ctx(
        { clean: true },
        {
          hooks: {
            beforeStep: (kind) => {
              if (kind === 'put' && ++puts === 3) throw new Error('disk full (injected)');
            },
          },
        },
      );
      const res = await applyOutputs(
        [await stage(job(env, 0, c, readme, 'gen'), ctx, { returned: { 'a.md': 'a2', 'new/d.md': 'd', 'z.md': 'z' } })],
        ctx,
      );
      expect(res.jobs[0].status).toBe('failed');
      expect(res.jobs[0].error).toMatch(
        /could not write the outputs of plugin readme for svc\/pacto.yaml: disk full \(injected\) \(the job's earlier changes were rolled back\)/,
      );
      expect(res.jobs[0].files).toEqual([]);
      expect(res.files).toEqual([]);
      expect(res.changed).toBe(false);
      const after = snapshot(env.wd);
      // Directory mtimes change when entries come and go; contents, modes and file mtimes do not.
      const strip = (s: typeof before) =>
        Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.type === 'dir' ? { ...v, mtimeMs: 0 } : v]));
      expect(strip(after)).toEqual(strip(before));
      expect(stagingLeft()).toEqual([]);
    });

    it('a failing job does not stop later jobs, and earlier jobs stay applied', async () => {
      const c = svc();
      let n = 0;
      const ctx = env.ctx(
        {},
        {
          hooks: {
            beforeStep: (_k, target) => {
              if (target.includes('/two/') && ++n === 1) throw new Error('boom');
            },
          },
        },
      );
      const res = await applyOutputs(
        [
          await stage(job(env, 0, c, readme, 'one'), ctx, { returned: { 'a.md': '1' } }),
          await stage(job(env, 1, c, k8s, 'two'), ctx, { returned: { 'a.md': '2' } }),
          await stage(job(env, 2, contract(env, 'x'), readme, 'three'), ctx, { returned: { 'a.md': '3' } }),
        ],
        ctx,
      );
      expect(res.jobs.map((j) => j.status)).toEqual(['ok', 'failed', 'ok']);
      expect(read(env, 'one/a.md')).toBe('1');
      expect(exists(env, 'two')).toBe(false);
      expect(read(env, 'three/a.md')).toBe('3');
    });

    it('failed and skipped jobs write nothing, keep their manifest entries, and have their staging removed', async () => {
      const c = svc();
      await applyOutputs([await stage(job(env, 0, c, readme, 'gen'), env.ctx(), { returned: { 'a.md': 'a' } })], env.ctx());
      const manifest = read(env, `gen/${MANIFEST_NAME}`);
      const ctx = env.ctx({ clean: true });
      const staged = await stage(job(env, 0, c, readme, 'gen'), ctx, { returned: { 'b.md': 'b' } });
      const failure: JobFailure = {
        job: staged.job,
        status: 'failed',
        error: 'plugin readme for svc/pacto.yaml exited with status 3',
        exitCode: 3,
        signal: null,
        stderrTail: 'bad',
        durationMs: 5,
        stagingDir: staged.stagingDir,
      };
      const skipped: SkippedJob = {
        job: job(env, 1, contract(env, 'bad'), readme, 'bad-out'),
        status: 'skipped',
        reason: 'the contract is invalid',
      };
      const res = await applyOutputs([failure, skipped], ctx);
      expect(res.jobs.map((j) => [j.status, j.error ?? '', j.message])).toEqual([
        ['failed', 'plugin readme for svc/pacto.yaml exited with status 3', ''],
        ['skipped', '', 'the contract is invalid'],
      ]);
      expect(res.jobs[0].stderrTail).toBe('bad');
      expect(res.files).toEqual([]);
      expect(read(env, 'gen/a.md')).toBe('a');
      expect(read(env, `gen/${MANIFEST_NAME}`)).toBe(manifest);
      expect(stagingLeft()).toEqual([]);
    });

    it('an unreadable manifest fails the jobs of that directory and is reported once', async () => {
      write(env, `gen/${MANIFEST_NAME}`, '{not json');
      const ctx = env.ctx({ clean: true });
      const res = await applyOutputs(
        [
          await stage(job(env, 0, svc(), readme, 'gen'), ctx, { returned: { 'a.md': 'a' } }),
          await stage(job(env, 1, svc(), k8s, 'gen'), ctx, { returned: { 'b.md': 'b' } }),
        ],
        ctx,
      );
      expect(res.errors).toHaveLength(1);
      expect(res.errors[0]).toMatch(/the manifest gen\/.pacto-generated.json cannot be read: it is not valid JSON/);
      expect(res.jobs.map((j) => j.status)).toEqual(['failed', 'failed']);
      expect(exists(env, 'gen/a.md')).toBe(false);
    });
  });
});

export type { JobOutput };
