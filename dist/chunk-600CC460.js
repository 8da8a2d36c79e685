"use strict";
var __netcompatUrl = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_600CC460_exports = {};
__export(chunk_600CC460_exports, {
  CLUSTERS_NAMED: () => CLUSTERS_NAMED,
  CONFIG_FILE: () => CONFIG_FILE,
  DEFAULT_MAX_BYTES: () => DEFAULT_MAX_BYTES,
  FACT_NAMES: () => FACT_NAMES,
  FAIL_ON: () => FAIL_ON,
  FORMATS: () => FORMATS,
  GitDiffError: () => GitDiffError,
  INVENTORY_VARS: () => INVENTORY_VARS,
  KIND_DEFINITION: () => KIND_DEFINITION,
  KUBESPRAY_DEFINITION: () => KUBESPRAY_DEFINITION,
  KnowledgeError: () => KnowledgeError,
  MAX_BRACE_EXPANSIONS: () => MAX_BRACE_EXPANSIONS,
  MAX_GLOB_LENGTH: () => MAX_GLOB_LENGTH,
  MAX_MATCHED_VALUE_LENGTH: () => MAX_MATCHED_VALUE_LENGTH,
  MAX_SETTINGS_BYTES: () => MAX_SETTINGS_BYTES,
  MAX_VALUE_LENGTH: () => MAX_VALUE_LENGTH,
  PROXY_MODES: () => PROXY_MODES,
  SEVERITIES: () => SEVERITIES,
  ScanAbortedError: () => ScanAbortedError,
  UsageError: () => UsageError,
  VERSION: () => VERSION,
  Walker: () => Walker,
  __commonJS: () => __commonJS,
  __require: () => __require2,
  __toESM: () => __toESM,
  activeFindings: () => activeFindings,
  annotationText: () => annotationText,
  badValue: () => badValue,
  basedPathText: () => basedPathText,
  basedPlaceText: () => basedPlaceText,
  braceExpansions: () => braceExpansions,
  builtInRules: () => builtInRules,
  byCode: () => byCode,
  calicoChartRange: () => calicoChartRange,
  calicoForOperator: () => calicoForOperator,
  calicoFromChartVersion: () => calicoFromChartVersion,
  capEvidence: () => capEvidence,
  checkGlobs: () => checkGlobs,
  closest: () => closest,
  clusterFacts: () => clusterFacts,
  clusterLabel: () => clusterLabel,
  clusterList: () => clusterList,
  code: () => code,
  commonDir: () => commonDir,
  comparePlaces: () => comparePlaces,
  conclusionOf: () => conclusionOf,
  countBySeverity: () => countBySeverity,
  countResults: () => countResults,
  discover: () => discover,
  eachFact: () => eachFact,
  envDefault: () => envDefault,
  escapeHtml: () => escapeHtml,
  escapeMarkdown: () => escapeMarkdown,
  existsNoFollow: () => existsNoFollow,
  explainOsSpec: () => explainOsSpec,
  explicitFacts: () => explicitFacts,
  factInfo: () => factInfo,
  factLines: () => factLines,
  factOrigin: () => factOrigin,
  factTree: () => factTree,
  factValue: () => factValue,
  factsBrief: () => factsBrief,
  failingFindings: () => failingFindings,
  fails: () => fails,
  filteredCounts: () => filteredCounts,
  formatPlace: () => formatPlace,
  formationLine: () => formationLine,
  gitChangedFiles: () => gitChangedFiles,
  groupDigits: () => groupDigits,
  hasClusters: () => hasClusters,
  isCalicoChart: () => isCalicoChart,
  isCalicoChartRange: () => isCalicoChartRange,
  isCalicoChartVersion: () => isCalicoChartVersion,
  isDroppedOsImage: () => isDroppedOsImage,
  isIgnoredOsImage: () => isIgnoredOsImage,
  isInside: () => isInside,
  isKernelBuildRange: () => isKernelBuildRange,
  isObjectFact: () => isObjectFact,
  isPlaceholder: () => isPlaceholder,
  kernelFlavor: () => kernelFlavor,
  kernelRange: () => kernelRange,
  knowledgeData: () => knowledgeData,
  knowledgePaths: () => knowledgePaths,
  knowledgeText: () => knowledgeText,
  kubernetesMinor: () => kubernetesMinor,
  loadRunSettings: () => loadRunSettings,
  lookupOs: () => lookupOs,
  makeBaseline: () => makeBaseline,
  matchOsImage: () => matchOsImage,
  namesClusters: () => namesClusters,
  naturalCompare: () => naturalCompare,
  nearestPlace: () => nearestPlace,
  neutraliseCommands: () => neutraliseCommands,
  normalizeEncapMode: () => normalizeEncapMode,
  normalizeIptablesBackend: () => normalizeIptablesBackend,
  normalizeNftablesMode: () => normalizeNftablesMode,
  normalizeProxyMode: () => normalizeProxyMode,
  normalizeVersion: () => normalizeVersion2,
  oneLine: () => oneLine,
  osSpecHead: () => osSpecHead,
  osSpecIds: () => osSpecIds,
  parseChangedList: () => parseChangedList,
  parseFailOn: () => parseFailOn,
  parseFormat: () => parseFormat,
  parseKernel: () => parseKernel,
  plainLine: () => plainLine,
  plainLines: () => plainLines,
  plural: () => plural,
  posixRelative: () => posixRelative,
  reaches: () => reaches,
  realDirectory: () => realDirectory,
  repositoryRoot: () => repositoryRoot,
  require_fs: () => require_fs,
  require_minimatch: () => require_minimatch,
  require_node_fs: () => require_node_fs,
  require_node_module: () => require_node_module,
  require_node_path: () => require_node_path,
  require_node_url: () => require_node_url,
  require_node_v8: () => require_node_v8,
  require_os: () => require_os,
  require_semver: () => require_semver,
  ruleFacts: () => ruleFacts,
  sarifOmitted: () => sarifOmitted,
  satisfiesKernelBuild: () => satisfiesKernelBuild,
  satisfiesKernelFlavor: () => satisfiesKernelFlavor,
  scan: () => scan,
  scanOptions: () => scanOptions,
  severityRank: () => severityRank,
  showValue: () => showValue,
  sizeHeapForScan: () => sizeHeapForScan,
  sortFindings: () => sortFindings,
  stableStringify: () => stableStringify,
  suppressedFindings: () => suppressedFindings,
  uncheckedClusters: () => uncheckedClusters,
  underPrefix: () => underPrefix,
  unsafePattern: () => unsafePattern,
  verdictTitle: () => verdictTitle,
  verdictWord: () => verdictWord,
  withPlaceBase: () => withPlaceBase,
  writeFileSafely: () => writeFileSafely,
  writeJson: () => writeJson,
  writeJsonReport: () => writeJsonReport,
  writeSafelySync: () => writeSafelySync,
  writeSarifReport: () => writeSarifReport
});
module.exports = Object.defineProperty(chunk_600CC460_exports, "__esModule", { value: true });
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __create = Object.create;
var __defProp2 = Object.defineProperty;
var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp2 = Object.prototype.hasOwnProperty;
var __require2 = /* @__PURE__ */ ((x) => typeof __require !== "undefined" ? __require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof __require !== "undefined" ? __require : a)[b]
}) : x)(function(x) {
  if (typeof __require !== "undefined") return __require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require22() {
  try {
    return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps2 = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames2(from))
      if (!__hasOwnProp2.call(to, key) && key !== except)
        __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps2(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var require_node_fs = __commonJS({
  "builtin:node:fs"(exports2, module2) {
    module2.exports = Object.create(__require2("node:fs"), { __esModule: { value: true } });
  }
});
var import_node_fs = __toESM(require_node_fs());
var json;
var beside;
var rules = () => json ??= JSON.parse((0, import_node_fs.readFileSync)(new URL("./knowledge-rules.json", __netcompatUrl), "utf8"));
var besides = () => {
  if (!beside) {
    const text = (0, import_node_fs.readFileSync)(new URL("./knowledge-data.txt", __netcompatUrl), "latin1");
    const nl = text.indexOf("\n");
    beside = { text, from: nl + 1, index: JSON.parse(text.slice(0, nl)) };
  }
  return beside;
};
var besideText = (kind, path) => {
  const b = besides();
  const at2 = Object.hasOwn(b.index[kind], path) ? b.index[kind][path] : void 0;
  return at2 && b.text.slice(b.from + at2[0], b.from + at2[1]);
};
var knowledgePaths = ["rules/cal-ebpf-kernel-floor.yaml", "rules/cal-ebpf-udp-gso-crash.yaml", "rules/cal-ipip-csum-offload.yaml", "rules/cal-ipt-backend-detect.yaml", "rules/cal-ipt-default-legacy.yaml", "rules/cal-ipt-with-kp-nft.yaml", "rules/cal-kc-pod-cache-leak.yaml", "rules/cal-nft-dp-requirements.yaml", "rules/cal-vxlan-csum-63s.yaml", "rules/cal-vxlan-csum-off-perf.yaml", "rules/cal-vxlan-csum-snat-corrupt.yaml", "rules/cal-vxlan-parent-change.yaml", "rules/kp-cve-2020-8554.yaml", "rules/kp-cve-2020-8558.yaml", "rules/kp-hyperkube-nft-on-legacy.yaml", "rules/kp-ipt-backend-legacy-only.yaml", "rules/kp-ipt-partial-sync-race.yaml", "rules/kp-ipvs-conn-reuse-delay.yaml", "rules/kp-ipvs-conn-reuse.yaml", "rules/kp-ipvs-deprecated.yaml", "rules/kp-ipvs-extip-etp-local.yaml", "rules/kp-ipvs-nfconntrack-419.yaml", "rules/kp-ipvs-no-sysctl.yaml", "rules/kp-ipvs-parseip-old-kernel.yaml", "rules/kp-nft-gate-required.yaml", "rules/kp-nft-kernel-floor.yaml", "rules/kp-nft-lb-source-ranges.yaml", "rules/kp-snat-random-fully.yaml", "rules/kp-userspace-removed.yaml", "rules/node-conntrack-dns-race.yaml", "rules/node-el10-no-legacy-xtables.yaml", "data/calico-manifests.yaml", "data/facts.yaml", "data/installers/aks.yaml", "data/installers/cluster-api.yaml", "data/installers/eks.yaml", "data/installers/gke.yaml", "data/installers/k0s.yaml", "data/installers/k3s.yaml", "data/installers/kind.yaml", "data/installers/kops.yaml", "data/installers/kubeadm.yaml", "data/installers/kubean.yaml", "data/installers/kubeasz.yaml", "data/installers/kubekey.yaml", "data/installers/kubeone.yaml", "data/installers/kubespray.yaml", "data/installers/microk8s.yaml", "data/installers/rke1.yaml", "data/installers/rke2.yaml", "data/installers/talos.yaml", "data/operator-calico.yaml", "data/os-image-patterns.yaml", "data/os-kernels.yaml"];
var known = new Set(knowledgePaths);
var parsed = /* @__PURE__ */ new Map();
function knowledgeData(path) {
  if (!parsed.has(path)) {
    const value = !known.has(path) ? void 0 : path.startsWith("rules/") ? rules()[path] : JSON.parse(besideText("data", path));
    parsed.set(path, value);
  }
  return parsed.get(path);
}
function knowledgeText(path) {
  return path.startsWith("schema/") ? besideText("schema", path) : void 0;
}
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
  const split2 = splitSpecOnce(spec);
  splitMemo.set(spec, split2);
  return split2;
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
  const split2 = splitSpec(spec);
  if (!split2 || !split2.version) return void 0;
  const { distro } = split2;
  const found = findRow(distro, split2.version);
  if (!found) return void 0;
  const { row, requested } = found;
  const date = /-v?(\d{8})$/.exec(split2.version)?.[1];
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
  const split2 = splitSpec(spec);
  if (split2) {
    const { distro } = split2;
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
var require_node_path = __commonJS({
  "builtin:node:path"(exports2, module2) {
    module2.exports = Object.create(__require2("node:path"), { __esModule: { value: true } });
  }
});
var require_minimatch = __commonJS({
  "lazy-package:minimatch"(exports2, module2) {
    var loaded;
    var load2 = () => loaded ??= __require2("./minimatch.cjs");
    module2.exports = {
      get "GLOBSTAR"() {
        return load2()["GLOBSTAR"];
      },
      get "Minimatch"() {
        return load2()["Minimatch"];
      },
      get "braceExpand"() {
        return load2()["braceExpand"];
      },
      get "defaults"() {
        return load2()["defaults"];
      },
      get "escape"() {
        return load2()["escape"];
      },
      get "filter"() {
        return load2()["filter"];
      },
      get "match"() {
        return load2()["match"];
      },
      get "minimatch"() {
        return load2()["minimatch"];
      },
      get "sep"() {
        return load2()["sep"];
      },
      get "unescape"() {
        return load2()["unescape"];
      }
    };
  }
});
var require_node_module = __commonJS({
  "builtin:node:module"(exports2, module2) {
    module2.exports = Object.create(__require2("node:module"), { __esModule: { value: true } });
  }
});
var require_semver = __commonJS({
  "lazy-package:semver"(exports2, module2) {
    var loaded;
    var load2 = () => loaded ??= __require2("./semver.cjs");
    module2.exports = {
      get "Comparator"() {
        return load2()["Comparator"];
      },
      get "RELEASE_TYPES"() {
        return load2()["RELEASE_TYPES"];
      },
      get "Range"() {
        return load2()["Range"];
      },
      get "SEMVER_SPEC_VERSION"() {
        return load2()["SEMVER_SPEC_VERSION"];
      },
      get "SemVer"() {
        return load2()["SemVer"];
      },
      get "clean"() {
        return load2()["clean"];
      },
      get "cmp"() {
        return load2()["cmp"];
      },
      get "coerce"() {
        return load2()["coerce"];
      },
      get "compare"() {
        return load2()["compare"];
      },
      get "compareBuild"() {
        return load2()["compareBuild"];
      },
      get "compareIdentifiers"() {
        return load2()["compareIdentifiers"];
      },
      get "compareLoose"() {
        return load2()["compareLoose"];
      },
      get "diff"() {
        return load2()["diff"];
      },
      get "eq"() {
        return load2()["eq"];
      },
      get "gt"() {
        return load2()["gt"];
      },
      get "gte"() {
        return load2()["gte"];
      },
      get "gtr"() {
        return load2()["gtr"];
      },
      get "inc"() {
        return load2()["inc"];
      },
      get "intersects"() {
        return load2()["intersects"];
      },
      get "lt"() {
        return load2()["lt"];
      },
      get "lte"() {
        return load2()["lte"];
      },
      get "ltr"() {
        return load2()["ltr"];
      },
      get "major"() {
        return load2()["major"];
      },
      get "maxSatisfying"() {
        return load2()["maxSatisfying"];
      },
      get "minSatisfying"() {
        return load2()["minSatisfying"];
      },
      get "minVersion"() {
        return load2()["minVersion"];
      },
      get "minor"() {
        return load2()["minor"];
      },
      get "neq"() {
        return load2()["neq"];
      },
      get "outside"() {
        return load2()["outside"];
      },
      get "parse"() {
        return load2()["parse"];
      },
      get "patch"() {
        return load2()["patch"];
      },
      get "prerelease"() {
        return load2()["prerelease"];
      },
      get "rcompare"() {
        return load2()["rcompare"];
      },
      get "rcompareIdentifiers"() {
        return load2()["rcompareIdentifiers"];
      },
      get "re"() {
        return load2()["re"];
      },
      get "rsort"() {
        return load2()["rsort"];
      },
      get "satisfies"() {
        return load2()["satisfies"];
      },
      get "simplifyRange"() {
        return load2()["simplifyRange"];
      },
      get "sort"() {
        return load2()["sort"];
      },
      get "src"() {
        return load2()["src"];
      },
      get "subset"() {
        return load2()["subset"];
      },
      get "toComparators"() {
        return load2()["toComparators"];
      },
      get "tokens"() {
        return load2()["tokens"];
      },
      get "truncate"() {
        return load2()["truncate"];
      },
      get "valid"() {
        return load2()["valid"];
      },
      get "validRange"() {
        return load2()["validRange"];
      }
    };
  }
});
var require_node_v8 = __commonJS({
  "builtin:node:v8"(exports2, module2) {
    module2.exports = Object.create(__require2("node:v8"), { __esModule: { value: true } });
  }
});
var require_node_url = __commonJS({
  "builtin:node:url"(exports2, module2) {
    module2.exports = Object.create(__require2("node:url"), { __esModule: { value: true } });
  }
});
var import_node_path = __toESM(require_node_path(), 1);
function formatPlace(p) {
  return `${p.file}:${p.line}:${p.column}`;
}
function comparePlaces(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
function basedPath(prefix, path) {
  return prefix ? import_node_path.posix.normalize(`${prefix}/${path}`) : path;
}
function basedPlaceText(prefix) {
  return prefix ? (p) => `${basedPath(prefix, p.file)}:${p.line}:${p.column}` : formatPlace;
}
function basedPathText(prefix) {
  return prefix ? (path) => basedPath(prefix, path) : (path) => path;
}
function withPlaceBase(result, prefix) {
  if (!prefix) return result;
  const path = (p) => basedPath(prefix, p);
  const place = (p) => ({ ...p, file: path(p.file) });
  const copies = /* @__PURE__ */ new Map();
  const fact = (f) => {
    let copy = copies.get(f);
    if (!copy) {
      copy = { ...f, ...f.place ? { place: place(f.place) } : {}, ...f.derivedFrom ? { derivedFrom: f.derivedFrom.map(fact) } : {} };
      copies.set(f, copy);
    }
    return copy;
  };
  const lists = /* @__PURE__ */ new Map();
  const sharedList = (list) => {
    let copy = lists.get(list);
    if (!copy) lists.set(list, copy = list.map(fact));
    return copy;
  };
  return {
    ...result,
    contexts: result.contexts.map((c) => ({
      ...c,
      facts: c.facts.map(fact),
      ...c.shared ? { shared: { facts: sharedList(c.shared.facts), runs: c.shared.runs } } : {},
      ...c.overridden ? { overridden: c.overridden.map(fact) } : {}
    })),
    ...result.sharedFacts ? { sharedFacts: sharedList(result.sharedFacts) } : {},
    findings: result.findings.map((f) => ({
      ...f,
      ...f.primary ? { primary: place(f.primary) } : {},
      evidence: f.evidence.map(fact),
      // `by` is "file:line" of the ignore entry or directive.
      ...f.suppressed ? { suppressed: { ...f.suppressed, by: path(f.suppressed.by) } } : {}
    })),
    undetermined: result.undetermined.map((u) => ({
      ...u,
      ...u.primary ? { primary: place(u.primary) } : {},
      evidence: u.evidence.map(fact),
      missing: u.missing.map((m) => ({ ...m, ...m.unresolvedAt ? { unresolvedAt: m.unresolvedAt.map(place) } : {} }))
    })),
    skipped: result.skipped.map((s) => ({ ...s, path: path(s.path) })),
    ...result.candidates ? { candidates: result.candidates.map((c) => ({ ...c, place: place(c.place) })) } : {},
    ...result.diagnostics ? {
      diagnostics: result.diagnostics.map((d) => ({
        ...d,
        ...d.place ? { place: place(d.place) } : {},
        ...d.conflict ? { conflict: { ...d.conflict, values: d.conflict.values.map((v) => ({ ...v, places: v.places.map(place) })) } } : {}
      }))
    } : {}
  };
}
function byCode(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var import_minimatch = __toESM(require_minimatch(), 1);
var MM = { dot: true };
var BASENAME_ONLY = /^\*\*\/([^/]+)$/;
var PRUNE_NAME = /^\*\*\/([^/*?[\]{}!+@()]+)\/\*\*$/;
var STARS_ONLY = /^[^*?[\]{}!+@()\\]*(\*[^*?[\]{}!+@()\\]*)*$/;
function starsToRegExp(glob) {
  return glob.split("*").map((part) => part.replace(/[.^$|+?()[\]{}\\/]/g, "\\$&")).join("[^/]*");
}
function anyOf(patterns) {
  return (path) => patterns.some((m) => m.match(path));
}
function insideRoot(root, pattern) {
  let p = pattern.replace(/^(\.\/)+/, "");
  if ((0, import_node_path2.isAbsolute)(p) || p.split("/").includes("..")) {
    const rel = (0, import_node_path2.relative)(root, (0, import_node_path2.resolve)(root, p));
    if (rel === "" || rel.startsWith("..") || (0, import_node_path2.isAbsolute)(rel)) return void 0;
    p = rel.split(import_node_path2.sep).join("/");
  }
  return p;
}
function compileInclude(patterns, root) {
  const names = [];
  const baseGlobs = [];
  const paths = [];
  for (const raw of patterns) {
    const p = insideRoot(root, raw);
    if (p === void 0) continue;
    const base = BASENAME_ONLY.exec(p)?.[1];
    if (base !== void 0 && STARS_ONLY.test(base)) names.push(starsToRegExp(base));
    else if (base !== void 0) baseGlobs.push(new import_minimatch.Minimatch(base, MM));
    else paths.push(new import_minimatch.Minimatch(p, MM));
  }
  const name = names.length ? new RegExp(`^(?:${names.join("|")})$`) : void 0;
  const baseGlob = anyOf(baseGlobs);
  const path = anyOf(paths);
  return (rel, base) => name !== void 0 && name.test(base) || baseGlobs.length > 0 && baseGlob(base) || paths.length > 0 && path(rel);
}
function compileExclude(patterns) {
  const pruneNames = /* @__PURE__ */ new Set();
  const pruneDirs = [];
  const files = [];
  const exact = /* @__PURE__ */ new Set();
  for (const raw of patterns) {
    const p = raw.replace(/^(\.\/)+/, "");
    const byName2 = PRUNE_NAME.exec(p);
    if (byName2) {
      pruneNames.add(byName2[1]);
      continue;
    }
    if (LITERAL_PATH.test(p)) {
      exact.add(p);
      continue;
    }
    if (p.endsWith("/**")) pruneDirs.push(new import_minimatch.Minimatch(p.slice(0, -3), MM));
    files.push(new import_minimatch.Minimatch(p, MM));
  }
  const dir = anyOf(pruneDirs);
  const file = anyOf(files);
  return {
    dir: (rel, base) => pruneNames.has(base) || pruneDirs.length > 0 && dir(rel),
    file: (rel) => exact.has(rel) || files.length > 0 && file(rel)
  };
}
var LITERAL_PATH = /^(?!\.{1,2}(?:\/|$))[\w.-]+(?:\/(?!\.{1,2}(?:\/|$))[\w.-]+)*$/;
var DEFAULT_INCLUDE = [
  "**/*.yaml",
  "**/*.yml",
  "**/*.json",
  "**/*.yaml.j2",
  "**/*.yml.j2",
  "**/kubeadm*.j2",
  "**/*.yaml.tftpl",
  "**/*.yml.tftpl",
  "**/*.tpl",
  "**/*.template",
  "**/hosts",
  "**/hosts.*",
  "**/inventory",
  "**/*.ini",
  "**/*.sh",
  "**/*.bash",
  "**/*.sh.tftpl",
  "**/*.bash.tftpl",
  "**/*.mk",
  "**/Makefile",
  "**/GNUmakefile",
  "**/Vagrantfile",
  "**/Jenkinsfile",
  "**/downloads*.txt",
  "**/.env",
  "**/*.env",
  "**/.gitmodules",
  "**/.tool-versions",
  "**/ezdown",
  "**/*.service",
  "**/*.service.j2",
  "**/*.tf",
  "**/*.tofu",
  "**/*.tfvars"
];
var DEFAULT_EXCLUDE = ["**/node_modules/**", "**/.git/**", "**/.terraform/**", ".netcompat.yaml", ".netcompat-baseline.json"];
var DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
function wantedDir(within, path) {
  return within.length === 0 || within.some((w) => w === "" || path === w || path.startsWith(`${w}/`) || w.startsWith(`${path}/`));
}
function wantedFile(within, path) {
  return within.length === 0 || within.some((w) => w === "" || path === w || path.startsWith(`${w}/`));
}
function sortedEntries(abs) {
  let list;
  try {
    list = (0, import_node_fs2.readdirSync)(abs, { withFileTypes: true });
  } catch {
    return [];
  }
  if (list.length > 1) list.sort(byFullPath);
  return list;
}
function byFullPath(a, b) {
  const x = a.name;
  const y = b.name;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x.charCodeAt(i) - y.charCodeAt(i);
    if (d !== 0) return d;
  }
  const cx = x.length > n ? x.charCodeAt(n) : a.isDirectory() ? 47 : -1;
  const cy = y.length > n ? y.charCodeAt(n) : b.isDirectory() ? 47 : -1;
  return cx - cy;
}
var COPY_SEGMENT = /(\.(?:bak|orig|swp|swo)|~)$/i;
var BACKUP_SUFFIX = /-backup$/i;
function isBackupName(name, hasSibling) {
  if (COPY_SEGMENT.test(name)) return true;
  const stem = name.replace(BACKUP_SUFFIX, "");
  return stem !== name && stem !== "" && hasSibling(stem);
}
function backupSegment(path, exists) {
  const parts = path.split("/");
  return parts.find((s, i) => isBackupName(s, (stem) => !exists || exists([...parts.slice(0, i), stem].join("/"))));
}
var DIR = 1;
var FILE = 2;
var LINK = 4;
var SentEntry = class {
  constructor(name, kind) {
    this.name = name;
    this.kind = kind;
  }
  name;
  kind;
  isDirectory() {
    return this.kind === DIR;
  }
  isFile() {
    return this.kind === FILE;
  }
  isSymbolicLink() {
    return this.kind === LINK;
  }
};
function* discover(opts) {
  yield* new Walker(opts).subtree("");
}
var Walker = class {
  root;
  include;
  exclude;
  within;
  realRoot;
  /** Whether a root-relative path exists (a `-backup` copy's original). */
  exists = (path) => (0, import_node_fs2.existsSync)(`${this.root}/${path}`);
  constructor(opts) {
    this.root = (0, import_node_path3.resolve)(opts.root);
    this.include = compileInclude(opts.include ?? DEFAULT_INCLUDE, this.root);
    this.exclude = compileExclude([...opts.exclude ?? [], ...DEFAULT_EXCLUDE]);
    this.within = opts.within ?? [];
  }
  /** The file at a root-relative path, as the walk gives it. */
  sourceFile(path) {
    return { path, abs: `${this.root}/${path}` };
  }
  /** Everything under `rel` ('' for the root), which the caller has already found wanted and not excluded. */
  *subtree(rel) {
    yield* this.walk(rel);
  }
  /**
   * The walk from `rel`; with `split`, once it has listed `split.afterDirs` folders, what is left may be
   * handed to another thread (`handOff`).
   */
  *walk(rel, split2) {
    const root = this.root;
    yield* this.run(
      [{ rel, entries: sortedEntries(rel === "" ? root : `${root}/${rel}`), next: 0, backup: backupSegment(rel, this.exists) !== void 0 }],
      split2
    );
  }
  /** The rest of a walk another thread handed off, from where it stopped (in the same order). */
  *resume(rest2) {
    const stack = rest2.map(({ rel, backup, names, kinds }) => ({ rel, backup, next: 0, entries: names.map((n, k) => new SentEntry(n, kinds[k])) }));
    yield* this.run(stack);
  }
  *run(stack, split2) {
    const { root, within, exclude } = this;
    let listed4 = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const entry = top.entries[top.next++];
      if (!entry) {
        stack.pop();
        continue;
      }
      const name = entry.name;
      const path = top.rel === "" ? name : `${top.rel}/${name}`;
      const backup = top.backup || isBackupName(name, (stem) => top.entries.some((e) => e.name === stem));
      if (entry.isDirectory()) {
        if (!wantedDir(within, path) || exclude.dir(path, name)) continue;
        stack.push({ rel: path, entries: sortedEntries(`${root}/${path}`), next: 0, backup });
        if (split2 && ++listed4 >= split2.afterDirs) {
          const taken = split2.handOff(() => rest(stack));
          if (taken) return;
          if (taken === false) split2 = void 0;
        }
        continue;
      }
      const file = this.file(entry, path, backup);
      if (file) yield file;
    }
  }
  file(entry, path, inBackup) {
    const isLink = entry.isSymbolicLink();
    if (!(isLink || entry.isFile()) || !wantedFile(this.within, path) || !this.include(path, entry.name) || this.exclude.file(path)) return void 0;
    const abs = `${this.root}/${path}`;
    const backup = inBackup ? backupSegment(path, this.exists) : void 0;
    if (backup) {
      return {
        skipped: {
          path,
          reason: "backup",
          detail: `${backup} is a backup or editor copy: not read, so it cannot double the findings of what it copies (rename it to scan it)`
        }
      };
    }
    if (isLink) {
      this.realRoot ??= (0, import_node_fs2.realpathSync)(this.root);
      return { skipped: symlinkSkip(path, abs, this.realRoot) };
    }
    return { file: { path, abs } };
  }
};
function rest(stack) {
  return stack.map(({ rel, backup, entries, next }) => {
    const left = entries.slice(next);
    return { rel, backup, names: left.map((e) => e.name), kinds: left.map((e) => e.isDirectory() ? DIR : e.isFile() ? FILE : e.isSymbolicLink() ? LINK : 0) };
  });
}
function symlinkSkip(path, abs, realRoot) {
  let target;
  try {
    target = (0, import_node_fs2.realpathSync)(abs);
  } catch {
    target = void 0;
  }
  const inside = target !== void 0 && (target === realRoot || target.startsWith(realRoot + import_node_path3.sep));
  return inside ? { path, reason: "symlink", detail: "symbolic link inside the workspace; its target is scanned on its own", quiet: true } : { path, reason: "symlink-outside", detail: "symbolic link to a path outside the workspace: not followed" };
}
var import_semver = __toESM(require_semver(), 1);
var table2;
function operatorCalicoTable() {
  if (!table2) {
    const data = knowledgeData("data/operator-calico.yaml");
    table2 = data;
  }
  return table2;
}
function triple(v) {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), m[3] === void 0 ? void 0 : Number(m[3])] : void 0;
}
function calicoForOperator(operatorVersion) {
  const t = triple(operatorVersion);
  if (!t) return void 0;
  const [major, minor, patch] = t;
  const row = operatorCalicoTable().operators.find((r) => r.operator === `${major}.${minor}`);
  if (!row) return void 0;
  const exact = patch === void 0 ? void 0 : row.patches?.[`${major}.${minor}.${patch}`];
  return { calico: exact ?? row.calico, exact: exact !== void 0, verified: row.verified, references: row.references };
}
function chartRow(chart) {
  const name = chart.trim().toLowerCase().split("/").pop() ?? "";
  return operatorCalicoTable().charts.find((r) => r.names.includes(name));
}
function isCalicoChart(chart) {
  const row = chartRow(chart);
  return row !== void 0 && row.installs !== "crds";
}
function calicoFromChartVersion(chart, version) {
  const row = chartRow(chart);
  if (!row || row.installs === "crds") return void 0;
  const s = version.trim();
  const within = /^(?:v?3\.(\d+)\.[x*]|~\s*v?3\.(\d+)(?:\.\d+)?)$/i.exec(s);
  if (within) {
    const calico = `3.${within[1] ?? within[2]}`;
    return { calico, note: `${row.names[0]} chart ${s}: a Calico ${calico} patch, the newest that matched when it was installed` };
  }
  if (row.encoding === "calico") {
    const m2 = /^v?(3\.\d+\.\d+)$/.exec(s);
    return m2?.[1] ? { calico: m2[1] } : void 0;
  }
  if (row.encoding === "patch-revision") {
    const m2 = /^v?(3)\.(\d+)\.(\d*)(\d\d)$/.exec(s);
    if (!m2) return void 0;
    const calico = `${m2[1]}.${m2[2]}.${m2[3] === "" ? "0" : Number(m2[3])}`;
    return { calico, note: `${row.names[0]} chart ${s} = Calico ${calico}, package revision ${m2[4]}` };
  }
  const m = /^v?(3\.\d+\.\d+)-build\d+$/.exec(s);
  return m?.[1] ? { calico: m[1], note: `${row.names[0]} chart ${s} = Calico ${m[1]}` } : void 0;
}
function isCalicoChartVersion(chart, version) {
  return calicoFromChartVersion(chart, version) !== void 0;
}
function helmRange(text) {
  const s = text.trim().replace(/~>\s*v?(\d+)\.(\d+)\.(\d+)/g, (_m, a, b, c) => `>=${a}.${b}.${c} <${a}.${Number(b) + 1}.0`).replace(/~>\s*v?(\d+)\.(\d+)/g, (_m, a, b) => `>=${a}.${b}.0 <${Number(a) + 1}.0.0`).replace(/\bv(?=\d)/g, "").replace(/\s*,\s*/g, " ");
  return import_semver.default.validRange(s) ?? void 0;
}
function calicoChartRange(chart, text) {
  const row = chartRow(chart);
  if (!row || row.installs === "crds" || row.encoding !== "calico" || !/[~^<>=*xX|,\s]/.test(text.trim())) return void 0;
  const range = helmRange(text);
  if (range === void 0) return void 0;
  const newest = Math.max(...operatorCalicoTable().operators.map((r) => Number(r.calico.split(".")[1])));
  const candidates = [];
  for (let m = 0; m <= newest + 1; m++) if (import_semver.default.intersects(range, `>=3.${m}.0 <3.${m + 1}.0`)) candidates.push(`3.${m}`);
  if (candidates.length === 0) return void 0;
  const open = candidates[candidates.length - 1] === `3.${newest + 1}`;
  const shown2 = open ? `Calico ${candidates[0]} or later` : candidates.length === 1 ? `Calico ${candidates[0]}` : `Calico ${candidates[0]} to ${candidates[candidates.length - 1]}`;
  return { candidates, shown: shown2 };
}
function isCalicoChartRange(chart, text) {
  return calicoChartRange(chart, text) !== void 0;
}
var compiled;
function compiledPatterns() {
  if (!compiled) {
    const data = knowledgeData("data/os-image-patterns.yaml") ?? { patterns: [] };
    compiled = data.patterns.map((pattern) => ({ pattern, re: new RegExp(pattern.match, "i") }));
  }
  return compiled;
}
function kubernetesMinor(version) {
  const m = version === void 0 ? null : /^v?(1\.\d+)(?:$|[.\-+])/.exec(version.trim());
  return m?.[1];
}
function fill(template, m, k8s) {
  if (template.includes("{k8s}") && k8s === void 0) return void 0;
  return template.replace(/\{k8s\}/g, k8s ?? "").replace(/\{\.\$(\d)\}/g, (_, n) => m[Number(n)] ? `.${m[Number(n)]}` : "").replace(/\{-\$(\d)\}/g, (_, n) => m[Number(n)] ? `-${m[Number(n)]}` : "").replace(/\$(\d)/g, (_, n) => m[Number(n)] ?? "").toLowerCase();
}
function hasRelease(spec) {
  return /-\d/.test(spec);
}
function describe(input, spec, unresolved, note) {
  const target = unresolved ? `${spec} (release unknown)` : lookupOs(spec)?.label ?? spec;
  return `${input} \u2192 ${target}${note ? `; ${note}` : ""}`;
}
function matchOsImage(input, kind, ctx = {}) {
  const key = `${kind}\0${ctx.k8sMinor ?? ""}\0${input}`;
  if (matched.has(key)) {
    const m2 = matched.get(key);
    return m2 && { ...m2 };
  }
  const m = matchOnce(input, kind, ctx);
  if (matched.size < MEMO_LIMIT) matched.set(key, m);
  return m && { ...m };
}
var MEMO_LIMIT = 4096;
var matched = /* @__PURE__ */ new Map();
var ignored = /* @__PURE__ */ new Map();
function matchOnce(input, kind, ctx) {
  const s = input.trim();
  if (!s || s.length > 512) return void 0;
  for (const { pattern, re } of compiledPatterns()) {
    if (!pattern.kinds.includes(kind)) continue;
    const m = re.exec(s);
    if (!m) continue;
    if (pattern.ignore || pattern.os === void 0) return void 0;
    let spec = fill(pattern.os, m, ctx.k8sMinor);
    let note = pattern.note;
    if (spec === void 0 && pattern.fallback) {
      spec = pattern.fallback;
      note = `Kubernetes version unknown, assuming ${pattern.fallback}${note ? `; ${note}` : ""}`;
    } else if (spec === void 0) {
      spec = pattern.os.replace(/-?\{k8s\}.*$/, "");
      note = `depends on the Kubernetes version, which is unknown here${note ? `; ${note}` : ""}`;
    }
    const unresolved = !hasRelease(spec);
    return { spec, unresolved, patternId: pattern.id, note: describe(s, spec, unresolved, note) };
  }
  return void 0;
}
function isIgnoredOsImage(input, kind) {
  const key = `${kind}\0${input}`;
  let answer = ignored.get(key);
  if (answer === void 0) {
    answer = false;
    const s = input.trim();
    for (const { pattern, re } of compiledPatterns()) {
      if (pattern.kinds.includes(kind) && re.test(s)) {
        answer = pattern.ignore === true;
        break;
      }
    }
    if (ignored.size < MEMO_LIMIT) ignored.set(key, answer);
  }
  return answer;
}
function isDroppedOsImage(input, kinds) {
  const [first, ...rest2] = kinds;
  return first !== void 0 && isIgnoredOsImage(input, first) && rest2.every((k) => !matchOsImage(input, k));
}
var KUBESPRAY_DEFINITION = {
  source: "kubespray-group-vars",
  /** A file with Kubespray's own keys. */
  inventory: "Kubespray inventory",
  /** A variables file that only may be Kubespray's. */
  variables: "variables file"
};
var INVENTORY_VARS = /(^|\/)(group_vars|host_vars)\//;
var KIND_DEFINITION = "kind Cluster";
var require_os = __commonJS({
  "builtin:os"(exports2, module2) {
    module2.exports = Object.create(__require2("os"), { __esModule: { value: true } });
  }
});
var require_fs = __commonJS({
  "builtin:fs"(exports2, module2) {
    module2.exports = Object.create(__require2("fs"), { __esModule: { value: true } });
  }
});
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
var UsageError = class extends Error {
  name = "UsageError";
};
function badValue(what, value, accepted, suggestion) {
  const list = typeof accepted === "string" ? accepted : `one of ${accepted.join(", ")}`;
  const hint = suggestion ?? (typeof accepted === "string" ? void 0 : closest(value, accepted));
  const mean = hint ? ` (did you mean ${JSON.stringify(hint)}?)` : "";
  return new UsageError(`${what}: ${JSON.stringify(value)} is not accepted${mean}; expected ${list}`);
}
var KnowledgeError = class extends Error {
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.file = file;
  }
  file;
};
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
var SEVERITIES = ["high", "medium", "low"];
var FAIL_ON = ["high", "medium", "low", "none"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}
function reaches(severity, failOn) {
  return failOn !== "none" && severityRank(severity) <= severityRank(failOn);
}
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
  const v = normalizeVersion2(raw);
  if (!v) throw badValue(input, raw, `a version such as ${example} or v${example}`);
  return explicit(name, v, input, raw);
}
function nodeOsFact(os) {
  const r = lookupOs(os);
  if (!r) {
    const { head, rest: rest2 } = osSpecHead(os);
    const id = closest(head, osSpecIds());
    throw badValue("node-os", os, explainOsSpec(os), id && id !== head ? `${id}${rest2}` : void 0);
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
      const known3 = accepted.find((a) => a.toLowerCase() === value.toLowerCase());
      if (!known3) throw badValue("fact", s, `${name}=${accepted.join("|")}`);
      value = known3;
    }
    out.push(explicit(name, value, "fact", s));
  }
  return out;
}
var CONFIG_FILE = ".netcompat.yaml";
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
var import_node_v8 = __toESM(require_node_v8(), 1);
var HEAP_FLAGS = [
  { flag: "--semi-space-growth-factor=1", v8: [11, 13] },
  { flag: "--heap-growing-percent=10", v8: [11, 13] },
  // V8 13.6 (Node 24) keeps the pages a collection frees in a pool (3 to 21 MiB at 100,000 files) and grows
  // the old generation by at least 8 MiB at a time; in memory-saver mode it empties the pool at each full
  // collection and grows by 2 MiB. Node 20's V8 11.3 has no such flag (and no pool).
  { flag: "--memory-saver-mode", v8: [13, 13] },
  // V8 13's mid-tier optimizing compiler (Maglev; off in V8 11.3) keeps its own code and metadata for each
  // function it compiles: without it functions go from the baseline tier to TurboFan, as on Node 20.
  { flag: "--no-maglev", v8: [13, 13] },
  // Tier-up for a run of about a second: by default V8 hands each function that turns hot to TurboFan on a
  // background thread, and in a scan most of those compiles finish too late to pay back (at 20,000 files the
  // compiler threads took 0.6 s of CPU on Node 20 and 0.3 s on Node 24, about a third and a fifth of the
  // process). 16 times the default budget (V8 11: bytes of bytecode run; V8 13 without Maglev: calls) still
  // optimises what runs long; the process's CPU fell by about a quarter on Node 20 and a seventh on Node 24,
  // and the peak by a few MiB (docs/performance.md). It replaces the 8x budget Terraform scans got alone.
  { flag: "--interrupt-budget=1081344", v8: [11, 11] },
  { flag: "--invocation-count-for-turbofan=48000", v8: [13, 13] }
];
function heapFlagsFor(v8Major) {
  const flags = HEAP_FLAGS.filter((f) => v8Major >= f.v8[0] && v8Major <= f.v8[1]).map((f) => f.flag);
  return flags.length > 0 ? flags.join(" ") : void 0;
}
var FLAGS = heapFlagsFor(Number(process.versions.v8.split(".")[0]));
var kept = false;
function keepHeapSmall() {
  if (!FLAGS) return;
  (0, import_node_v8.setFlagsFromString)(FLAGS);
  kept = true;
}
function heapKeptSmall() {
  return kept;
}
function sizeHeapForScan() {
  keepHeapSmall();
}
var VERSION = "0.1.0";
var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
function stripBidi(s) {
  return s.replace(BIDI, "");
}
function plainLine(s) {
  return stripBidi(s).replace(CONTROLS, " ");
}
function plainLines(s) {
  return s.split("\n").map((line) => plainLine(line)).join("\n");
}
function oneLine(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
function neutraliseCommands(text) {
  return text.split("\n").map((line) => line.replace(/^(\s*)::/, "$1\\::").replaceAll("##[", "#\\#[")).join("\n");
}
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "|": "&#124;" };
function escapeHtml(s) {
  return plainLine(s).replace(/[&<>"'|]/g, (c) => HTML[c] ?? c);
}
function escapeMarkdown(s) {
  return escapeHtml(plainLine(s).replace(/[\\`*_{}[\]()#+!~]/g, (c) => `\\${c}`)).replace(/@/g, "@\u200B");
}
function code(s) {
  return `<code>${escapeMarkdown(s)}</code>`;
}
function annotationText(s) {
  return plainLine(s);
}
var DEFAULT_SCAN_DEADLINE_MS = 10 * 60 * 1e3;
var MAX_SCAN_BYTES = 1024 * 1024 * 1024;
var MAX_SCAN_DOCUMENTS = 5e5;
var ScanAbortedError = class extends UsageError {
  name = "ScanAbortedError";
};
var ScanBudget = class {
  endsAt;
  bytes = 0;
  docs = 0;
  maxBytes;
  maxDocs;
  deadlineMs;
  constructor(limits = {}) {
    this.deadlineMs = limits.deadlineMs ?? DEFAULT_SCAN_DEADLINE_MS;
    this.endsAt = Date.now() + this.deadlineMs;
    this.maxBytes = limits.maxBytes ?? MAX_SCAN_BYTES;
    this.maxDocs = limits.maxDocuments ?? MAX_SCAN_DOCUMENTS;
  }
  /** The first limit crossed; once set, the file loop stops and `throwIfOver` ends the scan with it. */
  failure;
  /** True (and the failure recorded) once the deadline has passed; `stage` says where the scan was. */
  over(stage) {
    if (!this.failure && Date.now() > this.endsAt) {
      this.failure = new ScanAbortedError(
        `scan aborted: the scan did not finish within ${Math.round(this.deadlineMs / 1e3)} s (${stage}); nothing was decided. Narrow path or include, or exclude generated trees`
      );
    }
    return this.failure !== void 0;
  }
  /** Counts bytes read; true once over the cap. */
  addBytes(n) {
    this.bytes += n;
    if (!this.failure && this.bytes > this.maxBytes)
      this.failure = new ScanAbortedError(`scan aborted: more than ${this.maxBytes} bytes to read; nothing was decided. Narrow path or include`);
    return this.failure !== void 0;
  }
  /** Counts documents parsed; true once over the cap. */
  addDocuments(n) {
    this.docs += n;
    if (!this.failure && this.docs > this.maxDocs)
      this.failure = new ScanAbortedError(`scan aborted: more than ${this.maxDocs} YAML documents; nothing was decided. Narrow path or include`);
    return this.failure !== void 0;
  }
  /** Between stages: throws the recorded failure, or a deadline passed by now. */
  throwIfOver(stage) {
    this.over(stage);
    if (this.failure) throw this.failure;
  }
};
function deadlineFromEnv(env) {
  const v = env.NETCOMPAT_SCAN_DEADLINE_MS;
  const n = Number(v);
  return v !== void 0 && v !== "" && Number.isFinite(n) && n >= 0 ? n : void 0;
}
function clusterFacts(c) {
  const s = c.shared;
  if (!s || s.runs.length === 0) return c.facts;
  const out = [];
  let i = 0;
  for (const r of s.runs) {
    while (i < r.at) out.push(c.facts[i++]);
    for (let k = r.from; k < r.to; k++) out.push(s.facts[k]);
  }
  while (i < c.facts.length) out.push(c.facts[i++]);
  return out;
}
function splitShared(facts, shared, index) {
  const own = [];
  const runs2 = [];
  let run;
  for (const f of facts) {
    const k = index.get(f);
    if (k === void 0) {
      own.push(f);
      run = void 0;
    } else if (run && run.to === k) {
      run.to++;
    } else {
      runs2.push(run = { at: own.length, from: k, to: k + 1 });
    }
  }
  return runs2.length ? { facts: own, shared: { facts: shared, runs: runs2 } } : { facts: own };
}
function decodeFacts(facts) {
  const out = [];
  for (const f of facts) {
    if (!f.decode) {
      out.push(f);
      continue;
    }
    const d = decodeFact(f, f.decode);
    if (d) out.push(d);
  }
  return vagrantMatrices(out);
}
function vagrantMatrices(facts) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of facts) {
    if (f.name !== "node.os" || f.source !== "vagrant-box" || !f.place) continue;
    const list = byFile.get(f.place.file);
    if (list) list.push(f);
    else byFile.set(f.place.file, [f]);
  }
  const merged = /* @__PURE__ */ new Map();
  for (const list of byFile.values()) {
    const values = [...new Set(list.map((f) => f.value))];
    if (values.length < 2) continue;
    const known22 = values.filter((v) => !list.some((f) => f.value === v && f.unresolved)).sort();
    const boxes = list.map((f) => f.raw ?? f.value).join(", ");
    const first = list[0];
    const one = {
      name: "node.os",
      value: `one of ${values.sort().join(", ")}`,
      origin: first.origin,
      place: first.place,
      source: first.source,
      note: `the Vagrantfile's machines boot different boxes (${boxes}), a test matrix: the nodes run one of them`,
      derivedFrom: list
    };
    if (known22.length === values.length) one.candidates = known22;
    else one.unresolved = true;
    list.forEach((f, i) => merged.set(f, i === 0 ? one : null));
  }
  if (merged.size === 0) return facts;
  return facts.flatMap((f) => {
    const m = merged.get(f);
    return m === void 0 ? [f] : m === null ? [] : [m];
  });
}
function rebuilt(f, d, reorderDerived = false) {
  const out = { ...f, value: d.value };
  delete out.decode;
  delete out.raw;
  delete out.note;
  delete out.unresolved;
  const derivedFrom = out.derivedFrom;
  if (reorderDerived) delete out.derivedFrom;
  if (d.raw !== void 0 && (d.rawAlways || d.raw !== d.value)) out.raw = d.raw;
  if (d.note) out.note = d.note;
  if (d.unresolved) out.unresolved = true;
  if (reorderDerived && derivedFrom) out.derivedFrom = derivedFrom;
  return out;
}
var labelled = (label, note) => label ? `${label}: ${note}` : note;
var join = (...parts) => parts.filter(Boolean).join("; ");
function decodeFact(f, m) {
  return m.as === "os-image" ? decodeOsImage(f, m) : decodeCalicoChart(f, m);
}
function decodeOsImage(f, m) {
  const kind = m.kind;
  const ctx = m.k8sMinor !== void 0 ? { k8sMinor: m.k8sMinor } : {};
  const name = f.value;
  if (m.form === "vagrant") {
    const x2 = matchOsImage(name, kind, ctx);
    if (!x2) {
      if (isIgnoredOsImage(name, kind)) return void 0;
      return rebuilt(f, { value: name, unresolved: true, note: `Vagrant box ${name}: not a box whose OS release is known` });
    }
    return rebuilt(f, { value: x2.spec, raw: name, note: `Vagrant box ${x2.note}`, unresolved: x2.unresolved });
  }
  if (m.form === "hcl") {
    const x2 = matchOsImage(name, kind, ctx);
    if (!x2) {
      if (isIgnoredOsImage(name, kind)) return void 0;
      return rebuilt(f, { value: name, unresolved: true, note: join(m.before, `${name}: not a known OS image name`, m.after) });
    }
    return rebuilt(f, { value: x2.spec, raw: name, rawAlways: true, note: join(m.before, x2.note, m.after), unresolved: x2.unresolved || f.unresolved });
  }
  const text = f.raw ?? name;
  const x = matchOsImage(name, kind, ctx) ?? (kind === "image" ? matchOsImage(name, "base-os", ctx) ?? matchOsImage(name, "os-release", ctx) : void 0);
  if (!x) {
    if (isIgnoredOsImage(name, kind)) return void 0;
    return rebuilt(f, { value: name, raw: text, note: labelled(m.label, join(`${name}: not a known OS image name`, f.note)), unresolved: true });
  }
  const note = f.raw === void 0 ? x.note : `${x.note} (default of ${text})`;
  return rebuilt(f, { value: x.spec, raw: text, note: labelled(m.label, join(note, f.note)), unresolved: x.unresolved || f.unresolved });
}
function decodeCalicoChart(f, m) {
  const written = f.raw ?? f.value;
  const c = calicoFromChartVersion(m.chart, f.value);
  const range = c ? void 0 : calicoChartRange(m.chart, f.value);
  if (range) {
    const note = `${m.chart} chart version constraint ${f.value}: Helm installs one of the Calico releases it admits, ${range.shown}`;
    const out = rebuilt(f, { value: f.value, note: join(m.before, note, f.note) }, m.form === "hcl");
    return { ...out, candidates: range.candidates };
  }
  if (!c) {
    return rebuilt(f, { value: f.value, raw: f.raw, note: join(m.before, `${m.chart} chart ${f.value}: not a Calico release`, f.note), unresolved: true });
  }
  if (m.form === "hcl") {
    const out = rebuilt(f, { value: c.calico, raw: written, note: f.note, unresolved: f.unresolved }, true);
    return out.derivedFrom ? { ...out, derivedFrom: out.derivedFrom.map((h) => ({ ...h, value: c.calico })) } : out;
  }
  if (m.form === "rke") {
    const note = `RKE2 bundles ${c.note ?? `rke2-calico ${written}`}; installed with cni: calico`;
    return rebuilt(f, { value: c.calico, raw: written, note: join(note, f.note), unresolved: f.unresolved });
  }
  return rebuilt(f, { value: c.calico, raw: written, note: join(m.before, c.note, f.note), unresolved: f.unresolved });
}
var calicoFromOperator = {
  target: "calico.version",
  from: "calico.operatorVersion",
  derive(op) {
    const m = op.unresolved ? void 0 : calicoForOperator(op.value);
    if (!m) return void 0;
    const unverified = m.verified ? "" : " (UNVERIFIED mapping)";
    const note = `tigera/operator v${op.value} installs Calico v${m.calico}${m.exact ? "" : ".x"}${unverified}`;
    return { name: "calico.version", value: m.calico, origin: "derived", source: "derive:calico-from-operator", note, derivedFrom: [op] };
  }
};
var kubeProxyDisabledByCalicoBpf = {
  target: "kubeProxy.disabled",
  from: "calico.dataplane",
  derive(dp) {
    if (dp.unresolved || dp.value.trim().toLowerCase() !== "bpf") return void 0;
    const f = {
      name: "kubeProxy.disabled",
      value: "true",
      origin: "derived",
      source: "derive:kube-proxy-replaced-by-calico-bpf",
      note: "Calico eBPF dataplane replaces kube-proxy",
      derivedFrom: [dp]
    };
    if (dp.place) f.place = dp.place;
    return f;
  }
};
function derived(target, value, source, note, by) {
  const f = { name: target, value, origin: "derived", source: `derive:${by}`, note, derivedFrom: [source] };
  if (source.candidates && value === source.value) f.candidates = [...source.candidates];
  return f;
}
var DERIVATIONS = [
  // Before kube-controllers-from-calico, so an operator install gets both.
  calicoFromOperator,
  kubeProxyDisabledByCalicoBpf,
  {
    target: "kubeProxy.version",
    from: "kubernetes.version",
    derive: (k) => k.unresolved ? { ...derived("kubeProxy.version", k.value, k, "cluster version", "kube-proxy-from-cluster"), unresolved: true } : derived("kubeProxy.version", k.value, k, "cluster version", "kube-proxy-from-cluster")
  },
  {
    target: "calico.kubeControllersVersion",
    from: "calico.version",
    derive: (c) => c.unresolved ? void 0 : derived("calico.kubeControllersVersion", c.value, c, "Calico version", "kube-controllers-from-calico")
  },
  {
    target: "node.kernel",
    from: "node.os",
    derive: (os) => os.candidates ? kernelOfCandidates(os) : kernelOfOs(os)
  },
  {
    target: "host.iptablesBackend",
    from: "node.os",
    derive: (os) => {
      const r = os.unresolved ? void 0 : lookupOs(os.value);
      if (!r?.iptablesBackend) return void 0;
      const unverified = r.backendVerified === false ? " (UNVERIFIED)" : "";
      return derived("host.iptablesBackend", r.iptablesBackend, os, `${r.label} uses iptables-${r.iptablesBackend}${unverified}`, "backend-from-os");
    }
  },
  {
    // Without an OS, an Enterprise Linux kernel still names its userland: EL7 ships iptables-legacy,
    // EL8 and later iptables-nft (rules-evidence.md section 6, section 11).
    target: "host.iptablesBackend",
    from: "node.kernel",
    derive: (k) => {
      const el = k.unresolved ? void 0 : kernelFlavor(k.value)?.el;
      if (el === void 0) return void 0;
      const backend = el >= 8 ? "nft" : "legacy";
      return derived("host.iptablesBackend", backend, k, `kernel ${k.value} is an EL${el} build; EL${el} hosts use iptables-${backend}`, "backend-from-kernel");
    }
  }
];
function kernelOfOs(os) {
  const r = os.unresolved ? void 0 : lookupOs(os.value);
  if (!r) return void 0;
  const unverified = r.verified === false ? " (UNVERIFIED)" : "";
  const range = kernelRange(r);
  if (range.series.length > 1) {
    const pin = r.pin ? `; to pin it, ${r.pin}` : "; to pin it, give kernel-version";
    const note = `${range.what}: kernel ${spanOf(range.series)}${unverified} (one of ${range.series.join(", ")})${pin}`;
    return { ...derived("node.kernel", spanOf(range.series), os, note, "kernel-from-os"), candidates: range.series };
  }
  const exact = range.series[0];
  const value = exact === r.kernel && !r.date ? r.kernelString ?? r.kernel : exact;
  return derived("node.kernel", value, os, `${range.what} ${r.date ? "runs" : "default"} kernel ${exact}${unverified}`, "kernel-from-os");
}
function kernelOfCandidates(os) {
  const rows = (os.candidates ?? []).map((c) => lookupOs(c));
  if (os.unresolved || rows.length === 0 || rows.some((r) => r === void 0)) return void 0;
  const unverified = rows.some((r) => r.verified === false) ? " (UNVERIFIED)" : "";
  const series = [...new Set(rows.flatMap((r) => kernelRange(r).series))].sort(compareSeries);
  const note = `${os.value}: kernel ${spanOf(series)}${unverified}${series.length > 1 ? ` (one of ${series.join(", ")}); to pin it, give the release or kernel-version` : ""}`;
  const f = { name: "node.kernel", value: spanOf(series), origin: "derived", source: "derive:kernel-from-os", note, derivedFrom: [os] };
  return series.length > 1 ? { ...f, candidates: series } : f;
}
var spanOf = (series) => series.length > 1 ? `${series[0]}\u2013${series[series.length - 1]}` : series[0];
function compareSeries(a, b) {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}
function applyDerivations(facts, derivations = DERIVATIONS) {
  const out = [...facts];
  const byName2 = /* @__PURE__ */ new Map();
  for (const d of derivations) {
    byName2.set(d.target, []);
    byName2.set(d.from, []);
  }
  for (const f of facts) byName2.get(f.name)?.push(f);
  for (const d of derivations) {
    if (byName2.get(d.target).length > 0) continue;
    for (const src of [...byName2.get(d.from)]) {
      const f = d.derive(src);
      if (!f) continue;
      out.push(f);
      byName2.get(f.name)?.push(f);
    }
  }
  return out;
}
function applyExtraVars(facts) {
  const defs = facts.filter((f) => f.name === "cluster.definition" && !f.unresolved);
  const loose = new Set(defs.filter(isLooseVars).map((f) => f.place.file));
  if (loose.size === 0) return { facts: [...facts], overridden: [] };
  const roots = new Set(defs.filter((f) => !loose.has(f.place?.file ?? "")).map((f) => f.value));
  const inventories = defs.filter((f) => f.source === SOURCE && f.note === KUBESPRAY_DEFINITION.inventory && INVENTORY_VARS.test(f.place?.file ?? ""));
  if (roots.size !== 1 || inventories.length === 0 || !inventories.every((f) => roots.has(f.value))) return { facts: [...facts], overridden: [] };
  const winner = (f) => f.source === SOURCE && f.origin === "repository" && loose.has(f.place?.file ?? "");
  const byName2 = /* @__PURE__ */ new Map();
  for (const f of facts) if (winner(f) && f.name !== "cluster.definition" && !byName2.has(f.name)) byName2.set(f.name, f);
  const lost = /* @__PURE__ */ new Map();
  for (const f of facts) {
    const w = byName2.get(f.name);
    if (w && f.source === SOURCE && f.origin === "repository" && INVENTORY_VARS.test(f.place?.file ?? "")) lost.set(f, w);
  }
  const overridden = [...lost.keys()].map((v) => ({
    ...v,
    note: [v.note, "overridden by Kubespray variables outside the inventory, which outrank it"].filter(Boolean).join("; ")
  }));
  const winners = new Set(lost.values());
  const out = [];
  for (const f of facts) {
    if (lost.has(f)) continue;
    if (f.name === "cluster.definition" && loose.has(f.place?.file ?? "")) continue;
    out.push(winners.has(f) ? { ...f, note: [f.note, "outranks the inventory's value (Ansible extra vars or play vars)"].filter(Boolean).join("; ") } : f);
  }
  return { facts: out, overridden };
}
var SOURCE = KUBESPRAY_DEFINITION.source;
function isLooseVars(f) {
  return f.source === SOURCE && (f.note === KUBESPRAY_DEFINITION.inventory || f.note === KUBESPRAY_DEFINITION.variables) && f.place !== void 0 && !INVENTORY_VARS.test(f.place.file);
}
var import_semver2 = __toESM(require_semver(), 1);
var profiles;
function installerProfiles() {
  if (!profiles) {
    const out = /* @__PURE__ */ new Map();
    for (const path of knowledgePaths.filter((p) => /^data\/installers\/[^/]+\.ya?ml$/.test(p)).sort()) {
      const p = profileAt(path);
      out.set(p.name, p);
    }
    profiles = out;
  }
  return profiles;
}
function profileAt(path) {
  const p = knowledgeData(path);
  if (path !== `data/installers/${p.name}.yaml`) throw new KnowledgeError(path, `/name "${p.name}" does not match the file name`);
  return p;
}
var byName = /* @__PURE__ */ new Map();
function installerProfile(name) {
  if (profiles) return profiles.get(name);
  if (!byName.has(name)) {
    const path = `data/installers/${name}.yaml`;
    byName.set(name, knowledgePaths.includes(path) ? profileAt(path) : void 0);
  }
  return byName.get(name);
}
function releaseKey(v) {
  return [...v.trim().replace(/^v/i, "").matchAll(/\d+/g)].map((m) => Number(m[0]));
}
function compareRelease(a, b) {
  const x = releaseKey(a);
  const y = releaseKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function releaseSatisfies(release, range) {
  return range.trim().split(/\s+/).every((c) => {
    const m = /^(>=|<=|>|<|=)?(.+)$/.exec(c);
    if (!m) return false;
    const d = compareRelease(release, m[2]);
    switch (m[1]) {
      case ">=":
        return d >= 0;
      case "<=":
        return d <= 0;
      case ">":
        return d > 0;
      case "<":
        return d < 0;
      default:
        return d === 0;
    }
  });
}
function releaseRows(profile, release) {
  return profile.releases.filter((r) => compareRelease(r.release, release) <= 0 && compareRelease(release, r.to ?? r.release) <= 0);
}
function kubernetesCore(v) {
  const m = /^v?(\d+\.\d+(?:\.\d+)?)(?:$|[-+.])/.exec(v.trim());
  return m?.[1];
}
function kubernetesSatisfies(k8s, range) {
  const core = kubernetesCore(k8s);
  if (!core) return "unknown";
  const key = `${core} ${range}`;
  const known22 = satisfiesSeen.get(key);
  if (known22) return known22;
  const parts = core.split(".");
  const ends = parts.length === 3 ? [core] : [`${core}.0`, `${core}.99999`];
  const r = ends.map((v) => import_semver2.default.satisfies(v, range));
  const t = r.every((x) => x) ? "true" : r.every((x) => !x) ? "false" : "unknown";
  if (satisfiesSeen.size < SATISFIES_KEPT) satisfiesSeen.set(key, t);
  return t;
}
var satisfiesSeen = /* @__PURE__ */ new Map();
var SATISFIES_KEPT = 4096;
function versionSpan(lowest, toMinorEnd) {
  if (!toMinorEnd) return `>=${lowest}`;
  const [major, minor] = lowest.split(".").map(Number);
  return `>=${lowest} <${major}.${minor + 1}.0`;
}
var SPAN = /^>=(\d+)\.(\d+)\.(\d+)(?: <(\d+)\.(\d+)\.0)?$/;
var PAST_EVERY_RELEASE = "99999.0.0";
function spanTestPoints(text) {
  const m = SPAN.exec(text);
  if (!m) return void 0;
  const [, major, minor, patch, toMajor, toMinor] = m;
  const points = [`${major}.${minor}.${patch}`, `${major}.${minor}.99999`];
  if (toMajor === void 0) return [...points, PAST_EVERY_RELEASE];
  return toMajor === major && Number(toMinor) === Number(minor) + 1 ? points : void 0;
}
function span(b, minor, core) {
  const lowest = core === minor ? `${minor}.0` : core;
  return b.versionFloor ? { candidates: [versionSpan(lowest, false)], shown: `${lowest} or later` } : { candidates: [versionSpan(lowest, true)], shown: `${lowest}\u2013${minor}.x` };
}
function patchBuildKubeProxy(p, facts) {
  const builds = p.kubeProxy.patchBuilds;
  if (!builds) return void 0;
  const k8s = facts.filter((f2) => f2.name === "kubernetes.version" && !f2.unresolved && !f2.candidates && !(builds.versionFloor && f2.origin === "explicit"));
  const cores = [...new Set(k8s.map((f2) => kubernetesCore(f2.value)))];
  const patched = cores.map((c) => c === void 0 ? void 0 : /^(\d+\.\d+)\.\d+$/.exec(c)).filter((m) => m !== null);
  if (patched.length === 0 || patched.length !== cores.length) return void 0;
  const spans = patched.map((m) => span(builds, m[1], m[0]));
  const from = k8s.filter((f2) => patched.some((m) => kubernetesCore(f2.value) === m[0]));
  const place = from.find((f2) => f2.place)?.place;
  const f = {
    name: "kubeProxy.version",
    value: spans.map((s) => s.shown).join(", "),
    candidates: [...new Set(spans.flatMap((s) => s.candidates))],
    origin: "default",
    source: `installer:${p.name}`,
    note: `${p.label} ${patched.map((m) => m[0]).join(", ")}: ${builds.note}`,
    derivedFrom: from
  };
  if (place) f.place = place;
  return f;
}
function boundBuildVersions(p, facts) {
  return p.kubeProxy.patchBuilds?.versionFloor ? boundBuilds(p, facts, () => true) : facts;
}
function boundBuilds(p, facts, only) {
  const builds = p.kubeProxy.patchBuilds;
  return facts.map((f) => {
    if (!isPinnedVersion(f) || !only(f)) return f;
    const core = kubernetesCore(f.value);
    if (core === void 0) return f;
    const { candidates, shown: shown2 } = span(builds, /^\d+\.\d+/.exec(core)[0], core);
    const note = `${p.label} ${builds.versionFloor ? `${f.value.trim()} or later` : `${f.value.trim()}: ${shown2}`}: ${builds.note}`;
    return { ...f, candidates, note: f.note ? `${f.note}; ${note}` : note };
  });
}
function boundKubeletBuilds(p, facts) {
  const builds = p.kubeletBuilds;
  if (!builds) return facts;
  return facts.map((f) => {
    if (f.name !== "kubernetes.version" || !isPinnedVersion(f)) return f;
    const core = kubernetesCore(f.value);
    const minor = core === void 0 ? void 0 : /^\d+\.\d+/.exec(core)?.[0];
    if (core === void 0 || minor === void 0) return f;
    const lowest = core === minor ? `${minor}.0` : core;
    const note = `${p.label} kubelet ${f.value.trim()} or a later build: ${builds.note}`;
    return { ...f, candidates: [versionSpan(lowest, false)], note: f.note ? `${f.note}; ${note}` : note };
  });
}
function isPinnedVersion(f) {
  return (f.name === "kubernetes.version" || f.name === "kubeProxy.version") && !f.unresolved && !f.candidates && f.origin !== "explicit";
}
var BUILD_TAG = /^v?\d+\.\d+\.\d+-([a-z]+)\./;
function boundOtherBuilds(facts, installer) {
  const tags = new Set(facts.filter(isPinnedVersion).map((f) => BUILD_TAG.exec(f.value.trim())?.[1]));
  tags.delete(void 0);
  if (tags.size === 0) return facts;
  let out = facts;
  for (const p of installerProfiles().values()) {
    const tag = p.kubeProxy.patchBuilds?.buildTag;
    if (p === installer && p.kubeProxy.patchBuilds?.versionFloor || tag === void 0 || !tags.has(tag)) continue;
    out = boundBuilds(p, out, (f) => BUILD_TAG.exec(f.value.trim())?.[1] === tag);
  }
  return out;
}
function naturalCompare(a, b) {
  return compareRuns(a, runs(a), b, runs(b));
}
function naturalSorted(values) {
  return values.map((v) => ({ v, r: runs(v) })).sort((x, y) => compareRuns(x.v, x.r, y.v, y.r)).map((x) => x.v);
}
function runs(s) {
  return s.match(/\d+|\D+/g) ?? [];
}
function compareRuns(a, pa, b, pb) {
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = x.replace(/^0+(?=\d)/, "");
      const ny = y.replace(/^0+(?=\d)/, "");
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}
function applyInstallerDefaults(facts, show = formatPlace) {
  const read2 = readFacts(facts);
  const profile = chooseProfile(read2.names);
  if (!profile) return boundOtherBuilds([...facts], void 0);
  const k8s = single(read2.kubernetes.filter((f) => !f.unresolved && !f.candidates).map((f) => kubernetesCore(f.value)));
  const basis = recognition(read2, profile, k8s, show);
  const cniFacts = read2.cni;
  const repoCni = cniFacts.length === 0 ? null : cniFacts.some((f) => f.unresolved) ? void 0 : single(cniFacts.map((f) => f.value.trim().toLowerCase()));
  const per = basis.candidates.map((c) => valuesOf(profile, c, k8s, repoCni));
  const present = /* @__PURE__ */ new Set();
  for (const f of facts) present.add(f.name);
  const proxyOff = read2.proxyOff;
  const out = [...facts];
  const builds = present.has("kubeProxy.version") || proxyOff ? void 0 : patchBuildKubeProxy(profile, read2.kubernetes);
  if (builds) {
    out.push(builds);
    present.add("kubeProxy.version");
  }
  for (const name of namesSetBy(profile)) {
    if (present.has(name) || proxyOff && name.startsWith("kubeProxy.")) continue;
    if (name !== "kubeProxy.version" && DERIVATIONS.some((d) => d.target === name && present.has(d.from))) continue;
    const f = combine(
      name,
      per.map((m) => m.get(name)),
      profile,
      basis
    );
    if (f) out.push(f);
  }
  return boundOtherBuilds(boundBuildVersions(profile, out), profile);
}
function applyKubeletBuilds(facts) {
  const profile = chooseProfile(facts.filter((f) => f.name === "installer.name"));
  return profile?.kubeletBuilds ? boundKubeletBuilds(profile, facts) : facts;
}
var settable = /* @__PURE__ */ new WeakMap();
function namesSetBy(p) {
  let names = settable.get(p);
  if (!names) {
    const set = /* @__PURE__ */ new Set(["kubernetes.version", "kubeProxy.version", "calico.version", ...p.defaults.map((d) => d.fact)]);
    settable.set(p, names = FACT_NAMES.filter((n) => set.has(n)));
  }
  return names;
}
function readFacts(facts) {
  const read2 = { names: [], releases: [], kubernetes: [], cni: [], proxyOff: false };
  for (const f of facts) {
    switch (f.name) {
      case "installer.name":
        read2.names.push(f);
        break;
      case "installer.release":
        read2.releases.push(f);
        break;
      case "kubernetes.version":
        read2.kubernetes.push(f);
        break;
      case "cluster.cni":
        read2.cni.push(f);
        break;
      case "kubeProxy.disabled":
        if (!f.unresolved && f.value.trim().toLowerCase() === "true") read2.proxyOff = true;
        break;
    }
  }
  return read2;
}
function single(xs) {
  const set = new Set(xs.filter((x) => x !== void 0));
  return set.size === 1 ? [...set][0] : void 0;
}
function chooseProfile(nameFacts) {
  const names = new Set(nameFacts.filter((f) => !f.unresolved).map((f) => f.value.trim().toLowerCase()));
  const profiles2 = [...names].map((n) => installerProfile(n)).filter((p) => p !== void 0);
  const specialised = new Set(profiles2.flatMap((p) => p.specialises ?? []));
  const left = profiles2.filter((p) => !specialised.has(p.name));
  return left.length === 1 ? left[0] : void 0;
}
var shownRelease = (p, r, row) => row?.written && row.release === r ? row.written : /^\d/.test(r) ? `v${r}` : r;
function rowLabel(p, row) {
  if (!row.to) return shownRelease(p, row.release, row);
  const minor = /^(\d+\.\d+)\.0$/.exec(row.release)?.[1];
  if (minor !== void 0 && row.to === `${minor}.99999`) return `v${minor}.x`;
  return `${shownRelease(p, row.release)}\u2026${shownRelease(p, row.to)}`;
}
var MAX_LISTED = 8;
function listed(items) {
  return items.length > MAX_LISTED ? `${items.slice(0, MAX_LISTED).join(", ")} (+${items.length - MAX_LISTED} more)` : items.join(", ");
}
function at(f, show) {
  const what = f.note ?? f.source;
  return f.place ? `${what} at ${show(f.place)}` : what;
}
function recognition(read2, p, k8s, show) {
  const nameFact = read2.names.find((f) => f.value.trim().toLowerCase() === p.name && f.place) ?? read2.names.find((f) => f.value.trim().toLowerCase() === p.name);
  const releaseFacts = read2.releases.filter((f) => (f.key ?? p.name) === p.name && !f.unresolved);
  const releases = [...new Set(releaseFacts.map((f) => f.value.trim().replace(/^v/i, "")))].sort();
  if (releases.length > 0) {
    const candidates = releases.flatMap((r) => expand(p, r));
    const shown2 = candidates.map((c) => shownRelease(p, c.release ?? "?", c.row));
    const label = shown2.length === 1 ? `${p.label} ${shown2[0]}` : `${p.label}, one of ${listed(shown2)}`;
    return { candidates, label, where: `${p.label} release from ${listed(releaseFacts.map((f) => at(f, show)))}`, from: releaseFacts };
  }
  const where2 = `${p.label} recognised from ${at(nameFact, show)}`;
  if (p.releases.length === 0) return { candidates: [{}], label: p.label, where: where2, from: [nameFact] };
  const fits = releasesFitting(p, k8s);
  if (fits.length === 0) return { candidates: [{}], label: `${p.label}, release unknown`, where: where2, from: [nameFact] };
  const k8sFact = k8s === void 0 ? void 0 : read2.kubernetes.find((f) => kubernetesCore(f.value) === k8s);
  const why = k8s === void 0 ? "" : `; the releases that install Kubernetes ${k8s}`;
  return {
    candidates: fits.map((row) => ({ release: row.to ? void 0 : row.release, row })),
    label: `${p.label}, release unknown (one of ${listed(fits.map((r) => rowLabel(p, r)))})`,
    where: `${where2}${why}`,
    from: k8sFact ? [nameFact, k8sFact] : [nameFact]
  };
}
function expand(p, r) {
  if (p.releaseScheme !== "kubernetes" && /^\d+\.\d+$/.test(r)) {
    const rows = p.releases.filter((x) => x.release.startsWith(`${r}.`) && !x.to);
    if (rows.length > 0) return rows.map((row) => ({ release: row.release, row }));
  }
  return [{ release: r, row: releaseRows(p, r)[0] }];
}
function fitsKubernetes(p, row, k8s) {
  if (k8s === void 0) return true;
  if (row.supports) return kubernetesSatisfies(k8s, row.supports) !== "false";
  if (p.releaseScheme === "kubernetes") {
    const lo = kubernetesCore(row.release);
    const hi = kubernetesCore(row.to ?? row.release);
    return lo !== void 0 && hi !== void 0 && releaseSatisfies(k8s, `>=${lo}`) && (releaseSatisfies(k8s, `<=${hi}`) || k8s.split(".").length < 3);
  }
  return true;
}
function holds2(w, c, k8s, cni) {
  if (!w) return "true";
  const parts = [];
  if (w.release !== void 0) parts.push(c.release === void 0 ? rowHolds(c.row, w.release) : releaseSatisfies(c.release, w.release) ? "true" : "false");
  if (w.kubernetes !== void 0) parts.push(k8s === void 0 ? "unknown" : kubernetesSatisfies(k8s, w.kubernetes));
  if (w.cni !== void 0) parts.push(cni === void 0 ? "unknown" : w.cni.includes(cni) ? "true" : "false");
  return parts.includes("false") ? "false" : parts.includes("unknown") ? "unknown" : "true";
}
function rowHolds(row, range) {
  if (!row) return "unknown";
  const a = releaseSatisfies(row.release, range);
  const b = releaseSatisfies(row.to ?? row.release, range);
  return a && b ? "true" : !a && !b ? "false" : "unknown";
}
var valuesSeen = /* @__PURE__ */ new WeakMap();
function valuesOf(p, c, repoK8s, repoCni) {
  let byRow = valuesSeen.get(p);
  if (!byRow) valuesSeen.set(p, byRow = /* @__PURE__ */ new Map());
  let byInput = byRow.get(c.row);
  if (!byInput) byRow.set(c.row, byInput = /* @__PURE__ */ new Map());
  const key = JSON.stringify([c.release ?? null, repoK8s ?? null, repoCni === void 0 ? 0 : repoCni]);
  let values = byInput.get(key);
  if (!values) byInput.set(key, values = valuesFor(p, c, repoK8s, repoCni));
  return values;
}
var fittingSeen = /* @__PURE__ */ new WeakMap();
function releasesFitting(p, k8s) {
  let byVersion = fittingSeen.get(p);
  if (!byVersion) fittingSeen.set(p, byVersion = /* @__PURE__ */ new Map());
  const key = k8s ?? "";
  let fits = byVersion.get(key);
  if (!fits) byVersion.set(key, fits = p.releases.filter((r) => fitsKubernetes(p, r, k8s)));
  return fits;
}
function valuesFor(p, c, repoK8s, repoCni) {
  const out = /* @__PURE__ */ new Map();
  const row = c.row;
  const unverified = row?.verified === false ? row.note ?? "UNVERIFIED" : void 0;
  const own = row?.kubernetes ?? (p.releaseScheme === "kubernetes" && c.release ? kubernetesCore(c.release) : void 0);
  if (own) out.set("kubernetes.version", { value: own, setting: "bundled Kubernetes" });
  const k8s = repoK8s ?? own;
  const cni = repoCni === null ? defaultCni(p, c, k8s) : repoCni;
  const proxy = c.release === void 0 ? void 0 : p.kubeProxyVersions?.find((x) => releaseSatisfies(c.release, `=${x.release}`));
  if (proxy) out.set("kubeProxy.version", { value: proxy.kubeProxy, setting: "bundled kube-proxy" });
  const calico = cni === "calico" ? row?.calico ?? row?.calicoByKubernetes?.find((x) => k8s !== void 0 && kubernetesSatisfies(k8s, x.kubernetes) === "true")?.calico : cni === "canal" ? row?.canal : void 0;
  if (calico)
    out.set("calico.version", {
      value: calico,
      setting: cni === "canal" ? "bundled Canal with Calico" : "bundled Calico",
      ...unverified ? { unverified } : {}
    });
  else if (row && cni === void 0 && (row.calico || row.canal || row.calicoByKubernetes))
    out.set("calico.version", { setting: "bundled Calico", unverified: "the CNI is not known" });
  else if (!row && c.release !== void 0 && p.releases.length > 0 && (cni === "calico" || cni === "canal")) {
    out.set("calico.version", { setting: "bundled Calico", unverified: `release ${c.release} is not in data/installers/${p.name}.yaml` });
  }
  for (const name of new Set(p.defaults.map((d) => d.fact))) {
    const v = firstDefault(
      p.defaults.filter((d) => d.fact === name),
      c,
      k8s,
      cni
    );
    if (v !== void 0) out.set(name, v);
  }
  return out;
}
function defaultCni(p, c, k8s) {
  for (const x of p.cni) {
    const t = holds2(x.when, c, k8s, void 0);
    if (t === "true") return x.value;
    if (t === "unknown") return void 0;
  }
  return void 0;
}
function firstDefault(list, c, k8s, cni) {
  for (const d of list) {
    const t = holds2(d.when, c, k8s, cni);
    if (t === "false") continue;
    if (t === "unknown") return { setting: d.setting };
    return d.verified === false ? { setting: d.setting, unverified: `UNVERIFIED: ${d.note ?? d.value}` } : { value: d.value, setting: d.setting };
  }
  return void 0;
}
function combine(name, values, p, basis) {
  const given = values.filter((v) => !!v);
  if (given.length === 0) return void 0;
  const setting = [...new Set(given.map((v) => v.setting))].join(" / ");
  const known22 = given.filter((v) => v.value !== void 0 && !v.unverified).map((v) => v.value);
  const distinct = [...new Set(known22)];
  const complete = given.length === values.length && known22.length === given.length;
  const place = basis.from.find((f) => f.place)?.place;
  const base = { name, value: "", origin: "default", source: `installer:${p.name}`, derivedFrom: basis.from };
  if (place) base.place = place;
  const shown2 = (v) => /version$/i.test(name) && /^\d/.test(v) ? `v${v}` : v;
  if (!complete || distinct.length === 0) {
    const why = given.find((v) => v.unverified)?.unverified ?? "depends on what the repository does not say";
    return { ...base, value: setting, unresolved: true, note: `default of ${basis.label}: ${setting} unknown (${why}); ${basis.where}` };
  }
  if (distinct.length === 1) {
    return { ...base, value: distinct[0], note: `default of ${basis.label}: ${setting} ${shown2(distinct[0])}; ${basis.where}` };
  }
  const sorted = [...distinct].sort((a, b) => naturalCompare(a, b));
  return {
    ...base,
    value: `one of ${sorted.join(", ")}`,
    candidates: sorted,
    note: `default of ${basis.label}: ${setting} one of ${sorted.map(shown2).join(", ")}; ${basis.where}`
  };
}
function scopeKindCommandFacts(facts, kindConfigs = /* @__PURE__ */ new Set()) {
  if (!facts.some((f) => f.key === "kind")) return facts;
  const own = new Set(facts.filter(isKindDefinition).map((f) => f.place?.file));
  if (own.size === 0) return facts.filter((f) => f.key !== "kind");
  const elsewhere = (f) => {
    const targets = f.key === "kind" ? f.overrides?.targets : void 0;
    return !!targets && targets.some((t) => kindConfigs.has(t)) && !targets.some((t) => own.has(t));
  };
  return facts.some(elsewhere) ? facts.filter((f) => !elsewhere(f)) : facts;
}
function kindConfigFiles(facts) {
  return new Set(facts.filter(isKindDefinition).flatMap((f) => f.place ? [f.place.file] : []));
}
function setAsideKindCommandFacts(facts) {
  if (!facts.some((f) => f.key === "kind") || facts.some(isKindDefinition)) return { facts, excluded: [] };
  const files = /* @__PURE__ */ new Map();
  const kept2 = [];
  for (const f of facts) {
    if (f.key !== "kind") {
      kept2.push(f);
      continue;
    }
    const file = f.place?.file ?? "";
    const e = files.get(file) ?? {
      path: file,
      reason: "kind command line or CI kind action, and no kind config (kind: Cluster) in the repository defines the cluster it starts",
      include: "to check that kind cluster, keep the kind config it is created with in the repository (kind create cluster --config FILE)",
      facts: 0
    };
    e.facts++;
    files.set(file, e);
  }
  return { facts: kept2, excluded: [...files.values()].sort((a, b) => byCode(a.path, b.path)) };
}
function isKindDefinition(f) {
  return f.name === "cluster.definition" && f.note === KIND_DEFINITION;
}
var import_minimatch2 = __toESM(require_minimatch(), 1);
function clustersFromConfig(clusters) {
  return clusters.map((c) => {
    const matchers = c.paths.flatMap((p) => [new import_minimatch2.Minimatch(p, { dot: true }), new import_minimatch2.Minimatch(`${p.replace(/\/$/, "")}/**`, { dot: true })]);
    return {
      name: c.name,
      formedBy: `config file: paths ${c.paths.join(", ")}`,
      owns: (file) => matchers.some((m) => m.match(file)),
      explicit: c.explicit,
      prefixes: c.paths.map(literalPrefix)
    };
  });
}
function literalPrefix(glob) {
  const parts = glob.replace(/^\.\//, "").split("/");
  const out = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}()!+@\\]/.test(part)) break;
    out.push(part);
  }
  return out.join("/");
}
function clustersFromDefinitions(facts) {
  const defs = rootedTogether(facts.filter((f) => f.name === "cluster.definition" && !f.unresolved));
  const under = (file, root) => root === "" || file === root || file.startsWith(`${root}/`);
  const defsAt = /* @__PURE__ */ new Map();
  for (const d of defs) {
    const list = defsAt.get(d.value);
    if (list) list.push(d);
    else defsAt.set(d.value, [d]);
  }
  let roots = naturalSorted([...defsAt.keys()]);
  const part = (root) => defsAt.get(root).every((d) => /^Cluster API (?!Cluster$)/.test(d.note ?? ""));
  roots = roots.filter((r) => !(part(r) && roots.some((o) => o !== r && under(r, o))));
  const rendered2 = (root) => defsAt.get(root).every((d) => d.renderedBy === "ansible");
  const inventory = (root) => defsAt.get(root).some((d) => d.source === KUBESPRAY_DEFINITION.source && INVENTORY_VARS.test(d.place?.file ?? ""));
  roots = roots.filter((r) => !(rendered2(r) && roots.some((o) => o !== r && under(o, r) && inventory(o))));
  const kinds = new Map(roots.map((r) => [r, [...new Set(defsAt.get(r).map((d) => d.note ?? d.source))].join(", ")]));
  for (const [dir, why] of siblingClusters(facts, roots)) kinds.set(dir, why);
  roots = naturalSorted([...kinds.keys()]);
  const keyed = /* @__PURE__ */ new Map();
  for (const d of defs) if (d.cluster) keyed.set(d.value, (keyed.get(d.value) ?? /* @__PURE__ */ new Set()).add(d.cluster));
  const rootSet = new Set(roots);
  const perFile = clusterFiles(defs, rootSet);
  const joined = joinedRoots(defs, roots);
  const units = roots.length - [...new Set(joined.values())].reduce((n, g) => n + g.length - 1, 0);
  if (units < 2 && ![...keyed.values()].some((k) => k.size > 1) && perFile.size === 0) return [];
  const memo2 = /* @__PURE__ */ new Map();
  const deepest = (file) => {
    if (!memo2.has(file)) memo2.set(file, longestRootAbove(file, rootSet));
    return memo2.get(file);
  };
  const keysOf = (root) => [...keyed.get(root) ?? []].sort(naturalCompare);
  return roots.flatMap((root) => {
    const name = root === "" ? "." : root;
    const dir = `directory ${root === "" ? "(repository root)" : `${root}/`}`;
    const owns = (file) => deepest(file) === root;
    const keys = keysOf(root);
    const together = joined.get(root);
    if (together) return together[0] === root ? [joinedCluster(together, defs, deepest)] : [];
    const prefixes = [root];
    const groups = perFile.get(root);
    if (keys.length < 2 && groups) {
      return groups.map((files) => ({
        // Several files naming one cluster: named after the shortest path (`lab.yaml` beside `lab-nodegroups.yaml`).
        name: files.reduce((a, b) => b.length < a.length ? b : a),
        formedBy: files.length === 1 ? `${dir}, one of ${groups.length} files there that each define ${withArticle(sideBySideLabel(defs, root))} (the folder's files without a Cluster apply to each)` : `${dir}, one of ${groups.length} clusters there: ${files.join(", ")} name the same ${sideBySideLabel(defs, root)} (the folder's files without a Cluster apply to each)`,
        owns,
        explicit: [],
        prefixes,
        files
      }));
    }
    if (keys.length < 2) return [{ name, formedBy: `${dir}: ${kinds.get(root)}`, owns, explicit: [], prefixes }];
    return keys.map((key) => {
      const why = [...new Set((defsAt.get(root) ?? []).filter((d) => d.cluster === key).map((d) => d.note ?? d.source))].join(", ");
      return {
        name: root === "" ? key : `${root} (${key})`,
        formedBy: `${dir}, one of ${keys.length} clusters defined there: ${why}`,
        owns,
        explicit: [],
        prefixes,
        key
      };
    });
  });
}
var SIDE_BY_SIDE = /* @__PURE__ */ new Set(["Cluster API Cluster", KIND_DEFINITION, "eksctl ClusterConfig"]);
function withArticle(label) {
  return `${/^[aeiou]/i.test(label) ? "an" : "a"} ${label}`;
}
function sideBySideLabel(defs, root) {
  return [...new Set(defs.filter((d) => d.value === root && SIDE_BY_SIDE.has(d.note ?? "")).map((d) => d.note))].sort().join(" or ");
}
function identityGroups(defs, roots) {
  const identityOf = /* @__PURE__ */ new Map();
  const rootSet = new Set(roots);
  for (const d of defs) {
    if (!rootSet.has(d.value)) continue;
    const had = identityOf.get(d.value);
    const id = d.identity ?? null;
    identityOf.set(d.value, had === void 0 || had === id ? id : null);
  }
  const byIdentity = /* @__PURE__ */ new Map();
  for (const root of [...roots].sort(naturalCompare)) {
    const id = identityOf.get(root);
    if (id) byIdentity.set(id, [...byIdentity.get(id) ?? [], root]);
  }
  return [...byIdentity.values()].filter((g) => g.length > 1);
}
function joinedRoots(defs, roots) {
  const out = /* @__PURE__ */ new Map();
  for (const group of identityGroups(defs, roots)) for (const r of group) out.set(r, group);
  return out;
}
function rootedTogether(defs) {
  const groups = identityGroups(defs, [...new Set(defs.map((d) => d.value))]);
  if (groups.length === 0) return defs;
  const moved = /* @__PURE__ */ new Map();
  for (const together of groups) {
    const folder = commonFolder(together);
    const set = new Set(together);
    const crowded = defs.some((d) => !set.has(d.value) && (folder === "" || d.value === folder || d.value.startsWith(`${folder}/`)));
    if (crowded) continue;
    const where2 = together.map((r) => `${folder === "" ? r : r.slice(folder.length + 1)}/`).join(", ");
    for (const r of together) moved.set(r, { folder, where: where2 });
  }
  if (moved.size === 0) return defs;
  return defs.map((d) => {
    const m = moved.get(d.value);
    return m ? { ...d, value: m.folder, note: `${d.note ?? d.source}s of one cluster in ${m.where} (${d.identity})` } : d;
  });
}
function commonFolder(roots) {
  const parts = roots.map((r) => r === "" ? [] : r.split("/"));
  const common = [];
  for (let i = 0; parts.every((p) => p.length > i && p[i] === parts[0][i]); i++) common.push(parts[0][i]);
  return common.join("/");
}
function joinedCluster(together, defs, deepest) {
  const set = new Set(together);
  const identity = defs.find((d) => d.value === together[0] && d.identity).identity;
  const why = [...new Set(defs.filter((d) => set.has(d.value)).map((d) => d.note ?? d.source))].join(", ");
  return {
    name: `${commonFolder(together) || "."} (${identity})`,
    formedBy: `directories ${together.map((r) => `${r}/`).join(", ")}: ${why} of one cluster (${identity})`,
    owns: (file) => {
      const root = deepest(file);
      return root !== void 0 && set.has(root);
    },
    explicit: [],
    prefixes: [...together]
  };
}
function clusterFiles(defs, roots) {
  const byRoot = /* @__PURE__ */ new Map();
  for (const d of defs) {
    if (!SIDE_BY_SIDE.has(d.note ?? "") || !d.place || !roots.has(d.value)) continue;
    let groups = byRoot.get(d.value);
    if (!groups) byRoot.set(d.value, groups = /* @__PURE__ */ new Map());
    const key = d.clusterName !== void 0 ? `name ${d.clusterName}` : `file ${d.place.file}`;
    const files = groups.get(key);
    if (files) files.add(d.place.file);
    else groups.set(key, /* @__PURE__ */ new Set([d.place.file]));
  }
  const out = /* @__PURE__ */ new Map();
  for (const [root, groups] of byRoot) {
    if (groups.size < 2) continue;
    const lists = [...groups.values()].map((files) => [...files].sort(naturalCompare));
    out.set(
      root,
      lists.sort((a, b) => naturalCompare(a[0], b[0]))
    );
  }
  return out;
}
var CLUSTER_LEVEL = /^(kubeProxy\.|calico\.|kubernetes\.version$|node\.)/;
function siblingClusters(facts, roots) {
  const out = /* @__PURE__ */ new Map();
  const parents = new Set(roots.filter((r) => r.includes("/")).map((r) => r.slice(0, r.lastIndexOf("/"))));
  const rootSet = new Set(roots);
  const aboveRoots = /* @__PURE__ */ new Set();
  for (const r of roots) for (const f of folders(r)) aboveRoots.add(f);
  const relatedSeen = /* @__PURE__ */ new Map();
  const related = (dir) => {
    let r = relatedSeen.get(dir);
    if (r === void 0) relatedSeen.set(dir, r = rootSet.has(dir) || aboveRoots.has(dir) || folders(dir).some((f) => rootSet.has(f)));
    return r;
  };
  const byParent = /* @__PURE__ */ new Map();
  const parentsOf = /* @__PURE__ */ new Map();
  for (const f of facts) {
    if (!f.place || !CLUSTER_LEVEL.test(f.name) || f.origin === "default") continue;
    const file = f.place.file;
    let above = parentsOf.get(file);
    if (!above) parentsOf.set(file, above = folders(file.slice(0, Math.max(0, file.lastIndexOf("/")))).filter((p) => parents.has(p)));
    for (const parent of above) {
      const list = byParent.get(parent);
      if (list) list.push(f);
      else byParent.set(parent, [f]);
    }
  }
  for (const parent of parents) {
    const found = /* @__PURE__ */ new Map();
    for (const f of byParent.get(parent) ?? []) {
      const rest2 = f.place.file.slice(parent.length + 1);
      const dir = `${parent}/${rest2.slice(0, rest2.indexOf("/"))}`;
      if (related(dir)) continue;
      const set = found.get(dir) ?? /* @__PURE__ */ new Set();
      set.add(f.name);
      found.set(dir, set);
    }
    for (const [dir, names] of found)
      out.set(dir, `beside the cluster directories of ${parent}/ with cluster-level facts of its own (${[...names].sort().join(", ")})`);
  }
  return out;
}
function folders(path) {
  const out = [];
  for (let i = path.indexOf("/"); i >= 0; i = path.indexOf("/", i + 1)) out.push(path.slice(0, i));
  return out;
}
function longestRootAbove(path, roots) {
  if (roots.has(path)) return path;
  for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1)) {
    const folder = path.slice(0, i);
    if (roots.has(folder)) return folder;
  }
  return roots.has("") ? "" : void 0;
}
function groupFacts(facts, clusters) {
  if (clusters.length === 0) return [{ name: "repository", formedBy: "whole repository (one cluster)", facts: [...facts], explicit: [], shared: /* @__PURE__ */ new Set() }];
  const shared = /* @__PURE__ */ new Set();
  const groups = clusters.map((c) => ({ name: c.name, formedBy: c.formedBy, facts: [], explicit: c.explicit, shared }));
  const ownerOf = ownerLookup(clusters);
  const splits = /* @__PURE__ */ new Map();
  const byOwns = /* @__PURE__ */ new Map();
  clusters.forEach((c, i) => (c.key !== void 0 || c.files !== void 0) && byOwns.set(c.owns, [...byOwns.get(c.owns) ?? [], i]));
  for (const same of byOwns.values()) for (const i of same) splits.set(i, same);
  for (const f of facts) {
    const file = f.place?.file;
    const owner = file === void 0 ? -1 : ownerOf(file);
    if (owner < 0) {
      shared.add(f);
      for (const g of groups) g.facts.push(f);
      continue;
    }
    const siblings = splits.get(owner);
    if (!siblings) {
      groups[owner].facts.push(f);
      continue;
    }
    const mine = siblings.find(
      (i) => clusters[i].files !== void 0 ? file !== void 0 && clusters[i].files.includes(file) : clusters[i].key === f.cluster
    );
    for (const i of mine !== void 0 ? [mine] : siblings) groups[i].facts.push(f);
  }
  return groups;
}
function ownerLookup(clusters) {
  const byPrefix = /* @__PURE__ */ new Map();
  const anywhere = [];
  clusters.forEach((c, i) => {
    if (!c.prefixes) return anywhere.push(i);
    for (const p of new Set(c.prefixes)) {
      if (p === "") anywhere.push(i);
      else byPrefix.set(p, [...byPrefix.get(p) ?? [], i]);
    }
  });
  const memo2 = /* @__PURE__ */ new Map();
  return (file) => {
    const known22 = memo2.get(file);
    if (known22 !== void 0) return known22;
    const candidates = new Set(anywhere);
    const parts = file.split("/");
    for (let n = 1; n <= parts.length; n++) for (const i of byPrefix.get(parts.slice(0, n).join("/")) ?? []) candidates.add(i);
    let owner = -1;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      if (clusters[i].owns(file)) {
        owner = i;
        break;
      }
    }
    memo2.set(file, owner);
    return owner;
  };
}
function applyOverrides(input) {
  let facts = input.filter((f) => f.name !== "kustomize.layer");
  const files = new Set(facts.map((f) => f.place?.file));
  const layers = input.filter((f) => f.name === "kustomize.layer" && f.place && f.overrides?.patches?.some((p) => files.has(p)));
  const overridden = [];
  const images = facts.filter((f) => f.overrides && f.place);
  if (layers.length === 0 && images.length === 0) return { facts, overridden };
  for (const file of kustomizationOrder([...layers, ...images])) {
    for (const layer of layers.filter((l) => l.place?.file === file)) {
      const patches = layer.overrides?.patches ?? [];
      facts = replace(facts, overridden, (f) => inAny(f, patches), layer.overrides?.targets ?? [], "kustomize patch", patches);
    }
    const own = new Set(images.filter((o) => o.place?.file === file));
    if (own.size > 0) {
      const first = [...own][0]?.overrides;
      facts = replace(facts, overridden, (f) => own.has(f), first?.targets ?? [], first?.by ?? "kustomize images", []);
    }
  }
  return { facts, overridden };
}
var MAX_DERIVED = 20;
var MAX_CHAIN = 8;
function limitDepth(f, depth) {
  if (!f.derivedFrom) return f;
  if (depth <= 1) {
    const { derivedFrom: _dropped, ...rest2 } = f;
    return rest2;
  }
  return { ...f, derivedFrom: f.derivedFrom.map((d) => limitDepth(d, depth - 1)) };
}
function inTarget(file, target) {
  return target === "" || (target.endsWith("/") ? file.startsWith(target) : file === target);
}
function inAny(f, targets) {
  const file = f.place?.file;
  return file !== void 0 && targets.some((t) => inTarget(file, t));
}
function sameThing(a, b) {
  return a.key === void 0 || b.key === void 0 || a.key === b.key;
}
function replace(facts, out, isWinner, targets, by, exclude) {
  const winners = facts.filter(isWinner);
  const lost = /* @__PURE__ */ new Set();
  const gains = /* @__PURE__ */ new Map();
  for (const w of winners) {
    const victims = facts.filter((f) => f.name === w.name && !isWinner(f) && inAny(f, targets) && !inAny(f, exclude) && sameThing(w, f));
    if (victims.length === 0) continue;
    gains.set(w, victims);
    for (const v of victims) lost.add(v);
  }
  if (lost.size === 0) return facts;
  out.push(...[...lost].map((f) => ({ ...f, note: [f.note, `overridden by ${by}`].filter(Boolean).join("; ") })));
  return facts.filter((f) => !lost.has(f)).map((f) => {
    const victims = gains.get(f);
    if (!victims) return f;
    const shallow = victims.slice(0, MAX_DERIVED).map((v) => limitDepth(v, MAX_CHAIN));
    return { ...f, note: [f.note, `${by} override`].filter(Boolean).join("; "), derivedFrom: [...f.derivedFrom ?? [], ...shallow].slice(0, MAX_DERIVED) };
  });
}
function kustomizationOrder(records) {
  const targets = /* @__PURE__ */ new Map();
  for (const r of records) {
    const file = r.place?.file;
    if (file !== void 0) targets.set(file, [...targets.get(file) ?? [], ...r.overrides?.targets ?? []]);
  }
  const files = [...targets.keys()].sort();
  const bases = new Map(files.map((f) => [f, new Set(files.filter((g) => g !== f && (targets.get(f) ?? []).some((t) => inTarget(g, t))))]));
  const index = new Map(files.map((f, i) => [f, i]));
  const dependents = new Map(files.map((f) => [f, []]));
  const waiting = /* @__PURE__ */ new Map();
  for (const f of files) {
    const bs = bases.get(f) ?? /* @__PURE__ */ new Set();
    waiting.set(f, bs.size);
    for (const b of bs) dependents.get(b).push(f);
  }
  const ready = files.map((_, i) => i).filter((i) => waiting.get(files[i]) === 0);
  const done = [];
  const pending = new Set(files);
  let cursor = 0;
  while (pending.size > 0) {
    ready.sort((a, b) => a - b);
    let next;
    while (ready.length > 0 && next === void 0) {
      const f = files[ready.shift()];
      if (pending.has(f)) next = f;
    }
    if (next === void 0) {
      while (!pending.has(files[cursor])) cursor++;
      next = files[cursor];
    }
    done.push(next);
    pending.delete(next);
    for (const d of dependents.get(next) ?? []) {
      const left = (waiting.get(d) ?? 0) - 1;
      waiting.set(d, left);
      if (left === 0 && pending.has(d)) ready.push(index.get(d));
    }
  }
  return done;
}
function applyPrecedence(facts) {
  const explicit2 = /* @__PURE__ */ new Set();
  const real = /* @__PURE__ */ new Set();
  for (const f of facts) {
    if (f.origin === "explicit") explicit2.add(f.name);
    if (f.origin !== "default") real.add(f.name);
  }
  const replaced = new Set(explicit2);
  if (explicit2.has("node.os") && !explicit2.has("node.kernel")) replaced.add("node.kernel");
  if (explicit2.has("node.os") && !explicit2.has("host.iptablesBackend")) replaced.add("host.iptablesBackend");
  const resolved = resolvedPlaces(facts);
  const kept2 = [];
  const overridden = [];
  for (const f of facts) {
    if (f.origin !== "explicit" && replaced.has(f.name)) overridden.push(f);
    else if (f.origin === "default" && real.has(f.name)) continue;
    else if (resolved && f.unresolved && resolvedWithin(f, resolved)) continue;
    else kept2.push(f);
  }
  return { facts: kept2, overridden };
}
function resolvedPlaces(facts) {
  let out;
  for (const f of facts) {
    if (!f.unresolved || !f.place) continue;
    out ??= /* @__PURE__ */ new Map();
    let files = out.get(f.name);
    if (!files) out.set(f.name, files = /* @__PURE__ */ new Map());
    let lines = files.get(f.place.file);
    if (!lines) files.set(f.place.file, lines = /* @__PURE__ */ new Map());
    if (!lines.has(f.place.line)) lines.set(f.place.line, []);
  }
  if (!out) return void 0;
  for (const f of facts) {
    if (f.unresolved || !f.place) continue;
    out.get(f.name)?.get(f.place.file)?.get(f.place.line)?.push(f.place.column);
  }
  return out;
}
function resolvedWithin(f, resolved) {
  const p = f.place;
  if (!p) return false;
  const end = p.endLine === p.line && p.endColumn !== void 0 ? p.endColumn : p.column + 1;
  return (resolved.get(f.name)?.get(p.file)?.get(p.line) ?? []).some((c) => c >= p.column && c < end);
}
function resolveTemplates(facts, show = formatPlace, rendered2 = NONE) {
  let vars;
  const replaced = [];
  const out = [];
  for (const f of facts) {
    if (f.name === "ansible.variable") continue;
    if (f.unresolved && KUBEASZ_PLACEHOLDERS[f.value] === f.name && facts.some((o) => o.name === f.name && o.source === "kubeasz-ezdown" && !o.unresolved)) {
      replaced.push({ ...f, note: [f.note, `filled by ezctl new from ezdown (${EZDOWN_KEYS[f.name] ?? ""})`].filter(Boolean).join("; ") });
      continue;
    }
    const r = f.unresolved && (ANSIBLE_SOURCES.has(f.source) || rendered2.has(f)) ? resolveFact(f, vars ??= { table: variableTable(facts), show }) : f;
    if (r) out.push(r);
    else replaced.push(f);
  }
  return { facts: out, replaced };
}
var ANSIBLE_SOURCES = /* @__PURE__ */ new Set(["kubespray-group-vars", "kubespray-ini-inventory"]);
var NONE = /* @__PURE__ */ new Set();
function takeRenderedMarks(facts) {
  if (!facts.some((f) => f.renderedBy)) return { facts, rendered: NONE };
  const rendered2 = /* @__PURE__ */ new Set();
  const out = facts.map((f) => {
    if (!f.renderedBy) return f;
    const { renderedBy: _mark, ...rest2 } = f;
    rendered2.add(rest2);
    return rest2;
  });
  return { facts: out, rendered: rendered2 };
}
var KUBEASZ_PLACEHOLDERS = { __k8s_ver__: "kubernetes.version", __calico__: "calico.version" };
var EZDOWN_KEYS = { "kubernetes.version": "K8S_BIN_VER", "calico.version": "calicoVer" };
var MAX_DEPTH = 8;
var bpf = (s) => truth(s) === true ? "BPF" : truth(s) === false ? "Iptables" : void 0;
var NORMALIZE = {
  "kubernetes.version": normalizeVersion2,
  "calico.version": normalizeVersion2,
  "kubeProxy.mode": normalizeProxyMode,
  "calico.ipipMode": normalizeEncapMode,
  "calico.vxlanMode": normalizeEncapMode,
  "calico.iptablesBackend": normalizeIptablesBackend,
  "calico.featureDetectOverride": (s) => s.trim() || void 0,
  "calico.dataplane": bpf
};
function variableTable(facts) {
  const table3 = /* @__PURE__ */ new Map();
  const variables = facts.filter((f) => f.name === "ansible.variable");
  for (const tier of [(f) => f.origin !== "default", (f) => f.origin === "default"]) {
    const byName2 = /* @__PURE__ */ new Map();
    for (const f of variables) {
      if (!f.key || f.unresolved || !tier(f) || table3.has(f.key)) continue;
      byName2.set(f.key, [...byName2.get(f.key) ?? [], f]);
    }
    for (const [name, list] of byName2) table3.set(name, new Set(list.map((f) => f.value.trim())).size === 1 ? list[0] : void 0);
  }
  return table3;
}
function resolveFact(f, vars) {
  const normalize = NORMALIZE[f.name];
  const v = normalize ? evaluate(f.value, vars, 0) : void 0;
  if (v && v.text.trim() === "") return null;
  const value = v === void 0 ? void 0 : normalize?.(v.text);
  if (!v || value === void 0) return f;
  const resolved = { ...f, value, raw: f.value, note: [f.note, `${f.value} \u2192 ${v.steps.join(" \u2192 ")}`].filter(Boolean).join("; "), derivedFrom: v.used };
  delete resolved.unresolved;
  return resolved;
}
function evaluate(text, vars, depth) {
  const s = text.trim();
  if (!s.includes("{{") && !s.includes("{%")) return { text: s, steps: [JSON.stringify(s)], used: [] };
  const open = s.indexOf("{{");
  const close = s.indexOf("}}");
  if (depth >= MAX_DEPTH || open < 0 || close < open || s.indexOf("{{", open + 2) >= 0 || s.indexOf("}}", close + 2) >= 0) return void 0;
  const before = s.slice(0, open);
  const after2 = s.slice(close + 2);
  if (/[{}%]/.test(before + after2)) return void 0;
  const toks = tokenize(s.slice(open + 2, close));
  const v = toks ? expression(toks, vars, depth) : void 0;
  if (!v || before === "" && after2 === "") return v;
  return { ...v, text: `${before}${v.text.trim()}${after2}` };
}
function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "	" || c === "\n") {
      i++;
    } else if (c === "'" || c === '"') {
      const end = src.indexOf(c, i + 1);
      if (end < 0) return void 0;
      out.push({ t: "str", v: src.slice(i + 1, end) });
      i = end + 1;
    } else if (c === "|" || c === "(" || c === ")") {
      out.push({ t: "op", v: c });
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j])) j++;
      out.push({ t: "id", v: src.slice(i, j) });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[0-9.]/.test(src[j])) j++;
      out.push({ t: "num", v: src.slice(i, j) });
      i = j;
    } else {
      return void 0;
    }
  }
  return out;
}
var LITERALS = /* @__PURE__ */ new Map([
  ["true", "true"],
  ["True", "true"],
  ["false", "false"],
  ["False", "false"]
]);
function expression(toks, vars, depth) {
  if (toks.length === 1) return operand(toks[0], vars, depth);
  if (toks.length === 6 && toks[1]?.v === "|" && (toks[2]?.v === "default" || toks[2]?.v === "d") && toks[3]?.v === "(" && toks[5]?.v === ")") {
    const first = toks[0];
    if (first.t === "id" && !LITERALS.has(first.v) && !vars.table.has(first.v)) {
      const fallback = operand(toks[4], vars, depth);
      return fallback && { ...fallback, steps: [`${first.v} undefined, default`, ...fallback.steps] };
    }
    return operand(first, vars, depth);
  }
  const ifAt = toks.findIndex((t) => t.t === "id" && t.v === "if");
  const elseAt = toks.findIndex((t) => t.t === "id" && t.v === "else");
  if (ifAt === 1 && elseAt === toks.length - 2 && (elseAt === 3 || elseAt === 4 && toks[2]?.v === "not")) {
    const negate = elseAt === 4;
    const cond = operand(toks[elseAt - 1], vars, depth);
    const t = cond && truth(cond.text);
    if (t === void 0 || !cond) return void 0;
    const pick = operand(t !== negate ? toks[0] : toks[elseAt + 1], vars, depth);
    return pick && {
      text: pick.text,
      steps: [...cond.steps.slice(0, -1), `${cond.steps[cond.steps.length - 1]} is ${t}`, ...pick.steps],
      used: [...cond.used, ...pick.used]
    };
  }
  return void 0;
}
function operand(tok, vars, depth) {
  if (tok.t === "str" || tok.t === "num") return { text: tok.v, steps: [JSON.stringify(tok.v)], used: [] };
  if (tok.t !== "id") return void 0;
  const literal = LITERALS.get(tok.v);
  if (literal) return { text: literal, steps: [literal], used: [] };
  const fact = vars.table.get(tok.v);
  if (!fact) return void 0;
  const inner = evaluate(fact.value, vars, depth + 1);
  const where2 = fact.place ? ` (${vars.show(fact.place)})` : "";
  return inner && { text: inner.text, steps: [`${tok.v}${where2}`, ...inner.steps], used: [fact, ...inner.used] };
}
function truth(s) {
  const v = s.trim().toLowerCase();
  if (["true", "yes", "on", "1"].includes(v)) return true;
  if (["false", "no", "off", "0", ""].includes(v)) return false;
  return void 0;
}
function buildContextsWithShared(repoFacts, explicit2, declared = [], show = formatPlace) {
  const overlaid = applyOverrides(decodeFacts(repoFacts));
  const extra = declared.length > 0 ? { facts: overlaid.facts, overridden: [] } : applyExtraVars(overlaid.facts);
  const layered = { facts: extra.facts, overridden: [...overlaid.overridden, ...extra.overridden] };
  const specs = declared.length > 0 ? clustersFromConfig(declared) : clustersFromDefinitions(layered.facts);
  const global = new Set(explicit2.map((f) => f.name));
  const marks = takeRenderedMarks(layered.facts);
  const groups = groupFacts(marks.facts, specs);
  const kindFacts = layered.facts.some((f) => f.key === "kind");
  const kindConfigs = kindFacts ? kindConfigFiles(layered.facts) : void 0;
  const candidates = [...groups[0]?.shared ?? []];
  const candidateIndex = new Map(candidates.map((f, i) => [f, i]));
  const contexts = groups.map((g) => {
    const files = layered.overridden.length ? new Set(g.facts.map((f) => f.place?.file)) : void 0;
    const own = g.explicit.filter((f) => !global.has(f.name));
    const templates = resolveTemplates(kindFacts ? scopeKindCommandFacts(g.facts, kindConfigs) : g.facts, show, marks.rendered);
    const { facts, overridden } = applyPrecedence([...templates.facts, ...own, ...explicit2]);
    return {
      name: g.name,
      formedBy: g.formedBy,
      ...splitShared(applyKubeletBuilds(applyDerivations(applyInstallerDefaults(facts, show))), candidates, candidateIndex),
      overridden: [...layered.overridden.filter((f) => files?.has(f.place?.file)), ...templates.replaced, ...overridden]
    };
  });
  const shared = sharedFacts(contexts, candidates);
  const index = new Map(shared.map((f, i) => [f, i]));
  const toShared = Int32Array.from(candidates, (f) => index.get(f) ?? -1);
  for (const ctx of contexts) {
    const split2 = ctx.shared?.facts === candidates ? resplit(ctx, toShared, shared) : splitShared(clusterFacts(ctx), shared, index);
    ctx.facts = split2.facts;
    if (split2.shared) ctx.shared = split2.shared;
    else delete ctx.shared;
  }
  return { contexts, shared };
}
function resplit(ctx, toShared, shared) {
  const s = ctx.shared;
  const own = [];
  const runs2 = [];
  let run;
  let i = 0;
  const ownFact = (f) => {
    own.push(f);
    run = void 0;
  };
  for (const r of s.runs) {
    while (i < r.at) ownFact(ctx.facts[i++]);
    for (let k = r.from; k < r.to; k++) {
      const at2 = toShared[k];
      if (at2 < 0) ownFact(s.facts[k]);
      else if (run && run.to === at2) run.to++;
      else runs2.push(run = { at: own.length, from: at2, to: at2 + 1 });
    }
  }
  while (i < ctx.facts.length) ownFact(ctx.facts[i++]);
  return runs2.length ? { facts: own, shared: { facts: shared, runs: runs2 } } : { facts: own };
}
function sharedFacts(contexts, candidates) {
  if (contexts.length < 2 || candidates.length === 0) return [];
  const count = new Uint32Array(candidates.length);
  const last = new Int32Array(candidates.length).fill(-1);
  contexts.forEach((ctx, c) => {
    for (const r of ctx.shared?.runs ?? []) {
      for (let k = r.from; k < r.to; k++) {
        if (last[k] === c) continue;
        last[k] = c;
        count[k]++;
      }
    }
  });
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of contexts[0].shared?.runs ?? []) {
    for (let k = r.from; k < r.to; k++) if (count[k] === contexts.length && !seen.has(k) && seen.add(k)) out.push(candidates[k]);
  }
  return out;
}
var import_minimatch22 = __toESM(require_minimatch(), 1);
var ROLE_TREE = /(^|\/)roles\/(?:[^/]+\/)+(?:defaults|vars)\//;
var TEMPLATE_INVENTORY = /^(.*?(?:^|\/)inventory\/(?:sample|local))(?:\/|$)/;
var TESTDATA = /^(.*?(?:^|\/)testdata)(?:\/|$)/;
var MOLECULE = /^(.*?(?:^|\/)molecule)(?:\/|$)/;
var GO_VENDOR = /^(.*?(?:^|\/)vendor)\/[^/]+\.[a-z]{2,}\//;
var DOCS = /^(.*?(?:^|\/)(?:docs|doc|documentation))\//;
function dirOf(file) {
  return file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
}
function installerHomes(files) {
  const homes = /* @__PURE__ */ new Set();
  for (const f of files) {
    const role = /^(.*?)(?:^|\/)roles\/(?:[^/]+\/)+(?:defaults|vars)\//.exec(f);
    if (role) homes.add(role[1].replace(/\/$/, ""));
    const sample = /^(.*?)(?:^|\/)inventory\/sample\//.exec(f);
    if (sample) homes.add(sample[1].replace(/\/$/, ""));
  }
  return homes;
}
function templateTree(file, homes) {
  const inv = TEMPLATE_INVENTORY.exec(file);
  if (inv) return { tree: inv[1], reason: `Kubespray's ${inv[1].endsWith("sample") ? "sample" : "local"} inventory, a template rather than a cluster` };
  const td = TESTDATA.exec(file);
  if (td) return { tree: td[1], reason: "test data" };
  const mol = MOLECULE.exec(file);
  if (mol) return { tree: mol[1], reason: "an Ansible role's Molecule test scenarios, not a cluster" };
  const docs = DOCS.exec(file);
  if (docs) return { tree: docs[1], reason: "documentation: example configs, not a cluster the repository deploys" };
  const vendored = GO_VENDOR.exec(file);
  if (vendored) return { tree: vendored[1], reason: "vendored Go modules: dependencies' files, not this repository's clusters" };
  for (const home of homes) {
    const tests = home === "" ? "tests" : `${home}/tests`;
    if (file.startsWith(`${tests}/`))
      return { tree: tests, reason: `the test tree of the installer vendored in ${home === "" ? "the repository root" : `${home}/`}` };
  }
  return void 0;
}
function excludeInstallerInternals(facts, declaredPaths = []) {
  const files = [...new Set(facts.map((f) => f.place?.file).filter((x) => x !== void 0))];
  const homes = installerHomes(files);
  const named = (file) => declaredPaths.some((p) => (0, import_minimatch22.minimatch)(file, p, { dot: true }) || (0, import_minimatch22.minimatch)(file, `${p.replace(/\/$/, "")}/**`, { dot: true }));
  const out = [];
  const trees = /* @__PURE__ */ new Map();
  for (const f of facts) {
    const file = f.place?.file;
    if (file !== void 0 && ROLE_TREE.test(file)) {
      if (f.name === "cluster.definition") continue;
      out.push(
        f.origin === "repository" ? { ...f, origin: "default", note: [f.note, `installer role default (${dirOf(file)}/)`].filter(Boolean).join("; ") } : f
      );
      continue;
    }
    const t = file === void 0 ? void 0 : templateTree(file, homes);
    if (!t || named(file)) {
      out.push(f);
      continue;
    }
    const e = trees.get(t.tree) ?? {
      path: `${t.tree}/`,
      reason: t.reason,
      include: `to check it as a cluster, name it in the config file: clusters: [{name: ${t.tree.split("/").pop()}, paths: ["${t.tree}/**"]}]`,
      facts: 0
    };
    if (f.name !== "cluster.definition") e.facts++;
    trees.set(t.tree, e);
  }
  return { facts: out, excluded: [...trees.values()].sort((a, b) => byCode(a.path, b.path)) };
}
function formClusters(facts, explicit2, declared, opts = {}) {
  const { facts: kept2, excluded } = excludeInstallerInternals(
    facts,
    declared.flatMap((c) => c.paths)
  );
  const kind = setAsideKindCommandFacts(kept2);
  const left = kind.excluded.length > 0 ? [...excluded, ...kind.excluded].sort((a, b) => byCode(a.path, b.path)) : excluded;
  return { ...buildContextsWithShared(kind.facts, explicit2, declared, basedPlaceText(opts.placeBase)), excluded: left };
}
var catalog;
function factCatalog() {
  if (!catalog) {
    const data = knowledgeData("data/facts.yaml");
    catalog = new Map(data.facts.map((f) => [f.name, f]));
  }
  return catalog;
}
function factInfo(name) {
  return factCatalog().get(name) ?? { name, component: "node", label: name, description: name, hint: `pass --fact ${name}=VALUE` };
}
var BYTES = 16;
var HEX = /^[0-9a-f]{32}$/;
var Fingerprints = class {
  bytes = Buffer.alloc(BYTES * 4);
  count = 0;
  texts;
  constructor(prints2 = []) {
    for (const p of prints2) this.push(p);
  }
  get length() {
    return this.texts ? this.texts.length : this.count;
  }
  push(p) {
    if (!this.texts) {
      this.reserve(this.count + 1);
      if (writeHex(this.bytes, this.count * BYTES, p)) {
        this.count++;
        return;
      }
      this.texts = [...this];
    }
    this.texts.push(p);
  }
  /** Every fingerprint of `other` after these, in order: as bytes when both hold bytes, never through text. */
  pushAll(other) {
    if (this.texts || other.texts) {
      for (const p of other) this.push(p);
      return;
    }
    this.reserve(this.count + other.count);
    other.bytes.copy(this.bytes, this.count * BYTES, 0, other.count * BYTES);
    this.count += other.count;
  }
  /** Room for `count` fingerprints as bytes, at least doubling what there is. */
  reserve(count) {
    const need = count * BYTES;
    if (need <= this.bytes.length) return;
    const grown = Buffer.alloc(Math.max(need, this.bytes.length * 2));
    this.bytes.copy(grown);
    this.bytes = grown;
  }
  includes(print) {
    if (this.texts) return this.texts.includes(print);
    if (!HEX.test(print)) return false;
    const want = Buffer.from(print, "hex");
    for (let i = 0; i < this.count; i++) if (want.equals(this.bytes.subarray(i * BYTES, (i + 1) * BYTES))) return true;
    return false;
  }
  at(i) {
    if (this.texts) return this.texts[i];
    return i >= 0 && i < this.count ? this.bytes.toString("hex", i * BYTES, (i + 1) * BYTES) : void 0;
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
  /** Drops the room kept for more (once no more are added). */
  trim() {
    if (!this.texts && this.bytes.length > this.count * BYTES) this.bytes = Buffer.from(this.bytes.subarray(0, this.count * BYTES));
  }
  /** As JSON (JSON.stringify, test assertions): the list of texts. */
  toJSON() {
    return [...this];
  }
};
function writeHex(into, at2, p) {
  if (p.length !== BYTES * 2) return false;
  for (let i = 0; i < BYTES; i++) {
    const hi = nibble(p.charCodeAt(2 * i));
    const lo = nibble(p.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return false;
    into[at2 + i] = hi << 4 | lo;
  }
  return true;
}
function nibble(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
var tri2 = (b) => b ? "true" : "false";
function not(v) {
  return v === "unknown" ? v : v === "true" ? "false" : "true";
}
var import_semver22 = __toESM(require_semver(), 1);
var PRE = /^(alpha|beta|rc)\.?\d*$/;
function versionCandidates(value) {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.+_-]*)?$/.exec(value.trim());
  if (!m) return void 0;
  const [, major, minor, patch, suffix] = m;
  if (patch === void 0) return [`${major}.${minor}.0`, `${major}.${minor}.99999`];
  const pre = suffix && PRE.test(suffix) ? `-${suffix}` : "";
  return [`${major}.${minor}.${patch}${pre}`];
}
function boundaryPatches(range, major, minor) {
  const parsed2 = rangeOf(range, true);
  if (!parsed2) return [];
  const out = /* @__PURE__ */ new Set();
  for (const set of parsed2.set) {
    for (const c of set) {
      const v = c.semver;
      if (v?.major !== major || v.minor !== minor) continue;
      for (const p of [v.patch - 1, v.patch, v.patch + 1]) if (p >= 0) out.add(p);
    }
  }
  return [...out].map((p) => `${major}.${minor}.${p}`);
}
function boundariesWithin(range, lowest) {
  const low = import_semver22.default.parse(lowest);
  return low ? boundaryPatches(range, low.major, low.minor).filter((v) => import_semver22.default.patch(v) >= low.patch) : [];
}
function satisfiesVersion(value, range) {
  const span2 = spanTestPoints(value);
  if (span2) {
    const inSpan = [...span2, ...boundariesWithin(range, span2[0])].map((v) => satisfies(v, range, true));
    return inSpan.every((r) => r === inSpan[0]) ? tri2(inSpan[0]) : "unknown";
  }
  const found = versionCandidates(value);
  if (!found) return "unknown";
  const whole = found.length === 2 ? import_semver22.default.parse(found[0]) : null;
  const cands = whole ? [...found, ...boundaryPatches(range, whole.major, whole.minor)] : found;
  const results = cands.map((v) => satisfies(v, range, true));
  return results.every((r) => r === results[0]) ? tri2(results[0]) : "unknown";
}
function satisfiesKernel(value, range) {
  const k = parseKernel(value);
  if (!k) return "unknown";
  return tri2(satisfies(`${k.major}.${k.minor}.0`, range, false));
}
var ranges = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
function rangeOf(range, includePrerelease) {
  const known22 = ranges[includePrerelease ? 1 : 0];
  let r = known22.get(range);
  if (r === void 0) {
    try {
      r = new import_semver22.default.Range(range, includePrerelease ? { includePrerelease: true } : void 0);
    } catch {
      r = null;
    }
    if (known22.size >= 4096) known22.clear();
    known22.set(range, r);
  }
  return r;
}
function satisfies(v, range, includePrerelease) {
  const r = rangeOf(range, includePrerelease);
  return r ? r.test(v) : false;
}
function evalLeaf(leaf, bound, absent) {
  if (leaf.present !== void 0) return tri2(bound !== void 0 === leaf.present);
  if (!bound) return absent;
  if (bound.unresolved) return "unknown";
  if (bound.candidates) return overCandidates(bound.candidates.map((c) => evalValue(leaf, c)));
  return evalValue(leaf, bound.value);
}
function overCandidates(results) {
  if (results.length > 0 && results.every((r) => r === "true")) return "true";
  if (results.length > 0 && results.every((r) => r === "false")) return "false";
  return "unknown";
}
var memo = /* @__PURE__ */ new WeakMap();
var cache = /* @__PURE__ */ new Map();
function compiled2(src) {
  let re = cache.get(src);
  if (!re) {
    re = new RegExp(src);
    cache.set(src, re);
  }
  return re;
}
function evalValue(leaf, v) {
  let seen = memo.get(leaf);
  if (!seen) {
    seen = /* @__PURE__ */ new Map();
    memo.set(leaf, seen);
  }
  let r = seen.get(v);
  if (r === void 0) {
    r = computeValue(leaf, v);
    seen.set(v, r);
  }
  return r;
}
function computeValue(leaf, v) {
  if (leaf.version !== void 0) {
    if (leaf.unverified && satisfiesVersion(v, leaf.unverified.version) !== "false") return "unknown";
    return satisfiesVersion(v, leaf.version);
  }
  if (leaf.kernel !== void 0) return satisfiesKernel(v, leaf.kernel);
  if (leaf.kernelBuild !== void 0) return satisfiesKernelBuild(v, leaf.kernelBuild);
  if (leaf.kernelFlavor !== void 0) return satisfiesKernelFlavor(v, leaf.kernelFlavor);
  if (leaf.in !== void 0) return tri2(leaf.in.some((x) => x.toLowerCase() === v.toLowerCase()));
  if (leaf.matches !== void 0) return v.length > MAX_MATCHED_VALUE_LENGTH ? "unknown" : tri2(compiled2(leaf.matches).test(v));
  return "unknown";
}
var NONE2 = /* @__PURE__ */ new Set();
function isLeaf(c) {
  return "fact" in c;
}
var DECIDED = {
  true: { value: "true", unknownFacts: NONE2 },
  false: { value: "false", unknownFacts: NONE2 }
};
var unknownLeaf = /* @__PURE__ */ new WeakMap();
function evalCondition(c, binding, absent) {
  if (isLeaf(c)) {
    const value = evalLeaf(c, binding.get(c.fact), absent);
    if (value !== "unknown") return DECIDED[value];
    let r = unknownLeaf.get(c);
    if (!r) unknownLeaf.set(c, r = { value, unknownFacts: /* @__PURE__ */ new Set([c.fact]) });
    return r;
  }
  if ("not" in c) {
    const r = evalCondition(c.not, binding, absent);
    return r.value === "unknown" ? r : DECIDED[not(r.value)];
  }
  const all = "all" in c;
  const stop = all ? "false" : "true";
  let unknown;
  for (const p of all ? c.all : c.any) {
    const r = evalCondition(p, binding, absent);
    if (r.value === stop) return DECIDED[stop];
    if (r.value === "unknown") (unknown ??= []).push(r);
  }
  if (!unknown) return DECIDED[all ? "true" : "false"];
  if (unknown.length === 1) return unknown[0];
  const unknownFacts = /* @__PURE__ */ new Set();
  for (const p of unknown) p.unknownFacts.forEach((f) => unknownFacts.add(f));
  return { value: "unknown", unknownFacts };
}
function factsOf(c, out = []) {
  if (isLeaf(c)) {
    if (!out.includes(c.fact)) out.push(c.fact);
  } else if ("not" in c) factsOf(c.not, out);
  else for (const p of "all" in c ? c.all : c.any) factsOf(p, out);
  return out;
}
var known2 = /* @__PURE__ */ new WeakMap();
function ruleFacts(rule) {
  let facts = known2.get(rule);
  if (!facts) {
    const whenFacts = factsOf(rule.when);
    const names = [...whenFacts];
    for (const c of rule.unless ?? []) factsOf(c, names);
    const leaves = [rule.when, ...rule.unless ?? []].flatMap((c) => leavesOf(c));
    known2.set(rule, facts = { whenFacts, names, leaves });
  }
  return facts;
}
function leavesOf(c, out = []) {
  if ("fact" in c) out.push(c);
  else if ("not" in c) leavesOf(c.not, out);
  else for (const p of "all" in c ? c.all : c.any) leavesOf(p, out);
  return out;
}
function valueKey(f) {
  if (f.unresolved) return `\0${f.value}`;
  return f.candidates ? `${f.value}\0${f.candidates.join("\0")}` : f.value;
}
function groupFactValues(facts) {
  const out = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  for (const f of facts) {
    let list = out.get(f.name);
    let keyed = byKey.get(f.name);
    if (!list || !keyed) {
      list = [];
      keyed = /* @__PURE__ */ new Map();
      out.set(f.name, list);
      byKey.set(f.name, keyed);
    }
    const key = valueKey(f);
    let fv = keyed.get(key);
    if (!fv) {
      fv = { name: f.name, value: f.value, unresolved: !!f.unresolved, ...f.candidates && !f.unresolved ? { candidates: [...f.candidates] } : {}, facts: [] };
      keyed.set(key, fv);
      list.push(fv);
    }
    fv.facts.push(f);
  }
  for (const list of out.values()) list.sort((a, b) => Number(a.unresolved) - Number(b.unresolved) || byCode(a.value, b.value));
  return out;
}
var ClusterValues = class {
  kept = /* @__PURE__ */ new Map();
  // The value objects of the shared facts' groups: every cluster taking the same runs is given these very objects.
  sharedValues = /* @__PURE__ */ new WeakSet();
  /** Whether `v` is a value of the shared facts' groups, given as it is to every cluster that takes them. */
  isShared(v) {
    return this.sharedValues.has(v);
  }
  /** `facts`: clusterFacts(c), already made by the caller. */
  of(c, facts) {
    const s = c.shared;
    if (!s || s.runs.length === 0) return groupFactValues(facts);
    const key = s.runs.map((r) => `${r.from}-${r.to}`).join(",");
    let known22 = this.kept.get(key);
    if (!known22 || known22.shared !== s.facts) {
      const taken = [];
      for (const r of s.runs) for (let k = r.from; k < r.to; k++) taken.push(s.facts[k]);
      if (this.kept.size >= 4) this.kept.clear();
      this.kept.set(key, known22 = { shared: s.facts, values: groupFactValues(taken) });
      for (const list of known22.values.values()) for (const v of list) this.sharedValues.add(v);
    }
    if (c.facts.length === 0) return known22.values;
    const own = new Set(c.facts.map((f) => f.name));
    const values = new Map(known22.values);
    for (const [n, list] of groupFactValues(facts.filter((f) => own.has(f.name)))) values.set(n, list);
    return values;
  }
};
var import_node_module = __toESM(require_node_module(), 1);
var crypto;
var load = () => crypto ??= (0, import_node_module.createRequire)(__netcompatUrl)("node:crypto");
function fingerprint(ruleId, context, values, files) {
  return fingerprintOf(ruleId, context, fingerprintTail(values, files));
}
function fingerprintTail(values, files) {
  let out = "";
  for (const v of values.length > 1 ? [...values].sort() : values) out += `${v}
`;
  out += "|";
  for (const f of files.length > 1 ? [...new Set(files)].sort() : files) out += `
${f}`;
  return out;
}
function fingerprintOf(ruleId, context, tail) {
  return digest(`${ruleId}
${context}
${tail}`);
}
function objectTailsOf(sorted, objects) {
  const base = new Set(sorted.files);
  return objects.map((o) => {
    const extra = [...new Set(o.files.filter((f) => !base.has(f)))].sort();
    return [...mergeSorted(sorted.values, [o.key]), "|", ...mergeSorted(sorted.files, extra)].join("\n");
  });
}
var EMPTY_TAIL = { values: [], files: [] };
function sortedTail(values, files) {
  return { values: [...values].sort(), files: [...new Set(files)].sort() };
}
function withTail(base, values, files) {
  if (values.length === 0 && files.length === 0) return base;
  const more = sortedTail(values, files);
  return { values: mergeSorted(base.values, more.values), files: mergeDistinct(base.files, more.files) };
}
function joinTail(base, values, files) {
  const all = withTail(base, values, files);
  return [...all.values, "|", ...all.files].join("\n");
}
function mergeDistinct(a, b) {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i++]);
      j++;
    } else out.push(b[j] < a[i] ? b[j++] : a[i++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
function mergeSorted(a, b) {
  if (b.length === 0) return a;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j] < a[i] ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
function digest(text) {
  const c = load();
  return (typeof c.hash === "function" ? c.hash("sha256", text, "hex") : c.createHash("sha256").update(text).digest("hex")).slice(0, 32);
}
var texts = /* @__PURE__ */ new Map();
var LIMIT = 5e4;
function intern(s) {
  const known22 = texts.get(s);
  if (known22 !== void 0) return known22;
  if (texts.size >= LIMIT) texts.clear();
  texts.set(s, s);
  return s;
}
function plainValue(f) {
  if (f.unresolved) return `unresolved ${JSON.stringify(f.value)}`;
  return /version$/i.test(f.name) && /^\d/.test(f.value) ? `v${f.value}` : f.value;
}
function installerDefaultOf(f) {
  if (f.origin !== "default" || !f.source?.startsWith("installer:") || !f.note) return void 0;
  const m = /^(default of [^:]*?(?:\([^)]*\))?):/.exec(f.note);
  return m?.[1];
}
function showValue(f) {
  const plain = plainValue(f);
  const installer = installerDefaultOf({ origin: f.origin, source: f.source ?? "", ...f.note ? { note: f.note } : {} });
  if (installer) return `${plain} (${installer})`;
  if (f.unresolved || f.origin !== "derived" || !f.note) return plain;
  const from = installerDefaultIn(f.derivedFrom ?? []);
  return from ? `${plain} (${f.note}, ${from})` : `${plain} (${f.note})`;
}
function installerDefaultIn(facts) {
  for (const { fact } of factTree(facts)) {
    const found = installerDefaultOf(fact);
    if (found) return found;
  }
  return void 0;
}
var VALUES_IN_MESSAGE = 3;
function renderMessage(template, values) {
  const parts = partsOf(template);
  const texts2 = [];
  let key = "";
  for (let i = 1; i < parts.length; i += 2) {
    const t = valuesText(values.get(parts[i]));
    texts2.push(t);
    key += `${t.length}:${t}`;
  }
  let byTexts = rendered.get(template);
  if (!byTexts) rendered.set(template, byTexts = /* @__PURE__ */ new Map());
  let message = byTexts.get(key);
  if (message === void 0) {
    if (++held > LIMIT2) {
      rendered.clear();
      rendered.set(template, byTexts);
      byTexts.clear();
      held = 1;
    }
    message = parts[0];
    for (let i = 1; i < parts.length; i += 2) message += texts2[(i - 1) / 2] + parts[i + 1];
    byTexts.set(key, message = intern(message));
  }
  return message;
}
var rendered = /* @__PURE__ */ new Map();
var LIMIT2 = 5e4;
var held = 0;
var split = /* @__PURE__ */ new Map();
function partsOf(template) {
  let parts = split.get(template);
  if (!parts) split.set(template, parts = template.split(/\{([A-Za-z]+\.[A-Za-z]+)\}/));
  return parts;
}
var shownAs = /* @__PURE__ */ new WeakMap();
function shown(f) {
  let text = shownAs.get(f);
  if (text === void 0) shownAs.set(f, text = showValue(f));
  return text;
}
function valuesText(bound) {
  const list = bound === void 0 ? [] : Array.isArray(bound) ? bound : [bound];
  const texts2 = /* @__PURE__ */ new Set();
  for (const v of list) if (v.facts[0]) texts2.add(shown(v.facts[0]));
  if (texts2.size === 0) return "unknown";
  const all = [...texts2];
  const extra = all.length - VALUES_IN_MESSAGE;
  return extra > 0 ? `${all.slice(0, VALUES_IN_MESSAGE).join(", ")} (+${extra} more)` : all.join(", ");
}
var MAX_COMBINATIONS = 4096;
function ruleVerdicts(rule, values) {
  const { whenFacts, names } = ruleFacts(rule);
  if (combinationCount(names, values) > MAX_COMBINATIONS) return void 0;
  const affected = /* @__PURE__ */ new Map();
  const unknown = /* @__PURE__ */ new Set();
  let unknownBinding;
  for (const binding of combinations(names, values)) {
    const w = evalCondition(rule.when, binding, "unknown");
    if (w.value === "false") continue;
    let cancelled = "false";
    let u;
    for (const c of rule.unless ?? []) {
      const r = evalCondition(c, binding, "false");
      if (r.value === "true") {
        cancelled = "true";
        break;
      }
      if (r.value === "unknown") {
        cancelled = "unknown";
        (u ??= []).push(r);
      }
    }
    if (cancelled === "true") continue;
    if (w.value === "true" && cancelled === "false") {
      const key = findingKey(rule, binding, whenFacts);
      const group = affected.get(key);
      if (group) group.push(new Map(binding));
      else affected.set(key, [new Map(binding)]);
    } else {
      w.unknownFacts.forEach((n) => unknown.add(n));
      u?.forEach((r) => r.unknownFacts.forEach((n) => unknown.add(n)));
      unknownBinding ??= new Map(binding);
    }
  }
  const groups = [...affected.values()].map(merge);
  return groups.length === 0 && unknownBinding ? { groups, unknownBinding, unknown: [...unknown] } : { groups, unknown: [] };
}
function outcomeOf(rule, context, v, values, placeOf, bodies) {
  const { whenFacts } = ruleFacts(rule);
  const out = { findings: v.groups.map((group) => toFinding(rule, context, group, whenFacts, bodies)) };
  if (v.unknownBinding) out.undetermined = toUndetermined(rule, context, v.unknownBinding, [...v.unknown], values, whenFacts, placeOf, bodies);
  return out;
}
function combinationCount(names, values) {
  return names.reduce((n, f) => n * Math.max(1, values.get(f)?.length ?? 0), 1);
}
function ruleHeader(rule, context) {
  return { ruleId: rule.id, title: rule.title, severity: rule.severity, component: rule.component, context };
}
function overCap(rule, ctx, values) {
  const { names } = ruleFacts(rule);
  const total = combinationCount(names, values);
  const many = names.filter((n) => (values.get(n)?.length ?? 0) > 1).sort((a, b) => values.get(b).length - values.get(a).length);
  const counts2 = many.map((n) => `${n} ${values.get(n).length} values`).join(", ");
  const why = `${total} value combinations (${counts2}) are over the engine's limit of ${MAX_COMBINATIONS}`;
  const how = "split the clusters in the config file (clusters: [{name, paths}]) or give the values as inputs";
  const missing = many.map((n) => ({ fact: n, hint: `${values.get(n).length} different values in this cluster; ${how}` }));
  const u = {
    ...ruleHeader(rule, ctx.name),
    message: `${rule.title}: not evaluated: ${why}; ${how}.`,
    missing,
    evidence: [],
    fingerprint: fingerprint(rule.id, ctx.name, ["over-limit", ...many], [])
  };
  const first = many.flatMap((n) => values.get(n).flatMap((v) => v.facts)).map(nearestPlace).find((p) => p !== void 0);
  if (first) u.primary = first;
  const diagnostic = { level: "warning", message: `${rule.id} in cluster ${ctx.name} is undetermined: ${why}; ${how}` };
  if (first) diagnostic.place = first;
  return { findings: [], undetermined: u, diagnostic };
}
function componentPlace(rule, facts) {
  const mine = (f) => rule.component === "calico" ? f.name.startsWith("calico.") : rule.component === "kube-proxy" ? f.name.startsWith("kubeProxy.") || f.name === "kubernetes.version" : f.name.startsWith(`${rule.component}.`);
  for (const f of facts) {
    if (!mine(f)) continue;
    const p = nearestPlace(f);
    if (p !== void 0) return p;
  }
  for (const f of facts) {
    const p = nearestPlace(f);
    if (p !== void 0) return p;
  }
  return void 0;
}
function unverifiedNote(rule, fact, bound) {
  for (const l of ruleFacts(rule).leaves) {
    if (l.fact !== fact || !l.unverified) continue;
    const values = bound.candidates ?? [bound.value];
    if (values.some((v) => satisfiesVersion(v, l.unverified.version) !== "false")) return l.unverified.note;
  }
  return void 0;
}
function describeValue(bound) {
  if (!bound.candidates) return bound.value;
  const why = bound.facts.map((f) => f.note).find((n) => !!n);
  return why ? `${why}` : `${bound.value} (one of ${bound.candidates.join(", ")})`;
}
function* combinations(names, values) {
  const choices = names.map((n) => {
    const list = values.get(n);
    return list && list.length > 0 ? list : [void 0];
  });
  let produced = 0;
  const idx = names.map(() => 0);
  const binding = /* @__PURE__ */ new Map();
  while (produced < MAX_COMBINATIONS) {
    names.forEach((n, i2) => binding.set(n, choices[i2][idx[i2]]));
    yield binding;
    produced++;
    let i = names.length - 1;
    while (i >= 0 && ++idx[i] >= choices[i].length) idx[i--] = 0;
    if (i < 0) return;
  }
}
function findingKey(rule, binding, whenFacts) {
  return binding.get(rule.primaryFact ?? whenFacts[0])?.value ?? "";
}
function merge(group) {
  const out = /* @__PURE__ */ new Map();
  for (const b of group) {
    for (const [n, v] of b) {
      if (!v) continue;
      const list = out.get(n);
      if (!list) out.set(n, [v]);
      else if (!list.includes(v)) list.push(v);
    }
  }
  return out;
}
function single2(binding) {
  return new Map([...binding].filter(([, v]) => v !== void 0).map(([n, v]) => [n, [v]]));
}
function boundFacts(merged, order) {
  const out = [];
  for (const n of order) for (const v of merged.get(n) ?? []) for (const f of v.facts) out.push(f);
  return out;
}
function primaryPlace(rule, merged, order) {
  if (rule.primaryFact) {
    const p = firstPlace(merged.get(rule.primaryFact));
    if (p) return p;
  }
  for (const n of order) {
    const p = firstPlace(merged.get(n));
    if (p) return p;
  }
  return void 0;
}
function firstPlace(values) {
  for (const v of values ?? []) {
    for (const f of v.facts) {
      const p = nearestPlace(f);
      if (p) return p;
    }
  }
  return void 0;
}
function toFinding(rule, context, merged, whenFacts, bodies) {
  const make = () => findingBody(rule, merged, whenFacts, bodies);
  const body = bodies ? bodies.of(rule, merged, make) : make();
  const finding = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    component: rule.component,
    context,
    message: body.message,
    fix: rule.fix,
    references: rule.references,
    evidence: body.evidence,
    fingerprint: fingerprintOf(rule.id, context, body.tails[0])
  };
  if (body.tails.length > 1) {
    const prints2 = new Fingerprints([finding.fingerprint]);
    for (let i = 1; i < body.tails.length; i++) prints2.push(fingerprintOf(rule.id, context, body.tails[i]));
    finding.fingerprints = prints2;
  }
  if (body.primary) finding.primary = body.primary;
  if (rule.security) finding.security = true;
  if (rule.cve) finding.cve = rule.cve;
  return finding;
}
function findingBody(rule, merged, whenFacts, bodies) {
  const body = {
    message: renderMessage(rule.message, merged),
    evidence: boundFacts(merged, merged.keys()),
    tails: fingerprintTails(merged, rule.primaryFact ?? whenFacts[0], bodies)
  };
  const primary = primaryPlace(rule, merged, whenFacts);
  if (primary) body.primary = primary;
  return body;
}
var treeFiles = /* @__PURE__ */ new WeakMap();
function filesOf(f) {
  let files = treeFiles.get(f);
  if (!files) treeFiles.set(f, files = factTree([f]).flatMap(({ fact }) => fact.place ? [fact.place.file] : []));
  return files;
}
var valueTails = /* @__PURE__ */ new WeakMap();
function tailParts(n, v) {
  let p = valueTails.get(v);
  if (!p || v.name !== n) {
    p = { key: `${n}=${v.value}`, files: v.facts.length === 1 ? filesOf(v.facts[0]) : v.facts.flatMap(filesOf) };
    if (v.name === n) valueTails.set(v, p);
  }
  return p;
}
function fingerprintTails(merged, primary, bodies) {
  const own = [];
  const ownFiles = [];
  const common = [];
  const objects = [];
  for (const [n, values] of merged) {
    const object = isObjectFact(n) && n !== primary;
    for (const v of values) {
      if (object) objects.push(tailParts(n, v));
      else if (bodies?.isShared(v) && v.name === n) common.push({ n, v });
      else {
        const p = tailParts(n, v);
        own.push(p.key);
        for (const file of p.files) ownFiles.push(file);
      }
    }
  }
  const base = common.length === 0 ? EMPTY_TAIL : bodies.sortedTailOf(
    common.map((c) => c.v),
    () => {
      const keys = [];
      const files = [];
      for (const { n, v } of common) {
        const p = tailParts(n, v);
        keys.push(p.key);
        for (const file of p.files) files.push(file);
      }
      return sortedTail(keys, files);
    }
  );
  if (objects.length === 0) return [joinTail(base, own, ownFiles)];
  return objectTailsOf(withTail(base, own, ownFiles), objects);
}
function toUndetermined(rule, context, binding, unknown, values, whenFacts, placeOf, bodies) {
  const missing = unknown.sort().map((n) => {
    const said = missingText(rule, n, binding.get(n), values.get(n));
    const m = { fact: n, hint: said.hint };
    if (said.unresolvedAt) m.unresolvedAt = said.unresolvedAt;
    return m;
  });
  const known22 = [...binding.values()].filter((v) => !!v && !v.unresolved);
  const make = () => known22.flatMap((v) => v.facts);
  const evidence = bodies ? bodies.evidenceOf(rule, known22, make) : make();
  const label = missing.map((m) => factInfo(m.fact).label).join(", ");
  const u = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    component: rule.component,
    context,
    message: `${rule.title}: cannot decide without ${label}. ${missing.map((m) => m.hint).filter((h, i, a) => a.indexOf(h) === i).join("; ")}.`,
    missing,
    evidence,
    fingerprint: fingerprint(rule.id, context, ["undetermined", ...missing.map((m) => m.fact)], [])
  };
  const primary = primaryPlace(rule, single2(binding), whenFacts) ?? placeOf(rule);
  if (primary) u.primary = primary;
  return u;
}
var missingTexts = /* @__PURE__ */ new WeakMap();
var NO_VALUE = {};
var NO_VALUES = {};
function missingText(rule, n, bound, list) {
  let byName2 = missingTexts.get(rule);
  if (!byName2) missingTexts.set(rule, byName2 = /* @__PURE__ */ new Map());
  let byValue = byName2.get(n);
  if (!byValue) byName2.set(n, byValue = /* @__PURE__ */ new WeakMap());
  let byList = byValue.get(bound ?? NO_VALUE);
  if (!byList) byValue.set(bound ?? NO_VALUE, byList = /* @__PURE__ */ new WeakMap());
  let said = byList.get(list ?? NO_VALUES);
  if (!said) byList.set(list ?? NO_VALUES, said = makeMissingText(rule, n, bound, list));
  return said;
}
function makeMissingText(rule, n, bound, list) {
  const example = n === "node.kernel" ? "a kernel release such as 4.18.0-513.el8_9.x86_64" : "the full version, e.g. 1.28.7";
  const doubt = bound && !bound.unresolved ? unverifiedNote(rule, n, bound) : void 0;
  const range = n === "node.kernel" && bound && !bound.unresolved && bound.candidates ? `the range does not decide it: ${describeValue(bound)}` : void 0;
  const candidateNote = bound?.candidates ? bound.facts.find((f) => f.note)?.note : void 0;
  const installerNote = bound?.unresolved ? bound.facts.find((f) => f.source.startsWith("installer:"))?.note : void 0;
  const imprecise = doubt ? `${bound.value}: ${doubt}; ` : candidateNote ? `${bound.value} (${candidateNote}) does not decide it: pin the installer release or give the value; ` : installerNote ? `${installerNote}; give the value; ` : bound && !bound.unresolved ? `${bound.value} does not decide it (give ${example}); ` : "";
  const said = { hint: range ?? (doubt ? imprecise.replace(/; $/, "") : `${imprecise}${factInfo(n).hint}`) };
  const unresolved = (list ?? []).filter((v) => v.unresolved).flatMap((v) => v.facts.map((f) => f.place)).filter((p) => !!p).sort(comparePlaces);
  if (unresolved.length) said.unresolvedAt = unresolved;
  return said;
}
function planOf(v, values) {
  const at2 = (n, fv) => fv ? values.get(n).indexOf(fv) : -1;
  const plan = {
    groups: v.groups.map((g) => [...g].map(([n, list]) => [n, list.map((fv) => at2(n, fv))])),
    unknown: v.unknown
  };
  if (v.unknownBinding) plan.binding = [...v.unknownBinding].map(([n, fv]) => [n, at2(n, fv)]);
  return plan;
}
function verdictsOf(plan, values) {
  const v = {
    groups: plan.groups.map((g) => new Map(g.map(([n, at2]) => [n, at2.map((i) => values.get(n)[i])]))),
    unknown: plan.unknown
  };
  if (plan.binding) v.unknownBinding = new Map(plan.binding.map(([n, i]) => [n, i < 0 ? void 0 : values.get(n)[i]]));
  return v;
}
var PlanCache = class {
  plans = /* @__PURE__ */ new Map();
  readings = /* @__PURE__ */ new Map();
  readingIds = /* @__PURE__ */ new Map();
  valueTexts = /* @__PURE__ */ new Map();
  factReadings = /* @__PURE__ */ new WeakMap();
  /** A new cluster's values: the ids of their readings are found as its rules ask for them. */
  startCluster() {
    this.readingIds = /* @__PURE__ */ new Map();
  }
  /** What a rule (at `index` in the rule list) reads in a cluster's values: the key of its plan. */
  key(rule, index, values) {
    let key = `${index}`;
    for (const n of ruleFacts(rule).names) key += `,${this.readingId(n, values.get(n))}`;
    return key;
  }
  get(key) {
    return this.plans.get(key);
  }
  set(key, plan) {
    this.plans.set(key, plan);
  }
  /**
   * A number for what a value reads: its text, candidates and unresolved mark (a condition's whole input).
   * All of them are its first fact's (groupFactValues), so the number is found once per fact: a shared
   * Service is one lookup in each cluster.
   */
  valueId(v) {
    const first = v.facts[0];
    if (!first) return this.textId(`${v.unresolved ? "u" : ""}${v.value}${v.candidates?.join("") ?? ""}`);
    let id = this.factReadings.get(first);
    if (id === void 0) {
      const text = `${v.unresolved ? "u" : ""}${v.value}${v.candidates?.join("") ?? ""}`;
      this.factReadings.set(first, id = this.textId(text));
    }
    return id;
  }
  textId(text) {
    let id = this.valueTexts.get(text);
    if (id === void 0) this.valueTexts.set(text, id = this.valueTexts.size);
    return id;
  }
  readingId(name, values) {
    if (!values || values.length === 0) return -1;
    let id = this.readingIds.get(name);
    if (id !== void 0) return id;
    let text = name;
    for (const v of values) text += `,${this.valueId(v)}`;
    id = this.readings.get(text);
    if (id === void 0) this.readings.set(text, id = this.readings.size);
    this.readingIds.set(name, id);
    return id;
  }
};
var ROOM = 1 << 18;
var FindingBodies = class {
  /** `shared`: whether a value object is one every cluster taking the shared facts is given. */
  constructor(shared) {
    this.shared = shared;
  }
  shared;
  ids = /* @__PURE__ */ new WeakMap();
  bodies = /* @__PURE__ */ new Map();
  evidence = /* @__PURE__ */ new Map();
  tails = /* @__PURE__ */ new Map();
  nextId = 0;
  held = 0;
  /** The body of a rule's finding over these values (a Merged group), made by `make` if not known. */
  of(rule, values, make) {
    const key = this.sharedKey(values.values());
    return key === void 0 ? make() : this.perRule(this.bodies, rule, key, make, (b) => b.evidence.length + b.tails.reduce((n, t) => n + t.length, 0));
  }
  /** Whether a value object is one every cluster taking the shared facts is given. */
  isShared(v) {
    return this.shared(v);
  }
  /**
   * The sorted fingerprint parts (fingerprint.ts, SortedTail) of shared values, made by `make` if not known:
   * a finding resting on a shared Calico manifest and a cluster's own kernel hashes the manifest's files in
   * every cluster, and they are sorted once.
   */
  sortedTailOf(values, make) {
    let key = "";
    for (const v of values) key += `${this.id(v)},`;
    let tail = this.tails.get(key);
    if (!tail) {
      tail = make();
      this.hold(tail.values.length + tail.files.length);
      this.tails.set(key, tail);
    }
    return tail;
  }
  /** The evidence of a rule's undetermined result over these known values, made by `make` if not known. */
  evidenceOf(rule, values, make) {
    const key = this.sharedKey([values]);
    return key === void 0 ? make() : this.perRule(this.evidence, rule, key, make, (list) => list.length);
  }
  /** The key of value lists that are all shared values, in their order; undefined when one is the cluster's own. */
  sharedKey(lists) {
    let key = "";
    for (const list of lists) {
      for (const v of list) {
        if (!this.shared(v)) return void 0;
        key += `${this.id(v)},`;
      }
    }
    return key;
  }
  /** A rule's entry under `key` in `store`, made by `make` (and counted by its `size`) if not known. */
  perRule(store, rule, key, make, size) {
    let byKey = store.get(rule);
    if (!byKey) store.set(rule, byKey = /* @__PURE__ */ new Map());
    let entry = byKey.get(key);
    if (entry === void 0) {
      entry = make();
      this.hold(size(entry));
      byKey.set(key, entry);
    }
    return entry;
  }
  /** Counts what a new entry holds; past ROOM every entry so far is let go (the new one is kept after). */
  hold(size) {
    if (this.held + size > ROOM) {
      for (const m of this.bodies.values()) m.clear();
      for (const m of this.evidence.values()) m.clear();
      this.tails.clear();
      this.held = 0;
    }
    this.held += size;
  }
  id(v) {
    let id = this.ids.get(v);
    if (id === void 0) this.ids.set(v, id = this.nextId++);
    return id;
  }
};
var COMPONENT_FACTS = {
  "kube-proxy": (f) => f.name.startsWith("kubeProxy.") || f.name === "kubernetes.version",
  calico: (f) => f.name.startsWith("calico."),
  // Kernel-level rules: any data-plane or node fact says the cluster has nodes worth checking.
  node: (f) => /^(kubeProxy|calico|node|host)\./.test(f.name)
};
function inapplicability(facts, show) {
  const reasons = /* @__PURE__ */ new Map();
  const off = facts.find((f) => f.name === "kubeProxy.disabled" && f.value === "true");
  return (rule) => {
    if (reasons.has(rule.component)) return reasons.get(rule.component);
    let reason;
    if (rule.component === "kube-proxy" && off) {
      reason = `kube-proxy is disabled${off.note ? ` (${off.note})` : ""}${off.place ? ` at ${show(off.place)}` : ""}`;
    } else if (!facts.some((f) => f.name !== "kubeProxy.disabled" && COMPONENT_FACTS[rule.component](f))) {
      reason = `no ${rule.component} configuration found`;
    }
    reasons.set(rule.component, reason);
    return reason;
  };
}
function* evaluateContexts(rules2, contexts, opts = {}) {
  const show = basedPlaceText(opts.placeBase);
  const plans = new PlanCache();
  const grouped = new ClusterValues();
  const bodies = new FindingBodies((v) => grouped.isShared(v));
  for (const ctx of contexts) {
    const out = { findings: [], undetermined: [], notApplicable: [], diagnostics: [] };
    const facts = clusterFacts(ctx);
    const inapplicable = inapplicability(facts, show);
    const values = grouped.of(ctx, facts);
    plans.startCluster();
    const places = /* @__PURE__ */ new Map();
    const placeOf = (rule) => {
      if (!places.has(rule.component)) places.set(rule.component, componentPlace(rule, facts));
      return places.get(rule.component);
    };
    const outcome = (rule, i) => {
      const key = plans.key(rule, i, values);
      const plan = plans.get(key);
      if (plan) return outcomeOf(rule, ctx.name, verdictsOf(plan, values), values, placeOf, bodies);
      const verdicts = ruleVerdicts(rule, values);
      if (!verdicts) return overCap(rule, ctx, values);
      plans.set(key, planOf(verdicts, values));
      return outcomeOf(rule, ctx.name, verdicts, values, placeOf, bodies);
    };
    for (const [i, rule] of rules2.entries()) {
      const reason = inapplicable(rule);
      if (reason) {
        out.notApplicable.push({ ruleId: rule.id, context: ctx.name, reason });
        continue;
      }
      const r = outcome(rule, i);
      out.findings.push(...r.findings);
      if (r.undetermined) out.undetermined.push(r.undetermined);
      if (r.diagnostic) out.diagnostics.push(r.diagnostic);
    }
    yield out;
  }
}
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_url = __toESM(require_node_url(), 1);
var import_node_module2 = __toESM(require_node_module(), 1);
var UNCLAIMED = 0;
var MAIN = 1;
var FILE_WORKER = "netcompat-file-worker";
var UP = 0;
var FRONT = 1;
var POSTED = 2;
var CLAIM_PAGE = 2048;
var SIZE = 0;
var BYTES2 = 1;
var UNREAD = 2;
var SKIPPED = 3;
var READ_HERE = 4;
var SENT_BYTES = 32 * 1024;
var SharedChunks = class {
  constructor(walker, state, rest2) {
    this.walker = walker;
    this.state = state;
    this.rest = rest2;
  }
  walker;
  state;
  rest;
  lists = /* @__PURE__ */ new Map();
  parts = /* @__PURE__ */ new Map();
  got = /* @__PURE__ */ new Map();
  /** Chunks the worker stopped reading part-way: the rest is read here. */
  stopped = /* @__PURE__ */ new Set();
  pages = [];
  end;
  failed = false;
  wake;
  /** A message from the worker: a chunk of the walk, or part of a chunk it read. */
  take(msg) {
    if ("from" in msg) {
      const list = this.parts.get(msg.chunk);
      if (list) list.push(msg);
      else this.parts.set(msg.chunk, [msg]);
      this.got.set(msg.chunk, (this.got.get(msg.chunk) ?? 0) + msg.codes.length);
      if (msg.rest) this.stopped.add(msg.chunk);
    } else if (msg.end !== void 0) this.end = msg.end;
    else {
      if (msg.claims) this.pages[msg.chunk / CLAIM_PAGE] = new Int32Array(msg.claims);
      this.lists.set(msg.chunk, msg);
    }
    this.wake?.();
  }
  /** The worker stopped (finished, crashed or terminated). */
  fail() {
    this.failed = true;
    this.wake?.();
  }
  next() {
    return new Promise((done) => this.wake = done);
  }
  /** Every file of the walk the worker took, a chunk at a time, in walk order. */
  async *stream() {
    let taken = 0;
    for (let i = 0; ; i++) {
      while (!this.lists.has(i) && (this.end === void 0 || i < this.end) && !this.failed) await this.next();
      const list = this.lists.get(i);
      if (!list) {
        if (this.end !== void 0 && i >= this.end) return;
        yield after(this.walker.resume(this.rest), taken);
        return;
      }
      this.lists.delete(i);
      const n = list.codes.length;
      taken += n;
      Atomics.store(this.state, FRONT, i);
      Atomics.notify(this.state, FRONT);
      const page = this.pages[Math.floor(i / CLAIM_PAGE)];
      if (Atomics.compareExchange(page, i % CLAIM_PAGE, UNCLAIMED, MAIN) === UNCLAIMED) {
        yield listed2(list, this.walker);
        continue;
      }
      while ((this.got.get(i) ?? 0) < n && !this.stopped.has(i) && !this.failed) await this.next();
      const parts = this.parts.get(i);
      this.parts.delete(i);
      const got = this.got.get(i) ?? 0;
      yield parts && (got === n || this.stopped.has(i)) ? [...read(list, parts, this.walker), ...listed2(list, this.walker, got)] : listed2(list, this.walker);
      this.got.delete(i);
      this.stopped.delete(i);
    }
  }
};
function* after(items, n) {
  let k = 0;
  for (const item of items) if (k++ >= n) yield item;
}
function listed2(list, walker, from = 0) {
  const paths = list.paths.split("\0");
  const out = [];
  let s = 0;
  for (let k = 0; k < paths.length; k++) {
    const skip = list.codes[k] === SKIPPED;
    if (k >= from) out.push(skip ? { skipped: list.skips[s] } : { file: walker.sourceFile(paths[k]) });
    if (skip) s++;
  }
  return out;
}
function read(list, parts, walker) {
  const paths = list.paths.split("\0");
  const out = [];
  let walkSkip = 0;
  for (const part of parts) {
    let byte = 0;
    let skip = 0;
    for (let j = 0; j < part.codes.length; j++) {
      const path = paths[part.from + j];
      const code2 = part.codes[j];
      if (code2 === SIZE) out.push({ path, size: part.sizes[j] });
      else if (code2 === BYTES2) {
        const n = part.sizes[j];
        out.push({ path, bytes: part.bytes.subarray(byte, byte + n) });
        byte += n;
      } else if (code2 === READ_HERE) out.push({ file: walker.sourceFile(path) });
      else if (code2 === UNREAD) out.push({ path, unread: part.skips[skip++] });
      else out.push({ skipped: list.skips[walkSkip++] });
    }
  }
  return out;
}
var DEFAULT_FILE_WORKER = false;
function fileWorkerFromEnv(env) {
  const v = env.NETCOMPAT_FILE_WORKER_DIRS;
  if (v === "off") return false;
  const n = Number(v);
  if (v === void 0 || v.trim() === "" || !Number.isInteger(n) || n < 0) return void 0;
  return { afterDirs: n };
}
function walkOptions(opts) {
  return {
    root: opts.root,
    ...opts.include ? { include: opts.include } : {},
    ...opts.exclude ? { exclude: opts.exclude } : {},
    ...opts.maxBytes !== void 0 ? { maxBytes: opts.maxBytes } : {},
    ...opts.within ? { within: opts.within } : {}
  };
}
var FilePhase = class {
  /** `walk`: the walk's options (walkOptions); the trigger words follow through `search()`. */
  constructor(walker, walk, options) {
    this.walker = walker;
    this.walk = walk;
    this.stopped = new Promise((done) => this.stop = done);
    const chosen = options ?? DEFAULT_FILE_WORKER;
    if (chosen === false) return;
    const url = chosen.url ?? new URL("./file-worker.js", __netcompatUrl);
    if (url.protocol !== "file:" || !(0, import_node_fs3.existsSync)((0, import_node_url.fileURLToPath)(url))) return;
    this.url = url;
    this.split = { afterDirs: Math.max(1, chosen.afterDirs), handOff: (rest2) => this.share(rest2) };
  }
  walker;
  walk;
  worker;
  failed = false;
  split;
  /** The worker has the walk (the main thread reads through `stream()`). */
  whole = false;
  /** Settles when the worker has stopped (finished, crashed or was never started); tests wait on it. */
  stopped;
  stop = () => {
  };
  /** The chunks as they come, and the state both threads see. */
  shared;
  state;
  /** Where the worker is, and the search words once known (sent with the rest, or after it). */
  url;
  words;
  /**
   * Starts the worker, then hands it the rest of the walk once it is up (undefined until then: this thread
   * walks on, so the worker's start-up costs the walk nothing).
   */
  share(rest2) {
    if (this.failed) return false;
    if (!this.state) {
      const state = new SharedArrayBuffer(12);
      if (!this.start(this.url, { role: FILE_WORKER, mode: "shared", walk: this.walk, state, heapFlags: heapKeptSmall() })) return false;
      this.state = new Int32Array(state);
      return void 0;
    }
    if (Atomics.load(this.state, UP) !== 1) return void 0;
    const left = rest2();
    const start = { rest: left, ...this.words ? { words: this.words } : {} };
    this.shared = new SharedChunks(this.walker, this.state, left);
    this.worker.postMessage(start);
    Atomics.store(this.state, POSTED, 1);
    Atomics.notify(this.state, POSTED);
    this.whole = true;
    return true;
  }
  start(url, input) {
    try {
      const threads = (0, import_node_module2.createRequire)(__netcompatUrl)("node:worker_threads");
      this.worker = new threads.Worker(url, { workerData: input });
      if (heapKeptSmall()) {
        keepHeapSmall();
      }
    } catch {
      return false;
    }
    this.worker.on("message", (msg) => this.shared?.take(msg));
    const fail = () => {
      this.failed = true;
      this.shared?.fail();
      this.stop();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", fail);
    return true;
  }
  /** The worker has started and is up, waiting for the rest of the walk (tests wait on it). */
  workerUp() {
    return this.state !== void 0 && Atomics.load(this.state, UP) === 1;
  }
  /** The trigger words, once the main thread has loaded the extractors (kept until the hand-off). */
  search(words) {
    if (this.words) return;
    this.words = searchOf(words);
    if (this.shared) this.worker?.postMessage(this.words);
  }
  /**
   * The files of the walk the worker took, in walk order, a chunk at a time; if the worker fails, the rest
   * walked here (the walk's order is fixed, so it goes on after the files taken).
   */
  async *stream() {
    if (this.shared) yield* this.shared.stream();
  }
  /** Stops the worker (it may still be walking when the scan ends early). */
  close() {
    const w = this.worker;
    this.worker = void 0;
    if (this.state && Atomics.load(this.state, POSTED) === 0) {
      Atomics.store(this.state, POSTED, 2);
      Atomics.notify(this.state, POSTED);
    }
    if (w) {
      w.removeAllListeners("message");
      void w.terminate();
    }
    this.stop();
  }
};
function searchOf({ needles, always, suggestions }) {
  return { needles: needles.map((n) => ({ triggers: n.triggers, kinds: n.kinds })), always, suggestions };
}
async function readRepository(opts) {
  const out = { facts: [], skipped: [], directives: [], candidates: [] };
  let reader;
  let phase;
  const startReading = async () => {
    const module2 = await Promise.resolve().then(() => require("./chunk-6ZA6ZX5Z.js"));
    phase?.search(module2.phaseSetup(opts));
    return new module2.RepositoryReader(opts, out);
  };
  const walker = new Walker(opts);
  const worker = opts.fileWorker ?? DEFAULT_FILE_WORKER;
  if (worker !== false) phase = new FilePhase(walker, walkOptions(opts), worker);
  const one = (item) => {
    opts.budget.throwIfOver("reading files");
    opts.stats.filesSeen++;
    opts.onFile?.();
    if ("skipped" in item) out.skipped.push(item.skipped);
    else if ("file" in item) reader.file(item.file);
    else reader.fetched(item);
  };
  const needsReader = (item) => reader === void 0 && !("skipped" in item);
  try {
    for (const item of walker.walk("", phase?.split)) {
      if (needsReader(item)) reader = await startReading();
      one(item);
    }
    if (phase?.whole) {
      reader ??= await startReading();
      for await (const items of phase.stream()) for (const sub of items) one(sub);
    }
  } finally {
    phase?.close();
  }
  await reader?.terraform();
  const { facts, skipped, directives, candidates } = out;
  candidates.sort((x, y) => comparePlaces(x.place, y.place));
  facts.sort((a, b) => (a.place && b.place ? comparePlaces(a.place, b.place) : 0) || byCode(a.name, b.name));
  skipped.sort((a, b) => byCode(a.path, b.path));
  directives.sort((a, b) => byCode(a.file, b.file) || a.line - b.line);
  opts.stats.facts = facts.length;
  opts.budget.throwIfOver("reading Terraform");
  return out;
}
var builtIn;
function builtInRules() {
  if (!builtIn) {
    builtIn = knowledgePaths.filter((path) => path.startsWith("rules/")).map((path) => knowledgeData(path)).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }
  return builtIn;
}
var SINGLE_VALUED = [
  "kubernetes.version",
  "kubeProxy.version",
  "kubeProxy.mode",
  "calico.version",
  "calico.vxlanMode",
  "calico.ipipMode"
];
function findConflicts(contexts) {
  const out = [];
  const lists = new PlaceLists();
  const counted = new CountedShared();
  for (const ctx of contexts) {
    const byFact = new Map(SINGLE_VALUED.map((n) => [n, /* @__PURE__ */ new Map()]));
    const take = (f) => {
      const byValue = byFact.get(f.name);
      let entry = byValue.get(f.value);
      if (!entry) byValue.set(f.value, entry = { places: [], seen: /* @__PURE__ */ new Set() });
      const p = lists.placeOf(f);
      const id = p && lists.id(p);
      if (p && id !== void 0 && !entry.seen.has(id)) {
        entry.seen.add(id);
        entry.places.push(p);
      }
    };
    counted.each(ctx, take);
    for (const [fact, byValue] of byFact) {
      if (byValue.size > 1) out.push({ context: ctx.name, fact, values: [...byValue].map(([value, e]) => ({ value, places: lists.intern(e.places) })) });
    }
  }
  return out;
}
var SINGLE = new Set(SINGLE_VALUED);
function counts(f) {
  return SINGLE.has(f.name) && !f.unresolved && !f.candidates && f.origin !== "default" && f.origin !== "derived";
}
var CountedShared = class {
  positions = /* @__PURE__ */ new WeakMap();
  each(c, take) {
    const s = c.shared;
    if (!s || s.runs.length === 0) {
      for (const f of c.facts) if (counts(f)) take(f);
      return;
    }
    let at2 = this.positions.get(s.facts);
    if (!at2) {
      at2 = [];
      for (let k = 0; k < s.facts.length; k++) if (counts(s.facts[k])) at2.push(k);
      this.positions.set(s.facts, at2);
    }
    let i = 0;
    for (const r of s.runs) {
      for (; i < r.at; i++) if (counts(c.facts[i])) take(c.facts[i]);
      for (let j = firstAtLeast(at2, r.from); j < at2.length && at2[j] < r.to; j++) take(s.facts[at2[j]]);
    }
    for (; i < c.facts.length; i++) if (counts(c.facts[i])) take(c.facts[i]);
  }
};
function firstAtLeast(sorted, n) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var PlaceLists = class {
  texts = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new Map();
  lists = /* @__PURE__ */ new Map();
  // A shared fact is met once per cluster: its nearest place is looked up once.
  nearest = /* @__PURE__ */ new Map();
  placeOf(f) {
    if (f.place) return f.place;
    let p = this.nearest.get(f);
    if (p === void 0) this.nearest.set(f, p = nearestPlace(f) ?? null);
    return p ?? void 0;
  }
  id(p) {
    let id = this.ids.get(p);
    if (id === void 0) {
      const text = formatPlace(p);
      id = this.texts.get(text);
      if (id === void 0) this.texts.set(text, id = this.texts.size);
      this.ids.set(p, id);
    }
    return id;
  }
  /** The one list with these places (the same objects, in this order). */
  intern(places) {
    const key = places.map((p) => this.ids.get(p)).join(",");
    const known22 = this.lists.get(key);
    if (known22 && known22.every((p, i) => p === places[i])) return known22;
    if (!known22) this.lists.set(key, places);
    return places;
  }
};
var LISTED = 3;
function listed3(items, max = LISTED) {
  return items.length > max ? `${items.slice(0, max).join(", ")} (+${items.length - max} more)` : items.join(", ");
}
function where(places, show) {
  return places.length ? listed3(places.map(show)) : "an explicit input";
}
function conflictDiagnostics(conflicts, manyClusters, show) {
  const same = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  const byText = /* @__PURE__ */ new Map();
  const id = (places) => {
    let n = ids.get(places);
    if (n === void 0) {
      const text = places.map(formatPlace).join("\0");
      n = byText.get(text);
      if (n === void 0) byText.set(text, n = byText.size);
      ids.set(places, n);
    }
    return n;
  };
  for (const c of conflicts) {
    const key = `${c.fact}\0${c.values.map((v) => `${v.value}\0${id(v.places)}`).join("\0")}`;
    const known22 = same.get(key);
    if (known22) known22.clusters.push(c.context);
    else same.set(key, { conflict: c, clusters: [c.context] });
  }
  return [...same.values()].map(({ conflict, clusters }) => conflictDiagnostic(conflict, manyClusters ? clusters : [], show));
}
function conflictDiagnostic(c, clusters, show) {
  const values = c.values.map((v) => `${v.value} at ${where(v.places, show ?? formatPlace)}`).join("; ");
  const files = [...new Set(c.values.flatMap((v) => v.places.map((p) => p.file)))];
  const named = clusters.slice(0, LISTED).join(", ") + (clusters.length > LISTED ? `, +${clusters.length - LISTED} more` : "");
  const scope = clusters.length === 0 ? "" : clusters.length === 1 ? ` in cluster ${clusters[0]}` : ` in ${clusters.length} clusters (${named})`;
  const d = {
    level: "warning",
    message: `conflict${scope}: ${c.fact} has ${c.values.length} values: ${values}. Rules are checked against each, so a finding may rest on a stale one. Resolve it: exclude the stale file (${files.length > 1 ? `one of ${listed3(files)}` : files[0] ?? "FILE"}; --exclude, or the exclude input${show ? ", relative to the scanned directory" : ""}), or split the clusters in the config file (clusters: [{name, paths}]) if these are different clusters.`,
    conflict: { fact: c.fact, values: c.values.map((v) => ({ value: v.value, places: v.places })), ...clusters.length ? { clusters: [...clusters] } : {} }
  };
  const first = c.values.find((v) => v.places.length)?.places[0];
  if (first) d.place = first;
  return d;
}
function othersText(c, value, show = formatPlace) {
  const others = c.values.filter((v) => v.value !== value);
  return `${c.fact} is also ${others.map((v) => `${v.value} at ${where(v.places, show)}`).join(" and ")}`;
}
function makeBaseline(findings) {
  return {
    version: 1,
    findings: findings.filter((f) => !f.suppressed).flatMap(
      (f) => [...f.fingerprints ?? [f.fingerprint]].map((fingerprint2) => ({ ruleId: f.ruleId, context: f.context, fingerprint: fingerprint2, message: f.message }))
    ).sort((a, b) => byCode(a.ruleId, b.ruleId) || byCode(a.fingerprint, b.fingerprint))
  };
}
function parseBaseline(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not valid JSON; create it with \`netcompat baseline DIR > ${file}\``);
  }
  const b = data;
  if (b?.version !== 1 || !Array.isArray(b.findings) || b.findings.some((f) => typeof f?.fingerprint !== "string")) {
    throw new Error(`${file}: not a netcompat baseline (expected {"version": 1, "findings": [{"fingerprint": \u2026}]})`);
  }
  return b;
}
function applyBaseline(findings, baseline) {
  const known22 = new Set(baseline.findings.map((f) => f.fingerprint));
  for (const f of findings) if ([...f.fingerprints ?? [f.fingerprint]].every((p) => known22.has(p))) f.filtered ??= "baseline";
}
var import_minimatch3 = __toESM(require_minimatch(), 1);
var compiled22 = /* @__PURE__ */ new Map();
function matcher(glob) {
  let m = compiled22.get(glob);
  if (!m) {
    m = new import_minimatch3.Minimatch(glob, { dot: true });
    compiled22.set(glob, m);
  }
  return m;
}
function evidencePlaces(f) {
  return factTree(f.evidence).flatMap(({ fact }) => fact.place ? [fact.place] : []);
}
var liveEntries = (input) => input.ignore.filter((g) => g.expires === void 0 || g.expires > input.today);
function suppressionDiagnostics(input) {
  const diagnostics = [];
  const cfg = input.configFile ?? ".netcompat.yaml";
  for (const g of input.ignore) {
    if (g.expires !== void 0 && g.expires <= input.today) {
      diagnostics.push({
        level: "warning",
        message: `ignore entry for ${g.rule} expired on ${g.expires} and no longer suppresses (reason was: ${g.reason})`,
        place: { file: cfg, line: g.line, column: 1 }
      });
    }
  }
  for (const d of input.directives) {
    if (!d.reason) {
      diagnostics.push({
        level: "warning",
        message: `netcompat-ignore ${d.rules.join(", ") || "(no rule id)"} has no reason and does not suppress; write "# netcompat-ignore RULE-ID: why"`,
        place: { file: d.file, line: d.line, column: d.column }
      });
    }
  }
  return diagnostics;
}
function markSuppressed(findings, input) {
  const cfg = input.configFile ?? ".netcompat.yaml";
  const live = liveEntries(input);
  const ruled = /* @__PURE__ */ new Set([...live.map((g) => g.rule), ...input.directives.filter((d) => d.reason).flatMap((d) => d.rules)]);
  for (const f of findings) {
    if (!ruled.has(f.ruleId)) continue;
    const covered = coverage(f);
    const entry = live.find(
      (g) => g.rule === f.ruleId && (g.cluster === void 0 || g.cluster === f.context) && (!g.paths?.length || covered((p) => g.paths.some((glob) => matcher(glob).match(p.file))))
    );
    if (entry) {
      f.suppressed = { reason: entry.reason, by: `${cfg}:${entry.line}` };
      continue;
    }
    const mine = input.directives.filter((x) => x.reason && x.rules.includes(f.ruleId));
    const at2 = (x, p) => p.file === x.file && (p.line === x.line || p.line === x.line + 1);
    if (mine.length === 0 || !covered((p) => mine.some((x) => at2(x, p)))) continue;
    const places = evidencePlaces(f);
    const d = mine.find((x) => places.some((p) => at2(x, p)));
    f.suppressed = { reason: d.reason, by: `${d.file}:${d.line}` };
  }
}
function coverage(f) {
  const objects = f.evidence.filter((e) => isObjectFact(e.name));
  const own = evidencePlaces({ evidence: f.evidence.filter((e) => !isObjectFact(e.name)) });
  const perObject = objects.map((o) => evidencePlaces({ evidence: [o] }));
  return (test) => own.some(test) || perObject.length > 0 && perObject.every((places) => places.some(test));
}
function applyChangedFiles(findings, changed) {
  for (const f of findings) {
    if (!evidencePlaces(f).some((p) => changed.has(p.file))) f.filtered ??= "unchanged";
  }
}
var NONE3 = [];
var SHORT = 4;
var NO_NOTES = { names: [], suffixes: /* @__PURE__ */ new Map() };
var ConflictNotes = class {
  /** `show`: how the notes name places (under the front end's place base, as the places will read). */
  constructor(conflicts, show) {
    this.show = show;
    for (const c of conflicts) {
      let byName2 = this.conflicted.get(c.context);
      if (!byName2) this.conflicted.set(c.context, byName2 = /* @__PURE__ */ new Map());
      if (byName2.has(c.fact)) continue;
      byName2.set(c.fact, c);
      this.names.add(c.fact);
    }
  }
  show;
  texts = /* @__PURE__ */ new Map();
  byContent = /* @__PURE__ */ new Map();
  listIds = /* @__PURE__ */ new Map();
  suffixes = /* @__PURE__ */ new Map();
  noted = /* @__PURE__ */ new Map();
  // The clusters that have a conflict, each with its conflicts by fact name: a result of any other cluster
  // has no note to look for.
  conflicted = /* @__PURE__ */ new Map();
  here = /* @__PURE__ */ new Map();
  // The fact names in any conflict, and per fact whether it or a fact it derives from has one: most facts
  // (a Service, a node's kernel) never do, in any cluster, and are passed over without a walk.
  names = /* @__PURE__ */ new Set();
  mayNote = /* @__PURE__ */ new WeakMap();
  // Per fact object, the notes of it and the facts it derives from, in eachFact's order, in the cluster at
  // hand; only one cluster's at a time, as results come a cluster at a time and a map per cluster would
  // hold every shared fact again. A shared Service met by sixty results is walked once, not sixty times.
  known = /* @__PURE__ */ new Map();
  knownFor;
  // Per evidence list, the conflicting fact names its facts' notes can come from, and its message suffix
  // ('' for none) by what the cluster's conflicts of those names say: clusters that take the same shared
  // files are given the same list for a finding on them, and have the same conflicts there (the same
  // text), so the notes of a list of hundreds of facts are gathered once, not once per cluster.
  lists = /* @__PURE__ */ new WeakMap();
  contentIds = /* @__PURE__ */ new Map();
  conflictIds = /* @__PURE__ */ new WeakMap();
  note(results) {
    if (this.conflicted.size === 0) return;
    for (const r of results) {
      if (r.context !== this.knownFor) {
        this.known = /* @__PURE__ */ new Map();
        this.knownFor = r.context;
        this.here = this.conflicted.get(r.context) ?? /* @__PURE__ */ new Map();
      }
      if (this.here.size === 0) continue;
      let list = this.lists.get(r.evidence);
      if (!list) {
        if (r.evidence.length <= SHORT && !this.anyMayHaveNote(r.evidence)) continue;
        const names = this.namesIn(r.evidence);
        if (names.length === 0 && r.evidence.length <= SHORT) continue;
        this.lists.set(r.evidence, list = names.length ? { names, suffixes: /* @__PURE__ */ new Map() } : NO_NOTES);
      }
      if (list === NO_NOTES) continue;
      let said = "";
      for (const n of list.names) {
        const c = this.here.get(n);
        said += `${c ? this.conflictId(c) : -1},`;
      }
      let suffix = list.suffixes.get(said);
      if (suffix === void 0) list.suffixes.set(said, suffix = this.suffixOf(r.evidence));
      if (suffix === "") continue;
      let bySuffix = this.noted.get(r.message);
      if (!bySuffix) this.noted.set(r.message, bySuffix = /* @__PURE__ */ new Map());
      let message = bySuffix.get(suffix);
      if (message === void 0) bySuffix.set(suffix, message = intern(r.message + suffix));
      r.message = message;
    }
  }
  /** The message suffix of results with this evidence in the cluster at hand; '' when no fact has a note. */
  suffixOf(evidence) {
    let notes;
    for (const f of evidence) if (this.mayHaveNote(f)) for (const n of this.notesOf(f)) (notes ??= /* @__PURE__ */ new Set()).add(n);
    if (!notes) return "";
    const key = [...notes].join("\0");
    let suffix = this.suffixes.get(key);
    if (suffix === void 0) this.suffixes.set(key, suffix = ` (conflict: ${[...notes].join("; ")}; see the conflict diagnostic)`);
    return suffix;
  }
  /** The fact names in any conflict that the facts of `evidence` or those they derive from hold, sorted. */
  namesIn(evidence) {
    const found = /* @__PURE__ */ new Set();
    const visit = (f) => {
      if (this.names.has(f.name)) found.add(f.name);
      for (const d of f.derivedFrom ?? []) if (this.mayHaveNote(d)) visit(d);
    };
    for (const f of evidence) if (this.mayHaveNote(f)) visit(f);
    return [...found].sort();
  }
  /** One number for conflicts that read the same (fact, values and their place lists): their notes are the same. */
  conflictId(c) {
    let id = this.conflictIds.get(c);
    if (id === void 0) {
      const key = `${c.fact}\0${c.values.map((v) => `${v.value}\0${this.listId(v.places)}`).join("\0")}`;
      id = this.contentIds.get(key);
      if (id === void 0) this.contentIds.set(key, id = this.contentIds.size);
      this.conflictIds.set(c, id);
    }
    return id;
  }
  /** The notes of a fact and of what it derives from (eachFact's order, each once), in the cluster at hand. */
  notesOf(f) {
    let notes = this.known.get(f);
    if (notes) return notes;
    const c = this.here.get(f.name);
    const own = c && c.values.some((v) => v.value === f.value) ? this.text(c, f.value) : void 0;
    const below = f.derivedFrom?.flatMap((d) => this.mayHaveNote(d) ? this.notesOf(d) : NONE3) ?? [];
    notes = own === void 0 && below.length === 0 ? NONE3 : [...new Set(own === void 0 ? below : [own, ...below])];
    this.known.set(f, notes);
    return notes;
  }
  anyMayHaveNote(evidence) {
    for (const f of evidence) if (this.mayHaveNote(f)) return true;
    return false;
  }
  mayHaveNote(f) {
    let may = this.mayNote.get(f);
    if (may === void 0) this.mayNote.set(f, may = this.names.has(f.name) || (f.derivedFrom?.some((d) => this.mayHaveNote(d)) ?? false));
    return may;
  }
  text(c, value) {
    let byValue = this.texts.get(c);
    if (!byValue) this.texts.set(c, byValue = /* @__PURE__ */ new Map());
    let t = byValue.get(value);
    if (t === void 0) {
      const key = `${this.conflictId(c)}\0${value}`;
      t = this.byContent.get(key);
      if (t === void 0) this.byContent.set(key, t = othersText(c, value, this.show));
      byValue.set(value, t);
    }
    return t;
  }
  listId(places) {
    let id = this.listIds.get(places);
    if (id === void 0) this.listIds.set(places, id = this.listIds.size);
    return id;
  }
};
var KeyMaker = class {
  textIds = /* @__PURE__ */ new Map();
  factIds = /* @__PURE__ */ new Map();
  // Places are shared objects (a fact's own): each is written out once, not once per result.
  placeIds = /* @__PURE__ */ new Map();
  key(r) {
    const f = r;
    const marks = f.suppressed || f.filtered ? this.textId(`${f.suppressed?.reason ?? ""}|${f.filtered ?? ""}`) : "";
    const missing = "missing" in r && r.missing.length ? this.textId(r.missing.map((m) => `${m.fact}:${m.hint}`).join("|")) : "";
    const where2 = r.primary ? this.placeId(r.primary) : r.evidence.map((e) => this.factId(e)).join(",");
    return `${this.textId(r.ruleId)} ${this.textId(r.message)} ${where2} ${marks} ${missing}`;
  }
  placeId(p) {
    let id = this.placeIds.get(p);
    if (id === void 0) this.placeIds.set(p, id = this.textId(formatPlace(p)));
    return id;
  }
  textId(text) {
    let id = this.textIds.get(text);
    if (id === void 0) this.textIds.set(text, id = this.textIds.size);
    return id;
  }
  /** Facts with the same name, value and place are the same evidence, whichever object holds them. */
  factId(f) {
    let id = this.factIds.get(f);
    if (id === void 0) this.factIds.set(f, id = this.textId(`${f.name}=${f.value}@${f.place ? formatPlace(f.place) : f.source}`));
    return id;
  }
};
var ClusterMerger = class {
  out = [];
  seen = /* @__PURE__ */ new Map();
  keys = new KeyMaker();
  // Per merged result: the facts it holds, so each join is one lookup per fact, and the evidence list
  // last joined (clusters given one list for facts they share join it at no cost).
  evidenceIds = /* @__PURE__ */ new Map();
  shared = /* @__PURE__ */ new WeakSet();
  add(r) {
    const key = this.keys.key(r);
    const at2 = this.seen.get(key);
    if (at2 === void 0) {
      this.seen.set(key, this.out.length);
      this.out.push(r);
      return;
    }
    let first = this.out[at2];
    let held2 = this.evidenceIds.get(first);
    if (!held2) {
      const evidence = first.evidence;
      this.out[at2] = first = {
        ...first,
        evidence: [...evidence],
        ...first.clusters ? { clusters: [...first.clusters] } : {},
        ...first.fingerprints ? { fingerprints: new Fingerprints(first.fingerprints) } : {}
      };
      const ids = new IdSet();
      for (const f of evidence) ids.add(this.keys.factId(f));
      this.evidenceIds.set(first, held2 = { ids, last: evidence });
    }
    if (r.evidence !== held2.last) {
      for (const f of r.evidence) {
        const id = this.keys.factId(f);
        if (held2.ids.add(id)) first.evidence.push(f);
      }
      held2.last = r.evidence;
    }
    let names = first.clusters ??= [first.context];
    if (this.shared.has(names)) names = first.clusters = [...names];
    const prints2 = first.fingerprints ??= new Fingerprints([first.fingerprint]);
    const incoming = r.fingerprints ?? [r.fingerprint];
    if (names[names.length - 1] !== r.context && !names.includes(r.context)) {
      names.push(r.context);
      if (r.fingerprints) prints2.pushAll(r.fingerprints);
      else prints2.push(r.fingerprint);
    } else {
      for (const p of incoming) if (!prints2.includes(p)) prints2.push(p);
    }
  }
  /**
   * The merged results in first-seen order; `context` is joined once here, not on every join. Results
   * standing for the same clusters (most of those from shared files stand for all of them) share one
   * list and one `context` text: hundreds of names each.
   */
  results() {
    const lists = /* @__PURE__ */ new Map();
    for (const r of this.evidenceIds.keys()) {
      const names = r.clusters;
      const key = `${names.length}\0${names[0]}\0${names[names.length - 1]}`;
      const same = lists.get(key) ?? [];
      let list = same.find((l) => l.clusters.length === names.length && l.clusters.every((n, i) => n === names[i]));
      if (!list) {
        same.push(list = { clusters: names, context: names.join(", ") });
        lists.set(key, same);
      }
      r.clusters = list.clusters;
      r.context = list.context;
      this.shared.add(list.clusters);
      r.fingerprints?.trim();
    }
    return this.out;
  }
};
var IdSet = class {
  ids = new Int32Array(8);
  size = 0;
  /** Adds the number; false when it was there already. */
  add(id) {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.ids[mid] < id) lo = mid + 1;
      else hi = mid;
    }
    if (lo < this.size && this.ids[lo] === id) return false;
    if (this.size === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids.copyWithin(lo + 1, lo, this.size);
    this.ids[lo] = id;
    this.size++;
    return true;
  }
};
var PolicyJudge = class {
  constructor(contexts, input) {
    this.contexts = contexts;
    this.input = input;
    this.conflicts = findConflicts(contexts);
    this.show = input.placeBase ? basedPlaceText(input.placeBase) : void 0;
    this.notes = new ConflictNotes(this.conflicts, this.show);
  }
  contexts;
  input;
  findings = new ClusterMerger();
  undetermined = new ClusterMerger();
  notApplicable = [];
  evaluationDiagnostics = [];
  conflicts;
  notes;
  show;
  add(batch) {
    markSuppressed(batch.findings, this.input);
    if (this.input.baseline) applyBaseline(batch.findings, this.input.baseline);
    if (this.input.changedFiles) applyChangedFiles(batch.findings, this.input.changedFiles);
    attachCandidates(batch.undetermined, this.input.candidates);
    this.notes.note([...batch.findings, ...batch.undetermined]);
    for (const f of batch.findings) this.findings.add(f);
    for (const u of batch.undetermined) this.undetermined.add(u);
    this.notApplicable.push(...batch.notApplicable);
    this.evaluationDiagnostics.push(...batch.diagnostics);
  }
  judged() {
    return {
      findings: this.findings.results(),
      undetermined: this.undetermined.results(),
      notApplicable: this.notApplicable,
      diagnostics: [
        ...suppressionDiagnostics(this.input),
        ...conflictDiagnostics(this.conflicts, this.contexts.length > 1, this.show),
        ...this.evaluationDiagnostics
      ]
    };
  }
};
function attachCandidates(undetermined, candidates) {
  for (const u of undetermined) {
    for (const m of u.missing) {
      const mine = candidates.filter((c) => c.fact === m.fact || m.fact === "kubeProxy.version" && c.fact === "kubernetes.version");
      if (mine.length)
        m.hint += `; candidates: ${mine.slice(0, 3).map((c) => c.message).join("; ")}${mine.length > 3 ? ` (+${mine.length - 3} more)` : ""}`;
    }
  }
}
function reasonOf(reasons) {
  const set = [...new Set(reasons)];
  const none = set.filter((r) => /^no [a-z-]+ configuration found$/.test(r));
  const other = set.filter((r) => !none.includes(r));
  const order = ["kube-proxy", "calico"];
  const rank = (n) => order.includes(n) ? order.indexOf(n) : order.length;
  const names = none.map((r) => r.replace(/^no | configuration found$/g, "")).sort((a, b) => rank(a) - rank(b) || byCode(a, b)).map((n) => n === "calico" ? "Calico" : n);
  const joined = names.length > 1 ? `no ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]} configuration found` : none[0];
  const parts = [...joined ? [joined] : [], ...other];
  return parts.join("; ") || "no rule applies";
}
function uncheckedClusters(result) {
  return result.contexts.flatMap((ctx) => {
    const na = result.notApplicable.filter((n) => n.context === ctx.name);
    if (result.rules.length > 0 && na.length < result.rules.length) return [];
    return [{ name: ctx.name, reason: reasonOf(na.map((n) => n.reason)) }];
  });
}
function nothingChecked(result) {
  if (result.findings.length > 0 || result.undetermined.length > 0) return void 0;
  const clusters = uncheckedClusters(result);
  if (result.contexts.length > 0 && clusters.length < result.contexts.length) return void 0;
  const files = `${result.stats.filesParsed} parsed file${result.stats.filesParsed === 1 ? "" : "s"}`;
  let reason = result.rules.length === 0 ? "no rules to check" : `${reasonOf(clusters.map((c) => c.reason))} in ${files}`;
  const candidates = result.candidates?.length ?? 0;
  if (candidates > 0)
    reason += `; ${candidates} version-looking value${candidates === 1 ? "" : "s"} in files netcompat does not recognise (listed as candidates)`;
  return { reason, clusters };
}
async function scan(opts) {
  const rules2 = opts.rules ?? builtInRules();
  const stats = opts.stats ?? { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 };
  const budget = new ScanBudget(opts.budget);
  const read2 = await readRepository({ ...opts, stats, budget });
  const clusters = formClusters(read2.facts, opts.explicit ?? [], opts.config?.clusters ?? [], { placeBase: opts.placeBase });
  budget.throwIfOver("forming clusters");
  const judge = new PolicyJudge(clusters.contexts, {
    ignore: opts.config?.ignore ?? [],
    ...opts.config?.file ? { configFile: opts.config.file } : {},
    directives: read2.directives,
    today: opts.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    ...opts.baseline ? { baseline: opts.baseline } : {},
    ...opts.changedFiles ? { changedFiles: opts.changedFiles } : {},
    candidates: read2.candidates,
    ...opts.placeBase ? { placeBase: opts.placeBase } : {}
  });
  for (const batch of evaluateContexts(rules2, clusters.contexts, { placeBase: opts.placeBase })) {
    judge.add(batch);
    budget.throwIfOver("evaluating rules");
  }
  const judged = judge.judged();
  const result = scanResult(opts, rules2, stats, read2, clusters, judged);
  return opts.placeBase ? withPlaceBase(result, opts.placeBase) : result;
}
function scanResult(opts, rules2, stats, read2, { contexts, excluded, shared }, judged) {
  const result = {
    tool: { name: "netcompat", version: VERSION },
    root: opts.rootLabel ?? opts.root,
    rules: rules2,
    contexts: contexts.map((c) => ({
      name: c.name,
      formedBy: c.formedBy,
      facts: c.facts,
      ...c.shared ? { shared: c.shared } : {},
      ...c.overridden.length ? { overridden: c.overridden } : {}
    })),
    ...shared.length ? { sharedFacts: shared } : {},
    findings: judged.findings,
    undetermined: judged.undetermined,
    notApplicable: judged.notApplicable,
    skipped: read2.skipped,
    ...excluded.length ? { excluded } : {},
    diagnostics: judged.diagnostics,
    stats,
    ...read2.candidates.length ? { candidates: read2.candidates } : {}
  };
  const unchecked = nothingChecked(result);
  if (unchecked) result.nothingChecked = { ...unchecked, fails: opts.failIfNothingChecked === true };
  return result;
}
var import_node_path32 = __toESM(require_node_path(), 1);
var import_node_fs32 = __toESM(require_node_fs(), 1);
var import_node_path22 = __toESM(require_node_path(), 1);
var import_node_fs22 = __toESM(require_node_fs(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);
var MAX_SETTINGS_BYTES = 4 * 1024 * 1024;
function isInside(boundary, real) {
  const rel = (0, import_node_path4.relative)(boundary, real);
  return rel === "" || !(0, import_node_path4.isAbsolute)(rel) && rel !== ".." && !rel.startsWith(`..${import_node_path4.sep}`);
}
function realDirectory(path, what) {
  try {
    return (0, import_node_fs22.realpathSync)(path);
  } catch (e) {
    throw new UsageError(`${what} ${path}: ${reasonOf2(e)}`);
  }
}
function reasonOf2(e) {
  const code2 = e.code;
  if (code2 === "ENOENT") return "no such file";
  if (code2 === "ELOOP") return "too many symbolic links";
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "EISDIR") return "is a directory";
  return code2 ?? "cannot be read";
}
function readConfinedFile(path, what, shown2, boundary, maxBytes = MAX_SETTINGS_BYTES) {
  let real;
  try {
    real = (0, import_node_fs22.realpathSync)(path);
  } catch (e) {
    throw new UsageError(`${what} ${shown2}: ${reasonOf2(e)}`);
  }
  if (boundary !== void 0 && !isInside(boundary.real, real)) {
    throw new UsageError(`${what} ${shown2} resolves outside ${boundary.label} (symbolic link or ..): not read`);
  }
  let fd;
  try {
    fd = (0, import_node_fs22.openSync)(real, import_node_fs22.constants.O_RDONLY | (import_node_fs22.constants.O_NONBLOCK ?? 0) | (import_node_fs22.constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    throw new UsageError(`${what} ${shown2}: ${reasonOf2(e)}`);
  }
  try {
    const st = (0, import_node_fs22.fstatSync)(fd);
    if (!st.isFile()) throw new UsageError(`${what} ${shown2}: not a regular file`);
    if (st.size > maxBytes) throw new UsageError(`${what} ${shown2}: ${st.size} bytes is over the ${maxBytes}-byte limit`);
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    for (; ; ) {
      const n = (0, import_node_fs22.readSync)(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got >= buf.length) break;
    }
    if (got > maxBytes) throw new UsageError(`${what} ${shown2}: over the ${maxBytes}-byte limit`);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(buf.subarray(0, got));
    } catch {
      throw new UsageError(`${what} ${shown2}: not valid UTF-8 text`);
    }
  } finally {
    (0, import_node_fs22.closeSync)(fd);
  }
}
function existsNoFollow(path) {
  try {
    (0, import_node_fs22.lstatSync)(path);
    return true;
  } catch {
    return false;
  }
}
function relativeEntry(configFile, key, value) {
  if ((0, import_node_path22.isAbsolute)(value) || value.startsWith("~") || value.split(/[\\/]/).includes("..")) {
    throw new UsageError(
      `${configFile}: ${key} entry ${JSON.stringify(value)} must be a relative path inside the config file's folder (no leading / and no ..)`
    );
  }
}
var MAX_RULE_FILES = 200;
var MAX_RULE_BYTES = 256 * 1024;
var MAGIC = /[*?[\]{}!+@()]/;
function ruleFiles(base, pattern) {
  const p = pattern.replace(/^(\.\/)+/, "");
  const parts = p.split("/");
  let fixed = 0;
  while (fixed < parts.length - 1 && !MAGIC.test(parts[fixed])) fixed++;
  const start = (0, import_node_path22.join)(base, ...parts.slice(0, fixed));
  if (!(0, import_node_fs32.existsSync)(start)) return [];
  const out = [];
  for (const item of discover({ root: start, include: [parts.slice(fixed).join("/")] })) {
    if ("file" in item) out.push(item.file.abs);
  }
  return out.sort();
}
async function loadSettings(req) {
  const root = (0, import_node_path22.resolve)(req.root);
  const rootBoundary = { real: realDirectory(root, "scanned directory"), label: "the scanned directory" };
  const workspace = req.workspace ? { real: realDirectory(req.workspace, "workspace"), label: "the workspace" } : void 0;
  const configAbs = req.configPath ? (0, import_node_path22.resolve)(req.configPath) : (0, import_node_path22.resolve)(root, CONFIG_FILE);
  const configBoundary = req.configPath ? workspace : rootBoundary;
  let config;
  if (req.configPath || existsNoFollow(configAbs)) {
    const shown2 = (0, import_node_path22.relative)(process.cwd(), configAbs) || configAbs;
    const text = readConfinedFile(configAbs, "config file", shown2, configBoundary);
    config = (await Promise.resolve().then(() => require("./chunk-S4JBPLBD.js"))).parseConfig(text, shown2);
  }
  const configDir = { real: config ? realDirectory((0, import_node_path22.dirname)(configAbs), "config folder") : rootBoundary.real, label: "the config file's folder" };
  const rules2 = config ? await configRules(config, (0, import_node_path22.dirname)(configAbs), configDir) : builtInRules();
  const settings = { rules: rules2 };
  if (config) settings.config = config;
  const baseline = readBaseline(req, config, configAbs, configDir, workspace);
  if (baseline) settings.baseline = baseline;
  return settings;
}
async function extraRules(config, base, configDir) {
  const extra = [];
  for (const pattern of config.rules) relativeEntry(config.file, "rules", pattern);
  if (config.baseline !== void 0) relativeEntry(config.file, "baseline", config.baseline);
  for (const pattern of config.rules) {
    const { parseRule } = await Promise.resolve().then(() => require("./chunk-S4JBPLBD.js"));
    const files = ruleFiles(base, pattern);
    if (files.length === 0) throw new UsageError(`${config.file}: rules entry ${JSON.stringify(pattern)} matches no file`);
    if (files.length > MAX_RULE_FILES) throw new UsageError(`${config.file}: rules entry ${JSON.stringify(pattern)} matches more than ${MAX_RULE_FILES} files`);
    for (const file of files) {
      const shown2 = (0, import_node_path22.relative)(process.cwd(), file) || file;
      try {
        extra.push(parseRule(readConfinedFile(file, "rule file", shown2, configDir, MAX_RULE_BYTES), shown2));
      } catch (e) {
        throw e instanceof KnowledgeError ? new UsageError(e.message) : e;
      }
    }
  }
  return extra;
}
async function configRules(config, base, configDir) {
  let rules2 = builtInRules();
  const extra = await extraRules(config, base, configDir);
  const ids = new Set(rules2.map((r) => r.id));
  for (const r of extra) {
    if (ids.has(r.id)) throw new UsageError(`rule ${r.id} is defined twice (built-in rules and ${config.file} rules); give the extra rule its own id`);
    ids.add(r.id);
  }
  rules2 = [...rules2, ...extra].sort((a, b) => byCode(a.id, b.id));
  for (const [id, severity] of Object.entries(config.severity)) {
    if (!ids.has(id)) throw new UsageError(`${config.file}: severity names rule ${JSON.stringify(id)}, which does not exist; see \`netcompat rules\``);
    rules2 = rules2.map((r) => r.id === id ? { ...r, severity } : r);
  }
  for (const g of config.ignore) {
    if (!ids.has(g.rule))
      throw new UsageError(`${config.file}:${g.line}: ignore names rule ${JSON.stringify(g.rule)}, which does not exist; see \`netcompat rules\``);
  }
  return rules2;
}
function readBaseline(req, config, configAbs, configDir, workspace) {
  const fromConfig = req.baselinePath === void 0 && config?.baseline !== void 0;
  const baselinePath = req.baselinePath === false ? void 0 : req.baselinePath ?? (config?.baseline ? (0, import_node_path22.resolve)((0, import_node_path22.dirname)(configAbs), config.baseline) : void 0);
  if (!baselinePath) return void 0;
  const text = readConfinedFile((0, import_node_path22.resolve)(baselinePath), "baseline file", baselinePath, fromConfig ? configDir : workspace);
  try {
    return parseBaseline(text, baselinePath);
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(e.message);
  }
}
async function loadRunSettings(req) {
  const settings = await loadSettings({
    root: req.root,
    ...req.configPath ? { configPath: req.configPath } : {},
    ...req.baselinePath !== void 0 ? { baselinePath: req.baselinePath } : {},
    ...req.workspace ? { workspace: req.workspace } : {}
  });
  if (settings.config) {
    const abs = req.configPath ?? (0, import_node_path32.resolve)(req.root, CONFIG_FILE);
    settings.config.file = (0, import_node_path32.relative)(req.root, abs).split(import_node_path32.sep).join("/") || CONFIG_FILE;
  }
  return { ...settings, failOn: req.failOn ?? settings.config?.failOn ?? "high" };
}
function todayFrom(env) {
  const v = env.NETCOMPAT_TODAY?.trim();
  if (!v) return void 0;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
    throw new UsageError(`NETCOMPAT_TODAY: ${JSON.stringify(v)} is not a date; expected YYYY-MM-DD`);
  }
  return v;
}
function scanOptions(req) {
  const today = todayFrom(req.env);
  const deadlineMs = deadlineFromEnv(req.env);
  const fileWorker = fileWorkerFromEnv(req.env);
  const { settings } = req;
  return {
    root: req.root,
    ...req.within?.length ? { within: [...req.within] } : {},
    explicit: req.explicit,
    ...req.include?.length ? { include: [...req.include] } : {},
    ...req.exclude?.length ? { exclude: [...req.exclude] } : {},
    rules: settings.rules,
    ...settings.config ? { config: settings.config } : {},
    ...settings.baseline ? { baseline: settings.baseline } : {},
    ...req.changedFiles ? { changedFiles: req.changedFiles } : {},
    ...today ? { today } : {},
    ...deadlineMs !== void 0 ? { budget: { deadlineMs } } : {},
    ...fileWorker !== void 0 ? { fileWorker } : {},
    ...req.failIfNothingChecked ? { failIfNothingChecked: true } : {},
    ...req.placeBase ? { placeBase: req.placeBase } : {},
    ...req.rootLabel !== void 0 ? { rootLabel: req.rootLabel } : {}
  };
}
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_module3 = __toESM(require_node_module(), 1);
var import_node_path42 = __toESM(require_node_path(), 1);
function writeSafelySync(abs, produce, boundary) {
  let probe = (0, import_node_path42.dirname)(abs);
  for (; ; ) {
    try {
      (0, import_node_fs4.lstatSync)(probe);
      break;
    } catch {
      if ((0, import_node_path42.dirname)(probe) === probe) break;
      probe = (0, import_node_path42.dirname)(probe);
    }
  }
  const outside = () => new Error("its folder resolves outside the workspace (symbolic link): not written");
  if (boundary !== void 0 && !isInside(boundary, (0, import_node_fs4.realpathSync)(probe))) throw outside();
  const missing = [];
  for (let d = (0, import_node_path42.dirname)(abs); d !== probe && (0, import_node_path42.dirname)(d) !== d; d = (0, import_node_path42.dirname)(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      (0, import_node_fs4.mkdirSync)(d);
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
  }
  if (boundary !== void 0 && !isInside(boundary, (0, import_node_fs4.realpathSync)((0, import_node_path42.dirname)(abs)))) throw outside();
  try {
    const st = (0, import_node_fs4.lstatSync)(abs);
    if (st.isSymbolicLink()) throw new Error("is a symbolic link: not written through");
    if (!st.isFile()) throw new Error("is not a regular file: not overwritten");
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  const tmp = (0, import_node_path42.join)((0, import_node_path42.dirname)(abs), `.${(0, import_node_path42.basename)(abs)}.${randomHex()}.tmp`);
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(tmp, "wx", 420);
    const out = fd;
    produce((chunk) => void (0, import_node_fs4.writeSync)(out, chunk));
    (0, import_node_fs4.closeSync)(fd);
    fd = void 0;
    (0, import_node_fs4.renameSync)(tmp, abs);
  } catch (e) {
    if (fd !== void 0) (0, import_node_fs4.closeSync)(fd);
    (0, import_node_fs4.rmSync)(tmp, { force: true });
    throw e;
  }
}
async function writeFileSafely(abs, text, boundary) {
  writeSafelySync(abs, (sink) => sink(text), boundary);
}
function randomHex() {
  return (0, import_node_module3.createRequire)(__netcompatUrl)("node:crypto").randomBytes(6).toString("hex");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function groupDigits(n) {
  const digits = String(Math.abs(Math.trunc(n)));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return n < 0 && out !== "0" ? `-${out}` : out;
}
function activeFindings(result) {
  return result.findings.filter((f) => !f.suppressed && !f.filtered);
}
function suppressedFindings(result) {
  return result.findings.filter((f) => f.suppressed && !f.filtered);
}
function filteredCounts(result) {
  return {
    baseline: result.findings.filter((f) => f.filtered === "baseline").length,
    unchanged: result.findings.filter((f) => f.filtered === "unchanged").length
  };
}
function countBySeverity(findings) {
  const c = { high: 0, medium: 0, low: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
function fails(result, failOn) {
  return activeFindings(result).some((f) => reaches(f.severity, failOn)) || result.nothingChecked?.fails === true;
}
function verdictWord(result, failOn) {
  if (fails(result, failOn)) return "fail";
  return result.nothingChecked ? "nothing-checked" : "pass";
}
function countResults(result) {
  const active = activeFindings(result);
  return { findings: active.length, ...countBySeverity(active), undetermined: result.undetermined.length };
}
function failingFindings(result, failOn) {
  return activeFindings(result).filter((f) => reaches(f.severity, failOn)).length;
}
function conclusionOf(result, failOn) {
  if (fails(result, failOn)) return "failure";
  return activeFindings(result).length > 0 || result.nothingChecked ? "neutral" : "success";
}
function verdictTitle(result, failOn) {
  if (result.nothingChecked) return `Nothing checked: ${result.nothingChecked.reason}${result.nothingChecked.fails ? " (fails: fail-if-nothing-checked)" : ""}`;
  const c = countResults(result);
  const parts = SEVERITIES.filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`);
  let title = parts.length > 0 ? parts.join(", ") : "No findings";
  if (c.undetermined > 0) title += `, ${c.undetermined} undetermined`;
  if (c.findings === 0) return title;
  if (failOn === "none") return `${title}: fail-on none`;
  return fails(result, failOn) ? `${title}: fails on ${failOn}` : `${title}: passes (fail-on ${failOn})`;
}
function namesClusters(result) {
  return (result.contexts?.length ?? 0) > 1 || [...result.findings, ...result.undetermined].some((r) => (r.clusters?.length ?? 0) > 1);
}
var CLUSTERS_NAMED = 5;
function clusterList(r, max = CLUSTERS_NAMED) {
  if (!r.clusters || r.clusters.length <= 1) return r.context;
  const more = r.clusters.length - max;
  return more > 0 ? `${r.clusters.slice(0, max).join(", ")} (+${more} more)` : r.clusters.join(", ");
}
function clusterLabel(r) {
  return r.clusters && r.clusters.length > 1 ? `clusters ${clusterList(r)}` : `cluster ${r.context}`;
}
var PLACES_PER_VALUE = 3;
var VALUES_PER_FACT = 10;
function capEvidence(evidence, max = PLACES_PER_VALUE, maxValues = VALUES_PER_FACT) {
  const values = /* @__PURE__ */ new Map();
  const seen = [];
  const dropped = /* @__PURE__ */ new Map();
  const shown2 = [];
  for (const f of evidence) {
    let named = values.get(f.name);
    if (!named) values.set(f.name, named = /* @__PURE__ */ new Map());
    let count = named.get(f.value);
    if (!count) {
      if (named.size >= maxValues) {
        dropped.set(f.name, (dropped.get(f.name) ?? 0) + 1);
        continue;
      }
      named.set(f.value, count = { name: f.name, value: f.value, n: 0 });
      seen.push(count);
    }
    if (++count.n <= max) shown2.push(f);
  }
  const more = [];
  for (const { name, value, n } of seen) {
    if (n <= max) continue;
    more.push(`${name} = ${value}: ${n - max} more place${n - max === 1 ? "" : "s"}`);
  }
  for (const [name, n] of dropped) {
    const all = new Set(evidence.filter((f) => f.name === name).map((f) => f.value)).size;
    more.push(`${name}: ${all - maxValues} more value${all - maxValues === 1 ? "" : "s"} (${n} place${n === 1 ? "" : "s"})`);
  }
  return { shown: shown2, more };
}
function comparePrimary(a, b) {
  if (a && b) return comparePlaces(a, b);
  return a ? -1 : b ? 1 : 0;
}
function compareLocated(a, b) {
  return comparePrimary(a.primary, b.primary) || byCode(a.ruleId, b.ruleId) || byCode(a.context, b.context) || byCode(a.fingerprint, b.fingerprint);
}
function sortFindings(list) {
  return [...list].sort(compareLocated);
}
function sortNotApplicable(list) {
  const byRule = /* @__PURE__ */ new Map();
  const contexts = /* @__PURE__ */ new Set();
  for (const n of list) {
    let byContext = byRule.get(n.ruleId);
    if (!byContext) byRule.set(n.ruleId, byContext = /* @__PURE__ */ new Map());
    const same = byContext.get(n.context);
    if (same) same.push(n);
    else byContext.set(n.context, [n]);
    contexts.add(n.context);
  }
  const contextOrder = [...contexts].sort(byCode);
  const out = [];
  for (const rule of [...byRule.keys()].sort(byCode)) {
    const byContext = byRule.get(rule);
    for (const c of contextOrder) {
      const same = byContext.get(c);
      if (same) for (const n of same) out.push(n);
    }
  }
  return out;
}
var FIRST = [
  "schemaVersion",
  "tool",
  "root",
  "verdict",
  "findings",
  "undetermined",
  "notApplicable",
  "suppressed",
  "skipped",
  "diagnostics",
  "contexts",
  "sharedFacts",
  "stats",
  "rules",
  "ruleId",
  "id",
  "name",
  "version",
  "title",
  "severity",
  "level",
  "component",
  "context",
  "message",
  "fix",
  "primary",
  "file",
  "path",
  "line",
  "column",
  "endLine",
  "endColumn",
  "value",
  "raw",
  "unresolved",
  "origin",
  "place",
  "source",
  "note",
  "derivedFrom",
  "missing",
  "fact",
  "hint",
  "unresolvedAt",
  "evidence",
  "evidenceOmitted",
  "references",
  "fingerprint",
  "filtered",
  "reason",
  "by",
  "detail",
  "quiet"
];
var RANK = new Map(FIRST.map((k, i) => [k, i]));
function keyRank(k) {
  return RANK.get(k) ?? FIRST.length;
}
function orderKeys(a, b) {
  return keyRank(a) - keyRank(b) || byCode(a, b);
}
function normalise(v) {
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === "object") {
    const o = v;
    return Object.fromEntries(
      Object.keys(o).filter((k) => o[k] !== void 0).sort(orderKeys).map((k) => [k, normalise(o[k])])
    );
  }
  return v;
}
function stableStringify(value) {
  return `${JSON.stringify(normalise(value), null, 2)}
`;
}
var NOT_PLAIN = /* @__PURE__ */ Symbol("not plain");
function inReportOrder(v, budget, shapes) {
  const walk = new Walk(budget, shapes);
  const out = walk.value(v);
  return walk.failed ? NOT_PLAIN : out;
}
var Walk = class {
  constructor(left, shapes) {
    this.left = left;
    this.shapes = shapes;
  }
  left;
  shapes;
  failed = false;
  value(x) {
    switch (typeof x) {
      case "string":
      case "number":
      case "boolean":
      case "undefined":
        return x;
      case "object":
        if (x === null) return x;
        if (--this.left < 0) return this.fail();
        return Array.isArray(x) ? this.list(x) : this.object(x);
      default:
        return this.fail();
    }
  }
  fail() {
    this.failed = true;
    return void 0;
  }
  list(x) {
    let out;
    for (let i = 0; i < x.length && !this.failed; i++) {
      const item = x[i];
      const made = this.value(item);
      if (made !== item && !out) out = x.slice(0, i);
      if (out) out.push(made);
    }
    return out ?? x;
  }
  object(x) {
    const proto = Object.getPrototypeOf(x);
    if (proto !== Object.prototype && proto !== null) return this.fail();
    const o = x;
    const own = Object.keys(o);
    const ordered = inOrder(own);
    if (ordered === void 0) return this.fail();
    const keys = ordered ? own : this.sorted(own);
    let out = ordered ? void 0 : {};
    for (let i = 0; i < keys.length && !this.failed; i++) {
      const k = keys[i];
      const item = o[k];
      const made = this.value(item);
      if (made !== item && !out) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = o[keys[j]];
      }
      if (out && made !== void 0) out[k] = made;
    }
    return out ?? x;
  }
  sorted(own) {
    const shape = own.join("\0");
    let keys = this.shapes.get(shape);
    if (!keys) this.shapes.set(shape, keys = [...own].sort(orderKeys));
    return keys;
  }
};
var ranks = /* @__PURE__ */ new Map();
function rankOf(k) {
  let r = ranks.get(k);
  if (r === void 0) {
    const c = k.charCodeAt(0);
    r = c >= 48 && c <= 57 ? -1 : keyRank(k);
    if (ranks.size < 4096) ranks.set(k, r);
  }
  return r;
}
function inOrder(keys) {
  let sorted = true;
  let rank = -1;
  let prev = "";
  for (const k of keys) {
    const r = rankOf(k);
    if (r < 0) return void 0;
    if (r < rank || r === rank && !(prev < k)) sorted = false;
    rank = r;
    prev = k;
  }
  return sorted;
}
function plainText(v, indent) {
  const depth = indent.length / 2;
  let wrapped = v;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  let text = JSON.stringify(wrapped, null, 2);
  if (depth > 0) text = text.slice(2 * depth + depth * (depth + 1), text.length - (2 * depth + depth * (depth - 1)));
  return text.includes("##[") ? text.replaceAll("##[", "#\\u0023[") : text;
}
var CHUNK = 64 * 1024;
var Streamed = class {
  constructor(produce) {
    this.produce = produce;
  }
  produce;
};
function writeJson(value, sink, opts) {
  const w = new JsonWriter(sink, opts);
  w.write(value, "");
  w.put("\n");
  w.flush();
}
var JsonWriter = class {
  constructor(sink, opts) {
    this.sink = sink;
    this.opts = opts;
  }
  sink;
  opts;
  buf = "";
  // While a small object is written whole (to be cached), nothing is handed to the sink.
  holding = 0;
  sortedKeys = /* @__PURE__ */ new Map();
  // A fact is listed in every context it applies to and in the evidence of many findings: the text of a
  // small object is made once per indentation and reused.
  made = /* @__PURE__ */ new WeakMap();
  seen = /* @__PURE__ */ new WeakSet();
  depths = /* @__PURE__ */ new Map();
  keyTexts = /* @__PURE__ */ new Map();
  put(s) {
    this.buf += s;
    if (this.holding === 0 && this.buf.length >= CHUNK) {
      this.sink(this.buf);
      this.buf = "";
    }
  }
  flush() {
    if (this.buf) this.sink(this.buf);
    this.buf = "";
  }
  write(v, indent) {
    if (v === null) return this.put("null");
    switch (typeof v) {
      case "string":
        return this.put(quote(v));
      case "number":
        return this.put(Number.isFinite(v) ? String(v) : "null");
      case "boolean":
        return this.put(v ? "true" : "false");
      case "object":
        break;
      default:
        return this.put("null");
    }
    if (this.opts.stableKeys && !(v instanceof Streamed)) {
      const plain = inReportOrder(v, PLAIN_BUDGET, this.sortedKeys);
      if (plain !== NOT_PLAIN) return this.put(plainText(plain, indent));
    }
    const known22 = this.made.get(v);
    if (known22 && known22.indent === indent) return this.put(known22.text);
    if (!this.seen.has(v)) {
      this.seen.add(v);
      return this.writeObject(v, indent);
    }
    if (!isSmall(v, SMALL)) return this.writeObject(v, indent);
    this.writeCached(v, indent);
  }
  /** Written into a string of its own: a slice of the running buffer would keep the whole buffer alive. */
  writeCached(v, indent) {
    const outer = this.buf;
    this.buf = "";
    this.holding++;
    this.writeObject(v, indent);
    this.holding--;
    const text = this.buf;
    this.buf = outer;
    this.made.set(v, { indent, text });
    this.put(text);
  }
  writeObject(v, indent) {
    const d = this.depth(indent);
    if (v instanceof Streamed) return this.writeStreamed(v, d);
    if (Array.isArray(v)) return this.writeArray(v, d);
    const o = v;
    let first = true;
    for (const k of this.keysOf(o)) {
      const x = o[k];
      if (x === void 0 || typeof x === "function" || typeof x === "symbol") continue;
      this.put(first ? d.open : d.next);
      first = false;
      this.put(this.keyText(k));
      this.write(x, d.inner);
    }
    this.put(first ? "{}" : d.closeObject);
  }
  writeStreamed(v, d) {
    let n = 0;
    for (const item of v.produce()) {
      this.put(n++ === 0 ? d.openList : d.next);
      this.write(item, d.inner);
    }
    this.put(n === 0 ? "[]" : d.closeList);
  }
  writeArray(v, d) {
    if (v.length === 0) return this.put("[]");
    for (let i = 0; i < v.length; i++) {
      this.put(i === 0 ? d.openList : d.next);
      this.write(v[i], d.inner);
    }
    this.put(d.closeList);
  }
  keysOf(o) {
    const own = Object.keys(o);
    if (!this.opts.stableKeys) return own;
    const shape = own.join("\0");
    let sorted = this.sortedKeys.get(shape);
    if (!sorted) {
      sorted = [...own].sort(orderKeys);
      this.sortedKeys.set(shape, sorted);
    }
    return sorted;
  }
  depth(indent) {
    let d = this.depths.get(indent);
    if (!d) {
      const inner = `${indent}  `;
      d = { inner, open: `{
${inner}`, next: `,
${inner}`, openList: `[
${inner}`, closeList: `
${indent}]`, closeObject: `
${indent}}` };
      this.depths.set(indent, d);
    }
    return d;
  }
  keyText(k) {
    let t = this.keyTexts.get(k);
    if (t === void 0) this.keyTexts.set(k, t = `${quote(k)}: `);
    return t;
  }
};
var PLAIN_BUDGET = 8192;
var SMALL = 64;
function isSmall(v, budget) {
  let left = budget;
  const visit = (x) => {
    if (--left < 0) return false;
    if (x === null || typeof x !== "object") return true;
    if (x instanceof Streamed) return false;
    for (const y of Array.isArray(x) ? x : Object.values(x)) if (!visit(y)) return false;
    return true;
  };
  return visit(v);
}
function quote(s) {
  const q = JSON.stringify(s);
  return q.includes("##[") ? q.replaceAll("##[", "#\\u0023[") : q;
}
var REPORT_SCHEMA_VERSION = 2;
function jsonVerdict(result, failOn) {
  return {
    failOn,
    fails: fails(result, failOn),
    line: verdictTitle(result, failOn),
    counts: {
      ...countBySeverity(activeFindings(result)),
      undetermined: result.undetermined.length,
      suppressed: suppressedFindings(result).length,
      filtered: result.findings.filter((f) => f.filtered).length,
      skipped: result.skipped.length
    },
    ...result.nothingChecked ? { nothingChecked: { reason: result.nothingChecked.reason, clusters: result.nothingChecked.clusters.map((c) => c.name) } } : {}
  };
}
function capped(evidence) {
  const { shown: shown2 } = capEvidence(evidence);
  return shown2.length < evidence.length ? { evidence: shown2, evidenceOmitted: evidence.length - shown2.length } : { evidence };
}
function lazyMap(list, fn) {
  return new Streamed(function* () {
    for (const x of list) yield fn(x);
  });
}
function jsonFinding(f) {
  const { title: _title, fix: _fix, references: _references, fingerprints: _prints, ...rest2 } = f;
  return { ...rest2, context: clusterList(f), ...capped(f.evidence), ...prints(f) };
}
function jsonUndetermined(u) {
  const { title: _title, fingerprints: _prints, ...rest2 } = u;
  return { ...rest2, context: clusterList(u), ...capped(u.evidence), ...prints(u) };
}
function prints(r) {
  const list = r.fingerprints;
  return list ? { fingerprints: new Streamed(() => list) } : {};
}
function writeJsonReport(result, opts, sink) {
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...result,
    verdict: jsonVerdict(result, opts.failOn),
    // Each finding's JSON shape is made as it is written.
    findings: lazyMap(sortFindings(result.findings), jsonFinding),
    undetermined: lazyMap(sortFindings(result.undetermined), jsonUndetermined),
    notApplicable: sortNotApplicable(result.notApplicable),
    contexts: jsonContexts(result)
  };
  writeJson(report, sink, { stableKeys: true });
}
function jsonContexts(result) {
  const shared = new Set(result.sharedFacts);
  return result.contexts.map(({ shared: part, ...c }) => {
    if (shared.size) return { ...c, facts: c.facts.filter((f) => !shared.has(f)), takesSharedFacts: true };
    return part ? { ...c, facts: [...clusterFacts({ facts: c.facts, shared: part })] } : c;
  });
}
var import_node_fs5 = __toESM(require_node_fs(), 1);
var import_node_path5 = __toESM(require_node_path(), 1);
function repositoryRoot(dir, stopAt) {
  let at2 = dir;
  for (; ; ) {
    if ((0, import_node_fs5.existsSync)((0, import_node_path5.join)(at2, ".git"))) return at2;
    if (stopAt !== void 0 && at2 === stopAt) return stopAt;
    const up = (0, import_node_path5.dirname)(at2);
    if (up === at2) return stopAt ?? dir;
    at2 = up;
  }
}
function posixRelative(from, to) {
  const rel = (0, import_node_path5.relative)(from, to);
  if ((0, import_node_path5.isAbsolute)(rel)) return to.split(/[\\/]/).join("/");
  return rel.split(/[\\/]/).filter(Boolean).join("/");
}
var import_node_module4 = __toESM(require_node_module(), 1);
var import_node_path6 = __toESM(require_node_path(), 1);
function parseChangedList(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")).map((l) => import_node_path6.posix.normalize(l.replace(/\\/g, "/")).replace(/^\.\//, ""));
}
function underPrefix(paths, prefix) {
  if (!prefix) return [...paths];
  const head = `${prefix.replace(/\/+$/, "")}/`;
  return paths.filter((p) => p.startsWith(head)).map((p) => p.slice(head.length));
}
var GitDiffError = class extends Error {
  name = "GitDiffError";
};
function gitChangedFiles(dir, base) {
  const ref = base.trim();
  if (!ref || ref.startsWith("-") || /[\s\u0000]/.test(ref)) {
    return Promise.reject(new UsageError(`base: ${JSON.stringify(base)} is not a git revision; give a branch, tag or commit such as origin/main`));
  }
  const args = ["--no-pager", "-c", "core.fsmonitor=false", "diff", "--name-only", "--no-ext-diff", "--no-textconv", "--relative", "-z", `${ref}...HEAD`, "--"];
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
  const { execFile } = (0, import_node_module4.createRequire)(__netcompatUrl)("node:child_process");
  return new Promise((resolve3, reject) => {
    execFile("git", args, { cwd: dir, maxBuffer: 64 * 1024 * 1024, env }, (err, stdout, stderr) => {
      if (!err) return resolve3(String(stdout).split("\0").filter(Boolean));
      if (err.code === "ENOENT") return reject(new GitDiffError("git is not installed or not on PATH"));
      const text = String(stderr);
      const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
      const why = /not a git repository/i.test(text) ? "not a git repository" : lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? err.message;
      reject(new GitDiffError(why));
    });
  });
}
var import_node_path7 = __toESM(require_node_path(), 1);
function commonDir(paths) {
  const split2 = paths.map((p) => p.split(import_node_path7.sep));
  const first = split2[0];
  let n = first.length;
  for (const parts of split2.slice(1)) {
    let i = 0;
    while (i < n && i < parts.length && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(import_node_path7.sep) || import_node_path7.sep;
}
var import_node_url2 = __toESM(require_node_url(), 1);
var cliFlag = (input) => `--${input}`;
function factValue(f) {
  return oneLine(plainValue(f));
}
function factOrigin(f, opts = {}) {
  const note = f.note ? oneLine(f.note) : void 0;
  const at2 = f.place ? `at ${oneLine(formatPlace(f.place))}` : void 0;
  switch (f.origin) {
    case "explicit": {
      const input = f.source.startsWith("input:") ? (opts.inputName ?? cliFlag)(f.source.slice("input:".length)) : f.source.startsWith("config:") ? `config file ${oneLine(f.source.slice("config:".length))}` : oneLine(f.source);
      return [`given by ${input}`, at2, note && `(${note})`].filter(Boolean).join(" ");
    }
    case "default":
      if (f.source.startsWith("installer:") && note) return [at2, `(${note})`].filter(Boolean).join(" ");
      return [at2, `(default${note ? `: ${note}` : ""})`].filter(Boolean).join(" ");
    case "derived":
      return `derived${note ? `: ${note}` : ""}`;
    default: {
      const written = f.raw !== void 0 && f.raw.replace(/^v/i, "") !== f.value ? `(written ${oneLine(JSON.stringify(f.raw))})` : void 0;
      return [at2 ?? `from ${oneLine(f.source)}`, written, note && `(${note})`].filter(Boolean).join(" ");
    }
  }
}
function factLines(f, indent, opts = {}, origin = (x) => factOrigin(x, opts)) {
  return factTree([f]).map(({ fact, depth }) => `${indent}${"  ".repeat(depth)}${depth > 0 ? "from " : ""}${fact.name} = ${factValue(fact)}  ${origin(fact)}`);
}
var ALERT_KEY = "netcompat/v2";
var LINE_COLUMN = /(\S):\d+:\d+(?=[\s,;)]|$)/g;
function factAt(evidence, p) {
  let found;
  eachFact(evidence, (f) => {
    if (!found && f.place && f.place.file === p.file && f.place.line === p.line && f.place.column === p.column) found = f;
  });
  return found;
}
function anchor(r) {
  const at2 = factAt(r.evidence, r.primary);
  const missing = "missing" in r ? r.missing.map((m) => m.fact).sort() : [];
  return [ALERT_KEY, r.ruleId, "missing" in r ? "undetermined" : "finding", r.primary.file, at2 ? `${at2.name}=${at2.value}` : "", ...missing];
}
var STEPS = [
  (r) => r.message.replace(LINE_COLUMN, "$1"),
  (r) => [...r.clusters ?? [r.context]].sort().join("\n"),
  (_, i) => `#${i}`
];
function alertIdentities(results) {
  const parts = new Map(results.map((r) => [r, anchor(r)]));
  for (const step of STEPS) {
    const groups = /* @__PURE__ */ new Map();
    for (const r of results) {
      const key = JSON.stringify(parts.get(r));
      const g = groups.get(key);
      if (g) g.push(r);
      else groups.set(key, [r]);
    }
    let clash = false;
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      clash = true;
      g.forEach((r, i) => parts.get(r).push(step(r, i)));
    }
    if (!clash) break;
  }
  return new Map(results.map((r) => [r, digest(JSON.stringify(parts.get(r)))]));
}
var LEVEL = { high: "error", medium: "warning", low: "note" };
function ruleName(id) {
  return id.toLowerCase().split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function helpText(rule) {
  return [
    rule.symptom,
    `Fix: ${rule.fix}`,
    `References:
${rule.references.map((r) => `- ${r}`).join("\n")}`,
    ...rule.notes?.length ? [`Notes:
${rule.notes.map((n) => `- ${n}`).join("\n")}`] : []
  ].join("\n\n");
}
function helpMarkdown(rule) {
  return [
    `**${rule.title}** (${[rule.severity, rule.component, ...rule.security ? ["security", ...rule.cve ?? []] : []].join(", ")})`,
    rule.symptom,
    `**Fix:** ${rule.fix}`,
    `**References**

${rule.references.map((r) => `- <${r}>`).join("\n")}`,
    ...rule.notes?.length ? [`**Notes**

${rule.notes.map((n) => `- ${n}`).join("\n")}`] : []
  ].join("\n\n");
}
function rulePrecision(rule) {
  const text = [rule.fix, ...rule.notes ?? []].join("\n");
  return /UNVERIFIED/.test(text) ? "medium" : "high";
}
var SECURITY_SEVERITY = { high: "8.0", medium: "5.5", low: "3.0" };
function isSecurityRule(rule) {
  return rule.security === true || (rule.cve?.length ?? 0) > 0;
}
function ruleDescriptor(rule) {
  const d = {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.symptom },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ["netcompat", "networking", rule.component, rule.severity], precision: rulePrecision(rule) }
  };
  if (isSecurityRule(rule)) {
    d.properties.tags.push("security", ...rule.cve ?? []);
    d.properties["security-severity"] = SECURITY_SEVERITY[rule.severity];
  }
  const uri = rule.helpUri ?? rule.references[0];
  if (uri) d.helpUri = uri;
  return d;
}
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/netcompat/netcompat";
var MAX_RELATED_LOCATIONS = 1e3;
var SARIF_PLACES_PER_VALUE = 10;
var SRCROOT = "%SRCROOT%";
function toUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function sarifLocation(p, message) {
  const region = { startLine: p.line, startColumn: p.column };
  if (p.endLine !== void 0 && p.endColumn !== void 0) Object.assign(region, { endLine: p.endLine, endColumn: p.endColumn });
  const loc = { physicalLocation: { artifactLocation: { uri: toUri(p.file), uriBaseId: SRCROOT }, region } };
  if (message !== void 0) loc.message = { text: message };
  return loc;
}
function relatedLocations(facts, primary, extra = []) {
  const seen = new Set(primary ? [formatPlace(primary)] : []);
  const out = [];
  const add = (p, text) => {
    const key = formatPlace(p);
    if (seen.has(key) || out.length >= MAX_RELATED_LOCATIONS) return;
    seen.add(key);
    out.push({ id: out.length + 1, ...sarifLocation(p, text) });
  };
  for (const { fact: f, via } of factTree(capEvidence(facts, SARIF_PLACES_PER_VALUE).shown)) {
    if (f.place) add(f.place, `${f.name} = ${factValue(f)}${via ? ` (${via.name} is derived from it)` : ""}`);
  }
  for (const e of extra) add(e.place, e.text);
  return out;
}
function candidateValues(facts) {
  const out = {};
  for (const f of facts) if (f.candidates) out[f.name] = [.../* @__PURE__ */ new Set([...out[f.name] ?? [], ...f.candidates])];
  return Object.keys(out).length > 0 ? out : void 0;
}
function omittedEvidence(facts) {
  return facts.length - capEvidence(facts, SARIF_PLACES_PER_VALUE).shown.length;
}
function sentence(s) {
  return /[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
}
function suppressions(f) {
  if (!f.suppressed) return void 0;
  const byFile = /^(.*):\d+$/.exec(f.suppressed.by)?.[1];
  const inSource = /comment|directive|inline|annotation/i.test(f.suppressed.by) || byFile !== void 0 && evidencePlaces(f).some((p) => p.file === byFile);
  return [{ kind: inSource ? "inSource" : "external", status: "accepted", justification: f.suppressed.reason, properties: { by: f.suppressed.by } }];
}
function findingResult(f, ruleIndex, many, identity) {
  const r = {
    ruleId: f.ruleId,
    kind: "fail",
    level: LEVEL[f.severity],
    // The fix is the rule's text, given once in its `help` (rules[]); a result says only what is its own.
    message: { text: `${sentence(f.message)}${many ? ` In ${clusterLabel(f)}.` : ""}${ruleIndex === void 0 ? ` Fix: ${f.fix}` : ""}` },
    locations: [sarifLocation(f.primary)],
    partialFingerprints: { [ALERT_KEY]: identity },
    // `cluster` is for display (five names at most); `clusters` names every cluster of a shared result.
    properties: { cluster: clusterList(f), ...f.clusters ? { clusters: f.clusters } : {}, component: f.component, severity: f.severity }
  };
  if (ruleIndex !== void 0) r.ruleIndex = ruleIndex;
  const related = relatedLocations(f.evidence, f.primary);
  if (related.length) r.relatedLocations = related;
  const omitted = omittedEvidence(f.evidence);
  if (omitted > 0) r.properties.evidenceOmitted = omitted;
  const candidates = candidateValues(f.evidence);
  if (candidates) r.properties.candidates = candidates;
  const s = suppressions(f);
  if (s) r.suppressions = s;
  return r;
}
function undeterminedResult(u, ruleIndex, many, identity) {
  const unresolved = u.missing.flatMap((m) => (m.unresolvedAt ?? []).map((place) => ({ place, text: `${m.fact} is a placeholder here` })));
  const r = {
    ruleId: u.ruleId,
    kind: "open",
    // SARIF 2.1.0 section 3.27.10: level is `none` whenever kind is not `fail`.
    level: "none",
    message: { text: `${sentence(u.message)}${many ? ` In ${clusterLabel(u)}.` : ""}` },
    locations: [sarifLocation(u.primary)],
    partialFingerprints: { [ALERT_KEY]: identity },
    properties: {
      cluster: clusterList(u),
      ...u.clusters ? { clusters: u.clusters } : {},
      component: u.component,
      severityIfApplies: u.severity,
      missingFacts: u.missing.map((m) => m.fact)
    }
  };
  if (ruleIndex !== void 0) r.ruleIndex = ruleIndex;
  const related = relatedLocations(u.evidence, u.primary, unresolved);
  if (related.length) r.relatedLocations = related;
  const omitted = omittedEvidence(u.evidence);
  if (omitted > 0) r.properties.evidenceOmitted = omitted;
  const candidates = candidateValues(u.evidence);
  if (candidates) r.properties.candidates = candidates;
  return r;
}
function omittedNote(x, ruleIndex) {
  const n = {
    level: "missing" in x ? "note" : LEVEL[x.severity],
    message: {
      text: `${x.ruleId} is left out of the results: every fact it rests on came from explicit inputs, so it has no file to point at. ${sentence(x.message)}`
    },
    associatedRule: { id: x.ruleId }
  };
  if (ruleIndex !== void 0) n.associatedRule.index = ruleIndex;
  return n;
}
function executionNotes(result, unlocated, index, opts) {
  const notes = [
    ...unlocated.map((x) => omittedNote(x, index.get(x.ruleId))),
    ...result.skipped.filter((s) => !s.quiet).map((s) => ({
      level: "warning",
      message: { text: `skipped (${s.reason}): ${s.detail}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(s.path), uriBaseId: SRCROOT } } }]
    }))
  ];
  if (!opts.undetermined && result.undetermined.length > 0) {
    notes.push({
      level: "note",
      message: {
        text: `${result.undetermined.length} undetermined rule check(s) left out of the results (not problems found: facts are missing to decide them). Include them with --sarif-undetermined (Action input sarif-undetermined: true).`
      }
    });
  }
  return notes;
}
function configurationNotes(result) {
  return (result.diagnostics ?? []).map((d) => {
    const n = { level: d.level === "warning" ? "warning" : "note", message: { text: d.message } };
    if (d.place) n.locations = [sarifLocation(d.place)];
    return n;
  });
}
var hasPrimary = (x) => x.primary !== void 0;
function sarifOmitted(result, opts = {}) {
  return [...result.findings.filter((f) => !f.filtered), ...opts.undetermined ? result.undetermined : []].filter((x) => !hasPrimary(x));
}
function directoryUri(dir) {
  const href = (0, import_node_url2.pathToFileURL)(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function sarifLog(result, opts, list) {
  const rules2 = [...result.rules].sort((a, b) => byCode(a.id, b.id));
  const index = new Map(rules2.map((r, i) => [r.id, i]));
  const findings = sortFindings(result.findings.filter((f) => !f.filtered));
  const undetermined = opts.undetermined ? sortFindings(result.undetermined) : [];
  const many = namesClusters(result);
  const located = [...findings.filter(hasPrimary), ...undetermined.filter(hasPrimary)];
  const ids = alertIdentities(located);
  const results = list(function* () {
    for (const r of located) {
      yield "missing" in r ? undeterminedResult(r, index.get(r.ruleId), many, ids.get(r)) : findingResult(r, index.get(r.ruleId), many, ids.get(r));
    }
  });
  const notes = executionNotes(
    result,
    [...findings, ...undetermined].filter((x) => !hasPrimary(x)),
    index,
    opts
  );
  const config = configurationNotes(result);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: driver(result, rules2, opts) },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notes, toolConfigurationNotifications: config }],
        ...opts.rootDir ? { originalUriBaseIds: baseIds(opts.rootDir) } : {},
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
function driver(result, rules2, opts) {
  return {
    name: result.tool.name,
    version: result.tool.version,
    semanticVersion: result.tool.version,
    informationUri: opts.informationUri ?? INFORMATION_URI,
    rules: rules2.map(ruleDescriptor)
  };
}
function baseIds(rootDir) {
  return { [SRCROOT]: { uri: directoryUri(rootDir), description: { text: "The repository root (git top level, else the scanned directory)." } } };
}
function writeSarifReport(result, sink, opts = {}) {
  writeJson(
    sarifLog(result, opts, (make) => new Streamed(make)),
    sink,
    { stableKeys: false }
  );
}
var LAYOUT = /* @__PURE__ */ new Set(["cluster.definition", "kustomize.layer"]);
var SHOWN_VALUES = 2;
function formationLine(contexts) {
  if (contexts.length === 0) return "no cluster";
  if (contexts.every((c) => c.formedBy.startsWith("config file"))) {
    return `${plural(contexts.length, "cluster")} from the config file; files in no cluster's paths apply to every cluster`;
  }
  if (contexts.length === 1) return `one cluster: ${contexts[0].formedBy}`;
  const base = `${contexts.length} clusters, split by directory: each cluster definition's tree is one cluster, files outside every tree apply to all`;
  if (!contexts.some((c) => / files there that each define a Cluster API Cluster /.test(c.formedBy))) return base;
  return `${base}; a folder where several files each define a Cluster API Cluster is one cluster per file, and the folder's other files apply to each`;
}
function hasClusters(contexts) {
  return contexts.length > 1 || contexts.some((c) => c.formedBy.startsWith("config file"));
}
function factsBrief(facts) {
  const byName2 = /* @__PURE__ */ new Map();
  for (const f of facts) {
    if (LAYOUT.has(f.name)) continue;
    let values = byName2.get(f.name);
    if (!values) byName2.set(f.name, values = /* @__PURE__ */ new Set());
    values.add(factValue(f));
  }
  if (byName2.size === 0) return "no facts";
  return [...byName2].map(([name, set]) => {
    const values = [...set];
    const shown2 = values.slice(0, SHOWN_VALUES).join(", ");
    return `${name} ${shown2}${values.length > SHOWN_VALUES ? ` (+${values.length - SHOWN_VALUES} more)` : ""}`;
  }).join("; ");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CLUSTERS_NAMED,
  CONFIG_FILE,
  DEFAULT_MAX_BYTES,
  FACT_NAMES,
  FAIL_ON,
  FORMATS,
  GitDiffError,
  INVENTORY_VARS,
  KIND_DEFINITION,
  KUBESPRAY_DEFINITION,
  KnowledgeError,
  MAX_BRACE_EXPANSIONS,
  MAX_GLOB_LENGTH,
  MAX_MATCHED_VALUE_LENGTH,
  MAX_SETTINGS_BYTES,
  MAX_VALUE_LENGTH,
  PROXY_MODES,
  SEVERITIES,
  ScanAbortedError,
  UsageError,
  VERSION,
  Walker,
  __commonJS,
  __require,
  __toESM,
  activeFindings,
  annotationText,
  badValue,
  basedPathText,
  basedPlaceText,
  braceExpansions,
  builtInRules,
  byCode,
  calicoChartRange,
  calicoForOperator,
  calicoFromChartVersion,
  capEvidence,
  checkGlobs,
  closest,
  clusterFacts,
  clusterLabel,
  clusterList,
  code,
  commonDir,
  comparePlaces,
  conclusionOf,
  countBySeverity,
  countResults,
  discover,
  eachFact,
  envDefault,
  escapeHtml,
  escapeMarkdown,
  existsNoFollow,
  explainOsSpec,
  explicitFacts,
  factInfo,
  factLines,
  factOrigin,
  factTree,
  factValue,
  factsBrief,
  failingFindings,
  fails,
  filteredCounts,
  formatPlace,
  formationLine,
  gitChangedFiles,
  groupDigits,
  hasClusters,
  isCalicoChart,
  isCalicoChartRange,
  isCalicoChartVersion,
  isDroppedOsImage,
  isIgnoredOsImage,
  isInside,
  isKernelBuildRange,
  isObjectFact,
  isPlaceholder,
  kernelFlavor,
  kernelRange,
  knowledgeData,
  knowledgePaths,
  knowledgeText,
  kubernetesMinor,
  loadRunSettings,
  lookupOs,
  makeBaseline,
  matchOsImage,
  namesClusters,
  naturalCompare,
  nearestPlace,
  neutraliseCommands,
  normalizeEncapMode,
  normalizeIptablesBackend,
  normalizeNftablesMode,
  normalizeProxyMode,
  normalizeVersion,
  oneLine,
  osSpecHead,
  osSpecIds,
  parseChangedList,
  parseFailOn,
  parseFormat,
  parseKernel,
  plainLine,
  plainLines,
  plural,
  posixRelative,
  reaches,
  realDirectory,
  repositoryRoot,
  require_fs,
  require_minimatch,
  require_node_fs,
  require_node_module,
  require_node_path,
  require_node_url,
  require_node_v8,
  require_os,
  require_semver,
  ruleFacts,
  sarifOmitted,
  satisfiesKernelBuild,
  satisfiesKernelFlavor,
  scan,
  scanOptions,
  severityRank,
  showValue,
  sizeHeapForScan,
  sortFindings,
  stableStringify,
  suppressedFindings,
  uncheckedClusters,
  underPrefix,
  unsafePattern,
  verdictTitle,
  verdictWord,
  withPlaceBase,
  writeFileSafely,
  writeJson,
  writeJsonReport,
  writeSafelySync,
  writeSarifReport
});
