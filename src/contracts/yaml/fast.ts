/**
 * A fast path for the YAML almost every pacto.yaml is written in: block mappings and
 * sequences indented with spaces, single-line plain / single-quoted / escape-free
 * double-quoted scalars, comments. It builds the same `yaml` nodes (kinds, source text,
 * style, start offsets) the full parser would; anything outside that subset (flow
 * collections, anchors, tags, block or multi-line scalars, escapes, tabs, document markers
 * after the first line, odd indentation...) returns undefined and the caller falls back to
 * the `yaml` package. The full parser costs about 0.5 ms per contract; this, a tenth of it.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq, type LineCounter, type Node } from 'yaml';

// Nodes are made with their class's prototype and the `yaml` identity tag set directly:
// the classes' constructors (Object.defineProperty per node) cost more than the parse itself.
const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR = Symbol.for('yaml.scalar');
const MAP = Symbol.for('yaml.map');
const SEQ = Symbol.for('yaml.seq');
const PAIR = Symbol.for('yaml.pair');

function make<T>(proto: object, tag: symbol, fields: Record<string, unknown>): T {
  const o = Object.create(proto) as Record<string | symbol, unknown>;
  o[NODE_TYPE] = tag;
  Object.assign(o, fields);
  return o as T;
}
const newMap = (start: number, flow = false): YAMLMap =>
  make<YAMLMap>(YAMLMap.prototype, MAP, { items: [], range: [start, start, start], ...(flow ? { flow: true } : {}) });
const newSeq = (start: number, flow = false): YAMLSeq =>
  make<YAMLSeq>(YAMLSeq.prototype, SEQ, { items: [], range: [start, start, start], ...(flow ? { flow: true } : {}) });
const newPair = (key: Node, value: Node): Pair => make<Pair>(Pair.prototype, PAIR, { key, value });

interface Line {
  /** Column of the content (0-based) and its absolute offset. */
  indent: number;
  start: number;
  /** Content without the line break (may hold a trailing comment). */
  text: string;
}

/**
 * yaml.v3's blanks are space and tab only (tabs send the text to the full parser): a
 * no-break space or any other Unicode space is part of the scalar, unlike String#trim's.
 */
const trimSpacesEnd = (s: string): string => {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  return e === s.length ? s : s.slice(0, e);
};
const trimSpacesStart = (s: string): string => {
  let b = 0;
  while (b < s.length && s.charCodeAt(b) === 32) b++;
  return b === 0 ? s : s.slice(b);
};

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

const FLOW_OR_SPECIAL = new Set(['[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', ',', '#', '"', "'", '?', ':']);

function splitLines(text: string, lc: LineCounter): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  const n = text.length;
  lc.addNewLine(0);
  let first = true;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let lineEnd = end;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (end < n) lc.addNewLine(end + 1);
    let i = pos;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const content = text.slice(i, lineEnd);
    if (content.includes('\t') || content.includes('\r')) bail();
    if (content !== '' && content[0] !== '#') {
      if (i === pos && (content.startsWith('---') || content.startsWith('...'))) {
        // A leading `---` alone opens the first document; anything else is for the full parser.
        if (!first || !/^ *$/.test(content.slice(3)) || content.startsWith('...')) bail();
      } else {
        lines.push({ indent: i - pos, start: i, text: content });
      }
      first = false;
    }
    pos = end + 1;
  }
  return lines;
}

/** Where the value part of `key: value` begins, or -1 when the line is not a mapping entry. */
function keyEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ':' && (i + 1 === text.length || text[i + 1] === ' ')) return i;
    if (c === ' ' && text[i + 1] === '#') return -1;
  }
  return -1;
}

function scalar(source: string, type: Scalar.Type, start: number, end: number): Scalar {
  return make<Scalar>(Scalar.prototype, SCALAR, { value: source, source, type, range: [start, end, end] });
}

/** A scalar written after `key: ` or `- ` on one line; `at` is its absolute offset. */
function inlineScalar(raw: string, at: number): Scalar {
  const c = raw[0]!;
  if (c === '"' || c === "'") {
    const close = raw.indexOf(c, 1);
    let body: string;
    let endIdx: number;
    if (c === '"') {
      if (close < 0 || raw.slice(1, close).includes('\\')) bail();
      body = raw.slice(1, close);
      endIdx = close + 1;
    } else {
      let j = 1;
      body = '';
      for (;;) {
        const k = raw.indexOf("'", j);
        if (k < 0) bail();
        if (raw[k + 1] === "'") {
          body += raw.slice(j, k) + "'";
          j = k + 2;
          continue;
        }
        body += raw.slice(j, k);
        endIdx = k + 1;
        break;
      }
    }
    const rest = raw.slice(endIdx!);
    if (!/^ *$/.test(rest) && !/^ +#/.test(rest)) bail();
    return scalar(body, c === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', at, at + endIdx!);
  }
  if (FLOW_OR_SPECIAL.has(c) || (c === '-' && (raw.length === 1 || raw[1] === ' '))) bail();
  let value = raw;
  const hash = raw.indexOf(' #');
  if (hash >= 0) value = raw.slice(0, hash);
  value = trimSpacesEnd(value);
  if (value.includes(': ') || value.endsWith(':')) bail();
  return scalar(value, 'PLAIN', at, at + value.length);
}

/** `[]` or `{}` (optionally followed by a comment): an empty flow collection. */
function emptyFlow(raw: string, at: number): Node | null {
  const m = /^(\[\]|\{\})( *$| +#)/.exec(raw);
  if (!m) return null;
  return m[1] === '[]' ? newSeq(at, true) : newMap(at, true);
}

/** The key of `key: ...`, a plain scalar without indicators. */
function keyScalar(text: string, end: number, at: number): Scalar {
  const key = text.slice(0, end);
  if (key === '' || key.length > 1000 || key !== trimSpacesEnd(key) || FLOW_OR_SPECIAL.has(key[0]!) || key.includes(' #')) bail();
  if (key[0] === '-' && (key.length === 1 || key[1] === ' ')) bail();
  return scalar(key, 'PLAIN', at, at + key.length);
}

class FastParser {
  i = 0;
  private depth = 0;
  constructor(
    private readonly lines: Line[],
    private readonly maxDepth: number,
  ) {}

  block(indent: number): Node {
    const line = this.lines[this.i]!;
    if (line.indent !== indent) bail();
    return line.text === '-' || line.text.startsWith('- ') ? this.seq(indent) : this.map(indent);
  }

  /** Deeper documents go to the full parser, which reports them with a position. */
  private nest<T>(build: () => T): T {
    if (++this.depth > this.maxDepth) bail();
    const node = build();
    this.depth--;
    return node;
  }

  /** The value after `key:` / `-` with nothing inline: a nested block, or an empty scalar. */
  nested(parentIndent: number, allowSeqAtSameIndent: boolean, at: number): Node {
    const next = this.lines[this.i];
    if (next && next.indent > parentIndent) return this.block(next.indent);
    if (next && allowSeqAtSameIndent && next.indent === parentIndent && (next.text === '-' || next.text.startsWith('- '))) {
      return this.seq(parentIndent);
    }
    return scalar('', 'PLAIN', at, at);
  }

  map(indent: number): YAMLMap {
    return this.nest(() => this.mapItems(indent));
  }

  private mapItems(indent: number): YAMLMap {
    const map = newMap(this.lines[this.i]!.start);
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent) bail();
      if (line.text === '-' || line.text.startsWith('- ')) {
        break; // a sequence at the same indent ends this mapping (its parent decides)
      }
      const end = keyEnd(line.text);
      if (end < 0) bail();
      const key = keyScalar(line.text, end, line.start);
      this.i++;
      let rest = line.text.slice(end + 1);
      const lead = rest.length - trimSpacesStart(rest).length;
      rest = trimSpacesStart(rest);
      let value: Node;
      if (rest === '' || rest[0] === '#') {
        value = this.nested(indent, true, line.start + end + 1);
      } else {
        value = emptyFlow(rest, line.start + end + 1 + lead) ?? inlineScalar(rest, line.start + end + 1 + lead);
        const next = this.lines[this.i];
        if (next && next.indent > indent) bail(); // multi-line plain scalar or bad indentation
      }
      map.items.push(newPair(key, value));
    }
    return map;
  }

  seq(indent: number): YAMLSeq {
    return this.nest(() => this.seqItems(indent));
  }

  private seqItems(indent: number): YAMLSeq {
    const seq = newSeq(this.lines[this.i]!.start);
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent !== indent || !(line.text === '-' || line.text.startsWith('- '))) {
        if (line.indent > indent) bail();
        break;
      }
      let rest = line.text.slice(1);
      const lead = rest.length - trimSpacesStart(rest).length;
      rest = trimSpacesStart(rest);
      if (rest === '' || rest[0] === '#') {
        this.i++;
        seq.items.push(this.nested(indent, false, line.start + 1));
        continue;
      }
      const col = indent + 1 + lead;
      if (rest === '-' || rest.startsWith('- ')) bail();
      if (keyEnd(rest) >= 0) {
        // `- key: value` opens a mapping whose keys sit at the item's column.
        this.lines[this.i] = { indent: col, start: line.start + 1 + lead, text: rest };
        seq.items.push(this.map(col));
        continue;
      }
      this.i++;
      seq.items.push(inlineScalar(rest, line.start + 1 + lead));
      const next = this.lines[this.i];
      if (next && next.indent > indent) bail();
    }
    return seq;
  }
}

/**
 * The first document's root node when `text` is in the simple subset; undefined otherwise
 * (then nothing has been added to `lc`... callers must use a fresh LineCounter for the
 * fallback).
 */
export function parseSimpleYaml(text: string, lc: LineCounter, maxDepth = Infinity): Node | undefined {
  try {
    const lines = splitLines(text, lc);
    if (lines.length === 0) return undefined;
    const p = new FastParser(lines, maxDepth);
    const root = p.block(lines[0]!.indent);
    if (p.i !== lines.length) return undefined;
    return root;
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}
