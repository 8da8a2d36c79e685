import { describe, expect, it } from 'vitest';
import { isKernelBuildRange, kernelBuildParts, satisfiesKernelBuild, satisfiesKernelFlavor } from '../../src/knowledge/kernel-build.js';
import { parseRule } from '../../src/knowledge/parse-rule.js';

describe('kernel build comparisons', () => {
  it('reads major, minor, patch and the build after the dash', () => {
    expect(kernelBuildParts('4.18.0-193.el8.x86_64')).toEqual([4, 18, 0, 193]);
    expect(kernelBuildParts('4.18.0-x.el8.x86_64')).toEqual([4, 18, 0, undefined]);
    expect(kernelBuildParts('4.18')).toEqual([4, 18, undefined, undefined]);
    expect(kernelBuildParts('5.15.0-1051-aws (amd64)')).toEqual([5, 15, 0, 1051]);
    expect(kernelBuildParts('Windows')).toBeUndefined();
  });

  it('compares RHEL builds on both sides of 4.18.0-193', () => {
    expect(satisfiesKernelBuild('4.18.0-192.el8.x86_64', '<4.18.0-193')).toBe('true');
    expect(satisfiesKernelBuild('4.18.0-193.el8.x86_64', '<4.18.0-193')).toBe('false');
    expect(satisfiesKernelBuild('4.18.0-513.el8_9.x86_64', '<4.18.0-193')).toBe('false');
    expect(satisfiesKernelBuild('3.10.0-1160.el7.x86_64', '<4.18.0-193')).toBe('true');
  });

  it('is unknown only when the verdict turns on a part the value does not give', () => {
    expect(satisfiesKernelBuild('4.18.0-x.el8.x86_64', '<4.18.0-193')).toBe('unknown');
    expect(satisfiesKernelBuild('4.18', '<4.18.0-193')).toBe('unknown');
    expect(satisfiesKernelBuild('3.10.0-x.el7.x86_64', '<4.18.0-193')).toBe('true');
    expect(satisfiesKernelBuild('5.14', '<4.18.0-193')).toBe('false');
  });

  it('takes space as and, || as or, and every operator', () => {
    expect(satisfiesKernelBuild('4.18.0-240.el8', '>=4.18.0-193 <4.18.0-305')).toBe('true');
    expect(satisfiesKernelBuild('4.18.0-305.el8', '>=4.18.0-193 <4.18.0-305')).toBe('false');
    expect(satisfiesKernelBuild('4.18.0-80.el8', '<4.18.0-100 || >4.18.0-500')).toBe('true');
    expect(satisfiesKernelBuild('4.18.0-193.el8', '=4.18.0-193')).toBe('true');
    expect(satisfiesKernelBuild('4.18.0-193.el8', '4.18.0-193')).toBe('true');
    expect(satisfiesKernelBuild('4.18.0-193.el8', '<=4.18.0-193')).toBe('true');
    expect(satisfiesKernelBuild('4.18.0-193.el8', '>4.18.0-193')).toBe('false');
  });

  it('validates ranges, and rule files with bad ones are refused', () => {
    expect(isKernelBuildRange('<4.18.0-193')).toBe(true);
    expect(isKernelBuildRange('>=4.18.0-193 <4.18.0-240 || >=5.14.0-70')).toBe(true);
    expect(isKernelBuildRange('<4.18.0')).toBe(false);
    expect(isKernelBuildRange('<4.18.0-193 ||')).toBe(false);
    const bad =
      'id: NODE-BAD\ntitle: a bad rule\ncomponent: node\nseverity: low\nsymptom: something bad\nmessage: x\nwhen: {fact: node.kernel, kernelBuild: "<4.18.0"}\nfix: fix it\nreferences: [https://example.com]\n';
    expect(() => parseRule(bad, 'rules/node-bad.yaml')).toThrow(/rules\/node-bad\.yaml: invalid kernelBuild range "<4\.18\.0"/);
  });

  it('tells the distro from the build tag, unknown for an untagged kernel', () => {
    expect(satisfiesKernelFlavor('4.18.0-513.el8_9.x86_64', ['el'])).toBe('true');
    expect(satisfiesKernelFlavor('5.15.0-1051-aws', ['el'])).toBe('false');
    expect(satisfiesKernelFlavor('4.18', ['el'])).toBe('unknown');
    expect(satisfiesKernelFlavor('5.10.0', ['el'])).toBe('unknown');
  });
});
