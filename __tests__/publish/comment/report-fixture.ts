/** JSON reports (as a PR run writes them) for the comment tests. */
export function report(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    mode: 'check',
    failed: true,
    reason: '1 invalid contract (1 validation error)',
    shard: null,
    contracts: [
      {
        file: 'services/orders/pacto.yaml',
        bundle: 'services/orders',
        profile: '1.0',
        service: 'orders',
        version: '1.2.0',
        valid: false,
        errors: [{ code: 'SCHEMA_VIOLATION', path: 'service.version', message: 'must match semver', line: 3, column: 12 }],
        warnings: [],
      },
      {
        file: 'services/users/pacto.yaml',
        bundle: 'services/users',
        profile: '1.0',
        service: 'users',
        version: '2.0.0',
        valid: true,
        errors: [],
        warnings: [],
      },
    ],
    totals: {
      matched: 2,
      contracts: 2,
      valid: 1,
      invalid: 1,
      errors: 1,
      warnings: 0,
      plugins: 0,
      jobs: { ok: 0, failed: 0, skipped: 0 },
      files: {},
      changed: false,
    },
    plugins: [],
    pluginFailures: [],
    generated: [],
    drift: null,
    commit: null,
    artifact: null,
    notices: [],
    errors: [],
    context: {
      repository: 'acme/sample',
      event: 'pull_request',
      runId: '4242',
      job: 'pacto',
      workingDirectory: '.',
      pullRequest: { number: 7, headSha: 'a'.repeat(40), headRef: 'feature', baseRef: 'main' },
    },
    ...over,
  };
}

export function cleanReport(): Record<string, unknown> {
  const r = report({ failed: false, reason: '' });
  r.contracts = [(r.contracts as unknown[])[1]];
  r.totals = { ...(r.totals as object), contracts: 1, valid: 1, invalid: 0, errors: 0 };
  return r;
}
