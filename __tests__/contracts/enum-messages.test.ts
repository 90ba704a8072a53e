import { afterAll, describe, expect, it } from '@jest/globals';
import { codes, tempBundles } from './helpers.js';

const t = tempBundles();
afterAll(() => t.cleanup());

const HEAD = 'pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 1.0.0\n';
const state = (type: string, durability: string) =>
  `${HEAD}runtime:\n  workload: service\n  state:\n    type: ${type}\n    persistence:\n      scope: local\n      durability: ${durability}\n    dataCriticality: low\n`;

describe('1.0 enum and const messages carry the value given and the fix', () => {
  it('an enum violation names the value and says to pick a listed one', async () => {
    const r = await t.validate(`${HEAD}interfaces:\n  - name: api\n    type: soap\n    port: 8080\n`);
    expect(codes(r.errors)).toEqual(['SCHEMA_VIOLATION @ interfaces.0.type']);
    const m = r.errors[0]!.message;
    expect(m).toContain("value must be one of 'http', 'grpc', 'event'");
    expect(m).toContain('got "soap"');
    expect(m).toContain('use one of the listed values');
  });

  it('explains the stateless durability rule', async () => {
    const r = await t.validate(state('stateless', 'persistent'));
    expect(codes(r.errors)).toEqual(['SCHEMA_VIOLATION @ runtime.state.persistence.durability']);
    const m = r.errors[0]!.message;
    expect(m).toContain("value must be 'ephemeral'");
    expect(m).toContain('got "persistent"');
    expect(m).toContain('a stateless service keeps no persistent data: use ephemeral, or declare state.type stateful/hybrid');
    expect((await t.validate(state('stateful', 'persistent'))).errors).toEqual([]);
  });

  it('a durability outside the enum gets the enum fix', async () => {
    const r = await t.validate(state('stateful', 'forever'));
    expect(codes(r.errors)).toEqual(['SCHEMA_VIOLATION @ runtime.state.persistence.durability']);
    expect(r.errors[0]!.message).toMatch(/one of 'ephemeral', 'persistent' \(got "forever"\); use one of the listed values/);
  });

  it('a wrong pactoVersion names the version given', async () => {
    const r = await t.validate('pactoVersion: "1.1"\nservice:\n  name: svc\n  version: 1.0.0\n');
    expect(codes(r.errors)).toEqual(['SCHEMA_VIOLATION @ pactoVersion']);
    expect(r.errors[0]!.message).toMatch(/value must be '1\.0' \(got "1\.1"\); use pactoVersion: "1\.0"/);
  });
});
