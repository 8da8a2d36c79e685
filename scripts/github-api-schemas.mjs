// Extracts the few GitHub REST operations the tests validate request bodies against from GitHub's OpenAPI
// description (the @octokit/openapi package), with every component they reference, into a small fixture.
// The package itself is hundreds of MB, so it is not a dev dependency; regenerate on demand with:
//   npm run github-api-schemas            (installs @octokit/openapi into a temporary folder)
//   node scripts/github-api-schemas.mjs SPEC.json   (from a description you already have)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@octokit/openapi@23.0.2';
const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/github-api/operations.json');

/** What the fake GitHub serves, plus one operation whose body is all `$ref`s (the validator's own test). */
export const OPERATIONS = [
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/user'],
  ['patch', '/app/hook/config'],
];

function pointer(root, ref) {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((n, k) => n?.[k], root);
}

/** Copies `#/components/...` targets reachable from node into out, following refs transitively. */
function collectRefs(spec, node, out) {
  if (Array.isArray(node)) return node.forEach((n) => collectRefs(spec, n, out));
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) {
      const [, , section, name] = v.split('/');
      out[section] ??= {};
      if (out[section][name] === undefined) {
        out[section][name] = pointer(spec, v);
        collectRefs(spec, out[section][name], out);
      }
    } else collectRefs(spec, v, out);
  }
}

export function extract(spec) {
  const paths = {};
  const components = {};
  for (const [method, template] of OPERATIONS) {
    const op = spec.paths[template]?.[method];
    if (!op) throw new Error(`no operation ${method.toUpperCase()} ${template} in the description`);
    const kept = { operationId: op.operationId, ...(op.requestBody ? { requestBody: op.requestBody } : {}) };
    collectRefs(spec, kept, components);
    (paths[template] ??= {})[method] = kept;
  }
  const sorted = Object.fromEntries(
    Object.entries(components)
      .sort()
      .map(([s, v]) => [s, Object.fromEntries(Object.entries(v).sort())]),
  );
  return { source: `${PACKAGE} generated/api.github.com.json`, paths, components: sorted };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let specPath = process.argv[2];
  let tmp;
  if (!specPath) {
    tmp = mkdtempSync(join(tmpdir(), 'netcompat-openapi-'));
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', tmp, PACKAGE], { stdio: 'inherit' });
    specPath = join(tmp, 'node_modules/@octokit/openapi/generated/api.github.com.json');
  }
  try {
    const out = extract(JSON.parse(readFileSync(specPath, 'utf8')));
    writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
    console.log(`wrote ${OUT}`);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
