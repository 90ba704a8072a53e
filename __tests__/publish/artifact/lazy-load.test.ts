/**
 * @actions/artifact is large: only runs that upload may load it. main reaches the artifact
 * module through a dynamic import only, and nothing else in src imports the client.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => path.join(d.parentPath ?? d.path, d.name));
}

/** Specifiers of static, value-level imports and re-exports (`import type` is erased, dynamic import() is lazy). */
function staticImports(text: string): string[] {
  const out: string[] = [];
  const fromClause = /^\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+['"]([^'"]+)['"]/gms;
  const bare = /^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const re of [fromClause, bare]) for (const m of text.matchAll(re)) out.push(m[1]);
  return out;
}

function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(fs.readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) todo.push(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
    }
  }
  return seen;
}

const importsClient = (file: string) =>
  staticImports(fs.readFileSync(file, 'utf8')).some((s) => s === '@actions/artifact' || s.startsWith('@actions/artifact/'));

describe('lazy loading of @actions/artifact', () => {
  it('recognises static, type-only and dynamic imports correctly', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      'import {',
      '  c,',
      "} from './c.js';",
      "export { d } from './d.js';",
      "import './e.js';",
      "const { f } = await import('./f.js');",
    ].join('\n');
    expect(staticImports(text).sort()).toEqual(['./a.js', './c.js', './d.js', './e.js']);
  });

  it('only src/publish/artifact* imports the client', () => {
    const importers = sourceFiles(src)
      .filter(importsClient)
      .map((f) => path.relative(src, f).split(path.sep).join('/'));
    expect(importers.length).toBeGreaterThan(0);
    for (const f of importers) expect(f).toMatch(/^publish\/artifact(\.ts$|\/)/);
  });

  it('nothing statically reachable from index.ts, main.ts or inputs.ts imports it', () => {
    const reachable = closure(['index.ts', 'main.ts', 'inputs.ts'].map((f) => path.join(src, f)));
    expect(reachable.has(path.join(src, 'main.ts'))).toBe(true);
    expect([...reachable].filter(importsClient)).toEqual([]);
    expect(reachable.has(path.join(src, 'publish', 'artifact.ts'))).toBe(false);
  });

  it('main.ts loads the artifact module with a dynamic import', () => {
    expect(fs.readFileSync(path.join(src, 'main.ts'), 'utf8')).toMatch(/await import\(['"]\.\/publish\/artifact\.js['"]\)/);
  });

  it('the preflight module stays free of the client so main can call it up front', () => {
    const reachable = closure([path.join(src, 'publish', 'artifact', 'preflight.ts')]);
    expect([...reachable].filter(importsClient)).toEqual([]);
  });
});
