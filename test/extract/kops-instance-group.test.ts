import { describe, expect, it } from 'vitest';
import { kopsInstanceGroup } from '../../src/extract/kops-instance-group.js';
import { extractB, pin } from './sources-b-fixture.js';

describe('kops-instance-group', () => {
  it('maps spec.image (owner/name, legacy kope.io, GCE) to the node OS, with the inference in the note', () => {
    const facts = extractB(kopsInstanceGroup, 'kops-instance-group/instance-groups.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'node.os', value: 'ubuntu-aws-24.04-20250610', at: '6:10' },
      { name: 'node.os', value: 'amazon-linux-2-kernel-5.10', at: '14:10' },
      { name: 'node.os', value: 'debian-9', at: '22:10' },
      { name: 'node.os', value: 'ubuntu-gcp-22.04-20240927', at: '30:10' },
    ]);
    expect(facts[2]?.note).toBe('kope.io/k8s-1.9-debian-stretch-amd64-hvm-ebs-2018-03-11 → Debian 9');
    expect(facts[0]?.note).toMatch(/→ Ubuntu 24\.04 AWS image; Canonical AWS images run the rolling linux-aws kernel, the series of the image's date/);
  });
});
