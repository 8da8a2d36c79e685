import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);

// src/knowledge/knowledge-error.ts
var KnowledgeError = class extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
  }
  file;
};

// src/knowledge/kernel.ts
var MAX_KERNEL_LENGTH = 256;
var ARCHES = ["amd64", "arm64", "x86_64", "aarch64", "arm", "ppc64le", "s390x"];
function normalizeKernel(s) {
  const t = s.trim();
  if (!t.endsWith(")")) return t;
  const open = t.lastIndexOf("(");
  if (open < 0 || !ARCHES.includes(t.slice(open + 1, -1).toLowerCase())) return t;
  return t.slice(0, open).trimEnd();
}
function isWindowsKernel(s) {
  if (s.length > MAX_KERNEL_LENGTH) return false;
  return /^10\.0\.\d{5}(\.\d+)?$/.test(normalizeKernel(s));
}
function parseKernel(s) {
  if (s.length > MAX_KERNEL_LENGTH) return void 0;
  const k = normalizeKernel(s);
  if (isWindowsKernel(k)) return void 0;
  const m = /^(\d+)\.(\d+)(?:[.\-+_~\s]|$)/.exec(k);
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]) };
}
function isKernelString(s) {
  if (s.length > MAX_KERNEL_LENGTH) return false;
  const k = normalizeKernel(s);
  return !isWindowsKernel(k) && /^\d+\.\d+(\.\d+)?([-+.~_][0-9A-Za-z.+_~-]*)?$/.test(k);
}
var FLAVORS = [
  { re: /\.el(\d+)uek\./, id: "el-uek", el: true },
  { re: /\.el(\d+)\.elrepo\./, id: "elrepo", el: true },
  { re: /\.el(\d+)(?:_\d+)?(?:\.|$)/, id: "el", el: true },
  { re: /\.amzn2023\./, id: "amzn2023" },
  { re: /\.amzn2\./, id: "amzn2" },
  { re: /\.oe\d+(?:sp\d+)?(?:\.|$)/, id: "openeuler" },
  { re: /\.ky10\./, id: "kylin" },
  { re: /\.uelc20\.|\.up\d\.uel20\.|-server-amd64$/, id: "uos" },
  { re: /\.an(?:7|8|23)\./, id: "anolis" },
  { re: /\.al[78]\./, id: "alinux" },
  { re: /\.ph\d(?:-esx)?$/, id: "photon" },
  { re: /\.cm2$/, id: "cbl-mariner" },
  { re: /\.azl3$/, id: "azure-linux" },
  { re: /\.fc\d+\./, id: "fedora" },
  { re: /-flatcar$/, id: "flatcar" },
  { re: /-talos$/, id: "talos" },
  { re: /^\d+\.\d+\.0-\d+-(?:generic|lowlatency|aws|azure|gcp|gke|oracle|kvm|ibm|nvidia|raspi)/, id: "ubuntu" },
  { re: /^\d+\.\d+\.0-\d+-(?:cloud-|rt-)?(?:amd64|arm64)$|\+deb\d+(?:\+\d+)?-(?:cloud-)?(?:amd64|arm64)$/, id: "debian" },
  { re: /-\d+(?:\.\d+)*-(?:default|azure|rt|64kb)$/, id: "sles" },
  { re: /^5\.4\.\d+-\d+[.-]\d{4}(?:\.\d+)?$/, id: "tencentos" },
  { re: /\+$/, id: "cos" },
  { re: /^\d+\.\d+\.\d+$/, id: "bare" }
];
function kernelFlavor(s) {
  const k = normalizeKernel(s);
  if (!parseKernel(k)) return void 0;
  for (const f of FLAVORS) {
    const m = f.re.exec(k);
    if (m) return f.el ? { id: f.id, el: Number(m[1]) } : { id: f.id };
  }
  return void 0;
}

export {
  KnowledgeError,
  normalizeKernel,
  isWindowsKernel,
  parseKernel,
  isKernelString,
  kernelFlavor
};
