import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyDerivations } from '../../src/context/derive.js';
import { explicitFacts } from '../../src/inputs/options.js';
import { lookupOs, osTable } from '../../src/knowledge/os-table.js';

interface Case {
  input: string;
  os: string;
  label: string;
  kernel: string;
  note: string;
  backend: 'legacy' | 'nft' | null;
}

const cases = parse(readFileSync(new URL('../fixtures/inputs/node-os.yaml', import.meta.url), 'utf8')) as Case[];

describe('node-os input → node.os, node.kernel, host.iptablesBackend', () => {
  it.each(cases.map((c) => [c.input, c] as const))('%s', (input, c) => {
    const facts = applyDerivations(explicitFacts({ 'node-os': input }));
    const os = facts.find((f) => f.name === 'node.os');
    expect(os).toMatchObject({ value: c.os, origin: 'explicit', source: 'input:node-os', note: c.label });
    if (input !== c.os) expect(os?.raw).toBe(input);
    else expect(os?.raw).toBeUndefined();

    const kernel = facts.filter((f) => f.name === 'node.kernel');
    expect(kernel).toHaveLength(1);
    expect(kernel[0]).toMatchObject({ value: c.kernel, origin: 'derived', source: 'derive:kernel-from-os', note: c.note });
    expect(kernel[0]!.derivedFrom).toEqual([os]);

    const backend = facts.filter((f) => f.name === 'host.iptablesBackend');
    expect(backend.map((f) => f.value)).toEqual(c.backend ? [c.backend] : []);
    if (c.backend) expect(backend[0]!.derivedFrom).toEqual([os]);
  });

  it('tries every distro of the table, with and without a minor where the distro has minors', () => {
    const resolved = cases.map((c) => lookupOs(c.os)!);
    const ids = new Set(resolved.map((r) => r.distro));
    expect(
      osTable()
        .map((d) => d.id)
        .filter((id) => !ids.has(id)),
    ).toEqual([]);
    for (const d of osTable()) {
      const majors = d.releases.map((r) => r.version).filter((v) => d.releases.some((r) => r.version.startsWith(`${v}.`)));
      if (!majors.length) continue;
      const mine = resolved.filter((r) => r.distro === d.id).map((r) => r.requested);
      expect(
        mine.some((v) => majors.includes(v)),
        `${d.id} without a minor`,
      ).toBe(true);
      expect(
        mine.some((v) => majors.some((m) => v.startsWith(`${m}.`))),
        `${d.id} with a minor`,
      ).toBe(true);
    }
  });

  it('says when the backend is general knowledge rather than research', () => {
    const al2 = applyDerivations(explicitFacts({ 'node-os': 'amazon-linux-2' })).find((f) => f.name === 'host.iptablesBackend');
    expect(al2?.note).toBe('Amazon Linux 2 uses iptables-legacy (UNVERIFIED)');
    const rocky = applyDerivations(explicitFacts({ 'node-os': 'rocky-8.9' })).find((f) => f.name === 'host.iptablesBackend');
    expect(rocky).toMatchObject({ value: 'nft', note: 'Rocky Linux 8.9 uses iptables-nft', source: 'derive:backend-from-os' });
  });
});
