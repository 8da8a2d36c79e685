/**
 * A span of versions standing as one candidate of a fact (Fact.candidates), written as a node-semver range
 * so a report reader and a tool both read it: `>=1.27.3` (that patch or any later build: a GKE version is a
 * floor) or `>=1.27.3 <1.28.0` (that patch up to the minor's last: an AKS hotfix build). The engine tests
 * such a span at its lowest version, the minor's last patch and, without an upper end, a version past every
 * release (spanTestPoints).
 */
export function versionSpan(lowest: string, toMinorEnd: boolean): string {
  if (!toMinorEnd) return `>=${lowest}`;
  const [major, minor] = lowest.split('.').map(Number) as [number, number];
  return `>=${lowest} <${major}.${minor + 1}.0`;
}

const SPAN = /^>=(\d+)\.(\d+)\.(\d+)(?: <(\d+)\.(\d+)\.0)?$/;

/** A version past every release: where a span has no upper end. */
const PAST_EVERY_RELEASE = '99999.0.0';

/** The versions a span written by versionSpan is tested at; undefined for any other text. */
export function spanTestPoints(text: string): string[] | undefined {
  const m = SPAN.exec(text);
  if (!m) return undefined;
  const [, major, minor, patch, toMajor, toMinor] = m;
  const points = [`${major}.${minor}.${patch}`, `${major}.${minor}.99999`];
  if (toMajor === undefined) return [...points, PAST_EVERY_RELEASE];
  // Only the minor's own end is a span versionSpan writes.
  return toMajor === major && Number(toMinor) === Number(minor) + 1 ? points : undefined;
}
