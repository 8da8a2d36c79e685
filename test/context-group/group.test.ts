import { describe, expect, it } from 'vitest';
import { clustersFromConfig, clustersFromDefinitions, groupFacts } from '../../src/context/group.js';
import type { Fact, FactName } from '../../src/model/fact.js';

const fact = (name: FactName, value: string, file: string, note?: string): Fact => ({
  name,
  value,
  origin: 'repository',
  source: 'test',
  place: { file, line: 1, column: 1 },
  ...(note ? { note } : {}),
});

describe('cluster grouping', () => {
  const facts = [
    fact('cluster.definition', 'clusters/old', 'clusters/old/kubeadm.yaml', 'kubeadm ClusterConfiguration'),
    fact('kubernetes.version', '1.21.0', 'clusters/old/kubeadm.yaml'),
    fact('cluster.definition', 'clusters/new', 'clusters/new/kubeadm.yaml', 'kubeadm ClusterConfiguration'),
    fact('kubernetes.version', '1.30.2', 'clusters/new/kubeadm.yaml'),
    fact('calico.version', '3.27.0', 'platform/calico.yaml'),
  ];

  it('splits a repository with two cluster definitions by directory; shared files go to both', () => {
    const groups = groupFacts(facts, clustersFromDefinitions(facts));
    expect(groups.map((g) => g.name)).toEqual(['clusters/new', 'clusters/old']);
    const versions = (g: (typeof groups)[number]) => g.facts.filter((f) => f.name === 'kubernetes.version').map((f) => f.value);
    expect(versions(groups[0]!)).toEqual(['1.30.2']);
    expect(versions(groups[1]!)).toEqual(['1.21.0']);
    for (const g of groups) expect(g.facts.some((f) => f.name === 'calico.version')).toBe(true);
    expect(groups[1]!.formedBy).toBe('directory clusters/old/: kubeadm ClusterConfiguration');
  });

  it('splits a directory defining two keyed clusters; its facts without a key go to both, other directories as before', () => {
    const keyed = (f: Fact, cluster: string): Fact => ({ ...f, cluster });
    const more = [
      ...facts,
      keyed(fact('cluster.definition', 'tf/live', 'tf/live/main.tf', 'Terraform module "a"'), 'module.a'),
      keyed(fact('kubernetes.version', '1.28', 'tf/live/main.tf'), 'module.a'),
      keyed(fact('cluster.definition', 'tf/live', 'tf/live/main.tf', 'Terraform module "b"'), 'module.b'),
      keyed(fact('kubernetes.version', '1.29', 'tf/live/main.tf'), 'module.b'),
      fact('calico.vxlanMode', 'Always', 'tf/live/calico.tf'),
    ];
    const groups = groupFacts(more, clustersFromDefinitions(more));
    expect(groups.map((g) => `${g.name}: ${g.formedBy}`)).toEqual([
      'clusters/new: directory clusters/new/: kubeadm ClusterConfiguration',
      'clusters/old: directory clusters/old/: kubeadm ClusterConfiguration',
      'tf/live (module.a): directory tf/live/, one of 2 clusters defined there: Terraform module "a"',
      'tf/live (module.b): directory tf/live/, one of 2 clusters defined there: Terraform module "b"',
    ]);
    const of = (g: (typeof groups)[number]) => g.facts.filter((f) => f.name !== 'cluster.definition').map((f) => `${f.name}=${f.value}`);
    expect(of(groups[2]!)).toEqual(['calico.version=3.27.0', 'kubernetes.version=1.28', 'calico.vxlanMode=Always']);
    expect(of(groups[3]!)).toEqual(['calico.version=3.27.0', 'kubernetes.version=1.29', 'calico.vxlanMode=Always']);
    expect(of(groups[0]!)).toEqual(['kubernetes.version=1.30.2', 'calico.version=3.27.0']);
    // A single directory with two keyed clusters is split too (otherwise one root keeps one context).
    const alone = more.slice(5, 9);
    expect(groupFacts(alone, clustersFromDefinitions(alone)).map((g) => g.name)).toEqual(['tf/live (module.a)', 'tf/live (module.b)']);
  });

  it('a file goes to the deepest root above it; directories beside cluster roots with cluster-level facts of their own are clusters too', () => {
    const tree = [
      fact('cluster.definition', 'envs/prod', 'envs/prod/main.tf', 'Terraform resource "aws_eks_cluster" "c"'),
      fact('cluster.definition', 'envs/prod/eu', 'envs/prod/eu/main.tf', 'Terraform resource "aws_eks_cluster" "c"'),
      fact('kubernetes.version', '1.28', 'envs/prod/main.tf'),
      fact('kubernetes.version', '1.29', 'envs/prod/eu/main.tf'),
      fact('kubeProxy.mode', 'ipvs', 'envs/prod/eu/addons/kube-proxy.yaml'),
      fact('kubeProxy.mode', 'iptables', 'envs/prod/shared/kube-proxy.yaml'),
      // Beside envs/prod: a cluster of its own (cluster-level facts, no definition), found a level deeper too.
      fact('calico.version', '3.26.1', 'envs/staging/calico/values.yaml'),
      // Beside envs/prod but holding a root below it (envs/lab/x): not a sibling cluster; its facts are shared.
      fact('cluster.definition', 'envs/lab/x', 'envs/lab/x/kubeadm.yaml', 'kubeadm ClusterConfiguration'),
      fact('calico.version', '3.27.0', 'envs/lab/calico.yaml'),
      fact('calico.version', '3.25.0', 'envs/lab/y/calico.yaml'),
      // A default never makes a cluster; a file directly in the parent folder makes none either.
      { ...fact('kubeProxy.mode', 'iptables', 'envs/dev/defaults.yaml'), origin: 'default' as const },
      fact('kubeProxy.mode', 'iptables', 'envs/kube-proxy.yaml'),
    ];
    const groups = groupFacts(tree, clustersFromDefinitions(tree));
    expect(groups.map((g) => `${g.name}: ${g.formedBy}`)).toEqual([
      'envs/lab/x: directory envs/lab/x/: kubeadm ClusterConfiguration',
      'envs/lab/y: directory envs/lab/y/: beside the cluster directories of envs/lab/ with cluster-level facts of its own (calico.version)',
      'envs/prod: directory envs/prod/: Terraform resource "aws_eks_cluster" "c"',
      'envs/prod/eu: directory envs/prod/eu/: Terraform resource "aws_eks_cluster" "c"',
      'envs/staging: directory envs/staging/: beside the cluster directories of envs/ with cluster-level facts of its own (calico.version)',
    ]);
    const own = (name: string) =>
      groups
        .find((g) => g.name === name)!
        .facts.filter((f) => !g0shared(f))
        .map((f) => `${f.name}=${f.value}@${f.place!.file}`);
    const g0shared = (f: Fact) => groups[0]!.shared.has(f);
    expect(own('envs/prod')).toEqual([
      'cluster.definition=envs/prod@envs/prod/main.tf',
      'kubernetes.version=1.28@envs/prod/main.tf',
      'kubeProxy.mode=iptables@envs/prod/shared/kube-proxy.yaml',
    ]);
    expect(own('envs/prod/eu')).toEqual([
      'cluster.definition=envs/prod/eu@envs/prod/eu/main.tf',
      'kubernetes.version=1.29@envs/prod/eu/main.tf',
      'kubeProxy.mode=ipvs@envs/prod/eu/addons/kube-proxy.yaml',
    ]);
    expect(own('envs/staging')).toEqual(['calico.version=3.26.1@envs/staging/calico/values.yaml']);
    expect(own('envs/lab/y')).toEqual(['calico.version=3.25.0@envs/lab/y/calico.yaml']);
    expect([...groups[0]!.shared].map((f) => f.place!.file)).toEqual(['envs/lab/calico.yaml', 'envs/dev/defaults.yaml', 'envs/kube-proxy.yaml']);
  });

  it("splits a folder where several files each define a Cluster API Cluster: one cluster per file, the folder's other files to each", () => {
    const capi = [
      fact('cluster.definition', 'templates', 'templates/cluster-template-eks.yaml', 'Cluster API Cluster'),
      fact('cluster.definition', 'templates', 'templates/cluster-template-eks.yaml', 'Cluster API AWSManagedControlPlane'),
      fact('kubeProxy.version', '1.22.6', 'templates/cluster-template-eks.yaml'),
      fact('cluster.definition', 'templates', 'templates/cluster-template-flatcar.yaml', 'Cluster API Cluster'),
      fact('node.os', 'flatcar', 'templates/cluster-template-flatcar.yaml'),
      fact('cluster.definition', 'templates', 'templates/cluster-template-flatcar.yaml', 'Cluster API KubeadmControlPlane'),
      fact('cluster.definition', 'templates', 'templates/cluster-template-eks-clusterclass.yaml', 'Cluster API MachineDeployment'),
      fact('calico.version', '3.27.0', 'templates/cluster-template-eks-clusterclass.yaml'),
      fact('kubeProxy.mode', 'iptables', 'templates/addons/kube-proxy.yaml'),
      fact('calico.vxlanMode', 'Always', 'platform/calico.yaml'),
    ];
    const groups = groupFacts(capi, clustersFromDefinitions(capi));
    const why = "directory templates/, one of 2 files there that each define a Cluster API Cluster (the folder's files without a Cluster apply to each)";
    expect(groups.map((g) => [g.name, g.formedBy])).toEqual([
      ['templates/cluster-template-eks.yaml', why],
      ['templates/cluster-template-flatcar.yaml', why],
    ]);
    const of = (g: (typeof groups)[number]) => g.facts.filter((f) => f.name !== 'cluster.definition').map((f) => `${f.name}=${f.value}`);
    expect(of(groups[0]!)).toEqual(['kubeProxy.version=1.22.6', 'calico.version=3.27.0', 'kubeProxy.mode=iptables', 'calico.vxlanMode=Always']);
    expect(of(groups[1]!)).toEqual(['node.os=flatcar', 'calico.version=3.27.0', 'kubeProxy.mode=iptables', 'calico.vxlanMode=Always']);
    // Beside other cluster trees, as in a repository of several.
    const more = [...facts, ...capi];
    expect(groupFacts(more, clustersFromDefinitions(more)).map((g) => g.name)).toEqual([
      'clusters/new',
      'clusters/old',
      'templates/cluster-template-eks.yaml',
      'templates/cluster-template-flatcar.yaml',
    ]);
  });

  it('splits a folder of eksctl ClusterConfigs by the cluster each names: files naming one cluster together, unnamed ones alone', () => {
    const named = (file: string, name?: string): Fact => ({
      ...fact('cluster.definition', 'eks', file, 'eksctl ClusterConfig'),
      ...(name ? { clusterName: name } : {}),
    });
    const eks = [
      named('eks/prod.yaml', 'prod'),
      fact('kubernetes.version', '1.29', 'eks/prod.yaml'),
      named('eks/dev-nodegroups.yaml', 'dev'),
      fact('node.os', 'amazon-linux-2023', 'eks/dev-nodegroups.yaml'),
      named('eks/dev.yaml', 'dev'),
      fact('kubernetes.version', '1.30', 'eks/dev.yaml'),
      named('eks/scratch.yaml'),
      fact('kubernetes.version', '1.31', 'eks/scratch.yaml'),
      fact('kubeProxy.mode', 'ipvs', 'eks/kube-proxy-patch.yaml'),
    ];
    const groups = groupFacts(eks, clustersFromDefinitions(eks));
    const of = (g: (typeof groups)[number]) => g.facts.filter((f) => f.name !== 'cluster.definition').map((f) => `${f.name}=${f.value}`);
    expect(groups.map((g) => [g.name, of(g)])).toEqual([
      ['eks/dev.yaml', ['node.os=amazon-linux-2023', 'kubernetes.version=1.30', 'kubeProxy.mode=ipvs']],
      ['eks/prod.yaml', ['kubernetes.version=1.29', 'kubeProxy.mode=ipvs']],
      ['eks/scratch.yaml', ['kubernetes.version=1.31', 'kubeProxy.mode=ipvs']],
    ]);
    expect(groups[0]!.formedBy).toBe(
      "directory eks/, one of 3 clusters there: eks/dev-nodegroups.yaml, eks/dev.yaml name the same eksctl ClusterConfig (the folder's files without a Cluster apply to each)",
    );
    // All naming one cluster: the folder stays one cluster.
    const one = eks.filter((f) => f.place!.file.startsWith('eks/dev'));
    expect(clustersFromDefinitions(one)).toEqual([]);
  });

  it('keeps a folder with one Cluster file (and its control plane and machines in others) one cluster', () => {
    const one = [
      fact('cluster.definition', 'capi', 'capi/cluster.yaml', 'Cluster API Cluster'),
      fact('cluster.definition', 'capi', 'capi/control-plane.yaml', 'Cluster API KubeadmControlPlane'),
      fact('cluster.definition', 'capi', 'capi/workers.yaml', 'Cluster API MachineDeployment'),
      fact('kubernetes.version', '1.28.3', 'capi/control-plane.yaml'),
    ];
    expect(clustersFromDefinitions(one)).toEqual([]);
    // The same Cluster twice in one file is still one file.
    expect(clustersFromDefinitions([...one, fact('cluster.definition', 'capi', 'capi/cluster.yaml', 'Cluster API Cluster')])).toEqual([]);
  });

  it('keeps one context when there is one cluster definition', () => {
    const one = facts.slice(0, 2);
    expect(clustersFromDefinitions(one)).toEqual([]);
    expect(groupFacts(one, []).map((g) => g.name)).toEqual(['repository']);
  });

  it('uses the config file clusters, first matching glob wins', () => {
    const clusters = clustersFromConfig([
      { name: 'legacy', paths: ['clusters/old'], explicit: [] },
      { name: 'all-clusters', paths: ['clusters/**'], explicit: [] },
    ]);
    const groups = groupFacts(facts, clusters);
    expect(groups[0]!.facts.map((f) => f.value)).toEqual(['clusters/old', '1.21.0', '3.27.0']);
    expect(groups[1]!.facts.map((f) => f.value)).toEqual(['clusters/new', '1.30.2', '3.27.0']);
  });
});

describe('cluster order (issue 12)', () => {
  it('lists numbered clusters in natural order: dev-2 before dev-10', () => {
    const names = ['dev-10', 'dev-0', 'dev-5', 'dev-15', 'dev-1', 'dev-2'];
    const facts = names.map((n) => fact('cluster.definition', `clusters/${n}`, `clusters/${n}/kubeadm.yaml`, 'kubeadm ClusterConfiguration'));
    expect(clustersFromDefinitions(facts).map((c) => c.name)).toEqual([
      'clusters/dev-0',
      'clusters/dev-1',
      'clusters/dev-2',
      'clusters/dev-5',
      'clusters/dev-10',
      'clusters/dev-15',
    ]);
  });

  it('natural order keeps text order elsewhere and orders leading zeros deterministically', async () => {
    const { naturalCompare } = await import('../../src/model/natural-order.js');
    expect(['b', 'a10', 'a9', 'a09', 'A1', 'a'].sort(naturalCompare)).toEqual(['A1', 'a', 'a9', 'a09', 'a10', 'b']);
  });

  it('naturalSorted gives the order sorting with naturalCompare gives', async () => {
    const { naturalCompare, naturalSorted } = await import('../../src/model/natural-order.js');
    const values = ['b', 'a10', 'a9', 'a09', 'A1', 'a', '', '007', '7', 'x/stack-10', 'x/stack-9', 'x/stack-9/a', 'dev-2', 'dev-10', 'dev-02', '10', 'Z'];
    expect(naturalSorted(values)).toEqual([
      '',
      '7',
      '007',
      '10',
      'A1',
      'Z',
      'a',
      'a9',
      'a09',
      'a10',
      'b',
      'dev-2',
      'dev-02',
      'dev-10',
      'x/stack-9',
      'x/stack-9/a',
      'x/stack-10',
    ]);
    expect(naturalSorted(values)).toEqual([...values].sort(naturalCompare));
    // A new array: the input keeps its order.
    expect(values[0]).toBe('b');
  });
});
