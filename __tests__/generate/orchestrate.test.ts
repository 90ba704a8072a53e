/** generate(): jobs, requests, failures, logs, concurrency and fail-fast, with real plugin processes. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { buildRequest } from '../../src/contracts/request.js';
import { generate } from '../../src/generate/generate.js';
import type { Config } from '../../src/inputs.js';
import { isAlive, tempDir, waitFor, writeScript } from '../plugins/scripts.js';
import {
  commandLines,
  contract,
  fakeStage,
  plugin,
  recordedContractJson,
  simpleContract,
  testConfig,
  failureOf,
  okOf,
  type Outcome,
} from './harness.js';

let root: string;
let bin: string;
let config: Config;

beforeEach(() => {
  root = tempDir('pacto-gen-');
  bin = path.join(root, 'bin');
  fs.mkdirSync(bin);
  config = testConfig(root);
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const RECORDER = `#!/usr/bin/env node
const fs = require('node:fs');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const raw = Buffer.concat(chunks);
  const req = JSON.parse(raw.toString('utf8'));
  const name = req.bundleDir.split('/').slice(-2).join('_');
  fs.writeFileSync(process.env.RECORD_DIR + '/' + name + '.json', raw);
  process.stdout.write(JSON.stringify({ files: [{ path: 'seen.txt', content: req.contract.service.name }], message: 'recorded' }));
});
`;
// The recorder is CommonJS; a .cjs-free way to keep it so whatever package.json is above it.
function recorder(recordDir: string) {
  fs.mkdirSync(recordDir, { recursive: true });
  fs.writeFileSync(path.join(bin, 'package.json'), '{"type":"commonjs"}');
  return plugin('recorder', writeScript(bin, 'pacto-plugin-recorder', RECORDER), { env: { RECORD_DIR: recordDir } });
}

function byIndex(outcomes: Outcome[]) {
  return outcomes.map((o) => (o.status === 'skipped' ? `skipped:${o.reason}` : o.status));
}

const allCalls = (io: ReturnType<typeof recordingIO>) => io.calls.map((c) => c.message);

describe('requests', () => {
  const cases = [
    'v1/docs_example_postgresql.json',
    'v1/e2e_my_app_v1.json',
    'v1/empty_collections.json',
    'v1/hybrid_local_persistent.json',
    'v1/pkg_contract_valid_full_with_bundle_files.json',
    'v1/scaling_replicas_form.json',
    'v2/capabilities_health_metrics_extension.json',
    'v2/demo_v3_payments_service_2_1_1.json',
    'v2/minimal_two_keys.json',
  ];

  it('sends each plugin exactly buildRequest(contract, absolute bundleDir, absolute staging outputDir, options)', async () => {
    const records = path.join(root, 'records');
    const p = recorder(records);
    p.spec.options = { zeta: 'true', alpha: '1.0', empty: '' };
    const contracts = cases.map((c) => contract(config, `c/${path.basename(c, '.json')}`, recordedContractJson(c)));
    const broken = contract(config, 'c/broken', null, false);
    const stage = fakeStage(root);
    const io = recordingIO();
    await generate({ config, contracts: [...contracts, broken], plugins: [p], env: { PATH: process.env.PATH }, io }, stage);

    expect(fs.readdirSync(records).sort()).toEqual(cases.map((c) => `c_${path.basename(c)}`).sort());
    contracts.forEach((c, i) => {
      const got = fs.readFileSync(path.join(records, `c_${path.basename(c.absDir)}.json`), 'utf8');
      const staging = stage.staging.get(i)!;
      expect(path.isAbsolute(c.absDir) && path.isAbsolute(staging)).toBe(true);
      expect(got).toBe(buildRequest(c.contractJson!, c.absDir, staging, p.spec.options));
      // The recorded Pacto bytes, once the two directories are put back.
      const recorded = fs.readFileSync(path.join(__dirnameOf(), '../fixtures/requests', cases[i]), 'utf8');
      const reparsed = JSON.parse(got) as Record<string, unknown>;
      const original = JSON.parse(recorded) as Record<string, unknown>;
      const swapped = got
        .replace(JSON.stringify(reparsed.bundleDir), JSON.stringify(original.bundleDir))
        .replace(JSON.stringify(reparsed.outputDir), JSON.stringify(original.outputDir))
        .replace(/,"options":\{[^}]*\}\}$/, '}');
      expect(swapped).toBe(recorded);
    });
    expect(byIndex(stage.applied)).toEqual([...cases.map(() => 'ok'), 'skipped:the contract is invalid']);
  });

  it('saves each request under RUNNER_TEMP with RUNNER_DEBUG, replayable, and logs where', async () => {
    const records = path.join(root, 'records');
    const p = recorder(records);
    config = { ...config, debug: true };
    const c = contract(config, 'svc/api', recordedContractJson('v1/e2e_my_app_v1.json'));
    const io = recordingIO();
    await generate({ config, contracts: [c], plugins: [p], env: { PATH: process.env.PATH }, io }, fakeStage(root));
    const saved = path.join(config.runnerTemp, 'pacto-requests', '0000-svc--api-recorder.json');
    expect(fs.readFileSync(saved, 'utf8')).toBe(fs.readFileSync(path.join(records, 'svc_api.json'), 'utf8'));
    // The replay command names the plugin's real path, so it can be pasted as it is.
    expect(allCalls(io)).toContain(`Request saved to ${saved} (replay: ${p.path} < ${saved})`);
    const replay = spawnSync(p.path, [], { input: fs.readFileSync(saved), env: { ...process.env, RECORD_DIR: records } });
    expect(replay.status).toBe(0);
    expect(JSON.parse(replay.stdout.toString()).message).toBe('recorded');
  });
});

describe('saved requests', () => {
  it('gives every job its own file, even when bundle and plugin names run together', async () => {
    const records = path.join(root, 'records');
    const base = recorder(records);
    // Bundles `a` and `a-b` with plugins `c` and `b-c` both spell `a-b-c`.
    const plugins = ['c', 'b-c'].map((name) => ({ ...base, name, spec: { ...base.spec, name } }));
    config = { ...config, debug: true };
    const contracts = ['a', 'a-b'].map((b) => contract(config, b, recordedContractJson('v1/e2e_my_app_v1.json')));
    const stage = fakeStage(root);
    await generate({ config, contracts, plugins, env: { PATH: process.env.PATH }, io: recordingIO() }, stage);
    const dir = path.join(config.runnerTemp, 'pacto-requests');
    expect(fs.readdirSync(dir).sort()).toEqual(['0000-a-c.json', '0001-a-b-c.json', '0002-a-b-c.json', '0003-a-b-b-c.json']);
    const sent = ['0000-a-c.json', '0001-a-b-c.json', '0002-a-b-c.json', '0003-a-b-b-c.json'].map(
      (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { bundleDir: string; outputDir: string },
    );
    expect(sent.map((r) => path.basename(r.bundleDir))).toEqual(['a', 'a', 'a-b', 'a-b']);
    expect(sent.map((r) => r.outputDir)).toEqual([0, 1, 2, 3].map((i) => stage.staging.get(i)));
  });
});

function __dirnameOf(): string {
  return path.dirname(new URL(import.meta.url).pathname);
}

describe('environment', () => {
  it('gives plugins no secret or file-command variable, plus their env and extra PATH', async () => {
    const exe = writeScript(
      bin,
      'pacto-plugin-env',
      `#!/usr/bin/env node
process.stdin.resume();
process.stdin.on('end', () => process.stdout.write(JSON.stringify({ files: [{ path: 'env.json', content: JSON.stringify(process.env) }] })));
`,
    );
    const p = plugin('env', exe, { env: { MY_SETTING: 'on' } });
    p.extraPath = ['/opt/extra/bin'];
    const stripped = [
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_CACHE_URL',
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_OUTPUT',
      'GITHUB_STATE',
      'GITHUB_STEP_SUMMARY',
      'GITHUB_TOKEN',
      'GH_TOKEN',
      'INPUT_TOKEN',
      'INPUT_PLUGINS',
    ];
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_REPOSITORY: 'o/r' };
    for (const name of stripped) env[name] = `value-of-${name}`;
    const stage = fakeStage(root);
    await generate({ config, contracts: [simpleContract(config, 'a')], plugins: [p], env, io: recordingIO() }, stage);
    const out = okOf(stage.applied[0]);
    const seen = JSON.parse(fs.readFileSync(path.join(out.stagingDir, 'env.json'), 'utf8')) as Record<string, string>;
    for (const name of stripped) expect(seen[name]).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain('value-of-');
    expect(seen.GITHUB_REPOSITORY).toBe('o/r');
    expect(seen.MY_SETTING).toBe('on');
    expect(seen.PATH).toBe(`${process.env.PATH}:/opt/extra/bin`);
  });
});

describe('failures', () => {
  const HOSTILE_TEXT = '::error::forged\n::add-mask::secret\n  ::set-output name=changed::true\nok ##[error]legacy\n::stop-commands::tok';

  function hostile(name: string, body: string) {
    return plugin(name, writeScript(bin, `pacto-plugin-${name}`, body));
  }

  it('turns each kind of bad plugin into a failure naming plugin, contract and status, with sanitized logs', async () => {
    fs.writeFileSync(path.join(root, 'hostile.txt'), HOSTILE_TEXT);
    const hostileFile = path.join(root, 'hostile.txt');
    const plugins = [
      hostile('notjson', 'cat >/dev/null\necho "this is not json"\n'),
      hostile('garbage', `cat >/dev/null\nprintf '{"files":[]}\\n'\ncat ${hostileFile}\n`),
      hostile('flood', 'cat >/dev/null\nyes aaaaaaaaaaaaaaaaaaaaaaaaa\n'),
      hostile('exit3', `cat >/dev/null\ncat ${hostileFile} >&2\nexit 3\n`),
      hostile(
        'noisy',
        `cat >/dev/null\ncat ${hostileFile} >&2\nprintf '{"files":[{"path":"a.txt","content":"A"}],"message":"%s"}' "$(cat ${hostileFile} | tr '\\n' ' ')"\n`,
      ),
      hostile('badtype', 'cat >/dev/null\necho \'{"files":[{"path":"a","content":5}]}\'\n'),
      hostile('badpath', 'cat >/dev/null\necho \'{"files":[{"path":"../x","content":"x"}]}\'\n'),
      hostile(
        'messagecmd',
        `#!/usr/bin/env node
process.stdin.resume();
process.stdin.on('end', () => {
  process.stderr.write(${JSON.stringify(HOSTILE_TEXT)});
  process.stdout.write(JSON.stringify({ files: [], message: ${JSON.stringify(HOSTILE_TEXT)} }));
});
`,
      ),
    ];
    fs.writeFileSync(path.join(bin, 'package.json'), '{"type":"commonjs"}');
    plugins[2].spec.maxOutputSize = 4096;
    config = { ...config, concurrency: 3 };
    const c = simpleContract(config, 'orders');
    const io = recordingIO();
    const stage = fakeStage(root);
    await generate({ config, contracts: [c], plugins, env: { PATH: process.env.PATH }, io }, stage);

    const [notjson, garbage, flood, exit3, noisy, badtype, badpath, messagecmd] = stage.applied;
    const err = (o: Outcome) => failureOf(o).error;
    expect(err(notjson)).toBe(
      'plugin notjson on services/orders/pacto.yaml: returned invalid output: invalid character "t" looking for beginning of value (at offset 0)',
    );
    expect(err(garbage)).toMatch(
      /^plugin garbage on services\/orders\/pacto\.yaml: returned invalid output: invalid character ":" after top-level value/,
    );
    expect(err(flood)).toMatch(/^plugin flood on services\/orders\/pacto\.yaml: wrote more than 4096 bytes to stdout \(max-output-size\)/);
    expect(err(exit3)).toBe('plugin exit3 on services/orders/pacto.yaml: exited with status 3');
    expect(failureOf(exit3).exitCode).toBe(3);
    expect(failureOf(exit3).stderrTail).toBe(HOSTILE_TEXT);
    expect(noisy.status).toBe('ok');
    expect(okOf(noisy).stderrTail).toBe(HOSTILE_TEXT);
    expect(err(badtype)).toMatch(/returned invalid output: cannot use a JSON number as files\[0\]\.content/);
    expect(err(badpath)).toBe('plugin badpath on services/orders/pacto.yaml: bad path "../x"');
    expect(messagecmd.status).toBe('ok');
    expect(okOf(messagecmd).message).toBe(HOSTILE_TEXT);

    // Failed jobs write nothing: their staging is gone.
    for (const o of stage.applied) {
      if (o.status !== 'ok') expect(fs.existsSync(stage.staging.get(o.job.index)!)).toBe(false);
    }
    // No log call could be read as a workflow command, group titles included.
    const messages = allCalls(io);
    expect(commandLines(messages)).toEqual([]);
    expect(messages.some((m) => m.includes('forged'))).toBe(true);
    expect(messages.some((m) => m.includes('legacy'))).toBe(true);
    // Failures show the stderr tail; successes get a collapsed group with theirs.
    const exit3Line = messages.findIndex((m) => m === '✗ plugin exit3 on services/orders/pacto.yaml: exited with status 3');
    expect(exit3Line).toBeGreaterThan(-1);
    expect(messages[exit3Line + 1]).toMatch(/^stderr \(last 64 KiB\):\n:\u200B:error::forged/);
    const groups = io.calls.filter((call) => call.kind === 'group').map((call) => call.message);
    expect(groups).toEqual([
      '✓ noisy · services/orders/pacto.yaml: ran, 1 file for services/orders/noisy-output (' + okOf(noisy).durationMs + ' ms)',
      '✓ messagecmd · services/orders/pacto.yaml: ran, 0 files for services/orders/messagecmd-output (' +
        okOf(messagecmd).durationMs +
        ' ms)',
    ]);
    expect(io.calls.filter((call) => call.kind === 'endgroup')).toHaveLength(2);
    expect(io.calls.filter((call) => call.kind === 'error' || call.kind === 'warning' || call.kind === 'failed')).toEqual([]);
  });

  it('a child holding stdout open: a complete response succeeds with a warning; a cut-off one fails', async () => {
    const held = (name: string, print: string) =>
      hostile(name, `cat >/dev/null\nprintf '%s' '${print}'\nsleep 60 &\necho $! > ${root}/${name}.pid\n`);
    const plugins = [held('whole', '{"files":[{"path":"a.txt","content":"A"}]}'), held('cut', '{"files":[{"path":"a.txt",')];
    const io = recordingIO();
    const stage = fakeStage(root);
    await generate({ config, contracts: [simpleContract(config, 'orders')], plugins, env: { PATH: process.env.PATH }, io }, stage);
    const [whole, cut] = stage.applied;
    expect(whole.status).toBe('ok');
    expect(okOf(whole).files).toEqual([{ path: 'a.txt', direct: false }]);
    const note = 'exited, but a process it started kept stdout open, and was stopped';
    expect(okOf(whole).warnings).toEqual([`${note}; its response was complete and is used`]);
    expect(allCalls(io)).toContain(`⚠ whole · services/orders/pacto.yaml: ${note}; its response was complete and is used`);
    expect(failureOf(cut).error).toBe(
      `plugin cut on services/orders/pacto.yaml: ${note}; its output is incomplete: unexpected end of JSON input`,
    );
    expect(io.calls.filter((c) => c.kind === 'error' || c.kind === 'warning')).toEqual([]);
    for (const name of ['whole', 'cut']) {
      expect(await waitFor(() => !isAlive(Number(fs.readFileSync(path.join(root, `${name}.pid`), 'utf8'))))).toBe(true);
    }
  });

  it('stops a plugin at its item timeout and kills the child it left behind', async () => {
    const pidFile = path.join(root, 'child.pid');
    const p = hostile('sleepy', `cat >/dev/null\nsleep 60 &\necho $! > ${pidFile}\nsleep 60\n`);
    p.spec.timeout = 1;
    const stage = fakeStage(root);
    const started = Date.now();
    await generate(
      { config, contracts: [simpleContract(config, 'a')], plugins: [p], env: { PATH: process.env.PATH }, io: recordingIO() },
      stage,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    const f = failureOf(stage.applied[0]);
    expect(f.error).toBe('plugin sleepy on services/a/pacto.yaml: timed out after 1 s (plugin-timeout) and was stopped');
    expect(f.signal).toBe('SIGTERM');
    expect(await waitFor(() => !isAlive(Number(fs.readFileSync(pidFile, 'utf8'))))).toBe(true);
  });
});

describe('scheduling', () => {
  const SLOW = (dir: string) => `cat >/dev/null
touch ${dir}/run.$$
ls ${dir} | grep -c '^run\\.' >> ${dir}/counts
sleep 0.8
rm ${dir}/run.$$
echo '{"files":[]}'
`;

  it('never runs more plugins at once than concurrency', async () => {
    const dir = path.join(root, 'track');
    fs.mkdirSync(dir);
    const p = plugin('slow', writeScript(bin, 'pacto-plugin-slow', SLOW(dir)));
    const contracts = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => simpleContract(config, n));
    config = { ...config, concurrency: 2 };
    await generate({ config, contracts, plugins: [p], env: { PATH: process.env.PATH }, io: recordingIO() }, fakeStage(root));
    const counts = fs.readFileSync(path.join(dir, 'counts'), 'utf8').trim().split('\n').map(Number);
    expect(counts).toHaveLength(6);
    expect(Math.max(...counts)).toBe(2);
  });

  it('logs and applies in contract order, then plugin order, whatever order jobs finish in', async () => {
    // The first contract's job is the slowest.
    const exe = writeScript(
      bin,
      'pacto-plugin-late',
      `#!/bin/sh
req=$(cat)
case "$req" in *'"name":"a"'*) sleep 0.6 ;; *'"name":"b"'*) sleep 0.3 ;; esac
echo '{"files":[],"message":"done"}'
`,
    );
    const second = writeScript(bin, 'pacto-plugin-quick', 'cat >/dev/null\necho \'{"files":[]}\'\n');
    const contracts = ['a', 'b', 'c'].map((n) => simpleContract(config, n));
    config = { ...config, concurrency: 6 };
    const io = recordingIO();
    const stage = fakeStage(root);
    await generate(
      { config, contracts, plugins: [plugin('late', exe), plugin('quick', second)], env: { PATH: process.env.PATH }, io },
      stage,
    );
    const order = stage.applied.map((o) => `${o.job.contract.service}/${o.job.plugin.name}`);
    const expected = ['a/late', 'a/quick', 'b/late', 'b/quick', 'c/late', 'c/quick'];
    expect(order).toEqual(expected);
    expect(stage.applied.map((o) => o.job.index)).toEqual([0, 1, 2, 3, 4, 5]);
    const groups = io.calls.filter((c) => c.kind === 'group').map((c) => c.message.replace(/^✓ (\w+) · services\/(\w)\/.*$/, '$2/$1'));
    expect(groups).toEqual(expected);
  });

  it('fail-fast: stops scheduling after the first plugin failure; running jobs finish; the rest are skipped', async () => {
    const exe = writeScript(
      bin,
      'pacto-plugin-picky',
      `#!/bin/sh
req=$(cat)
case "$req" in *'"name":"b"'*) echo "b is not supported" >&2; exit 2 ;; esac
echo '{"files":[{"path":"x","content":"x"}]}'
`,
    );
    const contracts = ['a', 'b', 'c', 'd'].map((n) => simpleContract(config, n));
    config = { ...config, concurrency: 1, failFast: true };
    const stage = fakeStage(root);
    const io = recordingIO();
    await generate({ config, contracts, plugins: [plugin('picky', exe)], env: { PATH: process.env.PATH }, io }, stage);
    const reason = 'skipped:not run: fail-fast stopped scheduling after an earlier failure';
    expect(byIndex(stage.applied)).toEqual(['ok', 'failed', reason, reason]);
    expect(stage.staging.size).toBe(2);
    expect(allCalls(io).filter((m) => m.startsWith('– '))).toHaveLength(2);

    // Without fail-fast every job runs.
    const stage2 = fakeStage(path.join(root, 'second'));
    await generate(
      {
        config: { ...config, failFast: false },
        contracts,
        plugins: [plugin('picky', exe)],
        env: { PATH: process.env.PATH },
        io: recordingIO(),
      },
      stage2,
    );
    expect(byIndex(stage2.applied)).toEqual(['ok', 'failed', 'ok', 'ok']);
  });

  it('fail-fast: a job already running when another fails still finishes and is applied', async () => {
    const exe = writeScript(
      bin,
      'pacto-plugin-mixed',
      `#!/bin/sh
req=$(cat)
case "$req" in *'"name":"a"'*) sleep 0.5 ;; *'"name":"b"'*) exit 1 ;; esac
echo '{"files":[{"path":"x","content":"x"}]}'
`,
    );
    const contracts = ['a', 'b', 'c', 'd'].map((n) => simpleContract(config, n));
    config = { ...config, concurrency: 2, failFast: true };
    const stage = fakeStage(root);
    await generate({ config, contracts, plugins: [plugin('mixed', exe)], env: { PATH: process.env.PATH }, io: recordingIO() }, stage);
    const reason = 'skipped:not run: fail-fast stopped scheduling after an earlier failure';
    expect(byIndex(stage.applied)).toEqual(['ok', 'failed', reason, reason]);
  });

  it('fail-fast: an invalid contract stops scheduling the jobs after it', async () => {
    const records = path.join(root, 'records');
    const p = recorder(records);
    const contracts = [simpleContract(config, 'a'), simpleContract(config, 'bad', false), simpleContract(config, 'c')];
    config = { ...config, concurrency: 1, failFast: true };
    const stage = fakeStage(root);
    await generate({ config, contracts, plugins: [p], env: { PATH: process.env.PATH }, io: recordingIO() }, stage);
    expect(byIndex(stage.applied)).toEqual([
      'ok',
      'skipped:the contract is invalid',
      'skipped:not run: fail-fast stopped scheduling after an earlier failure',
    ]);
    expect(fs.readdirSync(records)).toEqual(['services_a.json']);
  });

  it('fails a job whose output directory would leave the working directory, without running it', async () => {
    const records = path.join(root, 'records');
    const p = recorder(records);
    p.spec.output = '{service}/out';
    const c = contract(config, 'x', '{"pactoVersion":"1.0","service":{"name":"../../escape","version":"1"},"interfaces":null}');
    const stage = fakeStage(root);
    await generate({ config, contracts: [c], plugins: [p], env: { PATH: process.env.PATH }, io: recordingIO() }, stage);
    expect(failureOf(stage.applied[0]).error).toBe(
      'plugin recorder on x/pacto.yaml: output directory "../../escape/out" is outside the working directory',
    );
    expect(fs.existsSync(records) && fs.readdirSync(records)).toEqual([]);
  });
});
