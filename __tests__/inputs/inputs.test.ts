import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS, InputError, envInputReader, parseInputs, parseSize } from '../../src/inputs.js';

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-'));
  fs.mkdirSync(path.join(dir, 'examples'));
  return dir;
}

function parse(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const ws = workspace();
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: ws, RUNNER_TEMP: path.join(ws, 'tmp'), ...extraEnv };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return { config: parseInputs(envInputReader(env), env), ws };
}

function problems(inputs: Record<string, string>): string[] {
  try {
    parse(inputs);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).problems;
  }
  throw new Error('expected an InputError');
}

describe('parseInputs', () => {
  it('applies the action.yml defaults and freezes the config', () => {
    const { config, ws } = parse({});
    expect(config.workingDirectory).toBe(ws);
    expect(config.contracts).toEqual(['**/pacto.yaml']);
    expect(config.mode).toBe('generate');
    expect(config.failOn).toBe('error');
    expect(config.shard).toBeNull();
    expect(config.reportFile).toBe(path.join(ws, 'tmp', 'pacto-report.json'));
    expect(config.maxOutputSize).toBe(64 * 1024 * 1024);
    expect(config.pluginTimeout).toBe(300);
    expect(config.commitAuthor).toEqual({ name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads hyphenated inputs with the hyphen kept, as the runner sets them', () => {
    const { config, ws } = parse({ 'working-directory': 'examples', 'fail-on': 'warning', 'report-file': 'out/r.json' });
    expect(config.workingDirectory).toBe(path.join(ws, 'examples'));
    expect(config.failOn).toBe('warning');
    expect(config.reportFile).toBe(path.join(ws, 'examples', 'out', 'r.json'));
  });

  it('splits contract patterns on newlines and drops blanks and comments', () => {
    const { config } = parse({ contracts: 'services/*\n\n# skip\n!services/legacy\n' });
    expect(config.contracts).toEqual(['services/*', '!services/legacy']);
  });

  it('parses a shard', () => {
    expect(parse({ shard: '2/4', 'output-dir': '{bundle}/out' }).config.shard).toEqual({ index: 2, total: 4 });
  });

  it('names every bad input, its value and the allowed values in one error', () => {
    const p = problems({ mode: 'lint', 'fail-on': 'sometimes', shard: '5/4', 'plugin-timeout': '0', 'max-output-size': '10MB', clean: 'yes' });
    expect(p).toHaveLength(6);
    expect(p.join('\n')).toContain('mode: "lint" is not one of generate, validate, check');
    expect(p.join('\n')).toContain('fail-on: "sometimes" is not one of error, warning, never');
    expect(p.join('\n')).toContain('shard: "5/4"');
    expect(p.join('\n')).toContain('plugin-timeout: "0"');
    expect(p.join('\n')).toContain('max-output-size: "10MB"');
    expect(p.join('\n')).toContain('clean: "yes" is not a boolean');
  });

  it('keeps the report path when other inputs are bad, so the report is still written', () => {
    try {
      parse({ mode: 'nope', 'report-file': 'r.json' });
      throw new Error('expected an InputError');
    } catch (err) {
      expect((err as InputError).reportFile).toMatch(/r\.json$/);
    }
  });

  it('refuses a working directory that does not exist', () => {
    expect(problems({ 'working-directory': 'nowhere' })[0]).toContain('working-directory: "nowhere" does not exist');
  });

  it('refuses commit outside generate mode and check mode without plugins', () => {
    const p = problems({ mode: 'check', commit: 'true' });
    expect(p).toContain('commit: true works only with mode: generate (mode is check)');
    expect(p.some((x) => x.startsWith('mode: check needs at least one plugin'))).toBe(true);
  });

  it('refuses output templates with unknown variables, escapes, or no {bundle}/{service} under shard', () => {
    const p = problems({ 'output-dir': '../{plugin}/{nope}', shard: '1/2' });
    expect(p.some((x) => x.includes('{nope}'))).toBe(true);
    expect(p.some((x) => x.includes('must stay inside the working directory'))).toBe(true);
    expect(p.some((x) => x.includes('must contain {bundle} or {service}'))).toBe(true);
  });

  it('refuses a malformed commit author', () => {
    expect(problems({ 'commit-author': 'just a name' })[0]).toContain('commit-author');
  });

  it('declares a default for every input in action.yml', () => {
    const yml = fs.readFileSync(path.join(process.cwd(), 'action.yml'), 'utf8');
    const declared = [...yml.matchAll(/^ {2}([a-z][a-z0-9-]*):\n {4}description/gm)].map((m) => m[1]);
    const inputs = declared.slice(0, declared.indexOf('valid'));
    expect(Object.keys(DEFAULTS).sort()).toEqual([...inputs].sort());
  });
});

describe('parseSize', () => {
  it.each([
    ['1024', 1024],
    ['64MiB', 64 * 1024 ** 2],
    ['2 KiB', 2048],
    ['1GiB', 1024 ** 3],
  ])('%s is %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['', '0', '1.5MiB', '10MB', '-1'])('refuses %p', (text) => expect(parseSize(text)).toBeNull());
});
