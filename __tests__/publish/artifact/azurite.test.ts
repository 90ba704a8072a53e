/**
 * The same upload against Azurite, the real blob service emulator: SAS signatures, block and
 * block-list semantics and headers are checked the way Azure checks them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { uploadOutputs } from '../../../src/publish/artifact.js';
import { startAzurite, type BlobStore } from '../../helpers/azurite.js';
import { startResultsServer, type ResultsServer } from '../../helpers/results-server.js';
import {
  captureStdout,
  context,
  filesUnder,
  generation,
  makeConfig,
  outputFile,
  sandbox,
  sha256,
  unzipAll,
  type Sandbox,
} from './support.js';

let store: BlobStore;
let results: ResultsServer;
let sb: Sandbox;
let stdout: ReturnType<typeof captureStdout>;

beforeAll(async () => {
  store = await startAzurite();
  results = await startResultsServer(store, { runId: 'c0ffee00-run', jobId: 'c0ffee00-job' });
}, 60_000);
afterAll(async () => {
  await results?.stop();
  await store?.stop();
});
beforeEach(() => {
  sb = sandbox();
  stdout = captureStdout();
  results.calls.length = 0;
});
afterEach(() => {
  stdout.restore();
  sb.cleanup();
});

const env = (): NodeJS.ProcessEnv => ({ ...results.env(), GITHUB_REPOSITORY: 'acme/services', GITHUB_RUN_ID: '77' });

describe('upload to Azurite', () => {
  it('stores a zip of exactly the produced files whose sha256 is the digest output', async () => {
    // Over one 8 MiB block, so the client sends two Put Block requests and Azurite orders them.
    const big = Buffer.alloc(9 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4) big.writeUInt32LE((i * 2654435761) >>> 0, i);
    sb.write('svc/gen/big.bin', big);
    sb.write('svc/gen/api.yaml', 'openapi: 3.1.0\n');
    sb.write('svc/gen/.pacto-manifest.json', '{"files":["api.yaml","big.bin"]}\n');
    const gen = generation([
      outputFile('svc/gen/api.yaml', 'created'),
      outputFile('svc/gen/big.bin', 'updated'),
      outputFile('svc/gen/old.yaml', 'deleted'),
      outputFile('svc/gen/.pacto-manifest.json', 'updated'),
    ]);
    const { ctx } = context(makeConfig(sb, { 'compression-level': '1' }), gen, env(), '{"azurite":true}');
    const res = await uploadOutputs(ctx);

    expect(res.error).toBeNull();
    expect(res.uploaded).toBe(true);
    const zip = await results.readArtifact('pacto-generated');
    expect(zip?.subarray(0, 2).toString()).toBe('PK');
    expect(zip?.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(res.digest).toBe(sha256(zip as Buffer));
    expect(res.size).toBe(zip?.length);
    expect(res.url).toBe(`https://github.com/acme/services/actions/runs/77/artifacts/${res.id}`);
    const entries = unzipAll(zip as Buffer, sb.dir);
    expect([...entries.keys()].sort()).toEqual([
      'pacto-report.json',
      'svc/gen/.pacto-manifest.json',
      'svc/gen/api.yaml',
      'svc/gen/big.bin',
    ]);
    expect(entries.get('svc/gen/big.bin')?.equals(big)).toBe(true);
    expect(entries.get('svc/gen/api.yaml')?.toString()).toBe('openapi: 3.1.0\n');
    expect(entries.get('pacto-report.json')?.toString()).toBe('{"azurite":true}');
    expect(filesUnder(sb.runnerTemp)).toEqual([]);
  });

  it('refuses a second upload of the name with the 409 message, then overwrites on request', async () => {
    sb.write('out/a.txt', 'one\n');
    const gen = generation([outputFile('out/a.txt', 'created')]);
    const cfg = (extra: Record<string, string> = {}) => makeConfig(sb, { 'artifact-name': 'pr-check', ...extra });
    const first = await uploadOutputs(context(cfg(), gen, env()).ctx);
    expect(first.uploaded).toBe(true);

    sb.write('out/a.txt', 'two\n');
    const refused = await uploadOutputs(context(cfg(), gen, env()).ctx);
    expect(refused.uploaded).toBe(false);
    expect(refused.error).toMatch(/already exists in this workflow run\. Set `overwrite: true` to replace it, or change `artifact-name`/);
    expect(
      unzipAll((await results.readArtifact('pr-check')) as Buffer, sb.dir)
        .get('out/a.txt')
        ?.toString(),
    ).toBe('one\n');

    const replaced = await uploadOutputs(context(cfg({ overwrite: 'true' }), gen, env()).ctx);
    expect(replaced.error).toBeNull();
    expect(replaced.id).not.toBe(first.id);
    const zip = (await results.readArtifact('pr-check')) as Buffer;
    expect(replaced.digest).toBe(sha256(zip));
    expect(unzipAll(zip, sb.dir).get('out/a.txt')?.toString()).toBe('two\n');
  });

  it('fails clearly when Azurite refuses a spoiled signature, and finalizes nothing', async () => {
    sb.write('out/a.txt', 'a\n');
    results.tamperNextUploadUrl((u) => u.replace(/sig=[^&]*/, 'sig=AAAA'));
    const res = await uploadOutputs(
      context(makeConfig(sb, { 'artifact-name': 'spoiled' }), generation([outputFile('out/a.txt', 'created')]), env()).ctx,
    );
    expect(res.uploaded).toBe(false);
    expect(res.error).toMatch(
      /^Artifact upload failed for "spoiled": the blob store refused the upload \(HTTP 403 AuthorizationFailure\): Server failed to authenticate/,
    );
    expect(res.error).not.toContain('sig=AAAA');
    expect(results.calls.map((c) => c.method)).toEqual(['CreateArtifact']);
    expect(await results.readArtifact('spoiled')).toBeNull();
  });

  it('uploads the check-mode expected tree and patch', async () => {
    const expectedRoot = path.join(sb.dir, 'expected');
    fs.mkdirSync(path.join(expectedRoot, 'svc/gen'), { recursive: true });
    fs.writeFileSync(path.join(expectedRoot, 'svc/gen/api.yaml'), 'openapi: 3.1.0 # fixed\n');
    const patchFile = path.join(sb.dir, 'pacto-drift.patch');
    fs.writeFileSync(patchFile, '-a\n+b\n');
    const gen = generation([], { entries: [], patchFile, expectedRoot, hints: [] });
    const res = await uploadOutputs(context(makeConfig(sb, { mode: 'check', 'artifact-name': 'expected' }), gen, env()).ctx);
    expect(res.error).toBeNull();
    const entries = unzipAll((await results.readArtifact('expected')) as Buffer, sb.dir);
    expect(Object.fromEntries([...entries].map(([k, v]) => [k, v.toString()]))).toEqual({
      'svc/gen/api.yaml': 'openapi: 3.1.0 # fixed\n',
      'pacto-drift.patch': '-a\n+b\n',
    });
  });
});
