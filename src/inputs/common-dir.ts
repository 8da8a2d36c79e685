import { sep } from 'node:path';

/** The deepest directory holding every path (absolute paths): where several scanned paths become one tree. */
export function commonDir(paths: readonly string[]): string {
  const split = paths.map((p) => p.split(sep));
  const first = split[0]!;
  let n = first.length;
  for (const parts of split.slice(1)) {
    let i = 0;
    while (i < n && i < parts.length && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}
