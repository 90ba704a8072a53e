import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { collectJobFiles } from '../../src/outputs/index.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pacto-collect-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('collectJobFiles', () => {
  it('writes returned files as UTF-8 and lists them sorted with direct files', async () => {
    await fs.mkdir(path.join(dir, 'bin'));
    await fs.writeFile(path.join(dir, 'bin', 'logo.png'), Buffer.from([0x89, 0x50, 0x00, 0xff]));
    const r = await collectJobFiles(dir, [
      { path: 'z.md', content: 'héllo ✓\n' },
      { path: 'a/b.txt', content: '' },
    ]);
    expect(r).toEqual({
      files: [
        { path: 'a/b.txt', direct: false },
        { path: 'bin/logo.png', direct: true },
        { path: 'z.md', direct: false },
      ],
    });
    expect(await fs.readFile(path.join(dir, 'z.md'))).toEqual(Buffer.from('héllo ✓\n', 'utf8'));
    expect(await fs.readFile(path.join(dir, 'a/b.txt'), 'utf8')).toBe('');
  });

  it.each(['../x', '/etc/x', 'a/../../x', 'a\\b', 'a\0b', ''])('refuses %j and writes nothing', async (bad) => {
    const r = await collectJobFiles(dir, [
      { path: 'ok.txt', content: 'x' },
      { path: bad, content: 'evil' },
    ]);
    expect('error' in r && r.error).toMatch(/^files\[1\]: plugin file path/);
    expect(await fs.readdir(dir)).toEqual([]);
    await expect(fs.access(path.join(dir, '..', 'x'))).rejects.toThrow();
  });

  it('names both entries of a duplicate path', async () => {
    const r = await collectJobFiles(dir, [
      { path: 'a.txt', content: '1' },
      { path: 'b.txt', content: '2' },
      { path: 'a.txt', content: '3' },
    ]);
    expect(r).toEqual({ error: 'files[0] and files[2] both have path "a.txt"; return each path once' });
  });

  it('refuses a path that must be a file and a directory at once', async () => {
    const r = await collectJobFiles(dir, [
      { path: 'a', content: '1' },
      { path: 'a/b', content: '2' },
    ]);
    expect('error' in r && r.error).toMatch(/files\[0\] \("a"\) and files\[1\] \("a\/b"\) conflict/);
  });

  it('refuses a path both returned and written directly', async () => {
    await fs.writeFile(path.join(dir, 'out.txt'), 'direct');
    const r = await collectJobFiles(dir, [{ path: 'out.txt', content: 'returned' }]);
    expect('error' in r && r.error).toMatch(
      /"out.txt" was both returned in the response \(files\[0\]\) and written into outputDir directly/,
    );
    expect(await fs.readFile(path.join(dir, 'out.txt'), 'utf8')).toBe('direct');
  });

  it('refuses a symlink written into outputDir', async () => {
    await fs.mkdir(path.join(dir, 'sub'));
    await fs.symlink('/etc/passwd', path.join(dir, 'sub', 'link'));
    const r = await collectJobFiles(dir, []);
    expect('error' in r && r.error).toMatch(/symbolic link "sub\/link"/);
  });

  it('refuses a special file written into outputDir', async () => {
    const sock = path.join(dir, 's.sock');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const r = await collectJobFiles(dir, []);
      expect('error' in r && r.error).toMatch(/"s.sock" into its outputDir, which is not a regular file/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a directly written file whose name breaks the rules', async () => {
    await fs.writeFile(path.join(dir, 'a\\b'), 'x');
    const r = await collectJobFiles(dir, []);
    expect('error' in r && r.error).toMatch(/backslash/);
  });
});
