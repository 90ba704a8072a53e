/**
 * Draft 2020-12 bundle schemas are checked against the meta-schema by ajv standalone code
 * checked in (src/contracts/v2/meta-2020-validator.generated.ts) instead of compiling the
 * meta-schema at run time. This test regenerates it from the installed ajv's meta-schema and
 * fails when the checked-in file is stale (`UPDATE_GENERATED=1` rewrites it), and checks that
 * it accepts exactly the schemas ajv's own meta-validation accepts.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { BUNDLE_AJV_OPTIONS } from '../../../src/contracts/v2/bundle-files.js';
import metaValid from '../../../src/contracts/v2/meta-2020-validator.generated.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TARGET = path.resolve(HERE, '../../../src/contracts/v2/meta-2020-validator.generated.ts');
const META = 'https://json-schema.org/draft/2020-12/schema';

/** JSON deep equality (fast-deep-equal's answer for JSON data), inlined for ajv's `equal` runtime. */
const EQUAL = [
  'function equal(a, b) {',
  '  if (a === b) return true;',
  "  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return a !== a && b !== b;",
  '  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));',
  '  const keys = Object.keys(a);',
  '  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]));',
  '}',
];

function generate(): string {
  const ajv = new Ajv2020({ ...BUNDLE_AJV_OPTIONS, code: { source: true, esm: true } });
  const validate = ajv.getSchema(META)!;
  const mod = standaloneCode as unknown as { default?: unknown };
  const gen = (mod.default ?? standaloneCode) as (a: unknown, v: unknown) => string;
  let code = gen(ajv, validate);
  code = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length');
  code = code.replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, 'equal');
  if (/require\(/.test(code)) throw new Error('standalone code needs a runtime helper this generator does not inline');
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    `// Generated: ajv standalone code for ajv's draft 2020-12 meta-schema (${META}), options: BUNDLE_AJV_OPTIONS in src/contracts/v2/bundle-files.ts.`,
    '// Do not edit. Regenerate: UPDATE_GENERATED=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/contracts/v2/meta-schema-standalone',
    '/** Length in code points, as ajv counts minLength/maxLength. */',
    'function ucs2length(s) { let n = 0; for (const _ of s) n++; return n; }',
    ...EQUAL,
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

function bundleSchemasInFixtures(): unknown[] {
  const out: unknown[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      // The SARIF 2.1.0 schema (draft-04) is a report format, not a contract bundle's schema.
      if (e.isDirectory()) {
        if (e.name !== 'sarif') walk(p);
      } else if (e.name.endsWith('.json') && !p.includes(`${path.sep}requests${path.sep}`) && !/expected/.test(e.name)) {
        try {
          out.push(JSON.parse(fs.readFileSync(p, 'utf8')));
        } catch {
          // not JSON: not a schema case
        }
      }
    }
  };
  walk(path.resolve(HERE, '../../fixtures'));
  return out;
}

const CRAFTED: unknown[] = [
  true,
  false,
  {},
  { type: 'object' },
  { type: 'objekt' },
  { type: ['string', 'null'] },
  { type: ['string', 'string'] },
  { type: 5 },
  { minLength: 'three' },
  { minLength: -1 },
  { minLength: 1.5 },
  { maxItems: 2 },
  { required: ['a', 'a'] },
  { required: 'a' },
  { enum: [] },
  { enum: [1, { a: [1] }] },
  { const: { a: 1 } },
  { properties: { a: 5 } },
  { properties: { a: { type: 'nope' } } },
  { items: [{}] },
  { prefixItems: [{ type: 'string' }], items: false },
  { $ref: 5 },
  { $ref: '#/$defs/x', $defs: { x: { type: 'string' } } },
  { $id: 'https://x.test/a.json', $anchor: 'ok' },
  { $anchor: '1bad' },
  { $dynamicAnchor: 'meta' },
  { $defs: { a: { minimum: 'x' } } },
  { allOf: [] },
  { anyOf: [{ type: 'string' }] },
  { oneOf: {} },
  { not: { type: 'x' } },
  { if: { const: 1 }, then: { minimum: 'x' } },
  { patternProperties: { '^a': { type: 'string' } } },
  { dependentRequired: { a: ['b', 'b'] } },
  { dependentSchemas: { a: 1 } },
  { unevaluatedProperties: { type: 'integer' } },
  { contentMediaType: 5 },
  { format: 7 },
  { multipleOf: 0 },
  { multipleOf: 2 },
  { $schema: META, type: 'string' },
  { $comment: 1 },
  { title: ['x'] },
  { deprecated: 'yes' },
  { examples: 'x' },
  { default: { a: 1 } },
  { additionalProperties: { properties: { x: { items: { type: ['integer', 7] } } } } },
  { $defs: [] },
  { propertyNames: { maxLength: '1' } },
  { contains: { type: 'string' }, minContains: -2 },
  { uniqueItems: 'true' },
  { $vocabulary: { 'https://x': 1 } },
  { x: { type: 'bad' } },
];

describe('generated draft 2020-12 meta-schema validator', () => {
  it('is up to date with the installed ajv', () => {
    const fresh = generate();
    if (process.env.UPDATE_GENERATED === '1') fs.writeFileSync(TARGET, fresh);
    expect(fs.readFileSync(TARGET, 'utf8')).toBe(fresh);
  });

  it("accepts exactly the schemas ajv's meta-validation accepts", () => {
    const ajv = new Ajv2020({ ...BUNDLE_AJV_OPTIONS });
    const cases = [...CRAFTED, ...bundleSchemasInFixtures()];
    const verdicts = cases.map((doc) => [metaValid(doc), ajv.validateSchema(doc as object) as boolean]);
    expect(verdicts.filter(([fast, full]) => fast !== full)).toEqual([]);
    // The corpus is not all valid or all invalid: the comparison can tell them apart.
    expect(new Set(verdicts.map(([, full]) => full)).size).toBe(2);
    expect(verdicts.filter(([, full]) => !full).length).toBeGreaterThan(20);
  });
});
