import { kubeadmClusterConfiguration } from './kubeadm-cluster-configuration.js';
import type { Extractor } from './types.js';

/**
 * Every extractor, sorted by id. A test checks this list against the folder and the fixtures, so an
 * extractor cannot be added without both.
 */
export const EXTRACTORS: readonly Extractor[] = [
  kubeadmClusterConfiguration,
].sort((a, b) => a.id.localeCompare(b.id));
