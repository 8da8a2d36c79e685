/** The CLI's exit codes, documented in `netcompat --help`. */
export const EXIT = {
  /** Nothing reaches --fail-on (undetermined rules never count). */
  ok: 0,
  /** A finding reaches --fail-on. */
  failed: 1,
  /** A bad flag, value, directory or configuration. */
  usage: 2,
  /** A bug in netcompat itself. */
  internal: 3,
} as const;
