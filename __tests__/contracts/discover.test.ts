import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverBundles, DiscoveryInputError } from '../../src/contracts/discover.js';

let root: string;
let wd: string;

function touch(rel: string, content = 'pactoVersion: "1.0"\n'): void {
  const p = path.join(wd, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}

async function discover(patterns: string[], shard: { index: number; total: number } | null = null) {
  return discoverBundles({ workingDirectory: wd, patterns, shard });
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'discover-'));
  wd = path.join(root, 'wd');
  fs.mkdirSync(wd);
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('default pattern **/pacto.yaml', () => {
  it('finds every pacto.yaml, hidden directories included, sorted in byte order, with absolute paths', async () => {
    touch('services/b/pacto.yaml');
    touch('services/a-b/pacto.yaml');
    touch('services/a/pacto.yaml');
    touch('services/a/nested/pacto.yaml');
    touch('Zeta/pacto.yaml');
    touch('.hidden/x/pacto.yaml');
    touch('pacto.yaml');
    touch('services/a/other.yaml');
    const r = await discover(['**/pacto.yaml']);
    // Byte order of the contract file's path: '.' (0x2e) < 'Z' < 'p', and '-' < '/' < 'n' < 'p'.
    expect(r.bundles.map((b) => b.file)).toEqual([
      '.hidden/x/pacto.yaml',
      'Zeta/pacto.yaml',
      'pacto.yaml',
      'services/a-b/pacto.yaml',
      'services/a/nested/pacto.yaml',
      'services/a/pacto.yaml',
      'services/b/pacto.yaml',
    ]);
    expect(r.matched).toBe(7);
    const a = r.bundles.find((b) => b.bundle === 'services/a')!;
    expect(a).toEqual({
      file: 'services/a/pacto.yaml',
      bundle: 'services/a',
      absFile: path.join(wd, 'services/a/pacto.yaml'),
      absDir: path.join(wd, 'services/a'),
    });
  });

  it('prunes node_modules and .git during the walk: their directories are never read', async () => {
    touch('svc/pacto.yaml');
    touch('node_modules/pkg/pacto.yaml');
    touch('deep/node_modules/pkg/sub/pacto.yaml');
    touch('.git/objects/pacto.yaml');
    touch('sub/.git/x/pacto.yaml');
    const read: string[] = [];
    const spy = {
      readdir: ((p: string, o: unknown, cb: unknown) => {
        read.push(String(p));
        return (fs.readdir as unknown as (...a: unknown[]) => void)(p, o, cb);
      }) as unknown as typeof fs.readdir,
    };
    const r = await discoverBundles({ workingDirectory: wd, patterns: ['**/pacto.yaml'], shard: null, fs: spy });
    expect(r.bundles.map((b) => b.file)).toEqual(['svc/pacto.yaml']);
    // The walk did happen through the spy...
    expect(read.some((p) => p.includes(`${path.sep}svc`))).toBe(true);
    expect(read.some((p) => p.includes('deep'))).toBe(true);
    // ...but never entered a pruned directory.
    expect(read.filter((p) => /node_modules|[\\/]\.git([\\/]|$)/.test(p))).toEqual([]);
  });
});

describe('directory patterns', () => {
  it('treats a matched directory as a bundle, without expanding its descendants', async () => {
    touch('services/api/pacto.yaml');
    touch('services/api/nested/pacto.yaml');
    touch('services/db/pacto.yaml');
    touch('services/README.md');
    fs.mkdirSync(path.join(wd, 'services/empty'));
    const r = await discover(['services/*']);
    expect(r.bundles.map((b) => [b.bundle, b.file, b.loadError !== undefined])).toEqual([
      ['services/api', 'services/api/pacto.yaml', false],
      ['services/db', 'services/db/pacto.yaml', false],
      ['services/empty', 'services/empty/pacto.yaml', true],
    ]);
    expect(r.bundles[2].loadError).toMatch(/services\/empty.*no pacto\.yaml/);
  });

  it('does not take directories from a pattern ending in **', async () => {
    touch('services/api/pacto.yaml');
    touch('services/api/nested/pacto.yaml');
    fs.mkdirSync(path.join(wd, 'services/empty'));
    const r = await discover(['services/**']);
    expect(r.bundles.map((b) => b.bundle)).toEqual(['services/api/nested', 'services/api']);
    expect(r.bundles.every((b) => b.loadError === undefined)).toBe(true);
  });

  it('counts svc and svc/pacto.yaml as one bundle, and accepts ./ and trailing slashes', async () => {
    touch('svc/pacto.yaml');
    const r = await discover(['svc', './svc/pacto.yaml', 'svc/']);
    expect(r.bundles).toHaveLength(1);
    expect(r.bundles[0]).toMatchObject({ bundle: 'svc', file: 'svc/pacto.yaml' });
    expect(r.matched).toBe(1);
  });

  it('takes the working directory itself with "."', async () => {
    touch('pacto.yaml');
    const r = await discover(['.']);
    expect(r.bundles).toEqual([{ file: 'pacto.yaml', bundle: '.', absFile: path.join(wd, 'pacto.yaml'), absDir: wd }]);
  });
});

describe('files not named pacto.yaml', () => {
  it('reports a literal pattern naming another file as a load error', async () => {
    touch('svc/contract.yaml');
    const r = await discover(['svc/contract.yaml']);
    expect(r.bundles).toHaveLength(1);
    expect(r.bundles[0]).toMatchObject({ file: 'svc/contract.yaml', bundle: 'svc' });
    expect(r.bundles[0].loadError).toMatch(/only from pacto\.yaml/);
  });

  it('ignores other files matched by a wildcard', async () => {
    touch('svc/contract.yaml');
    touch('svc/pacto.yaml');
    const r = await discover(['svc/*.yaml']);
    expect(r.bundles.map((b) => b.file)).toEqual(['svc/pacto.yaml']);
  });

  it('finds nothing for a literal path that does not exist', async () => {
    const r = await discover(['missing/pacto.yaml']);
    expect(r).toEqual({ bundles: [], matched: 0 });
  });
});

describe('negation', () => {
  it('excludes bundles by directory or by file pattern', async () => {
    touch('services/a/pacto.yaml');
    touch('services/b/pacto.yaml');
    touch('services/c/pacto.yaml');
    touch('legacy/old/pacto.yaml');
    const r = await discover(['**/pacto.yaml', '!services/b', '!legacy/**']);
    expect(r.bundles.map((b) => b.bundle)).toEqual(['services/a', 'services/c']);
    const d = await discover(['services/*', '!services/c']);
    expect(d.bundles.map((b) => b.bundle)).toEqual(['services/a', 'services/b']);
  });
});

describe('outside the working directory', () => {
  it('is an input error for ../ and absolute patterns that match', async () => {
    fs.mkdirSync(path.join(root, 'other/svc'), { recursive: true });
    fs.writeFileSync(path.join(root, 'other/svc/pacto.yaml'), 'x');
    await expect(discover(['../other/*/pacto.yaml'])).rejects.toThrow(DiscoveryInputError);
    await expect(discover([path.join(root, 'other/*')])).rejects.toThrow(/outside the working directory/);
  });

  it('counts a bundle matched as a directory and as its pacto.yaml once', async () => {
    fs.mkdirSync(path.join(root, 'other/svc'), { recursive: true });
    fs.writeFileSync(path.join(root, 'other/svc/pacto.yaml'), 'x');
    await expect(discover(['../other/*'])).rejects.toThrow(/matched 1 path\(s\) outside the working directory .* \(\.\.\/other\/svc\)\./);
  });

  it('is no error when such a pattern matches nothing', async () => {
    touch('svc/pacto.yaml');
    const r = await discover(['**/pacto.yaml', '../nowhere/*']);
    expect(r.matched).toBe(1);
  });
});

describe('symlinks', () => {
  it('follows symlinked directories, reporting their path inside the working directory', async () => {
    fs.mkdirSync(path.join(root, 'shared/lib'), { recursive: true });
    fs.writeFileSync(path.join(root, 'shared/lib/pacto.yaml'), 'x');
    fs.symlinkSync(path.join(root, 'shared'), path.join(wd, 'linked'));
    const r = await discover(['**/pacto.yaml']);
    expect(r.bundles.map((b) => b.file)).toEqual(['linked/lib/pacto.yaml']);
    expect(r.bundles[0].absFile).toBe(path.join(wd, 'linked/lib/pacto.yaml'));
  });

  it('stops at a cycle and reports each contract once, by its path without symlinks', async () => {
    touch('svc/pacto.yaml');
    touch('more/deep/pacto.yaml');
    fs.symlinkSync('..', path.join(wd, 'more/up'));
    fs.symlinkSync(wd, path.join(wd, 'svc/self'));
    const r = await discover(['**/pacto.yaml']);
    expect(r.bundles.map((b) => b.file)).toEqual(['more/deep/pacto.yaml', 'svc/pacto.yaml']);
  });

  it('keeps one bundle for two names of one directory', async () => {
    touch('services/real/pacto.yaml');
    fs.symlinkSync('real', path.join(wd, 'services/alias'));
    const r = await discover(['services/*']);
    expect(r.bundles.map((b) => b.bundle)).toEqual(['services/real']);
  });
});

describe('shard', () => {
  beforeEach(() => {
    for (const n of ['a', 'b', 'c', 'd', 'e']) touch(`s/${n}/pacto.yaml`);
  });

  it('takes index % n == i-1 of the sorted bundles and counts matches before sharding', async () => {
    const r = await discover(['s/*'], { index: 2, total: 3 });
    expect(r.bundles.map((b) => b.bundle)).toEqual(['s/b', 's/e']);
    expect(r.matched).toBe(5);
    const all = await Promise.all([1, 2, 3].map((i) => discover(['s/*'], { index: i, total: 3 })));
    expect(all.flatMap((x) => x.bundles.map((b) => b.bundle)).sort()).toEqual(['s/a', 's/b', 's/c', 's/d', 's/e']);
  });

  it('can be empty while matches exist', async () => {
    const r = await discover(['s/*'], { index: 7, total: 7 });
    expect(r).toEqual({ bundles: [], matched: 5 });
  });
});

describe('symlinked bundle directories in the directory form', () => {
  it('matches a literal link to a bundle directory, under the link name', async () => {
    touch('real/pacto.yaml');
    fs.symlinkSync('real', path.join(wd, 'link'));
    const r = await discover(['link']);
    expect(r.bundles).toEqual([
      { file: 'link/pacto.yaml', bundle: 'link', absFile: path.join(wd, 'link/pacto.yaml'), absDir: path.join(wd, 'link') },
    ]);
  });

  it('matches a link through a wildcard, and keeps one bundle beside its target', async () => {
    touch('real/pacto.yaml');
    fs.symlinkSync('real', path.join(wd, 'link'));
    expect((await discover(['l*'])).bundles.map((b) => b.bundle)).toEqual(['link']);
    expect((await discover(['*'])).bundles.map((b) => b.bundle)).toEqual(['real']);
  });

  it('gives a literal link to a directory without pacto.yaml its load error', async () => {
    fs.mkdirSync(path.join(wd, 'empty'));
    fs.symlinkSync('empty', path.join(wd, 'emptylink'));
    const r = await discover(['emptylink']);
    expect(r.bundles.map((b) => [b.bundle, b.file])).toEqual([['emptylink', 'emptylink/pacto.yaml']]);
    expect(r.bundles[0].loadError).toMatch(/directory emptylink was matched as a bundle but has no pacto\.yaml/);
  });

  it('gives a link matched by a wildcard to a directory without pacto.yaml its load error too', async () => {
    touch('services/api/pacto.yaml');
    fs.mkdirSync(path.join(wd, 'empty'));
    fs.symlinkSync('../empty', path.join(wd, 'services/elink'));
    fs.symlinkSync('../services/api/pacto.yaml', path.join(wd, 'services/filelink'));
    const r = await discover(['services/*']);
    expect(r.bundles.map((b) => [b.bundle, b.loadError !== undefined])).toEqual([
      ['services/api', false],
      ['services/elink', true],
    ]);
    expect(r.bundles[1].loadError).toMatch(/directory services\/elink was matched as a bundle but has no pacto\.yaml/);
    expect((await discover(['services/*', '!services/elink'])).bundles.map((b) => b.bundle)).toEqual(['services/api']);
    expect((await discover(['**/pacto.yaml'])).bundles.map((b) => b.bundle)).toEqual(['services/api']);
  });

  it('judges a link to a directory outside on the path as written: inside is fine, ../ is an input error', async () => {
    fs.mkdirSync(path.join(root, 'out/ext'), { recursive: true });
    fs.writeFileSync(path.join(root, 'out/ext/pacto.yaml'), 'x');
    fs.symlinkSync(path.join(root, 'out/ext'), path.join(wd, 'extlink'));
    const r = await discover(['extlink']);
    expect(r.bundles.map((b) => [b.bundle, b.absFile])).toEqual([['extlink', path.join(wd, 'extlink/pacto.yaml')]]);
    // The same bundle as `**/pacto.yaml` finds it.
    expect((await discover(['**/pacto.yaml'])).bundles.map((b) => b.bundle)).toEqual(['extlink']);
    await expect(discover(['../out/ext'])).rejects.toThrow(DiscoveryInputError);
  });

  it('stops at a link cycle and keeps each contract once', async () => {
    touch('pacto.yaml');
    touch('real/pacto.yaml');
    fs.symlinkSync('.', path.join(wd, 'self'));
    fs.symlinkSync('..', path.join(wd, 'real/up'));
    const r = await discover(['*', '.', 'self', 'real/up/real']);
    expect(r.bundles.map((b) => b.bundle)).toEqual(['.', 'real']);
  });

  it('does not take a pruned directory named literally', async () => {
    touch('node_modules/pkg/pacto.yaml');
    expect((await discover(['node_modules/pkg'])).bundles).toEqual([]);
  });

  it('counts a directory named pacto.yaml as its parent bundle, once, with an error', async () => {
    touch('svc/pacto.yaml/x');
    for (const patterns of [['*'], ['**/pacto.yaml'], ['svc']]) {
      const r = await discover(patterns);
      expect(r.bundles.map((b) => [b.bundle, b.file])).toEqual([['svc', 'svc/pacto.yaml']]);
      expect(r.bundles[0].loadError).toMatch(/svc\/pacto\.yaml is a directory/);
    }
  });
});

describe('negating either form of a bundle', () => {
  beforeEach(() => {
    for (const n of ['inventory', 'orders']) touch(`services/${n}/pacto.yaml`);
  });

  it('drops a directory-form match negated by its file path', async () => {
    for (const neg of ['!services/inventory/pacto.yaml', '!./services/inventory/pacto.yaml', '!**/inventory/pacto.yaml']) {
      const r = await discover(['services/*', neg]);
      expect(r.bundles.map((b) => b.bundle)).toEqual(['services/orders']);
    }
  });

  it('drops a file-form match negated by its directory, and a literal link negated by name', async () => {
    expect((await discover(['services/*/pacto.yaml', '!services/inventory'])).bundles.map((b) => b.bundle)).toEqual(['services/orders']);
    fs.symlinkSync('services/orders', path.join(wd, 'link'));
    expect((await discover(['link', '!link'])).bundles).toEqual([]);
    expect((await discover(['link', '!link/pacto.yaml'])).bundles).toEqual([]);
  });

  it('leaves a double negation alone, as tinyglobby does', async () => {
    const r = await discover(['services/*', '!!services/inventory']);
    expect(r.bundles.map((b) => b.bundle)).toEqual(['services/inventory', 'services/orders']);
  });
});

describe('order: byte order of the contract file path', () => {
  beforeEach(() => {
    for (const d of ['a', 'a-b', 'a/b']) touch(`${d}/pacto.yaml`);
  });

  it.each([[['**/pacto.yaml']], [['a', 'a-b', 'a/b']], [['a/b', 'a-b', 'a']]])('%j sorts a-b/, a/b/, a/', async (patterns) => {
    const r = await discover(patterns);
    expect(r.bundles.map((b) => b.file)).toEqual(['a-b/pacto.yaml', 'a/b/pacto.yaml', 'a/pacto.yaml']);
  });

  it('assigns shards over that order', async () => {
    expect((await discover(['**/pacto.yaml'], { index: 1, total: 2 })).bundles.map((b) => b.bundle)).toEqual(['a-b', 'a']);
    expect((await discover(['**/pacto.yaml'], { index: 2, total: 2 })).bundles.map((b) => b.bundle)).toEqual(['a/b']);
  });
});

describe('advice for a literal file not named pacto.yaml', () => {
  it('suggests the directory only when it holds pacto.yaml', async () => {
    touch('with/contract.yaml');
    touch('with/pacto.yaml');
    touch('without/contract.yaml');
    const [w] = (await discover(['with/contract.yaml'])).bundles;
    expect(w.loadError).toMatch(/give its directory \(with\) instead, which holds pacto\.yaml/);
    const [wo] = (await discover(['without/contract.yaml'])).bundles;
    expect(wo.loadError).toMatch(/name it pacto\.yaml or point at the bundle directory that holds it/);
    expect(wo.loadError).not.toMatch(/give its directory/);
  });
});
