import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS, InputError, envInputReader, parseInputs } from '../src/inputs.js';
import { recordingIO } from './helpers/recording-io.js';
import { publishReport } from '../src/report/finish.js';
import { emptyState } from '../src/run-state.js';

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
    const p = problems({
      mode: 'lint',
      'fail-on': 'sometimes',
      shard: '5/4',
      'plugin-timeout': '0',
      'compression-level': '10',
      clean: 'yes',
    });
    expect(p).toHaveLength(6);
    expect(p.join('\n')).toContain('mode: "lint" is not one of generate, validate, check');
    expect(p.join('\n')).toContain('fail-on: "sometimes" is not one of error, warning, never');
    expect(p.join('\n')).toContain('shard: "5/4"');
    expect(p.join('\n')).toContain('plugin-timeout: "0"');
    expect(p.join('\n')).toContain('compression-level: "10" is not a whole number from 0 to 9');
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

  it('reads commit: pull-request with its branch, labels and draft', () => {
    expect(parse({}).config.pullRequest).toBeNull();
    const { config } = parse({ commit: 'pull-request', 'pr-labels': 'pacto, automated\ndeps\n# comment\npacto', 'pr-draft': 'true' });
    expect(config.commit).toBe(true);
    expect(config.pullRequest).toEqual({ branch: 'pacto/regenerate', labels: ['pacto', 'automated', 'deps'], draft: true });
    expect(parse({ commit: 'true' }).config.pullRequest).toBeNull();
  });

  it('refuses a bad commit value, pr-branch or label', () => {
    expect(problems({ commit: 'pr' })).toContain('commit: "pr" is not one of true, false, pull-request');
    expect(problems({ commit: 'pull-request', 'pr-branch': 'a..b' })[0]).toContain('pr-branch: "a..b"');
    // Each of these would make the force-push go somewhere else (HEAD, an option, a full ref, a refspec).
    for (const branch of ['HEAD', '@', '-f', '--force', 'refs/heads/main', 'main:other', 'a b', 'x.lock', 'a/', '.hidden', 'a@{1}']) {
      expect([branch, problems({ commit: 'pull-request', 'pr-branch': branch })[0]]).toEqual([
        branch,
        expect.stringContaining(`pr-branch: "${branch}"`),
      ]);
    }
    expect(problems({ commit: 'pull-request', 'pr-branch': 'release', branch: 'release' })[0]).toContain('is the base branch');
    expect(problems({ commit: 'pull-request', 'pr-labels': 'x'.repeat(51) })[0]).toContain('50 characters');
    expect(problems({ commit: 'pull-request', mode: 'check', plugins: '- a' })).toContain(
      'commit: pull-request works only with mode: generate (mode is check)',
    );
  });

  it('reads sarif-file relative to the working directory', () => {
    const { config, ws } = parse({ 'sarif-file': 'out/pacto.sarif' });
    expect(config.sarifFile).toBe(path.join(ws, 'out/pacto.sarif'));
    expect(parse({}).config.sarifFile).toBeNull();
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

function inputError(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): { err: InputError; ws: string } {
  const ws = workspace();
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: ws, RUNNER_TEMP: path.join(ws, 'tmp'), ...extraEnv };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  try {
    parseInputs(envInputReader(env), env);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return { err: err as InputError, ws };
  }
  throw new Error('expected an InputError');
}

describe('parseInputs: audit fixes', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) fs.rmSync(d, { recursive: true, force: true });
  });
  const failing = (inputs: Record<string, string>) => {
    const r = inputError(inputs);
    made.push(r.ws);
    return r;
  };

  it('quotes the contracts value when it has only negations or only comments', () => {
    expect(failing({ contracts: '!x' }).err.problems).toEqual([
      'contracts: "!x" has only negations; give at least one pattern that is not a negation (default **/pacto.yaml)',
    ]);
    expect(failing({ contracts: '# services/*' }).err.problems[0]).toContain(
      'contracts: "# services/*" has no pattern (blank lines and # comments only)',
    );
  });

  it('refuses a report-file named pacto.yaml and keeps the report away from it', async () => {
    const { err, ws } = failing({ 'working-directory': 'examples', 'report-file': 'svc/Pacto.yaml' });
    expect(err.problems).toEqual([
      expect.stringMatching(/^report-file: "svc\/Pacto\.yaml" is named pacto\.yaml and could overwrite a contract/),
    ]);
    expect(err.reportFile).toBe(path.join(ws, 'tmp', 'pacto-report.json'));
    const contract = path.join(ws, 'examples', 'pacto.yaml');
    fs.writeFileSync(contract, 'pactoVersion: "1.0"\n');
    const { err: direct } = failing({ 'report-file': contract });
    expect(direct.reportFile).not.toBe(contract);
  });

  it('never creates a missing working directory by writing the report under it', async () => {
    const { err, ws } = failing({ 'working-directory': 'missing', 'report-file': 'out/report.json' });
    expect(err.problems).toEqual([
      `working-directory: "missing" does not exist as a directory under ${ws}; so report-file "out/report.json" went to RUNNER_TEMP instead (${path.join(ws, 'tmp', 'report.json')}), not under the working directory`,
    ]);
    expect(err.reportFile).toBe(path.join(ws, 'tmp', 'report.json'));
    const state = emptyState();
    state.inputError = err.message;
    state.inputReportFile = err.reportFile;
    state.fatal.push(err.message);
    await publishReport(state, recordingIO());
    expect(fs.existsSync(path.join(ws, 'tmp', 'report.json'))).toBe(true);
    expect(fs.existsSync(path.join(ws, 'missing'))).toBe(false);
  });

  it('refuses a working directory outside the workspace, naming the value', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-outside-'));
    made.push(outside);
    for (const wd of ['..', outside, 'examples/../..']) {
      const { err, ws } = failing({ 'working-directory': wd });
      expect(err.problems).toEqual([
        `working-directory: "${wd}" is outside the workspace ${ws} (GITHUB_WORKSPACE): annotations could not be mapped to the repository's files; give a directory inside the workspace`,
      ]);
    }
    const { config, ws } = parse({ 'working-directory': 'examples/.' });
    made.push(ws);
    expect(config.workingDirectory).toBe(path.join(ws, 'examples'));
  });

  it('freezes the config deeply', () => {
    const { config, ws } = parse({
      contracts: 'a/*\nb/*',
      shard: '1/2',
      'output-dir': '{bundle}/out',
      'plugin-dirs': 'tools',
      plugins: '- name: k8s\n  options:\n    version: 1.0\n  env:\n    LOG_LEVEL: debug\n',
    });
    made.push(ws);
    const nested: object[] = [
      config.contracts,
      config.plugins,
      config.plugins[0],
      config.plugins[0].source,
      config.plugins[0].options,
      config.plugins[0].env,
      config.shard!,
      config.commitAuthor,
      config.pluginDirs,
    ];
    for (const o of nested) expect(Object.isFrozen(o)).toBe(true);
    expect(() => (config.contracts as string[]).push('c/*')).toThrow(TypeError);
    expect(() => {
      (config.plugins[0].options as Record<string, string>).version = '2';
    }).toThrow(TypeError);
  });
});

describe('comment inputs', () => {
  it('default to off and pacto-report, and take on-change, always and mode: comment', () => {
    expect(parse({}).config.comment).toBe('off');
    expect(parse({}).config.commentArtifact).toBe('pacto-report');
    expect(parse({ comment: 'on-change' }).config.comment).toBe('on-change');
    const c = parse({ mode: 'comment', comment: 'always', 'comment-artifact': 'pacto-report-api' }).config;
    expect([c.mode, c.comment, c.commentArtifact]).toEqual(['comment', 'always', 'pacto-report-api']);
  });

  it('name the allowed values, and refuse commit or upload-artifact in mode: comment', () => {
    expect(problems({ comment: 'yes' })).toEqual(['comment: "yes" is not one of off, on-change, always']);
    expect(problems({ mode: 'comments' })[0]).toBe('mode: "comments" is not one of generate, validate, check, comment');
    expect(problems({ 'comment-artifact': 'a/b' })[0]).toMatch(/^comment-artifact: "a\/b" is not an artifact name/);
    expect(problems({ mode: 'comment', commit: 'true' })).toEqual([
      'mode: comment only posts the pull request comment from a report artifact; it cannot commit or upload-artifact (set them to false)',
    ]);
  });
});

describe('parseInputs: the breaking-change gate', () => {
  it('is off by default, with the default label', () => {
    const { config } = parse({});
    expect([config.breaking, config.base, config.breakingLabel]).toEqual(['off', '', 'pacto-breaking-ok']);
  });

  it('reads warn/error, a base ref and a label', () => {
    const { config } = parse({ breaking: 'error', base: 'origin/main', 'breaking-label': 'api-break' });
    expect([config.breaking, config.base, config.breakingLabel]).toEqual(['error', 'origin/main', 'api-break']);
  });

  it('names a bad mode with its allowed values, and refuses a base git would read as an option or a range', () => {
    expect(problems({ breaking: 'strict' })).toEqual(['breaking: "strict" is not one of off, warn, error']);
    for (const base of ['--upload-pack=x', 'main..feature', 'main:file', 'a b']) {
      expect(problems({ breaking: 'warn', base })[0]).toMatch(/^base: .* is not a git ref or commit SHA/);
    }
  });

  it('refuses a base while the gate is off (it would silently do nothing)', () => {
    expect(problems({ base: 'main' })).toEqual([
      'base: "main" is set but breaking is off; set breaking to warn or error to compare against it',
    ]);
  });
});
