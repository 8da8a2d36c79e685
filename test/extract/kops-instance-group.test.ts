import { kopsInstanceGroup } from '../../src/extract/kops-instance-group.js';
import { SETTINGS, testExtractor } from './tester.js';

testExtractor(
  kopsInstanceGroup,
  [
    {
      title: 'maps spec.image (owner/name, legacy kope.io, GCE) to the node OS, with the inference in the note',
      fixture: 'kops-instance-group/instance-groups.yaml',
      facts: [
        { name: 'node.os', value: 'ubuntu-aws-24.04-20250610', line: 6, column: 10 },
        { name: 'node.os', value: 'amazon-linux-2-kernel-5.10', line: 14, column: 10 },
        { name: 'node.os', value: 'debian-9', line: 22, column: 10 },
        { name: 'node.os', value: 'ubuntu-gcp-22.04-20240927', line: 30, column: 10 },
      ],
      notes: {
        0: /→ Ubuntu 24\.04 AWS image; Canonical AWS images run the rolling linux-aws kernel, the series of the image's date/,
        2: 'kope.io/k8s-1.9-debian-stretch-amd64-hvm-ebs-2018-03-11 → Debian 9',
      },
    },
  ],
  { root: 'sources-b', pipeline: true, only: SETTINGS },
);
