/**
 * yaml.v3's reader and scanner rules where the `yaml` package reads the same text differently.
 * Pacto decodes pacto.yaml with yaml.v3 3.0.1 (a port of libyaml); the `yaml` package follows
 * YAML 1.2. This module walks the text token by token the way yaml.v3's scanner does (breaks,
 * blanks, indentation, simple keys, flow levels) without building values, and says:
 *  - the scanner errors yaml.v3 raises and the `yaml` package does not (tabs, directives,
 *    escapes), in yaml.v3's words;
 *  - where the first document ends for yaml.v3, which reads the root node and then only a few
 *    tokens ahead (content after a flow-style root is never parsed);
 *  - which lines sit inside a flow collection or a quoted scalar, where yaml.v3 ignores
 *    indentation and the `yaml` package does not (they are re-indented before parsing).
 * The `yaml` package still builds the nodes and reports the errors both parsers share.
 */

/** A yaml.v3 failure: its problem text (yaml.v3's words) and the offset it points at. */
export interface ScanError {
  message: string;
  offset: number;
}

/**
 * Text inserted before offset `at` (spaces re-indenting a line, a space before a comment, `x2`
 * in an escape), optionally replacing the one character at `at` (same length, so offsets hold).
 */
export interface TextEdit {
  at: number;
  insert: string;
  replace?: string;
}

export interface ScanResult {
  error: ScanError | null;
  /** Where the `yaml` package should stop reading (the end of a flow or quoted root), or null. */
  cutAt: number | null;
  /** Edits that make the `yaml` package read the text as yaml.v3 does, in offset order. */
  edits: TextEdit[];
}

class Stop extends Error {
  constructor(readonly scanError: ScanError) {
    super(scanError.message);
  }
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  line: number;
  index: number;
  column: number;
  /** The token that would become the key. */
  token: number;
}

const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBlankZ = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isAlpha = (c: string | undefined): boolean => c !== undefined && /[0-9A-Za-z_-]/.test(c);
const isHex = (c: string | undefined): boolean => c !== undefined && /[0-9A-Fa-f]/.test(c);
const PLAIN_NEVER = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const ESCAPES = new Set(['0', 'a', 'b', 't', '\t', 'n', 'v', 'f', 'r', 'e', ' ', '"', "'", '\\', 'N', '_', 'L', 'P']);
const TAB_HINT = 'a tab: yaml.v3 accepts tabs only inside flow collections and between tokens on a line; indent with spaces';
const HEX_ESCAPE: Record<string, number> = { x: 2, u: 4, U: 8 };

type Kind =
  | 'stream-end'
  | 'directive'
  | 'doc-start'
  | 'doc-end'
  | 'flow-start'
  | 'flow-end'
  | 'flow-entry'
  | 'block-entry'
  | 'key'
  | 'value'
  | 'anchor'
  | 'tag'
  | 'block-scalar'
  | 'quoted'
  | 'plain';

/**
 * The scanner over text whose line breaks are already `\n` or `\r\n` (see normaliseBreaks).
 * Columns count UTF-16 units, which equal yaml.v3's character columns for the ASCII that
 * indentation is made of.
 */
class Scanner {
  private i = 0;
  private line = 0;
  private col = 0;
  private flowLevel = 0;
  /** The open flow collections (`[` or `{`), and whether the current entry already has its node. */
  private readonly flows: string[] = [];
  private entryHasNode = false;
  private simpleKeyAllowed = true;
  private indent = -1;
  private readonly indents: number[] = [];
  private readonly simpleKeys: SimpleKey[] = [{ possible: false, required: false, line: 0, index: 0, column: 0, token: -1 }];
  /** Tokens fetched so far, counting the KEY / BLOCK-MAPPING-START tokens yaml.v3 inserts. */
  tokens = 0;
  /** Set when the last `:` turned a saved simple key into a key: that key's token number. */
  resolvedKey = -1;
  readonly edits: TextEdit[] = [];
  /** The last directive read: where it starts and, for %YAML, its version. */
  directiveAt = -1;
  version: [number, number] | null = null;
  /** Column of the outermost open flow collection or multi-line quoted scalar, or -1. */
  private flowBase = -1;

  constructor(private readonly s: string) {}

  get offset(): number {
    return this.i;
  }

  private fail(message: string, at = this.i, hint?: string): never {
    throw new Stop({ message: hint ? `${message} (${hint})` : message, offset: at });
  }

  private lineIndentAt(lineStart: number): number {
    let j = lineStart;
    while (this.s[j] === ' ') j++;
    return j - lineStart;
  }

  private skip(n = 1): void {
    this.i += n;
    this.col += n;
  }

  /** Consumes one line break; records a re-indent when the new line opens inside flow content. */
  private skipLine(): void {
    if (this.s[this.i] === '\r' && this.s[this.i + 1] === '\n') this.i += 2;
    else this.i += 1;
    this.line++;
    this.col = 0;
    if (this.flowBase >= 0) this.padLine();
  }

  private padLine(): void {
    const at = this.i;
    const s = this.s;
    // Document markers keep column 0: yaml.v3 reads them there even inside flow content.
    if ((s.startsWith('---', at) || s.startsWith('...', at)) && isBlankZ(s[at + 3])) return;
    const width = this.flowBase + 1 - this.lineIndentAt(at);
    if (width > 0) this.edits.push({ at, insert: ' '.repeat(width) });
  }

  /**
   * Continuation lines are re-indented past the column of the opening bracket or quote: the
   * `yaml` package wants them deeper than the enclosing block collection, which starts left of it.
   */
  private enterFlowContent(): void {
    if (this.flowBase < 0) this.flowBase = this.col;
  }

  private leaveFlowContent(): void {
    if (this.flowLevel === 0) this.flowBase = -1;
  }

  private get topKey(): SimpleKey {
    return this.simpleKeys[this.simpleKeys.length - 1]!;
  }

  private keyValid(k: SimpleKey): boolean {
    if (!k.possible) return false;
    if (k.line < this.line || k.index + 1024 < this.i) {
      if (k.required) this.fail("could not find expected ':'", k.index);
      k.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.col;
    if (!this.simpleKeyAllowed) return;
    this.removeSimpleKey();
    Object.assign(this.topKey, { possible: true, required, line: this.line, index: this.i, column: this.col, token: this.tokens });
  }

  private removeSimpleKey(): void {
    const k = this.topKey;
    if (k.possible && k.required) this.fail("could not find expected ':'", k.index);
    k.possible = false;
  }

  private rollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      this.tokens++; // BLOCK-SEQUENCE-START / BLOCK-MAPPING-START
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.indent = this.indents.pop()!;
      this.tokens++; // BLOCK-END
    }
  }

  /** yaml.v3's scan_to_next_token: blanks, comments, line breaks; a BOM at column 0 is skipped. */
  private toNextToken(): void {
    const s = this.s;
    for (;;) {
      if (this.col === 0 && s[this.i] === '\ufeff') this.skip();
      while (s[this.i] === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && s[this.i] === '\t')) this.skip();
      if (s[this.i] === '#') {
        // yaml.v3 reads `"a"#c` or `[a]#c` as a value and a comment; the `yaml` package wants a space.
        if (this.i > 0 && !isBlank(s[this.i - 1]) && !isBreak(s[this.i - 1])) this.edits.push({ at: this.i, insert: ' ' });
        while (this.i < s.length && !isBreak(s[this.i])) this.skip();
      }
      if (!isBreak(s[this.i])) return;
      this.skipLine();
      if (this.flowLevel === 0) this.simpleKeyAllowed = true;
    }
  }

  /** Fetches the next token and returns its kind; throws Stop on a scanner error. */
  next(): Kind {
    const s = this.s;
    this.resolvedKey = -1;
    this.toNextToken();
    this.unrollIndent(this.col);
    const c = s[this.i];
    if (c === undefined) {
      this.unrollIndent(-1);
      this.removeSimpleKey();
      this.simpleKeyAllowed = false;
      this.tokens++;
      return 'stream-end';
    }
    if (this.col === 0 && c === '%') return this.directive();
    if (this.col === 0 && (s.startsWith('---', this.i) || s.startsWith('...', this.i)) && isBlankZ(s[this.i + 3])) {
      this.unrollIndent(-1);
      this.removeSimpleKey();
      this.simpleKeyAllowed = false;
      this.skip(3);
      this.tokens++;
      return c === '-' ? 'doc-start' : 'doc-end';
    }
    if (c === '[' || c === '{') {
      this.saveSimpleKey();
      this.simpleKeys.push({ possible: false, required: false, line: 0, index: 0, column: 0, token: -1 });
      if (this.flowLevel === 0) this.enterFlowContent();
      this.flowLevel++;
      this.flows.push(c);
      this.entryHasNode = false;
      this.simpleKeyAllowed = true;
      return this.emit('flow-start', 1);
    }
    if (c === ']' || c === '}') {
      this.removeSimpleKey();
      if (this.flowLevel > 0) {
        this.flowLevel--;
        this.flows.pop();
        this.entryHasNode = true;
        this.simpleKeys.pop();
      }
      this.leaveFlowContent();
      this.simpleKeyAllowed = false;
      return this.emit('flow-end', 1);
    }
    if (c === ',') {
      this.removeSimpleKey();
      this.simpleKeyAllowed = true;
      this.entryHasNode = false;
      return this.emit('flow-entry', 1);
    }
    if (c === '-' && isBlankZ(s[this.i + 1])) {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail('block sequence entries are not allowed in this context');
        this.rollIndent(this.col);
      }
      this.removeSimpleKey();
      this.simpleKeyAllowed = true;
      return this.emit('block-entry', 1);
    }
    if (c === '?' && (this.flowLevel > 0 || isBlankZ(s[this.i + 1]))) {
      if (this.flowLevel > 0 && this.entryHasNode) {
        // A `?` after an entry's node (`[a?b]`, a plain scalar ends at `?` in flow context).
        this.fail(`did not find expected ',' or '${this.flows[this.flows.length - 1] === '[' ? ']' : '}'}'`);
      }
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail('mapping keys are not allowed in this context');
        this.rollIndent(this.col);
      }
      this.removeSimpleKey();
      this.simpleKeyAllowed = this.flowLevel === 0;
      return this.emit('key', 1);
    }
    if (c === ':' && (this.flowLevel > 0 || isBlankZ(s[this.i + 1]))) return this.value();
    if (c === '*' || c === '&') {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      this.skip();
      const start = this.i;
      while (isAlpha(s[this.i])) this.skip();
      const n = s[this.i];
      if (this.i === start || !(isBlankZ(n) || '?:,]}%@`'.includes(n!))) this.fail('did not find expected alphabetic or numeric character');
      this.tokens++;
      if (c === '*') this.entryHasNode = true;
      return 'anchor';
    }
    if (c === '!') {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      while (!isBlankZ(s[this.i]) && !(this.flowLevel > 0 && ',[]{}'.includes(s[this.i]!))) this.skip();
      this.tokens++;
      return 'tag';
    }
    if ((c === '|' || c === '>') && this.flowLevel === 0) {
      this.removeSimpleKey();
      this.simpleKeyAllowed = true;
      this.blockScalar();
      this.tokens++;
      return 'block-scalar';
    }
    if (c === "'" || c === '"') {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      this.quoted(c === "'");
      this.entryHasNode = true;
      this.tokens++;
      return 'quoted';
    }
    const n = s[this.i + 1];
    if (
      !(isBlankZ(c) || PLAIN_NEVER.has(c)) ||
      (c === '-' && !isBlank(n)) ||
      (this.flowLevel === 0 && (c === '?' || c === ':') && !isBlankZ(n))
    ) {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      this.plain();
      this.entryHasNode = true;
      this.tokens++;
      return 'plain';
    }
    this.fail('found character that cannot start any token', this.i, c === '\t' ? TAB_HINT : undefined);
  }

  private emit(kind: Kind, width: number): Kind {
    this.skip(width);
    this.tokens++;
    return kind;
  }

  private value(): Kind {
    const k = this.topKey;
    if (this.keyValid(k)) {
      this.tokens++; // KEY
      this.rollIndent(k.column);
      this.resolvedKey = k.token;
      k.possible = false;
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail('mapping values are not allowed in this context');
        this.rollIndent(this.col);
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.entryHasNode = false;
    return this.emit('value', 1);
  }

  /** `%YAML` and `%TAG` lines; the version itself is checked by the caller (a parser rule). */
  private directive(): Kind {
    const s = this.s;
    const start = this.i;
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.skip();
    const nameStart = this.i;
    while (isAlpha(s[this.i])) this.skip();
    const name = s.slice(nameStart, this.i);
    if (name === '') this.fail('could not find expected directive name', start);
    if (!isBlankZ(s[this.i])) this.fail('found unexpected non-alphabetical character', start);
    this.directiveAt = start;
    this.version = null;
    if (name === 'YAML') {
      while (isBlank(s[this.i])) this.skip();
      const major = this.versionNumber(start);
      if (s[this.i] !== '.') this.fail("did not find expected digit or '.' character", start);
      this.skip();
      this.version = [major, this.versionNumber(start)];
    } else if (name === 'TAG') {
      // Handle and prefix: left to the `yaml` package, which reads %TAG the same way.
      while (isBlank(s[this.i])) this.skip();
      while (!isBlankZ(s[this.i])) this.skip();
      while (isBlank(s[this.i])) this.skip();
      while (!isBlankZ(s[this.i])) this.skip();
    } else {
      this.fail('found unknown directive name', start, 'only %YAML and %TAG exist');
    }
    while (isBlank(s[this.i])) this.skip();
    if (s[this.i] === '#') while (this.i < s.length && !isBreak(s[this.i])) this.skip();
    if (this.i < s.length && !isBreak(s[this.i])) this.fail('did not find expected comment or line break', start);
    this.tokens++;
    return 'directive';
  }

  /** Up to two digits, as yaml.v3 reads them (`01` is 1). */
  private versionNumber(start: number): number {
    let length = 0;
    let value = 0;
    while (this.s[this.i] !== undefined && this.s[this.i]! >= '0' && this.s[this.i]! <= '9') {
      if (++length > 2) this.fail('found extremely long version number', start);
      value = value * 10 + Number(this.s[this.i]);
      this.skip();
    }
    if (length === 0) this.fail('did not find expected version number', start);
    return value;
  }

  /** Whether the simple key saved at token `token` is still undecided (yaml.v3 then reads on). */
  keyPending(token: number): boolean {
    return this.simpleKeys.some((k) => k.token === token && this.keyValid(k));
  }

  private quoted(single: boolean): void {
    const s = this.s;
    const start = this.i;
    const wasFlow = this.flowBase >= 0;
    if (!wasFlow) this.enterFlowContent();
    this.skip();
    for (;;) {
      if (this.col === 0 && (s.startsWith('---', this.i) || s.startsWith('...', this.i)) && isBlankZ(s[this.i + 3])) {
        this.fail('found unexpected document indicator', start);
      }
      if (this.i >= s.length) this.fail('found unexpected end of stream', start);
      const c = s[this.i]!;
      if (single && c === "'" && s[this.i + 1] === "'") {
        this.skip(2);
      } else if (c === (single ? "'" : '"')) {
        this.skip();
        break;
      } else if (!single && c === '\\' && isBreak(s[this.i + 1])) {
        this.skip();
        this.skipLine();
      } else if (!single && c === '\\') {
        const e = s[this.i + 1];
        const width = e !== undefined ? HEX_ESCAPE[e] : undefined;
        if (width !== undefined) {
          const hex = s.slice(this.i + 2, this.i + 2 + width);
          if (hex.length < width || ![...hex].every(isHex)) this.fail('did not find expected hexdecimal number', start);
          const v = parseInt(hex, 16);
          if ((v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff) this.fail('found invalid Unicode character escape code', start);
          this.skip(2 + width);
        } else {
          // yaml.v3 knows \' (an apostrophe); the `yaml` package does not: give it \x27.
          if (e === "'") this.edits.push({ at: this.i + 1, insert: 'x2', replace: '7' });
          if (e === undefined || !ESCAPES.has(e)) {
            this.fail('found unknown escape character', this.i, `\\${e ?? ''} is not a YAML 1.1 escape; write the character itself or use single quotes`);
          }
          this.skip(2);
        }
      } else if (isBreak(c)) {
        this.skipLine();
      } else {
        this.skip();
      }
    }
    if (!wasFlow) this.flowBase = -1;
  }

  private plain(): void {
    const s = this.s;
    const indent = this.indent + 1;
    let leadingBlanks = false;
    for (;;) {
      if (this.col === 0 && (s.startsWith('---', this.i) || s.startsWith('...', this.i)) && isBlankZ(s[this.i + 3])) break;
      if (s[this.i] === '#') break;
      while (!isBlankZ(s[this.i])) {
        const c = s[this.i]!;
        if ((c === ':' && isBlankZ(s[this.i + 1])) || (this.flowLevel > 0 && ',?[]{}'.includes(c))) break;
        leadingBlanks = false;
        this.skip();
      }
      if (!(isBlank(s[this.i]) || isBreak(s[this.i]))) break;
      let sawBreak = false;
      while (isBlank(s[this.i]) || isBreak(s[this.i])) {
        if (isBlank(s[this.i])) {
          if ((leadingBlanks || sawBreak) && this.col < indent && s[this.i] === '\t') {
            this.fail('found a tab character that violates indentation', this.i, TAB_HINT);
          }
          this.skip();
        } else {
          this.skipLine();
          sawBreak = true;
        }
      }
      if (sawBreak) leadingBlanks = true;
      if (this.flowLevel === 0 && this.col < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
  }

  private blockScalar(): void {
    const s = this.s;
    const start = this.i;
    this.skip();
    let increment = 0;
    const digit = (): void => {
      const d = s[this.i];
      if (d !== undefined && d >= '0' && d <= '9') {
        if (d === '0') this.fail('found an indentation indicator equal to 0', start);
        increment = Number(d);
        this.skip();
      }
    };
    if (s[this.i] === '+' || s[this.i] === '-') {
      this.skip();
      digit();
    } else {
      digit();
      if (s[this.i] === '+' || s[this.i] === '-') this.skip();
    }
    while (isBlank(s[this.i])) this.skip();
    if (s[this.i] === '#') while (this.i < s.length && !isBreak(s[this.i])) this.skip();
    if (this.i < s.length && !isBreak(s[this.i])) this.fail('did not find expected comment or line break', start);
    if (isBreak(s[this.i])) this.skipLine();
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;
    indent = this.blockBreaks(indent);
    while (this.col === indent && this.i < s.length) {
      while (this.i < s.length && !isBreak(s[this.i])) this.skip();
      if (this.i >= s.length) break;
      this.skipLine();
      indent = this.blockBreaks(indent);
    }
  }

  private blockBreaks(indent: number): number {
    const s = this.s;
    let maxIndent = 0;
    for (;;) {
      while ((indent === 0 || this.col < indent) && s[this.i] === ' ') this.skip();
      if (this.col > maxIndent) maxIndent = this.col;
      if ((indent === 0 || this.col < indent) && s[this.i] === '\t') this.fail('found a tab character where an indentation space is expected', this.i, TAB_HINT);
      if (!isBreak(s[this.i])) break;
      this.skipLine();
    }
    if (indent === 0) indent = Math.max(maxIndent, this.indent + 1, 1);
    return indent;
  }
}

/**
 * Scans `text` (line breaks normalised) as yaml.v3 reads its first document: the directives,
 * the root node, and the tokens yaml.v3 looks ahead at after it.
 */
export function scanFirstDocument(text: string): ScanResult {
  const sc = new Scanner(text);
  const done = (error: ScanError | null, cutAt: number | null = null): ScanResult => ({ error, cutAt, edits: sc.edits });
  try {
    let kind = sc.next();
    let sawVersion = false;
    let sawDirective = false;
    // Directives come before the first document's `---`; the parser checks %YAML's version.
    while (kind === 'directive') {
      if (sc.version) {
        if (sawVersion) return done({ message: 'found duplicate %YAML directive', offset: sc.directiveAt });
        if (sc.version[0] !== 1 || sc.version[1] !== 1) {
          const hint = `Pacto's yaml.v3 reads only %YAML 1.1; remove the directive`;
          return done({ message: `found incompatible YAML document (${hint})`, offset: sc.directiveAt });
        }
        sawVersion = true;
      }
      sawDirective = true;
      kind = sc.next();
    }
    if (sawDirective && kind !== 'doc-start') return done(null); // the `yaml` package refuses it too
    if (kind === 'doc-start') kind = sc.next();
    const rootToken = sc.tokens - 1;
    while (kind === 'anchor' || kind === 'tag') kind = sc.next();
    if (kind === 'flow-start' || kind === 'quoted') {
      if (kind === 'flow-start') {
        for (let depth = 1; depth > 0; ) {
          const k = sc.next();
          if (k === 'flow-start') depth++;
          else if (k === 'flow-end') depth--;
          else if (k === 'stream-end' || k === 'doc-start' || k === 'doc-end') return done(null); // unclosed: the `yaml` package says so
        }
      }
      // A flow collection or quoted scalar root ends the document, unless a `:` on its line
      // makes it the first key of a block mapping. yaml.v3 reads three tokens past it (more
      // while the first of them may still be a key) and ignores the rest.
      const end = sc.offset;
      const base = sc.tokens;
      const after = sc.next();
      if (!(after === 'value' && sc.resolvedKey === rootToken)) {
        let last = after;
        while (last !== 'stream-end' && (sc.tokens - base < 3 || sc.keyPending(base))) last = sc.next();
        return done(null, end);
      }
    }
    // A block or plain root runs to the next document marker; yaml.v3 reads two tokens past it.
    for (;;) {
      const k = sc.next();
      if (k === 'stream-end') break;
      if (k === 'doc-start' || k === 'doc-end') {
        const base = sc.tokens;
        while (sc.tokens - base < 2 && sc.next() !== 'stream-end');
        break;
      }
    }
  } catch (e) {
    if (e instanceof Stop) return done(e.scanError);
    throw e;
  }
  return done(null);
}
