import { describe, expect, it } from 'vitest';
import { capiMachineOs } from '../../src/extract/capi-machine-os.js';
import { extractB, pin, textAt } from './sources-b-fixture.js';

describe('capi-machine-os', () => {
  const facts = extractB(capiMachineOs, 'capi-machine-os/templates.yaml');

  it("maps each provider's machine image to a node OS spec, placed at the name", () => {
    expect(facts.map(pin)).toEqual([
      { name: 'node.os', value: 'ubuntu-22.04', at: '8:26' },
      { name: 'node.os', value: 'amazon-linux-2023', at: '19:24' },
      { name: 'node.os', value: 'eks-al2', at: '26:12', unresolved: true },
      { name: 'node.os', value: 'rocky-8', at: '35:17' },
      { name: 'node.os', value: '${VSPHERE_TEMPLATE}', at: '55:17', unresolved: true },
      { name: 'node.os', value: 'ubuntu-22.04', at: '66:17' },
      { name: 'node.os', value: 'flatcar-3975', at: '75:14' },
      { name: 'node.os', value: 'ubuntu-azure-20.04', at: '86:11' },
      { name: 'node.os', value: 'cos-109', at: '98:20' },
      { name: 'node.os', value: 'ami-0123456789abcdef0', at: '108:13', unresolved: true },
      { name: 'node.os', value: 'ubuntu-22.04', at: '116:11' },
    ]);
  });

  it('shows the inference in the note and keeps the name as raw', () => {
    expect(facts[3]?.note).toBe('rockylinux-8-kube-v1.28.3 → Rocky Linux 8');
    expect(facts[3]?.raw).toBe('rockylinux-8-kube-v1.28.3');
    expect(facts[7]?.raw).toBe('Canonical:0001-com-ubuntu-server-focal:20_04-lts-gen2:latest');
    expect(textAt(facts[7]?.place)).toBe('publisher: Canonical');
    expect(facts[1]?.note).toContain('Kubernetes version unknown, assuming amazon-linux-2023');
    expect(facts[9]?.note).toBe('ami-0123456789abcdef0: not a known OS image name');
    // A Glance image named like an os-release PRETTY_NAME is read as one.
    expect(facts[10]?.note).toBe('Ubuntu 22.04 LTS (Jammy Jellyfish) → Ubuntu 22.04');
  });
});
