/**
 * Layer 1 for format 1.0: the JSON Schema, as ajv standalone code generated from schema.ts
 * (checked in; a test keeps it in sync), so start-up neither loads nor compiles ajv.
 */
import type { ValidateFunction } from 'ajv';
import { flattenAjvErrors, type SchemaLeaf } from '../jsonschema.js';
import type { JsonValue } from '../yaml/generic.js';
import generated from './schema-validator.generated.js';

const validate = generated as unknown as ValidateFunction;

/** Pacto's schema leaves for the generic document (empty when it conforms). */
export function structuralLeavesV1(doc: JsonValue): SchemaLeaf[] {
  if (validate(doc)) return [];
  return flattenAjvErrors(validate.errors ?? []);
}
