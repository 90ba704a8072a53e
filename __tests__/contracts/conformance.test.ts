import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateBundles } from '../../src/contracts/validate.js';
import { bundleFor, FIXTURES } from './helpers.js';

interface Expected {
  valid: boolean;
  errors: { code: string; path: string }[];
  warnings: { code: string; path: string }[];
}

const pairs = (list: { code: string; path: string }[]): string[] => list.map((f) => `${f.code} @ ${JSON.stringify(f.path)}`).sort();

const cases: [string, string][] = [];
for (const group of ['valid', 'invalid']) {
  const dir = path.join(FIXTURES, 'contracts', group);
  for (const name of fs.readdirSync(dir).sort()) cases.push([`${group}/${name}`, path.join(dir, name)]);
}

describe('format 1.0 conformance corpus', () => {
  it('holds the 121 cases', () => {
    expect(cases).toHaveLength(121);
  });

  it.each(cases)('%s', async (name, dir) => {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    const [result] = await validateBundles([bundleFor(dir, name)], { format: '1.0', unresolvedPolicyRefs: 'error' });
    expect(result!.profile).toBe('1.0');
    expect({ valid: result!.valid, errors: pairs(result!.errors), warnings: pairs(result!.warnings) }).toEqual({
      valid: expected.valid,
      errors: pairs(expected.errors),
      warnings: pairs(expected.warnings),
    });
    for (const f of [...result!.errors, ...result!.warnings]) {
      expect(f.message.length).toBeGreaterThan(0);
    }
  });
});
