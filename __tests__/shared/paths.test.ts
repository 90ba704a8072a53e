import { describe, expect, it } from '@jest/globals';
import { isInside, isStrictlyInside } from '../../src/shared/paths.js';

describe('inside a directory', () => {
  it('isInside treats "..name" as inside and ".." as outside', () => {
    expect(isInside('/w/out', '/w/out/..x')).toBe(true);
    expect(isInside('/w/out', '/w/out')).toBe(true);
    expect(isInside('/w/out', '/w')).toBe(false);
    expect(isInside('/w/out', '/w/out2/x')).toBe(false);
  });

  it('isStrictlyInside is isInside without the directory itself', () => {
    expect(isStrictlyInside('/w/out', '/w/out/..x')).toBe(true);
    expect(isStrictlyInside('/w/out', '/w/out/a/b')).toBe(true);
    expect(isStrictlyInside('/w/out', '/w/out')).toBe(false);
    expect(isStrictlyInside('/w/out', '/w')).toBe(false);
    expect(isStrictlyInside('/w/out', '/w/out2/x')).toBe(false);
  });
});
