import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/context/build-contexts.js';
import { applyOverrides } from '../../src/context/overrides.js';
import type { Fact } from '../../src/model/fact.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { at, repoFacts } from '../context/sources-a-repo.js';
import { CORPUS, corpusPresent as present, factsOf, filesWithFactsFrom, originalPath } from '../helpers/corpus.js';

/**
 * The corpus files of issue 3's sources 1–4 (Helm, tigera operator, Kustomize, GitOps), checked against
 * ../shared/corpus/MANIFEST.md. Each file is read under its original repository path (the saved name
 * with `__` for `/`), because path filters and kustomize entries depend on it.
 */

/** Extractors of these sources: facts from them may appear only in the files listed below. */
const OURS = new Set([
  'argocd-application',
  'carvel-images-lock',
  'flux-chart-source',
  'flux-helm-release',
  'helm-cattle-chart',
  'helm-chart-proxy',
  'helm-chart-yaml',
  'helm-values',
  'kustomize-helm-charts',
  'kustomize-images',
  'kustomize-layers',
  'tigera-installation',
  'tigera-operator-image',
]);

const only = (facts: readonly Fact[], ...names: string[]) => facts.filter((f) => names.some((n) => f.name.startsWith(n))).map(at);

const trees: string[] = [];
afterAll(() => {
  for (const t of trees) rmSync(t, { recursive: true, force: true });
});

/** Copies the corpus files of one repository folder that start with `prefix` to a temp tree at their original paths. */
function tree(repo: string, prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), 'netcompat-corpus-'));
  trees.push(root);
  for (const f of readdirSync(`${CORPUS}${repo}`).filter((n) => n.startsWith(prefix))) {
    const dest = join(root, originalPath(f));
    mkdirSync(dirname(dest), { recursive: true });
    cpSync(`${CORPUS}${repo}/${f}`, dest);
  }
  return root;
}

describe.skipIf(!present)('corpus: Helm, tigera operator, Kustomize, GitOps', () => {
  it('#4 tigera-operator.yaml v3.32.1: operator v1.42.3, so Calico 3.32.1, and nothing else', () => {
    const facts = factsOf('projectcalico__calico/manifests__tigera-operator.yaml');
    expect(facts.map(at)).toEqual(['calico.operatorVersion=1.42.3 @manifests/tigera-operator.yaml:750:18']);
    const [ctx] = buildContexts(facts, []);
    expect(only(ctx?.facts ?? [], 'calico.version')).toEqual(['calico.version=3.32.1']);
  });

  it('#5 tigera-operator.yaml v3.27.0: operator v1.32.3 = Calico 3.27.0; the calico/node:v3.17.1 in a CRD description is not a version', () => {
    const facts = factsOf('projectcalico__calico/v3.27.0__manifests__tigera-operator.yaml');
    expect(facts.map(at)).toEqual(['calico.operatorVersion=1.32.3 @v3.27.0/manifests/tigera-operator.yaml:25272:18']);
    const [ctx] = buildContexts(facts, []);
    expect(ctx?.facts.filter((f) => f.name === 'calico.version').map((f) => [f.value, f.note])).toEqual([
      ['3.27.0', 'tigera/operator v1.32.3 installs Calico v3.27.0'],
    ]);
  });

  it('#6 custom-resources.yaml: Installation VXLANCrossSubnet = VXLAN CrossSubnet, IPIP Never; no dataplane, no versions', () => {
    expect(factsOf('projectcalico__calico/manifests__custom-resources.yaml').map(at)).toEqual([
      'calico.ipipMode=Never @manifests/custom-resources.yaml:14:24',
      'calico.vxlanMode=CrossSubnet @manifests/custom-resources.yaml:14:24',
    ]);
  });

  it('#7 chart values.yaml: operator v1.42.3 and calicoctl v3.32.1; the commented calicoNetwork is not set', () => {
    const facts = factsOf('projectcalico__calico/charts__tigera-operator__values.yaml');
    expect(facts.map(at)).toEqual([
      'calico.operatorVersion=1.42.3 @charts/tigera-operator/values.yaml:150:12',
      'calico.version=3.32.1 @charts/tigera-operator/values.yaml:154:8',
    ]);
    expect(facts[0]?.raw).toBe('quay.io/tigera/operator:v1.42.3');
  });

  it('#8 Chart.yaml: version v0.0 is a placeholder, not a version', () => {
    expect(factsOf('projectcalico__calico/charts__tigera-operator__Chart.yaml')).toEqual([]);
  });

  it('#24 CAPZ tigera-operator values: VXLAN pool, no version pinned', () => {
    expect(factsOf('kubernetes-sigs__cluster-api-provider-azure/templates__addons__calico__values.yaml').map(at)).toEqual([
      'calico.ipipMode=Never @templates/addons/calico/values.yaml:11:22',
      'calico.vxlanMode=Always @templates/addons/calico/values.yaml:11:22',
    ]);
  });

  it('#25-#31 CAPZ kustomize dir: the patches win (VXLAN Always, images at ${CALICO_VERSION}); the base values are overridden, not lost', async () => {
    const root = tree('kubernetes-sigs__cluster-api-provider-azure', 'templates__addons__calico__');
    const { facts, overridden } = applyOverrides(await repoFacts(root));
    const kustomized = facts.filter((f) => f.place?.file !== 'templates/addons/calico/values.yaml');
    expect(only(kustomized, 'calico.vxlanMode', 'calico.version', 'calico.kubeControllersVersion', 'calico.featureDetectOverride').sort()).toEqual([
      'calico.featureDetectOverride=ChecksumOffloadBroken=true @templates/addons/calico/felix-override.yaml:8:26',
      'calico.featureDetectOverride=ChecksumOffloadBroken=true @templates/addons/calico/patches/calico-node.yaml:14:18',
      'calico.kubeControllersVersion=${CALICO_VERSION} (unresolved) @templates/addons/calico/patches/use-capz-acr.yaml:30:16',
      'calico.version=${CALICO_VERSION} (unresolved) @templates/addons/calico/patches/use-capz-acr.yaml:15:16',
      'calico.version=${CALICO_VERSION} (unresolved) @templates/addons/calico/patches/use-capz-acr.yaml:18:16',
      'calico.vxlanMode=Always @templates/addons/calico/patches/calico-node.yaml:16:18',
    ]);
    expect(only(overridden, 'calico.vxlanMode', 'calico.version', 'calico.kubeControllersVersion').sort()).toEqual([
      'calico.kubeControllersVersion=3.29.4 @templates/addons/calico/calico-vxlan.yaml:6482:18',
      'calico.version=3.29.4 @templates/addons/calico/calico-vxlan.yaml:6235:18',
      'calico.version=3.29.4 @templates/addons/calico/calico-vxlan.yaml:6261:18',
      'calico.vxlanMode=CrossSubnet @templates/addons/calico/calico-vxlan.yaml:6297:22',
    ]);
    // The base IPIP Never is not patched: it stays.
    expect(only(facts, 'calico.ipipMode')).toContain('calico.ipipMode=Never @templates/addons/calico/calico-vxlan.yaml:6294:22');
  });

  it('#32 CAPZ HelmChartProxy: version ${CALICO_VERSION} unresolved; VXLAN from inside the Go-templated valuesTemplate', () => {
    expect(factsOf('kubernetes-sigs__cluster-api-provider-azure/templates__addons__cluster-api-helm__calico.yaml').map(at)).toEqual([
      'calico.version=${CALICO_VERSION} (unresolved) @templates/addons/cluster-api-helm/calico.yaml:11:12',
      'calico.ipipMode=Never @templates/addons/cluster-api-helm/calico.yaml:26:26',
      'calico.vxlanMode=Always @templates/addons/cluster-api-helm/calico.yaml:26:26',
    ]);
  });

  it('#48 RKE2 chart_versions.yaml: rke2-calico v3.32.100 is Calico 3.32.1, never 3.32.100', () => {
    const facts = factsOf('rancher__rke2/charts__chart_versions.yaml').filter((f) => f.name === 'calico.version');
    expect(facts.map(at)).toContain('calico.version=3.32.1 @charts/chart_versions.yaml:8:14');
    expect(facts.filter((f) => f.value.includes('100'))).toEqual([]);
  });

  it('#49-#51 kURL kustomize: the "Off" patch replaces IPIP Always; newName alone keeps tag v3.18.1', async () => {
    const root = tree('replicatedhq__kURL', 'addons__calico__3.18.1__');
    const { facts, overridden } = applyOverrides(await repoFacts(root));
    expect(only(facts, 'calico.ipipMode', 'calico.vxlanMode', 'calico.version')).toEqual([
      'calico.version=3.18.1 @addons/calico/3.18.1/calico.yaml:3615:18',
      'calico.vxlanMode=Never @addons/calico/3.18.1/calico.yaml:3650:22',
      'calico.ipipMode=Never @addons/calico/3.18.1/ip-in-ip-encapsulation.yaml:14:22',
    ]);
    expect(overridden.map(at)).toEqual(['calico.ipipMode=Always @addons/calico/3.18.1/calico.yaml:3647:22']);
  });

  it('#65 onedr0p HelmRelease: chart v3.25.0, linuxDataplane BPF (not its trailing comment), encapsulation None; kube-proxy replaced', () => {
    const facts = factsOf('onedr0p__home-ops/kubernetes__apps__tigera-operator__tigera-operator__app__helmrelease.yaml');
    const file = 'kubernetes/apps/tigera-operator/tigera-operator/app/helmrelease.yaml';
    expect(facts.map(at)).toEqual([
      `calico.version=3.25.0 @${file}:13:16`,
      `calico.ipipMode=Never @${file}:44:28`,
      `calico.vxlanMode=Never @${file}:44:28`,
      `calico.dataplane=BPF @${file}:39:25`,
    ]);
    const [ctx] = buildContexts(facts, []);
    expect(only(ctx?.facts ?? [], 'kubeProxy.disabled')).toEqual([`kubeProxy.disabled=true @${file}:39:25`]);
  });

  it('#66 ahgraber HelmRelease: chart v3.26.1, VXLANCrossSubnet, Iptables; the ${NET_POD_CIDR} pool is still read', () => {
    const file = 'kubernetes/apps/tigera-operator/tigera-operator/app/helmrelease.yaml';
    expect(factsOf('ahgraber__homelab-gitops-k3s/kubernetes__apps__tigera-operator__tigera-operator__app__helmrelease.yaml').map(at)).toEqual([
      `calico.version=3.26.1 @${file}:12:16`,
      `calico.ipipMode=Never @${file}:41:28`,
      `calico.vxlanMode=CrossSubnet @${file}:41:28`,
      `calico.dataplane=Iptables @${file}:44:25`,
    ]);
  });

  it('#67 h00lig4n Argo CD: targetRevision v3.27.3, VXLAN from the helm.values string, placed in the outer file', () => {
    expect(factsOf('h00lig4n__k3s/argocd__apps__calico.yaml').map(at)).toEqual([
      'calico.version=3.27.3 @argocd/apps/calico.yaml:11:23',
      'calico.ipipMode=Never @argocd/apps/calico.yaml:19:34',
      'calico.vxlanMode=Always @argocd/apps/calico.yaml:19:34',
    ]);
  });

  it('#68 TCE ImagesLock: digest-pinned images; Calico v3.22.1 from the kbld id annotation', () => {
    // Discovery skips dot folders (.imgpkg), so a scan does not read this file yet; the extractor does.
    expect(factsOf('vmware-tanzu__community-edition/addons__packages__calico__3.22.1__bundle__.imgpkg__images.yml').map(at)).toEqual([
      'calico.kubeControllersVersion=3.22.1 @addons/packages/calico/3.22.1/bundle/.imgpkg/images.yml:12:25',
      'calico.version=3.22.1 @addons/packages/calico/3.22.1/bundle/.imgpkg/images.yml:19:25',
    ]);
  });

  it('#69-#70 TCE ytt files: the conditional overlay is skipped as a template, the data values state nothing', () => {
    const overlay = 'vmware-tanzu__community-edition/addons__packages__calico__3.22.1__bundle__config__overlay__calico-overlay.yaml';
    const parsed = parseFile(originalPath(overlay), readFileSync(`${CORPUS}${overlay}`, 'utf8'));
    expect(parsed.skipped?.reason).toBe('template');
    expect(factsOf('vmware-tanzu__community-edition/addons__packages__calico__3.22.1__bundle__config__values.yaml')).toEqual([]);
  });

  it('these extractors say nothing about any other corpus file (decoys: CRD schemas, other charts, other HelmReleases)', () => {
    expect(filesWithFactsFrom(OURS)).toEqual([
      'ahgraber__homelab-gitops-k3s/kubernetes__apps__tigera-operator__tigera-operator__app__helmrelease.yaml',
      'h00lig4n__k3s/argocd__apps__calico.yaml',
      'kubernetes-sigs__cluster-api-provider-azure/templates__addons__calico__kustomization.yaml',
      'kubernetes-sigs__cluster-api-provider-azure/templates__addons__calico__values.yaml',
      'kubernetes-sigs__cluster-api-provider-azure/templates__addons__cluster-api-helm__calico.yaml',
      'onedr0p__home-ops/kubernetes__apps__tigera-operator__tigera-operator__app__helmrelease.yaml',
      'projectcalico__calico/charts__tigera-operator__values.yaml',
      'projectcalico__calico/manifests__custom-resources.yaml',
      'projectcalico__calico/manifests__tigera-operator.yaml',
      'projectcalico__calico/v3.27.0__manifests__tigera-operator.yaml',
      'replicatedhq__kURL/addons__calico__3.18.1__kustomization.yaml',
      'vmware-tanzu__community-edition/addons__packages__calico__3.22.1__bundle__.imgpkg__images.yml',
    ]);
  });
});

/**
 * Files of these sources in the manifest that are not checked here, and why:
 * - kubean-io__kubean/charts__kubean__templates__manifest.cr.yaml: a kubean version catalogue, not a
 *   Calico chart or operator; read by the kubean extractor (issue 3, part B).
 * - rancher__rke2/charts__chart_versions.yaml is read by rke-chart-versions (part B); #48 above checks
 *   the decoded version whichever extractor emits it.
 */
