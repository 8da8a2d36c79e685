import { beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBundle } from '../issue5/cli.js';

// Texts that name places must read as the places beside them. Scanned from a parent directory, the text
// report puts every place under the directory as typed; before, four texts still named paths relative to
// the scanned directory: where an installer was recognised (installer defaults), the steps of an Ansible
// variable chain, where kube-proxy is disabled (not-applicable reasons) and the variables of a sourced
// script. The JSON report's places are relative to the scanned directory, and so are these texts there.
const E2E = 'test/fixtures/installers/e2e';
const SOURCED = `${E2E}/kubeadm-vagrant-sourced`;
const TALOS = `${E2E}/talos-jinja`;
const KUBESPRAY = `${E2E}/kubespray-vendored`;
const EKS = 'test/fixtures/terraform-eks';
const UNSET = 'test/fixtures/place-texts/terraform-unset';

const RECOGNISED = (base: string) =>
  `(default of kubeadm: KubeProxyConfiguration mode (empty: iptables on Linux) iptables; kubeadm recognised from kubeadm init in a script at ${base}scripts/ubuntu/master.sh:7:8)`;
const USES = (base: string) => `(kubeadm init --kubernetes-version; K8S_VERSION=1.27.3-1.1 (${base}scripts/ubuntu/common.sh:2))`;
const SET_IN = (base: string) => `(K8S_VERSION=1.27.3-1.1, set in ${base}scripts/ubuntu/common.sh, which ${base}scripts/ubuntu/master.sh sources)`;
const DISABLED = (base: string) =>
  `kube-proxy is disabled (Talos KubeProxyConfig enabled: false: kube-proxy is not deployed) at ${base}kubernetes/talos/controlplane.yaml.j2:15:10`;
const STEPS = (base: string) =>
  `{{ ipip_mode }} → ipip_mode (${base}kubespray/roles/network_plugin/calico/defaults/main.yml:7:12) → ipip (${base}kubespray/roles/network_plugin/calico/defaults/main.yml:6:7) → "true" is true → "Always"`;

interface JsonFact {
  note?: string;
  derivedFrom?: JsonFact[];
}
interface JsonReport {
  findings: { evidence: JsonFact[] }[];
  contexts: { facts: JsonFact[] }[];
  notApplicable: { reason: string }[];
}

/** Every note of the JSON report's facts, derivedFrom included. */
function notes(r: JsonReport): string[] {
  const out: string[] = [];
  const visit = (f: JsonFact): void => {
    if (f.note) out.push(f.note);
    f.derivedFrom?.forEach(visit);
  };
  r.findings.forEach((f) => f.evidence.forEach(visit));
  r.contexts.forEach((c) => c.facts.forEach(visit));
  return out;
}

const json = (dir: string): JsonReport => JSON.parse(cli(['scan', dir, '--format', 'json', '--fail-on', 'none']).stdout) as JsonReport;

beforeAll(requireBundle);

describe('paths inside fact notes and reasons agree with the places (e2e)', () => {
  it('installer defaults and sourced script variables: the directory as typed in the text report', () => {
    const run = cli(['scan', SOURCED, '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`at ${SOURCED}/scripts/ubuntu/master.sh:7:8 ${RECOGNISED(`${SOURCED}/`)}`);
    expect(run.stdout).toContain(`at ${SOURCED}/scripts/ubuntu/master.sh:7:73 (written "\${K8S_VERSION%-*}") ${USES(`${SOURCED}/`)}`);
    expect(run.stdout).toContain(`at ${SOURCED}/scripts/ubuntu/common.sh:2:14 ${SET_IN(`${SOURCED}/`)}`);
    expect(run.stdout).not.toContain(' at scripts/');
    expect(run.stdout).not.toContain('(scripts/');
    expect(run.stdout).not.toContain('set in scripts/');
  });

  it('installer defaults and sourced script variables: relative to the scanned directory in JSON', () => {
    const all = notes(json(SOURCED));
    expect(all).toContain(RECOGNISED('').slice(1, -1));
    expect(all).toContain(USES('').slice(1, -1));
    expect(all).toContain(SET_IN('').slice(1, -1));
  });

  it('kube-proxy disabled: the not-applicable reason names the place as typed', () => {
    const run = cli(['scan', TALOS, '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    // The Talos cluster's 17 kube-proxy rules and 12 Calico rules, and the 12 Calico rules of the kubeadm cluster its Ansible role renders.
    expect(run.stdout).toContain(`NOT APPLICABLE: 41 rule checks (no calico configuration found: 24; ${DISABLED(`${TALOS}/`)}: 17)`);
    const reasons = new Set(json(TALOS).notApplicable.map((n) => n.reason));
    expect(reasons).toEqual(new Set([DISABLED(''), 'no calico configuration found']));
  });

  it('Ansible variable chains: each step names its place as typed', () => {
    const run = cli(['scan', KUBESPRAY, '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`(default: Kubespray calico_ipip_mode; ${STEPS(`${KUBESPRAY}/`)})`);
    expect(run.stdout).not.toContain('(kubespray/roles/');
    expect(notes(json(KUBESPRAY))).toContain(`Kubespray calico_ipip_mode; ${STEPS('')}`);
  });

  it('Terraform: the variable file a value came from, and the directory a reason names', () => {
    const run = cli(['scan', EKS, '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `at ${EKS}/spans/main.tf:20:19 (aws_eks_addon kube-proxy addon_version; from local.kp → local.minor → var.minor in ${EKS}/spans/terraform.tfvars)`,
    );
    expect(run.stdout).toContain(`at ${EKS}/spans/terraform.tfvars:3:19 (var.minor in ${EKS}/spans/terraform.tfvars)`);
    expect(run.stdout).not.toContain('in spans/');
    expect(notes(json(EKS))).toContain('aws_eks_addon kube-proxy addon_version; from local.kp → local.minor → var.minor in spans/terraform.tfvars');

    const unset = cli(['scan', UNSET, '--fail-on', 'none']);
    expect(unset.stdout).toContain(
      `at ${UNSET}/main.tf:10:14 (aws_eks_cluster version; var.k8s_version has no default and no value in a .tfvars file of ${UNSET}/)`,
    );
    expect(notes(json(UNSET))).toContain('aws_eks_cluster version; var.k8s_version has no default and no value in a .tfvars file of the repository root');
  });

  it('version candidates: the message names the file as typed; JSON keeps them relative to the scanned directory', () => {
    const dir = 'test/fixtures/issue9/unknown-format';
    const run = cli(['scan', dir, '--fail-on', 'none']);
    expect(run.stdout).toContain(`\n    ${dir}/settings.yaml:7 says calico: 3.26.0; if that is the Calico version, set calico-version\n`);
    const report = JSON.parse(cli(['scan', dir, '--format', 'json', '--fail-on', 'none']).stdout) as {
      candidates: { place: { file: string; line: number }; message: string }[];
    };
    expect(report.candidates.find((c) => c.place.line === 7)).toMatchObject({
      place: { file: 'settings.yaml', line: 7 },
      message: 'settings.yaml:7 says calico: 3.26.0; if that is the Calico version, set calico-version',
    });
  });
});
