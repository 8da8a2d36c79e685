import { knowledgeData } from 'virtual:netcompat-knowledge';
import type { FactName } from '../model/fact.js';

export interface FactInfo {
  name: FactName;
  component: 'kube-proxy' | 'calico' | 'kubernetes' | 'node' | 'service';
  label: string;
  description: string;
  hint: string;
  input?: string;
}

let catalog: Map<FactName, FactInfo> | undefined;

/** data/facts.yaml: what each fact means and how a user provides it. */
export function factCatalog(): Map<FactName, FactInfo> {
  if (!catalog) {
    // Parsed and validated against facts.schema.json when the bundle was built.
    const data = knowledgeData('data/facts.yaml');
    catalog = new Map((data as { facts: FactInfo[] }).facts.map((f) => [f.name, f]));
  }
  return catalog;
}

export function factInfo(name: FactName): FactInfo {
  return factCatalog().get(name) ?? { name, component: 'node', label: name, description: name, hint: `pass --fact ${name}=VALUE` };
}
