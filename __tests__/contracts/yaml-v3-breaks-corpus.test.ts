/**
 * Both conformance corpora again, with every LF of pacto.yaml replaced by another of yaml.v3's
 * line breaks (a lone CR, NEL, LS): yaml.v3 reads each of them as a LF, so Pacto's verdicts, the
 * finding paths and the lines findings point at must not change.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validateBundles } from '../../src/contracts/validate.js';
import type { ContractFormat } from '../../src/contracts/types.js';
import { bundleFor, FIXTURES } from './helpers.js';

const CORPORA: [ContractFormat, string][] = [
  ['1.0', path.join(FIXTURES, 'contracts')],
  ['2.0', path.join(FIXTURES, '..', 'conformance-v2', 'contracts')],
];
const BREAKS: [string, string][] = [
  ['CR', '\r'],
  ['NEL', '\u0085'],
  ['LS', '\u2028'],
];

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-breaks-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const cases: [ContractFormat, string, string][] = [];
for (const [format, dir] of CORPORA) {
  for (const group of ['valid', 'invalid']) {
    for (const name of fs.readdirSync(path.join(dir, group)).sort()) cases.push([format, `${group}/${name}`, path.join(dir, group, name)]);
  }
}

const summary = (list: { code: string; path: string; line: number | null }[]): string[] =>
  list.map((f) => `${f.code} @ ${f.path} : ${f.line}`).sort();

describe.each(BREAKS)('the corpora with %s line breaks', (label, br) => {
  it.each(cases)(`format %s %s`, async (format, name, dir) => {
    const [original] = await validateBundles([bundleFor(dir, name)], { format, unresolvedPolicyRefs: 'error' });
    const copy = path.join(root, label, format, name);
    fs.cpSync(dir, copy, { recursive: true });
    const text = fs.readFileSync(path.join(dir, 'pacto.yaml'), 'utf8');
    fs.writeFileSync(path.join(copy, 'pacto.yaml'), text.replace(/\r?\n/g, br));
    const [mutated] = await validateBundles([bundleFor(copy, name)], { format, unresolvedPolicyRefs: 'error' });
    expect({ valid: mutated!.valid, errors: summary(mutated!.errors), warnings: summary(mutated!.warnings) }).toEqual({
      valid: original!.valid,
      errors: summary(original!.errors),
      warnings: summary(original!.warnings),
    });
  });
});
