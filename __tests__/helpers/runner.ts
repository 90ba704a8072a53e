/**
 * The runner-faithful harness for tests: the same code as scripts/local-run.mjs
 * (scripts/runner-lib.mjs), typed.
 */
export {
  FileCommandError,
  formatAnnotation,
  inputEnvName,
  parseCommandLine,
  parseFileCommands,
  parseWorkflowCommands,
  readActionYml,
  renderLog,
  renderSummaryText,
  REPO_ROOT,
  spawnAction,
} from '../../scripts/runner-lib.mjs';
export type { Annotation, SpawnOptions, SpawnResult, WorkflowCommand } from '../../scripts/runner-lib.mjs';
