import { describe, expect, it } from '@jest/globals';
import { goParseInt, goParseUint, parseGoTimestamp, resolvePlain } from '../../../src/contracts/yaml/resolve.js';

describe('yaml.v3 scalar resolution', () => {
  it.each([
    ['', { tag: '!!null' }],
    ['~', { tag: '!!null' }],
    ['NULL', { tag: '!!null' }],
    ['True', { tag: '!!bool', value: true }],
    ['yes', { tag: '!!str', value: 'yes' }],
    ['n', { tag: '!!str', value: 'n' }],
    ['0177777', { tag: '!!int', value: 65535n }],
    ['8_080', { tag: '!!int', value: 8080n }],
    ['-0x10', { tag: '!!int', value: -16n }],
    ['18446744073709551615', { tag: '!!int', value: 18446744073709551615n }],
    ['18446744073709551616', { tag: '!!float', value: 18446744073709551616 }],
    ['0xFFFFFFFFFFFFFFFFFF', { tag: '!!str', value: '0xFFFFFFFFFFFFFFFFFF' }],
    ['08', { tag: '!!float', value: 8 }],
    ['1e3', { tag: '!!float', value: 1000 }],
    ['.5', { tag: '!!float', value: 0.5 }],
    ['1e400', { tag: '!!str', value: '1e400' }],
    ['.inf', { tag: '!!float', value: Infinity }],
    ['-.INF', { tag: '!!float', value: -Infinity }],
    ['.iNf', { tag: '!!str', value: '.iNf' }],
    ['1.0.0', { tag: '!!str', value: '1.0.0' }],
    ['2024-01-15', { tag: '!!timestamp', value: '2024-01-15T00:00:00Z' }],
    ['2024-02-30', { tag: '!!str', value: '2024-02-30' }],
    ['<<', { tag: '!!str', value: '<<' }],
  ])('resolves %j', (text, want) => {
    const r = resolvePlain('', text);
    if (want.tag === '!!float' && Number.isNaN((want as { value: number }).value)) expect(r.tag).toBe('!!float');
    else expect(r).toEqual(want);
  });

  it('honours explicit core tags and refuses contradictions', () => {
    expect(resolvePlain('!!str', '1.0')).toEqual({ tag: '!!str', value: '1.0' });
    expect(resolvePlain('!!int', '3')).toEqual({ tag: '!!int', value: 3n });
    expect(resolvePlain('!!float', '3')).toEqual({ tag: '!!float', value: 3 });
    expect(resolvePlain('!!int', 'abc')).toEqual({ tag: 'error', message: 'cannot decode !!str `abc` as a !!int' });
    expect(resolvePlain('!!null', '~')).toEqual({ tag: '!!null' });
  });

  it('parses integers as Go strconv does', () => {
    expect(goParseUint('0')).toBe(0n);
    expect(goParseUint('0x')).toBeNull();
    expect(goParseUint('09')).toBeNull();
    expect(goParseInt('-9223372036854775808')).toBe(-9223372036854775808n);
    expect(goParseInt('9223372036854775808')).toBeNull();
  });

  it.each([
    ['2024-3-1', '2024-03-01T00:00:00Z'],
    ['2024-03-01T10:20:30.500+02:00', '2024-03-01T10:20:30.5+02:00'],
    ['2024-03-01t10:20:30Z', '2024-03-01T10:20:30Z'],
    ['2024-03-01 10:20:30.123456789123', '2024-03-01T10:20:30.123456789Z'],
    ['2024-03-01T10:20:30+00:00', '2024-03-01T10:20:30Z'],
    ['2024-02-29', '2024-02-29T00:00:00Z'],
  ])('formats timestamp %s as Go JSON', (text, want) => expect(parseGoTimestamp(text)).toBe(want));

  it.each(['2023-02-29', '2024-13-01', '2024-03-01T10:20:30', '2024-03-01T24:00:00Z', '20240-01-01', '2024-03-01 10:20:30 +02:00'])(
    'does not take %s as a timestamp',
    (text) => expect(parseGoTimestamp(text)).toBeNull(),
  );
});
