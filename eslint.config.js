import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Import direction in src/ (each layer imports only from the layers before it):
//   shared/                 helpers for every stage; imports nothing from src/ outside itself
//   adapters, cancel        the IO seam and cancellation; import nothing from src/
//   config                  the Config type (stages take Pick<Config, ...>)
//   inputs, input-values    parse the action inputs (may use a stage's own spec parser)
//   contracts/, plugins/    the first stages; import no other stage
//   diff/                   compares contracts; of the stages imports contracts/ only
//   outputs/, generate/, publish/   the stages that write; never import report/
//   run-state               combines each stage's result types
//   report/                 reads every stage's types and the run state
//   main, core-io, index    the entry point; nothing imports them but index
// No stage imports main, index, core-io, run-state or report/.
const ENTRY = ['main', 'index', 'core-io'];
const LAYERS = {
  shared: [
    'contracts',
    'plugins',
    'diff',
    'outputs',
    'generate',
    'publish',
    'report',
    'inputs',
    'input-values',
    'config',
    'run-state',
    'adapters',
    'cancel',
    ...ENTRY,
  ],
  contracts: ['plugins', 'diff', 'outputs', 'generate', 'publish', 'report', 'run-state', ...ENTRY],
  plugins: ['contracts', 'diff', 'outputs', 'generate', 'publish', 'report', 'run-state', ...ENTRY],
  diff: ['plugins', 'outputs', 'generate', 'publish', 'report', 'run-state', ...ENTRY],
  outputs: ['publish', 'report', 'diff', 'run-state', ...ENTRY],
  generate: ['publish', 'report', 'diff', 'run-state', ...ENTRY],
  publish: ['report', 'diff', 'run-state', ...ENTRY],
  report: [...ENTRY],
};
const TOP_FILES = {
  adapters: LAYERS.shared,
  cancel: LAYERS.shared,
  inputs: ['report', 'run-state', 'generate', 'outputs', 'diff', ...ENTRY],
  'input-values': ['report', 'run-state', 'generate', 'outputs', 'diff', ...ENTRY],
  config: ['report', 'run-state', 'generate', 'outputs', 'diff', 'publish', 'inputs', ...ENTRY],
  'run-state': ['report', ...ENTRY],
};

/**
 * One block per folder depth, since the rule sees the import as written: from src/outputs/a.ts
 * src/main.ts is `../main.js`, from src/outputs/x/a.ts it is `../../main.js`.
 */
function importDirection() {
  const restrict = (files, up, forbidden) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${up === 0 ? '\\./' : '(\\.\\./)'.repeat(up)}(${forbidden.join('|')})(/|\\.js$)`,
              message: 'This import points against the direction written at the top of eslint.config.js.',
            },
          ],
        },
      ],
    },
  });
  const blocks = [];
  for (const [folder, forbidden] of Object.entries(LAYERS)) {
    for (let depth = 1; depth <= 4; depth++) blocks.push(restrict([`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`], depth, forbidden));
  }
  for (const [file, forbidden] of Object.entries(TOP_FILES)) blocks.push(restrict([`src/${file}.ts`], 0, forbidden));
  return blocks;
}

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', '__tests__/fixtures/**', 'examples/**/*-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Warnings, not errors: a signal for review that a function or module holds more than one thing.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.generated.ts'],
    rules: {
      'max-lines-per-function': ['warn', { max: 80 }],
      'max-lines': ['warn', { max: 400 }],
    },
  },
  ...importDirection(),
);
