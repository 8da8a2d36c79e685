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

export {
  require_node_fs,
  knowledgePaths,
  knowledgeData,
  knowledgeText
};
