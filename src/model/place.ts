/**
 * Where a fact came from: repository-relative POSIX path, 1-based line and column of the YAML node
 * (for YAML embedded in a string, already mapped back to the outer file). End is inclusive of the last
 * character's line and exclusive of its column, as in reviewdog's rdf.
 */
export interface Place {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export function formatPlace(p: Place): string {
  return `${p.file}:${p.line}:${p.column}`;
}

export function comparePlaces(a: Place, b: Place): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
