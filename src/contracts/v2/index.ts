/**
 * The contract format 2.0 validation profile (Pacto v3.x): load → generic decode → schema →
 * cross-field → policy, with Pacto v3's short-circuits, and the plugin request's `contract`
 * member encoded as Pacto v3 encodes its model.
 */
import type { Profile, ProfileInput, ProfileVerdict } from '../profile.js';
import type { Finding } from '../types.js';
import { locatePath } from '../yaml/paths.js';
import type { YamlTree } from '../yaml/tree.js';
import { crossFieldChecks } from './crossfield.js';
import { encodeContract } from './encode.js';
import { genericDocument, type Json } from './generic.js';
import { toLeaves } from './leaves.js';
import { loadContract } from './loader.js';
import { policyChecks } from './policy.js';
import { contractValidator, explainContractLeaf } from './schema.js';

function finding(tree: YamlTree | null, code: string, path: string, message: string, anchor = path): Finding {
  const pos = tree ? locatePath(tree, anchor) : null;
  return { code, path, message, line: pos?.line ?? null, column: pos?.column ?? null };
}

export async function validateV2(input: ProfileInput): Promise<ProfileVerdict> {
  try {
    return await run(input);
  } catch (e) {
    // A defect here must cost one contract its verdict, never the whole run.
    const message = `schema validation failed: internal error while validating this contract (${(e as Error).message}); please report it`;
    return {
      service: null,
      version: null,
      errors: [{ code: 'SCHEMA_ERROR', path: '', message, line: null, column: null }],
      warnings: [],
      contractJson: null,
      referencedFiles: [],
    };
  }
}

async function run({ source, bundle, opts }: ProfileInput): Promise<ProfileVerdict> {
  const verdict: ProfileVerdict = { service: null, version: null, errors: [], warnings: [], contractJson: null, referencedFiles: [] };
  if (bundle.loadError) {
    verdict.errors.push({ code: 'PARSE_ERROR', path: '', message: bundle.loadError, line: null, column: null });
    return verdict;
  }
  // 1 load
  const loaded = loadContract(source);
  if (!loaded.ok) {
    const { message, line, column } = loaded.problem;
    verdict.errors.push({ code: 'PARSE_ERROR', path: '', message: `failed to parse ${bundle.file}: ${message}`, line, column });
    return verdict;
  }
  const { model, tree } = loaded;
  verdict.service = model.service.name;
  verdict.version = model.service.version;
  if (opts.encodeRequests !== false) verdict.contractJson = encodeContract(model);

  // 2 generic decode
  const generic = genericDocument(tree);
  if (!generic.ok) {
    verdict.errors.push({ code: 'YAML_PARSE_ERROR', path: '', message: generic.message, line: generic.line, column: generic.column });
    return verdict;
  }
  const doc = generic.value;

  // 3 schema (selected by the generic document's pactoVersion)
  const pv = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, Json>).pactoVersion : undefined;
  if (pv !== '2.0') {
    const shown = typeof pv === 'number' ? `${pv} (a number)` : JSON.stringify(pv);
    verdict.errors.push(
      finding(tree, 'UNSUPPORTED_PACTO_VERSION', 'pactoVersion', `unsupported pactoVersion ${shown}: quote it, pactoVersion: "2.0"`),
    );
    return verdict;
  }
  const validate = contractValidator();
  if (!validate(doc)) {
    for (const leaf of toLeaves(validate.errors, explainContractLeaf))
      verdict.errors.push(finding(tree, 'SCHEMA_VIOLATION', leaf.path, leaf.message));
    return verdict;
  }

  // 4 cross-field
  const cross = crossFieldChecks(model, bundle.absDir, opts.workspace, opts.files);
  verdict.referencedFiles = cross.referencedFiles;
  for (const f of cross.errors) verdict.errors.push(finding(tree, f.code, f.path, f.message));
  for (const f of cross.warnings) verdict.warnings.push(finding(tree, f.code, f.path, f.message));
  if (cross.errors.length > 0) return verdict;

  // 5 policy
  for (const p of policyChecks(model, doc, cross.policies, opts.unresolvedPolicyRefs)) {
    (p.severity === 'error' ? verdict.errors : verdict.warnings).push(finding(tree, p.code, p.path, p.message, p.anchor));
  }
  return verdict;
}

export const profileV2: Profile = { id: '2.0', validate: validateV2 };
