/** Layer 1 for format 1.0: the JSON Schema, compiled once per process on first use. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { flattenAjvErrors, type SchemaLeaf } from '../jsonschema.js';
import type { JsonValue } from '../yaml/generic.js';
import { SCHEMA_V1 } from './schema.js';

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, validateFormats: false, useDefaults: false });
    compiled = ajv.compile(SCHEMA_V1);
  }
  return compiled;
}

/** Pacto's schema leaves for the generic document (empty when it conforms). */
export function structuralLeavesV1(doc: JsonValue): SchemaLeaf[] {
  const validate = validator();
  if (validate(doc)) return [];
  return flattenAjvErrors(validate.errors ?? []);
}
