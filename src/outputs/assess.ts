/**
 * Each job's own files against the tree: what is there, what the file's status would be, and
 * in check mode how it differs. Independent of other jobs (their targets are disjoint).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStatus } from '../generate/types.js';
import { joinRelative } from './paths.js';
import { sha256 } from '../shared/hash.js';
import { crlfOnly, inspect, sideOf, type Existing } from './tree.js';
import { filePatch, type Side } from './patch.js';
import type { Planned } from './preflight.js';

/** Check-mode extras for a file line: how it differs and its patch section. */
export interface DriftInfo {
  severity: 'error' | 'warning';
  section: string;
  crlfOnly: boolean;
}

export interface Assessed {
  p: Planned;
  existing: Existing;
  sha: string;
  status: FileStatus;
  drift: DriftInfo | null;
}

export type Assessment = { items: Assessed[] } | { error: string };

/**
 * Check mode: the expected tree (what generate would write), made under RUNNER_TEMP on first
 * use, for the drift artifact.
 */
export class ExpectedTree {
  root: string | null = null;
  private made: Promise<string> | null = null;
  private readonly dirs = new Map<string, Promise<unknown>>();

  constructor(private readonly runnerTemp: string) {}

  async write(wdPath: string, data: Buffer | string): Promise<void> {
    this.made ??= fs.mkdtemp(path.join(path.resolve(this.runnerTemp), 'pacto-expected-'));
    this.root = await this.made;
    const dest = joinRelative(this.root, wdPath);
    const parent = path.dirname(dest);
    let made = this.dirs.get(parent);
    if (!made) {
      made = fs.mkdir(parent, { recursive: true });
      this.dirs.set(parent, made);
    }
    await made;
    await fs.writeFile(dest, data);
  }
}

/** `expected` and `patchPath` are for check mode (null in generate). */
export async function assessFiles(
  files: Planned[],
  check: { expected: ExpectedTree; patchPath: (wdPath: string) => string } | null,
): Promise<Assessment> {
  const items: Assessed[] = [];
  for (const p of files) {
    const existing = await inspect(p.target);
    if (existing.kind === 'dir' || existing.kind === 'other') {
      return { error: `cannot write ${p.wdPath}: a ${existing.kind === 'dir' ? 'directory' : 'special file'} is in the way` };
    }
    const data = await fs.readFile(p.staged);
    const sha = sha256(data);
    const before = await sideOf(p.target, existing);
    const same = before.kind === 'file' && before.content.equals(data);
    const status: FileStatus = same ? 'unchanged' : before.kind === 'absent' ? (check ? 'new' : 'created') : check ? 'changed' : 'updated';
    let driftInfo: DriftInfo | null = null;
    if (check && !same) {
      await check.expected.write(p.wdPath, data);
      // The mode generate would leave: a returned file keeps an existing file's mode.
      const stagedExec = ((await fs.stat(p.staged)).mode & 0o111) !== 0;
      const executable = before.kind === 'file' && !p.direct ? before.executable : stagedExec;
      const to: Side = { kind: 'file', content: data, executable };
      driftInfo = {
        severity: 'error',
        section: filePatch(check.patchPath(p.wdPath), before, to),
        crlfOnly: before.kind === 'file' && crlfOnly(before.content, data),
      };
    }
    items.push({ p, existing, sha, status, drift: driftInfo });
  }
  return { items };
}
