/**
 * Decodes a plugin's stdout the way Pacto does (Go's encoding/json into
 * `struct { Files []struct{ Path, Content string }; Message string }`):
 * member names match case-insensitively, unknown members are ignored, the last duplicate wins,
 * `null` means "zero value", wrong types are errors, and anything after the value is an error.
 *
 * JSON.parse alone cannot do this: it merges duplicate keys by exact spelling only, so
 * `{"files":…,"Files":…}` would pick the wrong one. This small parser keeps members in order;
 * strings are cut out by scanning and decoded by JSON.parse, which keeps large content fast.
 */

export interface ResponseFile {
  path: string;
  content: string;
}

export interface PluginResponse {
  files: ResponseFile[];
  message: string;
}

export class ResponseError extends Error {
  override name = 'ResponseError';
}

type Value = null | boolean | number | string | Value[] | Members;
/** An object as its members in document order (duplicates kept). */
class Members {
  constructor(readonly entries: [string, Value][]) {}
}

/** Go's encoding/json refuses documents nested deeper than this ("exceeded max depth"). */
export const MAX_DEPTH = 10000;

/** A container being parsed: an array's items, or an object's members and the pending key. */
type Frame = { items: Value[] } | { entries: [string, Value][]; key: string };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  document(): Value {
    this.ws();
    const v = this.value();
    this.ws();
    if (this.i < this.s.length) throw this.unexpected('after top-level value');
    return v;
  }

  private ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else break;
    }
  }

  private unexpected(context: string): ResponseError {
    if (this.i >= this.s.length) return new ResponseError('unexpected end of JSON input');
    const ch = String.fromCodePoint(this.s.codePointAt(this.i)!);
    return new ResponseError(`invalid character ${JSON.stringify(ch)} ${context} (at offset ${this.i})`);
  }

  /**
   * One value, iteratively: an explicit stack of open containers instead of recursion, so depth
   * is bounded by Go's limit and never by our call stack.
   */
  private value(): Value {
    const open: Frame[] = [];
    for (;;) {
      let v: Value;
      const c = this.s[this.i];
      if (c === '[' || c === '{') {
        // The new container's depth, counting the outermost as 1, as Go's scanner does.
        if (open.length + 1 > MAX_DEPTH) throw this.unexpected('exceeded max depth');
        this.i++;
        this.ws();
        if (c === '[') {
          if (this.s[this.i] !== ']') {
            open.push({ items: [] });
            continue;
          }
          this.i++;
          v = [];
        } else {
          if (this.s[this.i] !== '}') {
            open.push({ entries: [], key: this.key() });
            continue;
          }
          this.i++;
          v = new Members([]);
        }
      } else {
        v = this.scalar();
      }
      // Hand the finished value to its container; close containers that end here.
      for (;;) {
        const top = open.at(-1);
        if (top === undefined) return v;
        this.ws();
        const next = this.s[this.i];
        if ('items' in top) {
          top.items.push(v);
          if (next === ',') {
            this.i++;
            this.ws();
            break;
          }
          if (next !== ']') throw this.unexpected('after array element');
          v = top.items;
        } else {
          top.entries.push([top.key, v]);
          if (next === ',') {
            this.i++;
            top.key = this.key();
            break;
          }
          if (next !== '}') throw this.unexpected('after object key:value pair');
          v = new Members(top.entries);
        }
        this.i++;
        open.pop();
      }
    }
  }

  /** An object member's key and its colon, leaving the position at the member's value. */
  private key(): string {
    this.ws();
    if (this.s[this.i] !== '"') throw this.unexpected('looking for beginning of object key string');
    const key = this.string();
    this.ws();
    if (this.s[this.i] !== ':') throw this.unexpected('after object key');
    this.i++;
    this.ws();
    return key;
  }

  private scalar(): Value {
    const c = this.s[this.i];
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    throw this.unexpected('looking for beginning of value');
  }

  private string(): string {
    const start = this.i;
    let j = start + 1;
    for (;;) {
      const q = this.s.indexOf('"', j);
      if (q < 0) {
        this.i = this.s.length;
        throw this.unexpected('in string literal');
      }
      let backslashes = 0;
      for (let k = q - 1; k > start && this.s.charCodeAt(k) === 0x5c; k--) backslashes++;
      if (backslashes % 2 === 0) {
        this.i = q + 1;
        break;
      }
      j = q + 1;
    }
    try {
      return JSON.parse(this.s.slice(start, this.i)) as string;
    } catch (err) {
      throw new ResponseError(`invalid string literal at offset ${start}: ${(err as Error).message}`);
    }
  }

  private number(): number {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = this.i;
    const hit = m.exec(this.s);
    if (!hit) throw this.unexpected('in numeric literal');
    this.i += hit[0].length;
    return Number(hit[0]);
  }
}

/** Go's case folding for field names: ASCII case plus the two Unicode letters that fold to k and s. */
function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/\u212a/g, 'k')
    .replace(/\u017f/g, 's');
}

function kind(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Members) return 'object';
  return typeof v;
}

/** Members of `obj` that Go would assign to `field` (matched case-insensitively): the last one. */
function member(obj: Members, field: string): Value | undefined {
  let found: Value | undefined;
  for (const [k, v] of obj.entries) if (fold(k) === field) found = v;
  return found;
}

function stringField(v: Value | undefined, where: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  throw new ResponseError(`cannot use a JSON ${kind(v)} as ${where} (it must be a string)`);
}

export function decodeResponse(text: string): PluginResponse {
  const doc = new Parser(text).document();
  if (doc === null) return { files: [], message: '' };
  if (!(doc instanceof Members)) {
    throw new ResponseError(`the response must be a JSON object {"files":[…],"message":…}, not a JSON ${kind(doc)}`);
  }
  const message = stringField(member(doc, 'message'), '"message"');
  const filesValue = member(doc, 'files');
  const files: ResponseFile[] = [];
  if (filesValue !== undefined && filesValue !== null) {
    if (!Array.isArray(filesValue)) {
      throw new ResponseError(`cannot use a JSON ${kind(filesValue)} as "files" (it must be an array)`);
    }
    filesValue.forEach((item, n) => {
      if (item === null) {
        files.push({ path: '', content: '' });
        return;
      }
      if (!(item instanceof Members)) {
        throw new ResponseError(`cannot use a JSON ${kind(item)} as files[${n}] (it must be an object {"path","content"})`);
      }
      files.push({
        path: stringField(member(item, 'path'), `files[${n}].path`),
        content: stringField(member(item, 'content'), `files[${n}].content`),
      });
    });
  }
  return { files, message };
}
