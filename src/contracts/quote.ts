/**
 * How yaml.v3 quotes a scalar in a decode error: values longer than 10 bytes are cut to their
 * first 7 bytes and `...` (`cannot unmarshal !!str \`secret-...\` into int`). Besides matching
 * Pacto's messages, this keeps a file's content out of annotations.
 */
export function quotedValue(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return bytes.length > 10 ? `${bytes.subarray(0, 7).toString('utf8')}...` : text;
}
