import { describe, expect, it } from '@jest/globals';
import { compareUtf8, goEncodeAny, goFloat, GoAnyKeyMap, GoJsonError, goQuote, goStringFromBytes } from '../../src/contracts/gojson.js';

describe('Go encoding/json output', () => {
  it.each([
    ['plain', '"plain"'],
    ['R&D <a@b>', '"R\\u0026D \\u003ca@b\\u003e"'],
    ['line\u2028para\u2029', '"line\\u2028para\\u2029"'],
    ['q"b\\s', '"q\\"b\\\\s"'],
    ['\n\r\t\b\f\u0001\u001f\u007f', '"\\n\\r\\t\\b\\f\\u0001\\u001f\u007f"'],
    ['lone \ud800 x', '"lone \ufffd x"'],
    ['pair \ud83d\ude00', '"pair \ud83d\ude00"'],
  ])('quotes %j', (s, want) => expect(goQuote(s)).toBe(want));

  it('replaces each invalid UTF-8 byte with U+FFFD as Go does', () => {
    expect(goStringFromBytes(Uint8Array.from([0x68, 0xe2, 0x82, 0x41, 0xff, 0xc3, 0xa9]))).toBe('h\ufffd\ufffdA\ufffd\u00e9');
    expect(goStringFromBytes(Uint8Array.from([0xf0, 0x9f, 0x98, 0x80]))).toBe('\u{1f600}');
    expect(goStringFromBytes(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe('\ufffd\ufffd\ufffd');
  });

  it.each([
    [1, '1'],
    [-0, '-0'],
    [0, '0'],
    [1.5, '1.5'],
    [1e21, '1e+21'],
    [1e20, '100000000000000000000'],
    [1e-7, '1e-7'],
    [0.000001, '0.000001'],
    [1.5e-300, '1.5e-300'],
    [2 ** 63, '9223372036854776000'],
  ])('formats float %p as %s', (f, want) => expect(goFloat(f)).toBe(want));

  it('refuses NaN and infinities like Go', () => {
    expect(() => goFloat(NaN)).toThrow('json: unsupported value: NaN');
    expect(() => goFloat(Infinity)).toThrow('json: unsupported value: +Inf');
    expect(() => goFloat(-Infinity)).toThrow(GoJsonError);
  });

  it('encodes generic values with exact integers and byte-ordered keys', () => {
    const m = new Map<string, never>([
      ['\u00e9', 1n as never],
      ['z', [true, null, 'x'] as never],
      ['\ud83d\ude00', 2 as never],
      ['\uffff', 3n as never],
    ]);
    expect(goEncodeAny(m)).toBe('{"z":[true,null,"x"],"\u00e9":1,"\uffff":3,"\ud83d\ude00":2}');
    expect(goEncodeAny(18446744073709551615n)).toBe('18446744073709551615');
    expect(() => goEncodeAny(new GoAnyKeyMap([[1n, 'x']]))).toThrow('json: unsupported type: map[interface {}]interface {}');
    expect(compareUtf8('\uffff', '\ud83d\ude00')).toBeLessThan(0);
  });
});
