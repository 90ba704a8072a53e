import { describe, expect, it } from '@jest/globals';
import { parsePluginSpecs, parseSize } from '../../src/plugins/spec.js';

const SHA = 'a'.repeat(64);

function errorsOf(text: string): string[] {
  const r = parsePluginSpecs(text);
  expect(r.specs).toEqual([]);
  return r.errors;
}

describe('parsePluginSpecs', () => {
  it('accepts an empty input', () => {
    expect(parsePluginSpecs('')).toEqual({ specs: [], errors: [] });
    expect(parsePluginSpecs('  \n')).toEqual({ specs: [], errors: [] });
  });

  it('parses one item per source, as in the issue', () => {
    const r = parsePluginSpecs(`
- readme
- name: helm
  github: acme/pacto-plugins@v1.4.0
  sha256: ${SHA.toUpperCase()}
- name: k8s
  url: https://example.com/k8s/{version}/pacto-plugin-k8s_{os}_{arch}.tar.gz
  version: 2.0.1
  sha256: ${SHA}
- name: docs
  path: tools/pacto-plugin-docs
- name: openapi
  npm: "@acme/pacto-plugin-openapi@3.2.0"
- name: local
  npm: vendor/pacto-plugin-local-1.0.0.tgz
  scripts: true
- name: custom
  github: acme/tools@2024.01
  asset: "tool-{name}-{tag}-{version}_{os}_{arch}{ext}"
`);
    expect(r.errors).toEqual([]);
    expect(r.specs.map((s) => [s.name, s.source, s.sha256])).toEqual([
      ['readme', { kind: 'locate' }, null],
      ['helm', { kind: 'github', owner: 'acme', repo: 'pacto-plugins', tag: 'v1.4.0', asset: null }, SHA],
      ['k8s', { kind: 'url', url: 'https://example.com/k8s/{version}/pacto-plugin-k8s_{os}_{arch}.tar.gz', version: '2.0.1' }, SHA],
      ['docs', { kind: 'path', path: 'tools/pacto-plugin-docs' }, null],
      ['openapi', { kind: 'npm', spec: '@acme/pacto-plugin-openapi@3.2.0', scripts: false }, null],
      ['local', { kind: 'npm', spec: 'vendor/pacto-plugin-local-1.0.0.tgz', scripts: true }, null],
      [
        'custom',
        { kind: 'github', owner: 'acme', repo: 'tools', tag: '2024.01', asset: 'tool-{name}-{tag}-{version}_{os}_{arch}{ext}' },
        null,
      ],
    ]);
    expect(r.specs[0]).toEqual({
      name: 'readme',
      source: { kind: 'locate' },
      sha256: null,
      options: {},
      output: null,
      timeout: null,
      env: {},
    });
  });

  it('reads feeds-contract: true or false, in block and flow items', () => {
    const r = parsePluginSpecs(
      '- { name: openapi-infer, feeds-contract: true, options: { framework: fastapi } }\n- name: readme\n  feeds-contract: false\n- k8s\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.specs.map((s) => [s.name, s.feedsContract])).toEqual([
      ['openapi-infer', true],
      ['readme', false],
      ['k8s', undefined],
    ]);
    expect(r.specs[0].options).toEqual({ framework: 'fastapi' });
  });

  it('keeps option scalars as their YAML source text', () => {
    const r = parsePluginSpecs(`
- name: k8s
  options:
    version: 1.0
    enabled: true
    empty: ~
    blank:
    quoted: "1.0"
    hex: 0x1F
    exp: 1e3
    text: hello world
    block: |
      line
  output: deploy/{service}
  timeout: 30
  max-output-size: 128MiB
  env:
    LOG_LEVEL: debug
    RETRIES: 3
`);
    expect(r.errors).toEqual([]);
    expect(r.specs[0].options).toEqual({
      version: '1.0',
      enabled: 'true',
      empty: '',
      blank: '',
      quoted: '1.0',
      hex: '0x1F',
      exp: '1e3',
      text: 'hello world',
      block: 'line\n',
    });
    expect(r.specs[0].output).toBe('deploy/{service}');
    expect(r.specs[0].timeout).toBe(30);
    expect(r.specs[0].maxOutputSize).toBe(128 * 1024 ** 2);
    expect(r.specs[0].env).toEqual({ LOG_LEVEL: 'debug', RETRIES: '3' });
  });

  it.each([
    ['not YAML', '- name: [x', /^not valid YAML: /],
    ['a mapping at the top', 'name: x', /^must be a YAML list of plugin names or mappings \(got a mapping\)$/],
    ['a nested sequence item', '- [a, b]', /^item 1: must be a plugin name or a mapping with name: \(got a sequence\)$/],
    ['a bad bare name', '- Readme', /^item 1: name "Readme" is not a plugin name/],
    ['a name with pacto-plugin_ chars', '- name: my_plugin', /^item 1: name "my_plugin" is not a plugin name/],
    ['a missing name', '- path: x', /^item 1: name is missing$/],
    ['an unknown key', '- name: a\n  sorce: x', /^item 1 \(a\): unknown key "sorce"; allowed keys are name, path/],
    ['two sources', '- name: a\n  path: x\n  url: https://e.com/x', /^item 1 \(a\): path and url: give at most one source/],
    ['a duplicate name', '- a\n- name: a\n  path: x', /^item 2 \(a\): name "a" is already used by item 1/],
    ['a malformed github', '- name: a\n  github: acme@v1', /^item 1 \(a\): github "acme@v1": must be owner\/repo@tag/],
    ['github without a tag', '- name: a\n  github: acme/x', /^item 1 \(a\): github "acme\/x": must be owner\/repo@tag/],
    [
      'github @latest',
      '- name: helm\n  github: acme/x@latest',
      /^item 1 \(helm\): github "acme\/x@latest": "latest" is a moving tag; pin a release tag/,
    ],
    ['github @main', '- name: helm\n  github: acme/x@main', /"main" is a moving tag/],
    ['github @nightly', '- name: helm\n  github: acme/x@Nightly', /"Nightly" is a moving tag/],
    ['a bad git tag', '- name: a\n  github: acme/x@v1..2', /github "acme\/x@v1..2": "v1..2" is not a valid git tag name/],
    [
      'http url',
      '- name: a\n  url: http://example.com/x',
      /^item 1 \(a\): url "http:\/\/example.com\/x": must be https:\/\/ \(plain http:\/\/ is allowed only for 127.0.0.1, localhost or \[::1\]\)$/,
    ],
    ['ftp url', '- name: a\n  url: ftp://example.com/x', /url "ftp:\/\/example.com\/x": must be https:\/\//],
    ['not a url', '- name: a\n  url: example.com/x', /url "example.com\/x": not a valid URL/],
    ['credentials in a url', '- name: a\n  url: https://u:p@example.com/x', /must not contain credentials/],
    [
      'an unknown url variable',
      '- name: a\n  url: https://e.com/{platform}',
      /url "https:\/\/e.com\/\{platform\}": unknown template variable \{platform\}/,
    ],
    ['{version} without version', '- name: a\n  url: https://e.com/{version}/x', /uses \{version\} but the item has no version/],
    [
      'a short sha256',
      '- name: a\n  url: https://e.com/x\n  sha256: abc',
      /^item 1 \(a\): sha256 "abc": must be 64 hexadecimal characters/,
    ],
    ['a non-hex sha256', `- name: a\n  url: https://e.com/x\n  sha256: ${'g'.repeat(64)}`, /sha256 "g+": must be 64 hexadecimal/],
    ['version with github', '- name: a\n  github: a/b@v1.0.0\n  version: 1.0.0', /^item 1 \(a\): version "1.0.0": allowed only with url/],
    ['version with a bare name', '- name: a\n  version: 1.0.0', /version "1.0.0": allowed only with url/],
    ['sha256 with npm', `- name: a\n  npm: x@1.0.0\n  sha256: ${SHA}`, /^item 1 \(a\): sha256: not allowed with npm/],
    ['sha256 with a bare name', `- name: a\n  sha256: ${SHA}`, /^item 1 \(a\): sha256: not allowed without a download source/],
    ['an npm range', '- name: a\n  npm: "x@^1.0.0"', /^item 1 \(a\): npm "x@\^1.0.0": give an exact version/],
    ['an npm tag', '- name: a\n  npm: "@acme/x@latest"', /npm "@acme\/x@latest": give an exact version/],
    ['an npm name without version', '- name: a\n  npm: x', /npm "x": give an exact version/],
    ['an npm tarball url', '- name: a\n  npm: https://e.com/x.tgz', /npm "https:\/\/e.com\/x.tgz": give an exact version/],
    ['asset without github', '- name: a\n  url: https://e.com/x\n  asset: y', /asset "y": allowed only with github/],
    ['scripts without npm', '- name: a\n  path: x\n  scripts: true', /scripts: allowed only with npm/],
    ['scripts not boolean', '- name: a\n  npm: x@1.0.0\n  scripts: yes', /scripts: must be true or false/],
    ['options as a list', '- name: a\n  options: [x]', /^item 1 \(a\): options: must be a mapping/],
    ['an option sequence', '- name: a\n  options:\n    tags: [x, y]', /^item 1 \(a\): options.tags: a sequence is not allowed/],
    ['an option mapping', '- name: a\n  options:\n    nested: {x: 1}', /options.nested: a mapping is not allowed/],
    ['output not a string', '- name: a\n  output: [x]', /^item 1 \(a\): output: must be a non-empty string$/],
    ['feeds-contract as text', '- name: a\n  feeds-contract: "true"', /^item 1 \(a\): feeds-contract: must be true or false$/],
    ['feeds-contract a list', '- name: a\n  feeds-contract: [x]', /^item 1 \(a\): feeds-contract: must be true or false$/],
    ['timeout zero', '- name: a\n  timeout: 0', /^item 1 \(a\): timeout "0": must be whole seconds/],
    ['timeout fractional', '- name: a\n  timeout: 1.5', /timeout "1.5": must be whole seconds/],
    ['timeout text', '- name: a\n  timeout: soon', /timeout "soon": must be whole seconds/],
    [
      'max-output-size in MB',
      '- name: a\n  max-output-size: 10MB',
      /^item 1 \(a\): max-output-size "10MB": must be a size in bytes, or a number with KiB, MiB or GiB \(for example 128MiB\)$/,
    ],
    ['max-output-size zero', '- name: a\n  max-output-size: 0', /^item 1 \(a\): max-output-size "0": must be a size/],
    ['max-output-size fractional', '- name: a\n  max-output-size: 1.5MiB', /max-output-size "1.5MiB": must be a size/],
    ['max-output-size a list', '- name: a\n  max-output-size: [1]', /^item 1 \(a\): max-output-size: must be a size/],
    ['env as a list', '- name: a\n  env: [x]', /^item 1 \(a\): env: must be a mapping/],
    ['env value mapping', '- name: a\n  env:\n    X: {y: 1}', /env.X: a mapping is not allowed/],
    ['env bad name', '- name: a\n  env:\n    1X: y', /env: key "1X" is not an environment variable name/],
  ])('rejects %s', (_label, text, expected) => {
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => expected.test(e))).toBe(true);
  });

  it('reports every problem at once, each naming its item', () => {
    const errors = errorsOf(`
- ok
- name: Bad
- name: helm
  github: acme/x@latest
  sha256: nope
`);
    expect(errors).toEqual([
      expect.stringMatching(/^item 2: name "Bad" is not a plugin name/),
      expect.stringMatching(/^item 3 \(helm\): sha256 "nope": must be 64/),
      expect.stringMatching(/^item 3 \(helm\): github "acme\/x@latest": "latest" is a moving tag/),
    ]);
  });

  it.each([
    ['beta', 'acme/x@beta', /"beta" is a moving tag; pin a release tag such as v1.4.0/],
    ['rc', 'acme/x@RC', /"RC" is a moving tag/],
    ['release', 'acme/x@release', /"release" is a moving tag/],
    ['lts', 'acme/x@lts', /"lts" is a moving tag/],
    ['production', 'acme/x@production', /"production" is a moving tag/],
    ['weekly', 'acme/x@weekly', /"weekly" is a moving tag/],
    [
      'a floating major',
      'acme/x@v1',
      /"v1" is a floating major or minor tag that moves with each release; pin a full release tag such as v1.4.0$/,
    ],
    ['a floating minor', 'acme/x@v1.4', /"v1.4" is a floating major or minor tag.*pin a full release tag such as v1.4.0$/],
    ['a bare major', 'acme/x@2', /"2" is a floating major or minor tag/],
    ['an upper-case floating major', 'acme/x@V2', /"V2" is a floating major or minor tag/],
    ['a branch ref', 'acme/x@refs/heads/main', /"refs\/heads\/main" is a git ref, not a release tag; give the tag name alone/],
    ['a heads/ ref', 'acme/x@heads/release-1', /"heads\/release-1" is a git ref/],
  ])('refuses a moving github tag: %s', (_label, ref, expected) => {
    const errors = errorsOf(`- name: helm\n  github: ${ref}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^item 1 \(helm\): github "/);
    expect(errors[0]).toMatch(expected);
  });

  it('accepts full release tags and calendar versions', () => {
    for (const tag of ['v1.4.0', '1.4.0', 'v1.4.0-rc.1', '2024.01', 'release-2024-05-01', 'plugins/v1.2.3']) {
      expect(parsePluginSpecs(`- name: helm\n  github: acme/x@${tag}`).errors).toEqual([]);
    }
  });

  it('reports only the two-sources error for an item with two sources, not errors of keys that depend on the source', () => {
    expect(errorsOf(`- name: a\n  path: x\n  url: https://e.com/x\n  version: 1.0.0\n  sha256: ${SHA}`)).toEqual([
      'item 1 (a): path and url: give at most one source (path, url, github or npm) per plugin',
    ]);
    expect(errorsOf(`- name: a\n  github: a/b@v1.0.0\n  npm: x@1.0.0\n  sha256: ${SHA}\n  asset: y\n  scripts: true`)).toEqual([
      'item 1 (a): github and npm: give at most one source (path, url, github or npm) per plugin',
    ]);
    // Errors that do not depend on the source are still reported.
    expect(errorsOf('- name: a\n  path: x\n  npm: x@1.0.0\n  timeout: 0')).toEqual([
      'item 1 (a): path and npm: give at most one source (path, url, github or npm) per plugin',
      'item 1 (a): timeout "0": must be whole seconds from 1 to 86400',
    ]);
  });

  it('names the item and the key given twice, and still reports the other items', () => {
    const errors = errorsOf(`
- name: ok
  path: tools/a
- name: docs
  path: tools/pacto-plugin-docs
  timeout: 5
  path: tools/other
- name: Bad
- name: k8s
  options:
    mode: a
    mode: b
  env:
    X: 1
    X: 2
`);
    expect(errors).toEqual([
      'item 2 (docs): key "path" is given twice; give each key once',
      expect.stringMatching(/^item 3: name "Bad" is not a plugin name/),
      'item 4 (k8s): options: key "mode" is given twice; give each key once',
      'item 4 (k8s): env: key "X" is given twice; give each key once',
    ]);
  });

  it('reports a repeated name key once, under the first name', () => {
    expect(errorsOf('- name: a\n  name: b\n  name: c')).toEqual(['item 1 (a): key "name" is given twice; give each key once']);
  });

  it.each([
    ['token', 'https://e.com/x?token=abc123', ['token']],
    ['access_token', 'https://e.com/x?v=1&access_token=abc123', ['access_token']],
    [
      'an S3 pre-signed URL',
      'https://b.s3.amazonaws.com/x?X-Amz-Credential=AKIA&X-Amz-Signature=abc123',
      ['X-Amz-Credential', 'X-Amz-Signature'],
    ],
    ['an Azure SAS', 'https://a.blob.core.windows.net/c/x?sv=2020&sig=abc123', ['sig']],
    ['password', 'https://e.com/x?password=abc123', ['password']],
    ['key', 'https://e.com/x?key=abc123', ['key']],
    ['apiKey', 'https://e.com/x?apiKey=abc123', ['apiKey']],
  ])('refuses a url with a credential in its query (%s), without printing it', (_label, url, params) => {
    const errors = errorsOf(`- name: a\n  url: "${url}"`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^item 1 \(a\): url "https:\/\/[^"]*": the query parameters? /);
    for (const p of params) expect(errors[0]).toContain(`"${p}"`);
    expect(errors[0]).toMatch(
      /use a URL without credentials, or publish the plugin as a GitHub release and use github: \(authenticated with the token input\)$/,
    );
    expect(errors[0]).not.toContain('abc123');
    expect(errors[0]).not.toContain('AKIA');
  });

  it('does not print user:pass credentials either', () => {
    const errors = errorsOf('- name: a\n  url: https://user:hunter2@example.com/x');
    expect(errors).toEqual(['item 1 (a): url "https://***@example.com/x": must not contain credentials (they would show in logs)']);
  });

  it('accepts a url whose query holds no credential', () => {
    expect(parsePluginSpecs('- name: a\n  url: https://e.com/x?raw=true&version=1').errors).toEqual([]);
  });

  it('allows plain http only for loopback hosts', () => {
    for (const host of ['127.0.0.1:8080', 'localhost', '[::1]:9']) {
      expect(parsePluginSpecs(`- name: a\n  url: http://${host}/x`).errors).toEqual([]);
    }
  });
});

describe('max-output-size', () => {
  it('is absent unless given (the run uses 64 MiB then), and takes plain bytes', () => {
    expect(parsePluginSpecs('- name: a').specs[0].maxOutputSize).toBeUndefined();
    expect(parsePluginSpecs('- name: a\n  max-output-size: 1048576').specs[0].maxOutputSize).toBe(1048576);
  });

  it.each([
    ['1024', 1024],
    ['64MiB', 64 * 1024 ** 2],
    ['2 KiB', 2048],
    ['1GiB', 1024 ** 3],
  ])('parseSize: %s is %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['', '0', '1.5MiB', '10MB', '-1'])('parseSize refuses %p', (text) => expect(parseSize(text)).toBeNull());
});
