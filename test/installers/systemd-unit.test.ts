import { describe, expect, it } from 'vitest';
import { systemdUnit } from '../../src/extract/systemd-unit.js';
import { extractInstaller, show } from './helpers.js';

describe('systemd-unit', () => {
  it('reads k3s flags on a continued ExecStart of an Ansible unit template; Jinja is not read', () => {
    expect(extractInstaller(systemdUnit, 'systemd-unit/k3s.service.j2').map(show)).toEqual([
      'installer.name=k3s @9:1 "ExecStart=/usr/local/bin/k3s"',
      'kubeProxy.disabled=true @12:5 "--disable-kube-proxy"',
    ]);
  });

  it('reads a quoted --kube-proxy-arg of an RKE2 agent unit', () => {
    expect(extractInstaller(systemdUnit, 'systemd-unit/rke2-agent.service').map(show)).toEqual([
      'installer.name=rke2 @2:1 "ExecStart=/usr/local/bin/rke2"',
      'kubeProxy.mode=ipvs @2:66 "ipvs"',
    ]);
  });
});
