/**
 * A kernel string's major.minor, the only part that thresholds compare (os-kernels.md §3): the third
 * field is usually a distro ABI number. Accepts `uname -r` output, kubectl's "(amd64)" suffix, and bare
 * "4.18". Undefined when there is no leading major.minor.
 */
export function parseKernel(s: string): { major: number; minor: number } | undefined {
  const m = /^\s*(\d+)\.(\d+)(?:[.\-+_~ ]|$)/.exec(s);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

/** True for strings a user may pass as kernel-version: `3.10.0-1160.el7.x86_64`, `5.15.0-1051-aws`, `6.1`. */
export function isKernelString(s: string): boolean {
  return /^\d+\.\d+(\.\d+)?([-+.~_][0-9A-Za-z.+_~-]*)?$/.test(s.trim());
}
