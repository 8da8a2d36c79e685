import type { Fact, FactName } from '../model/fact.js';
import { containersOf, envOf, type Container, type EnvVar } from './containers.js';
import { factAt, factFromRaw } from './fact-at.js';
import { isCalicoNodeImage } from './image.js';
import { imageVersionFact } from './image-fact.js';
import type { YamlExtractor } from './types.js';
import { isPlaceholder, normalizeEncapMode, normalizeIptablesBackend, normalizeNftablesMode } from './values.js';
import type { YamlDoc } from '../parse/yaml-doc.js';

const ID = 'calico-node';

/** calico-node environment variables and the facts they set. */
const ENV = new Map<string, { fact: FactName; normalize: (s: string) => string | undefined }>([
  ['CALICO_IPV4POOL_IPIP', { fact: 'calico.ipipMode', normalize: normalizeEncapMode }],
  ['CALICO_IPV4POOL_VXLAN', { fact: 'calico.vxlanMode', normalize: normalizeEncapMode }],
  ['FELIX_IPTABLESBACKEND', { fact: 'calico.iptablesBackend', normalize: normalizeIptablesBackend }],
  ['FELIX_FEATUREDETECTOVERRIDE', { fact: 'calico.featureDetectOverride', normalize: (s) => s.trim() || undefined }],
  ['FELIX_NFTABLESMODE', { fact: 'calico.nftablesMode', normalize: normalizeNftablesMode }],
  // Only "true" says something: false leaves the dataplane to other settings (iptables or nftables).
  ['FELIX_BPFENABLED', { fact: 'calico.dataplane', normalize: (s) => (s.trim().toLowerCase() === 'true' ? 'BPF' : undefined) }],
]);

function envFact(d: YamlDoc, e: EnvVar): Fact | undefined {
  const spec = ENV.get(e.name);
  if (!spec) return undefined;
  if (e.value !== undefined) {
    const f = factFromRaw(ID, d, e.valueNode, spec.fact, e.value, spec.normalize);
    return f && { ...f, note: f.note ?? `${e.name} on calico-node` };
  }
  // valueFrom (a ConfigMap or Secret key): set, but not in this document.
  if (e.valueFromNode) {
    return { ...factAt(ID, d, e.valueFromNode, spec.fact, `valueFrom ${e.name}`, { note: `${e.name} comes from valueFrom` }), unresolved: true };
  }
  return undefined;
}

/** The calico/node image, or, in a strategic-merge or kustomize patch without an image, the container named calico-node. */
function isCalicoNode(c: Container): boolean {
  if (c.imageRaw !== undefined && !templatedImage(c)) return !!c.image && isCalicoNodeImage(c.image);
  return c.name === 'calico-node';
}

/**
 * An image that is one template value as a whole (k0s's `"{{ .CalicoNodeImage }}"`, `${NODE_IMAGE}`): no
 * name to recognise, so the container's name says what it runs, and the release is decided when rendered.
 */
function templatedImage(c: Container): boolean {
  return !!c.image && !c.image.prefix && !c.image.tag && !c.image.digest && isPlaceholder(c.image.name);
}

/** The Calico release of a calico-node container whose image is a template value: present, unresolved. */
function templatedVersion(d: YamlDoc, c: Container): Fact {
  const f = factAt(ID, d, c.imageNode, 'calico.version', c.imageRaw ?? '', { note: 'the calico-node image is a template value' });
  return { ...f, unresolved: true };
}

/**
 * FELIX_NFTABLESMODE=Enabled runs Felix's nftables dataplane. Nothing is said otherwise: the rules read the
 * eBPF and nftables dataplanes closed-world (explicit opt-ins), so the iptables default needs no fact.
 */
function dataplaneFacts(d: YamlDoc, env: readonly EnvVar[]): Fact[] {
  const nft = env.find((e) => e.name === 'FELIX_NFTABLESMODE');
  if (nft?.value !== undefined && nft.value.trim().toLowerCase() === 'enabled') {
    return [
      factAt(ID, d, nft.valueNode, 'calico.dataplane', 'Nftables', {
        raw: `FELIX_NFTABLESMODE=${nft.value}`,
        note: 'FELIX_NFTABLESMODE Enabled on calico-node',
      }),
    ];
  }
  return [];
}

export const calicoNode: YamlExtractor = {
  id: ID,
  description: 'calico-node containers (calico/node from any registry or mirror): Calico version, and their pool, backend and dataplane env',
  triggers: ['calico/node', 'calico-node'],
  extract(d) {
    const facts: Fact[] = [];
    for (const c of containersOf(d)) {
      if (!isCalicoNode(c)) continue;
      if (templatedImage(c)) facts.push(templatedVersion(d, c));
      else if (c.image && c.imageRaw !== undefined) {
        const version = imageVersionFact(ID, d, c.imageNode, 'calico.version', c.image, c.imageRaw);
        if (version) facts.push(version);
      }
      const env = envOf(d, c);
      for (const e of env) {
        const f = envFact(d, e);
        if (f) facts.push(f);
      }
      facts.push(...dataplaneFacts(d, env));
    }
    return facts;
  },
};
