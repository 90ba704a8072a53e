/**
 * The format 2.0 contract JSON Schema (draft 2020-12), written from the field table of
 * docs/pacto-v2-format.md §1. The `oneOf` shapes are chosen so the leaf counts match Pacto v3's
 * (configuration/policy schema-vs-ref, capability standard-vs-extension).
 */
import type { ValidateFunction } from 'ajv';
import generated from './schema-validator.generated.js';

/** Go's regexp `.` stops at `\n` only; JS's also stops at `\r`, U+2028 and U+2029. */
const ANY = '[^\\n]';
const nonEmpty = { type: 'string', minLength: 1 } as const;

const READINESS_CATEGORIES = [
  'architecture',
  'testing',
  'code-quality',
  'observability',
  'security',
  'documentation',
  'infrastructure',
  'ci-cd',
  'deployment',
  'resilience',
  'backup-recovery',
  'incident-response',
  'compliance',
  'other',
];

export const CONTRACT_SCHEMA_V2 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pacto.dev/schema/pacto-v2.0.schema.json',
  type: 'object',
  required: ['pactoVersion', 'service'],
  additionalProperties: false,
  properties: {
    pactoVersion: { type: 'string', const: '2.0' },
    service: {
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$' },
        version: { type: 'string', minLength: 1 },
        owner: {
          type: 'object',
          minProperties: 1,
          additionalProperties: false,
          properties: {
            team: { type: 'string', pattern: '^[a-zA-Z0-9._/-]+$' },
            dri: { type: 'string', pattern: '^[a-zA-Z0-9._@/-]+$' },
            contacts: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                required: ['type', 'value'],
                additionalProperties: false,
                properties: {
                  type: { type: 'string', enum: ['email', 'url', 'group', 'oncall', 'chat', 'other'] },
                  value: nonEmpty,
                  purpose: { type: 'string', enum: ['ownership', 'support', 'escalation', 'oncall', 'notifications'] },
                },
              },
            },
          },
        },
      },
    },
    interfaces: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'type', 'ref'],
        additionalProperties: false,
        properties: {
          name: nonEmpty,
          type: { type: 'string', enum: ['openapi', 'asyncapi', 'grpc'] },
          ref: nonEmpty,
          visibility: { type: 'string', enum: ['public', 'internal'] },
        },
      },
    },
    configurations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'required'],
        additionalProperties: false,
        properties: {
          name: nonEmpty,
          required: { type: 'boolean' },
          schema: nonEmpty,
          ref: nonEmpty,
          values: { type: 'object' },
        },
        oneOf: [
          { required: ['schema'], not: { required: ['ref'] } },
          { required: ['ref'], not: { anyOf: [{ required: ['schema'] }, { required: ['values'] }] } },
        ],
      },
    },
    policies: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: nonEmpty,
          schema: nonEmpty,
          ref: nonEmpty,
          target: { type: 'string', enum: ['contract'] },
        },
        oneOf: [
          { required: ['schema'], not: { required: ['ref'] } },
          { required: ['ref'], not: { required: ['schema'] } },
        ],
      },
    },
    dependencies: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'ref', 'compatibility', 'required'],
        additionalProperties: false,
        properties: {
          name: nonEmpty,
          ref: nonEmpty,
          compatibility: nonEmpty,
          required: { type: 'boolean' },
        },
      },
    },
    workload: { type: 'string', enum: ['service', 'job', 'scheduled'] },
    state: {
      type: 'object',
      required: ['type', 'persistence', 'dataCriticality'],
      additionalProperties: false,
      properties: {
        type: { type: 'string', enum: ['stateless', 'stateful', 'hybrid'] },
        persistence: {
          type: 'object',
          required: ['scope', 'durability'],
          additionalProperties: false,
          properties: {
            scope: { type: 'string', enum: ['local', 'shared'] },
            durability: { type: 'string', enum: ['ephemeral', 'persistent'] },
          },
        },
        dataCriticality: { type: 'string', enum: ['low', 'medium', 'high'] },
      },
      if: { required: ['type'], properties: { type: { const: 'stateless' } } },
      then: { properties: { persistence: { properties: { durability: { const: 'ephemeral' } } } } },
    },
    capabilities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type'],
        additionalProperties: false,
        properties: {
          type: { type: 'string', enum: ['health', 'metrics', 'extension'] },
          ref: nonEmpty,
          binding: {
            type: 'object',
            required: ['type', 'interface'],
            additionalProperties: false,
            properties: {
              type: { type: 'string', enum: ['http'] },
              interface: nonEmpty,
              path: { type: 'string', minLength: 1, pattern: `^/([^/]${ANY}*)?$` },
            },
          },
        },
        oneOf: [
          { properties: { type: { enum: ['health', 'metrics'] } }, not: { required: ['ref'] } },
          { properties: { type: { const: 'extension' } }, required: ['ref'], not: { required: ['binding'] } },
        ],
      },
    },
    readiness: {
      type: 'object',
      required: ['expires', 'claims'],
      additionalProperties: false,
      properties: {
        expires: { type: 'string' },
        minScore: { type: 'integer', minimum: 0, maximum: 100 },
        partialCredit: { type: 'number', minimum: 0, maximum: 1 },
        history: {
          type: 'array',
          items: {
            type: 'object',
            required: ['date', 'version', 'author', 'description'],
            additionalProperties: false,
            properties: { date: nonEmpty, version: nonEmpty, author: nonEmpty, description: nonEmpty },
          },
        },
        claims: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['id', 'type', 'status', 'evidence', 'weight'],
            additionalProperties: false,
            properties: {
              id: { type: 'string', pattern: '^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$' },
              type: { type: 'string', enum: ['url', 'document', 'ticket', 'report', 'artifact', 'identifier', 'other'] },
              status: { type: 'string', enum: ['done', 'partial', 'not-done', 'deferred'] },
              evidence: { type: 'string', minLength: 1, maxLength: 2048 },
              weight: { type: 'integer', minimum: 0, maximum: 100 },
              category: { type: 'string', enum: READINESS_CATEGORIES },
              description: nonEmpty,
            },
          },
        },
      },
    },
    metadata: { type: 'object' },
    extensions: { type: 'object' },
  },
} as const;

/**
 * The compiled contract schema: ajv standalone code generated from CONTRACT_SCHEMA_V2 with
 * AJV_OPTIONS and checked in (a test keeps it in sync), so no run compiles it.
 */
export function contractValidator(): ValidateFunction {
  return generated as unknown as ValidateFunction;
}

/**
 * A fix for the leaves of the contract schema's `oneOf` shapes, whose bare texts ("not failed",
 * "missing property 'ref'") do not say what the item should look like.
 */
export function explainContractLeaf(leaf: { path: string; keyword: string }): string {
  if (leaf.keyword !== 'not' && leaf.keyword !== 'required' && leaf.keyword !== 'enum' && leaf.keyword !== 'const') return '';
  if (/^configurations\.\d+$/.test(leaf.path) && leaf.keyword !== 'enum' && leaf.keyword !== 'const') {
    return ' (a configuration has name, required, and exactly one of schema: (a bundle file, optionally with values:) or ref:)';
  }
  if (/^policies\.\d+$/.test(leaf.path)) return ' (a policy has name and exactly one of schema: or ref:)';
  if (/^capabilities\.\d+(\.type)?$/.test(leaf.path)) {
    return ' (health and metrics take an optional binding and no ref; extension takes a namespaced ref such as acme.io/backup and no binding)';
  }
  return '';
}
