/**
 * The readers of yaml.v3's scanner that consume one token's text (a directive line, a quoted,
 * plain or block scalar) without building its value; they fail with yaml.v3's words.
 */
import { ESCAPES, HEX_ESCAPE, TAB_HINT, isAlpha, isBlank, isBlankZ, isBreak, isDocumentIndicator, isHex } from './scan-chars.js';
import type { ScanCursor } from './scan-cursor.js';

/**
 * `%YAML` and `%TAG` lines from the `%` at `start`; returns %YAML's version (checked by the
 * caller, a parser rule) or null.
 */
export function readDirective(cur: ScanCursor, start: number): [number, number] | null {
  const s = cur.s;
  cur.skip();
  const nameStart = cur.i;
  while (isAlpha(s[cur.i])) cur.skip();
  const name = s.slice(nameStart, cur.i);
  if (name === '') cur.fail('could not find expected directive name', start);
  if (!isBlankZ(s[cur.i])) cur.fail('found unexpected non-alphabetical character', start);
  let version: [number, number] | null = null;
  if (name === 'YAML') {
    while (isBlank(s[cur.i])) cur.skip();
    const major = versionNumber(cur, start);
    if (s[cur.i] !== '.') cur.fail("did not find expected digit or '.' character", start);
    cur.skip();
    version = [major, versionNumber(cur, start)];
  } else if (name === 'TAG') {
    // Handle and prefix: left to the `yaml` package, which reads %TAG the same way.
    while (isBlank(s[cur.i])) cur.skip();
    while (!isBlankZ(s[cur.i])) cur.skip();
    while (isBlank(s[cur.i])) cur.skip();
    while (!isBlankZ(s[cur.i])) cur.skip();
  } else {
    cur.fail('found unknown directive name', start, 'only %YAML and %TAG exist');
  }
  while (isBlank(s[cur.i])) cur.skip();
  if (s[cur.i] === '#') while (cur.i < s.length && !isBreak(s[cur.i])) cur.skip();
  if (cur.i < s.length && !isBreak(s[cur.i])) cur.fail('did not find expected comment or line break', start);
  return version;
}

/** Up to two digits, as yaml.v3 reads them (`01` is 1). */
function versionNumber(cur: ScanCursor, start: number): number {
  let length = 0;
  let value = 0;
  while (cur.s[cur.i] !== undefined && cur.s[cur.i]! >= '0' && cur.s[cur.i]! <= '9') {
    if (++length > 2) cur.fail('found extremely long version number', start);
    value = value * 10 + Number(cur.s[cur.i]);
    cur.skip();
  }
  if (length === 0) cur.fail('did not find expected version number', start);
  return value;
}

export function readQuoted(cur: ScanCursor, single: boolean): void {
  const s = cur.s;
  const start = cur.i;
  const wasFlow = cur.flowBase >= 0;
  if (!wasFlow) cur.enterFlowContent();
  cur.skip();
  for (;;) {
    if (cur.col === 0 && isDocumentIndicator(s, cur.i)) {
      cur.fail('found unexpected document indicator', start);
    }
    if (cur.i >= s.length) cur.fail('found unexpected end of stream', start);
    const c = s[cur.i]!;
    if (single && c === "'" && s[cur.i + 1] === "'") {
      cur.skip(2);
    } else if (c === (single ? "'" : '"')) {
      cur.skip();
      break;
    } else if (!single && c === '\\' && isBreak(s[cur.i + 1])) {
      cur.skip();
      cur.skipLine();
    } else if (!single && c === '\\') {
      readEscape(cur, start);
    } else if (isBreak(c)) {
      cur.skipLine();
    } else {
      cur.skip();
    }
  }
  if (!wasFlow) cur.flowBase = -1;
}

/** One escape of a double-quoted scalar (not an escaped line break) at the backslash. */
function readEscape(cur: ScanCursor, start: number): void {
  const s = cur.s;
  const e = s[cur.i + 1];
  const width = e !== undefined ? HEX_ESCAPE[e] : undefined;
  if (width !== undefined) {
    const hex = s.slice(cur.i + 2, cur.i + 2 + width);
    if (hex.length < width || ![...hex].every(isHex)) cur.fail('did not find expected hexdecimal number', start);
    const v = parseInt(hex, 16);
    if ((v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff) cur.fail('found invalid Unicode character escape code', start);
    cur.skip(2 + width);
  } else {
    // yaml.v3 knows \' (an apostrophe); the `yaml` package does not: give it \x27.
    if (e === "'") cur.edits.push({ at: cur.i + 1, insert: 'x2', replace: '7' });
    if (e === undefined || !ESCAPES.has(e)) {
      cur.fail(
        'found unknown escape character',
        cur.i,
        `\\${e ?? ''} is not a YAML 1.1 escape; write the character itself or use single quotes`,
      );
    }
    cur.skip(2);
  }
}

/**
 * A plain scalar whose continuation lines are indented at least `indent` (in block context);
 * returns whether it ended after a line break (a simple key is then allowed again).
 */
export function readPlain(cur: ScanCursor, indent: number, inFlow: boolean): boolean {
  const s = cur.s;
  let leadingBlanks = false;
  for (;;) {
    if (cur.col === 0 && isDocumentIndicator(s, cur.i)) break;
    if (s[cur.i] === '#') break;
    while (!isBlankZ(s[cur.i])) {
      const c = s[cur.i]!;
      if ((c === ':' && isBlankZ(s[cur.i + 1])) || (inFlow && ',?[]{}'.includes(c))) break;
      leadingBlanks = false;
      cur.skip();
    }
    if (!(isBlank(s[cur.i]) || isBreak(s[cur.i]))) break;
    let sawBreak = false;
    while (isBlank(s[cur.i]) || isBreak(s[cur.i])) {
      if (isBlank(s[cur.i])) {
        if ((leadingBlanks || sawBreak) && cur.col < indent && s[cur.i] === '\t') {
          cur.fail('found a tab character that violates indentation', cur.i, TAB_HINT);
        }
        cur.skip();
      } else {
        cur.skipLine();
        sawBreak = true;
      }
    }
    if (sawBreak) leadingBlanks = true;
    if (!inFlow && cur.col < indent) break;
  }
  return leadingBlanks;
}

/** A `|` or `>` scalar in a block collection indented at `blockIndent`. */
export function readBlockScalar(cur: ScanCursor, blockIndent: number): void {
  const s = cur.s;
  const start = cur.i;
  cur.skip();
  let increment = 0;
  const digit = (): void => {
    const d = s[cur.i];
    if (d !== undefined && d >= '0' && d <= '9') {
      if (d === '0') cur.fail('found an indentation indicator equal to 0', start);
      increment = Number(d);
      cur.skip();
    }
  };
  if (s[cur.i] === '+' || s[cur.i] === '-') {
    cur.skip();
    digit();
  } else {
    digit();
    if (s[cur.i] === '+' || s[cur.i] === '-') cur.skip();
  }
  while (isBlank(s[cur.i])) cur.skip();
  if (s[cur.i] === '#') while (cur.i < s.length && !isBreak(s[cur.i])) cur.skip();
  if (cur.i < s.length && !isBreak(s[cur.i])) cur.fail('did not find expected comment or line break', start);
  if (isBreak(s[cur.i])) cur.skipLine();
  let indent = increment > 0 ? (blockIndent >= 0 ? blockIndent + increment : increment) : 0;
  indent = blockBreaks(cur, indent, blockIndent);
  while (cur.col === indent && cur.i < s.length) {
    while (cur.i < s.length && !isBreak(s[cur.i])) cur.skip();
    if (cur.i >= s.length) break;
    cur.skipLine();
    indent = blockBreaks(cur, indent, blockIndent);
  }
}

function blockBreaks(cur: ScanCursor, indent: number, blockIndent: number): number {
  const s = cur.s;
  let maxIndent = 0;
  for (;;) {
    while ((indent === 0 || cur.col < indent) && s[cur.i] === ' ') cur.skip();
    if (cur.col > maxIndent) maxIndent = cur.col;
    if ((indent === 0 || cur.col < indent) && s[cur.i] === '\t')
      cur.fail('found a tab character where an indentation space is expected', cur.i, TAB_HINT);
    if (!isBreak(s[cur.i])) break;
    cur.skipLine();
  }
  if (indent === 0) indent = Math.max(maxIndent, blockIndent + 1, 1);
  return indent;
}
