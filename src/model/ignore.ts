/** A config file's `ignore` entry: read by the inputs, applied by the policy stage. */
export interface IgnoreEntry {
  rule: string;
  paths?: string[];
  cluster?: string;
  reason: string;
  expires?: string;
  /** Where the entry stands, for reporting an expired one. */
  line: number;
}
