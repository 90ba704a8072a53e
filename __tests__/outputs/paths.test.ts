import { describe, expect, it } from '@jest/globals';
import { pactoAccepts, pathProblem, returnedPathError } from '../../src/outputs/paths.js';

describe('returned path rules', () => {
  it.each([['a.txt'], ['dir/sub/file.md'], ['..config'], ['.hidden/x'], ['ünïcode/ファイル.txt']])(
    'accepts the clean relative path %j',
    (p) => {
      expect(pathProblem(p)).toBeNull();
      expect(returnedPathError(p)).toBeNull();
    },
  );

  it.each([
    ['../x', /"\.\." segment/],
    ['a/../../x', /"\.\." segment/],
    ['/etc/x', /absolute/],
    ['', /empty/],
    ['a\\b', /backslash/],
    ['..\\x', /backslash/],
    ['a\0b', /NUL/],
    ['a//b', /empty segment/],
    ['a/', /empty segment/],
    ['./a', /"\." segment/],
    ['a/./b', /"\." segment/],
    ['.', /"\." segment/],
    ['C:/x', /drive letter/],
  ])('rejects %j', (p, why) => {
    const err = returnedPathError(p);
    expect(err).toMatch(why);
    expect(err).toContain(JSON.stringify(p));
  });

  it('says "Pacto accepts this" exactly where Pacto would write the file', () => {
    for (const p of ['/etc/x', 'a/./b', 'a//b', 'a/../b', './a', 'a\\b', 'a/']) {
      expect(pactoAccepts(p)).toBe(true);
      expect(returnedPathError(p)).toContain('Pacto accepts this, but return a clean relative path');
    }
    for (const p of ['../x', 'a/../../x', '', '.', 'a\0b', '..\\x']) {
      expect(pactoAccepts(p)).toBe(false);
      expect(returnedPathError(p)).not.toContain('Pacto accepts this');
    }
  });
});
