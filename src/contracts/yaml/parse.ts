/**
 * Reads pacto.yaml the way yaml.v3 sees it: the first document only, a leading BOM skipped,
 * strict UTF-8. The `yaml` package parses with the failsafe schema (every scalar a string) so
 * that typed fields can be resolved with yaml.v3's own rules (see resolve.ts) from the
 * scalar's source text and style.
 */
import { Composer, LineCounter, Parser, type CST, type Node, type YAMLError } from 'yaml';
import { parseSimpleYaml } from './fast.js';

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

/** Parses the first YAML document of `source`; never throws. */
export function parseFirstDocument(source: Buffer | string): ParsedYaml {
  const lineCounter = new LineCounter();
  let text: string;
  if (typeof source === 'string') {
    text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  } else {
    try {
      text = utf8.decode(source); // TextDecoder drops a leading BOM itself
    } catch {
      return {
        text: '',
        doc: null,
        lineCounter,
        error: { message: 'invalid UTF-8: save pacto.yaml as UTF-8', offset: 0, line: 1, column: 1 },
      };
    }
  }
  const simple = parseSimpleYaml(text, lineCounter, MAX_YAML_DEPTH);
  if (simple !== undefined) return { text, doc: { contents: simple, errors: [] }, lineCounter, error: null };
  return parseFull(text);
}

/** The `yaml` package's parser, for everything the fast path does not cover. */
export function parseFull(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  // The parser builds its token tree without recursion: measure the depth there, before composing.
  const tokens = [...parser.parse(text)];
  const firstDoc = tokens.find((t) => t.type === 'document');
  const deep = firstDoc ? tooDeepAt(firstDoc) : null;
  if (deep !== null) {
    return { text, doc: null, lineCounter, error: { message: TOO_DEEP, offset: deep, ...positionAt(lineCounter, deep) } };
  }
  const composer = new Composer({ schema: 'failsafe', uniqueKeys: false, strict: true, prettyErrors: false });
  let doc: ParsedDoc | null = null;
  for (const d of composer.compose(tokens, false)) {
    doc = d;
    break;
  }
  let error: YamlProblem | null = null;
  if (doc && doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = positionAt(lineCounter, e.pos[0]);
    // The composer reports a stack overflow as RESOURCE_EXHAUSTION with V8's own words.
    const message = e.code === 'RESOURCE_EXHAUSTION' ? TOO_DEEP : e.message.split('\n')[0]!;
    error = { message, offset: e.pos[0], ...pos };
  }
  return { text, doc, lineCounter, error };
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
