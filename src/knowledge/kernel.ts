/**
 * Kernel strings as nodes report them (`uname -r`, `nodeInfo.kernelVersion`, kubectl -o wide). Only
 * major.minor is compared (os-kernels.md §3): the third field is usually a distro ABI number.
 */

/** No kernel string is this long; longer text is not read as one and no pattern runs on it. */
export const MAX_KERNEL_LENGTH = 256;

const ARCHES = ['amd64', 'arm64', 'x86_64', 'aarch64', 'arm', 'ppc64le', 's390x'];

/**
 * Drops the " (amd64)" that newer kubectl prints after the kernel in `get nodes -o wide`. Cut by hand:
 * `/\s*\(…\)$/` retries from every blank of a long run (quadratic).
 */
export function normalizeKernel(s: string): string {
  const t = s.trim();
  if (!t.endsWith(')')) return t;
  const open = t.lastIndexOf('(');
  if (open < 0 || !ARCHES.includes(t.slice(open + 1, -1).toLowerCase())) return t;
  return t.slice(0, open).trimEnd();
}

/** Windows nodes report the OS build (`10.0.17763.2300`): not a Linux kernel, never compared. */
export function isWindowsKernel(s: string): boolean {
  if (s.length > MAX_KERNEL_LENGTH) return false;
  return /^10\.0\.\d{5}(\.\d+)?$/.test(normalizeKernel(s));
}

/**
 * A kernel string's major.minor. Accepts `uname -r` output, kubectl's "(amd64)" suffix, and bare
 * "4.18". Undefined when there is no leading major.minor, and for Windows build numbers.
 */
export function parseKernel(s: string): { major: number; minor: number } | undefined {
  if (s.length > MAX_KERNEL_LENGTH) return undefined;
  const k = normalizeKernel(s);
  if (isWindowsKernel(k)) return undefined;
  const m = /^(\d+)\.(\d+)(?:[.\-+_~\s]|$)/.exec(k);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

/** True for strings a user may pass as kernel-version: `3.10.0-1160.el7.x86_64`, `5.15.0-1051-aws`, `6.1`. */
export function isKernelString(s: string): boolean {
  if (s.length > MAX_KERNEL_LENGTH) return false;
  const k = normalizeKernel(s);
  return !isWindowsKernel(k) && /^\d+\.\d+(\.\d+)?([-+.~_][0-9A-Za-z.+_~-]*)?$/.test(k);
}

export interface KernelFlavor {
  /** el, el-uek, elrepo, amzn2, amzn2023, ubuntu, debian, sles, openeuler, kylin, uos, anolis, alinux, tencentos, photon, cbl-mariner, azure-linux, flatcar, talos, cos, fedora, bare. */
  id: string;
  /** Enterprise Linux major of the userland the kernel was built for (`.el8`, `.el8uek`, `.el7.elrepo`). */
  el?: number;
}

/** Build tags of os-kernels.md §3, most specific first. */
const FLAVORS: readonly { re: RegExp; id: string; el?: boolean }[] = [
  { re: /\.el(\d+)uek\./, id: 'el-uek', el: true },
  { re: /\.el(\d+)\.elrepo\./, id: 'elrepo', el: true },
  { re: /\.el(\d+)(?:_\d+)?(?:\.|$)/, id: 'el', el: true },
  { re: /\.amzn2023\./, id: 'amzn2023' },
  { re: /\.amzn2\./, id: 'amzn2' },
  { re: /\.oe\d+(?:sp\d+)?(?:\.|$)/, id: 'openeuler' },
  { re: /\.ky10\./, id: 'kylin' },
  { re: /\.uelc20\.|\.up\d\.uel20\.|-server-amd64$/, id: 'uos' },
  { re: /\.an(?:7|8|23)\./, id: 'anolis' },
  { re: /\.al[78]\./, id: 'alinux' },
  { re: /\.ph\d(?:-esx)?$/, id: 'photon' },
  { re: /\.cm2$/, id: 'cbl-mariner' },
  { re: /\.azl3$/, id: 'azure-linux' },
  { re: /\.fc\d+\./, id: 'fedora' },
  { re: /-flatcar$/, id: 'flatcar' },
  { re: /-talos$/, id: 'talos' },
  { re: /^\d+\.\d+\.0-\d+-(?:generic|lowlatency|aws|azure|gcp|gke|oracle|kvm|ibm|nvidia|raspi)/, id: 'ubuntu' },
  { re: /^\d+\.\d+\.0-\d+-(?:cloud-|rt-)?(?:amd64|arm64)$|\+deb\d+(?:\+\d+)?-(?:cloud-)?(?:amd64|arm64)$/, id: 'debian' },
  { re: /-\d+(?:\.\d+)*-(?:default|azure|rt|64kb)$/, id: 'sles' },
  { re: /^5\.4\.\d+-\d+[.-]\d{4}(?:\.\d+)?$/, id: 'tencentos' },
  { re: /\+$/, id: 'cos' },
  { re: /^\d+\.\d+\.\d+$/, id: 'bare' },
];

/**
 * Which distro built a kernel, from its build tag (os-kernels.md §3). `el` tells the Enterprise Linux
 * userland, which fixes the host's iptables backend. Undefined when no tag is recognised.
 */
export function kernelFlavor(s: string): KernelFlavor | undefined {
  const k = normalizeKernel(s);
  if (!parseKernel(k)) return undefined;
  for (const f of FLAVORS) {
    const m = f.re.exec(k);
    if (m) return f.el ? { id: f.id, el: Number(m[1]) } : { id: f.id };
  }
  return undefined;
}
