/**
 * The report stage: JSON report file, annotations, job summary and outputs, on every exit path.
 * Each part is guarded so one failure (an unwritable report, say) does not lose the others.
 */
import os from 'node:os';
import path from 'node:path';
import type { ActionsIO } from '../adapters.js';
import type { RunState } from '../run-state.js';
import { collectAnnotations, emitAnnotations, omittedNote, type Annotation, type AnnotationResult } from './annotations.js';
import { buildReport } from './json-report.js';
import { diffNotices } from './diff.js';
import { computeOutputs, setOutputs, writeOutputs } from './outputs.js';
import { sanitizeForLog } from '../shared/sanitize.js';
import { replaceFile } from '../shared/replace-file.js';
import { renderSummary } from './summary.js';
import { verdict } from './verdict.js';
import { errorMessage } from '../shared/errors.js';

export { verdict, type Verdict } from './verdict.js';
export { reportJson } from './json-report.js';

/** Where the report goes: the parsed config's, else the input error's, else the default. */
export function reportFileFor(state: RunState, env: NodeJS.ProcessEnv = process.env): string {
  if (state.config) return state.config.reportFile;
  if (state.inputReportFile) return state.inputReportFile;
  return path.join(env.RUNNER_TEMP || os.tmpdir(), 'pacto-report.json');
}

/** Writes the report file, annotations (one shared budget), job summary and every output. */
export async function publishReport(state: RunState, io: ActionsIO): Promise<void> {
  const sarifFile = state.config?.sarifFile ?? null;
  if (sarifFile !== null) {
    // Before the JSON report, so a SARIF file that could not be written is in it.
    try {
      const { writeSarif } = await import('./sarif.js');
      io.info(await writeSarif(state, sarifFile));
    } catch (err) {
      state.fatal.push(`Could not write the SARIF file to ${sarifFile}: ${errorMessage(err)}`);
    }
  }
  const report = buildReport(state);
  let reportFile: string | null = reportFileFor(state);
  try {
    await replaceFile(reportFile, `${JSON.stringify(report, null, 2)}\n`, state.config?.workspace);
  } catch (err) {
    const message = `Could not write the JSON report to ${reportFile}: ${errorMessage(err)}`;
    state.fatal.push(message);
    reportFile = null;
  }

  let annotations: AnnotationResult | null = null;
  let outputs: ReturnType<typeof computeOutputs> | null = null;
  try {
    // Outputs first: their cap warnings share the one annotation budget.
    outputs = computeOutputs(state, reportFile);
    const all = [
      ...collectAnnotations(state),
      ...outputs.warnings.map((message): Annotation => ({ level: 'warning', message, props: { title: 'outputs' } })),
    ];
    // setFailed adds one error annotation of its own: keep a slot for it.
    annotations = emitAnnotations(all, io, verdict(state).failed ? 1 : 0);
    logTotals(state, io, reportFile);
    const note = omittedNote(annotations);
    if (note) io.info(note);
    for (const n of state.notices) io.notice(n);
    for (const n of diffNotices(state.diff ?? null, state.config?.workingDirectory ?? process.cwd())) io.notice(n.message, n.props);
    if (
      state.config &&
      state.discovery &&
      !state.inputError &&
      state.discovery.matched > 0 &&
      state.contracts.length === 0 &&
      state.config.shard
    ) {
      io.notice(
        `Shard ${state.config.shard.index}/${state.config.shard.total} is empty: ${state.discovery.matched} bundles matched, none fell to this shard.`,
      );
    }
  } finally {
    try {
      // The report may have failed meanwhile: the summary shows the final verdict.
      await io.appendSummary(
        renderSummary({
          state,
          report: reportFile ? report : buildReport(state),
          annotations,
          reportFile,
          outputWarnings: outputs?.warnings,
          runnerTemp: state.config?.runnerTemp ?? process.env.RUNNER_TEMP ?? null,
        }),
      );
    } finally {
      if (outputs) writeOutputs(outputs.values, io);
      else setOutputs(state, reportFile, io);
    }
  }
}

function logTotals(state: RunState, io: ActionsIO, reportFile: string | null): void {
  const c = state.contracts;
  const errors = c.reduce((n, x) => n + x.errors.length, 0);
  const warnings = c.reduce((n, x) => n + x.warnings.length, 0);
  const invalid = c.filter((x) => !x.valid);
  io.info(
    `Pacto: ${c.length} contract(s), ${c.length - invalid.length} valid, ${invalid.length} invalid, ${errors} error(s), ${warnings} warning(s).`,
  );
  for (const x of invalid.slice(0, 50)) {
    io.info(sanitizeForLog(`  ✗ ${x.file}: ${x.errors.map((f) => `${f.code}${f.path ? ` ${f.path}` : ''}`).join(', ')}`));
  }
  if (invalid.length > 50) io.info(`  …and ${invalid.length - 50} more invalid contract(s) in the summary and report.`);
  if (reportFile) io.info(`JSON report: ${reportFile}`);
}
