/** Check mode's result: drift entries in file order, pacto-drift.patch, and the hints. */
import path from 'node:path';
import type { DriftEntry, GenerationResult, OutputFile } from '../generate/types.js';
import { crlfOnly, sideOf } from './tree.js';
import { filePatch, truncateDiff, type Side } from './patch.js';
import { driftHints } from './drift.js';
import { mapLimit } from './limit.js';
import { PARALLEL } from './claims.js';
import type { ManifestStates } from './manifest-state.js';
import { identityOnlyChange } from './manifest.js';
import type { DriftInfo, ExpectedTree } from './assess.js';
import { replaceFile } from '../shared/replace-file.js';

export interface CheckInput {
  files: OutputFile[];
  manifests: ManifestStates;
  drift: Map<OutputFile, DriftInfo>;
  outDirOf: Map<OutputFile, string>;
  expected: ExpectedTree;
  patchPath: (wdPath: string) => string;
  patchPrefix: string;
  top: string | null;
  wd: string;
  wdPathOf: (abs: string) => string;
  reportFile: string;
  /** A patch file inside it stays inside it once links are resolved. */
  workspace: string;
}

export async function checkResults(
  input: CheckInput,
): Promise<{ changed: boolean; drift: NonNullable<GenerationResult['drift']>; notices: string[] }> {
  const { files, drift, expected, patchPath } = input;
  const entries: DriftEntry[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const notices: string[] = [];
  let patch = '';
  await mapLimit([...input.manifests.all.values()], PARALLEL, async (ms) => {
    if (ms.lastOwner === null) return;
    const f = byPath.get(ms.wdPath);
    if (!f || f.status === 'unchanged') return;
    // A rebuilt plugin whose files are byte-identical is not drift: generate records it next time.
    const rebuilt = ms.originalBytes && ms.current && f.status === 'changed' ? identityOnlyChange(ms.originalBytes, ms.current) : null;
    if (rebuilt !== null) {
      f.status = 'unchanged';
      notices.push(
        `${ms.wdPath}: the executable of ${rebuilt.join(', ')} changed (another version or sha256) but every file it produces is byte-identical; not drift. The next generate records the new identity in the manifest.`,
      );
      return;
    }
    if (ms.current) await expected.write(ms.wdPath, ms.current);
    const before = await sideOf(ms.target, ms.original);
    const after: Side = ms.current ? { kind: 'file', content: ms.current, executable: false } : { kind: 'absent' };
    drift.set(f, {
      severity: 'error',
      section: filePatch(patchPath(ms.wdPath), before, after),
      crlfOnly: before.kind === 'file' && ms.current !== null && crlfOnly(before.content, ms.current),
    });
  });
  for (const f of files) {
    const d = drift.get(f);
    if (!d) continue;
    entries.push({
      path: f.path,
      status: f.status as DriftEntry['status'],
      diff: d.section === '' ? '' : truncateDiff(d.section),
      crlfOnly: d.crlfOnly,
      severity: d.severity,
    });
    patch += d.section;
  }
  const changed = entries.some((e) => e.severity === 'error');
  let patchFile: string | null = null;
  if (changed) {
    patchFile = path.join(path.dirname(input.reportFile), 'pacto-drift.patch');
    await replaceFile(patchFile, Buffer.from(patch, 'latin1'), input.workspace);
  }
  const hints = await driftHints(files, entries, input.outDirOf, input.wd, input.top !== null, input.wdPathOf, input.patchPrefix);
  return {
    changed,
    notices,
    drift: { entries, patchFile, patchRoot: patchFile ? (input.top ?? input.wd) : null, expectedRoot: expected.root, hints },
  };
}
