/**
 * The breaking-change gate's result: every contract of the head and of the base, paired, with
 * each change classified by Pacto's table. Read by the report stage and, later, the PR comment.
 */
import type { Finding, ProfileId } from '../contracts/types.js';

export type Classification = 'NON_BREAKING' | 'POTENTIAL_BREAKING' | 'BREAKING';
export type ChangeType = 'added' | 'removed' | 'modified';

/** One change, as `pacto diff` reports it (oldValue/newValue omitted when there is none). */
export interface Change {
  /** Pacto's change path, e.g. `interfaces`, `openapi.paths[/users].methods[GET]`. */
  path: string;
  type: ChangeType;
  oldValue?: string | number;
  newValue?: string | number;
  classification: Classification;
  reason: string;
  /** 1-based line in the head's pacto.yaml this change is annotated on (null: no head line). */
  line: number | null;
}

export type ContractDiffStatus =
  /** Both sides valid and compared. */
  | 'compared'
  /** Only in the head. */
  | 'added'
  /** Only at the base. */
  | 'removed'
  /** Invalid at the base: reported, not classified. */
  | 'invalid-base'
  /** Invalid in the head: validation reports it; not classified. */
  | 'invalid-head';

export interface ContractDiff {
  status: ContractDiffStatus;
  /** The head's contract file (relative to the working directory), null when removed. */
  file: string | null;
  /** The base's contract file, null when added. */
  baseFile: string | null;
  /** True when the bundle moved and was paired by service name. */
  renamed: boolean;
  service: string | null;
  baseService: string | null;
  version: string | null;
  baseVersion: string | null;
  format: ProfileId | null;
  baseFormat: ProfileId | null;
  /** A 1.0 -> 2.0 (or back) change: only what the two models share is compared. */
  migration: boolean;
  /** Highest class of its changes; null when not classified. */
  classification: Classification | null;
  changes: Change[];
  /** The base's validation errors (status invalid-base). */
  baseErrors: Finding[];
  /** What the version rule says: null when it is satisfied or not applicable. */
  violation: Violation | null;
}

export interface Violation {
  /** error fails the step; warning (breaking: warn); notice (accepted by the label). */
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** Line of service.version in the head's pacto.yaml. */
  line: number | null;
}

export interface DiffBase {
  /** The ref as given or derived (a SHA, origin/main, the event's before). */
  ref: string;
  /** The commit compared against. */
  sha: string;
  /** How it was chosen. */
  source: 'input' | 'merge-base' | 'push-before';
}

export interface DiffResult {
  mode: 'warn' | 'error';
  /** Null when nothing was compared (skipped or error). */
  base: DiffBase | null;
  /** Why nothing was compared, when that is not an error (a schedule run, a new branch). */
  skipped: string | null;
  /** Why the gate could not answer (base unreachable): fails under breaking: error. */
  error: string | null;
  label: { name: string; present: boolean };
  contracts: ContractDiff[];
  /** True when any change is BREAKING. */
  breaking: boolean;
  /** Highest class over all compared contracts; null when nothing was compared. */
  classification: Classification | null;
  warnings: string[];
}
