/** What went wrong, as one line of text. */

/** The message of an Error, or the thrown value as text (a thrown string, a rejection with no Error). */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
