/**
 * yaml.v3's scanner (a port of libyaml's) as far as scan.ts needs it: it fetches tokens the way
 * yaml.v3 does (indentation, simple keys, flow levels) and counts them, without building values.
 */
import { PLAIN_NEVER, TAB_HINT, isAlpha, isBlank, isBlankZ, isBreak, isDocumentIndicator } from './scan-chars.js';
import { ScanCursor } from './scan-cursor.js';
import { readBlockScalar, readDirective, readPlain, readQuoted } from './scan-readers.js';

interface SimpleKey {
  possible: boolean;
  required: boolean;
  line: number;
  index: number;
  column: number;
  /** The token that would become the key. */
  token: number;
}

export type Kind =
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

/** yaml.v3's token state over the cursor: flow levels, indentation, simple keys, token count. */
export class Scanner extends ScanCursor {
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
  /** The last directive read: where it starts and, for %YAML, its version. */
  directiveAt = -1;
  version: [number, number] | null = null;

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

  /** Fetches the next token and returns its kind (yaml.v3's fetch_next_token); throws Stop on a scanner error. */
  next(): Kind {
    const s = this.s;
    this.resolvedKey = -1;
    this.toNextToken();
    this.unrollIndent(this.col);
    const c = s[this.i];
    const n = s[this.i + 1];
    if (c === undefined) return this.fetchStreamEnd();
    if (this.col === 0 && c === '%') return this.fetchDirective();
    if (this.col === 0 && isDocumentIndicator(s, this.i)) return this.fetchDocumentIndicator(c);
    if (c === '[' || c === '{') return this.fetchFlowCollectionStart(c);
    if (c === ']' || c === '}') return this.fetchFlowCollectionEnd();
    if (c === ',') return this.fetchFlowEntry();
    if (c === '-' && isBlankZ(n)) return this.fetchBlockEntry();
    if (c === '?' && (this.flowLevel > 0 || isBlankZ(n))) return this.fetchKey();
    if (c === ':' && (this.flowLevel > 0 || isBlankZ(n))) return this.fetchValue();
    if (c === '*' || c === '&') return this.fetchAnchor(c);
    if (c === '!') return this.fetchTag();
    if ((c === '|' || c === '>') && this.flowLevel === 0) return this.fetchBlockScalar();
    if (c === "'" || c === '"') return this.fetchQuoted(c === "'");
    if (
      !(isBlankZ(c) || PLAIN_NEVER.has(c)) ||
      (c === '-' && !isBlank(n)) ||
      (this.flowLevel === 0 && (c === '?' || c === ':') && !isBlankZ(n))
    ) {
      return this.fetchPlain();
    }
    this.fail('found character that cannot start any token', this.i, c === '\t' ? TAB_HINT : undefined);
  }

  private emit(kind: Kind, width: number): Kind {
    this.skip(width);
    this.tokens++;
    return kind;
  }

  private fetchStreamEnd(): Kind {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.tokens++;
    return 'stream-end';
  }

  /** `%YAML` and `%TAG` lines; the version itself is checked by the caller (a parser rule). */
  private fetchDirective(): Kind {
    const start = this.i;
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const version = readDirective(this, start);
    this.directiveAt = start;
    this.version = version;
    this.tokens++;
    return 'directive';
  }

  private fetchDocumentIndicator(c: string): Kind {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.skip(3);
    this.tokens++;
    return c === '-' ? 'doc-start' : 'doc-end';
  }

  private fetchFlowCollectionStart(c: string): Kind {
    this.saveSimpleKey();
    this.simpleKeys.push({ possible: false, required: false, line: 0, index: 0, column: 0, token: -1 });
    if (this.flowLevel === 0) this.enterFlowContent();
    this.flowLevel++;
    this.flows.push(c);
    this.entryHasNode = false;
    this.simpleKeyAllowed = true;
    return this.emit('flow-start', 1);
  }

  private fetchFlowCollectionEnd(): Kind {
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

  private fetchFlowEntry(): Kind {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.entryHasNode = false;
    return this.emit('flow-entry', 1);
  }

  private fetchBlockEntry(): Kind {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail('block sequence entries are not allowed in this context');
      this.rollIndent(this.col);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    return this.emit('block-entry', 1);
  }

  private fetchKey(): Kind {
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

  private fetchValue(): Kind {
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

  private fetchAnchor(c: string): Kind {
    const s = this.s;
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

  private fetchTag(): Kind {
    const s = this.s;
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    while (!isBlankZ(s[this.i]) && !(this.flowLevel > 0 && ',[]{}'.includes(s[this.i]!))) this.skip();
    this.tokens++;
    return 'tag';
  }

  private fetchBlockScalar(): Kind {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    readBlockScalar(this, this.indent);
    this.tokens++;
    return 'block-scalar';
  }

  private fetchQuoted(single: boolean): Kind {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    readQuoted(this, single);
    this.entryHasNode = true;
    this.tokens++;
    return 'quoted';
  }

  private fetchPlain(): Kind {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    if (readPlain(this, this.indent + 1, this.flowLevel > 0)) this.simpleKeyAllowed = true;
    this.entryHasNode = true;
    this.tokens++;
    return 'plain';
  }

  /** Whether the simple key saved at token `token` is still undecided (yaml.v3 then reads on). */
  keyPending(token: number): boolean {
    return this.simpleKeys.some((k) => k.token === token && this.keyValid(k));
  }
}
