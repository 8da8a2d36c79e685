import { calicoChartRange, calicoFromChartVersion } from '../knowledge/operator-calico.js';
import { isIgnoredOsImage, matchOsImage, type OsImageKind } from '../knowledge/os-image-patterns.js';
import type { Fact, FactDecode } from '../model/fact.js';

/**
 * The context stage's first step: extractors write an OS image name or a Helm chart version as written,
 * marked with `decode`; here each is mapped through knowledge data to the fact rules read (a node-os spec,
 * a Calico version), so every derivation happens in this stage. A Windows image gives no fact, as no rule
 * concerns it. Facts without a marker pass unchanged.
 */
export function decodeFacts(facts: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    if (!f.decode) {
      out.push(f);
      continue;
    }
    const d = decodeFact(f, f.decode);
    if (d) out.push(d);
  }
  return vagrantMatrices(out);
}

/**
 * A Vagrantfile whose machines boot different OSes is a test matrix (`alma8`, `ubuntu22`, `cent7` side by
 * side), not one cluster of all of them: its boxes are one node OS that is one of them. Rules then decide
 * only where every box agrees; a box whose OS is unknown leaves the OS unknown. One box per file passes.
 */
function vagrantMatrices(facts: Fact[]): Fact[] {
  const byFile = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.name !== 'node.os' || f.source !== 'vagrant-box' || !f.place) continue;
    const list = byFile.get(f.place.file);
    if (list) list.push(f);
    else byFile.set(f.place.file, [f]);
  }
  const merged = new Map<Fact, Fact | null>();
  for (const list of byFile.values()) {
    const values = [...new Set(list.map((f) => f.value))];
    if (values.length < 2) continue;
    const known = values.filter((v) => !list.some((f) => f.value === v && f.unresolved)).sort();
    const boxes = list.map((f) => f.raw ?? f.value).join(', ');
    const first = list[0]!;
    const one: Fact = {
      name: 'node.os',
      value: `one of ${values.sort().join(', ')}`,
      origin: first.origin,
      place: first.place!,
      source: first.source,
      note: `the Vagrantfile's machines boot different boxes (${boxes}), a test matrix: the nodes run one of them`,
      derivedFrom: list,
    };
    if (known.length === values.length) one.candidates = known;
    else one.unresolved = true;
    list.forEach((f, i) => merged.set(f, i === 0 ? one : null));
  }
  if (merged.size === 0) return facts;
  return facts.flatMap((f) => {
    const m = merged.get(f);
    return m === undefined ? [f] : m === null ? [] : [m];
  });
}

interface Decoded {
  value: string;
  raw?: string;
  /** Keep `raw` even when it equals the value (Terraform's node.os always carried it). */
  rawAlways?: boolean;
  note?: string;
  unresolved?: boolean;
}

/** The fact with its decoded value, keeping the key order the extractors used to write. */
function rebuilt(f: Fact, d: Decoded, reorderDerived = false): Fact {
  const out: Fact = { ...f, value: d.value };
  delete out.decode;
  delete out.raw;
  delete out.note;
  delete out.unresolved;
  const derivedFrom = out.derivedFrom;
  if (reorderDerived) delete out.derivedFrom;
  if (d.raw !== undefined && (d.rawAlways || d.raw !== d.value)) out.raw = d.raw;
  if (d.note) out.note = d.note;
  if (d.unresolved) out.unresolved = true;
  if (reorderDerived && derivedFrom) out.derivedFrom = derivedFrom;
  return out;
}

const labelled = (label: string | undefined, note: string): string => (label ? `${label}: ${note}` : note);
const join = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join('; ');

/** One marked fact decoded, or undefined for a Windows image. */
export function decodeFact(f: Fact, m: FactDecode): Fact | undefined {
  return m.as === 'os-image' ? decodeOsImage(f, m) : decodeCalicoChart(f, m);
}

function decodeOsImage(f: Fact, m: Extract<FactDecode, { as: 'os-image' }>): Fact | undefined {
  const kind = m.kind as OsImageKind;
  const ctx = m.k8sMinor !== undefined ? { k8sMinor: m.k8sMinor } : {};
  const name = f.value;
  if (m.form === 'vagrant') {
    const x = matchOsImage(name, kind, ctx);
    if (!x) {
      if (isIgnoredOsImage(name, kind)) return undefined;
      return rebuilt(f, { value: name, unresolved: true, note: `Vagrant box ${name}: not a box whose OS release is known` });
    }
    return rebuilt(f, { value: x.spec, raw: name, note: `Vagrant box ${x.note}`, unresolved: x.unresolved });
  }
  if (m.form === 'hcl') {
    const x = matchOsImage(name, kind, ctx);
    if (!x) {
      if (isIgnoredOsImage(name, kind)) return undefined;
      return rebuilt(f, { value: name, unresolved: true, note: join(m.before, `${name}: not a known OS image name`, m.after) });
    }
    return rebuilt(f, { value: x.spec, raw: name, rawAlways: true, note: join(m.before, x.note, m.after), unresolved: x.unresolved || f.unresolved });
  }
  // YAML (src/extract/fact-at.ts osImageFact): `raw` is set only for a `${VAR:-default}`; `note`, if any,
  // is what the extractor added (inside a template condition) and follows the decoded note.
  const text = f.raw ?? name;
  // Image names are free text on OpenStack and vSphere: "ubuntu-22.04" or "Ubuntu 22.04 LTS" name the OS too.
  const x = matchOsImage(name, kind, ctx) ?? (kind === 'image' ? (matchOsImage(name, 'base-os', ctx) ?? matchOsImage(name, 'os-release', ctx)) : undefined);
  if (!x) {
    if (isIgnoredOsImage(name, kind)) return undefined;
    return rebuilt(f, { value: name, raw: text, note: labelled(m.label, join(`${name}: not a known OS image name`, f.note)), unresolved: true });
  }
  const note = f.raw === undefined ? x.note : `${x.note} (default of ${text})`;
  return rebuilt(f, { value: x.spec, raw: text, note: labelled(m.label, join(note, f.note)), unresolved: x.unresolved || f.unresolved });
}

function decodeCalicoChart(f: Fact, m: Extract<FactDecode, { as: 'calico-chart' }>): Fact {
  const written = f.raw ?? f.value;
  const c = calicoFromChartVersion(m.chart, f.value);
  const range = c ? undefined : calicoChartRange(m.chart, f.value);
  if (range) {
    // A constraint (`v3.27.x`, `~3.28.0`): Helm picks one of the releases it admits, so the fact is one of them.
    const note = `${m.chart} chart version constraint ${f.value}: Helm installs one of the Calico releases it admits, ${range.shown}`;
    const out = rebuilt(f, { value: f.value, note: join(m.before, note, f.note) }, m.form === 'hcl');
    return { ...out, candidates: range.candidates };
  }
  if (!c) {
    // Extractors mark only versions the chart's scheme reads; anything else is present but not a release.
    return rebuilt(f, { value: f.value, raw: f.raw, note: join(m.before, `${m.chart} chart ${f.value}: not a Calico release`, f.note), unresolved: true });
  }
  if (m.form === 'hcl') {
    const out = rebuilt(f, { value: c.calico, raw: written, note: f.note, unresolved: f.unresolved }, true);
    // The places the value passed through carry the decoded value too.
    return out.derivedFrom ? { ...out, derivedFrom: out.derivedFrom.map((h) => ({ ...h, value: c.calico })) } : out;
  }
  if (m.form === 'rke') {
    const note = `RKE2 bundles ${c.note ?? `rke2-calico ${written}`}; installed with cni: calico`;
    return rebuilt(f, { value: c.calico, raw: written, note: join(note, f.note), unresolved: f.unresolved });
  }
  return rebuilt(f, { value: c.calico, raw: written, note: join(m.before, c.note, f.note), unresolved: f.unresolved });
}
