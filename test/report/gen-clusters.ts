import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A generated platform repository like the 67-cluster benchmark: `clusters/dev-N/` each hold a kubeadm
 * config (kube-proxy 1.27 in ipvs mode) and `services` Services with externalIPs and externalTrafficPolicy
 * Local (one KP-IPVS-EXTIP-ETP-LOCAL finding each); every tenth cluster runs iptables on 1.28.2 instead
 * (KP-IPT-PARTIAL-SYNC-RACE); a shared old Calico applies to all.
 */
export function generateClusters(clusters: number, services: number): string {
  const root = mkdtempSync(join(tmpdir(), 'netcompat-clusters-'));
  for (let i = 0; i < clusters; i++) {
    const dir = join(root, 'clusters', `dev-${i}`);
    mkdirSync(dir, { recursive: true });
    const iptables = i % 10 === 9;
    writeFileSync(
      join(dir, 'kubeadm.yaml'),
      `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: ${iptables ? 'v1.28.2' : 'v1.27.3'}\nclusterName: dev-${i}\n---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ${iptables ? 'iptables' : 'ipvs'}\n`,
    );
    const docs = Array.from(
      { length: services },
      (_, k) =>
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${k}\n  namespace: team-${i}\nspec:\n  externalIPs: [203.0.113.${(k % 250) + 1}]\n  externalTrafficPolicy: Local\n  ports: [{ port: 443 }]\n`,
    );
    writeFileSync(join(dir, 'services.yaml'), docs.join('---\n'));
  }
  mkdirSync(join(root, 'platform'));
  writeFileSync(
    join(root, 'platform/calico.yaml'),
    'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: calico-node\n  namespace: kube-system\nspec:\n  template:\n    spec:\n      containers:\n        - name: calico-node\n          image: docker.io/calico/node:v3.18.6\n          env:\n            - name: CALICO_IPV4POOL_VXLAN\n              value: Always\n',
  );
  return root;
}
