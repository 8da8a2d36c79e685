import { SHELL_TRIGGERS, shellTextFacts } from './shell-facts.js';
import { toFacts } from './text-fact.js';
import type { TextExtractor } from './types.js';

const ID = 'install-script';

/**
 * Files that hold install commands: shell scripts, Makefiles, Vagrantfiles (their inline provisioners),
 * Jenkinsfiles and `.env` files. Read as text, never run; variables set in a file a script sources
 * (`source common.sh`) are read from that file (shell-sources.ts).
 */
export const INSTALL_SCRIPT_PATH = /(\.(sh|bash|mk|env)|(^|\/)(Makefile|GNUmakefile|Vagrantfile|Jenkinsfile|\.env))$/;

export const installScript: TextExtractor = {
  id: ID,
  description:
    'Install scripts, Makefiles, Vagrantfiles and .env files read as text: kubeadm init --kubernetes-version, Calico manifests ' +
    'and tigera-operator.yaml from a versioned URL, helm install of the tigera-operator chart, INSTALL_K3S_VERSION / ' +
    'INSTALL_RKE2_VERSION and k3s/RKE2 flags, the Kubespray and kubean images, snap install microk8s, talosctl gen config',
  input: 'text',
  paths: INSTALL_SCRIPT_PATH,
  triggers: SHELL_TRIGGERS,
  extract: (file, helpers) =>
    toFacts(
      ID,
      file.path,
      shellTextFacts(file.text, helpers ? { path: file.path, read: helpers.readText, ...(helpers.showPath ? { show: helpers.showPath } : {}) } : undefined),
      undefined,
      helpers?.showPath,
    ),
};
