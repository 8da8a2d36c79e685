import { describe, expect, it } from 'vitest';
import { inputEnvName, readInputs } from '../../src/action/inputs.js';
import { UsageError } from '../../src/inputs/usage-error.js';

const WS = '/work/ws';
const env = (inputs: Record<string, string>) => {
  const e: Record<string, string> = { GITHUB_WORKSPACE: WS };
  for (const [k, v] of Object.entries(inputs)) e[inputEnvName(k)] = v;
  return e;
};

describe('readInputs', () => {
  it('uses the runner naming: upper case, dashes kept', () => {
    expect(inputEnvName('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
  });

  it('applies the action.yml defaults when the runner passes nothing', () => {
    const i = readInputs({ GITHUB_WORKSPACE: WS });
    expect(i).toEqual({
      workspace: WS,
      root: WS,
      repository: WS,
      rootPrefix: '',
      explicit: [],
      failOn: 'high',
      failOnGiven: false,
      failIfNothingChecked: false,
      onlyChanged: false,
      token: '',
      checkName: 'netcompat',
      checkRun: true,
      comment: false,
      sarifUndetermined: false,
      maxAnnotations: 50,
      allowEmpty: false,
      policySource: 'head',
    });
  });

  it('parses every input', () => {
    const i = readInputs(
      env({
        path: 'clusters/prod',
        'fail-on': 'Medium',
        'kube-proxy-mode': 'IPVS',
        'kubernetes-version': 'v1.28.7',
        facts: 'host.ipTablesModuleLoaded=true\n\n# a comment\n  calico.iptablesBackend = Auto  ',
        include: '**/*.yaml\n**/*.yml\n',
        exclude: 'vendor/**',
        'sarif-file': 'out/netcompat.sarif',
        'github-token': 'ghs_x',
        'check-name': 'netcompat (prod)',
        'check-run': 'False',
        comment: 'TRUE',
        config: 'ci/netcompat.yaml',
        baseline: '.netcompat-baseline.json',
        'only-changed': 'true',
        'sarif-undetermined': 'true',
        'json-file': 'out/netcompat.json',
        'max-annotations': '0',
      }),
    );
    expect(i.sarifUndetermined).toBe(true);
    expect(i.jsonFile).toBe('/work/ws/out/netcompat.json');
    expect(i.maxAnnotations).toBe(0);
    expect(i.failOnGiven).toBe(true);
    expect(i.configFile).toBe('/work/ws/ci/netcompat.yaml');
    expect(i.baselineFile).toBe('/work/ws/.netcompat-baseline.json');
    expect(i.onlyChanged).toBe(true);
    expect(i.root).toBe('/work/ws/clusters/prod');
    expect(i.rootPrefix).toBe('clusters/prod');
    expect(i.failOn).toBe('medium');
    expect(i.include).toEqual(['**/*.yaml', '**/*.yml']);
    expect(i.exclude).toEqual(['vendor/**']);
    expect(i.sarifFile).toBe('/work/ws/out/netcompat.sarif');
    expect(i.token).toBe('ghs_x');
    expect(i.checkName).toBe('netcompat (prod)');
    expect(i.checkRun).toBe(false);
    expect(i.comment).toBe(true);
    expect(i.explicit.map((f) => [f.name, f.value, f.source])).toEqual([
      ['kubernetes.version', '1.28.7', 'input:kubernetes-version'],
      ['kubeProxy.mode', 'ipvs', 'input:kube-proxy-mode'],
      ['host.ipTablesModuleLoaded', 'true', 'input:fact'],
      ['calico.iptablesBackend', 'Auto', 'input:fact'],
    ]);
  });

  it('several paths, one per line, are one tree under their common ancestor (issue 12)', () => {
    const i = readInputs(env({ path: 'clusters/prod\nclusters/lab\n\nplatform/calico' }));
    expect(i.root).toBe('/work/ws');
    expect(i.within).toEqual(['clusters/prod', 'clusters/lab', 'platform/calico']);
    const one = readInputs(env({ path: 'clusters/prod\nclusters/lab' }));
    expect([one.root, one.rootPrefix, one.within]).toEqual(['/work/ws/clusters', 'clusters', ['prod', 'lab']]);
  });

  it.each([
    [{ path: 'clusters\n../elsewhere' }, /^path: "\.\.\/elsewhere" is not accepted\b.*inside the workspace$/],
    [{ 'fail-on': 'hgih' }, /^fail-on: "hgih" is not accepted\b.*high, medium, low, none$/],
    [{ 'check-run': 'yes' }, /^check-run: "yes" is not accepted\b.*true, false$/],
    [{ comment: '1' }, /^comment: "1" is not accepted\b.*true, false$/],
    [{ 'kube-proxy-mode': 'userspace' }, /^kube-proxy-mode: "userspace" is not accepted\b.*iptables, ipvs, nftables$/],
    [{ path: '../elsewhere' }, /^path: "\.\.\/elsewhere" is not accepted\b.*inside the workspace$/],
    [{ facts: 'no-equals-sign' }, /^fact: "no-equals-sign" is not accepted/],
    [{ 'only-changed': 'on' }, /^only-changed: "on" is not accepted\b.*true, false$/],
    [{ 'max-annotations': '-1' }, /^max-annotations: "-1" is not accepted\b.*a whole number from 0/],
    [{ 'max-annotations': 'all' }, /^max-annotations: "all" is not accepted\b/],
    [{ 'sarif-undetermined': 'yes' }, /^sarif-undetermined: "yes" is not accepted\b.*true, false$/],
    [{ baseline: '/etc/passwd' }, /^baseline: "\/etc\/passwd" is not accepted\b.*inside the workspace$/],
  ])('rejects %j', (inputs, message) => {
    let err: unknown;
    try {
      readInputs(env(inputs));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });
});
