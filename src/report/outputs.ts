/**
 * Step outputs. Every output declared in action.yml is set on every exit path (empty string,
 * [] or false when unknown) so downstream `if:` expressions never break.
 */
import type { ActionsIO } from '../adapters.js';
import type { RunState } from '../run-state.js';
import { changeEntries } from './diff.js';
import { reportPath } from './json-report.js';

/** Exactly the outputs declared in action.yml (a test keeps them equal). */
export const OUTPUT_NAMES = [
  'valid',
  'contracts',
  'errors',
  'warnings',
  'report',
  'plugins',
  'files',
  'changed',
  'committed',
  'pushed',
  'commit-sha',
  'pull-request-number',
  'pull-request-url',
  'pull-request-operation',
  'artifact-id',
  'artifact-url',
  'artifact-digest',
  'breaking',
  'changes',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

/** Largest JSON output; the report always holds everything. */
export const JSON_OUTPUT_LIMIT = 512 * 1024;

/** A JSON array of at most `limit` bytes; entries are dropped from the end. */
export function cappedJsonArray(items: unknown[], limit = JSON_OUTPUT_LIMIT): { json: string; dropped: number } {
  let size = 2;
  const parts: string[] = [];
  for (const item of items) {
    const s = JSON.stringify(item);
    const add = Buffer.byteLength(s, 'utf8') + (parts.length > 0 ? 1 : 0);
    if (size + add > limit) break;
    parts.push(s);
    size += add;
  }
  return { json: `[${parts.join(',')}]`, dropped: items.length - parts.length };
}

export function computeOutputs(state: RunState, reportFile: string | null): { values: Record<OutputName, string>; warnings: string[] } {
  const warnings: string[] = [];
  const json = (name: OutputName, items: unknown[]): string => {
    const { json: text, dropped } = cappedJsonArray(items);
    if (dropped > 0) {
      warnings.push(
        `Output ${name}: ${dropped} of ${items.length} entries left out to stay under ${JSON_OUTPUT_LIMIT / 1024} KiB; the JSON report lists them all.`,
      );
    }
    return text;
  };
  const validated = state.config !== null && state.discovery !== null && state.inputError === null;
  const errors = state.contracts.reduce((n, c) => n + c.errors.length, 0);
  const warningCount = state.contracts.reduce((n, c) => n + c.warnings.length, 0);
  // An empty shard is not "nothing found": discovery matched bundles, other shards got them.
  const found = state.contracts.length > 0 || (state.discovery?.matched ?? 0) > 0;
  const allValid = validated && state.contracts.every((c) => c.valid) && (found || state.config?.ifNoContractsFound !== 'error');
  const gen = state.generation;
  const values: Record<OutputName, string> = {
    valid: String(allValid),
    contracts: json(
      'contracts',
      state.contracts.map((c) => ({
        file: c.file,
        bundle: c.bundle,
        service: c.service,
        version: c.version,
        valid: c.valid,
        errors: c.errors.length,
        warnings: c.warnings.length,
      })),
    ),
    errors: validated ? String(errors) : '',
    warnings: validated ? String(warningCount) : '',
    report: reportFile ?? '',
    plugins: json(
      'plugins',
      state.plugins.map((p) => ({
        name: p.name,
        version: p.version,
        source: p.source,
        path: reportPath(state.config?.workingDirectory ?? null, p.path),
        sha256: p.sha256,
        cached: p.cached,
      })),
    ),
    files: json(
      'files',
      (gen?.files ?? []).map((f) => ({ path: f.path, plugin: f.plugin, contract: f.contract, status: f.status })),
    ),
    changed: String(gen?.changed ?? false),
    committed: String(state.commit?.committed ?? false),
    pushed: String(state.commit?.pushed ?? false),
    'commit-sha': state.commit?.committed ? state.commit.sha : '',
    'pull-request-number': state.pullRequest?.number != null ? String(state.pullRequest.number) : '',
    'pull-request-url': state.pullRequest?.url ?? '',
    // In pull-request mode a run that did nothing says so; other runs leave it empty.
    'pull-request-operation': state.pullRequest?.operation ?? (state.config?.pullRequest ? 'none' : ''),
    'artifact-id': state.artifact?.uploaded ? state.artifact.id : '',
    'artifact-url': state.artifact?.uploaded ? state.artifact.url : '',
    'artifact-digest': state.artifact?.uploaded ? state.artifact.digest : '',
    breaking: String(state.diff?.breaking ?? false),
    changes: json('changes', changeEntries(state.diff ?? null)),
  };
  return { values, warnings };
}

/** Computes and sets every output, warning directly (outside the report's annotation budget). */
export function setOutputs(state: RunState, reportFile: string | null, io: ActionsIO): void {
  const { values, warnings } = computeOutputs(state, reportFile);
  for (const w of warnings) io.warning(w);
  writeOutputs(values, io);
}

/** Sets outputs computed earlier; the report stage annotates their warnings within its budget. */
export function writeOutputs(values: Record<OutputName, string>, io: ActionsIO): void {
  for (const name of OUTPUT_NAMES) io.setOutput(name, values[name]);
}
