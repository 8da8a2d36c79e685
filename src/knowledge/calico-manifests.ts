import semver from 'semver';
import { knowledgeData } from 'virtual:netcompat-knowledge';

interface ManifestRow {
  files: string[];
  calico: string;
  ipipMode: string;
  vxlanMode: string;
  note?: string;
  references: string[];
}

let rows: ManifestRow[] | undefined;

/** data/calico-manifests.yaml, validated once. */
export function calicoManifestTable(): ManifestRow[] {
  if (!rows) {
    // Parsed and validated against calico-manifests.schema.json when the bundle was built.
    const data = knowledgeData('data/calico-manifests.yaml');
    rows = (data as { manifests: ManifestRow[] }).manifests;
  }
  return rows;
}

export interface ManifestDefaults {
  ipipMode: string;
  vxlanMode: string;
  note?: string;
  references: string[];
}

/**
 * The pool encapsulation a published Calico manifest (`calico.yaml`, `calico-vxlan.yaml`, …) sets at a
 * Calico release ("3.26.0", or a minor "3.26" when every patch of it is in one row); undefined when the
 * table does not cover it.
 */
export function calicoManifestDefaults(file: string, calico: string): ManifestDefaults | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(calico);
  if (!m) return undefined;
  const exact = m[3] !== undefined;
  const probe = exact ? `${m[1]}.${m[2]}.${m[3]}` : `${m[1]}.${m[2]}.0`;
  const row = calicoManifestTable().find(
    (r) => r.files.includes(file) && semver.satisfies(probe, r.calico) && (exact || semver.satisfies(`${m[1]}.${m[2]}.99`, r.calico)),
  );
  return row ? { ipipMode: row.ipipMode, vxlanMode: row.vxlanMode, ...(row.note ? { note: row.note } : {}), references: row.references } : undefined;
}
