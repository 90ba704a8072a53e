import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { resolvePlugins } from '../../src/plugins/resolve.js';
import { tarGz, zip } from '../helpers/archives.js';
import { bytes, failing, startServer, type TestServer } from '../helpers/http-server.js';
import { makeSandbox, pluginScript, runPlugin, sha256, specs, type Sandbox } from './sandbox.js';

let server: TestServer;
let sb: Sandbox;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  sb = makeSandbox();
});
afterEach(() => sb.cleanup());

const TGZ = tarGz([{ name: 'pacto-plugin-tgz', content: pluginScript('tgz'), mode: 0o755 }]);
const ZIP = zip([{ name: 'pacto-plugin-zip', content: pluginScript('zip'), mode: 0o644 }]);
const RAW = pluginScript('flaky');

interface Line {
  /** The open log group, or '' outside one. */
  group: string;
  text: string;
}

/**
 * Everything the step log would show, in order: the resolver's io calls and whatever else is written
 * to stdout meanwhile (on a runner @actions/core, tool-cache and @actions/exec write there directly).
 */
async function capture(fn: () => Promise<unknown>): Promise<Line[]> {
  const lines: Line[] = [];
  let group = '';
  const io = sb.io;
  const { startGroup, endGroup, info, warning, debug } = io;
  io.startGroup = (name) => {
    group = name;
    startGroup(name);
  };
  io.endGroup = () => {
    group = '';
    endGroup();
  };
  for (const [key, original] of [
    ['info', info],
    ['warning', warning],
    ['debug', debug],
  ] as const) {
    io[key] = (message: string) => {
      lines.push({ group, text: message });
      original(message);
    };
  }
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    lines.push({ group, text: String(chunk) });
    return (write as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  }) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return lines;
}

describe('plugin logs', () => {
  it("keep extraction and download retries inside each plugin's own group", async () => {
    server.route('/p.tar.gz', bytes(TGZ));
    server.route('/p.zip', bytes(ZIP));
    server.route('/flaky', failing(1, 500, bytes(RAW)));
    const text = [
      `- name: tgz\n  url: ${server.url}/p.tar.gz\n  sha256: ${sha256(TGZ)}`,
      `- name: zip\n  url: ${server.url}/p.zip\n  sha256: ${sha256(ZIP)}`,
      `- name: flaky\n  url: ${server.url}/flaky\n  sha256: ${sha256(RAW)}`,
    ].join('\n');
    let result: Awaited<ReturnType<typeof resolvePlugins>> | undefined;
    const lines = await capture(async () => {
      result = await resolvePlugins(specs(text), sb.ctx());
    });
    expect(result?.failures).toEqual([]);
    expect(result?.plugins.map((p) => runPlugin(p.path))).toEqual(['tgz', 'zip', 'flaky']);

    const tooling = /\btar\b|unzip|Waiting|attempt|HTTP 500|Unexpected HTTP/;
    expect(lines.filter((l) => l.group === '' && tooling.test(l.text))).toEqual([]);
    // The retry is told, inside the group of the plugin it belongs to.
    expect(lines.filter((l) => /attempt 1 of 3 failed \(HTTP 500\); trying again in 0 s/.test(l.text)).map((l) => l.group)).toEqual([
      `Plugin flaky: url ${server.url}/flaky`,
    ]);
  });
});
