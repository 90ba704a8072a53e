import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFileCommands, parseWorkflowCommands, readActionYml, renderLog, spawnAction } from '../helpers/runner.js';
import { redactEnv } from '../../scripts/runner-lib.mjs';

describe('parseFileCommands (the runner grammar)', () => {
  it('reads name=value and heredocs written by @actions/core', () => {
    const text = 'a=1\nb=x=y\nc<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\nd<<EOF\nEOF\n';
    expect(parseFileCommands(text)).toEqual({ a: '1', b: 'x=y', c: 'line 1\nline 2', d: '' });
  });

  it('splits at = when it comes before <<, and keeps a CR in the line', () => {
    expect(parseFileCommands('a=b<<c\nx<<D\nv\r\nD\n')).toEqual({ a: 'b<<c', x: 'v\r' });
  });

  it('fails like the runner on malformed files', () => {
    expect(() => parseFileCommands('novalue\n')).toThrow("Invalid format 'novalue'");
    expect(() => parseFileCommands('<<D\nx\nD\n')).toThrow('Name must not be empty and delimiter must not be empty');
    expect(() => parseFileCommands('a<<D\nx\n')).toThrow("Matching delimiter not found 'D'");
    expect(() => parseFileCommands('a<<D\nx')).toThrow('EOF marker missing new line');
    expect(() => parseFileCommands('a<<D\nx\nD\r\n')).toThrow("Matching delimiter not found 'D'");
  });
});

describe('parseWorkflowCommands', () => {
  it('finds annotations with their properties, unescaped, on trimmed lines', () => {
    const r = parseWorkflowCommands(
      'plain\n  ::error file=/a/b.yaml,line=3,col=5,title=CODE%3A x::msg%0Anext\n::warning::w\n::notice title=n::hello',
    );
    expect(r.annotations).toEqual([
      { level: 'error', message: 'msg\nnext', file: '/a/b.yaml', line: 3, column: 5, endLine: null, endColumn: null, title: 'CODE: x' },
      { level: 'warning', message: 'w', file: null, line: null, column: null, endLine: null, endColumn: null, title: null },
      { level: 'notice', message: 'hello', file: null, line: null, column: null, endLine: null, endColumn: null, title: 'n' },
    ]);
  });

  it('recognises the legacy ##[ form anywhere in a line, and CR as a line break', () => {
    const r = parseWorkflowCommands('prefix ##[error]boom\rx::warning::not at start\r\n::ERROR::upper');
    expect(r.annotations.map((a) => [a.level, a.message])).toEqual([
      ['error', 'boom'],
      ['error', 'upper'],
    ]);
  });

  it('ignores unregistered names and honours stop-commands', () => {
    const r = parseWorkflowCommands(
      '::nope::x\n::stop-commands::tok\n::error::hidden\n::tok::\n::error::seen\n::set-output name=o::v\n::add-mask::secret',
    );
    expect(r.annotations.map((a) => a.message)).toEqual(['seen']);
    expect(r.outputs).toEqual({ o: 'v' });
    expect(r.masks).toEqual(['secret']);
  });

  it('renders the log readably and masks values', () => {
    const log = renderLog(
      '::group::Plugins\nhello secret\n::endgroup::\n::add-mask::secret\n::error file=f.yaml,line=2,col=4,title=X::bad',
    );
    expect(log).toBe('▸ Plugins\nhello ***\n[error] f.yaml:2:4 X: bad');
  });
});

describe('spawnAction', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-lib-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the script the runner environment, file commands and cwd, and reads them back', async () => {
    const script = path.join(dir, 'probe.mjs');
    fs.writeFileSync(
      script,
      `import fs from 'node:fs';
const env = process.env;
const pick = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('INPUT_')));
fs.appendFileSync(env.GITHUB_OUTPUT, 'inputs<<EOD\\n' + JSON.stringify(pick) + '\\nEOD\\n');
fs.appendFileSync(env.GITHUB_OUTPUT, 'cwd=' + process.cwd() + '\\n');
fs.appendFileSync(env.GITHUB_OUTPUT, 'temp=' + env.RUNNER_TEMP + '|' + env.GITHUB_ACTIONS + '|' + env.CI + '|' + (env.NODE_OPTIONS ?? 'none') + '\\n');
fs.appendFileSync(env.GITHUB_STEP_SUMMARY, '# hi\\n');
console.log('::error file=' + process.cwd() + '/x.yaml,line=2,col=3,title=T::oops');
console.error('::warning::from stderr');
process.exitCode = 3;
`,
    );
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(ws);
    const r = await spawnAction({
      dist: script,
      workspace: ws,
      inputs: { 'working-directory': 'examples', contracts: 'services/*' },
      inheritEnv: { PATH: process.env.PATH, NODE_OPTIONS: '--inspect', INPUT_STALE: 'x' },
    });
    try {
      expect(r.exitCode).toBe(3);
      expect(r.failed).toBe(true);
      const inputs = JSON.parse(r.outputs.inputs) as Record<string, string>;
      // Every declared input is present, hyphens kept, defaults filled in.
      const declared = Object.keys(readActionYml().inputs);
      expect(Object.keys(inputs).sort()).toEqual(declared.map((n) => `INPUT_${n.toUpperCase()}`).sort());
      expect(inputs['INPUT_WORKING-DIRECTORY']).toBe('examples');
      expect(inputs.INPUT_CONTRACTS).toBe('services/*');
      expect(inputs.INPUT_MODE).toBe('generate');
      expect(inputs['INPUT_FAIL-ON']).toBe('error');
      expect(r.outputs.cwd).toBe(ws);
      expect(r.outputs.temp).toBe(`${r.runnerTemp}|true|true|none`);
      expect(r.summary).toBe('# hi\n');
      expect(r.annotations.map((a) => [a.level, a.file, a.line, a.column, a.title, a.message])).toEqual([
        ['error', `${ws}/x.yaml`, 2, 3, 'T', 'oops'],
        ['warning', null, null, null, null, 'from stderr'],
      ]);
    } finally {
      r.cleanup();
    }
    expect(fs.existsSync(r.work)).toBe(false);
  });

  it('fails the step on a malformed GITHUB_OUTPUT even with exit code 0', async () => {
    const script = path.join(dir, 'bad.mjs');
    fs.writeFileSync(script, "import fs from 'node:fs';\nfs.appendFileSync(process.env.GITHUB_OUTPUT, 'oops\\n');\n");
    const r = await spawnAction({ dist: script, workspace: dir });
    r.cleanup();
    expect(r.exitCode).toBe(0);
    expect(r.failed).toBe(true);
    expect(r.fileCommandErrors).toEqual(["Unable to process file command 'output' successfully.\nInvalid format 'oops'"]);
  });
});

describe('redacting secrets for display', () => {
  it('replaces non-empty values of TOKEN, SECRET and PASSWORD names with ***', () => {
    expect(
      redactEnv({ INPUT_TOKEN: 'ghs_x', GH_TOKEN: 'y', MY_SECRET_KEY: 'z', db_password: 'p', INPUT_MODE: 'check', EMPTY_TOKEN: '' }),
    ).toEqual({
      INPUT_TOKEN: '***',
      GH_TOKEN: '***',
      MY_SECRET_KEY: '***',
      db_password: '***',
      INPUT_MODE: 'check',
      EMPTY_TOKEN: '',
    });
  });

  it('returns inputEnv redacted while the action still gets the real token', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-redact-'));
    try {
      const script = path.join(dir, 'probe.mjs');
      fs.writeFileSync(
        script,
        "import fs from 'node:fs';\nfs.appendFileSync(process.env.GITHUB_OUTPUT, 'real=' + (process.env.INPUT_TOKEN === 'ghs_secret-value') + '\\n');\n",
      );
      const r = await spawnAction({
        dist: script,
        workspace: dir,
        inputs: { token: 'ghs_secret-value' },
        inheritEnv: { PATH: process.env.PATH },
      });
      r.cleanup();
      expect(r.outputs.real).toBe('true');
      expect(r.inputEnv.INPUT_TOKEN).toBe('***');
      expect(JSON.stringify(r.inputEnv)).not.toContain('ghs_secret-value');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
