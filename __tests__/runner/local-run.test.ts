import { afterAll, describe, expect, it, jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, parseArgs } from '../../scripts/local-run.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-run-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('local-run arguments', () => {
  it('takes every declared input as --name value or --name=value, plus its own flags', () => {
    const o = parseArgs(
      ['--working-directory', 'examples', '--contracts=services/*', '--workspace', dir, '--env', 'RUNNER_DEBUG=1', '--quiet'],
      ['working-directory', 'contracts'],
    );
    expect(o).toMatchObject({
      inputs: { 'working-directory': 'examples', contracts: 'services/*' },
      workspace: dir,
      env: { RUNNER_DEBUG: '1' },
      quiet: true,
    });
  });

  it('refuses unknown options and missing values', () => {
    expect(() => parseArgs(['--nope', 'x'], ['mode'])).toThrow('unknown option --nope; inputs are: mode');
    expect(() => parseArgs(['--mode'], ['mode'])).toThrow('--mode needs a value');
    expect(() => parseArgs(['stray'], ['mode'])).toThrow('unexpected argument "stray"');
  });
});

describe('local-run main', () => {
  it('prints log, annotations, outputs and summary readably and returns the exit code', async () => {
    const script = path.join(dir, 'probe.mjs');
    fs.writeFileSync(
      script,
      `import fs from 'node:fs';
console.log('hello ' + process.env['INPUT_WORKING-DIRECTORY']);
console.log('::error file=/w/a.yaml,line=4,col=2,title=CODE::broken');
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'valid<<X\\nfalse\\nX\\n');
fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, '<details><summary><code>a</code></summary>\\n\\nbody\\n</details>\\n');
process.exitCode = 1;
`,
    );
    const out: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    let code: number;
    try {
      code = await main(['--dist', script, '--workspace', dir, '--working-directory', 'sub']);
    } finally {
      spy.mockRestore();
    }
    const text = out.join('\n');
    expect(code).toBe(1);
    expect(text).toContain('hello sub');
    expect(text).toContain('[error] /w/a.yaml:4:2 CODE: broken');
    expect(text).toContain('valid = false');
    expect(text).toContain('▸ `a`');
    expect(text).toMatch(/result: failure \(exit 1\)/);
  });
});

describe('local-run --json', () => {
  it('never prints a token: INPUT_TOKEN (from --token or the github.token default) and the step env are redacted', async () => {
    const script = path.join(dir, 'json-probe.mjs');
    fs.writeFileSync(
      script,
      `import fs from 'node:fs';
fs.appendFileSync(process.env.GITHUB_ENV, 'DEPLOY_TOKEN=ghs_exported-secret\\n');
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'got=' + (process.env.INPUT_TOKEN === 'ghs_given-secret') + '\\n');
`,
    );
    const run = async (argv: string[]): Promise<string> => {
      const out: string[] = [];
      const spy = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
      try {
        expect(await main(argv)).toBe(0);
      } finally {
        spy.mockRestore();
      }
      return out.join('\n');
    };
    const given = await run(['--json', '--dist', script, '--workspace', dir, '--token', 'ghs_given-secret']);
    const parsed = JSON.parse(given) as { inputEnv: Record<string, string>; env: Record<string, string>; outputs: Record<string, string> };
    expect(parsed.outputs.got).toBe('true');
    expect(parsed.inputEnv.INPUT_TOKEN).toBe('***');
    expect(parsed.env.DEPLOY_TOKEN).toBe('***');
    expect(given).not.toContain('ghs_given-secret');
    expect(given).not.toContain('ghs_exported-secret');
    const fromDefault = await run(['--json', '--dist', script, '--workspace', dir, '--env', 'GITHUB_TOKEN=ghs_default-secret']);
    expect(fromDefault).not.toContain('ghs_default-secret');
    expect((JSON.parse(fromDefault) as { inputEnv: Record<string, string> }).inputEnv.INPUT_TOKEN).toBe('***');
  });
});
