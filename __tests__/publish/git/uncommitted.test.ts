/**
 * Break 5 of issue 10: on a branch checkout, commit mode pushed outputs generated from contract
 * edits that were never committed; a fresh clone then failed `check`. Now it refuses, naming them.
 */
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { commitAndPush } from '../../../src/publish/git.js';
import { context, CONTRACT, GENERATED, generation, MANIFEST, OUT, sandbox } from './fixture.js';

describe('commitAndPush refuses outputs of uncommitted contracts', () => {
  it.each([
    [
      'an unstaged contract edit',
      (work: string, git: (...a: string[]) => string) => {
        fs.appendFileSync(path.join(work, CONTRACT), 'description: edited, not committed\n');
        void git;
        return [CONTRACT];
      },
    ],
    [
      'a staged contract edit',
      (work: string, git: (...a: string[]) => string) => {
        fs.appendFileSync(path.join(work, CONTRACT), 'description: staged\n');
        git('add', CONTRACT);
        return [CONTRACT];
      },
    ],
    [
      'an untracked bundle file and an edit of another bundle',
      (work: string) => {
        fs.writeFileSync(path.join(work, 'services/api/openapi.json'), '{}\n');
        fs.appendFileSync(path.join(work, 'services/web/pacto.yaml'), '# edited\n');
        return ['services/api/openapi.json', 'services/web/pacto.yaml'];
      },
    ],
  ])('%s: nothing is pushed and the error names the files', async (_name, attack) => {
    const sb = sandbox();
    const work = sb.checkout('work');
    const before = sb.originTip('main');
    const named = attack(work, (...a: string[]) => sb.git(work, ...a));
    sb.write(work, { [OUT]: GENERATED });
    const res = await commitAndPush(context(sb, work, generation({ [OUT]: 'updated', [MANIFEST]: 'unchanged' })));
    expect(res.pushed).toBe(false);
    expect(res.error).toBe(
      `refusing to commit: contract files differ from HEAD (staged, unstaged or untracked): ${named.join(', ')}. ` +
        'The outputs were generated from them, so they would match no commit; commit the contract changes first (or run without commit: true).',
    );
    expect(sb.originTip('main')).toBe(before);
  });

  it('an unrelated edit and the outputs themselves do not count', async () => {
    const sb = sandbox();
    const work = sb.checkout('work');
    sb.write(work, { 'README.md': '# edited\n', [OUT]: GENERATED });
    const res = await commitAndPush(context(sb, work, generation({ [OUT]: 'updated', [MANIFEST]: 'unchanged' })));
    expect(res.error).toBeNull();
    expect(res.pushed).toBe(true);
  });
});
