import { parse } from 'yaml';
import files from 'virtual:netcompat-knowledge';
import { validateAgainst } from './validate.js';

export interface ManagedCalicoRow {
  kubernetes: string;
  operator: string;
  calico: string;
  note?: string;
  references: string[];
}

let table: { aks: ManagedCalicoRow[] } | undefined;

/** The Calico AKS installs with `network_policy = "calico"` on a Kubernetes minor (data/managed-calico.yaml); undefined where unknown. */
export function aksCalico(minor: string | undefined): ManagedCalicoRow | undefined {
  if (!table) {
    const data = parse(files['data/managed-calico.yaml'] ?? '') as unknown;
    validateAgainst('managed-calico.schema.json', data, 'data/managed-calico.yaml');
    table = data as { aks: ManagedCalicoRow[] };
  }
  return minor === undefined ? undefined : table.aks.find((r) => r.kubernetes === minor);
}
