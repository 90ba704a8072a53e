/**
 * The plugin GenerateRequest (protocol v1), byte for byte as `pacto generate` writes it:
 * `{"protocolVersion":"1","contract":…,"bundleDir":…,"outputDir":…,"options":{…}}`, compact,
 * no trailing newline, `options` omitted when empty, option keys in Go's map order (sorted).
 */
import { compareUtf8, goQuote } from './gojson.js';

/** `contractJson` is the already-encoded contract (ContractResult.contractJson). */
export function buildRequest(contractJson: string, bundleDir: string, outputDir: string, options: Record<string, string>): string {
  let out = `{"protocolVersion":"1","contract":${contractJson},"bundleDir":${goQuote(bundleDir)},"outputDir":${goQuote(outputDir)}`;
  const keys = Object.keys(options).sort(compareUtf8);
  if (keys.length > 0) out += ',"options":{' + keys.map((k) => `${goQuote(k)}:${goQuote(options[k]!)}`).join(',') + '}';
  return out + '}';
}
