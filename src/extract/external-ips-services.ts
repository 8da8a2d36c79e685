import type { Node } from 'yaml';
import { get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { objectsOfKind, type KubeObject } from './objects.js';

/** A v1 Service with a non-empty spec.externalIPs: the walk both externalIPs extractors share. */
export interface ExternalIpsService {
  object: KubeObject;
  spec: Node | undefined;
  ips: string[];
}

export function externalIpsServices(d: YamlDoc): ExternalIpsService[] {
  const out: ExternalIpsService[] = [];
  for (const o of objectsOfKind(d, 'Service', 'v1')) {
    const spec = get(d, o.node, 'spec');
    const ips = items(d, get(d, spec, 'externalIPs'))
      .map((n) => str(d, n))
      .filter((ip): ip is string => !!ip);
    if (ips.length > 0) out.push({ object: o, spec, ips });
  }
  return out;
}
