import type { FactName } from './fact.js';
import type { Place } from './place.js';

/**
 * A version-looking value under a key that names a component, in a file no extractor understood
 * ("settings.yaml:33 says calico: 3.26.0"). Never a fact, never used for a finding: shown when nothing
 * was checked or when a rule is undetermined for the fact it may be, so the user can pin it.
 */
export interface Candidate {
  place: Place;
  /** The key as written, with its parent when the key alone says nothing ("calico.version"). */
  key: string;
  value: string;
  /** The fact it may be. */
  fact: FactName;
  /** "settings.yaml:33 says calico: 3.26.0; if that is the Calico version, set calico-version". */
  message: string;
}
