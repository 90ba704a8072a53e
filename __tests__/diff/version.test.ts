import { describe, expect, it } from '@jest/globals';
import { versionRule } from '../../src/diff/gate.js';
import type { ContractDiff } from '../../src/diff/types.js';

function pair(baseVersion: string, version: string, breaking: boolean): ContractDiff {
  return {
    status: 'compared',
    file: 'svc/pacto.yaml',
    baseFile: 'svc/pacto.yaml',
    renamed: false,
    service: 'svc',
    baseService: 'svc',
    version,
    baseVersion,
    format: '1.0',
    baseFormat: '1.0',
    migration: false,
    classification: breaking ? 'BREAKING' : 'NON_BREAKING',
    changes: breaking
      ? [{ path: 'interfaces', type: 'removed', oldValue: 'api', classification: 'BREAKING', reason: 'interfaces removed', line: 5 }]
      : [],
    baseErrors: [],
    violation: null,
  };
}

const level = (from: string, to: string, breaking: boolean, mode: 'warn' | 'error' = 'error'): string | null =>
  versionRule(pair(from, to, breaking), { mode, acceptedBy: null })?.level ?? null;

describe('the version rule', () => {
  it.each([
    ['1.2.0', '2.0.0', null],
    ['1.2.0', 'v2', null],
    ['1.2.0', '1.3.0', 'error'],
    ['1.2.0', '2.0.0-rc.1', null],
    ['0.3.1', '0.4.0', null],
    ['0.3.1', '0.3.2', 'error'],
    ['0.3.1', '1.0.0', null],
    // A prerelease of a new major promises nothing yet: its next prerelease and its release may break it.
    ['2.0.0-rc.1', '2.0.0-rc.2', null],
    ['2.0.0-rc.1', '2.0.0', null],
    ['0.4.0-beta', '0.4.0', null],
    // A prerelease of a minor or patch previews a version that must stay compatible.
    ['2.1.0-rc.1', '2.1.0', 'error'],
    ['2.0.1-rc.1', '2.0.1', 'error'],
    ['0.4.1-beta', '0.4.1', 'error'],
  ])('a breaking change from %s to %s: %s', (from, to, expected) => {
    expect(level(from, to, true)).toBe(expected);
  });

  it('warn mode makes the missing bump a warning; a version that went down stays an error', () => {
    expect(level('1.2.0', '1.2.1', true, 'warn')).toBe('warning');
    expect(level('1.2.0', '1.1.9', false, 'warn')).toBe('error');
    expect(level('1.2.0', '1.2.0-rc.1', false)).toBe('error');
    expect(level('1.2.0-rc.2', '1.2.0-rc.10', false)).toBeNull();
    expect(level('1.2.0', '1.2.0', false)).toBeNull();
  });

  it('the label turns any violation into a notice that names it', () => {
    const v = versionRule(pair('1.2.0', '1.1.0', true), { mode: 'error', acceptedBy: 'pacto-breaking-ok' });
    expect(v).toEqual({
      level: 'notice',
      message: 'service.version went down from 1.2.0 to 1.1.0 (accepted by the pull request label pacto-breaking-ok)',
    });
  });

  it('a removed contract needs acceptance too', () => {
    const removed = { ...pair('1.0.0', '1.0.0', true), status: 'removed' as const, file: null, version: null, service: null };
    expect(versionRule(removed, { mode: 'error', acceptedBy: null })).toEqual({
      level: 'error',
      message: 'svc/pacto.yaml (svc) was removed: its consumers lose the contract',
    });
  });
});
