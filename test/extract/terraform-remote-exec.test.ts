import { describe, expect, it } from 'vitest';
import { terraformRemoteExec } from '../../src/extract/terraform-remote-exec.js';
import { extractTf, tfBrief } from './terraform-helpers.js';

describe('terraform-remote-exec', () => {
  it('reads inline commands as shell: interpolations that resolve are substituted and keep their places, a command under %{ if } is unresolved; local-exec is not read', async () => {
    const { facts, skipped } = await extractTf(terraformRemoteExec, 'kubeadm');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'installer.name', value: 'kubeadm', at: 'kubeadm/main.tf:17:13' },
      { name: 'kubernetes.version', value: '1.28.3', at: 'kubeadm/main.tf:17:47', via: ['kubeadm/main.tf:3:13'] },
      { name: 'calico.version', value: '3.26.1', at: 'kubeadm/main.tf:18:25', via: ['kubeadm/main.tf:7:21'] },
      { name: 'calico.kubeControllersVersion', value: '3.26.1', at: 'kubeadm/main.tf:18:25', via: ['kubeadm/main.tf:7:21'] },
      { name: 'calico.ipipMode', value: 'Always', at: 'kubeadm/main.tf:18:25', origin: 'default', via: ['kubeadm/main.tf:7:21'] },
      { name: 'calico.vxlanMode', value: 'Never', at: 'kubeadm/main.tf:18:25', origin: 'default', via: ['kubeadm/main.tf:7:21'] },
      // After a directive the interpolation is still substituted; a command inside `%{ if }` is unresolved.
      { name: 'installer.name', value: 'kubeadm', at: 'kubeadm/main.tf:30:39' },
      { name: 'kubernetes.version', value: '1.28.3', at: 'kubeadm/main.tf:30:73', via: ['kubeadm/main.tf:3:13'] },
      { name: 'calico.version', value: '3.25.0', at: 'kubeadm/main.tf:31:107', unresolved: true },
      { name: 'calico.kubeControllersVersion', value: '3.25.0', at: 'kubeadm/main.tf:31:107', unresolved: true },
      { name: 'calico.ipipMode', value: 'Always', at: 'kubeadm/main.tf:31:125', origin: 'default', unresolved: true },
      { name: 'calico.vxlanMode', value: 'Never', at: 'kubeadm/main.tf:31:125', origin: 'default', unresolved: true },
    ]);
    // The substituted version spans the interpolation it replaced.
    const version = facts.find((f) => f.name === 'kubernetes.version')!;
    expect([version.place?.endLine, version.place?.endColumn, version.note]).toEqual([
      17,
      72,
      'kubeadm init --kubernetes-version; from default of var.kubernetes_version',
    ]);
  });

  it('undoes \\u and \\U escapes as HCL does: a word split by an escaped space is two words, later places unmoved', async () => {
    const { facts, skipped } = await extractTf(terraformRemoteExec, 'escapes');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      // After `\u00e9\U0001F600` (two characters of text, at their backslashes) the columns are the file's.
      { name: 'installer.name', value: 'kubeadm', at: 'escapes/main.tf:7:38' },
      { name: 'kubernetes.version', value: '1.28.3', at: 'escapes/main.tf:7:72' },
      // `init\u0020--kubernetes-version` is `init --kubernetes-version` (read as one word `initu0020...` before).
      { name: 'installer.name', value: 'kubeadm', at: 'escapes/main.tf:8:13' },
      { name: 'kubernetes.version', value: '1.29.1', at: 'escapes/main.tf:8:52' },
    ]);
  });

  it('reads a command list held in a local and heredoc commands; an interpolation that does not resolve stays unresolved', async () => {
    const { facts, skipped } = await extractTf(terraformRemoteExec, 'k3s');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'installer.name', value: 'k3s', at: 'k3s/main.tf:4:16' },
      { name: 'installer.name', value: 'k3s', at: 'k3s/main.tf:4:37' },
      { name: 'installer.release', value: '1.27.9+k3s1', at: 'k3s/main.tf:4:57' },
      { name: 'kubernetes.version', value: '1.27.9+k3s1', at: 'k3s/main.tf:4:57' },
      { name: 'installer.name', value: 'k3s', at: 'k3s/main.tf:22:17' },
      { name: 'installer.name', value: 'k3s', at: 'k3s/main.tf:23:9' },
      { name: 'installer.release', value: '${var.k3s_version}', at: 'k3s/main.tf:23:30', unresolved: true },
      { name: 'kubernetes.version', value: '${var.k3s_version}', at: 'k3s/main.tf:23:30', unresolved: true },
      { name: 'kubeProxy.disabled', value: 'true', at: 'k3s/main.tf:23:65' },
    ]);
  });
});
