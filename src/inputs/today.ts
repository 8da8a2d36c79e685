import { UsageError } from './usage-error.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Testing aid: `NETCOMPAT_TODAY=YYYY-MM-DD` fixes the day ignore entries expire against, so a test of an
 * expired entry does not depend on the calendar. Read only by the entry points; undefined means today (UTC).
 */
export function todayFrom(env: Env): string | undefined {
  const v = env.NETCOMPAT_TODAY?.trim();
  if (!v) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
    throw new UsageError(`NETCOMPAT_TODAY: ${JSON.stringify(v)} is not a date; expected YYYY-MM-DD`);
  }
  return v;
}
