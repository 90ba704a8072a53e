/**
 * Cancellation. The runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL
 * 2.5 s after that. Installing a listener replaces Node's default of dying at the signal, so we
 * exit ourselves, with 128 + the signal number (130 for SIGINT, 143 for SIGTERM), once:
 * - every stopper (the plugin runner's) has stopped what it started, and
 * - every critical section (a job's write transaction) in flight has finished, for at most
 *   WRITE_GRACE_MS: a transaction is a few renames, and a journal covers one that hangs.
 * No new critical section starts once cancelled. Imports only node: modules (the cancel test
 * runs this file under plain node).
 */
import os from 'node:os';

export interface Stopper {
  /** First signal: stop gracefully. */
  stop: () => Promise<void>;
  /** Second signal: stop at once. */
  kill: () => void;
}

/** Well under the runner's 7.5 s between SIGINT and SIGTERM. */
export const WRITE_GRACE_MS = 4000;

let installed = false;
let cancelled = false;
const stoppers = new Set<Stopper>();
const inFlight = new Set<Promise<unknown>>();

export function isCancelled(): boolean {
  return cancelled;
}

export function addStopper(s: Stopper): void {
  stoppers.add(s);
}

/**
 * Runs `work` so that a cancel waits for it before exiting. Returns null without running it
 * when the run is already cancelled.
 */
export async function critical<T>(work: () => Promise<T>): Promise<T | null> {
  if (cancelled) return null;
  const p = work();
  inFlight.add(p);
  try {
    return await p;
  } finally {
    inFlight.delete(p);
  }
}

async function settle(graceMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  try {
    // Sections that start meanwhile (already past their cancelled check) are waited for too.
    while (inFlight.size > 0) {
      const all = Promise.allSettled([...inFlight]).then(() => 'done' as const);
      if ((await Promise.race([all, limit.then(() => 'late' as const)])) === 'late') return;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Installed lazily by whoever starts work worth protecting (never at import time); idempotent. */
export function installCancelHandlers(): void {
  if (installed) return;
  installed = true;
  let exiting: Promise<void> | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    const code = 128 + (os.constants.signals[signal] ?? os.constants.signals.SIGTERM);
    if (exiting) {
      for (const s of stoppers) s.kill();
      void exiting.finally(() => process.exit(code));
      return;
    }
    cancelled = true;
    exiting = Promise.allSettled([...[...stoppers].map((s) => s.stop()), settle(WRITE_GRACE_MS)]).then(() => undefined);
    void exiting.finally(() => process.exit(code));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
