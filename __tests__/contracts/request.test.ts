import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildRequest } from '../../src/contracts/request.js';
import { validateBundles } from '../../src/contracts/validate.js';
import { bundleFor, FIXTURES } from './helpers.js';

const REQUESTS = path.join(FIXTURES, 'plugin', 'requests');
const names = fs
  .readdirSync(REQUESTS)
  .filter((n) => n.endsWith('.json'))
  .sort();

describe('plugin request encoding (byte for byte)', () => {
  it('covers the 12 recorded requests', () => {
    expect(names).toHaveLength(12);
  });

  it.each(names)('%s', async (name) => {
    const recorded = fs.readFileSync(path.join(REQUESTS, name), 'utf8');
    const { bundleDir, outputDir } = JSON.parse(recorded) as { bundleDir: string; outputDir: string };
    const dir = path.join(FIXTURES, bundleDir);
    const [result] = await validateBundles([bundleFor(dir, bundleDir)], { format: '1.0', unresolvedPolicyRefs: 'error' });
    expect(result!.contractJson).not.toBeNull();
    expect(buildRequest(result!.contractJson!, bundleDir, outputDir, {})).toBe(recorded);
  });

  it('adds options sorted by key and omits them when empty', () => {
    const body = buildRequest('{}', '/b', '/o', { z: '1', a: 'x<y', '': '' });
    expect(body).toBe('{"protocolVersion":"1","contract":{},"bundleDir":"/b","outputDir":"/o","options":{"":"","a":"x\\u003cy","z":"1"}}');
    expect(buildRequest('{}', 'a&b', 'o', {})).toBe('{"protocolVersion":"1","contract":{},"bundleDir":"a\\u0026b","outputDir":"o"}');
  });
});
