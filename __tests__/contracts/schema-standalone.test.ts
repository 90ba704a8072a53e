/**
 * The 1.0 schema validator is ajv standalone code checked into the source tree (no ajv
 * import or compile at start-up). This test regenerates it from src/contracts/v1/schema.ts
 * and fails when the checked-in file is stale; `UPDATE_GENERATED=1` rewrites it.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS } from '../../src/contracts/jsonschema.js';
import { SCHEMA_V1 } from '../../src/contracts/v1/schema.js';

const TARGET = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/contracts/v1/schema-validator.generated.ts');

function generate(): string {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const validate = ajv.compile(SCHEMA_V1);
  const mod = standaloneCode as unknown as { default?: unknown };
  const gen = (mod.default ?? standaloneCode) as (a: unknown, v: unknown) => string;
  let code = gen(ajv, validate);
  code = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length');
  if (/require\(/.test(code)) throw new Error('standalone code needs a runtime helper this generator does not inline');
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '// Generated: ajv standalone code for src/contracts/v1/schema.ts (options: AJV_OPTIONS in src/contracts/jsonschema.ts).',
    '// Do not edit. Regenerate: UPDATE_GENERATED=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/contracts/schema-standalone',
    '/** Length in code points, as ajv counts minLength/maxLength. */',
    'function ucs2length(s) { let n = 0; for (const _ of s) n++; return n; }',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

describe('generated 1.0 schema validator', () => {
  it('is up to date with the schema', () => {
    const fresh = generate();
    if (process.env.UPDATE_GENERATED === '1') fs.writeFileSync(TARGET, fresh);
    expect(fs.readFileSync(TARGET, 'utf8')).toBe(fresh);
  });
});
