/**
 * The 1.0 and 2.0 contract schema validators are ajv standalone code checked into the source
 * tree (no ajv compile of our own schemas at run time). This test regenerates them from
 * src/contracts/v1/schema.ts and src/contracts/v2/schema.ts and fails when a checked-in file
 * is stale; `UPDATE_GENERATED=1` rewrites them.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS } from '../../src/contracts/jsonschema.js';
import { SCHEMA_V1 } from '../../src/contracts/v1/schema.js';
import { CONTRACT_SCHEMA_V2 } from '../../src/contracts/v2/schema.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/contracts');

function generate(schema: object, source: string): string {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const validate = ajv.compile(schema);
  const mod = standaloneCode as unknown as { default?: unknown };
  const gen = (mod.default ?? standaloneCode) as (a: unknown, v: unknown) => string;
  let code = gen(ajv, validate);
  code = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length');
  if (/require\(/.test(code)) throw new Error('standalone code needs a runtime helper this generator does not inline');
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    `// Generated: ajv standalone code for ${source} (options: AJV_OPTIONS in src/contracts/jsonschema.ts).`,
    '// Do not edit. Regenerate: UPDATE_GENERATED=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/contracts/schema-standalone',
    '/** Length in code points, as ajv counts minLength/maxLength. */',
    'function ucs2length(s) { let n = 0; for (const _ of s) n++; return n; }',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

describe.each([
  ['1.0', SCHEMA_V1, 'v1'],
  ['2.0', CONTRACT_SCHEMA_V2, 'v2'],
] as const)('generated %s schema validator', (_format, schema, dir) => {
  it('is up to date with the schema', () => {
    const target = path.join(SRC, dir, 'schema-validator.generated.ts');
    const fresh = generate(schema, `src/contracts/${dir}/schema.ts`);
    if (process.env.UPDATE_GENERATED === '1') fs.writeFileSync(target, fresh);
    expect(fs.readFileSync(target, 'utf8')).toBe(fresh);
  });
});
