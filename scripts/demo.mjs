#!/usr/bin/env node
/**
 * The demo: the built action on examples/, twice, through the local runner.
 *  1. working-directory: examples, contracts: services/*, plugins readme and k8s -> must pass
 *     (the committed outputs are current, so it rewrites nothing)
 *  2. working-directory: examples, contracts: broken      -> must fail, with its annotations
 * Exits 0 when both behave as expected. Run `npm run build` first if dist/ is stale
 * (or point it at another build with --dist PATH).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatAnnotation, renderSummaryText, REPO_ROOT, spawnAction } from './runner-lib.mjs';

const distFlag = process.argv.indexOf('--dist');
const dist = distFlag > 0 ? path.resolve(process.argv[distFlag + 1]) : path.join(REPO_ROOT, 'dist', 'index.js');

const steps = [
  {
    title: 'Step 1: validate the example services and generate with the example plugins',
    inputs: {
      'working-directory': 'examples',
      contracts: 'services/*',
      'plugin-dirs': 'plugins',
      plugins: '- readme\n- k8s',
    },
    expectFailure: false,
  },
  {
    title: 'Step 2: the deliberately broken contract',
    inputs: { 'working-directory': 'examples', contracts: 'broken', mode: 'validate' },
    expectFailure: true,
  },
];

async function runStep(step) {
  console.log(`\n=== ${step.title}`);
  console.log(`with: ${JSON.stringify(step.inputs)}`);
  const r = await spawnAction({ inputs: step.inputs, workspace: REPO_ROOT, dist });
  try {
    // The broken step's log repeats its annotations: show those once.
    if (!step.expectFailure) console.log(r.log.trimEnd());
    console.log(`\n--- annotations (${r.annotations.length})`);
    for (const a of r.annotations) console.log(formatAnnotation(a));
    console.log('\n--- outputs');
    for (const k of ['valid', 'errors', 'warnings', 'changed', 'contracts']) if (k in r.outputs) console.log(`${k} = ${r.outputs[k]}`);
    if (!step.expectFailure) {
      console.log('\n--- summary');
      console.log(renderSummaryText(r.summary).trimEnd());
    }
    const ok = r.failed === step.expectFailure;
    console.log(`\n=> ${r.failed ? 'failed' : 'passed'} (exit ${r.exitCode})${ok ? ', as expected' : ', NOT as expected'}`);
    return ok;
  } finally {
    r.cleanup();
  }
}

if (!fs.existsSync(dist)) {
  console.error(`demo: ${dist} is missing; run npm run build first.`);
  process.exit(1);
}
let ok = true;
for (const step of steps) ok = (await runStep(step)) && ok;
console.log(ok ? '\nDemo OK: step 1 passed and step 2 failed as expected.' : '\nDemo FAILED: see above.');
process.exitCode = ok ? 0 : 1;
