import type { Fact } from '../model/fact.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { containersOf, envOf } from './containers.js';
import { factFromNode } from './fact-at.js';
import { isTigeraOperatorImage } from './image.js';
import { imageVersionFact } from './image-fact.js';
import { objectsOf } from './objects.js';
import type { YamlExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'tigera-operator-image';

/** The env var the operator's own manifest sets to its release (projectcalico/calico manifests/tigera-operator.yaml). */
const INIT_VERSION = 'TIGERA_OPERATOR_INIT_IMAGE_VERSION';

/**
 * The tigera-operator Deployment recognised by itself, whatever its image is called: named
 * `tigera-operator`, or in the `tigera-operator` namespace. A mirror that renames the image
 * (`registry.example/mirror/operator:v1.29.0`) is still the operator there.
 */
function isOperatorDeployment(d: YamlDoc): boolean {
  return objectsOf(d).some((o) => o.kind === 'Deployment' && (o.name === 'tigera-operator' || o.namespace === 'tigera-operator'));
}

export const tigeraOperatorImage: YamlExtractor = {
  id: ID,
  description:
    'The tigera/operator image in any container, and the tigera-operator Deployment under a mirrored or renamed image ' +
    `(its container's tag, else ${INIT_VERSION}): the operator version, which names the Calico release it installs`,
  triggers: ['tigera/operator', 'tigera-operator', 'calico-operator', INIT_VERSION],
  extract(d) {
    const facts: Fact[] = [];
    const deployment = isOperatorDeployment(d);
    for (const c of containersOf(d)) {
      const known = c.image !== undefined && isTigeraOperatorImage(c.image);
      const env = envOf(d, c).find((e) => e.name === INIT_VERSION);
      // In the operator's Deployment, the container named tigera-operator (or the one setting the init version) is the operator.
      const mirrored = !known && deployment && (c.name === 'tigera-operator' || env !== undefined);
      let found: Fact | undefined;
      if (c.image && c.imageRaw !== undefined && (known || mirrored)) {
        found = imageVersionFact(ID, d, c.imageNode, 'calico.operatorVersion', c.image, c.imageRaw);
        if (found && mirrored) found = { ...found, note: `the tigera-operator Deployment's image ${c.imageRaw} (a mirror or renamed image)` };
      }
      if (!found && env?.valueNode && (known || mirrored || deployment)) {
        found = factFromNode(ID, d, env.valueNode, 'calico.operatorVersion', normalizeVersion, { note: `${INIT_VERSION} of the tigera-operator container` });
      }
      if (found) facts.push(found);
    }
    return facts;
  },
};
