/**
 * Differential cases for reading pacto.yaml as Pacto's yaml.v3 (3.0.1) does, in both formats.
 * Each expectation follows from yaml.v3's reader and scanner rules (readerc.go, scannerc.go,
 * parserc.go, decode.go), not from the `yaml` package: line breaks are LF, CR, CRLF, NEL, LS and
 * PS; blanks are space and tab only; tabs may not start a token in block context; only
 * `%YAML 1.1` is compatible; flow content ignores indentation; the decoder reads the first
 * document's root node and then only a few tokens ahead; keys decode into Go strings.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import type { ContractFormat, ContractResult } from '../../src/contracts/types.js';
import { codes, tempBundles } from './helpers.js';

const t = tempBundles();
afterAll(() => t.cleanup());

const FORMATS: ContractFormat[] = ['1.0', '2.0'];
const head = (v: string): string => `pactoVersion: "${v}"\nservice:\n  name: svc\n  version: 1.0.0\n`;
const flowRoot = (v: string): string => `{pactoVersion: "${v}", service: {name: svc, version: 1.0.0}}`;

type Expect = 'valid' | { codes: string[]; message?: RegExp; line?: number; column?: number };

async function check(format: ContractFormat, text: string | Buffer, expected: Expect): Promise<ContractResult> {
  const r = await t.validate(text, {}, format);
  if (expected === 'valid') {
    expect(r.errors).toEqual([]);
  } else {
    expect(codes(r.errors)).toEqual(expected.codes);
    if (expected.message) expect(r.errors[0]!.message).toMatch(expected.message);
    if (expected.line !== undefined) expect(r.errors[0]!.line).toBe(expected.line);
    if (expected.column !== undefined) expect(r.errors[0]!.column).toBe(expected.column);
  }
  return r;
}

const parseError = (message: RegExp, line?: number, column?: number): Expect => ({ codes: ['PARSE_ERROR @ '], message, line, column });

/** [what, contract text for a format version, expectation] */
type Case = [string, (v: string) => string | Buffer, Expect];

const cases: Record<string, Case[]> = {
  'content after a flow-style root (yaml.v3 decodes the first node only)': [
    ['a mapping on the next line', (v) => `${flowRoot(v)}\nfoo: bar\n`, 'valid'],
    ['an indented mapping on the next line', (v) => `${flowRoot(v)}\n  foo: [unclosed\n`, 'valid'],
    ['text on the same line', (v) => `${flowRoot(v)} trailing words\n`, 'valid'],
    ['a second document', (v) => `${flowRoot(v)}\n---\n- x\n`, 'valid'],
    [
      'a multi-line root with a comment at column 1',
      (v) => `{pactoVersion: "${v}",\n# why\nservice: {name: svc,\nversion: 1.0.0}}\nrest: 1\n`,
      'valid',
    ],
    ['an error past the three tokens read ahead', (v) => `${flowRoot(v)}\nfoo: bar\nbaz: "\\q"\n`, 'valid'],
    ['an error in the first token read ahead', (v) => `${flowRoot(v)}\n"\\q"\n`, parseError(/found unknown escape character/, 2)],
    ['a tab starting the next token', (v) => `${flowRoot(v)}\n\tfoo\n`, parseError(/found character that cannot start any token/, 2, 1)],
    [
      'a `:` on its line, which makes it a complex key',
      (v) => `${flowRoot(v)}: x\n`,
      parseError(/line 1: cannot unmarshal !!map into string/),
    ],
    ['a quoted scalar root', () => `"just text"\nfoo: bar\n`, parseError(/cannot unmarshal !!str `just text` into contract.Contract/)],
  ],
  'a block root ends at a document marker, then two tokens are read ahead': [
    ['an error right after ---', (v) => `${head(v)}---\n@x\n`, parseError(/found character that cannot start any token/, 6, 1)],
    ['an error right after ...', (v) => `${head(v)}...\n"\\q"\n`, parseError(/found unknown escape character/, 6)],
    ['an error further on', (v) => `${head(v)}---\na: 1\nb: 2\n@x\n`, 'valid'],
  ],
  'NEL, LS and PS are line breaks': [
    ['NEL', (v) => head(v).replace(/\n/g, '\u0085'), 'valid'],
    ['LS', (v) => head(v).replace(/\n/g, '\u2028'), 'valid'],
    ['PS', (v) => head(v).replace(/\n/g, '\u2029'), 'valid'],
    ['LS, as lines count', (v) => `${head(v)}bogus: 1\n`.replace(/\n/g, '\u2028'), parseError(/line 5: field bogus not found/, 5, 1)],
    [
      'NEL inside a value ends it',
      (v) => head(v).replace('name: svc', 'name: svc\u0085extra'),
      parseError(/could not find expected ':'/, 4, 1),
    ],
  ],
  'a lone CR is a line break': [
    ['CR only', (v) => head(v).replace(/\n/g, '\r'), 'valid'],
    ['CR, LF and CRLF mixed', (v) => `pactoVersion: "${v}"\rservice:\r\n  name: svc\n  version: 1.0.0\r`, 'valid'],
    ['CR, as lines count', (v) => `${head(v)}bogus: 1\n`.replace(/\n/g, '\r'), parseError(/line 5: field bogus not found/, 5, 1)],
  ],
  'NBSP is not a blank': [
    ['before a plain name', (v) => head(v).replace('name: svc', 'name: \u00a0svc'), { codes: ['SCHEMA_VIOLATION @ service.name'] }],
    [
      'after a plain version',
      (v) => head(v).replace('version: 1.0.0', 'version: 1.0.0\u00a0'),
      { codes: ['INVALID_SEMVER @ service.version'] },
    ],
    [
      'after a plain version, full parser',
      (v) => `${head(v).replace('version: 1.0.0', 'version: 1.0.0\u00a0')}metadata: {a: 1}\n`,
      { codes: ['INVALID_SEMVER @ service.version'] },
    ],
    ['at the start of a key', (v) => `${head(v)}\u00a0metadata: {}\n`, parseError(/field \u00a0metadata not found/)],
    ['as a value alone', (v) => head(v).replace('name: svc', 'name: \u00a0'), { codes: ['SCHEMA_VIOLATION @ service.name'] }],
  ],
  'complex keys decode into Go strings': [
    ['a sequence key at the root', (v) => `${head(v)}? [a, b]\n: 1\n`, parseError(/line 5: cannot unmarshal !!seq into string/, 5, 3)],
    ['a mapping key at the root', (v) => `${head(v)}? {k: v}\n: 1\n`, parseError(/line 5: cannot unmarshal !!map into string/, 5, 3)],
    ['a flow sequence as an implicit key', (v) => `${head(v)}[a, b]: 1\n`, parseError(/line 5: cannot unmarshal !!seq into string/, 5, 1)],
    [
      'a sequence key in metadata',
      (v) => `${head(v)}metadata:\n  ? [a]\n  : 1\n`,
      parseError(/line 6: cannot unmarshal !!seq into string/, 6),
    ],
    [
      'a sequence key below metadata',
      (v) => `${head(v)}metadata:\n  x:\n    ? [a, b]\n    : 1\n`,
      parseError(/yaml: invalid map key: \[\]interface \{\}\{"a", "b"\}/, 7),
    ],
    [
      'a mapping key below metadata',
      (v) => `${head(v)}metadata:\n  x:\n    ? {k: 1}\n    : 1\n`,
      parseError(/yaml: invalid map key: map\[string\]interface \{\}\{"k":1\}/, 7),
    ],
    [
      'two sequence keys (equal for yaml.v3)',
      (v) => `${head(v)}metadata:\n  x:\n    ? [a]\n    : 1\n    ? [b]\n    : 2\n`,
      parseError(/line 9: mapping key "" already defined at line 7/),
    ],
    [
      'a merge key beside a complex key (a Pacto crash)',
      (v) => `${head(v)}metadata:\n  <<: {a: 1}\n  ? [x]\n  : 1\n`,
      parseError(/merge key .* crashes/, 7),
    ],
    [
      'a merge of a scalar',
      (v) => `${head(v)}metadata:\n  <<: 1\n`,
      parseError(/yaml: map merge requires map or sequence of maps as the value/),
    ],
    ['scalar keys that are not strings still agree', (v) => `${head(v)}metadata:\n  1: a\n  true: b\n  ~: c\n`, 'valid'],
  ],
  '%YAML directives: only 1.1 is compatible': [
    ['%YAML 1.2', (v) => `%YAML 1.2\n---\n${head(v)}`, parseError(/found incompatible YAML document/, 1, 1)],
    ['%YAML 2.0', (v) => `%YAML 2.0\n---\n${head(v)}`, parseError(/found incompatible YAML document/)],
    ['%YAML 1.1', (v) => `%YAML 1.1\n---\n${head(v)}`, 'valid'],
    ['%YAML 1.01 (read as 1.1)', (v) => `%YAML 1.01\n---\n${head(v)}`, 'valid'],
    ['%YAML 1.001 (three digits)', (v) => `%YAML 1.001\n---\n${head(v)}`, parseError(/found extremely long version number/)],
    ['%YAML twice', (v) => `%YAML 1.1\n%YAML 1.1\n---\n${head(v)}`, parseError(/found duplicate %YAML directive/, 2)],
    ['an unknown directive', (v) => `%FOO bar\n---\n${head(v)}`, parseError(/found unknown directive name/, 1)],
    ['%TAG', (v) => `%TAG !e! tag:example.com,2000:\n---\n${head(v)}`, 'valid'],
  ],
  'tabs: never where a token starts in block context': [
    [
      'a line holding only a tab after a key',
      (v) => `pactoVersion: "${v}"\nservice:\n\t\n  name: svc\n  version: 1.0.0\n`,
      parseError(/found character that cannot start any token/, 3, 1),
    ],
    [
      'spaces then a tab after a key',
      (v) => `pactoVersion: "${v}"\nservice:\n  \t\n  name: svc\n  version: 1.0.0\n`,
      parseError(/found character that cannot start any token/, 3, 3),
    ],
    [
      'a tab line after a plain value, left of the indentation',
      (v) => head(v).replace('name: svc\n', 'name: svc\n\t\n'),
      parseError(/found a tab character that violates indentation/, 4, 1),
    ],
    ['a tab line after a plain value, right of the indentation', (v) => head(v).replace('name: svc\n', 'name: svc\n    \t\n'), 'valid'],
    ['a tab after `key:`', (v) => head(v).replace('name: svc', 'name:\tsvc'), 'valid'],
    ['a tab before a comment', (v) => head(v).replace('name: svc', 'name: svc\t# c'), 'valid'],
    ['a tab after `- `', (v) => `${head(v)}metadata:\n  x:\n    - \ty\n`, parseError(/found character that cannot start any token/, 7, 7)],
    ['a tab indenting flow content', (v) => `${head(v)}metadata: {a: 1,\n\tb: 2}\n`, 'valid'],
    [
      'a tab indenting block scalar content',
      (v) => `${head(v)}metadata:\n  x: |\n\tline\n`,
      parseError(/found a tab character where an indentation space is expected/, 7, 1),
    ],
  ],
  'flow collections and quoted scalars ignore indentation': [
    ['a comment at column 1 in a nested flow sequence', (v) => `${head(v)}metadata:\n  x: [1,\n# c\n    2]\n`, 'valid'],
    ['content at column 1 in a nested flow mapping', (v) => `${head(v)}metadata:\n  x: {a: 1,\nb: 2}\n`, 'valid'],
    [
      'flow content at column 1 below a sequence item',
      (v) => `${head(v)}metadata:\n  x:\n  - k: [a,\nb]\n  - k: {c: 1,\n   d: 2}\n`,
      'valid',
    ],
    ['a quoted value continued left of its mapping', (v) => `${head(v)}metadata:\n  x:\n    - b: "a\n  b"\n`, 'valid'],
    ['a double-quoted value continued at column 1', (v) => `${head(v)}metadata:\n  x: "a\nb"\n`, 'valid'],
    [
      'positions after re-indented lines',
      (v) => `${head(v)}metadata:\n  x: {a: 1,\nb: 2}\nbogus: 1\n`,
      parseError(/line 8: field bogus not found/, 8, 1),
    ],
    [
      'a comment right after a quoted value or a flow collection',
      (v) => head(v).replace('name: svc', 'name: "svc"#c') + 'metadata: {a: [1]}#c\n',
      'valid',
    ],
    [
      'a `?` ending a plain scalar in a flow sequence',
      (v) => `${head(v)}metadata:\n  x: [a?b]\n`,
      parseError(/did not find expected ',' or '\]'/, 6, 8),
    ],
    [
      'a `?` ending a plain scalar in a flow mapping',
      (v) => `${head(v)}metadata:\n  x: {a?b: 1}\n`,
      parseError(/did not find expected ',' or '\}'/, 6, 8),
    ],
    ['a document marker inside a flow collection', (v) => `${head(v)}metadata:\n  x: [1,\n---\n  ]\n`, parseError(/.+/)],
  ],
  "the reader's character rules": [
    [
      'a control character',
      (v) => head(v).replace('name: svc', 'name: s\u0001vc'),
      parseError(/control characters are not allowed/, 3, 10),
    ],
    ['DEL', (v) => head(v).replace('name: svc', 'name: s\u007fvc'), parseError(/control characters are not allowed/, 3)],
    ['an escaped control character', (v) => `${head(v)}metadata:\n  x: "\\x01"\n`, 'valid'],
    ['UTF-16 with a byte order mark', (v) => Buffer.from('\ufeff' + head(v), 'utf16le'), 'valid'],
    ['UTF-16BE with a byte order mark', (v) => Buffer.from('\ufeff' + head(v), 'utf16le').swap16(), 'valid'],
    ['a byte order mark starting a later line', (v) => head(v).replace('service:', '\ufeffservice:'), parseError(/.+/)],
    [
      "\\' in double quotes, an apostrophe in yaml.v3",
      (v) => head(v).replace('name: svc', 'name: "it\\\'s"'),
      { codes: ['SCHEMA_VIOLATION @ service.name'], message: /it's/ },
    ],
    [
      'an anchor name with a dot',
      (v) => `${head(v)}metadata:\n  a: &x.y 1\n`,
      parseError(/did not find expected alphabetic or numeric character/, 6),
    ],
    ['\\/, not an escape in yaml.v3', (v) => `${head(v)}metadata:\n  x: "a\\/b"\n`, parseError(/found unknown escape character/, 6)],
  ],
};

describe.each(FORMATS)('format %s: values folded across line breaks as yaml.v3 folds them', (format) => {
  it.each([
    ['a LF in double quotes folds to a space', '"a\n  b"', 'a b'],
    ['an LS in double quotes stays', '"a\u2028b"', 'a\u2028b'],
    ['a PS then a LF in single quotes', "'a\u2029\nb'", 'a\u2029\nb'],
    ['an LS then an empty line', '"a\u2028\u2028b"', 'a\u2028\u2028b'],
    ['an LS before the closing quote', '"a\u2028"', 'a\u2028'],
    ['an escaped LS break', '"a\\\u2028  b"', 'ab'],
    ['an LS in a plain scalar in a flow sequence', '[a\u2028  b]', ['a\u2028b']],
    ['a NEL folds like a LF', '"a\u0085b"', 'a b'],
  ])('%s', async (_what, yaml, value) => {
    const r = await check(format, `${head(format)}metadata:\n  x: ${yaml}\n`, 'valid');
    expect((JSON.parse(r.contractJson!) as { metadata: { x: unknown } }).metadata.x).toEqual(value);
  });
});

describe.each(FORMATS)('format %s read as yaml.v3 reads it', (format) => {
  for (const [klass, list] of Object.entries(cases)) {
    describe(klass, () => {
      it.each(list)('%s', async (_what, make, expected) => {
        await check(format, make(format), expected);
      });
    });
  }
});
