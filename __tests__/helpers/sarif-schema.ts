/**
 * The OASIS SARIF 2.1.0 schema (errata01, vendored unchanged in __tests__/fixtures/sarif; see
 * NOTICE) as an ajv validator. The file is draft-04; the only draft-04 keyword it uses that
 * draft-07 spells differently is its top-level `id`, so it is read as draft-07 with `$id`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';

const SCHEMA_FILE = path.join(process.cwd(), '__tests__/fixtures/sarif/sarif-schema-2.1.0.json');

/** RFC 3986 URI and URI-reference, and RFC 3339 date-time, as far as a SARIF file needs them. */
const formats = {
  uri: (s: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(s) && URL.canParse(s),
  'uri-reference': (s: string): boolean => !/[\s\\]/.test(s) && URL.canParse(s, 'file:///base/'),
  'date-time': (s: string): boolean => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)),
};

export function sarifValidator(): (log: unknown) => ErrorObject[] {
  const raw = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  const { id, $schema: _draft04, ...rest } = raw;
  if (typeof id !== 'string' || !String(_draft04).includes('draft-04')) throw new Error('unexpected SARIF schema file');
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', $id: id, ...rest };
  const validate = new Ajv({ allErrors: true, strict: false, formats }).compile(schema);
  return (log) => (validate(log) ? [] : (validate.errors ?? []));
}
