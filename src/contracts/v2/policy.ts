/**
 * Layer 3: inline `schema` policies validate the whole contract document (generic form). Policy
 * `ref`s are never fetched: offline they are unresolved, as Pacto reports a ref it cannot resolve.
 */
import type { CrossFieldResult } from './crossfield.js';
import type { Json } from './generic.js';
import { toLeaves } from './leaves.js';
import type { ContractModel } from './model.js';

export interface PolicyFinding {
  code: string;
  /** "" (Pacto's path for policy findings), except a schema that cannot be enforced. */
  path: string;
  message: string;
  /** Where to annotate: the policy entry that produced it. */
  anchor: string;
  severity: 'error' | 'warning';
}

export function policyChecks(
  c: ContractModel,
  doc: Json,
  compiled: CrossFieldResult['policies'],
  unresolvedRefs: 'error' | 'warn',
): PolicyFinding[] {
  const out: PolicyFinding[] = [];
  (c.policies ?? []).forEach((pol, i) => {
    if (pol.schema === '' && pol.ref !== '') {
      const how =
        unresolvedRefs === 'warn'
          ? 'it was not enforced (unresolved-policy-refs: warn)'
          : 'vendor the policy schema into the bundle and use schema:, or set the unresolved-policy-refs input to warn';
      out.push({
        code: 'POLICY_REF_UNRESOLVED',
        path: '',
        message: `policy policies[${JSON.stringify(pol.name)}]: ref ${JSON.stringify(pol.ref)} cannot be resolved: this action validates offline and never fetches policy refs; ${how}`,
        anchor: `policies[${i}].ref`,
        severity: unresolvedRefs === 'warn' ? 'warning' : 'error',
      });
    }
  });
  for (const p of compiled) {
    let problems;
    try {
      problems = p.schema.validate(doc);
    } catch {
      out.push({
        code: 'INVALID_POLICY_SCHEMA',
        path: `policies[${p.index}].schema`,
        message: `policy schema ${JSON.stringify(p.file)} recurses without end ($ref cycle); it cannot be enforced`,
        anchor: `policies[${p.index}].schema`,
        severity: 'error',
      });
      continue;
    }
    if (!problems) continue;
    const messages = toLeaves(problems)
      .map((l) => `policy policies[${JSON.stringify(p.name)}]: ${l.message}`)
      .sort();
    for (const message of messages)
      out.push({ code: 'POLICY_VIOLATION', path: '', message, anchor: `policies[${p.index}]`, severity: 'error' });
  }
  return out;
}
