import type { Fact } from '../model/fact.js';
import { setAsideTemplateLines, templateNote } from '../parse/template-lines.js';
import { SHELL_TRIGGERS, shellTextFacts } from './shell-facts.js';
import { insideTemplateCondition, toFacts } from './text-fact.js';
import type { TextExtractor } from './types.js';

const ID = 'install-script';

/**
 * Files that hold install commands: shell scripts, Makefiles, Vagrantfiles (their inline provisioners),
 * Jenkinsfiles and `.env` files. Read as text, never run; variables set in a file a script sources
 * (`source common.sh`) are read from that file (shell-sources.ts).
 */
/**
 * Scripts, also as the templates Terraform renders into a VM's user data (`bootstrap.sh.tpl`, `init.sh.tftpl`), and
 * a list of download URLs a script fetches (`downloads-amd64.txt`, as Kubernetes the Hard Way keeps them).
 */
export const INSTALL_SCRIPT_PATH = /(\.(sh|bash)(\.(tpl|tftpl))?|\.(mk|env)|(^|\/)(Makefile|GNUmakefile|Vagrantfile|Jenkinsfile|\.env|downloads[^/]*\.txt))$/;

export const installScript: TextExtractor = {
  id: ID,
  description:
    'Install scripts, Makefiles, Vagrantfiles and .env files read as text: kubeadm init --kubernetes-version, Calico manifests ' +
    'and tigera-operator.yaml from a versioned URL, helm install of the tigera-operator chart, INSTALL_K3S_VERSION / ' +
    'INSTALL_RKE2_VERSION and k3s/RKE2 flags, the Kubespray and kubean images, snap install microk8s, talosctl gen config',
  input: 'text',
  paths: INSTALL_SCRIPT_PATH,
  triggers: SHELL_TRIGGERS,
  extract: (file, helpers) => {
    // A template's control lines (`%{ if }`, `{{ end }}`) are set aside; what they guard may not render.
    const aside = TEMPLATE.test(file.path) ? setAsideTemplateLines(file.text) : undefined;
    const facts: Fact[] = toFacts(
      ID,
      file.path,
      shellTextFacts(
        aside?.text ?? file.text,
        helpers ? { path: file.path, read: helpers.readText, ...(helpers.showPath ? { show: helpers.showPath } : {}) } : undefined,
      ),
      undefined,
      helpers?.showPath,
    );
    return aside ? facts.map((f) => insideTemplateCondition(f, templateNote(aside.conditional))) : facts;
  },
};

/** A script template (`bootstrap.sh.tpl`, `init.sh.tftpl`), rendered before it runs. */
const TEMPLATE = /\.(tpl|tftpl)$/;
