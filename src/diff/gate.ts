/**
 * The version rule: a BREAKING change needs a major bump of service.version (in 0.x, where
 * semver lets anything change, a minor bump), and a version never goes down. The label turns
 * what would fail into a notice.
 */
import { parseVersion, type SemVersion } from '../contracts/semver.js';
import type { ContractDiff, Violation } from './types.js';

export interface GateOptions {
  mode: 'warn' | 'error';
  /** The accepting label, when the pull request carries it. */
  acceptedBy: string | null;
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const xs = a.split('.');
  const ys = b.split('.');
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && BigInt(x) !== BigInt(y)) return BigInt(x) < BigInt(y) ? -1 : 1;
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Semver precedence (build metadata ignored). */
export function compareVersions(a: SemVersion, b: SemVersion): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return compareIds(a.prerelease, b.prerelease);
}

/**
 * Whether `to` is a major step up from `from` (a minor step while both are 0.x). A prerelease of
 * a major (`2.0.0-rc.1`, or `0.4.0-beta` in 0.x) promises nothing yet, so its later prereleases
 * and its release are still that step.
 */
export function isMajorBump(from: SemVersion, to: SemVersion): boolean {
  if (to.major > from.major) return true;
  if (from.major === 0n && to.major === 0n && to.minor > from.minor) return true;
  if (from.prerelease === '' || from.patch !== 0n || to.major !== from.major) return false;
  return from.major === 0n ? to.minor === from.minor : from.minor === 0n;
}

export function versionRule(d: ContractDiff, opts: GateOptions): Omit<Violation, 'line'> | null {
  let v: Omit<Violation, 'line'> | null = null;
  const breaking = d.changes.filter((c) => c.classification === 'BREAKING').length;
  if (d.status === 'removed') {
    v = {
      level: opts.mode === 'error' ? 'error' : 'warning',
      message: `${d.baseFile} (${d.baseService ?? 'unknown service'}) was removed: its consumers lose the contract`,
    };
  } else if (d.status === 'compared' && d.version !== null && d.baseVersion !== null) {
    const from = parseVersion(d.baseVersion);
    const to = parseVersion(d.version);
    if (from.ok && to.ok) {
      if (compareVersions(to.value, from.value) < 0) {
        v = { level: 'error', message: `service.version went down from ${d.baseVersion} to ${d.version}` };
      } else if (breaking > 0 && !isMajorBump(from.value, to.value)) {
        const next = from.value.major === 0n ? `0.${from.value.minor + 1n}.0 (or 1.0.0)` : `${from.value.major + 1n}.0.0`;
        v = {
          level: opts.mode === 'error' ? 'error' : 'warning',
          message: `${breaking} breaking change${breaking === 1 ? '' : 's'} without a major version bump: service.version ${d.baseVersion} -> ${d.version}; bump it to ${next}`,
        };
      }
    }
  }
  if (v && opts.acceptedBy !== null)
    v = { level: 'notice', message: `${v.message} (accepted by the pull request label ${opts.acceptedBy})` };
  return v;
}
