/** Contracts and git repositories with a base and a head commit, for the breaking-change gate. */
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { run } from '../../src/main.js';
import type { RunState } from '../../src/run-state.js';
import { createGitSandbox, type GitSandbox } from '../helpers/git-repo.js';

export const OPENAPI = `openapi: 3.0.3
info: { title: orders, version: "1" }
paths:
  /orders:
    get:
      parameters:
        - { name: limit, in: query, required: false, schema: { type: integer } }
      responses:
        "200": { description: ok }
    delete:
      responses:
        "204": { description: gone }
`;

export function v1Contract(over: { name?: string; version?: string; port?: number; extra?: string } = {}): string {
  return `pactoVersion: "1.0"
service:
  name: ${over.name ?? 'orders'}
  version: ${over.version ?? '1.2.0'}
interfaces:
  - name: api
    type: http
    port: ${over.port ?? 8080}
    visibility: public
    contract: openapi.yaml
${over.extra ?? ''}`;
}

export function v2Contract(over: { name?: string; version?: string; type?: string; extra?: string } = {}): string {
  return `pactoVersion: "2.0"
service:
  name: ${over.name ?? 'orders'}
  version: ${over.version ?? '1.2.0'}
interfaces:
  - name: api
    type: ${over.type ?? 'openapi'}
    ref: openapi.yaml
    visibility: public
${over.extra ?? ''}`;
}

const TEST_ID = ['-c', 'user.name=Test Dev', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false'];

export interface Repo {
  sb: GitSandbox;
  /** The base commit (main). */
  base: string;
  /** The head commit (the pull request's branch). */
  head: string;
  /** A fresh runner directory. */
  temp(): string;
}

/** main holds `base`; the branch `feature` adds `head` on top (null deletes a file). */
export function baseAndHead(base: Record<string, string>, head: Record<string, string | null>, opts: { between?: number } = {}): Repo {
  const sb = createGitSandbox(base);
  const dev = sb.scratchClone('dev');
  const baseSha = sb.git(dev, 'rev-parse', 'HEAD');
  sb.git(dev, 'checkout', '-q', '-b', 'feature');
  // Unrelated commits between base and head: a shallow clone must deepen past them.
  for (let i = 0; i < (opts.between ?? 0); i++) sb.git(dev, ...TEST_ID, 'commit', '-q', '--allow-empty', '-m', `note ${i}`);
  const headSha = sb.pushFiles(dev, head, 'change contracts', 'heads/feature');
  let n = 0;
  return {
    sb,
    base: baseSha,
    head: headSha,
    temp() {
      const dir = path.join(sb.root, `runner-${n++}`);
      fs.mkdirSync(dir);
      return dir;
    },
  };
}

export interface GateRun {
  state: RunState;
  io: ReturnType<typeof recordingIO>;
  report: Record<string, unknown>;
}

/** Runs the action in-process in `workspace` with the event and inputs given. */
export async function runGate(
  repo: Repo,
  workspace: string,
  event: { name: string; payload: unknown },
  inputs: Record<string, string>,
): Promise<GateRun> {
  const temp = repo.temp();
  const eventPath = path.join(temp, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(event.payload));
  const env: NodeJS.ProcessEnv = {
    ...repo.sb.env,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    INPUT_MODE: 'validate',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const io = recordingIO();
  const state = await run(env, io);
  const report = JSON.parse(fs.readFileSync(path.join(temp, 'pacto-report.json'), 'utf8')) as Record<string, unknown>;
  return { state, io, report };
}

export function prEvent(repo: Repo, labels: string[] = []): { name: string; payload: unknown } {
  const r = { full_name: 'acme/sample' };
  return {
    name: 'pull_request',
    payload: {
      number: 1,
      pull_request: {
        number: 1,
        labels: labels.map((name) => ({ name })),
        base: { ref: 'main', sha: repo.base, repo: r },
        head: { ref: 'feature', sha: repo.head, repo: r },
      },
      repository: r,
    },
  };
}
