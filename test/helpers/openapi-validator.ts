import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/**
 * Request-body validators for GitHub REST operations, compiled from GitHub's OpenAPI description. The
 * operations the tests use, with the components they reference, are extracted from @octokit/openapi into a
 * small fixture by scripts/github-api-schemas.mjs (`npm run github-api-schemas` regenerates it; an
 * operation missing from the fixture is an error that says so). `$ref`s into `#/components/...` are
 * resolved against those components (added once as a schema of their own); OpenAPI-only keywords are
 * ignored (strict off).
 */
const SPEC_PATH = new URL('../fixtures/github-api/operations.json', import.meta.url);
const COMPONENTS_ID = 'https://netcompat.test/github-openapi-components';

interface Operation {
  operationId: string;
  requestBody?: { $ref?: string; content?: Record<string, { schema?: unknown }> };
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

let spec: Spec | undefined;
let ajv: Ajv | undefined;
const cache = new Map<string, ValidateFunction | null>();

function load(): { spec: Spec; ajv: Ajv } {
  if (!spec || !ajv) {
    spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    // RFC 3339 date-time, the only format our bodies carry.
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    ajv.addSchema({ $id: COMPONENTS_ID, components: spec.components });
  }
  return { spec, ajv };
}

/** Points local refs at the components schema: `#/components/x` → `<components id>#/components/x`. */
function relink(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relink);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${COMPONENTS_ID}${v}` : relink(v);
    return out;
  }
  return node;
}

function pointer(root: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], root);
}

/** The operation's id and body validator, by method and path template (`/repos/{owner}/{repo}/check-runs`). */
export function operation(method: string, template: string): { operationId: string; validate: ValidateFunction | null } {
  const { spec, ajv } = load();
  const op = spec.paths[template]?.[method.toLowerCase()];
  if (!op)
    throw new Error(
      `no operation ${method} ${template} in test/fixtures/github-api/operations.json: add it to scripts/github-api-schemas.mjs and run npm run github-api-schemas`,
    );
  const key = `${method} ${template}`;
  if (!cache.has(key)) {
    let body = op.requestBody;
    if (body?.$ref) body = pointer(spec, body.$ref) as Operation['requestBody'];
    const schema = body?.content?.['application/json']?.schema;
    cache.set(key, schema ? ajv.compile(relink(schema) as object) : null);
  }
  return { operationId: op.operationId, validate: cache.get(key) ?? null };
}

/** Validation errors for a body, empty when valid (or when the operation takes no body). */
export function validateBody(method: string, template: string, body: unknown): ErrorObject[] {
  const { validate } = operation(method, template);
  if (!validate) return [];
  return validate(body) ? [] : [...(validate.errors ?? [])];
}
