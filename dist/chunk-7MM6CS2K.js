import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-YCZA2FVD.js";

// builtin:node:fs
var require_node_fs = __commonJS({
  "builtin:node:fs"(exports, module) {
    module.exports = Object.create(__require("node:fs"), { __esModule: { value: true } });
  }
});

// knowledge:virtual:netcompat-knowledge
var import_node_fs = __toESM(require_node_fs());
var json;
var beside;
var rules = () => json ??= JSON.parse((0, import_node_fs.readFileSync)(new URL("./knowledge-rules.json", import.meta.url), "utf8"));
var besides = () => beside ??= JSON.parse((0, import_node_fs.readFileSync)(new URL("./knowledge.json", import.meta.url), "utf8"));
var knowledgePaths = ["rules/cal-ebpf-kernel-floor.yaml", "rules/cal-ebpf-udp-gso-crash.yaml", "rules/cal-ipip-csum-offload.yaml", "rules/cal-ipt-backend-detect.yaml", "rules/cal-ipt-default-legacy.yaml", "rules/cal-ipt-with-kp-nft.yaml", "rules/cal-kc-pod-cache-leak.yaml", "rules/cal-nft-dp-requirements.yaml", "rules/cal-vxlan-csum-63s.yaml", "rules/cal-vxlan-csum-off-perf.yaml", "rules/cal-vxlan-csum-snat-corrupt.yaml", "rules/cal-vxlan-parent-change.yaml", "rules/kp-cve-2020-8554.yaml", "rules/kp-cve-2020-8558.yaml", "rules/kp-hyperkube-nft-on-legacy.yaml", "rules/kp-ipt-backend-legacy-only.yaml", "rules/kp-ipt-partial-sync-race.yaml", "rules/kp-ipvs-conn-reuse-delay.yaml", "rules/kp-ipvs-conn-reuse.yaml", "rules/kp-ipvs-deprecated.yaml", "rules/kp-ipvs-extip-etp-local.yaml", "rules/kp-ipvs-nfconntrack-419.yaml", "rules/kp-ipvs-no-sysctl.yaml", "rules/kp-ipvs-parseip-old-kernel.yaml", "rules/kp-nft-gate-required.yaml", "rules/kp-nft-kernel-floor.yaml", "rules/kp-nft-lb-source-ranges.yaml", "rules/kp-snat-random-fully.yaml", "rules/kp-userspace-removed.yaml", "rules/node-conntrack-dns-race.yaml", "rules/node-el10-no-legacy-xtables.yaml", "data/calico-manifests.yaml", "data/facts.yaml", "data/installers/aks.yaml", "data/installers/cluster-api.yaml", "data/installers/eks.yaml", "data/installers/gke.yaml", "data/installers/k0s.yaml", "data/installers/k3s.yaml", "data/installers/kops.yaml", "data/installers/kubeadm.yaml", "data/installers/kubean.yaml", "data/installers/kubeasz.yaml", "data/installers/kubespray.yaml", "data/installers/microk8s.yaml", "data/installers/rke1.yaml", "data/installers/rke2.yaml", "data/installers/talos.yaml", "data/operator-calico.yaml", "data/os-image-patterns.yaml", "data/os-kernels.yaml"];
var known = new Set(knowledgePaths);
var parsed = /* @__PURE__ */ new Map();
function knowledgeData(path) {
  if (!parsed.has(path)) {
    const value = !known.has(path) ? void 0 : path.startsWith("rules/") ? rules()[path] : JSON.parse(besides().data[path]);
    parsed.set(path, value);
  }
  return parsed.get(path);
}
function knowledgeText(path) {
  return path.startsWith("schema/") ? besides().schema[path] : void 0;
}

// src/knowledge/os-table.ts
var table;
function osTable() {
  if (!table) {
    const data = knowledgeData("data/os-kernels.yaml") ?? { distros: [] };
    table = data.distros;
  }
  return table;
}
function normalizeSpec(spec) {
  return spec.trim().toLowerCase().replace(/[\s_]+/g, "-");
}
function normalizeVersion(v) {
  return v.replace(/^v(?=\d)/, "").replace(/[-.]lts(?=$|[-.])/, "").replace(/[-.]?sp(\d+)(?=$|[-.])/, ".$1");
}
var splitMemo = /* @__PURE__ */ new Map();
function splitSpec(spec) {
  if (splitMemo.has(spec)) return splitMemo.get(spec);
  const split = splitSpecOnce(spec);
  splitMemo.set(spec, split);
  return split;
}
function splitSpecOnce(spec) {
  const s = normalizeSpec(spec);
  let best;
  for (const distro of osTable()) {
    for (const id of [distro.id, ...distro.aliases ?? []]) {
      const hit = s === id || s.startsWith(`${id}-`);
      if (hit && (!best || id.length > best.len)) best = { distro, version: s.slice(id.length + 1), len: id.length };
    }
  }
  return best && { distro: best.distro, version: normalizeVersion(best.version) };
}
function findRow(distro, version) {
  let best;
  for (const row of distro.releases) {
    const rv = row.version.toLowerCase();
    if (rv === version) return { row, requested: version };
    if (best && best.row.version.length >= rv.length) continue;
    if (version.startsWith(`${rv}.`)) best = { row, requested: version.split("-")[0] ?? version };
    else if (version.startsWith(`${rv}-`)) best = { row, requested: rv };
  }
  return best;
}
function lookupOs(spec) {
  if (lookupMemo.has(spec)) return lookupMemo.get(spec);
  const found = lookupOsOnce(spec);
  lookupMemo.set(spec, found);
  return found;
}
var lookupMemo = /* @__PURE__ */ new Map();
function lookupOsOnce(spec) {
  const split = splitSpec(spec);
  if (!split || !split.version) return void 0;
  const { distro } = split;
  const found = findRow(distro, split.version);
  if (!found) return void 0;
  const { row, requested } = found;
  const date = /-v?(\d{8})$/.exec(split.version)?.[1];
  return {
    ...row,
    distro: distro.id,
    distroName: distro.name,
    requested,
    label: distro.label ? distro.label.replace("{version}", requested) : `${distro.name} ${requested}`,
    ...date ? { date } : {},
    ...distro.pin ? { pin: distro.pin } : {},
    references: [...distro.references, ...row.references ?? []]
  };
}
function kernelRange(r) {
  if (r.byDate && r.date) {
    const w = r.byDate.find((x) => (!x.from || x.from <= r.date) && (!x.to || r.date <= x.to));
    if (w) return { series: w.kernels, what: `${r.label} of ${r.date}` };
  }
  if (r.kernels) return { series: r.kernels, what: r.byDate ? `${r.label} of unknown date` : r.label };
  return { series: [r.kernel], what: r.label };
}
function compactVersions(versions) {
  const parts = [];
  let run = [];
  const flush = () => {
    parts.push(run.length > 2 ? `${run[0]}\u2026${run[run.length - 1]}` : run.join(","));
    run = [];
  };
  for (const v of versions) {
    const prev = run[run.length - 1];
    const m = /^(\d+)\.(\d+)$/.exec(v);
    const p = prev ? /^(\d+)\.(\d+)$/.exec(prev) : null;
    if (prev && !(m && p && m[1] === p[1] && Number(m[2]) === Number(p[2]) + 1)) flush();
    run.push(v);
  }
  if (run.length) flush();
  return parts.join(",");
}
function topVersions(distro) {
  const versions = [...new Set(distro.releases.map((r) => r.version))];
  return versions.filter((v) => !versions.some((p) => v.startsWith(`${p}.`)));
}
function examples(distro) {
  const last = topVersions(distro).pop();
  const minor = distro.releases.find((r) => r.version.startsWith(`${last}.`));
  return minor ? `${distro.id}-${last} or ${distro.id}-${minor.version}` : `${distro.id}-${last}`;
}
function distroSpecs(distro) {
  const top = topVersions(distro);
  const more = top.length < new Set(distro.releases.map((r) => r.version)).size ? "[.minor]" : "";
  const list = compactVersions(top);
  return top.length === 1 ? `${distro.id}-${list}${more}` : `${distro.id}-{${list}}${more}`;
}
function explainOsSpec(spec) {
  const fallback = "or give kernel-version instead";
  const split = splitSpec(spec);
  if (split) {
    const { distro } = split;
    return `a release of ${distro.name} in the OS table: ${distroSpecs(distro)} (e.g. ${examples(distro)}); ${fallback}`;
  }
  return `<distro>-<version> with distro one of ${osTable().map((d) => d.id).join(", ")} (e.g. rocky-8.9, ubuntu-22.04, debian-12); ${fallback}`;
}
function osSpecIds() {
  return osTable().flatMap((d) => [d.id, ...d.aliases ?? []]);
}
function osSpecHead(spec) {
  const s = normalizeSpec(spec);
  const m = /^(.*?)(-v?\d.*)?$/.exec(s);
  return { head: m?.[1] ?? s, rest: m?.[2] ?? "" };
}

// src/extract/values.ts
var PLACEHOLDER = /\{\{|\{%|\$\{|\$\(|^\$[A-Za-z_]|[^$]\$[A-Z_]{2,}|<[A-Za-z_-]+>/;
var MAX_VALUE_LENGTH = 4096;
function isPlaceholder(s) {
  return PLACEHOLDER.test(s) || hasDunderName(s);
}
var NAME_CHAR = /[A-Za-z0-9_]/;
function hasDunderName(s) {
  let i = 0;
  while (i < s.length) {
    if (!NAME_CHAR.test(s[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < s.length && NAME_CHAR.test(s[end])) end++;
    const run = s.slice(i, end);
    const first = run.indexOf("__");
    if (first >= 0 && run.lastIndexOf("__") >= first + 3) return true;
    i = end;
  }
  return false;
}
function envDefault(s) {
  if (s.length > MAX_VALUE_LENGTH) return void 0;
  const m = lastEnvDefault(s);
  if (!m || isPlaceholder(`${m.before}${m.after}`)) return void 0;
  return `${m.before}${m.fallback}${m.after}`;
}
var NAME_START = /[A-Za-z_]/;
function lastEnvDefault(s) {
  let firstBreak = s.length;
  let lastBreak = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\n" || s[i] === "\r" || s[i] === "\u2028" || s[i] === "\u2029") {
      if (firstBreak === s.length) firstBreak = i;
      lastBreak = i;
    }
  }
  let knownFrom = s.length;
  let knownClose = -1;
  for (let p = s.lastIndexOf("${"); p >= 0; p = p === 0 ? -1 : s.lastIndexOf("${", p - 1)) {
    if (p > firstBreak) continue;
    let q = p + 2;
    if (!NAME_START.test(s[q] ?? "")) continue;
    while (q < s.length && NAME_CHAR.test(s[q])) q++;
    if (s[q] !== ":" || s[q + 1] !== "-" && s[q + 1] !== "=") continue;
    let close = knownClose;
    for (let i = q + 2; i < knownFrom; i++) {
      if (s[i] === "}") {
        close = i;
        break;
      }
    }
    if (q + 2 < knownFrom) {
      knownFrom = q + 2;
      knownClose = close;
    }
    if (close < 0 || close < lastBreak) continue;
    return { before: s.slice(0, p), fallback: s.slice(q + 2, close), after: s.slice(close + 1) };
  }
  return void 0;
}
function normalizeVersion2(raw) {
  const s = raw.trim().replace(/^["']|["']$/g, "");
  const m = /^v?(\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.+_-]*)?)$/.exec(s);
  return m?.[1];
}
function normalizeProxyMode(raw) {
  const s = raw.trim().toLowerCase();
  if (s === "") return "iptables";
  return ["iptables", "ipvs", "nftables", "kernelspace", "userspace"].includes(s) ? s : void 0;
}
function normalizeEncapMode(raw) {
  const s = raw.trim().toLowerCase();
  if (["always", "true", "enabled", "on"].includes(s)) return "Always";
  if (s === "crosssubnet" || s === "cross-subnet") return "CrossSubnet";
  if (["never", "false", "off", "disabled", ""].includes(s)) return "Never";
  return void 0;
}
function normalizeIptablesBackend(raw) {
  const s = raw.trim().toLowerCase();
  return s === "auto" ? "Auto" : s === "nft" ? "NFT" : s === "legacy" ? "Legacy" : void 0;
}
function normalizeNftablesMode(raw) {
  return { enabled: "Enabled", disabled: "Disabled", auto: "Auto" }[raw.trim().toLowerCase()];
}

export {
  require_node_fs,
  knowledgePaths,
  knowledgeData,
  knowledgeText,
  lookupOs,
  kernelRange,
  explainOsSpec,
  osSpecIds,
  osSpecHead,
  MAX_VALUE_LENGTH,
  isPlaceholder,
  envDefault,
  normalizeVersion2 as normalizeVersion,
  normalizeProxyMode,
  normalizeEncapMode,
  normalizeIptablesBackend,
  normalizeNftablesMode
};
