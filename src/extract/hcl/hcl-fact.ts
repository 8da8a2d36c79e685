import { isDroppedOsImage, type OsImageContext, type OsImageKind } from '../../knowledge/os-image-patterns.js';
import type { Fact, FactName, FactOrigin } from '../../model/fact.js';
import type { Place } from '../../model/place.js';
import { scalarText, type Hop, type Resolved } from './module.js';

export interface HclFactOptions {
  origin?: FactOrigin;
  note?: string;
}

/** The places a value passed through (a variable's default, a .tfvars line, a local), as evidence. */
function hops(source: string, name: FactName, value: string, via: readonly Hop[]): Fact[] {
  return via.map((h) => ({ name, value, origin: 'repository', place: h.place, source, note: h.what }));
}

/**
 * A fact read from a Terraform value, placed at the expression that sets it. A value reached through
 * `var.` or `local.` keeps each place it passed through in `derivedFrom`; an expression Terraform
 * computes (a function call, a module output) gives an unresolved fact saying why; a literal that
 * `normalize` rejects gives nothing.
 */
export function hclFact(
  source: string,
  name: FactName,
  at: Place,
  r: Resolved,
  normalize: (s: string) => string | undefined,
  opts: HclFactOptions = {},
): Fact | undefined {
  if (!r.known) {
    return {
      name,
      value: r.text,
      unresolved: true,
      origin: opts.origin ?? 'repository',
      place: at,
      source,
      note: [opts.note, r.reason].filter(Boolean).join('; '),
    };
  }
  const raw = scalarText(r.expr);
  if (raw === undefined) return undefined;
  const value = normalize(raw);
  if (value === undefined) return undefined;
  const f: Fact = { name, value, origin: opts.origin ?? 'repository', place: at, source };
  if (raw !== value) f.raw = raw;
  const via = r.via.map((h) => h.what).join(' → ');
  const note = [opts.note, via ? `from ${via}` : undefined].filter(Boolean).join('; ');
  if (note) f.note = note;
  if (r.via.length) f.derivedFrom = hops(source, name, value, r.via);
  return f;
}

/**
 * `node.os` from an image type, AMI or OS SKU, as written and marked for the context stage to decode
 * through data/os-image-patterns.yaml (src/context/decode.ts); an unresolved expression gives an
 * unresolved fact. Decoding gives an unresolved fact for an unknown name, none for a Windows image.
 */
export function hclOsFact(source: string, at: Place, r: Resolved, kind: OsImageKind, ctx: OsImageContext = {}, note?: string): Fact | undefined {
  if (!r.known) return hclFact(source, 'node.os', at, r, (s) => s, { note });
  const raw = scalarText(r.expr)?.trim();
  if (!raw || isDroppedOsImage(raw, [kind])) return undefined;
  const derivedFrom = r.via.length ? hops(source, 'node.os', raw, r.via) : undefined;
  const base = { name: 'node.os' as const, origin: 'repository' as const, place: at, source, ...(derivedFrom ? { derivedFrom } : {}) };
  const decode = {
    as: 'os-image' as const,
    kind,
    ...(ctx.k8sMinor !== undefined ? { k8sMinor: ctx.k8sMinor } : {}),
    ...(note ? { before: note } : {}),
    form: 'hcl' as const,
  };
  return { ...base, value: raw, decode };
}

/** A fact the provider or module supplies when the configuration is silent, placed at what it depends on. */
export function defaultFact(source: string, name: FactName, value: string, at: Place, note: string): Fact {
  return { name, value, origin: 'default', place: at, source, note };
}
