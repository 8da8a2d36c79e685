import type { Finding, ScanResult, Undetermined } from '../model/finding.js';

type WithClusters = Pick<ScanResult, 'findings' | 'undetermined'> & Partial<Pick<ScanResult, 'contexts'>>;

/** Whether results must say their cluster: the repository was split into several, or one result stands for several. */
export function namesClusters(result: WithClusters): boolean {
  return (result.contexts?.length ?? 0) > 1 || [...result.findings, ...result.undetermined].some((r) => (r.clusters?.length ?? 0) > 1);
}

/** "cluster clusters/prod", "clusters c1, c2". */
export function clusterLabel(r: Pick<Finding | Undetermined, 'context' | 'clusters'>): string {
  return r.clusters && r.clusters.length > 1 ? `clusters ${r.clusters.join(', ')}` : `cluster ${r.context}`;
}
