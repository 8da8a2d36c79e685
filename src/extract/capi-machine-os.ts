import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import type { OsImageKind } from '../knowledge/os-image-patterns.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { osImageFact } from './fact-at.js';
import { objectsOf } from './objects.js';
import type { YamlExtractor } from './types.js';

const ID = 'capi-machine-os';

/** A name that says which OS the machines boot, where it sits, and how to read it. */
interface OsName {
  node: Node | undefined;
  raw: string;
  kind: OsImageKind;
}

function named(d: YamlDoc, node: Node | undefined, kind: OsImageKind): OsName[] {
  const raw = str(d, node);
  return raw === undefined || raw.trim() === '' ? [] : [{ node, raw, kind }];
}

/** The machine spec: `spec.template.spec` for templates, `spec` for machines. */
function machineSpec(d: YamlDoc, root: Node, kind: string): Node | undefined {
  return /Template$/.test(kind) ? get(d, root, 'spec', 'template', 'spec') : get(d, root, 'spec');
}

/** CAPA: a base OS for the AMI lookup, an EKS AMI family, or an explicit AMI id (which names nothing). */
function aws(d: YamlDoc, spec: Node | undefined): OsName[] {
  const baseOs = named(d, get(d, spec, 'imageLookupBaseOS'), 'base-os');
  if (baseOs.length) return baseOs;
  const family = named(d, get(d, spec, 'ami', 'eksLookupType'), 'ami-family');
  if (family.length) return family;
  return named(d, get(d, spec, 'ami', 'id'), 'image');
}

/** CAPO: `image` as a name (older APIs), `{name}`, or `{filter: {name}}`; an image id names nothing. */
function openstack(d: YamlDoc, spec: Node | undefined): OsName[] {
  const image = get(d, spec, 'image');
  return [
    ...named(d, image, 'image'),
    ...named(d, get(d, image, 'name'), 'image'),
    ...named(d, get(d, image, 'filter', 'name'), 'image'),
    ...named(d, get(d, spec, 'imageName'), 'image'),
  ].slice(0, 1);
}

/** CAPZ: a marketplace image as its URN, or a compute / shared gallery image as `gallery:name`. */
function azure(d: YamlDoc, spec: Node | undefined): OsName[] {
  const image = get(d, spec, 'image');
  const market = get(d, image, 'marketplace');
  if (market) {
    const parts = ['publisher', 'offer', 'sku', 'version'].map((k) => str(d, get(d, market, k))?.trim());
    if (parts[0] && parts[1] && parts[2]) return [{ node: market, raw: parts.filter(Boolean).join(':'), kind: 'azure-image' }];
  }
  for (const key of ['computeGallery', 'sharedGallery']) {
    const gallery = get(d, image, key);
    const name = str(d, get(d, gallery, 'name'))?.trim();
    if (gallery && name) return [{ node: gallery, raw: `${str(d, get(d, gallery, 'gallery'))?.trim() ?? ''}:${name}`, kind: 'azure-image' }];
  }
  return named(d, get(d, image, 'id'), 'image');
}

function namesOf(d: YamlDoc, root: Node, kind: string): OsName[] {
  const spec = machineSpec(d, root, kind);
  switch (kind) {
    case 'AWSMachineTemplate':
    case 'AWSMachine':
      return aws(d, spec);
    case 'AWSMachinePool':
      return aws(d, get(d, root, 'spec', 'awsLaunchTemplate'));
    case 'AWSManagedMachinePool':
      return named(d, get(d, root, 'spec', 'amiType'), 'image-type');
    case 'VSphereMachineTemplate':
    case 'VSphereMachine':
      // Windows templates have no Linux kernel to check.
      return str(d, get(d, spec, 'os'))
        ?.trim()
        .toLowerCase() === 'windows'
        ? []
        : named(d, get(d, spec, 'template'), 'image');
    case 'OpenStackMachineTemplate':
    case 'OpenStackMachine':
      return openstack(d, spec);
    case 'AzureMachineTemplate':
    case 'AzureMachine':
      return azure(d, spec);
    case 'AzureMachinePool':
      return azure(d, get(d, root, 'spec', 'template'));
    case 'AzureManagedMachinePool':
      return named(d, get(d, root, 'spec', 'osSKU'), 'image-type');
    case 'GCPMachineTemplate':
    case 'GCPMachine':
      return [...named(d, get(d, spec, 'image'), 'image'), ...named(d, get(d, spec, 'imageFamily'), 'image')].slice(0, 1);
    default:
      return [];
  }
}

export const capiMachineOs: YamlExtractor = {
  id: ID,
  description:
    'Cluster API machine templates → node OS: AWS imageLookupBaseOS / eksLookupType / amiType, vSphere template, OpenStack image, ' +
    'Azure marketplace or gallery image, GCP image or family (data/os-image-patterns.yaml)',
  triggers: ['infrastructure.cluster.x-k8s.io/'],
  extract(d) {
    const facts: Fact[] = [];
    for (const o of objectsOf(d)) {
      if (!o.apiVersion?.startsWith('infrastructure.cluster.x-k8s.io/') || !o.kind) continue;
      for (const n of namesOf(d, o.node, o.kind)) {
        const f = osImageFact(ID, d, n.node, n.raw, n.kind);
        if (f) facts.push(f);
      }
    }
    return facts;
  },
};
