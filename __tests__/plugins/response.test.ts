import { describe, expect, it } from '@jest/globals';
import { decodeResponse, ResponseError } from '../../src/plugins/response.js';

const ok = (text: string) => decodeResponse(text);
const bad = (text: string): string => {
  try {
    decodeResponse(text);
  } catch (err) {
    expect(err).toBeInstanceOf(ResponseError);
    return (err as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
};

describe('decodeResponse (Go encoding/json semantics)', () => {
  it('decodes files and message', () => {
    expect(ok('{"files":[{"path":"a.txt","content":"A\\n"},{"path":"b/c.md","content":"<&>"}],"message":"done"}')).toEqual({
      files: [
        { path: 'a.txt', content: 'A\n' },
        { path: 'b/c.md', content: '<&>' },
      ],
      message: 'done',
    });
  });

  it('matches member names case-insensitively (Go folding, Kelvin and long s included)', () => {
    expect(ok('{"FILES":[{"Path":"x","CONTENT":"y"}],"Message":"m"}')).toEqual({ files: [{ path: 'x', content: 'y' }], message: 'm' });
    expect(ok('{"file\u017f":[{"path":"x","content":"y"}]}').files).toHaveLength(1);
  });

  it('ignores unknown members of any type', () => {
    expect(ok('{"version":2,"extra":{"a":[1,2,{"b":null}]},"files":[{"path":"p","content":"c","mode":420}]}')).toEqual({
      files: [{ path: 'p', content: 'c' }],
      message: '',
    });
  });

  it('lets the last duplicate win, across spellings', () => {
    expect(ok('{"files":[{"path":"a","content":"1"}],"Files":[{"path":"b","content":"2"}],"files":null}').files).toEqual([]);
    expect(ok('{"message":"one","Message":"two"}').message).toBe('two');
    expect(ok('{"files":[{"path":"a","Path":"b","content":"x"}]}').files[0].path).toBe('b');
  });

  it('treats null as the zero value', () => {
    expect(ok('null')).toEqual({ files: [], message: '' });
    expect(ok('{"files":null,"message":null}')).toEqual({ files: [], message: '' });
    expect(ok('{"files":[{"path":null,"content":null}]}').files).toEqual([{ path: '', content: '' }]);
    expect(ok('{"files":[null]}').files).toEqual([{ path: '', content: '' }]);
    expect(ok('{}')).toEqual({ files: [], message: '' });
  });

  it('allows surrounding whitespace', () => {
    expect(ok(' \n\t{"message":"m"}\r\n ').message).toBe('m');
  });

  it('decodes escapes like Go', () => {
    expect(ok('{"files":[{"path":"p","content":"\\u003c\\"q\\\\\\"\\/\\ud83d\\ude00"}]}').files[0].content).toBe('<"q\\"/😀');
  });

  it('rejects wrong types', () => {
    expect(bad('{"files":[{"path":"p","content":5}]}')).toMatch(/number as files\[0\]\.content/);
    expect(bad('{"files":[{"path":"p","content":{"a":1}}]}')).toMatch(/object as files\[0\]\.content/);
    expect(bad('{"files":[{"path":"p","content":["a"]}]}')).toMatch(/array as files\[0\]\.content/);
    expect(bad('{"files":[{"path":"p","content":true}]}')).toMatch(/boolean/);
    expect(bad('{"files":[{"path":1,"content":""}]}')).toMatch(/files\[0\]\.path/);
    expect(bad('{"files":{"path":"p"}}')).toMatch(/object as "files"/);
    expect(bad('{"files":["p"]}')).toMatch(/string as files\[0\]/);
    expect(bad('{"message":[]}')).toMatch(/"message"/);
    expect(bad('[{"path":"p","content":"c"}]')).toMatch(/must be a JSON object.*not a JSON array/);
    expect(bad('"text"')).toMatch(/not a JSON string/);
  });

  it('rejects what is not JSON, and JSON followed by anything', () => {
    expect(bad('')).toBe('unexpected end of JSON input');
    expect(bad('not json')).toMatch(/invalid character "n" looking for beginning of value/);
    expect(bad('{"files":[]} trailing')).toMatch(/invalid character "t" after top-level value/);
    expect(bad('{"files":[]}{"files":[]}')).toMatch(/after top-level value/);
    expect(bad('{"files":[]}\n::error::x')).toMatch(/after top-level value/);
    expect(bad('{"files":[')).toBe('unexpected end of JSON input');
    expect(bad('{"files":[],}')).toMatch(/looking for beginning of object key string/);
    expect(bad('{"a":01}')).toMatch(/invalid character "1"/);
    expect(bad('{"a":"unterminated')).toMatch(/unexpected end of JSON input/);
    expect(bad('{"a":"tab\there"}')).toMatch(/invalid string literal/);
    expect(bad('{"a":"\\x"}')).toMatch(/invalid string literal/);
    expect(bad('\uFEFF{}')).toMatch(/looking for beginning of value/);
  });

  it('refuses nesting deeper than Go does (10000) with a ResponseError, not a stack overflow', () => {
    const nested = (depth: number, open = '[', close = ']', inner = '') =>
      `{"x":${open.repeat(depth - 1)}${inner}${close.repeat(depth - 1)},"files":[]}`;
    // The outer object counts as one level, as in Go's scanner.
    expect(ok(nested(10000)).files).toEqual([]);
    expect(ok(nested(10000, '{"a":', '}', '1')).files).toEqual([]);
    for (const text of [nested(10001), nested(200000), nested(200000, '{"a":', '}', '1'), '['.repeat(200000)]) {
      let thrown: unknown;
      try {
        decodeResponse(text);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ResponseError);
      expect((thrown as Error).message).toMatch(/^invalid character "[[{]" exceeded max depth \(at offset \d+\)$/);
    }
  });

  it('handles large content quickly', () => {
    const big = 'x'.repeat(8 * 1024 * 1024);
    const r = ok(JSON.stringify({ files: [{ path: 'big', content: big }] }));
    expect(r.files[0].content.length).toBe(big.length);
  });
});
