/**
 * A multi-document file is cut into segments at its `---` lines (a line starting with `---` and then a
 * space, a tab or its end): the same cut on raw bytes (to see which segments hold a trigger) and on the
 * decoded text (to set the others aside before parsing), so the two agree segment for segment. Only a
 * `---` at the very start of a line counts, as YAML itself requires; a file with `...` end markers is
 * never cut (a document may then begin without `---`).
 */

const DASH = 0x2d;
const DOT = 0x2e;
const NL = 0x0a;

function endsMarker(next: number | undefined): boolean {
  return next === undefined || next === 0x20 || next === 0x09 || next === 0x0d || next === NL;
}

/**
 * Byte offsets of the `---` lines that start segments 1, 2, … (segment 0 is everything before the first);
 * undefined when the file has no such line or has a `...` end marker.
 */
export function segmentStarts(bytes: Uint8Array): number[] | undefined {
  const starts: number[] = [];
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const n = bytes.length;
  for (let at = bom; at < n;) {
    const c = bytes[at];
    if ((c === DASH || c === DOT) && bytes[at + 1] === c && bytes[at + 2] === c && endsMarker(bytes[at + 3])) {
      if (c === DOT) return undefined;
      starts.push(at);
    }
    const nl = bytes.indexOf(NL, at);
    if (nl === -1) break;
    at = nl + 1;
  }
  return starts.length > 0 ? starts : undefined;
}

/** Which segments to keep: segment 0 always (it is parsed as it stands), others when an offset falls inside. */
export function segmentsHolding(starts: readonly number[], offsets: readonly number[]): boolean[] {
  const keep = Array.from({ length: starts.length + 1 }, (_, k) => k === 0);
  let s = 0;
  for (const at of offsets) {
    while (s < starts.length && starts[s]! <= at) s++;
    keep[s] = true;
  }
  return keep;
}

const MARKER = /(?:^|\n)(---)(?=[ \t\r\n]|$)/g;

/**
 * The text with the segments not kept blanked: every character but line breaks becomes a space and the
 * `---` stays, so each set-aside segment parses as an empty document and every offset, line and column
 * of the kept ones is what it was. Returns the text unchanged when the cut does not give `keep.length`
 * segments (the two cuts disagree: parse everything).
 */
export function blankSegments(text: string, keep: readonly boolean[]): string {
  const starts: number[] = [];
  for (const m of text.matchAll(MARKER)) starts.push(m.index + m[0].length - 3);
  if (starts.length + 1 !== keep.length) return text;
  const parts: string[] = [text.slice(0, starts[0])];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : text.length;
    if (keep[k + 1]) parts.push(text.slice(from, to));
    else parts.push('---', blank(text.slice(from + 3, to)));
  }
  return parts.join('');
}

function blank(s: string): string {
  return s
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
}
