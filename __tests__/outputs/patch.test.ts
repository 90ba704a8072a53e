import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { filePatch, gitBlobId, hunks, quotePath, type Side } from '../../src/outputs/patch.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-patch-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A small deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomText(r: () => number, words: string[]): string {
  const n = Math.floor(r() * 30);
  const lines = Array.from({ length: n }, () => words[Math.floor(r() * words.length)]);
  let text = lines.join(r() < 0.5 ? '\n' : '\r\n');
  if (n > 0 && r() < 0.7) text += '\n';
  return text;
}

function mutate(r: () => number, text: string, words: string[]): string {
  const lines = text.split('\n');
  const edits = Math.floor(r() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (lines.length + 1));
    const what = r();
    if (what < 0.33) lines.splice(at, 1);
    else if (what < 0.66) lines.splice(at, 0, words[Math.floor(r() * words.length)]);
    else lines[Math.min(at, lines.length - 1)] = words[Math.floor(r() * words.length)];
  }
  let out = lines.join('\n');
  if (r() < 0.2) out = out.endsWith('\n') ? out.slice(0, -1) : `${out}\n`;
  return out;
}

function apply(): void {
  execFileSync('git', ['apply', 'p.patch'], { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir }, stdio: 'pipe' });
}

const file = (s: string | Buffer): Side => ({ kind: 'file', content: Buffer.isBuffer(s) ? s : Buffer.from(s, 'utf8'), executable: false });

describe('patch', () => {
  it('git apply turns every random old text into the new one (200 files, one patch)', () => {
    const r = rng(42);
    const words = ['a', 'b', 'c', 'd', 'alpha', 'beta', '', '  x', 'é', '}'];
    const cases: { name: string; from: string | null; to: string | null }[] = [];
    for (let i = 0; i < 200; i++) {
      const from = randomText(r, words);
      const to = mutate(r, from, words);
      const kind = r();
      cases.push({ name: `f ${i} ü.txt`, from: kind < 0.1 ? null : from, to: kind > 0.95 ? null : to });
    }
    let patch = '';
    for (const c of cases) {
      if (c.from !== null) fs.writeFileSync(path.join(dir, c.name), c.from);
      patch += filePatch(c.name, c.from === null ? { kind: 'absent' } : file(c.from), c.to === null ? { kind: 'absent' } : file(c.to));
    }
    fs.writeFileSync(path.join(dir, 'p.patch'), Buffer.from(patch, 'latin1'));
    apply();
    for (const c of cases) {
      const p = path.join(dir, c.name);
      if (c.to === null) expect(fs.existsSync(p)).toBe(false);
      else expect(fs.readFileSync(p, 'utf8')).toBe(c.to);
    }
  });

  it('falls back to one whole-file hunk for huge differences, which still applies', () => {
    const r = rng(7);
    const a = Array.from({ length: 3000 }, () => `${Math.floor(r() * 1e6)}\n`).join('');
    const b = Array.from({ length: 3000 }, () => `${Math.floor(r() * 1e6)}\n`).join('');
    fs.writeFileSync(path.join(dir, 'big'), a);
    const patch = filePatch('big', file(a), file(b));
    expect(patch.match(/^@@/gm)).toHaveLength(1);
    fs.writeFileSync(path.join(dir, 'p.patch'), Buffer.from(patch, 'latin1'));
    apply();
    expect(fs.readFileSync(path.join(dir, 'big'), 'utf8')).toBe(b);
  });

  it('binary files and invalid UTF-8 survive the round trip', () => {
    const bin = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));
    const bin2 = Buffer.concat([bin.subarray(0, 1000), Buffer.from([0, 0, 0]), bin.subarray(1500)]);
    const latin = Buffer.from([0x61, 0xff, 0xfe, 0x0a, 0x62, 0x0a]);
    fs.writeFileSync(path.join(dir, 'b.bin'), bin);
    fs.writeFileSync(path.join(dir, 'l.txt'), latin);
    const patch =
      filePatch('b.bin', file(bin), file(bin2)) +
      filePatch('l.txt', file(latin), file(Buffer.from([0x61, 0xff, 0x0a]))) +
      filePatch('new.bin', { kind: 'absent' }, file(bin));
    fs.writeFileSync(path.join(dir, 'p.patch'), Buffer.from(patch, 'latin1'));
    apply();
    expect(fs.readFileSync(path.join(dir, 'b.bin'))).toEqual(bin2);
    expect(fs.readFileSync(path.join(dir, 'new.bin'))).toEqual(bin);
    expect(fs.readFileSync(path.join(dir, 'l.txt'))).toEqual(Buffer.from([0x61, 0xff, 0x0a]));
  });

  it('prints minimal hunks with three lines of context', () => {
    const old =
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'].join('\n') + '\n';
    const neu = old.replace('5\n', 'five\n').replace('18\n', '');
    expect(hunks(old, neu)).toBe('@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n@@ -15,6 +15,5 @@\n 15\n 16\n 17\n-18\n 19\n 20\n');
    expect(hunks('a', 'a\n')).toBe('@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n');
    expect(hunks('', 'x\n')).toBe('@@ -0,0 +1 @@\n+x\n');
  });

  it('quotes paths as git does and computes blob ids as git does', () => {
    expect(quotePath('a/b c.txt')).toBe('a/b c.txt');
    expect(quotePath('a/ü"\t.txt')).toBe('"a/\\303\\274\\"\\t.txt"');
    fs.writeFileSync(path.join(dir, 'x'), 'hello\n');
    const id = execFileSync('git', ['hash-object', 'x'], { cwd: dir, encoding: 'utf8' }).trim();
    expect(gitBlobId(Buffer.from('hello\n'))).toBe(id);
  });
});
