import { describe, expect, it } from 'vitest';
import { digest } from '../../src/evaluate/fingerprint.js';
import type { Fact } from '../../src/model/fact.js';
import type { Finding, Undetermined } from '../../src/model/finding.js';
import type { Place } from '../../src/model/place.js';
import { ALERT_KEY, alertIdentities } from '../../src/report/sarif-identity.js';
import { CALICO, finding, K8S, MODE, undetermined } from './sample-result.js';

type Located = (Finding | Undetermined) & { primary: Place };
const one = (r: Located): string => alertIdentities([r]).get(r)!;
const service = (i: number, line: number): Fact => ({
  name: 'service.externalIPsLocal',
  value: `default/edge-${i}`,
  origin: 'repository',
  place: { file: 'platform/services.yaml', line, column: 26 },
  source: 'service-external-ips',
});
const moved = (f: Fact, by: number): Fact => ({ ...f, place: { ...f.place!, line: f.place!.line + by } });
const ANCHOR = digest(JSON.stringify([ALERT_KEY, 'KP-TEST-ALPHA', 'finding', 'clusters/prod/kubeadm.yaml', 'kubernetes.version=1.21.3']));

describe('SARIF alert identity', () => {
  it('is the rule, the kind, the primary file and the value written there', () => {
    expect(one(finding() as Located)).toBe(ANCHOR);
    expect(one(undetermined() as Located)).toBe(
      digest(JSON.stringify([ALERT_KEY, 'CAL-TEST-GAMMA', 'undetermined', 'addons/calico.yaml', 'calico.version=3.18.6', 'node.kernel'])),
    );
  });

  it('stays when clusters join, leave or come in another order (the first member changing too)', () => {
    const grouped = (clusters: string[], fingerprint: string) =>
      finding({ clusters, context: clusters.join(', '), fingerprint, evidence: [MODE, K8S] }) as Located;
    const ids = [
      grouped(['a', 'b', 'c'], 'a'.repeat(32)),
      grouped(['b', 'c'], 'b'.repeat(32)),
      grouped(['c', 'b', 'a'], 'c'.repeat(32)),
      finding({ context: 'c' }),
    ].map((r) => one(r as Located));
    expect(ids).toEqual([ANCHOR, ANCHOR, ANCHOR, ANCHOR]);
  });

  it('stays when Services are added, removed or reordered, and when unrelated lines move', () => {
    const withServices = (services: Fact[], shift = 0) =>
      one(
        finding({
          primary: { ...K8S.place!, line: K8S.place!.line + shift },
          evidence: [moved(MODE, shift), moved(K8S, shift), ...services],
        }) as Located,
      );
    expect([
      withServices([service(1, 9), service(2, 22)]),
      withServices([service(2, 22)]),
      withServices([service(3, 35), service(2, 22), service(1, 9)]),
      withServices([service(1, 40)], 7),
    ]).toEqual([ANCHOR, ANCHOR, ANCHOR, ANCHOR]);
  });

  it('changes with the rule, the value at the primary place, its file, or the kind', () => {
    const other = [
      finding({ ruleId: 'KP-TEST-OTHER' }),
      finding({ evidence: [MODE, { ...K8S, value: '1.21.4' }] }),
      finding({
        primary: { ...K8S.place!, file: 'clusters/lab/kubeadm.yaml' },
        evidence: [{ ...K8S, place: { ...K8S.place!, file: 'clusters/lab/kubeadm.yaml' } }],
      }),
      undetermined({ ruleId: 'KP-TEST-ALPHA', primary: K8S.place!, evidence: [K8S] }),
    ].map((r) => one(r as Located));
    expect(new Set([ANCHOR, ...other]).size).toBe(5);
  });

  it('tells results pointing at the same value apart: by what they say, then by their clusters, then by order', () => {
    const note = (line: number) => ` (conflict: calico.version is also 3.28.0 at platform/w.yaml:${line}:18; see the conflict diagnostic)`;
    const a = finding({ context: 'a', message: 'kube-proxy v1.21.3 on kernel 5.4' }) as Located;
    const b = finding({ context: 'b', message: `kube-proxy v1.21.3 on kernel 4.18${note(3)}` }) as Located;
    const c = finding({ context: 'c', message: `kube-proxy v1.21.3 on kernel 4.18${note(9)}` }) as Located;
    const alone = finding({ ruleId: 'CAL-OTHER' }) as Located;
    const ids = alertIdentities([a, b, c, alone]);
    const base = [ALERT_KEY, 'KP-TEST-ALPHA', 'finding', 'clusters/prod/kubeadm.yaml', 'kubernetes.version=1.21.3'];
    expect(ids.get(a)).toBe(digest(JSON.stringify([...base, 'kube-proxy v1.21.3 on kernel 5.4'])));
    // The conflict note's places are read without their lines: b and c then say the same and differ by cluster.
    const said = 'kube-proxy v1.21.3 on kernel 4.18 (conflict: calico.version is also 3.28.0 at platform/w.yaml; see the conflict diagnostic)';
    expect(ids.get(b)).toBe(digest(JSON.stringify([...base, said, 'b'])));
    expect(ids.get(c)).toBe(digest(JSON.stringify([...base, said, 'c'])));
    expect(ids.get(alone)).toBe(one(alone));
    const twins = [finding() as Located, finding() as Located];
    const twinIds = alertIdentities(twins);
    expect(twinIds.get(twins[0]!)).toBe(digest(JSON.stringify([...base, 'kube-proxy v1.21.3 (cluster version) in ipvs mode', 'repository', '#0'])));
    expect(twinIds.get(twins[1]!)).toBe(digest(JSON.stringify([...base, 'kube-proxy v1.21.3 (cluster version) in ipvs mode', 'repository', '#1'])));
  });

  it('falls back to the file alone when no fact sits at the primary place', () => {
    expect(one(finding({ evidence: [CALICO] }) as Located)).toBe(
      digest(JSON.stringify([ALERT_KEY, 'KP-TEST-ALPHA', 'finding', 'clusters/prod/kubeadm.yaml', ''])),
    );
  });
});
