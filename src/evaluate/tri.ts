/** Three-valued truth. Unknown is a value of its own, never coerced to false. */
export type Tri = 'true' | 'false' | 'unknown';

export const tri = (b: boolean): Tri => (b ? 'true' : 'false');

export function and(values: Tri[]): Tri {
  if (values.includes('false')) return 'false';
  return values.includes('unknown') ? 'unknown' : 'true';
}

export function or(values: Tri[]): Tri {
  if (values.includes('true')) return 'true';
  return values.includes('unknown') ? 'unknown' : 'false';
}

export function not(v: Tri): Tri {
  return v === 'unknown' ? v : v === 'true' ? 'false' : 'true';
}
