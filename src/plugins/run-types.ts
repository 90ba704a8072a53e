/** What runPlugin (run.ts) takes and returns; apart so that run.ts stays a short read. */

export interface RunPluginOptions {
  /** Absolute path of the executable (argv is this alone). */
  executable: string;
  cwd: string;
  /** The full request; written to stdin, then EOF. */
  request: string;
  /** The complete environment of the plugin (see pluginEnv). */
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** stdout beyond this many bytes stops the plugin and fails the job. */
  maxOutputSize: number;
  /** stdout is written here as it arrives (with `memoryLimit`, only once it outgrows that). */
  stdoutFile: string;
  /**
   * Keep stdout in memory (RunPluginResult.stdout) while it stays within this many bytes,
   * and spill it to stdoutFile only beyond that: the usual small response then costs no file
   * at all. Without it, stdout always goes to stdoutFile.
   */
  memoryLimit?: number;
  /** Wait for SIGTERM to work before SIGKILL. */
  killGraceMs?: number;
  /** After the plugin exited, how long a grandchild may keep stdout open. */
  closeGraceMs?: number;
}

export interface RunPluginResult {
  exitCode: number | null;
  signal: string | null;
  /** The timeout fired (the process group was terminated). */
  timedOut: boolean;
  /** stdout exceeded maxOutputSize (the process group was killed). */
  overflow: boolean;
  /** The plugin could not be started (ENOENT, EACCES...). */
  spawnError: string | null;
  /**
   * stdout stayed open after exit (a grandchild held it) and was cut off. Not a failure by
   * itself: the caller decodes what was read and fails only when that is not a whole response.
   */
  stdoutHeld: boolean;
  /** stdout could not be written to the spill file (disk full...). */
  spillError: string | null;
  stdoutBytes: number;
  /** stdout itself when it was kept in memory (see memoryLimit); null when it went to stdoutFile. */
  stdout: Buffer | null;
  stderrTail: string;
  durationMs: number;
}
