import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { resolvePlugins } from '../../src/plugins/resolve.js';
import { bytes, startServer, type TestServer } from '../helpers/http-server.js';
import { makeSandbox, pluginScript, runPlugin, sha256, specs, TOKEN, writeExecutable, type Sandbox } from './sandbox.js';

let server: TestServer;
let sb: Sandbox;
const SLOW = pluginScript('slow');
beforeAll(async () => {
  server = await startServer();
  server.route('/slow', (req, res, s) => void setTimeout(() => bytes(SLOW)(req, res, s), 300));
});
afterAll(() => server.close());
beforeEach(() => {
  sb = makeSandbox();
});
afterEach(() => sb.cleanup());

describe('resolvePlugins', () => {
  it('resolves in parallel but reports and logs in spec order, one group per plugin', async () => {
    const bin = path.join(sb.root, 'bin');
    writeExecutable(path.join(bin, 'pacto-plugin-fast'), pluginScript('fast'));
    writeExecutable(path.join(sb.workspace, 'tools', 'pacto-plugin-docs'), pluginScript('docs'));
    const text = [
      `- name: slow\n  url: ${server.url}/slow\n  sha256: ${sha256(SLOW)}`,
      '- fast',
      '- missing',
      '- name: docs\n  path: tools/pacto-plugin-docs',
    ].join('\n');
    const before = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP, path: process.env.PATH };
    const r = await resolvePlugins(specs(text), sb.ctx({ token: TOKEN }, { PATH: bin }));
    expect(r.plugins.map((p) => p.name)).toEqual(['slow', 'fast', 'docs']);
    expect(r.failures.map((f) => f.name)).toEqual(['missing']);
    expect(r.plugins.map((p) => runPlugin(p.path))).toEqual(['slow', 'fast', 'docs']);
    expect(r.plugins.map((p) => p.spec.name)).toEqual(['slow', 'fast', 'docs']);

    const structure = sb.io.calls.filter((c) => c.kind === 'group' || c.kind === 'endgroup').map((c) => c.message);
    expect(structure).toEqual([
      `Plugin slow: url ${server.url}/slow`,
      '',
      'Plugin fast: PATH',
      '',
      'Plugin missing: failed',
      '',
      'Plugin docs: path tools/pacto-plugin-docs',
      '',
    ]);
    // Every line of a plugin sits inside its own group.
    const groupOf: string[] = [];
    let current = '';
    for (const c of sb.io.calls) {
      if (c.kind === 'group') current = c.message;
      else if (c.kind === 'endgroup') current = '';
      else if (c.kind === 'info') groupOf.push(`${current} | ${c.message}`);
    }
    expect(groupOf.filter((l) => l.includes('/slow')).every((l) => l.startsWith('Plugin slow'))).toBe(true);
    // Nothing leaks into the process: tool-cache variables restored, PATH untouched.
    expect({ cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP, path: process.env.PATH }).toEqual(before);
  });

  it('resolves nothing for an empty list', async () => {
    expect(await resolvePlugins([], sb.ctx())).toEqual({ plugins: [], failures: [], warnings: [] });
    expect(sb.io.calls).toEqual([]);
  });
});
