/**
 * The feeding-plugin fixtures: stand-ins for TrianaLab's openapi-infer and schema-infer with the
 * real ones' interface (openapi-infer detects FastAPI or Huma from the bundle's dependency files and
 * reads its source; schema-infer reads the file named by the `file` option; each returns one file
 * with the real message, ignores outputDir, and fails with exit 1 and the real stderr text), and
 * a sample repository shaped like Pacto's demo (services whose contracts reference the files
 * those plugins produce, none of them committed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './runner.js';

export { snapshot as snapshotTree } from '../outputs/helpers.js';

/** The directory holding pacto-plugin-openapi-infer and pacto-plugin-schema-infer. */
export const FEEDING_PLUGINS = path.join(REPO_ROOT, '__tests__', 'plugins', 'fixtures');

/** services/orders (format 1.0) and services/ledger (format 2.0), with src/ and config.yaml each. */
export const FEEDING_REPO = path.join(REPO_ROOT, '__tests__', 'fixtures', 'feeding-repo');

export const FEEDING_PLUGIN_FILES = ['pacto-plugin-openapi-infer', 'pacto-plugin-schema-infer'];

/** Copies both feeding plugins into `dir` (modes kept). */
export function installFeedingPlugins(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of FEEDING_PLUGIN_FILES) {
    fs.copyFileSync(path.join(FEEDING_PLUGINS, f), path.join(dir, f));
    fs.chmodSync(path.join(dir, f), 0o755);
  }
}

/** The `plugins` input item for openapi-infer alone, by path (`dir` relative to the working directory). */
export function openapiInferPlugin(dir = 'tools'): string {
  return `- name: openapi-infer\n  path: ${dir}/pacto-plugin-openapi-infer\n  feeds-contract: true\n`;
}

/** The `plugins` input for both feeding plugins, by path (`dir` relative to the working directory). */
export function feedingPlugins(dir = 'tools'): string {
  return (
    openapiInferPlugin(dir) +
    `- name: schema-infer\n  path: ${dir}/pacto-plugin-schema-infer\n  feeds-contract: true\n  options:\n    file: config.yaml\n`
  );
}

/**
 * An ordinary plugin whose output depends on a fed file: lists the paths of the bundle's
 * interfaces/openapi.yaml in ROUTES.md.
 */
export const ROUTES_PLUGIN = `#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const req = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const spec = fs.readFileSync(path.join(req.bundleDir, 'interfaces/openapi.yaml'), 'utf8');
  const paths = spec.split('\\n').filter((l) => /^  "\\//.test(l)).map((l) => l.trim().replace(/:$/, ''));
  process.stdout.write(JSON.stringify({ files: [{ path: 'ROUTES.md', content: paths.join('\\n') + '\\n' }], message: 'routes' }));
});
`;
