import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str, visitMaps } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { CI_FILE_PATH } from './ci-run-steps.js';
import { factAt } from './fact-at.js';
import { installerReleaseFact } from './installer-fact.js';
import { nodeImageVersion } from './kind-cluster.js';
import { namedFiles } from './text-fact.js';
import type { YamlExtractor } from './types.js';

const ID = 'ci-kind-action';

/** GitHub Actions that create a kind cluster, and the input naming the node image in each. */
const ACTIONS: readonly { uses: RegExp; image: string }[] = [
  { uses: /^helm\/kind-action@/, image: 'node_image' },
  { uses: /^container-tools\/kind-action@/, image: 'node_image' },
  { uses: /^engineerd\/setup-kind@/, image: 'image' },
];

/** The node image input: its tag is the Kubernetes version of every node; anything else leaves it unresolved. */
function imageFact(d: YamlDoc, node: Node | undefined, input: string): Fact | undefined {
  const raw = str(d, node);
  if (raw === undefined || raw.trim() === '') return undefined;
  const note = `kind action input ${input} (every node's image)`;
  const version = nodeImageVersion(raw)?.version;
  if (version !== undefined) return { ...factAt(ID, d, node, 'kubernetes.version', version, { raw, note }), key: 'kind' };
  return { ...factAt(ID, d, node, 'kubernetes.version', raw.trim(), { note: `${note}: no Kubernetes version read from it` }), key: 'kind', unresolved: true };
}

/**
 * A workflow step that creates a kind cluster (`uses: helm/kind-action@v1` and its kin): kind is the
 * installer, `with.version` its release (without it, the action's own default, not read: every release is a
 * candidate), and the node image input the Kubernetes version. Keyed `kind`: they count only in a cluster a kind
 * config defines (src/context/kind-scope.ts).
 */
export const ciKindAction: YamlExtractor = {
  id: ID,
  description:
    'GitHub workflow steps of helm/kind-action, container-tools/kind-action and engineerd/setup-kind: with.version (the kind release), with.node_image / image',
  paths: CI_FILE_PATH,
  triggers: ['kind-action@', 'setup-kind@'],
  extract(d) {
    const facts: Fact[] = [];
    visitMaps(d, (map) => {
      const uses = get(d, map, 'uses');
      const action = ACTIONS.find((a) => a.uses.test(str(d, uses)?.trim() ?? ''));
      if (!action || !uses) return;
      facts.push({ ...factAt(ID, d, uses, 'installer.name', 'kind', { note: `the ${str(d, uses)!.trim()} step creates a kind cluster` }), key: 'kind' });
      const inputs = get(d, map, 'with');
      const release = installerReleaseFact(ID, d, get(d, inputs, 'version'), 'kind', `${str(d, uses)!.trim()} with.version`);
      if (release) facts.push(release);
      const image = imageFact(d, get(d, inputs, action.image), action.image);
      // The action runs `kind create cluster --image … --config …` in the workspace: the image is every node's of that config.
      const config = str(d, get(d, inputs, 'config'))?.trim();
      const targets = config ? namedFiles(d.file, config).slice(0, 1) : [];
      if (image) facts.push(targets.length > 0 ? { ...image, overrides: { by: `${str(d, uses)!.trim()} ${action.image}`, targets } } : image);
    });
    return facts;
  },
};
