import { commandIndexes, commandName, wordPart, type Word } from './shell-words.js';
import { textFactAt, type TextFact } from './text-fact.js';

// The kubeadm package a script pins (`apt-get install kubeadm=1.31.6-1.1`, `dnf install kubeadm-1.28.2-0`).
// `kubeadm init` without --kubernetes-version (or a config's kubernetesVersion) deploys the stable release of
// its own minor: it reads the `stable-1` label and, when that is newer than kubeadm, falls back to
// `stable-<its minor>` ("remote version is much newer: …; falling back to: stable-1.31"). So the pin names the
// cluster's minor, not its patch, and only as a default: any version the repository states wins.

const MANAGERS = new Set(['apt-get', 'apt', 'yum', 'dnf', 'zypper', 'microdnf']);
/**
 * The minor a kubeadm package's version names, after `kubeadm=` or `kubeadm-` (`1.31.6-1.1`, `'1.31.0-*'`,
 * `1.28.2-0`, `v1.28.2`): the minor, then a separator or the end. Also read by ansible-kubeadm-package.ts.
 */
export function kubeadmPinMinor(version: string): string | undefined {
  return /^["']?v?(\d+\.\d+)(?=[.*-]|$)/.exec(version)?.[1];
}

/** What a kubeadm package pin says of the cluster's version (the comment at the top says why). */
export function kubeadmPinNote(version: string, minor: string): string {
  return `the kubeadm package ${version}: kubeadm init without a version deploys the newest ${minor} patch (stable-${minor})`;
}

function pinFacts(words: readonly Word[], from: number): TextFact[] {
  const out: TextFact[] = [];
  for (const w of words.slice(from)) {
    if (!/^kubeadm[=-]/.test(w.text)) continue;
    const rest = w.text.slice('kubeadm='.length);
    const minor = kubeadmPinMinor(rest);
    if (!minor) continue;
    // `kubeadm='1.31.0-*'`: the quotes are the shell's, not the version's.
    const quote = /^["']/.test(rest) ? rest[0]! : '';
    const at = 'kubeadm='.length + quote.length;
    const end = quote && w.text.endsWith(quote) ? w.text.length - 1 : w.text.length;
    const version = wordPart(w, at, end);
    out.push(textFactAt(version, 'kubernetes.version', minor, { origin: 'default', note: kubeadmPinNote(version.text, minor) }));
  }
  return out;
}

/**
 * The community package repository of one minor (`https://pkgs.k8s.io/core:/stable:/v1.31/deb/`, as the
 * Kubernetes install docs write it): it holds only that minor's kubeadm, so it names the minor the same way.
 */
const PKGS_REPO = /pkgs\.k8s\.io\/core:\/stable:\/v(\d+\.\d+)(?=\/|$)/;

function repoFacts(words: readonly Word[]): TextFact[] {
  const out: TextFact[] = [];
  for (const w of words) {
    const m = PKGS_REPO.exec(w.text);
    if (!m?.[1]) continue;
    const at = m.index + m[0].length - m[1].length - 1;
    const version = wordPart(w, at, at + m[1].length + 1);
    out.push(
      textFactAt(version, 'kubernetes.version', m[1], {
        origin: 'default',
        note: `the pkgs.k8s.io repository of Kubernetes ${m[1]}: its kubeadm deploys the newest ${m[1]} patch (stable-${m[1]}) when init names no version`,
      }),
    );
  }
  return out;
}

/** `apt-get install -y kubelet=… kubeadm=…`, `sudo dnf install kubeadm-…`: the Kubernetes minor the pinned kubeadm deploys. */
export function kubeadmPackageFacts(words: readonly Word[]): TextFact[] {
  const repo = repoFacts(words);
  if (repo.length > 0) return repo;
  for (const i of commandIndexes(words)) {
    if (!MANAGERS.has(commandName(words[i]!))) continue;
    const install = words.findIndex((w, j) => j > i && w.text === 'install');
    if (install > i) return pinFacts(words, install + 1);
  }
  return [];
}
