import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { parseSimpleYaml } from '../../../src/contracts/yaml/fast.js';
import { parseFull } from '../../../src/contracts/yaml/parse.js';
import { FIXTURES } from '../helpers.js';

/** A comparable picture of a node: kinds, source text, style and start offsets. */
function shape(n: Node | null): unknown {
  if (!n) return null;
  if (isScalar(n)) return { s: n.source, t: n.type, at: n.source === '' ? 'empty' : n.range?.[0] };
  if (isMap(n)) return { map: (n.items as Pair<Node, Node>[]).map((p) => [shape(p.key), shape(p.value)]), at: n.range?.[0] };
  if (isSeq(n)) return { seq: (n.items as Node[]).map(shape), at: n.range?.[0] };
  return 'other';
}

function bothWays(text: string): { fast: unknown; full: unknown; fastLines: number[]; fullLines: number[] } | null {
  const lc = new LineCounter();
  const fast = parseSimpleYaml(text, lc);
  if (fast === undefined) return null;
  const full = parseFull(text);
  expect(full.error).toBeNull();
  return { fast: shape(fast), full: shape(full.doc!.contents), fastLines: lc.lineStarts, fullLines: full.lineCounter.lineStarts };
}

function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml)$/.test(e.name)) out.push(p);
    }
  };
  for (const root of [FIXTURES, path.join(FIXTURES, '..', 'conformance-v2')]) if (fs.existsSync(root)) walk(root);
  return out.sort();
}

describe('fast YAML path agrees with the yaml package', () => {
  const files = corpusFiles();
  it('takes the fast path for most corpus files', () => {
    const taken = files.filter((f) => parseSimpleYaml(fs.readFileSync(f, 'utf8').replace(/^\ufeff/, ''), new LineCounter()) !== undefined);
    expect(taken.length).toBeGreaterThan(files.length / 2);
  });

  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s', (_name, file) => {
    const r = bothWays(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
    if (r) {
      expect(r.fast).toEqual(r.full);
      expect(r.fastLines).toEqual(r.fullLines);
    }
  });

  const snippets: [string, boolean][] = [
    ['a: 1\nb:\n  - x\n  - y: 2\n    z: "q"\n', true],
    ["a: 'it''s'  # c\nb: x#y\n", true],
    ['list:\n- a\n- b\nc: d\n', true],
    ['---\na: 1\n', true],
    ['a: 1\r\nb:\r\n  c: 2\r\n', true],
    ['  a: 1\n  b: 2\n', true],
    ['- a\n- - b\n', false],
    ['a: [1, 2]\n', false],
    ['a: &x 1\nb: *x\n', false],
    ['a: |\n  text\n', false],
    ['a: plain\n  continued\n', false],
    ['a: "esc\\n"\n', false],
    ['a: 1\n---\nb: 2\n', false],
    ['a: b: c\n', false],
    ['\ta: 1\n', false],
    ['a:\n  b: 1\n c: 2\n', false],
    ['? a\n: b\n', false],
    ['a: !!str 1\n', false],
    ['"a": 1\n', false],
    ['# only a comment\n', false],
  ];
  it.each(snippets)('%j (fast path: %s)', (text, fastOk) => {
    const r = bothWays(text);
    expect(r !== null).toBe(fastOk);
    if (r) {
      expect(r.fast).toEqual(r.full);
      expect(r.fastLines).toEqual(r.fullLines);
    }
  });
});

describe('fast YAML path on generated documents', () => {
  // A seeded generator of block YAML mixing safe and awkward scalars, keys and layouts.
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = <T>(a: T[]): T => a[rnd(a.length)]!;
  const atoms = [
    '"a\\"b"',
    '- x',
    '*a',
    '&a x',
    '!t x',
    '|',
    '>',
    '@x',
    '`x',
    '%x',
    '? x',
    ': x',
    'x:',
    'x: y',
    '"open',
    "'open",
    'a\tb',
    '---',
    '#x',
    '"a" b',
    "'a' #c",
    '"a"  # c',
    'a',
    'b1',
    'x-y',
    '8080',
    '1.0',
    '"q"',
    "'s'",
    "'it''s'",
    '""',
    'a b',
    'a#b',
    'a #c',
    '~',
    'true',
    '-5',
    'a:b',
    'a,b',
    'é',
    '[]',
    '{}',
    'x]',
    "a'b",
    'a"b',
    '-x',
    '.5',
    '<<',
    'a  ',
    '# c',
  ];
  function gen(depth: number, indent: number): string[] {
    const lines: string[] = [];
    const seq = rnd(3) === 0;
    for (let i = 0, n = 1 + rnd(3); i < n; i++) {
      const pad = ' '.repeat(indent);
      if (seq) {
        if (depth > 0 && rnd(3) === 0) {
          lines.push(`${pad}- ${pick(['k', 'name'])}: ${pick(atoms)}`, ...gen(depth - 1, indent + 2).filter(() => rnd(2)));
        } else if (depth > 0 && rnd(4) === 0) lines.push(`${pad}-`, ...gen(depth - 1, indent + 2));
        else lines.push(`${pad}- ${pick(atoms)}`);
      } else {
        const k = pick([`k${i}`, `a b${i}`, `-k${i}`, `k:${i}`]);
        if (depth > 0 && rnd(2)) lines.push(`${pad}${k}:${pick(['', ' # c', ' '])}`, ...gen(depth - 1, indent + pick([2, 4])));
        else lines.push(`${pad}${k}: ${pick(atoms)}`);
      }
      if (rnd(6) === 0) lines.push(pick(['', '# comment', '   # c', '  ']));
    }
    return lines;
  }

  it('agrees with the yaml package on 3,000 generated documents', () => {
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      const text = gen(3, 0).join(pick(['\n', '\r\n'])) + pick(['\n', '']);
      const fast = parseSimpleYaml(text, new LineCounter());
      if (fast === undefined) continue;
      compared++;
      const full = parseFull(text);
      expect([text, full.error?.message ?? null]).toEqual([text, null]);
      expect([text, shape(fast)]).toEqual([text, shape(full.doc!.contents)]);
    }
    expect(compared).toBeGreaterThan(500);
  });
});
