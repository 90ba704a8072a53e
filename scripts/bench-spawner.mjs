// The minimal spawner the benchmark compares generation against: the same invocations as the
// action (the plugin binary alone, no shell, own process group, the request on stdin then EOF,
// stdout and stderr piped) at the same concurrency, and nothing else: no validation, no
// response decoding, no writing.
import { spawn } from 'node:child_process';

/**
 * @param {{ command: string, stdin: string | Buffer, cwd?: string, env?: NodeJS.ProcessEnv }[]} jobs
 * @param {number} concurrency
 * @returns {Promise<{ ms: number, jobs: number, failures: number, stdoutBytes: number }>}
 */
export async function spawnAll(jobs, concurrency) {
  const start = process.hrtime.bigint();
  let next = 0;
  let failures = 0;
  let stdoutBytes = 0;
  const runOne = (job) =>
    new Promise((resolve) => {
      const child = spawn(job.command, [], {
        cwd: job.cwd,
        env: job.env ?? process.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
      });
      const out = [];
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', () => {});
      child.stdin.on('error', () => {});
      child.stdin.end(job.stdin);
      child.on('error', () => {
        failures++;
        resolve();
      });
      child.on('close', (code) => {
        if (code !== 0) failures++;
        stdoutBytes += Buffer.concat(out).length;
        resolve();
      });
    });
  const worker = async () => {
    while (next < jobs.length) await runOne(jobs[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, jobs: jobs.length, failures, stdoutBytes };
}
