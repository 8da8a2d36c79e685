import { constants, openSync } from 'node:fs';

/** What opening a file for reading takes; `openSync` in a scan, a stand-in in tests. */
export type OpenFile = (path: string, flags: number) => number;

/** Linux's "do not update the access time" flag; 0 where the platform has none. */
export const O_NOATIME: number = (constants as { O_NOATIME?: number }).O_NOATIME ?? 0;

/**
 * Opens files for reading without updating their access time where the system allows it. On a fresh
 * checkout (a CI runner's) every file's access time is no later than its change time, so with the usual
 * `relatime` mount the first read of each file writes its inode; O_NOATIME skips that (about 30 ms of
 * kernel time for the 18,000 files of the 20,000-file benchmark tree, docs/performance.md). Linux allows
 * the flag only to the file's owner (or with CAP_FOWNER) and answers EPERM otherwise: the opener then
 * opens that file, and every later one, without it.
 */
export class ReadOpener {
  private flags: number;

  constructor(
    private readonly open: OpenFile = openSync,
    noatime: number = O_NOATIME,
  ) {
    this.flags = constants.O_RDONLY | noatime;
  }

  /** A file descriptor for reading `path`; throws what opening it throws (ENOENT, EACCES, ...). */
  fd(path: string): number {
    if (this.flags !== constants.O_RDONLY) {
      try {
        return this.open(path, this.flags);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
        this.flags = constants.O_RDONLY;
      }
    }
    return this.open(path, this.flags);
  }
}
