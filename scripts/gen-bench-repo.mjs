// Writes a synthetic configuration repository for `npm run bench`. The mix imitates a platform monorepo:
// mostly YAML that has nothing to do with cluster networking, plus JSON, docs, binaries, Helm templates, a
// few large files and a small share of the files the scanner is built for. A seeded PRNG makes the same
// arguments give byte-identical trees, so numbers from two machines describe the same input.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Share of the file count per category; `relevant` and the fixed extras are what the scanner looks for. */
export const SHARES = {
  deployment: 0.22,
  service: 0.06,
  configmap: 0.07,
  'helm-values': 0.05,
  'helm-template': 0.1,
  ci: 0.03,
  kustomization: 0.03,
  'misc-yaml': 0.1,
  json: 0.1,
  markdown: 0.12,
  binary: 0.05,
  'other-text': 0.05,
  relevant: 0.02,
};

/** mulberry32: tiny, fast, and the same sequence on every platform. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

const TEAMS = ['payments', 'search', 'checkout', 'identity', 'billing', 'catalog', 'platform', 'data', 'ml', 'notify', 'media', 'ledger'];
const NOUNS = ['api', 'worker', 'gateway', 'indexer', 'scheduler', 'web', 'sync', 'exporter', 'broker', 'cache'];
const ENVS = ['dev', 'staging', 'prod', 'qa', 'perf'];
const WORDS =
  'the service owns its data and exposes a small api rollout uses canary steps with automated analysis alerts page the on call engineer when error budget burns fast see runbook for recovery retries are bounded timeouts are explicit'.split(
    ' ',
  );

const name = (r, i) => `${r.pick(TEAMS)}-${r.pick(NOUNS)}-${i}`;
const words = (r, n) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ');

function deployment(r, i) {
  const n = name(r, i);
  const env = Array.from({ length: r.int(1, 8) }, (_, k) => `            - name: FEATURE_${k}\n              value: "${r.chance(0.5)}"`).join('\n');
  let text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${n}
  namespace: ${n.split('-')[0]}
  labels:
    app.kubernetes.io/name: ${n}
    app.kubernetes.io/part-of: ${n.split('-')[0]}
spec:
  replicas: ${r.int(1, 12)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${n}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${n}
      annotations:
        prometheus.io/scrape: "true"
    spec:
      serviceAccountName: ${n}
      containers:
        - name: app
          image: ghcr.io/example/${n}:${r.int(0, 4)}.${r.int(0, 30)}.${r.int(0, 9)}
          ports:
            - containerPort: ${r.pick([8080, 8443, 9090, 3000])}
          env:
${env}
          resources:
            requests: { cpu: ${r.int(50, 500)}m, memory: ${r.int(64, 1024)}Mi }
            limits: { memory: ${r.int(128, 2048)}Mi }
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
            periodSeconds: 10
`;
  if (r.chance(0.4)) text += `---\n${service(r, i, n)}`;
  return { path: `apps/${n.split('-')[0]}/${n}/deploy/deployment.yaml`, text };
}

function service(r, i, n = name(r, i)) {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${n}
  namespace: ${n.split('-')[0]}
spec:
  type: ${r.pick(['ClusterIP', 'ClusterIP', 'NodePort'])}
  selector:
    app.kubernetes.io/name: ${n}
  ports:
    - name: http
      port: 80
      targetPort: 8080
`;
}

function configmap(r, i) {
  const n = name(r, i);
  const data = Array.from({ length: r.int(2, 40) }, (_, k) => `  key_${k}: "${words(r, r.int(1, 12))}"`).join('\n');
  return {
    path: `apps/${n.split('-')[0]}/${n}/deploy/configmap.yaml`,
    text: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}-config\ndata:\n${data}\n`,
  };
}

function helmValues(r, i) {
  const chart = `${r.pick(NOUNS)}-chart-${i % 300}`;
  const env = r.pick(ENVS);
  return {
    path: `charts/${chart}/values-${env}-${i}.yaml`,
    text: `replicaCount: ${r.int(1, 6)}
image:
  repository: ghcr.io/example/${chart}
  tag: "${r.int(0, 3)}.${r.int(0, 20)}.${r.int(0, 9)}"
  pullPolicy: IfNotPresent
ingress:
  enabled: ${r.chance(0.5)}
  hosts:
    - host: ${chart}.${env}.example.com
      paths: ["/"]
resources:
  requests:
    cpu: ${r.int(10, 900)}m
autoscaling:
  enabled: ${r.chance(0.3)}
  maxReplicas: ${r.int(2, 30)}
`,
  };
}

/**
 * A chart is a folder with its Chart.yaml (Helm refuses one without, and the scanner skips `templates/` only
 * beside one): the category's first eighth are the charts' Chart.yaml files, the rest their templates.
 */
function helmTemplate(r, i, k, count) {
  const charts = Math.max(1, Math.ceil(count / 8));
  const chart = `${NOUNS[(k % charts) % NOUNS.length]}-chart-${k % charts}`;
  if (k < charts) return { path: `charts/${chart}/Chart.yaml`, text: `apiVersion: v2\nname: ${chart}\nversion: 0.1.${k}\nappVersion: "1.${r.int(0, 9)}.0"\n` };
  // Some charts really do deploy networking components; their templates must be skipped, not misread.
  const image = r.chance(0.05)
    ? `{{ .Values.calico.registry }}/calico/node:{{ .Values.calico.tag | default "v3.26.1" }}`
    : `{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}`;
  return {
    path: `charts/${chart}/templates/${r.pick(['deployment', 'statefulset', 'job', 'daemonset'])}-${i}.yaml`,
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "chart.fullname" . }}
  labels:
    {{- include "chart.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  template:
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "${image}"
          {{- with .Values.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
`,
  };
}

function ci(r, i) {
  const p = r.pick([`.github/workflows/build-${i}.yml`, `ci/pipelines/${r.pick(TEAMS)}-${i}.yml`, `services/${i}/.gitlab-ci.yml`]);
  return {
    path: p,
    text: `name: build
on:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${r.pick([18, 20, 22])}
      - run: npm ci && npm test
`,
  };
}

function kustomization(r, i) {
  const env = r.pick(ENVS);
  return {
    path: `overlays/${env}/${r.pick(TEAMS)}-${i}/kustomization.yaml`,
    text: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${env}
resources:
  - ../../base/${r.pick(NOUNS)}
images:
  - name: ghcr.io/example/app
    newTag: "${r.int(0, 5)}.${r.int(0, 40)}.0"
`,
  };
}

function miscYaml(r, i) {
  const n = name(r, i);
  const kind = r.pick(['HorizontalPodAutoscaler', 'PodDisruptionBudget', 'NetworkPolicy', 'Ingress', 'ServiceAccount', 'Role']);
  // A few mention networking words in comments: parsed, yet hold no fact.
  const note = r.chance(0.04) ? `# Pod traffic is enforced by calico; see the platform docs.\n` : '';
  return {
    path: `apps/${n.split('-')[0]}/${n}/deploy/${kind.toLowerCase()}.yaml`,
    text: `${note}apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${n}\n  labels:\n    team: ${n.split('-')[0]}\nspec:\n  minAvailable: ${r.int(1, 3)}\n`,
  };
}

function json(r, i) {
  if (r.chance(0.5)) {
    const panels = Array.from({ length: r.int(3, 40) }, (_, k) => ({
      id: k,
      type: 'timeseries',
      title: words(r, 3),
      targets: [{ expr: `rate(http_requests_total{job="${name(r, k)}"}[5m])` }],
    }));
    return { path: `dashboards/${r.pick(TEAMS)}/dashboard-${i}.json`, text: JSON.stringify({ title: words(r, 4), panels }, null, 2) + '\n' };
  }
  const n = name(r, i);
  return { path: `tools/${n}/package.json`, text: JSON.stringify({ name: n, version: '1.0.0', private: true, scripts: { test: 'vitest' } }, null, 2) + '\n' };
}

function markdown(r, i) {
  const paras = Array.from({ length: r.int(2, 30) }, () => words(r, r.int(20, 60))).join('\n\n');
  return { path: `docs/${r.pick(['adr', 'runbooks', 'guides'])}/${i}-${r.pick(NOUNS)}.md`, text: `# ${words(r, 4)}\n\n${paras}\n` };
}

function binary(r, i) {
  const buf = Buffer.alloc(r.int(2, 64) * 1024);
  for (let k = 0; k < buf.length; k += 4) buf.writeUInt32LE((r.next() * 4294967296) >>> 0, k);
  buf[0] = 0; // a NUL early, as in real images and archives
  return { path: `assets/${r.pick(TEAMS)}/${i}.${r.pick(['png', 'jar', 'tgz', 'woff2', 'ico'])}`, text: buf };
}

function otherText(r, i) {
  const ext = r.pick(['sh', 'tf', 'py', 'txt', 'Dockerfile']);
  const p = ext === 'Dockerfile' ? `images/${r.pick(NOUNS)}-${i}/Dockerfile` : `scripts/${r.pick(TEAMS)}/${i}.${ext}`;
  return { path: p, text: `# ${words(r, 6)}\n${Array.from({ length: r.int(5, 80) }, () => words(r, 8)).join('\n')}\n` };
}

const KUBE_VERSIONS = ['v1.18.20', 'v1.22.17', 'v1.26.9', 'v1.27.3', 'v1.27.11', '1.28.4', 'v1.29.1', 'v1.30.2', '{{ kube_version }}'];
const CALICO_VERSIONS = ['v3.19.1', 'v3.24.5', 'v3.25.1', 'v3.26.1', 'v3.27.0', 'v3.28.0', 'v3.29.4', '${CALICO_VERSION}'];
const ENCAP = ['Always', 'Never', 'CrossSubnet'];

/** A cluster's own folder: its kubeadm config and its add-ons live together, as in a real monorepo. */
const clusterDir = (c) => `clusters/${ENVS[c % ENVS.length]}-${c}`;

/**
 * The files the scanner exists for, in the shapes the extractors read. `c` numbers the cluster a
 * per-cluster file belongs to; Calico and Service files are shared platform config.
 */
const RELEVANT = [
  (r, i, c) => ({
    path: `${clusterDir(c)}/kubeadm-config.yaml`,
    text: `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
kubernetesVersion: ${r.pick(KUBE_VERSIONS)}
clusterName: cluster-${i}
networking:
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/12
---
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
mode: ${r.pick(['ipvs', 'iptables', '""', 'nftables'])}
`,
  }),
  (r, i, c) => ({
    path: `${clusterDir(c)}/addons/kube-proxy.yaml`,
    text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-proxy
  namespace: kube-system
data:
  config.conf: |-
    apiVersion: kubeproxy.config.k8s.io/v1alpha1
    kind: KubeProxyConfiguration
    mode: ${r.pick(['ipvs', 'iptables'])}
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-proxy
  namespace: kube-system
spec:
  template:
    spec:
      containers:
        - name: kube-proxy
          image: ${r.pick(['registry.k8s.io', 'k8s.gcr.io', 'mirror.example.com/k8s'])}/kube-proxy:${r.pick(['v1.27.3-eksbuild.1', 'v1.28.4', 'v1.29.0', 'v1.26.7+rke2r1'])}
          command:
            - /usr/local/bin/kube-proxy
            - --config=/var/lib/kube-proxy/config.conf
`,
  }),
  (r, i) => ({
    path: `infra/calico/${r.pick(ENVS)}-${i}/calico-node.yaml`,
    text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: calico-node
  namespace: kube-system
spec:
  template:
    spec:
      containers:
        - name: calico-node
          image: ${r.pick(['docker.io/', 'quay.io/', ''])}calico/node:${r.pick(CALICO_VERSIONS)}
          env:
            - name: CALICO_IPV4POOL_IPIP
              value: "${r.pick(ENCAP)}"
            - name: CALICO_IPV4POOL_VXLAN
              value: "${r.pick(ENCAP)}"
            - name: FELIX_IPTABLESBACKEND
              value: "${r.pick(['Auto', 'NFT', 'Legacy'])}"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: calico-kube-controllers
  namespace: kube-system
spec:
  template:
    spec:
      containers:
        - name: calico-kube-controllers
          image: docker.io/calico/kube-controllers:${r.pick(CALICO_VERSIONS)}
`,
  }),
  (r, i) => ({
    path: `infra/calico/${r.pick(ENVS)}-${i}/felix-and-pool.yaml`,
    text: `apiVersion: crd.projectcalico.org/v1
kind: FelixConfiguration
metadata:
  name: default
spec:
  iptablesBackend: ${r.pick(['Auto', 'NFT', 'Legacy'])}
  featureDetectOverride: "ChecksumOffloadBroken=true"
---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: default-ipv4-ippool
spec:
  cidr: 192.168.0.0/16
  ipipMode: ${r.pick(ENCAP)}
  vxlanMode: ${r.pick(ENCAP)}
`,
  }),
  (r, i) => ({
    path: `apps/edge/ingress-${i}/service.yaml`,
    text: `apiVersion: v1
kind: Service
metadata:
  name: ingress-${i}
spec:
  type: ClusterIP
  externalTrafficPolicy: Local
  externalIPs:
    - 203.0.113.${r.int(1, 254)}
  ports:
    - port: 443
`,
  }),
  (r, i) => ({
    path: `apps/edge/public-${i}/service.yaml`,
    text: `apiVersion: v1
kind: Service
metadata:
  name: public-${i}
spec:
  type: LoadBalancer
  loadBalancerSourceRanges:
    - 198.51.100.0/24
  ports:
    - port: 443
`,
  }),
];

/** A 2 MB CRD bundle that names Felix settings in its schema: parsed, yet holds no setting. */
function crdBundle(r, i) {
  const props = ['iptablesBackend', 'featureDetectOverride', 'ipipMode', 'vxlanMode', 'bpfEnabled', 'logSeverityScreen'];
  const doc = (k) => `---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: things${k}.crd.projectcalico.org
spec:
  group: crd.projectcalico.org
  names: { kind: FelixConfiguration${k}, plural: things${k} }
  versions:
    - name: v1
      schema:
        openAPIV3Schema:
          properties:
${props.map((p) => `            ${p}:\n              description: ${words(r, 30)}\n              type: string`).join('\n')}
`;
  const parts = [];
  let size = 0;
  for (let k = 0; size < 2_000_000; k++) size += (parts[k] = doc(k)).length;
  return { path: `vendor/crds/calico-crds-${i}.yaml`, text: parts.join('') };
}

function bigJson(r, i) {
  const rows = Array.from({ length: 12_000 }, (_, k) => ({ id: k, service: name(r, k), note: words(r, 12) }));
  return { path: `generated/inventory-${i}.json`, text: JSON.stringify(rows, null, 1) + '\n' };
}

/** Over the scanner's 8 MiB cap: listed as too large, never read. */
function hugeYaml(r, i) {
  const line = `- ${words(r, 12)}\n`;
  return { path: `generated/audit-log-${i}.yaml`, text: line.repeat(Math.ceil((9 * 1024 * 1024) / line.length)) };
}

/** The bad input a real repository carries: a merge conflict, a binary and a Latin-1 file named .yaml. */
const BAD = [
  (r, i) => ({
    path: `clusters/broken-${i}/kubeadm-config.yaml`,
    text: `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n<<<<<<< HEAD\nkubernetesVersion: v1.27.3\n=======\nkubernetesVersion: v1.28.4\n>>>>>>> upgrade\n  networking: [\n`,
  }),
  (r, i) => ({ path: `assets/odd-${i}.yaml`, text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) }),
  (r, i) => ({ path: `legacy/latin1-${i}.yaml`, text: Buffer.from('comment: "caf\xe9"\n', 'latin1') }),
];

const GENERATORS = {
  deployment,
  service: (r, i) => {
    const n = name(r, i);
    return { path: `apps/${n.split('-')[0]}/${n}/deploy/service.yaml`, text: service(r, i, n) };
  },
  configmap,
  'helm-values': helmValues,
  'helm-template': helmTemplate,
  ci,
  kustomization,
  'misc-yaml': miscYaml,
  json,
  markdown,
  binary,
  'other-text': otherText,
  relevant: (r, i, k) => RELEVANT[k % RELEVANT.length](r, i, Math.floor(k / RELEVANT.length)),
};

/** How many files of each category a repository of `total` files holds; the counts add up to `total`. */
export function plan(total) {
  const large = Math.floor(total / 5000);
  const bad = Math.min(BAD.length, total);
  const rest = Math.max(0, total - large - bad);
  const counts = {};
  for (const [cat, share] of Object.entries(SHARES)) counts[cat] = Math.floor(rest * share);
  counts.deployment += rest - Object.values(counts).reduce((a, b) => a + b, 0);
  counts.large = large;
  counts.bad = bad;
  return counts;
}

/**
 * Writes the repository under `dir` (which should be empty) and returns what it wrote, in write order.
 * Paths carry the file's index, so no two generated files collide.
 */
export function generateRepo(dir, { files = 20_000, seed = 1 } = {}) {
  const r = prng(seed);
  const counts = plan(files);
  const entries = [];
  const made = new Set();
  const write = (category, { path, text }) => {
    const abs = join(dir, path);
    const parent = dirname(abs);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(abs, text);
    entries.push({ path, category, bytes: typeof text === 'string' ? Buffer.byteLength(text) : text.length });
  };
  let i = 0;
  for (const [category, gen] of Object.entries(GENERATORS)) {
    for (let k = 0; k < counts[category]; k++) write(category, gen(r, i++, k, counts[category]));
  }
  for (let k = 0; k < counts.large; k++) write('large', [crdBundle, bigJson, hugeYaml, crdBundle][k % 4](r, i++));
  for (let k = 0; k < counts.bad; k++) write('bad', BAD[k](r, i++));
  return { entries, counts, bytes: entries.reduce((a, e) => a + e.bytes, 0) };
}
