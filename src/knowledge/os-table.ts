import { parse } from 'yaml';
import files from 'virtual:netcompat-knowledge';
import { validateAgainst } from './validate.js';

export interface OsReleaseRow {
  version: string;
  kernel: string;
  kernelString?: string;
  iptablesBackend?: 'legacy' | 'nft';
  verified?: boolean;
  note?: string;
  references: string[];
}

export interface Distro {
  id: string;
  name: string;
  aliases?: string[];
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
}

let table: Distro[] | undefined;

export function osTable(): Distro[] {
  if (!table) {
    const data = parse(files['data/os-kernels.yaml'] ?? 'distros: []') as unknown;
    validateAgainst('os-kernels.schema.json', data, 'data/os-kernels.yaml');
    table = (data as { distros: Distro[] }).distros;
  }
  return table;
}

function normalizeSpec(spec: string): string {
  return spec.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/**
 * Resolves "centos-7.9", "rocky-8", "ubuntu-22.04", "debian-12": the distro is the longest id or alias
 * that prefixes the spec; the release is the exact row, else the longest row that is a dotted prefix
 * of the requested version ("8" for "8.9").
 */
export function lookupOs(spec: string): OsRelease | undefined {
  const s = normalizeSpec(spec);
  let best: { distro: Distro; version: string; len: number } | undefined;
  for (const distro of osTable()) {
    for (const id of [distro.id, ...(distro.aliases ?? [])]) {
      if (s.startsWith(`${id}-`) && (!best || id.length > best.len)) {
        best = { distro, version: s.slice(id.length + 1), len: id.length };
      }
    }
  }
  if (!best || !best.version) return undefined;
  const { distro, version } = best;
  const rows = distro.releases
    .filter((r) => r.version.toLowerCase() === version || version.startsWith(`${r.version.toLowerCase()}.`))
    .sort((a, b) => b.version.length - a.version.length);
  const row = rows[0];
  if (!row) return undefined;
  return { ...row, distro: distro.id, distroName: distro.name, requested: version, label: `${distro.name} ${version}` };
}

/** Spec examples for error messages: one per distro, with its release versions. */
export function acceptedOsSpecs(): string[] {
  return osTable().map((d) => `${d.id}-{${[...new Set(d.releases.map((r) => r.version))].join(',')}}`);
}
