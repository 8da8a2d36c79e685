import { shellTextFacts } from './shell-facts.js';
import { toFacts } from './text-fact.js';
import type { TextExtractor } from './types.js';

const ID = 'systemd-unit';

/** systemd units and their Ansible/Jinja templates (`k3s.service.j2`, `rke2-server.service`). */
export const SYSTEMD_UNIT_PATH = /\.service(\.j2)?$/;

/**
 * k3s and RKE2 server flags on a unit's `ExecStart=` (`--disable-kube-proxy`, `--kube-proxy-arg
 * proxy-mode=ipvs`), as the Ansible roles template them. Read as text; Jinja expressions stay unread.
 */
export const systemdUnit: TextExtractor = {
  id: ID,
  description: 'systemd unit files and templates: k3s/RKE2 ExecStart flags (--disable-kube-proxy, --kube-proxy-arg proxy-mode=…)',
  input: 'text',
  paths: SYSTEMD_UNIT_PATH,
  triggers: ['k3s', 'rke2', 'kube-proxy-arg', 'disable-kube-proxy'],
  extract: (file) => toFacts(ID, file.path, shellTextFacts(file.text)),
};
