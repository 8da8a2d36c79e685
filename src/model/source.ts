/** A file worth reading, as discovery hands it on. */
export interface SourceFile {
  /** Repository-relative POSIX path. */
  path: string;
  /** Absolute path on disk. */
  abs: string;
}

export type SkipReason =
  | 'binary'
  | 'not-utf8'
  | 'too-large'
  | 'empty'
  | 'yaml-error'
  | 'template'
  | 'alias-limit'
  | 'symlink'
  | 'symlink-outside'
  | 'backup'
  | 'unreadable'
  | 'hcl-error';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  detail: string;
  /** Quiet skips (Helm chart templates) are counted, not listed as problems. */
  quiet?: boolean;
}
