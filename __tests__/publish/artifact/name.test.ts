/** Name rendering and validation, the GHES and environment preflight, and the client's own rules. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DefaultArtifactClient } from '@actions/artifact';
import { artifactNameProblem, FORBIDDEN_NAME_CHARACTERS, renderArtifactName } from '../../../src/publish/artifact/name.js';
import { artifactPreflight, ghesProblem } from '../../../src/publish/artifact/preflight.js';
import { withClientEnv } from '../../../src/publish/artifact/upload.js';
import { artifactUrl } from '../../../src/publish/artifact/url.js';
import { captureStdout, sandbox, type Sandbox } from './support.js';

describe('renderArtifactName', () => {
  it.each([
    ['pacto-{shard}', { index: 2, total: 4 }, 'pacto-2-of-4'],
    ['{shard}_outputs_{shard}', { index: 1, total: 1 }, '1-of-1_outputs_1-of-1'],
    ['pacto-generated', { index: 3, total: 5 }, 'pacto-generated'],
    ['pacto-{shard}', null, 'pacto'],
    ['{shard}.pacto', null, 'pacto'],
    ['a-{shard}-b', null, 'a-b'],
    ['a{shard}b', null, 'ab'],
  ])('%s with shard %j is %s', (template, shard, expected) => {
    expect(renderArtifactName(template, shard)).toBe(expected);
  });
});

describe('artifactNameProblem', () => {
  it('accepts ordinary names', () => {
    for (const name of ['pacto-generated', 'pacto 2-of-4', 'ünïcödé.name_1', 'x']) expect(artifactNameProblem(name, name)).toBeNull();
  });

  it('names every forbidden character found and how to fix it', () => {
    const problem = artifactNameProblem('a:b/c', 'a:b/c');
    expect(problem).toContain('"a:b/c" contains colon :, forward slash /');
    expect(problem).toContain('use letters, digits, -, _ or .');
    expect(artifactNameProblem('a\nb', 'a\nb')).toContain('"a\\nb" contains line feed \\n');
  });

  it('refuses an empty rendered name, quoting the template', () => {
    expect(artifactNameProblem('', '{shard}')).toBe(
      'artifact-name: "{shard}" renders to an empty name; give a name (default pacto-generated)',
    );
  });
});

describe('the forbidden set matches @actions/artifact', () => {
  let sb: Sandbox;
  let stdout: ReturnType<typeof captureStdout>;
  beforeAll(() => {
    sb = sandbox();
    stdout = captureStdout();
  });
  afterAll(() => {
    stdout.restore();
    sb.cleanup();
  });

  it('rejects a name exactly when the client does, for every ASCII character and a few others', async () => {
    fs.writeFileSync(path.join(sb.workspace, 'f.txt'), 'x');
    // No Actions.Results scope: the client stops at the token, after validating the name, before any request.
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = [part({ alg: 'none' }), part({ scp: 'Actions.ExampleScope' }), part('x')].join('.');
    const env = { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', GITHUB_SERVER_URL: 'https://github.com' };
    const chars = [...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)), 'é', '\u2028', '\uff1a', '😀'];
    const clientRejects: string[] = [];
    await withClientEnv(env, async () => {
      for (const c of chars) {
        const err = await new DefaultArtifactClient().uploadArtifact(`a${c}b`, [path.join(sb.workspace, 'f.txt')], sb.workspace).then(
          () => null,
          (e: Error) => e.message,
        );
        expect(err).not.toBeNull();
        if (err?.startsWith('The artifact name is not valid')) clientRejects.push(c);
        else expect(err).toContain('Failed to get backend IDs');
      }
    });
    expect(clientRejects.sort()).toEqual([...FORBIDDEN_NAME_CHARACTERS.keys()].sort());
    expect(chars.filter((c) => artifactNameProblem(`a${c}b`, 'x') !== null).sort()).toEqual(clientRejects.sort());
  });
});

describe('preflight', () => {
  const base = { uploadArtifact: true, artifactName: 'pacto-{shard}', shard: { index: 1, total: 2 } };
  const runnerEnv = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' };

  it.each([
    [undefined, true],
    ['https://github.com', true],
    ['https://GITHUB.COM/', true],
    ['https://octo.ghe.com', true],
    ['https://api.test.localhost', true],
    ['https://github.acme.internal', false],
    ['http://localhost:8080', false],
    ['https://github.com.evil.example', false],
  ])('GITHUB_SERVER_URL=%s supported: %s', (url, ok) => {
    expect(ghesProblem(url) === null).toBe(ok);
  });

  it('gives the rendered name and no problems on github.com', () => {
    expect(artifactPreflight(base, { ...runnerEnv, GITHUB_SERVER_URL: 'https://github.com' })).toEqual({
      name: 'pacto-1-of-2',
      problems: [],
    });
  });

  it('collects every problem at once, and GHES replaces the missing-variable one', () => {
    const ghes = artifactPreflight({ ...base, artifactName: 'a|{shard}' }, { GITHUB_SERVER_URL: 'https://ghes.corp' });
    expect(ghes.problems).toHaveLength(2);
    expect(ghes.problems[0]).toContain('GitHub Enterprise Server (ghes.corp)');
    expect(ghes.problems[1]).toContain('vertical bar |');
    const local = artifactPreflight(base, { ACTIONS_RESULTS_URL: 'x' });
    expect(local.problems).toEqual([expect.stringContaining('ACTIONS_RUNTIME_TOKEN is not set')]);
  });

  it('checks nothing when no upload was requested', () => {
    expect(
      artifactPreflight({ ...base, uploadArtifact: false, artifactName: 'a/b' }, { GITHUB_SERVER_URL: 'https://ghes.corp' }).problems,
    ).toEqual([]);
  });

  it('refuses a GITHUB_SERVER_URL that is not a URL', () => {
    expect(ghesProblem('not a url')).toContain('GITHUB_SERVER_URL "not a url" is not a URL');
  });
});

describe('artifactUrl', () => {
  it('builds the run artifact page, or nothing without the run', () => {
    expect(artifactUrl({ GITHUB_SERVER_URL: 'https://octo.ghe.com/', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9' }, 5)).toBe(
      'https://octo.ghe.com/o/r/actions/runs/9/artifacts/5',
    );
    expect(artifactUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9' }, 5)).toBe('https://github.com/o/r/actions/runs/9/artifacts/5');
    expect(artifactUrl({ GITHUB_REPOSITORY: 'o/r' }, 5)).toBe('');
  });
});
