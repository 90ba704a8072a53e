/**
 * Reads pacto.yaml the way yaml.v3 sees it: the first document only, a leading BOM skipped,
 * strict UTF-8. The `yaml` package parses with the failsafe schema (every scalar a string) so
 * that typed fields can be resolved with yaml.v3's own rules (see resolve.ts) from the
 * scalar's source text and style.
 */
import { Composer, LineCounter, Parser, isScalar, type CST, type Node, type YAMLError } from 'yaml';
import { foldPlain, foldQuoted } from './fold.js';
import { parseSimpleYaml } from './fast.js';
import { scanFirstDocument, type TextEdit } from './scan.js';

/**
 * Deepest collection nesting read. The `yaml` composer and everything after it recurse once per
 * level; past about 800 levels Node's stack runs out (yaml.v3 allows 10,000). Real contracts use
 * a dozen.
 */
export const MAX_YAML_DEPTH = 500;
const TOO_DEEP = `YAML is nested more than ${MAX_YAML_DEPTH} levels deep; flatten it`;

/** A 1-based position in the source text. */
export interface SourcePos {
  line: number;
  column: number;
}

/** A failure of the YAML text itself, with its position. */
export interface YamlProblem extends SourcePos {
  message: string;
  offset: number;
}

/** The part of a parsed document the helpers use (a `yaml` Document satisfies it). */
export interface ParsedDoc {
  contents: Node | null;
  errors: YAMLError[];
}

export interface ParsedYaml {
  /** The decoded text (BOM removed). */
  text: string;
  /** The first document, or null when the stream holds none (yaml.v3: EOF). */
  doc: ParsedDoc | null;
  lineCounter: LineCounter;
  /** The first syntax error of the first document, if any. */
  error: YamlProblem | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** 1-based line/column of a character offset. */
export function positionAt(lineCounter: LineCounter, offset: number): SourcePos {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The bytes as text the way yaml.v3's reader decodes them: UTF-16 when the file starts with a
 * UTF-16 byte order mark, strict UTF-8 otherwise, the BOM dropped.
 */
function decode(source: Buffer): string | YamlProblem {
  const utf16 = source[0] === 0xff && source[1] === 0xfe ? 'utf-16le' : source[0] === 0xfe && source[1] === 0xff ? 'utf-16be' : null;
  try {
    if (utf16) return new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(source);
    return utf8.decode(source); // TextDecoder drops a leading BOM itself
  } catch {
    const what = utf16 ? `invalid ${utf16.toUpperCase()}` : 'invalid UTF-8';
    return { message: `${what}: save pacto.yaml as UTF-8`, offset: 0, line: 1, column: 1 };
  }
}

/**
 * Characters that keep a text off the fast path: those yaml.v3's reader refuses (control
 * characters, U+FFFE/U+FFFF, lone surrogates: any surrogate is checked, a plain regular
 * expression being cheaper than a Unicode one) and the line breaks and byte order marks it
 * reads differently from the `yaml` package (lone CR, NEL, LS, PS, a BOM after the start).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what yaml.v3 refuses
const NOT_PLAIN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]|\r(?!\n)/;
/** What yaml.v3's reader refuses outright (its "control characters are not allowed"). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what yaml.v3 refuses
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]|\p{Cs}/u;

/** Parses the first YAML document of `source`; never throws. */
export function parseFirstDocument(source: Buffer | string): ParsedYaml {
  let text: string;
  if (typeof source === 'string') {
    text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  } else {
    const decoded = decode(source);
    if (typeof decoded !== 'string') return { text: '', doc: null, lineCounter: new LineCounter(), error: decoded };
    text = decoded;
  }
  if (!NOT_PLAIN.test(text)) {
    const lineCounter = new LineCounter();
    const simple = parseSimpleYaml(text, lineCounter, MAX_YAML_DEPTH);
    if (simple !== undefined) return { text, doc: { contents: simple, errors: [] }, lineCounter, error: null };
  }
  return parseFull(text);
}

/**
 * yaml.v3's line breaks are LF, CRLF, a lone CR, NEL, LS and PS; the `yaml` package knows only
 * the first two. Each of the others is one UTF-16 unit and becomes LF, so offsets are kept. A
 * byte order mark at the start of a line, which yaml.v3's scanner skips as it would a space,
 * becomes a space.
 */
export function normaliseBreaks(text: string): string {
  if (!/[\r\u0085\u2028\u2029\ufeff]/.test(text)) return text;
  return text.replace(/\r(?!\n)|[\u0085\u2028\u2029]/g, '\n').replace(/(^|\n)\ufeff/g, '$1 ');
}

/** Line starts of `text` (breaks already normalised), as the `yaml` package's LineCounter keeps them. */
function countLines(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

/** The general path: yaml.v3's reader and scanner rules (scan.ts), then the `yaml` package's parser. */
export function parseFull(source: string): ParsedYaml {
  const text = normaliseBreaks(source);
  const lineCounter = countLines(text);
  const problem = (message: string, offset: number): ParsedYaml => ({
    text,
    doc: null,
    lineCounter,
    error: { message, offset, ...positionAt(lineCounter, offset) },
  });
  const control = CONTROL.exec(text);
  if (control) return problem('control characters are not allowed', control.index);
  const scan = scanFirstDocument(text);
  if (scan.error) return problem(scan.error.message, scan.error.offset);
  const shifted = new Shift(scan.edits);
  const input = shifted.apply(scan.cutAt === null ? text : text.slice(0, scan.cutAt));
  const parser = new Parser();
  // The parser builds its token tree without recursion: measure the depth there, before composing.
  const tokens = [...parser.parse(input)];
  const firstDoc = tokens.find((t) => t.type === 'document');
  const deep = firstDoc ? tooDeepAt(firstDoc) : null;
  if (deep !== null) return problem(TOO_DEEP, shifted.back(deep));
  const composer = new Composer({ schema: 'failsafe', uniqueKeys: false, strict: true, prettyErrors: false });
  let doc: ParsedDoc | null = null;
  for (const d of composer.compose(tokens, false)) {
    doc = d;
    break;
  }
  if (doc && scan.edits.length > 0) shifted.restore(doc);
  if (doc && /[\u2028\u2029]/.test(source)) refold(doc, source);
  let error: YamlProblem | null = null;
  if (doc && doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const offset = shifted.back(e.pos[0]);
    // The composer reports a stack overflow as RESOURCE_EXHAUSTION with V8's own words.
    const message = e.code === 'RESOURCE_EXHAUSTION' ? TOO_DEEP : e.message.split('\n')[0]!;
    error = { message, offset, ...positionAt(lineCounter, offset) };
  }
  return { text, doc, lineCounter, error };
}

/**
 * The scanner's edits (scan.ts) applied for the `yaml` package: spaces re-indenting lines inside
 * flow collections and quoted scalars, where yaml.v3 ignores indentation and leading spaces are
 * never part of a value; a space before an adjacent comment; `\x27` for yaml.v3's `\'`. Offsets
 * in the edited text map back to the original.
 */
class Shift {
  /** Edited-text offset of each insertion, and the total inserted up to and including it. */
  private readonly starts: number[] = [];
  private readonly totals: number[] = [];
  private readonly origins: number[] = [];

  constructor(private readonly edits: TextEdit[]) {}

  apply(text: string): string {
    if (this.edits.length === 0) return text;
    let out = '';
    let from = 0;
    let total = 0;
    for (const e of this.edits) {
      if (e.at > text.length || e.at < from) continue;
      out += text.slice(from, e.at);
      this.starts.push(out.length);
      out += e.insert;
      total += e.insert.length;
      this.totals.push(total);
      this.origins.push(e.at);
      from = e.at;
      if (e.replace !== undefined && e.at < text.length) {
        out += e.replace;
        from = e.at + 1;
      }
    }
    return out + text.slice(from);
  }

  /** The original offset of an edited one (a position inside an insertion maps to where it was made). */
  back(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return offset;
    return Math.max(this.origins[k]!, offset - this.totals[k]!);
  }

  /** Moves every node's range back to original offsets. */
  restore(doc: ParsedDoc): void {
    const seen = new Set<unknown>();
    const visit = (n: unknown): void => {
      if (!n || typeof n !== 'object' || seen.has(n)) return;
      seen.add(n);
      const node = n as { range?: number[]; items?: unknown[]; key?: unknown; value?: unknown };
      if (Array.isArray(node.range)) node.range = node.range.map((o) => this.back(o));
      if (Array.isArray(node.items)) for (const it of node.items) visit(it);
      if ('key' in node) visit(node.key);
      if ('value' in node && typeof node.value === 'object') visit(node.value);
    };
    visit(doc.contents);
  }
}

/** Scalars that span an LS or PS line break get yaml.v3's value, which keeps that character (fold.ts). */
function refold(doc: ParsedDoc, source: string): void {
  const seen = new Set<unknown>();
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object' || seen.has(n)) return;
    seen.add(n);
    if (isScalar(n)) {
      const [start, end] = n.range ?? [0, 0];
      const raw = source.slice(start, end);
      if (!/[\u2028\u2029]/.test(raw)) return;
      const value = n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE' ? foldQuoted(raw) : n.type === 'PLAIN' ? foldPlain(raw) : null;
      if (value !== null) {
        n.value = value;
        n.source = value;
      }
      return;
    }
    const node = n as { items?: unknown[]; key?: unknown; value?: unknown };
    if (Array.isArray(node.items)) for (const it of node.items) visit(it);
    if ('key' in node) visit(node.key);
    if ('value' in node) visit(node.value);
  };
  visit(doc.contents);
}

/** Offset of the first collection nested deeper than MAX_YAML_DEPTH, or null (an iterative walk). */
function tooDeepAt(document: CST.Document): number | null {
  const stack: [CST.Token | undefined, number][] = [[document.value, 0]];
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (!t || !('items' in t) || (t.type !== 'block-map' && t.type !== 'block-seq' && t.type !== 'flow-collection')) continue;
    if (depth + 1 > MAX_YAML_DEPTH) return t.offset;
    for (let i = t.items.length - 1; i >= 0; i--) {
      const it = t.items[i]! as { key?: CST.Token | null; value?: CST.Token };
      stack.push([it.value, depth + 1]);
      if (it.key) stack.push([it.key, depth + 1]);
    }
  }
  return null;
}
