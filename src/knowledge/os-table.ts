import { knowledgeData } from 'virtual:netcompat-knowledge';

export interface OsReleaseRow {
  version: string;
  /** The kernel series; the oldest of `kernels` when the release gives a range. */
  kernel: string;
  /** Every series the release may run when nothing pins one (rolling cloud kernels, UEK or RHCK). */
  kernels?: string[];
  /** The series by image date (YYYYMMDD, inclusive). */
  byDate?: { from?: string; to?: string; kernels: string[] }[];
  kernelString?: string;
  iptablesBackend?: 'legacy' | 'nft';
  /** false when the research does not state the backend. */
  backendVerified?: boolean;
  verified?: boolean;
  note?: string;
  /** Row-specific sources; the distro's apply to every row. */
  references?: string[];
}

export interface Distro {
  id: string;
  name: string;
  /** "Ubuntu {version} AWS image". */
  label?: string;
  /** How to pin the kernel when a release gives a range. */
  pin?: string;
  aliases?: string[];
  note?: string;
  references: string[];
  releases: OsReleaseRow[];
}

/** An OS spec resolved against data/os-kernels.yaml. */
export interface OsRelease extends OsReleaseRow {
  distro: string;
  distroName: string;
  /** The version the user asked for, e.g. "8.9" even when only the "8" row exists. */
  requested: string;
  /** "Rocky Linux 8.9". */
  label: string;
  /** The image date the spec carries ("ubuntu-aws-20.04-20240301"), YYYYMMDD. */
  date?: string;
  pin?: string;
  /** The distro's sources followed by the row's. */
  references: string[];
}

let table: Distro[] | undefined;

export function osTable(): Distro[] {
  if (!table) {
    // Parsed and validated against os-kernels.schema.json when the bundle was built.
    const data = knowledgeData('data/os-kernels.yaml') ?? { distros: [] };
    table = (data as { distros: Distro[] }).distros;
  }
  return table;
}

function normalizeSpec(spec: string): string {
  return spec
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * The spellings people copy from os-release, Ansible and image names: "V10" (Kylin), "15-SP5" (SLES),
 * "22.03-LTS-SP4" (openEuler), "22.04-lts".
 */
function normalizeVersion(v: string): string {
  // An image date ("20.04-20240301") rides along to lookupOs; rows never carry it.
  return v
    .replace(/^v(?=\d)/, '')
    .replace(/[-.]lts(?=$|[-.])/, '')
    .replace(/[-.]?sp(\d+)(?=$|[-.])/, '.$1');
}

/** Specs repeat across clusters and facts (every node group of an image family): each is split once. */
const splitMemo = new Map<string, { distro: Distro; version: string } | undefined>();

function splitSpec(spec: string): { distro: Distro; version: string } | undefined {
  if (splitMemo.has(spec)) return splitMemo.get(spec);
  const split = splitSpecOnce(spec);
  splitMemo.set(spec, split);
  return split;
}

function splitSpecOnce(spec: string): { distro: Distro; version: string } | undefined {
  const s = normalizeSpec(spec);
  let best: { distro: Distro; version: string; len: number } | undefined;
  for (const distro of osTable()) {
    for (const id of [distro.id, ...(distro.aliases ?? [])]) {
      const hit = s === id || s.startsWith(`${id}-`);
      if (hit && (!best || id.length > best.len)) best = { distro, version: s.slice(id.length + 1), len: id.length };
    }
  }
  return best && { distro: best.distro, version: normalizeVersion(best.version) };
}

/**
 * The row for a version: the exact one, else the longest row the version continues with "." (a minor
 * or point release: "8" for "8.9") or "-" (a build or arch suffix: "117" for "117-18613-75-37").
 */
function findRow(distro: Distro, version: string): { row: OsReleaseRow; requested: string } | undefined {
  let best: { row: OsReleaseRow; requested: string } | undefined;
  for (const row of distro.releases) {
    const rv = row.version.toLowerCase();
    if (rv === version) return { row, requested: version };
    if (best && best.row.version.length >= rv.length) continue;
    if (version.startsWith(`${rv}.`)) best = { row, requested: version.split('-')[0] ?? version };
    else if (version.startsWith(`${rv}-`)) best = { row, requested: rv };
  }
  return best;
}

/**
 * Resolves "centos-7.9", "rocky-8", "ubuntu-22.04", "debian-12": the distro is the longest id or alias
 * that prefixes the spec; the release is the exact row, else the longest row that the requested
 * version extends ("8" for "8.9").
 */
export function lookupOs(spec: string): OsRelease | undefined {
  // Pure in the spec, and callers only read the row: each spec is looked up once per process.
  if (lookupMemo.has(spec)) return lookupMemo.get(spec);
  const found = lookupOsOnce(spec);
  lookupMemo.set(spec, found);
  return found;
}

const lookupMemo = new Map<string, OsRelease | undefined>();

function lookupOsOnce(spec: string): OsRelease | undefined {
  const split = splitSpec(spec);
  if (!split || !split.version) return undefined;
  const { distro } = split;
  const found = findRow(distro, split.version);
  if (!found) return undefined;
  const { row, requested } = found;
  const date = /-v?(\d{8})$/.exec(split.version)?.[1];
  return {
    ...row,
    distro: distro.id,
    distroName: distro.name,
    requested,
    label: distro.label ? distro.label.replace('{version}', requested) : `${distro.name} ${requested}`,
    ...(date ? { date } : {}),
    ...(distro.pin ? { pin: distro.pin } : {}),
    references: [...distro.references, ...(row.references ?? [])],
  };
}

/** The kernel series a release runs: one when the source pins it, else every candidate, with why. */
export interface KernelRange {
  series: string[];
  /** "Ubuntu 20.04 AWS image of unknown date", "Ubuntu 20.04 AWS image of 20240301", "Oracle Linux 8.9". */
  what: string;
}

export function kernelRange(r: OsRelease): KernelRange {
  if (r.byDate && r.date) {
    const w = r.byDate.find((x) => (!x.from || x.from <= r.date!) && (!x.to || r.date! <= x.to));
    if (w) return { series: w.kernels, what: `${r.label} of ${r.date}` };
  }
  if (r.kernels) return { series: r.kernels, what: r.byDate ? `${r.label} of unknown date` : r.label };
  return { series: [r.kernel], what: r.label };
}

/** Consecutive minors ("1.10", "1.11", …) read as one span. */
function compactVersions(versions: string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    parts.push(run.length > 2 ? `${run[0]}…${run[run.length - 1]}` : run.join(','));
    run = [];
  };
  for (const v of versions) {
    const prev = run[run.length - 1];
    const m = /^(\d+)\.(\d+)$/.exec(v);
    const p = prev ? /^(\d+)\.(\d+)$/.exec(prev) : null;
    if (prev && !(m && p && m[1] === p[1] && Number(m[2]) === Number(p[2]) + 1)) flush();
    run.push(v);
  }
  if (run.length) flush();
  return parts.join(',');
}

function topVersions(distro: Distro): string[] {
  const versions = [...new Set(distro.releases.map((r) => r.version))];
  return versions.filter((v) => !versions.some((p) => v.startsWith(`${p}.`)));
}

/** "rocky-10 or rocky-10.0": the newest release, alone and with its first minor. */
function examples(distro: Distro): string {
  const last = topVersions(distro).pop()!;
  const minor = distro.releases.find((r) => r.version.startsWith(`${last}.`));
  return minor ? `${distro.id}-${last} or ${distro.id}-${minor.version}` : `${distro.id}-${last}`;
}

/** "rhel-{7,8,9,10}[.minor]", "eks-al2-{1.10…1.32}", "kylin-10": the releases of one distro, compactly. */
export function distroSpecs(distro: Distro): string {
  const top = topVersions(distro);
  const more = top.length < new Set(distro.releases.map((r) => r.version)).size ? '[.minor]' : '';
  const list = compactVersions(top);
  return top.length === 1 ? `${distro.id}-${list}${more}` : `${distro.id}-{${list}}${more}`;
}

/** Spec examples for error messages: one per distro, with its release versions. */
export function acceptedOsSpecs(): string[] {
  return osTable().map(distroSpecs);
}

/**
 * Why a spec does not resolve, as the "expected …" half of a usage error: the distro's known releases
 * when the distro is known, else the distro ids.
 */
export function explainOsSpec(spec: string): string {
  const fallback = 'or give kernel-version instead';
  const split = splitSpec(spec);
  if (split) {
    const { distro } = split;
    return `a release of ${distro.name} in the OS table: ${distroSpecs(distro)} (e.g. ${examples(distro)}); ${fallback}`;
  }
  return `<distro>-<version> with distro one of ${osTable()
    .map((d) => d.id)
    .join(', ')} (e.g. rocky-8.9, ubuntu-22.04, debian-12); ${fallback}`;
}

/**
 * The ids and aliases of the table, and the distro part of a spec that matched none of them
 * ("rocky-linx" in "rocky-linx-9"), for "did you mean" hints.
 */
export function osSpecIds(): string[] {
  return osTable().flatMap((d) => [d.id, ...(d.aliases ?? [])]);
}

export function osSpecHead(spec: string): { head: string; rest: string } {
  const s = normalizeSpec(spec);
  const m = /^(.*?)(-v?\d.*)?$/.exec(s);
  return { head: m?.[1] ?? s, rest: m?.[2] ?? '' };
}
