/**
 * One string object per distinct text. A message is the same for every cluster that shares the facts it
 * names (hundreds of clusters × hundreds of shared Services in a large monorepo), and each copy would be
 * held until the report is written. Bounded, so a long-running process (tests, the Action) does not grow.
 */
const texts = new Map<string, string>();
const LIMIT = 50_000;

export function intern(s: string): string {
  const known = texts.get(s);
  if (known !== undefined) return known;
  if (texts.size >= LIMIT) texts.clear();
  texts.set(s, s);
  return s;
}
