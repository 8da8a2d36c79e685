import {
  installerProfile,
  kubernetesCore,
  kubernetesSatisfies,
  releaseRows,
  releaseSatisfies,
  type InstallerDefault,
  type InstallerProfile,
  type InstallerRelease,
  type InstallerWhen,
  type Tri as KTri,
} from '../knowledge/installers.js';
import { FACT_NAMES, type Fact, type FactName } from '../model/fact.js';
import { formatPlace } from '../model/place.js';
import type { PlaceText } from '../model/place-base.js';
import { DERIVATIONS } from './derive.js';
import { boundBuildVersions, boundKubeletBuilds, boundOtherBuilds, patchBuildKubeProxy } from './patch-builds.js';
import { naturalCompare } from '../model/natural-order.js';

/**
 * What the cluster's installer deploys where the repository is silent (data/installers/<name>.yaml), as
 * facts of origin `default` whose note names the installer, the release and where they were recognised,
 * and whose derivedFrom holds the installer facts. A default never replaces a fact the cluster has, nor
 * one a derivation would compute from the repository (a Calico operator version gives the Calico version).
 * An unknown release makes every fitting release a candidate: a fact the candidates disagree on carries
 * them all, so a rule true for all is a finding and one true for some is undetermined.
 */
export function applyInstallerDefaults(facts: readonly Fact[], show: PlaceText = formatPlace): Fact[] {
  const read = readFacts(facts);
  const profile = chooseProfile(read.names);
  if (!profile) return boundOtherBuilds([...facts], undefined);
  const k8s = single(read.kubernetes.filter((f) => !f.unresolved && !f.candidates).map((f) => kubernetesCore(f.value)));
  const basis = recognition(read, profile, k8s, show);
  const cniFacts = read.cni;
  // An unreadable CNI leaves CNI-bound defaults unknown; none at all means the installer's own default.
  const repoCni = cniFacts.length === 0 ? null : cniFacts.some((f) => f.unresolved) ? undefined : single(cniFacts.map((f) => f.value.trim().toLowerCase()));
  const per = basis.candidates.map((c) => valuesOf(profile, c, k8s, repoCni));
  const present = new Set<FactName>();
  for (const f of facts) present.add(f.name);
  // A kube-proxy the repository turns off has no mode or version for the installer to supply.
  const proxyOff = read.proxyOff;
  const out = [...facts];
  // An installer's own kube-proxy builds of a patch (AKS hotfix builds) bound the version, not pin it.
  const builds = present.has('kubeProxy.version') || proxyOff ? undefined : patchBuildKubeProxy(profile, read.kubernetes);
  if (builds) {
    out.push(builds);
    present.add('kubeProxy.version');
  }
  // In catalog order, the cluster version first; names the profile never sets give nothing (schema: defaultFact).
  for (const name of namesSetBy(profile)) {
    if (present.has(name) || (proxyOff && name.startsWith('kubeProxy.'))) continue;
    // A derivation from a fact the cluster has would give a better value (except kube-proxy releases the table pins).
    if (name !== 'kubeProxy.version' && DERIVATIONS.some((d) => d.target === name && present.has(d.from))) continue;
    const f = combine(
      name,
      per.map((m) => m.get(name)),
      profile,
      basis,
    );
    if (f) out.push(f);
  }
  return boundOtherBuilds(boundBuildVersions(profile, out), profile);
}

/**
 * The cluster version of an installer whose node images patch the kubelet (src/context/patch-builds.ts,
 * boundKubeletBuilds), read as the lowest the kubelet can be. Run after the derivations.
 */
export function applyKubeletBuilds(facts: Fact[]): Fact[] {
  const profile = chooseProfile(facts.filter((f) => f.name === 'installer.name'));
  return profile?.kubeletBuilds ? boundKubeletBuilds(profile, facts) : facts;
}

/**
 * The catalog's names (FACT_NAMES, in its order) that `valuesFor` can give for a profile: the bundled
 * Kubernetes, kube-proxy and Calico, and the profile's defaults. Found once per profile: a monorepo's
 * clusters ask for the same two or three profiles, and the catalog has some 180 names.
 */
const settable = new WeakMap<InstallerProfile, FactName[]>();
function namesSetBy(p: InstallerProfile): FactName[] {
  let names = settable.get(p);
  if (!names) {
    const set = new Set<FactName>(['kubernetes.version', 'kubeProxy.version', 'calico.version', ...p.defaults.map((d) => d.fact)]);
    settable.set(p, (names = FACT_NAMES.filter((n) => set.has(n))));
  }
  return names;
}

/** The facts of the few names this stage reads, in the cluster's order, gathered in one pass. */
interface InstallerFacts {
  names: Fact[];
  releases: Fact[];
  kubernetes: Fact[];
  cni: Fact[];
  /** kube-proxy is turned off by the repository. */
  proxyOff: boolean;
}

function readFacts(facts: readonly Fact[]): InstallerFacts {
  const read: InstallerFacts = { names: [], releases: [], kubernetes: [], cni: [], proxyOff: false };
  for (const f of facts) {
    switch (f.name) {
      case 'installer.name':
        read.names.push(f);
        break;
      case 'installer.release':
        read.releases.push(f);
        break;
      case 'kubernetes.version':
        read.kubernetes.push(f);
        break;
      case 'cluster.cni':
        read.cni.push(f);
        break;
      case 'kubeProxy.disabled':
        if (!f.unresolved && f.value.trim().toLowerCase() === 'true') read.proxyOff = true;
        break;
    }
  }
  return read;
}

function single<T>(xs: readonly (T | undefined)[]): T | undefined {
  const set = new Set(xs.filter((x): x is T => x !== undefined));
  return set.size === 1 ? [...set][0] : undefined;
}

/**
 * The cluster's installer: the one its files name. Kubespray builds on kubeadm and kubean on Kubespray, so
 * the more specific wins; two unrelated installers in one cluster leave it without installer defaults.
 */
function chooseProfile(nameFacts: readonly Fact[]): InstallerProfile | undefined {
  const names = new Set(nameFacts.filter((f) => !f.unresolved).map((f) => f.value.trim().toLowerCase()));
  const profiles = [...names].map((n) => installerProfile(n)).filter((p): p is InstallerProfile => p !== undefined);
  const specialised = new Set(profiles.flatMap((p) => p.specialises ?? []));
  const left = profiles.filter((p) => !specialised.has(p.name));
  return left.length === 1 ? left[0] : undefined;
}

interface Candidate {
  /** The release, as normalised (no v); undefined when unknown. */
  release?: string;
  row?: InstallerRelease;
}

interface Basis {
  candidates: Candidate[];
  /** "Kubespray v2.18.2", "Kubespray, release unknown (one of v2.17.0, v2.17.1)". */
  label: string;
  /** "Kubespray release from … at file:line:col". */
  where: string;
  from: Fact[];
}

const shownRelease = (p: InstallerProfile, r: string, row?: InstallerRelease): string =>
  row?.written && row.release === r ? row.written : /^\d/.test(r) ? `v${r}` : r;

function rowLabel(p: InstallerProfile, row: InstallerRelease): string {
  if (!row.to) return shownRelease(p, row.release, row);
  // A whole minor (1.8.0 to 1.8.99999, as the profiles write it) reads as v1.8.x.
  const minor = /^(\d+\.\d+)\.0$/.exec(row.release)?.[1];
  if (minor !== undefined && row.to === `${minor}.99999`) return `v${minor}.x`;
  return `${shownRelease(p, row.release)}…${shownRelease(p, row.to)}`;
}

const MAX_LISTED = 8;

function listed(items: readonly string[]): string {
  return items.length > MAX_LISTED ? `${items.slice(0, MAX_LISTED).join(', ')} (+${items.length - MAX_LISTED} more)` : items.join(', ');
}

function at(f: Fact, show: PlaceText): string {
  const what = f.note ?? f.source;
  return f.place ? `${what} at ${show(f.place)}` : what;
}

/** Which releases the cluster may run: the ones its files name, else every release that fits its Kubernetes version. */
function recognition(read: InstallerFacts, p: InstallerProfile, k8s: string | undefined, show: PlaceText): Basis {
  const nameFact =
    read.names.find((f) => f.value.trim().toLowerCase() === p.name && f.place) ?? read.names.find((f) => f.value.trim().toLowerCase() === p.name)!;
  const releaseFacts = read.releases.filter((f) => (f.key ?? p.name) === p.name && !f.unresolved);
  const releases = [...new Set(releaseFacts.map((f) => f.value.trim().replace(/^v/i, '')))].sort();
  if (releases.length > 0) {
    const candidates = releases.flatMap((r) => expand(p, r));
    const shown = candidates.map((c) => shownRelease(p, c.release ?? '?', c.row));
    const label = shown.length === 1 ? `${p.label} ${shown[0]}` : `${p.label}, one of ${listed(shown)}`;
    return { candidates, label, where: `${p.label} release from ${listed(releaseFacts.map((f) => at(f, show)))}`, from: releaseFacts };
  }
  const where = `${p.label} recognised from ${at(nameFact, show)}`;
  if (p.releases.length === 0) return { candidates: [{}], label: p.label, where, from: [nameFact] };
  const fits = releasesFitting(p, k8s);
  if (fits.length === 0) return { candidates: [{}], label: `${p.label}, release unknown`, where, from: [nameFact] };
  const k8sFact = k8s === undefined ? undefined : read.kubernetes.find((f) => kubernetesCore(f.value) === k8s);
  const why = k8s === undefined ? '' : `; the releases that install Kubernetes ${k8s}`;
  return {
    candidates: fits.map((row) => ({ release: row.to ? undefined : row.release, row })),
    label: `${p.label}, release unknown (one of ${listed(fits.map((r) => rowLabel(p, r)))})`,
    where: `${where}${why}`,
    from: k8sFact ? [nameFact, k8sFact] : [nameFact],
  };
}

/**
 * A release as its rows: "2.18.2" is one; a minor only ("2.18", from a release branch) is every release of
 * that minor the table has; a release the table lacks is known but bundles nothing we know.
 */
function expand(p: InstallerProfile, r: string): Candidate[] {
  if (p.releaseScheme !== 'kubernetes' && /^\d+\.\d+$/.test(r)) {
    const rows = p.releases.filter((x) => x.release.startsWith(`${r}.`) && !x.to);
    if (rows.length > 0) return rows.map((row) => ({ release: row.release, row }));
  }
  return [{ release: r, row: releaseRows(p, r)[0] }];
}

/** A release row can have installed Kubernetes `k8s`: its supported range holds it, or its own version is it. */
function fitsKubernetes(p: InstallerProfile, row: InstallerRelease, k8s: string | undefined): boolean {
  if (k8s === undefined) return true;
  if (row.supports) return kubernetesSatisfies(k8s, row.supports) !== 'false';
  if (p.releaseScheme === 'kubernetes') {
    const lo = kubernetesCore(row.release);
    const hi = kubernetesCore(row.to ?? row.release);
    return lo !== undefined && hi !== undefined && releaseSatisfies(k8s, `>=${lo}`) && (releaseSatisfies(k8s, `<=${hi}`) || k8s.split('.').length < 3);
  }
  return true;
}

/** One candidate's value of a fact: a value, unknown (`value` undefined), with what set it. */
interface Value {
  value?: string;
  setting: string;
  unverified?: string;
}

type Tri = KTri;

function holds(w: InstallerWhen | undefined, c: Candidate, k8s: string | undefined, cni: string | undefined): Tri {
  if (!w) return 'true';
  const parts: Tri[] = [];
  if (w.release !== undefined) parts.push(c.release === undefined ? rowHolds(c.row, w.release) : releaseSatisfies(c.release, w.release) ? 'true' : 'false');
  if (w.kubernetes !== undefined) parts.push(k8s === undefined ? 'unknown' : kubernetesSatisfies(k8s, w.kubernetes));
  if (w.cni !== undefined) parts.push(cni === undefined ? 'unknown' : w.cni.includes(cni) ? 'true' : 'false');
  return parts.includes('false') ? 'false' : parts.includes('unknown') ? 'unknown' : 'true';
}

/** A range row (a track, a span of k0s builds) meets a release condition when both its ends do. */
function rowHolds(row: InstallerRelease | undefined, range: string): Tri {
  if (!row) return 'unknown';
  const a = releaseSatisfies(row.release, range);
  const b = releaseSatisfies(row.to ?? row.release, range);
  return a && b ? 'true' : !a && !b ? 'false' : 'unknown';
}

/**
 * `valuesFor`, kept per profile, release row and inputs: a pure function of them, and a monorepo's clusters
 * (106 in the Terraform benchmark) ask the same few questions of the same profile.
 */
const valuesSeen = new WeakMap<InstallerProfile, Map<InstallerRelease | undefined, Map<string, Map<FactName, Value | null>>>>();
function valuesOf(p: InstallerProfile, c: Candidate, repoK8s: string | undefined, repoCni: string | null | undefined): Map<FactName, Value | null> {
  let byRow = valuesSeen.get(p);
  if (!byRow) valuesSeen.set(p, (byRow = new Map()));
  let byInput = byRow.get(c.row);
  if (!byInput) byRow.set(c.row, (byInput = new Map()));
  // JSON keeps undefined, null and any text apart (the inputs come from repository text).
  const key = JSON.stringify([c.release ?? null, repoK8s ?? null, repoCni === undefined ? 0 : repoCni]);
  let values = byInput.get(key);
  if (!values) byInput.set(key, (values = valuesFor(p, c, repoK8s, repoCni)));
  return values;
}

/** The release rows that fit a Kubernetes version, per profile and version (see `valuesOf`). */
const fittingSeen = new WeakMap<InstallerProfile, Map<string, InstallerRelease[]>>();
function releasesFitting(p: InstallerProfile, k8s: string | undefined): InstallerRelease[] {
  let byVersion = fittingSeen.get(p);
  if (!byVersion) fittingSeen.set(p, (byVersion = new Map()));
  const key = k8s ?? '';
  let fits = byVersion.get(key);
  if (!fits) byVersion.set(key, (fits = p.releases.filter((r) => fitsKubernetes(p, r, k8s))));
  return fits;
}

function valuesFor(p: InstallerProfile, c: Candidate, repoK8s: string | undefined, repoCni: string | null | undefined): Map<FactName, Value | null> {
  const out = new Map<FactName, Value | null>();
  const row = c.row;
  const unverified = row?.verified === false ? (row.note ?? 'UNVERIFIED') : undefined;
  const own = row?.kubernetes ?? (p.releaseScheme === 'kubernetes' && c.release ? kubernetesCore(c.release) : undefined);
  // An UNVERIFIED row (a MicroK8s track read at its branch tip) leaves its Calico unknown; its Kubernetes track stands.
  if (own) out.set('kubernetes.version', { value: own, setting: 'bundled Kubernetes' });
  const k8s = repoK8s ?? own;
  const cni = repoCni === null ? defaultCni(p, c, k8s) : repoCni;
  const proxy = c.release === undefined ? undefined : p.kubeProxyVersions?.find((x) => releaseSatisfies(c.release!, `=${x.release}`));
  if (proxy) out.set('kubeProxy.version', { value: proxy.kubeProxy, setting: 'bundled kube-proxy' });
  const calico =
    cni === 'calico'
      ? (row?.calico ?? row?.calicoByKubernetes?.find((x) => k8s !== undefined && kubernetesSatisfies(k8s, x.kubernetes) === 'true')?.calico)
      : cni === 'canal'
        ? row?.canal
        : undefined;
  if (calico)
    out.set('calico.version', {
      value: calico,
      setting: cni === 'canal' ? 'bundled Canal with Calico' : 'bundled Calico',
      ...(unverified ? { unverified } : {}),
    });
  else if (row && cni === undefined && (row.calico || row.canal || row.calicoByKubernetes))
    out.set('calico.version', { setting: 'bundled Calico', unverified: 'the CNI is not known' });
  else if (!row && c.release !== undefined && p.releases.length > 0 && (cni === 'calico' || cni === 'canal')) {
    out.set('calico.version', { setting: 'bundled Calico', unverified: `release ${c.release} is not in data/installers/${p.name}.yaml` });
  }
  for (const name of new Set(p.defaults.map((d) => d.fact))) {
    const v = firstDefault(
      p.defaults.filter((d) => d.fact === name),
      c,
      k8s,
      cni,
    );
    if (v !== undefined) out.set(name, v);
  }
  return out;
}

/** The installer's own CNI for this candidate; undefined when its release decides and is unknown. */
function defaultCni(p: InstallerProfile, c: Candidate, k8s: string | undefined): string | undefined {
  for (const x of p.cni) {
    const t = holds(x.when, c, k8s, undefined);
    if (t === 'true') return x.value;
    if (t === 'unknown') return undefined;
  }
  return undefined;
}

function firstDefault(list: readonly InstallerDefault[], c: Candidate, k8s: string | undefined, cni: string | undefined): Value | undefined {
  for (const d of list) {
    const t = holds(d.when, c, k8s, cni);
    if (t === 'false') continue;
    if (t === 'unknown') return { setting: d.setting };
    return d.verified === false ? { setting: d.setting, unverified: `UNVERIFIED: ${d.note ?? d.value}` } : { value: d.value, setting: d.setting };
  }
  return undefined;
}

/** The candidates' values of one fact as one fact: pinned, one of several, or present but unknown. */
function combine(name: FactName, values: readonly (Value | null | undefined)[], p: InstallerProfile, basis: Basis): Fact | undefined {
  const given = values.filter((v): v is Value => !!v);
  if (given.length === 0) return undefined;
  const setting = [...new Set(given.map((v) => v.setting))].join(' / ');
  const known = given.filter((v) => v.value !== undefined && !v.unverified).map((v) => v.value!);
  const distinct = [...new Set(known)];
  const complete = given.length === values.length && known.length === given.length;
  const place = basis.from.find((f) => f.place)?.place;
  const base: Fact = { name, value: '', origin: 'default', source: `installer:${p.name}`, derivedFrom: basis.from };
  if (place) base.place = place;
  const shown = (v: string) => (/version$/i.test(name) && /^\d/.test(v) ? `v${v}` : v);
  if (!complete || distinct.length === 0) {
    const why = given.find((v) => v.unverified)?.unverified ?? 'depends on what the repository does not say';
    return { ...base, value: setting, unresolved: true, note: `default of ${basis.label}: ${setting} unknown (${why}); ${basis.where}` };
  }
  if (distinct.length === 1) {
    return { ...base, value: distinct[0]!, note: `default of ${basis.label}: ${setting} ${shown(distinct[0]!)}; ${basis.where}` };
  }
  const sorted = [...distinct].sort((a, b) => naturalCompare(a, b));
  return {
    ...base,
    value: `one of ${sorted.join(', ')}`,
    candidates: sorted,
    note: `default of ${basis.label}: ${setting} one of ${sorted.map(shown).join(', ')}; ${basis.where}`,
  };
}
