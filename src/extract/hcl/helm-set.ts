import type { Place } from '../../model/place.js';
import type { ValueTree } from './yaml-bridge.js';

/** One `set { name = …, value = … }` of a helm_release, its value already a tree (a scalar). */
export interface HelmSet {
  name: string;
  namePlace: Place;
  value: ValueTree;
}

type Step = string | number;

/** Helm's `--set` path syntax: `a.b\.c.list[0].d` → ["a", "b.c", "list", 0, "d"]; undefined when malformed. */
export function setPath(name: string): Step[] | undefined {
  const steps: Step[] = [];
  let cur = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '\\' && i + 1 < name.length) {
      cur += name[++i];
    } else if (c === '.') {
      if (cur) steps.push(cur);
      cur = '';
    } else if (c === '[') {
      const end = name.indexOf(']', i);
      const n = Number(name.slice(i + 1, end));
      if (end < 0 || !Number.isInteger(n) || n < 0 || n > 1000) return undefined;
      if (cur) steps.push(cur);
      cur = '';
      steps.push(n);
      i = end;
    } else cur += c;
  }
  if (cur) steps.push(cur);
  return steps.length ? steps : undefined;
}

/** The values tree `set` entries make, each leaf placed at its value and each key at the set's name. */
export function setTree(sets: readonly HelmSet[], at: Place): ValueTree {
  const root: ValueTree = { kind: 'map', entries: [], place: at };
  for (const s of sets) {
    const path = setPath(s.name);
    if (!path) continue;
    let node: ValueTree = root;
    path.forEach((step, i) => {
      const last = i === path.length - 1;
      const next = (): ValueTree =>
        last ? s.value : typeof path[i + 1] === 'number' ? { kind: 'list', items: [], place: s.namePlace } : { kind: 'map', entries: [], place: s.namePlace };
      if (node.kind === 'map' && typeof step === 'string') {
        let e = node.entries.find((x) => x.key === step);
        if (!e || last) {
          if (e) e.value = s.value;
          else node.entries.push((e = { key: step, keyPlace: s.namePlace, value: next() }));
        }
        node = e.value;
      } else if (node.kind === 'list' && typeof step === 'number') {
        while (node.items.length <= step) node.items.push({ kind: 'map', entries: [], place: s.namePlace });
        if (last) node.items[step] = s.value;
        else if (node.items[step]!.kind === 'scalar') node.items[step] = next();
        node = node.items[step]!;
      }
    });
  }
  return root;
}
