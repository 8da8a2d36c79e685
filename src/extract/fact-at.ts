import type { Node } from 'yaml';
import type { Fact, FactName, FactOrigin } from '../model/fact.js';
import { placeOf, type YamlDoc } from '../parse/yaml-doc.js';
import { envDefault, isPlaceholder } from './values.js';

export interface FactOptions {
  origin?: FactOrigin;
  raw?: string;
  note?: string;
}

/** A repository fact located at `node`. */
export function factAt(
  source: string,
  d: YamlDoc,
  node: Node | null | undefined,
  name: FactName,
  value: string,
  opts: FactOptions = {},
): Fact {
  const f: Fact = { name, value, origin: opts.origin ?? 'repository', place: placeOf(d, node), source };
  if (opts.raw !== undefined && opts.raw !== value) f.raw = opts.raw;
  if (opts.note) f.note = opts.note;
  return f;
}

/**
 * A fact from a raw string that may be templated: `${VAR:-d}` yields the default (labelled as such),
 * other placeholders yield an unresolved fact (known to exist, value unknown), and `normalize` failing
 * yields nothing.
 */
export function factFromRaw(
  source: string,
  d: YamlDoc,
  node: Node | null | undefined,
  name: FactName,
  raw: string,
  normalize: (s: string) => string | undefined,
  opts: FactOptions = {},
): Fact | undefined {
  const dflt = envDefault(raw);
  if (dflt !== undefined) {
    const v = normalize(dflt);
    return v === undefined
      ? undefined
      : factAt(source, d, node, name, v, { ...opts, raw, note: `default of ${raw}` });
  }
  if (isPlaceholder(raw)) {
    return { ...factAt(source, d, node, name, raw, { ...opts }), unresolved: true };
  }
  const v = normalize(raw);
  return v === undefined ? undefined : factAt(source, d, node, name, v, { ...opts, raw });
}
