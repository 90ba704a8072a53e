import type { ActionsIO } from '../adapters.js';
import type { RunState } from '../run-state.js';

export interface Verdict {
  failed: boolean;
  /** One line for setFailed. */
  reason: string;
}

/** Decides pass or fail from the whole run. */
export function verdict(_state: RunState): Verdict {
  throw new Error('verdict: not implemented');
}

/** The JSON report text for the state (used by the artifact too). */
export function reportJson(_state: RunState): string {
  throw new Error('reportJson: not implemented');
}

/** Writes the report file, annotations (one shared budget), job summary and every output. */
export async function publishReport(_state: RunState, _io: ActionsIO): Promise<void> {
  throw new Error('publishReport: not implemented');
}
