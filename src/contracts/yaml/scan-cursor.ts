/**
 * The scanner's position in the text (offset, line, column) and the re-indent edits it records
 * while inside flow content; the token state is the Scanner's (scan.ts).
 */
import { isDocumentIndicator } from './scan-chars.js';

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

export class Stop extends Error {
  constructor(readonly scanError: ScanError) {
    super(scanError.message);
  }
}

/**
 * A position over text whose line breaks are already `\n` or `\r\n` (see normaliseBreaks).
 * Columns count UTF-16 units, which equal yaml.v3's character columns for the ASCII that
 * indentation is made of.
 */
export class ScanCursor {
  i = 0;
  line = 0;
  col = 0;
  readonly edits: TextEdit[] = [];
  /** Column of the outermost open flow collection or multi-line quoted scalar, or -1. */
  flowBase = -1;

  constructor(readonly s: string) {}

  get offset(): number {
    return this.i;
  }

  fail(message: string, at = this.i, hint?: string): never {
    throw new Stop({ message: hint ? `${message} (${hint})` : message, offset: at });
  }

  private lineIndentAt(lineStart: number): number {
    let j = lineStart;
    while (this.s[j] === ' ') j++;
    return j - lineStart;
  }

  skip(n = 1): void {
    this.i += n;
    this.col += n;
  }

  /** Consumes one line break; records a re-indent when the new line opens inside flow content. */
  skipLine(): void {
    if (this.s[this.i] === '\r' && this.s[this.i + 1] === '\n') this.i += 2;
    else this.i += 1;
    this.line++;
    this.col = 0;
    if (this.flowBase >= 0) this.padLine();
  }

  private padLine(): void {
    const at = this.i;
    // Document markers keep column 0: yaml.v3 reads them there even inside flow content.
    if (isDocumentIndicator(this.s, at)) return;
    const width = this.flowBase + 1 - this.lineIndentAt(at);
    if (width > 0) this.edits.push({ at, insert: ' '.repeat(width) });
  }

  /**
   * Continuation lines are re-indented past the column of the opening bracket or quote: the
   * `yaml` package wants them deeper than the enclosing block collection, which starts left of it.
   */
  enterFlowContent(): void {
    if (this.flowBase < 0) this.flowBase = this.col;
  }
}
