/** Text helpers shared by every stage's messages. */

/** `1 file`, `2 files`: the count and the word, with an `s` unless the count is one. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
