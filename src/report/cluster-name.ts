import type { Finding, ScanResult, Undetermined } from '../model/finding.js';

type WithClusters = Pick<ScanResult, 'findings' | 'undetermined'> & Partial<Pick<ScanResult, 'contexts'>>;

/** Whether results must say their cluster: the repository was split into several, or one result stands for several. */
export function namesClusters(result: WithClusters): boolean {
  return (result.contexts?.length ?? 0) > 1 || [...result.findings, ...result.undetermined].some((r) => (r.clusters?.length ?? 0) > 1);
}

/** Clusters a person reads by name for one result; the rest are counted (every name is in JSON and SARIF properties). */
export const CLUSTERS_NAMED = 5;

/** "clusters/prod", "c1, c2", "c1, c2, c3, c4, c5 (+62 more)": a result shared by hundreds of clusters stays one line. */
export function clusterList(r: Pick<Finding | Undetermined, 'context' | 'clusters'>, max = CLUSTERS_NAMED): string {
  if (!r.clusters || r.clusters.length <= 1) return r.context;
  const more = r.clusters.length - max;
  return more > 0 ? `${r.clusters.slice(0, max).join(', ')} (+${more} more)` : r.clusters.join(', ');
}

/** "cluster clusters/prod", "clusters c1, c2". */
export function clusterLabel(r: Pick<Finding | Undetermined, 'context' | 'clusters'>): string {
  return r.clusters && r.clusters.length > 1 ? `clusters ${clusterList(r)}` : `cluster ${r.context}`;
}
