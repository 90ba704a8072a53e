/** The artifact's page, built the way actions/upload-artifact builds its `artifact-url` output. */
export function artifactUrl(env: NodeJS.ProcessEnv, id: number): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repo = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repo || !runId) return '';
  return `${server}/${repo}/actions/runs/${runId}/artifacts/${id}`;
}
