import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INI_INVENTORY_PATH, iniInventoryFacts } from '../../src/extract/kubespray-ini-inventory.js';
import { SOURCES_B, pin, textAt } from './sources-b-fixture.js';

const read = (path: string) => iniInventoryFacts(path, readFileSync(`${SOURCES_B}${path}`, 'utf8'));

describe('kubespray-ini-inventory', () => {
  it('reads [all:vars] of a kubeasz hosts file: quotes stripped, comments skipped, Jinja unresolved', () => {
    const facts = read('kubespray-ini-inventory/hosts');
    expect(facts.map(pin)).toEqual([
      { name: 'kubeProxy.mode', value: 'nftables', at: '12:12' },
      { name: 'kubernetes.version', value: '1.30.2', at: '13:14' },
      { name: 'calico.version', value: '{{ calico_default }}', at: '14:16', unresolved: true },
    ]);
    expect(textAt(facts[0]?.place)).toBe('"nftables"');
    expect(facts[1]?.place).toMatchObject({ endLine: 13, endColumn: 21 });
  });

  it('drops Calico variables when the inventory names another plugin', () => {
    expect(read('kubespray-ini-inventory/inventory.ini').map(pin)).toEqual([{ name: 'kubeProxy.mode', value: 'ipvs', at: '6:17' }]);
  });

  it('recognises inventory file names', () => {
    expect(['example/hosts.multi-node', 'inventory/prod/hosts', 'inventory.ini', 'inventory/prod/inventory'].map((p) => INI_INVENTORY_PATH.test(p))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['inventory/hosts.yaml', 'hosts.yml', 'ghosts', 'src/hosts.ts', 'docs/inventory.md'].map((p) => INI_INVENTORY_PATH.test(p))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
