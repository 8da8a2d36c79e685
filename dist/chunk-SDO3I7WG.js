import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);
import {
  explainOsSpec,
  lookupOs,
  normalizeVersion,
  osSpecHead,
  osSpecIds
} from "./chunk-TF6WCAAU.js";
import {
  isKernelString,
  isWindowsKernel,
  normalizeKernel
} from "./chunk-NUPEN4KF.js";

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
  FACT_NAMES,
  isObjectFact,
  nearestPlace,
  factTree,
  eachFact,
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
