import { capiMachineOs } from '../../src/extract/capi-machine-os.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  capiMachineOs,
  [
    {
      title: "maps each provider's machine image to a node OS spec, placed at the name, with the inference in the note and the name as raw",
      fixture: 'capi-machine-os/templates.yaml',
      facts: [
        { name: 'node.os', value: 'ubuntu-22.04', line: 8, column: 26 },
        { name: 'node.os', value: 'amazon-linux-2023', line: 19, column: 24 },
        { name: 'node.os', value: 'eks-al2', line: 26, column: 12, unresolved: true },
        { name: 'node.os', value: 'rocky-8', line: 35, column: 17 },
        { name: 'node.os', value: '${VSPHERE_TEMPLATE}', line: 55, column: 17, unresolved: true },
        { name: 'node.os', value: 'ubuntu-22.04', line: 66, column: 17 },
        { name: 'node.os', value: 'flatcar-3975', line: 75, column: 14 },
        { name: 'node.os', value: 'ubuntu-azure-20.04', line: 86, column: 11 },
        { name: 'node.os', value: 'cos-109', line: 98, column: 20 },
        { name: 'node.os', value: 'ami-0123456789abcdef0', line: 108, column: 13, unresolved: true },
        { name: 'node.os', value: 'ubuntu-22.04', line: 116, column: 11 },
      ],
      notes: {
        1: /Kubernetes version unknown, assuming amazon-linux-2023/,
        3: 'rockylinux-8-kube-v1.28.3 → Rocky Linux 8',
        9: 'ami-0123456789abcdef0: not a known OS image name',
        // A Glance image named like an os-release PRETTY_NAME is read as one.
        10: 'Ubuntu 22.04 LTS (Jammy Jellyfish) → Ubuntu 22.04',
      },
      raws: { 3: 'rockylinux-8-kube-v1.28.3', 7: 'Canonical:0001-com-ubuntu-server-focal:20_04-lts-gen2:latest' },
      textAt: { 7: 'publisher: Canonical' },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
