/**
 * Bundle schemas share one ajv per draft and interface specs are cached by content: neither
 * may let one bundle's file change another's verdict.
 */
import { describe, expect, it } from '@jest/globals';
import { compileBundleSchema, interfaceSpecError } from '../../../src/contracts/v2/bundle-files.js';

const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));

function compiled(v: unknown) {
  const r = compileBundleSchema(json(v));
  if (!r.ok) throw new Error(`expected a schema, got: ${r.message}`);
  return r.schema;
}

describe('bundle schemas on a shared ajv', () => {
  it('compiles two different schemas that declare the same $id', () => {
    const a = compiled({ $id: 'https://example.test/cfg.json', type: 'object', required: ['a'] });
    const b = compiled({ $id: 'https://example.test/cfg.json', type: 'object', required: ['b'] });
    expect(a.validate({ a: 1 })).toBeNull();
    expect(a.validate({ b: 1 })).not.toBeNull();
    expect(b.validate({ b: 1 })).toBeNull();
    expect(b.validate({ a: 1 })).not.toBeNull();
  });

  it('does not resolve a $ref into a schema compiled for another bundle', () => {
    compiled({ $id: 'https://example.test/other.json', $defs: { port: { $id: 'https://example.test/port.json', type: 'integer' } } });
    for (const ref of ['https://example.test/other.json', 'https://example.test/port.json']) {
      const r = compileBundleSchema(json({ properties: { p: { $ref: ref } }, $comment: ref }));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toContain(`cannot resolve $ref "${ref}"`);
    }
  });

  it('still checks each schema against its meta-schema, before and after a failure', () => {
    const bad = compileBundleSchema(json({ type: 'object', minLength: 'three' }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.kind).toBe('schema');
    const good = compiled({ type: 'string', minLength: 3 });
    expect(good.validate('ab')).not.toBeNull();
    expect(good.validate('abc')).toBeNull();
    const bad07 = compileBundleSchema(json({ $schema: 'http://json-schema.org/draft-07/schema#', type: 7 }));
    expect(bad07.ok).toBe(false);
  });

  it('compiles boolean schemas, again and again', () => {
    for (let i = 0; i < 2; i++) {
      expect(compiled(true).validate({ any: 1 })).toBeNull();
      expect(compiled(false).validate({})).not.toBeNull();
    }
  });

  it("reports an invalid 2020-12 schema with ajv's own reason, then compiles valid ones", () => {
    const bad = compileBundleSchema(json({ properties: { port: { type: 'integer', maximum: 'high' } } }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toBe('schema is invalid: data/properties/port/maximum must be number');
    const good = compiled({ properties: { port: { type: 'integer', maximum: 10 } } });
    expect(good.validate({ port: 11 })).not.toBeNull();
    expect(good.validate({ port: 9 })).toBeNull();
  });

  it('keeps draft-04 schemas working after a draft-07 one (separate instances)', () => {
    const d4 = compiled({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'integer', maximum: 3 });
    const d7 = compiled({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'integer', minimum: 3 });
    expect(d4.validate(4)).not.toBeNull();
    expect(d4.validate(2)).toBeNull();
    expect(d7.validate(2)).not.toBeNull();
  });
});

describe('interface spec verdicts cached by content', () => {
  it('gives the same verdict for the same bytes, and parses by extension', () => {
    const bad = Buffer.from('openapi: 3.0.0\nopenapi: 3.1.0\n');
    const first = interfaceSpecError('a/openapi.yaml', bad);
    expect(first).toMatch(/^not valid YAML: line 2/);
    expect(interfaceSpecError('b/other.yml', bad)).toBe(first);
    // The same bytes as JSON are a JSON verdict, not the cached YAML one.
    expect(interfaceSpecError('c/spec.json', bad)).toMatch(/^not valid JSON/);
    expect(interfaceSpecError('d/spec.proto', bad)).toBeNull();
    expect(interfaceSpecError('e/ok.yaml', Buffer.from('openapi: 3.0.0\n'))).toBeNull();
  });
});
