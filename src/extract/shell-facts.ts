import { calicoManifestDefaults } from '../knowledge/calico-manifests.js';
import { maskTemplateBlanks } from '../parse/spans.js';
import { parseImage } from './image.js';
import { flagValues, programAt, shellCommands, wordAfter, wordPart, type Word } from './shell-words.js';
import { KIND_TRIGGERS, kindFacts } from './shell-kind.js';
import { K3SUP_TRIGGERS, k3supFacts, type K3sReaders } from './shell-k3sup.js';
import { KUBEONE_TRIGGERS, kubeoneFacts } from './shell-kubeone.js';
import { kubesprayCheckoutFacts } from './shell-kubespray.js';
import { kubeadmPackageFacts } from './shell-packages.js';
import { sourcedVariables, withSourced, type ReadText } from './shell-sources.js';
import { expandWord, literalVariables, variableTable, type Assignment } from './shell-vars.js';
import { textFactAt, textFactFromWord, type TextFact } from './text-fact.js';
import { isPlaceholder, normalizeProxyMode, normalizeVersion } from './values.js';

/**
 * Facts that install scripts and CI steps state, read as text and never run: `kubeadm init
 * --kubernetes-version` (and the minor a pinned kubeadm package deploys without it, shell-packages.ts), Calico manifests and the tigera-operator chart applied at a version, the k3s and
 * RKE2 install script's variables and flags, the Kubespray and kubean container images, Kubespray cloned or
 * downloaded at a ref (shell-kubespray.ts), MicroK8s snap
 * channels, `talosctl gen config` and `kind create cluster` with the kind release a script fetches (shell-kind.ts). Positions are 1-based in the text given.
 */
export function shellTextFacts(
  text: string,
  script?: { path: string; read: ReadText; show?: (path: string) => string },
  env?: ReadonlyMap<string, Assignment>,
): TextFact[] {
  const commands = shellCommands(text);
  const sourced = script ? sourcedVariables(script.path, commands, script.read) : undefined;
  const table = variableTable(commands);
  const own = sourced && sourced.size > 0 ? withSourced(table, sourced) : literalVariables(table);
  const vars = env && env.size > 0 ? withEnvironment(own, env, table, sourced) : own;
  const expanded = vars.size === 0 ? commands : commands.map((words) => words.map((w) => expandWord(w, vars, script?.show)));
  return [...expanded.flatMap((words) => commandFacts(words)), ...kubesprayCheckoutFacts(expanded)];
}

const TEMPLATE_BLANK = '\u00a0';

/**
 * `shellTextFacts` of a line Ansible renders: a `{{ var }}` stays one shell word while read (its blanks are
 * no-break spaces, same length, parse/spans.ts) and is given back as written.
 */
export function templatedShellTextFacts(text: string): TextFact[] {
  const unmask = (s: string): string => s.replaceAll(TEMPLATE_BLANK, ' ');
  return shellTextFacts(maskTemplateBlanks(text, TEMPLATE_BLANK)).map((f) => ({
    ...f,
    value: unmask(f.value),
    ...(f.raw === undefined ? {} : { raw: unmask(f.raw) }),
    ...(f.note === undefined ? {} : { note: unmask(f.note) }),
  }));
}

/**
 * Variables the script is started with (a Vagrant provisioner's `env`): the lowest layer, so any the script
 * or a file it sources sets, even ambiguously, is theirs.
 */
function withEnvironment(
  own: ReadonlyMap<string, Assignment>,
  env: ReadonlyMap<string, Assignment>,
  table: ReadonlyMap<string, Assignment | null>,
  sourced: ReadonlyMap<string, Assignment | null> | undefined,
): Map<string, Assignment> {
  const out = new Map(own);
  for (const [name, a] of env) if (!table.has(name) && !sourced?.has(name)) out.set(name, a);
  return out;
}

/** The substrings a text must hold for `shellTextFacts` to find anything (the extractors' triggers). */
export const SHELL_TRIGGERS = [
  'kubeadm',
  '/manifests/',
  'tigera-operator',
  'INSTALL_K3S_',
  'INSTALL_RKE2_',
  'get.k3s.io',
  'get.rke2.io',
  'kube-proxy-arg',
  'disable-kube-proxy',
  'kubespray/kubespray:',
  'kubernetes-sigs/kubespray',
  'pkgs.k8s.io/core',
  '/bin/linux/',
  'kubernetes-node-linux',
  'kubernetes-incubator/kubespray',
  'spray-job:',
  'microk8s',
  'talosctl',
  ...KIND_TRIGGERS,
  ...KUBEONE_TRIGGERS,
  ...K3SUP_TRIGGERS,
] as const;

export function commandFacts(words: readonly Word[]): TextFact[] {
  const out: TextFact[] = [];
  for (const w of words) {
    out.push(...assignmentFacts(w), ...urlFacts(w), ...imageFacts(w));
  }
  out.push(
    ...kubeadmFacts(words),
    ...kubeadmPackageFacts(words),
    ...k3sFlagFacts(words),
    ...helmFacts(words),
    ...snapFacts(words),
    ...talosctlFacts(words),
    ...kindFacts(words),
    ...kubeoneFacts(words),
    ...k3supFacts(words, K3S),
  );
  return out;
}

/** The k3s readers k3sup's flags go through (shell-k3sup.ts). */
const K3S: K3sReaders = {
  release: (keyWord, value, key) => releaseFacts('k3s', 'k3s', keyWord, value, key),
  channel: (keyWord, value, key) => channelFacts('k3s', 'k3s', keyWord, value, key),
  flags: (words) => k3sFlagFacts(words),
};

// ---- k3s / RKE2 install script variables -------------------------------------------------------------

/** The k3s and RKE2 install scripts: their variables' prefix and the host that serves them. */
export const DISTROS = [
  { installer: 'k3s', prefix: 'INSTALL_K3S_', host: 'get.k3s.io', label: 'k3s' },
  { installer: 'rke2', prefix: 'INSTALL_RKE2_', host: 'get.rke2.io', label: 'RKE2' },
] as const;

/** `INSTALL_K3S_VERSION=…` gives the release, `INSTALL_K3S_CHANNEL=…` the channel. */
export function installVariableFacts(distro: (typeof DISTROS)[number], kind: 'VERSION' | 'CHANNEL', keyWord: Word, value: Word, key: string): TextFact[] {
  return kind === 'VERSION'
    ? releaseFacts(distro.installer, distro.label, keyWord, value, key)
    : channelFacts(distro.installer, distro.label, keyWord, value, key);
}

function assignmentFacts(w: Word): TextFact[] {
  for (const d of DISTROS) {
    for (const kind of ['VERSION', 'CHANNEL'] as const) {
      const key = `${d.prefix}${kind}`;
      const at = w.text.indexOf(`${key}=`);
      // `export INSTALL_K3S_VERSION=…`, `ENV INSTALL_K3S_VERSION=…`, `"INSTALL_K3S_VERSION=…"`.
      if (at < 0 || (at > 0 && /[A-Za-z0-9_]/.test(w.text[at - 1] ?? ''))) continue;
      const value = wordAfter(w, at + key.length + 1);
      if (!value) continue;
      const keyWord = wordPart(w, at, at + key.length);
      return installVariableFacts(d, kind, keyWord, value, key);
    }
  }
  return [];
}

/** `INSTALL_K3S_VERSION=v1.28.3+k3s1`: the installer, its release, and the Kubernetes release it is. */
export function releaseFacts(installer: string, label: string, keyWord: Word, value: Word, key: string): TextFact[] {
  const name = textFactAt(keyWord, 'installer.name', installer, { note: `${label} (${key})` });
  const release = textFactFromWord(value, 'installer.release', normalizeVersion, { key: installer, note: key });
  if (!release) return [name];
  const k8s = textFactFromWord(value, 'kubernetes.version', normalizeVersion, { note: `${label} ${value.text} is that Kubernetes release` });
  return k8s ? [name, release, k8s] : [name, release];
}

/**
 * `INSTALL_K3S_CHANNEL=stable`: the release is whatever the channel served at install time, so it stays
 * unresolved; a minor channel (`v1.28`) still names the Kubernetes minor.
 */
export function channelFacts(installer: string, label: string, keyWord: Word, value: Word, key: string): TextFact[] {
  const out: TextFact[] = [
    textFactAt(keyWord, 'installer.name', installer, { note: `${label} (${key})` }),
    {
      ...textFactAt(value, 'installer.release', value.text, { key: installer, note: `${label} channel ${value.text}: the release it served at install time` }),
      unresolved: true,
    },
  ];
  const minor = /^v?(\d+\.\d+)$/.exec(value.text);
  if (minor?.[1])
    out.push(textFactAt(value, 'kubernetes.version', minor[1], { note: `${label} channel ${value.text}: a Kubernetes ${minor[1]} patch release` }));
  return out;
}

// ---- URLs: install scripts and Calico manifests --------------------------------------------------------

/** Manifests whose calico-kube-controllers runs at the release of the URL too. */
const WITH_KUBE_CONTROLLERS = new Set([
  'calico.yaml',
  'calico-typha.yaml',
  'calico-etcd.yaml',
  'calico-vxlan.yaml',
  'calico-policy-only.yaml',
  'calico-bpf.yaml',
]);
const CALICO_MANIFESTS = new Set([...WITH_KUBE_CONTROLLERS, 'canal.yaml', 'tigera-operator.yaml', 'custom-resources.yaml']);
const VERSION_SEGMENT = /^v?\d+\.\d+(\.\d+)?$/;

function urlFacts(w: Word): TextFact[] {
  const t = w.text;
  if (!t.includes('://')) return [];
  for (const d of DISTROS) {
    if (t.includes(`://${d.host}`)) return [textFactAt(w, 'installer.name', d.installer, { note: `the ${d.label} install script (${d.host})` })];
  }
  const binary = kubeProxyBinaryFacts(w);
  if (binary.length > 0) return binary;
  const at = t.indexOf('/manifests/');
  if (at < 0) return [];
  let end = t.length;
  for (const c of ['?', '#']) {
    const i = t.indexOf(c, at);
    if (i >= 0 && i < end) end = i;
  }
  const file = t.slice(at + '/manifests/'.length, end);
  const prefix = t.slice(0, at);
  if (!CALICO_MANIFESTS.has(file) || !(/calico|tigera/i.test(prefix) || file.startsWith('calico') || file === 'tigera-operator.yaml')) return [];
  const segStart = prefix.lastIndexOf('/') + 1;
  const seg = prefix.slice(segStart);
  const url = t.slice(0, end);
  if (!VERSION_SEGMENT.test(seg)) {
    return [
      {
        ...textFactAt(w, 'calico.version', url, { note: `Calico ${file} from an unversioned URL: the release published when it was applied` }),
        unresolved: true,
      },
    ];
  }
  const version = seg.replace(/^v/, '');
  const segWord = wordPart(w, segStart, at);
  const fileWord = wordPart(w, at + '/manifests/'.length, end);
  const note = `Calico ${file} applied from ${url}`;
  const out: TextFact[] = [textFactAt(segWord, 'calico.version', version, { note })];
  if (WITH_KUBE_CONTROLLERS.has(file)) out.push(textFactAt(segWord, 'calico.kubeControllersVersion', version, { note }));
  const defaults = calicoManifestDefaults(file, version);
  if (defaults) {
    const why = `${file} of Calico ${seg} sets the pool's IPIP ${defaults.ipipMode}, VXLAN ${defaults.vxlanMode}${defaults.note ? ` (${defaults.note})` : ''}`;
    out.push(
      textFactAt(fileWord, 'calico.ipipMode', defaults.ipipMode, { origin: 'default', note: why }),
      textFactAt(fileWord, 'calico.vxlanMode', defaults.vxlanMode, { origin: 'default', note: why }),
    );
  }
  return out;
}

/**
 * A kube-proxy binary (or the node tarball that holds it) downloaded from the Kubernetes release store:
 * `https://dl.k8s.io/v1.32.3/bin/linux/amd64/kube-proxy`, `…/release/v1.21.0/bin/linux/arm64/kube-proxy`,
 * `https://storage.googleapis.com/kubernetes-release/release/v1.18.6/kubernetes-node-linux-amd64.tar.gz`. A cluster
 * set up by hand (Kubernetes the Hard Way and its forks) runs exactly that kube-proxy release.
 */
const KUBE_PROXY_BINARY =
  /:\/\/(?:dl\.k8s\.io(?:\/release)?|storage\.googleapis\.com\/kubernetes-release\/release)\/(v\d+\.\d+\.\d+)\/(?:bin\/linux\/[a-z0-9]+\/kube-proxy|kubernetes-node-linux-[a-z0-9]+\.tar\.gz)(?:[?#]|$)/;

function kubeProxyBinaryFacts(w: Word): TextFact[] {
  const m = KUBE_PROXY_BINARY.exec(w.text);
  if (!m?.[1]) return [];
  const start = w.text.indexOf(`/${m[1]}/`, m.index) + 1;
  const url = w.text.slice(w.text.indexOf('http') >= 0 ? w.text.indexOf('http') : 0).replace(/[?#].*$/, '');
  const f = textFactFromWord(wordPart(w, start, start + m[1].length), 'kubeProxy.version', normalizeVersion, {
    note: `the kube-proxy release downloaded from ${url}`,
  });
  return f ? [f] : [];
}

// ---- container images in scripts, .env files and CI variables -----------------------------------------

function imageFacts(w: Word): TextFact[] {
  const t = w.text;
  const kubespray = t.indexOf('kubespray/kubespray:');
  const kubean = t.indexOf('spray-job:');
  if (kubespray < 0 && kubean < 0) return [];
  // `IMAGE=quay.io/kubespray/kubespray:v2.18.2`, `image: "…"`: the reference starts after the last `=`.
  const eq = t.lastIndexOf('=', kubespray >= 0 ? kubespray : kubean);
  const ref = wordAfter(w, eq + 1);
  const img = ref ? parseImage(ref.text) : undefined;
  if (!ref || !img?.tag) return [];
  const tagAt = ref.text.lastIndexOf(`:${img.tag}`) + 1;
  const tagWord = wordPart(ref, tagAt, tagAt + img.tag.length);
  if (img.path.endsWith('kubespray/kubespray')) {
    const release = textFactFromWord(tagWord, 'installer.release', normalizeVersion, { key: 'kubespray', note: `the image tag ${ref.text}` });
    return [textFactAt(ref, 'installer.name', 'kubespray', { note: 'the Kubespray container image' }), ...(release ? [release] : [])];
  }
  if (img.name === 'spray-job') return sprayJobFacts(ref, tagWord);
  return [];
}

/**
 * kubean's spray-job image: `v0.26.4` is the kubean release; `2.25-1a2b3c4` is a build of Kubespray's
 * release-2.25 branch at that commit, so a 2.25 release or a later commit of that branch.
 */
export function sprayJobFacts(ref: Word, tag: Word): TextFact[] {
  const branch = /^(\d+\.\d+)-[0-9a-f]{7,40}$/.exec(tag.text);
  if (branch?.[1]) {
    return [
      textFactAt(ref, 'installer.name', 'kubespray', { note: 'kubean spray-job image built from a Kubespray release branch' }),
      textFactAt(tag, 'installer.release', branch[1], {
        key: 'kubespray',
        note: `the spray-job image tag ${tag.text} (a build of release-${branch[1]} at commit ${tag.text.slice(branch[1].length + 1)})`,
      }),
    ];
  }
  const release = textFactFromWord(tag, 'installer.release', normalizeVersion, { key: 'kubean', note: `the spray-job image tag ${ref.text}` });
  return [textFactAt(ref, 'installer.name', 'kubean', { note: 'the kubean spray-job image' }), ...(release ? [release] : [])];
}

// ---- commands ---------------------------------------------------------------------------------------------

/** `kubeadm init --kubernetes-version v1.27.3 [--skip-phases=addon/kube-proxy]`. */
function kubeadmFacts(words: readonly Word[]): TextFact[] {
  const k = programAt(words, 'kubeadm');
  if (k < 0 || words[k + 1]?.text !== 'init') return [];
  const out: TextFact[] = [textFactAt(words[k]!, 'installer.name', 'kubeadm', { note: 'kubeadm init in a script' })];
  for (const v of flagValues(words, '--kubernetes-version')) {
    const f = textFactFromWord(v, 'kubernetes.version', normalizeVersion, { note: 'kubeadm init --kubernetes-version' });
    if (f) out.push(f);
  }
  for (const v of flagValues(words, '--skip-phases')) {
    if (v.text.split(',').includes('addon/kube-proxy')) {
      out.push(textFactAt(v, 'kubeProxy.disabled', 'true', { note: 'kubeadm init --skip-phases addon/kube-proxy: kube-proxy is not deployed' }));
    }
  }
  return out;
}

/** k3s / RKE2 server flags, wherever they are passed (the install script's arguments, `INSTALL_K3S_EXEC`, `k3s server`). */
function k3sFlagFacts(words: readonly Word[]): TextFact[] {
  const out: TextFact[] = [];
  for (const d of DISTROS) {
    const i = programAt(words, d.installer);
    if (i >= 0 && (words[i + 1]?.text === 'server' || words[i + 1]?.text === 'agent')) {
      out.push(textFactAt(words[i]!, 'installer.name', d.installer, { note: `${d.installer} ${words[i + 1]!.text}` }));
    }
  }
  for (const w of words) {
    if (w.text === '--disable-kube-proxy' || w.text === '--disable-kube-proxy=true') {
      out.push(textFactAt(w, 'kubeProxy.disabled', 'true', { note: 'k3s/RKE2 --disable-kube-proxy: kube-proxy is not started' }));
    }
  }
  for (const v of flagValues(words, '--kube-proxy-arg')) {
    const arg = v.text.startsWith('--') ? wordAfter(v, 2) : v;
    if (!arg?.text.startsWith('proxy-mode=')) continue;
    const mode = wordAfter(arg, 'proxy-mode='.length);
    const f = mode && textFactFromWord(mode, 'kubeProxy.mode', normalizeProxyMode, { note: 'k3s/RKE2 --kube-proxy-arg proxy-mode' });
    if (f) out.push(f);
  }
  return out;
}

/** `helm install|upgrade … projectcalico/tigera-operator --version v3.26.1`: the chart version is the Calico release. */
function helmFacts(words: readonly Word[]): TextFact[] {
  const h = programAt(words, 'helm');
  const verb = words[h + 1]?.text;
  if (h < 0 || !(verb === 'install' || verb === 'upgrade' || verb === 'template')) return [];
  const chart = words.slice(h + 2).find((w) => w.text.endsWith('/tigera-operator') && !w.text.startsWith('--'));
  const repoChart = words.slice(h + 2).some((w) => w.text === 'tigera-operator') && flagValues(words, '--repo').some((r) => /calico|tigera/.test(r.text));
  if (!chart && !repoChart) return [];
  const versions = flagValues(words, '--version');
  const at = chart ?? words[h]!;
  if (versions.length === 0) {
    return [
      {
        ...textFactAt(at, 'calico.version', at.text, { note: `helm ${verb} of the tigera-operator chart without --version: the newest chart at install time` }),
        unresolved: true,
      },
    ];
  }
  return versions.flatMap((v) => {
    const f = textFactFromWord(v, 'calico.version', normalizeVersion, { note: `helm ${verb} of the tigera-operator chart: its version is the Calico release` });
    return f ? [f] : [];
  });
}

/** `snap install microk8s --classic --channel=1.28/stable`: the track is the Kubernetes minor. */
function snapFacts(words: readonly Word[]): TextFact[] {
  const s = programAt(words, 'snap');
  if (s < 0 || words[s + 1]?.text !== 'install' || !words.slice(s + 2).some((w) => w.text === 'microk8s')) return [];
  const at = words.slice(s + 2).find((w) => w.text === 'microk8s')!;
  const out: TextFact[] = [textFactAt(at, 'installer.name', 'microk8s', { note: 'snap install microk8s' })];
  for (const c of flagValues(words, '--channel')) {
    const track = c.text.split('/')[0] ?? '';
    const trackWord: Word = { text: track, line: c.line, column: c.column };
    if (/^\d+\.\d+$/.test(track)) {
      out.push(
        textFactAt(trackWord, 'installer.release', track, { key: 'microk8s', note: `MicroK8s channel ${c.text}` }),
        textFactAt(trackWord, 'kubernetes.version', track, { note: `MicroK8s channel ${c.text}: a Kubernetes ${track} patch release` }),
      );
    } else {
      out.push({
        ...textFactAt(c, 'installer.release', c.text, { key: 'microk8s', note: `MicroK8s channel ${c.text}: the release it served at install time` }),
        unresolved: true,
      });
    }
  }
  return out;
}

/** `talosctl gen config … --kubernetes-version 1.30.0 --talos-version v1.7`. */
function talosctlFacts(words: readonly Word[]): TextFact[] {
  const t = programAt(words, 'talosctl');
  if (t < 0 || words[t + 1]?.text !== 'gen' || words[t + 2]?.text !== 'config') return [];
  const out: TextFact[] = [textFactAt(words[t]!, 'installer.name', 'talos', { note: 'talosctl gen config' })];
  for (const v of flagValues(words, '--kubernetes-version')) {
    const f = textFactFromWord(v, 'kubernetes.version', normalizeVersion, { note: 'talosctl gen config --kubernetes-version' });
    if (f) out.push(f);
  }
  for (const v of flagValues(words, '--talos-version')) {
    const f = textFactFromWord(v, 'installer.release', normalizeVersion, { key: 'talos', note: 'talosctl gen config --talos-version' });
    if (f) out.push(f);
  }
  return out;
}

/** Used by extractors that read `KEY: value` pairs (CI variables): the same assignments as `KEY=value`. */
export function assignmentWordFacts(key: Word, value: Word): TextFact[] {
  if (isPlaceholder(key.text)) return [];
  const assignment = { text: `${key.text}=${value.text}`, line: value.line, column: value.column - key.text.length - 1 };
  // `KUBEONE_VERSION: v1.8.2` under a workflow's `env:` is what get.kubeone.io installs, as in a script.
  if (key.text === 'KUBEONE_VERSION') return kubeoneFacts([assignment]);
  return assignmentFacts(assignment).map((f) => (f.name === 'installer.name' ? { ...f, line: key.line, column: key.column, length: key.text.length } : f));
}
