import { comparePlaces, type Place } from '../model/place.js';

/** Places first (file, line, column), then results with no place at all. */
export function comparePlacesOrNone(a: Place | undefined, b: Place | undefined): number {
  if (a && b) return comparePlaces(a, b);
  return a ? -1 : b ? 1 : 0;
}
