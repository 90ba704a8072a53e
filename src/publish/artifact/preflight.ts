/**
 * What can be known before generating anything: whether this server has the artifact service,
 * whether the runner gave the action its credentials, and whether the name is acceptable.
 * Kept free of @actions/artifact so main can call it up front at no start-up cost.
 */
import type { Config } from '../../inputs.js';
import { artifactNameProblem, renderArtifactName } from './name.js';

export interface ArtifactPreflight {
  /** The rendered artifact name. */
  name: string;
  /** Each a full sentence; empty when the upload can be attempted. */
  problems: string[];
}

type PreflightConfig = Pick<Config, 'uploadArtifact' | 'artifactName' | 'shard'>;

export function artifactPreflight(config: Readonly<PreflightConfig>, env: NodeJS.ProcessEnv): ArtifactPreflight {
  const name = renderArtifactName(config.artifactName, config.shard);
  if (!config.uploadArtifact) return { name, problems: [] };
  const problems: string[] = [];
  const ghes = ghesProblem(env.GITHUB_SERVER_URL);
  if (ghes) problems.push(ghes);
  const nameProblem = artifactNameProblem(name, config.artifactName);
  if (nameProblem) problems.push(nameProblem);
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
  if (missing.length > 0 && !ghes) {
    problems.push(
      `upload-artifact: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. The runner gives ` +
        'these only to actions run with `uses:` on GitHub-hosted or self-hosted runners; outside a runner, set upload-artifact: false.',
    );
  }
  return { name, problems };
}

/**
 * The artifact service exists on github.com and GHE.com (data residency) only; @actions/artifact
 * treats every other host as GitHub Enterprise Server (`*.localhost` is its test allowance).
 */
export function ghesProblem(serverUrl: string | undefined): string | null {
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  } catch {
    return `upload-artifact: GITHUB_SERVER_URL "${serverUrl}" is not a URL, so the artifact service cannot be located.`;
  }
  if (host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost')) return null;
  return (
    `upload-artifact: true is not supported on GitHub Enterprise Server (${host}): the artifact service this action ` +
    'uploads to (the one behind actions/upload-artifact@v4) exists only on github.com and GHE.com. ' +
    'Set upload-artifact: false and upload the generated files with the artifact action your server supports ' +
    '(actions/upload-artifact@v3 on GHES), or commit them with commit: true.'
  );
}
