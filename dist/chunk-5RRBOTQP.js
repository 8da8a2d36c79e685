import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);
import {
  explainOsSpec,
  lookupOs,
  normalizeVersion,
  osSpecHead,
  osSpecIds
} from "./chunk-7MM6CS2K.js";

// src/inputs/suggest.ts
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}
function closest(value, candidates) {
  const v = value.trim().toLowerCase();
  if (!v) return void 0;
  let best;
  for (const c of candidates) {
    const d = editDistance(v, c.toLowerCase());
    if (d <= Math.min(2, Math.max(1, Math.floor(c.length / 4))) && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}

// src/inputs/usage-error.ts
var UsageError = class extends Error {
  name = "UsageError";
};
function badValue(what, value, accepted, suggestion) {
  const list = typeof accepted === "string" ? accepted : `one of ${accepted.join(", ")}`;
  const hint = suggestion ?? (typeof accepted === "string" ? void 0 : closest(value, accepted));
  const mean = hint ? ` (did you mean ${JSON.stringify(hint)}?)` : "";
  return new UsageError(`${what}: ${JSON.stringify(value)} is not accepted${mean}; expected ${list}`);
}

// src/knowledge/knowledge-error.ts
var KnowledgeError = class extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
  }
  file;
};

// src/knowledge/safe-pattern.ts
var MAX_PATTERN_LENGTH = 256;
var MAX_MATCHED_VALUE_LENGTH = 1024;
function unsafePattern(src) {
  if (src.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(src)) return "backreferences are not allowed";
  const stack = [];
  let inClass = false;
  let prevUnbounded = false;
  const ADJACENT = "two repeated parts in a row (polynomial backtracking); separate them with a literal";
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\" || !inClass && c !== "(" && c !== ")" && c !== "|" && c !== "[" && quantifierAt(src, i) === void 0) {
      const end = c === "\\" ? i + 2 : i + 1;
      if (!inClass) {
        const q2 = quantifierAt(src, end);
        if (q2 === "unbounded" && prevUnbounded) return ADJACENT;
        prevUnbounded = q2 === "unbounded";
      }
      if (c === "\\") i++;
      continue;
    }
    if (inClass) {
      if (c === "]") {
        inClass = false;
        const q2 = quantifierAt(src, i + 1);
        if (q2 === "unbounded" && prevUnbounded) return ADJACENT;
        prevUnbounded = q2 === "unbounded";
      }
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (src[i + 1] === "]") i++;
      continue;
    }
    if (c === "(") {
      prevUnbounded = false;
      stack.push({ risky: false });
      if (src[i + 1] === "?") {
        i++;
        if (src[i + 1] === "<" && src[i + 2] !== "=" && src[i + 2] !== "!") {
          const close = src.indexOf(">", i);
          if (close > 0) i = close;
        } else i++;
      }
      continue;
    }
    if (c === "|") {
      prevUnbounded = false;
      const top = stack[stack.length - 1];
      if (top) top.risky = true;
      continue;
    }
    if (c === ")") {
      const group = stack.pop();
      const q2 = quantifierAt(src, i + 1);
      if (group?.risky && q2 === "unbounded") return "a repeated group holds a quantifier or an alternation (catastrophic backtracking)";
      const parent = stack[stack.length - 1];
      if (parent && (group?.risky || q2 !== void 0)) parent.risky = true;
      if (q2 === "unbounded" && prevUnbounded) return ADJACENT;
      prevUnbounded = q2 === "unbounded";
      continue;
    }
    const q = quantifierAt(src, i);
    if (q !== void 0) {
      const top = stack[stack.length - 1];
      if (top) top.risky = true;
    }
  }
  return void 0;
}
function quantifierAt(src, i) {
  const c = src[i];
  if (c === "*" || c === "+") return "unbounded";
  if (c === "?") return "bounded";
  if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 16));
    if (!m) return void 0;
    if (m[2] === void 0) return Number(m[1]) > 10 ? "unbounded" : "bounded";
    return m[3] === "" || Number(m[3]) > 10 ? "unbounded" : "bounded";
  }
  return void 0;
}

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

// src/knowledge/kernel-build.ts
var tri = (b) => b ? "true" : "false";
function kernelBuildParts(value) {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-(\d+)?)?/.exec(normalizeKernel(value));
  if (!m) return void 0;
  const num = (s) => s === void 0 ? void 0 : Number(s);
  return [num(m[1]), num(m[2]), num(m[3]), num(m[4])];
}
function compare(a, b) {
  for (let i = 0; i < b.length; i++) {
    const x = a[i];
    if (x === void 0) return void 0;
    if (x !== b[i]) return x < b[i] ? -1 : 1;
  }
  return 0;
}
var COMPARATOR = /^(<=|>=|<|>|=)?(\d+)\.(\d+)\.(\d+)-(\d+)$/;
function isKernelBuildRange(range) {
  return range.split("||").every((g) => {
    const parts = g.trim().split(/\s+/);
    return parts.length > 0 && parts.every((p) => COMPARATOR.test(p));
  });
}
function holds(op, c) {
  if (c === void 0) return "unknown";
  switch (op) {
    case "<":
      return tri(c < 0);
    case "<=":
      return tri(c <= 0);
    case ">":
      return tri(c > 0);
    case ">=":
      return tri(c >= 0);
    default:
      return tri(c === 0);
  }
}
function satisfiesKernelBuild(value, range) {
  const parts = kernelBuildParts(value);
  if (!parts) return "unknown";
  const groups = range.split("||").map(
    (g) => g.trim().split(/\s+/).map((c) => {
      const m = COMPARATOR.exec(c);
      if (!m) return "unknown";
      return holds(m[1] ?? "=", compare(parts, [m[2], m[3], m[4], m[5]].map(Number)));
    })
  );
  const anded = groups.map((g) => g.includes("false") ? "false" : g.includes("unknown") ? "unknown" : "true");
  return anded.includes("true") ? "true" : anded.includes("unknown") ? "unknown" : "false";
}
function satisfiesKernelFlavor(value, flavors) {
  const f = kernelFlavor(value);
  if (!f || f.id === "bare") return "unknown";
  return tri(flavors.includes(f.id));
}

// src/model/rule.ts
var SEVERITIES = ["high", "medium", "low"];

// src/model/gate.ts
var FAIL_ON = ["high", "medium", "low", "none"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}
function reaches(severity, failOn) {
  return failOn !== "none" && severityRank(severity) <= severityRank(failOn);
}

// src/model/fact.ts
var FACT_NAMES = [
  "kubernetes.version",
  "kubeProxy.version",
  "kubeProxy.mode",
  "kubeProxy.disabled",
  "kubeProxy.image",
  "calico.version",
  "calico.kubeControllersVersion",
  "calico.operatorVersion",
  "calico.ipipMode",
  "calico.vxlanMode",
  "calico.iptablesBackend",
  "calico.featureDetectOverride",
  "calico.dataplane",
  "node.os",
  "node.kernel",
  "host.iptablesBackend",
  "host.ipTablesModuleLoaded",
  "host.nodeIpInterfaceMayChange",
  "service.externalIPsLocal",
  "service.loadBalancerSourceRanges",
  "cluster.definition",
  "kustomize.layer",
  "installer.name",
  "installer.release",
  "cluster.cni",
  "kubeProxy.featureGates",
  "kubeProxy.nftablesSkipKernelCheck",
  "calico.nftablesMode",
  "service.externalIPs",
  "apiserver.admissionPlugins",
  "ansible.variable"
];
function isFactName(s) {
  return FACT_NAMES.includes(s);
}
function isObjectFact(name) {
  return name.startsWith("service.");
}
function nearestPlace(f) {
  if (f.place) return f.place;
  let nearest;
  for (const x of factTree([f])) if (x.fact.place && (!nearest || x.depth < nearest.depth)) nearest = x;
  return nearest?.fact.place;
}
function factTree(facts) {
  const out = [];
  const walk = (list, depth, via) => {
    for (const fact of list) {
      out.push(via ? { fact, depth, via } : { fact, depth });
      if (fact.derivedFrom) walk(fact.derivedFrom, depth + 1, fact);
    }
  };
  walk(facts, 0);
  return out;
}
function eachFact(facts, visit) {
  for (const fact of facts) {
    visit(fact);
    if (fact.derivedFrom) eachFact(fact.derivedFrom, visit);
  }
}

// src/inputs/options.ts
var FORMATS = ["text", "json", "sarif"];
var PROXY_MODES = ["iptables", "ipvs", "nftables"];
var FACT_VALUES = {
  // userspace only through --fact: KP-USERSPACE-REMOVED says it no longer exists from 1.26.
  "kubeProxy.mode": [...PROXY_MODES, "userspace"],
  "calico.ipipMode": ["Always", "CrossSubnet", "Never"],
  "calico.vxlanMode": ["Always", "CrossSubnet", "Never"],
  "calico.iptablesBackend": ["Auto", "NFT", "Legacy"],
  "host.iptablesBackend": ["nft", "legacy"],
  "host.ipTablesModuleLoaded": ["true", "false"],
  "host.nodeIpInterfaceMayChange": ["true", "false"],
  "kubeProxy.nftablesSkipKernelCheck": ["true"],
  "calico.nftablesMode": ["Enabled", "Disabled", "Auto"],
  "calico.dataplane": ["Iptables", "BPF", "Nftables", "VPP"]
};
function parseFailOn(v, what = "fail-on") {
  const s = (v ?? "high").trim().toLowerCase() || "high";
  if (!FAIL_ON.includes(s)) throw badValue(what, v ?? "", FAIL_ON);
  return s;
}
function parseFormat(v) {
  const s = (v ?? "text").trim().toLowerCase() || "text";
  if (!FORMATS.includes(s)) throw badValue("format", v ?? "", FORMATS);
  return s;
}
function explicit(name, value, input, raw, note) {
  const f = { name, value, origin: "explicit", source: `input:${input}` };
  if (raw !== value) f.raw = raw;
  if (note) f.note = note;
  return f;
}
function explicitVersion(inputs, input, name, example) {
  const raw = inputs[input]?.trim();
  if (!raw) return void 0;
  const v = normalizeVersion(raw);
  if (!v) throw badValue(input, raw, `a version such as ${example} or v${example}`);
  return explicit(name, v, input, raw);
}
function nodeOsFact(os) {
  const r = lookupOs(os);
  if (!r) {
    const { head, rest } = osSpecHead(os);
    const id = closest(head, osSpecIds());
    throw badValue("node-os", os, explainOsSpec(os), id && id !== head ? `${id}${rest}` : void 0);
  }
  return explicit("node.os", `${r.distro}-${r.requested}${r.date ? `-${r.date}` : ""}`, "node-os", os, r.date ? `${r.label} of ${r.date}` : r.label);
}
function kernelFact(kernel) {
  if (isWindowsKernel(kernel)) {
    throw badValue("kernel-version", kernel, "a Linux kernel release (this is a Windows build number; the rules concern Linux nodes)");
  }
  if (!isKernelString(kernel)) {
    throw badValue("kernel-version", kernel, "a Linux kernel release as uname -r prints it, such as 3.10.0-1160.el7.x86_64, 5.15.0-1051-aws or 6.1");
  }
  return explicit("node.kernel", normalizeKernel(kernel), "kernel-version", kernel);
}
function explicitFacts(inputs) {
  const out = [];
  const k8s = explicitVersion(inputs, "kubernetes-version", "kubernetes.version", "1.28.7");
  if (k8s) out.push(k8s);
  const mode = inputs["kube-proxy-mode"]?.trim();
  if (mode) {
    const m = mode.toLowerCase();
    if (!PROXY_MODES.includes(m)) throw badValue("kube-proxy-mode", mode, PROXY_MODES);
    out.push(explicit("kubeProxy.mode", m, "kube-proxy-mode", mode));
  }
  const calico = explicitVersion(inputs, "calico-version", "calico.version", "3.26.4");
  if (calico) out.push(calico);
  const os = inputs["node-os"]?.trim();
  if (os) out.push(nodeOsFact(os));
  const kernel = inputs["kernel-version"]?.trim();
  if (kernel) out.push(kernelFact(kernel));
  for (const pair of inputs.facts ?? []) {
    const s = pair.trim();
    if (!s) continue;
    const eq = s.indexOf("=");
    const name = eq > 0 ? s.slice(0, eq).trim() : "";
    if (!isFactName(name) || eq === s.length - 1)
      throw badValue("fact", s, "NAME=VALUE with NAME a fact (see `netcompat rules`), e.g. host.ipTablesModuleLoaded=true");
    let value = s.slice(eq + 1).trim();
    const accepted = FACT_VALUES[name];
    if (accepted) {
      const known = accepted.find((a) => a.toLowerCase() === value.toLowerCase());
      if (!known) throw badValue("fact", s, `${name}=${accepted.join("|")}`);
      value = known;
    }
    out.push(explicit(name, value, "fact", s));
  }
  return out;
}

// src/inputs/config-file.ts
var CONFIG_FILE = ".netcompat.yaml";

// src/inputs/globs.ts
var MAX_GLOB_LENGTH = 512;
var MAX_BRACE_EXPANSIONS = 64;
function braceExpansions(glob, cap = MAX_BRACE_EXPANSIONS) {
  const count = (s, from, to) => {
    let total = 1;
    let i = from;
    while (i < to) {
      const c = s[i];
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === "{") {
        let depth = 1;
        let j = i + 1;
        const alts = [];
        let altStart = j;
        for (; j < to && depth > 0; j++) {
          const d = s[j];
          if (d === "\\") {
            j++;
            continue;
          }
          if (d === "{") depth++;
          else if (d === "}") {
            depth--;
            if (depth === 0) alts.push([altStart, j]);
          } else if (d === "," && depth === 1) {
            alts.push([altStart, j]);
            altStart = j + 1;
          }
        }
        if (depth > 0) return total;
        let sum = 0;
        for (const [a, b] of alts) sum = Math.min(cap + 1, sum + count(s, a, b));
        total = Math.min(cap + 1, total * Math.max(sum, 1));
        i = j;
        continue;
      }
      i++;
    }
    return total;
  };
  return count(glob, 0, glob.length);
}
function checkGlobs(what, globs) {
  for (const g of globs) {
    if (g.length > MAX_GLOB_LENGTH) throw badValue(what, `${g.slice(0, 40)}\u2026`, `a glob pattern of at most ${MAX_GLOB_LENGTH} characters`);
    if (g.startsWith("/") || /^[A-Za-z]:[\\/]/.test(g) || g.startsWith("~"))
      throw badValue(what, g, "a pattern relative to the scanned directory (no leading / or ~)");
    if (g.split(/[\\/]/).includes("..")) throw badValue(what, g, "a pattern inside the scanned directory (no .. segment)");
    if (braceExpansions(g) > MAX_BRACE_EXPANSIONS) throw badValue(what, g, `a pattern whose {a,b} sets expand to at most ${MAX_BRACE_EXPANSIONS} patterns`);
  }
}

export {
  closest,
  UsageError,
  badValue,
  KnowledgeError,
  parseKernel,
  kernelFlavor,
  FACT_NAMES,
  isObjectFact,
  nearestPlace,
  factTree,
  eachFact,
  MAX_MATCHED_VALUE_LENGTH,
  unsafePattern,
  isKernelBuildRange,
  satisfiesKernelBuild,
  satisfiesKernelFlavor,
  SEVERITIES,
  FAIL_ON,
  severityRank,
  reaches,
  FORMATS,
  PROXY_MODES,
  parseFailOn,
  parseFormat,
  explicitFacts,
  CONFIG_FILE,
  MAX_GLOB_LENGTH,
  MAX_BRACE_EXPANSIONS,
  braceExpansions,
  checkGlobs
};
