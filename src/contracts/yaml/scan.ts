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
import { Stop, type ScanError, type TextEdit } from './scan-cursor.js';
import { Scanner } from './scanner.js';

export type { ScanError, TextEdit } from './scan-cursor.js';

export interface ScanResult {
  error: ScanError | null;
  /** Where the `yaml` package should stop reading (the end of a flow or quoted root), or null. */
  cutAt: number | null;
  /** Edits that make the `yaml` package read the text as yaml.v3 does, in offset order. */
  edits: TextEdit[];
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
        for (let depth = 1; depth > 0;) {
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
