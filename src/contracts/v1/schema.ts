/**
 * Pacto's embedded contract schema for format 1.0 (draft 2020-12), as described in
 * pacto-behaviour.md §1.2. Everything is inlined (no $ref) so that every error's schema path
 * names the schema object it came from.
 */

const nonEmpty = { type: 'string', minLength: 1 } as const;
const enumOf = (...values: string[]) => ({ type: 'string', enum: values });
const nonNegative = { type: 'integer', minimum: 0 } as const;

export const SCHEMA_V1 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://trianalab.github.io/pacto/schemas/pacto-v1.0.schema.json',
  title: 'Pacto contract 1.0',
  type: 'object',
  required: ['pactoVersion', 'service'],
  additionalProperties: false,
  properties: {
    pactoVersion: enumOf('1.0'),
    service: {
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$' },
        version: nonEmpty,
        owner: { type: 'string' },
        image: {
          type: 'object',
          required: ['ref'],
          additionalProperties: false,
          properties: { ref: nonEmpty, private: { type: 'boolean' } },
        },
      },
    },
    interfaces: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'type'],
        additionalProperties: false,
        properties: {
          name: nonEmpty,
          type: enumOf('http', 'grpc', 'event'),
          port: { type: 'integer', minimum: 1, maximum: 65535 },
          visibility: { ...enumOf('public', 'internal'), default: 'internal' },
          contract: nonEmpty,
        },
        allOf: [
          { if: { properties: { type: { const: 'http' } } }, then: { required: ['port'] } },
          { if: { properties: { type: { const: 'grpc' } } }, then: { required: ['port', 'contract'] } },
          { if: { properties: { type: { const: 'event' } } }, then: { required: ['contract'] } },
        ],
      },
    },
    configuration: {
      type: 'object',
      required: ['schema'],
      additionalProperties: false,
      properties: { schema: nonEmpty },
    },
    dependencies: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ref', 'compatibility'],
        additionalProperties: false,
        properties: { ref: nonEmpty, required: { type: 'boolean' }, compatibility: nonEmpty },
      },
    },
    runtime: {
      type: 'object',
      required: ['workload', 'state'],
      additionalProperties: false,
      properties: {
        workload: enumOf('service', 'job', 'scheduled'),
        state: {
          type: 'object',
          required: ['type', 'persistence', 'dataCriticality'],
          additionalProperties: false,
          properties: {
            type: enumOf('stateless', 'stateful', 'hybrid'),
            persistence: {
              type: 'object',
              required: ['scope', 'durability'],
              additionalProperties: false,
              properties: { scope: enumOf('local', 'shared'), durability: enumOf('ephemeral', 'persistent') },
            },
            dataCriticality: enumOf('low', 'medium', 'high'),
          },
          if: { properties: { type: { const: 'stateless' } } },
          then: { properties: { persistence: { properties: { durability: { const: 'ephemeral' } } } } },
        },
        lifecycle: {
          type: 'object',
          additionalProperties: false,
          properties: { upgradeStrategy: enumOf('rolling', 'recreate', 'ordered'), gracefulShutdownSeconds: nonNegative },
        },
        health: {
          type: 'object',
          required: ['interface'],
          additionalProperties: false,
          properties: { interface: { type: 'string' }, path: { type: 'string' }, initialDelaySeconds: nonNegative },
        },
      },
    },
    scaling: {
      type: 'object',
      additionalProperties: false,
      properties: { replicas: nonNegative, min: nonNegative, max: nonNegative },
      oneOf: [
        { required: ['replicas'], not: { anyOf: [{ required: ['min'] }, { required: ['max'] }] } },
        { required: ['min', 'max'], not: { required: ['replicas'] } },
      ],
    },
    metadata: { type: 'object' },
  },
} as const;
