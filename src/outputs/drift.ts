/** Check-mode hints: why a check may never pass as configured, and line-ending-only drift. */
import type { DriftEntry, OutputFile } from '../generate/types.js';
import { gitIgnored } from './git.js';

export async function driftHints(
  files: OutputFile[],
  entries: DriftEntry[],
  outDirOf: Map<OutputFile, string>,
  wd: string,
  inGit: boolean,
  wdPathOf: (abs: string) => string,
  /** The working directory relative to the repository root ('' at the root or outside git). */
  repoPrefix = '',
): Promise<string[]> {
  const hints: string[] = [];
  if (inGit) {
    const byDir = new Map<string, OutputFile[]>();
    for (const f of files) {
      const dir = outDirOf.get(f);
      if (dir === undefined) continue;
      byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
    }
    for (const [dir, list] of byDir) {
      if (!list.every((f) => f.status === 'new')) continue;
      const ignored = await gitIgnored(
        wd,
        list.map((f) => f.path),
      );
      if (list.every((f) => ignored.has(f.path))) {
        hints.push(
          `Every output in ${wdPathOf(dir) || '.'} is new and git ignores it (.gitignore): check cannot pass on a fresh checkout; use generate, or commit the outputs and stop ignoring them.`,
        );
      }
    }
  }
  const crlf = entries.filter((e) => e.crlfOnly);
  if (crlf.length > 0) {
    // The root .gitattributes matches paths from the repository root, not from the working directory.
    const dir = [repoPrefix, ...crlf[0].path.split('/').slice(0, -1)].filter((s) => s !== '').join('/');
    const pattern = dir === '' ? '** -text' : `${dir}/** -text`;
    hints.push(
      `${crlf.length} file(s) differ only in line endings (CRLF versus LF), for example ${crlf[0].path}: git converted them on checkout (core.autocrlf or a text attribute). Mark generated files \`-text\` in the repository's root .gitattributes (for example \`${pattern}\`) so they keep the plugin's bytes.`,
    );
  }
  return hints;
}
