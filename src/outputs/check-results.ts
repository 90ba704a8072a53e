/** Check mode's result: drift entries in file order, pacto-drift.patch, and the hints. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DriftEntry, GenerationResult, OutputFile } from '../generate/types.js';
import { crlfOnly, sideOf } from './tree.js';
import { filePatch, truncateDiff, type Side } from './patch.js';
import { driftHints } from './drift.js';
import { mapLimit } from './limit.js';
import { PARALLEL } from './claims.js';
import type { ManifestStates } from './manifest-state.js';
import type { DriftInfo, ExpectedTree } from './assess.js';

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
}

export async function checkResults(input: CheckInput): Promise<{ changed: boolean; drift: NonNullable<GenerationResult['drift']> }> {
  const { files, drift, expected, patchPath } = input;
  const entries: DriftEntry[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  let patch = '';
  await mapLimit([...input.manifests.all.values()], PARALLEL, async (ms) => {
    if (ms.lastOwner === null) return;
    const f = byPath.get(ms.wdPath);
    if (!f || f.status === 'unchanged') return;
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
    await fs.mkdir(path.dirname(patchFile), { recursive: true });
    await fs.writeFile(patchFile, Buffer.from(patch, 'latin1'));
  }
  const hints = await driftHints(files, entries, input.outDirOf, input.wd, input.top !== null, input.wdPathOf, input.patchPrefix);
  return { changed, drift: { entries, patchFile, patchRoot: patchFile ? (input.top ?? input.wd) : null, expectedRoot: expected.root, hints } };
}
