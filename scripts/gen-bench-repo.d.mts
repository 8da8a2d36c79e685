// Types for the plain-ESM benchmark generator, so tests can import it under strict TypeScript.
export interface GeneratedEntry {
  path: string;
  category: string;
  bytes: number;
}
export const SHARES: Record<string, number>;
export function prng(seed: number): {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
};
export function plan(total: number): Record<string, number>;
export function generateRepo(
  dir: string,
  opts?: { files?: number; seed?: number },
): { entries: GeneratedEntry[]; counts: Record<string, number>; bytes: number };
