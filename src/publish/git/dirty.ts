/**
 * Generated outputs belong with the contracts that produced them: commit mode refuses when a
 * contract or a file of its bundle differs from HEAD (staged, unstaged or untracked), since the
 * pushed outputs would then match no commit and a fresh clone would fail `check`.
 */
import { outputText, type GitRunner } from '../../shared/git.js';
import { contractChanges, type ContractScope } from './tree.js';

/** The contract paths (repository-relative, sorted) that differ from HEAD in the index or the working tree. */
export async function uncommittedContractFiles(git: GitRunner, scope: ContractScope): Promise<string[]> {
  const specs = [...new Set([...scope.dirs.map((d) => (d === '' ? '.' : d)), ...scope.files])];
  if (specs.length === 0) return [];
  const out = outputText(await git.status(['--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...specs]));
  // Each entry is "XY path"; with --no-renames there is no second path.
  const paths = out
    .split('\0')
    .filter((e) => e.length > 3)
    .map((e) => ({ path: e.slice(3) }));
  return contractChanges(paths, scope);
}

export function uncommittedMessage(files: string[]): string {
  const shown = files.slice(0, 10).join(', ');
  const more = files.length > 10 ? ` and ${files.length - 10} more` : '';
  return (
    `refusing to commit: contract files differ from HEAD (staged, unstaged or untracked): ${shown}${more}. ` +
    'The outputs were generated from them, so they would match no commit; commit the contract changes first (or run without commit: true).'
  );
}
