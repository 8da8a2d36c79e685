/**
 * The Kubespray repository as a URL, an SSH address or a path names it (`https://github.com/kubernetes-sigs/kubespray`,
 * `git@github.com:kubernetes-sigs/kubespray.git`, also the old `kubernetes-incubator` name): one definition for
 * every reader (requirements.yml, Ansible git tasks, .gitmodules, a script's clone or source archive).
 */
const REPO = /(?:^|[/:@])kubernetes-(?:sigs|incubator)\/kubespray/.source;

/** The repository itself, with nothing after it but `.git` or a slash. */
export const KUBESPRAY_REPO = new RegExp(`${REPO}(?:\\.git)?\\/?$`);

/** An ansible-galaxy source: the repository (also as `URL,version`), or the collection's name. */
export const KUBESPRAY_SOURCE = new RegExp(`${REPO}(?:\\.git)?\\/?(?:,.*)?$|^kubernetes_sigs\\.kubespray$`);

/** A source archive of a ref (`…/kubespray/archive/refs/tags/v2.18.2.zip`): group 1 the ref, group 2 the extension. */
export const KUBESPRAY_ARCHIVE = new RegExp(`${REPO}\\/archive\\/(?:refs\\/(?:tags|heads)\\/)?([^/?#]+?)\\.(zip|tar\\.gz|tgz)(?:[?#].*)?$`);
