import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isKernelString, isWindowsKernel, kernelFlavor, normalizeKernel, parseKernel } from '../../src/knowledge/kernel.js';

interface Case {
  kernel: string;
  major: number;
  minor: number;
  flavor?: string;
  el?: number;
}

const cases = parse(readFileSync(new URL('../fixtures/knowledge/kernel-strings.yaml', import.meta.url), 'utf8')) as Case[];

describe('parseKernel on os-kernels.md §3 examples', () => {
  it.each(cases.map((c) => [c.kernel, c] as const))('%s', (kernel, c) => {
    expect(parseKernel(kernel)).toEqual({ major: c.major, minor: c.minor });
    expect(isKernelString(kernel)).toBe(true);
  });

  it.each(cases.map((c) => [c.kernel, c] as const))('flavor of %s', (kernel, c) => {
    const f = kernelFlavor(kernel);
    expect(f?.id).toBe(c.flavor);
    expect(f?.el).toBe(c.el);
  });

  it('compares numerically, not as text', () => {
    expect(parseKernel('4.9.0-19-amd64')).toEqual({ major: 4, minor: 9 });
    expect(parseKernel('4.19.0-17-cloud-amd64')).toEqual({ major: 4, minor: 19 });
    expect(parseKernel('10.1.0')).toEqual({ major: 10, minor: 1 });
  });
});

describe('what is not a Linux kernel', () => {
  it('treats Windows build numbers as not a kernel', () => {
    expect(isWindowsKernel('10.0.17763.2300')).toBe(true);
    expect(isWindowsKernel('10.0.20348.1487 (amd64)')).toBe(true);
    expect(parseKernel('10.0.17763.2300')).toBeUndefined();
    expect(isKernelString('10.0.17763.2300')).toBe(false);
    expect(kernelFlavor('10.0.17763.2300')).toBeUndefined();
    expect(isWindowsKernel('5.10.0-39-cloud-amd64')).toBe(false);
  });

  it.each(['', 'abc', '3', 'v5.15.0', '5.15.0 1051', 'el7', '5..15', '{{ ansible_kernel }}', '5.15.0-1051-aws; rm -rf /'])('rejects %j', (s) => {
    expect(isKernelString(s)).toBe(false);
  });

  it.each(['abc', '3', 'v5.15.0', 'el7', '{{ ansible_kernel }}'])('parses no major.minor from %j', (s) => {
    expect(parseKernel(s)).toBeUndefined();
  });
});

describe('normalizeKernel', () => {
  it('drops the architecture kubectl appends and surrounding space', () => {
    expect(normalizeKernel(' 5.15.0-1051-aws (amd64) ')).toBe('5.15.0-1051-aws');
    expect(normalizeKernel('6.1.0-13-arm64 (arm64)')).toBe('6.1.0-13-arm64');
    expect(normalizeKernel('3.10.0-1160.el7.x86_64')).toBe('3.10.0-1160.el7.x86_64');
  });
});
