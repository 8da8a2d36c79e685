import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, keyNode, str } from '../parse/walk.js';
import { parseImage } from './image.js';
import { channelFacts, releaseFacts } from './shell-facts.js';
import { toFacts, type TextFact } from './text-fact.js';
import type { YamlExtractor } from './types.js';
import { yamlWord } from './yaml-word.js';
import { isKind } from './objects.js';

const ID = 'system-upgrade-plan';

/** Which distribution a Plan upgrades, from its upgrade image (`rancher/k3s-upgrade`, `rancher/rke2-upgrade`). */
function distroOf(image: string | undefined): { installer: string; label: string } | undefined {
  const name = image ? parseImage(image)?.name : undefined;
  if (name === 'k3s-upgrade') return { installer: 'k3s', label: 'k3s' };
  if (name === 'rke2-upgrade') return { installer: 'rke2', label: 'RKE2' };
  return undefined;
}

/**
 * rancher/system-upgrade-controller `Plan` (upgrade.cattle.io/v1): `spec.version` is the k3s or RKE2
 * release the nodes run; `spec.channel` (a URL ending in `stable`, `latest` or a minor such as `v1.28`)
 * is no release, so the installer release stays unresolved and a minor channel gives the Kubernetes minor.
 */
export const systemUpgradePlan: YamlExtractor = {
  id: ID,
  description:
    'system-upgrade-controller Plan (upgrade.cattle.io): spec.version (k3s/RKE2 release) or spec.channel (unresolved; a minor channel gives the Kubernetes minor)',
  triggers: ['upgrade.cattle.io'],
  extract(d) {
    if (!isKind(d, 'Plan', 'upgrade.cattle.io/')) return [];
    const spec = get(d, d.doc.contents, 'spec');
    const distro = distroOf(str(d, get(d, spec, 'upgrade', 'image')));
    if (!distro) return [];
    const facts: TextFact[] = [];
    const versionNode = get(d, spec, 'version');
    const version = yamlWord(d, versionNode);
    const key = yamlWord(d, keyNode(spec, 'version') as Node | undefined);
    if (version?.text && key) {
      facts.push(...releaseFacts(distro.installer, distro.label, key, version, 'Plan spec.version'));
    } else {
      const channel = yamlWord(d, get(d, spec, 'channel'));
      const channelKey = yamlWord(d, keyNode(spec, 'channel') as Node | undefined);
      if (channel?.text && channelKey) {
        const cut = channel.text.replace(/\/+$/, '').lastIndexOf('/') + 1;
        const name = { text: channel.text.replace(/\/+$/, '').slice(cut), line: channel.line, column: channel.column + cut };
        facts.push(...channelFacts(distro.installer, distro.label, channelKey, name, 'Plan spec.channel'));
      }
    }
    return toFacts(ID, d.file, facts) as Fact[];
  },
};
