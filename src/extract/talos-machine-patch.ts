import { get, str } from '../parse/walk.js';
import { isMachineConfig, talosConfigFacts } from './talos-machine-config.js';
import type { YamlExtractor } from './types.js';

const ID = 'talos-machine-patch';

/** A YAML file (or template) below a folder whose name says Talos (`talos/`, `setup/talos/patches/`, `talos-config/`). */
const TALOS_FOLDER_YAML = /(^|\/)[^/]*talos[^/]*\/(?:[^/]+\/)*[^/]+\.ya?ml(\.tpl|\.j2)?$/i;

/**
 * A machine-config patch on its own (talhelper's `@./patches/controller/cluster.yaml`, a `talosctl
 * --config-patch` file) holds no trigger of a whole config: `cluster: proxy: disabled: true` alone. Read where a
 * folder is named for Talos and the text names one of the settings read; isMachineConfig still checks the shape.
 */
export const talosMachinePatch: YamlExtractor = {
  id: ID,
  description:
    'Talos machine-config patches in a Talos folder (no version: v1alpha1): cluster.proxy.disabled / mode / image, machine.install.image, cluster.network.cni.urls',
  triggers: ['proxy:', 'install:', 'cni:'],
  paths: TALOS_FOLDER_YAML,
  extract(d) {
    const root = d.doc.contents;
    if (!root || !isMachineConfig(d, root) || str(d, get(d, root, 'version')) === 'v1alpha1') return [];
    return talosConfigFacts(ID, d, root);
  },
};
