import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-file.js';
import { blankSegments, segmentsHolding, segmentStarts } from '../../src/parse/segments.js';
import { extractDocs } from '../../src/extract/extract-file.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { formatPlace } from '../../src/model/place.js';

const bytes = readFileSync(new URL('../fixtures/prefilter/crd-bundle.yaml', import.meta.url));
const text = bytes.toString('utf8');

describe('document segments', () => {
  it('cuts at --- lines only (not an indented one inside a block scalar)', () => {
    const starts = segmentStarts(bytes)!;
    expect(starts.map((at) => bytes.subarray(0, at).toString().split('\n').length)).toEqual([10, 21, 28]);
    expect(segmentsHolding(starts, [bytes.indexOf('iptablesBackend')])).toEqual([true, false, true, false]);
  });

  it('does not cut files with ... end markers or without markers', () => {
    expect(segmentStarts(Buffer.from('a: 1\n...\n---\nb: 2\n'))).toBeUndefined();
    expect(segmentStarts(Buffer.from('a: 1\nb: ---\n'))).toBeUndefined();
    expect(segmentStarts(Buffer.from('\ufeff---\na: 1\n'))).toEqual([3]);
  });

  it('blanks set-aside segments keeping every offset, and refuses a cut that does not agree', () => {
    const blanked = blankSegments(text, [true, false, true, false]);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split('\n').length).toBe(text.split('\n').length);
    expect(blanked).not.toContain('unclosed');
    expect(blanked.indexOf('iptablesBackend')).toBe(text.indexOf('iptablesBackend'));
    expect(blankSegments(text, [true, false])).toBe(text);
  });

  it('parses only the kept documents, with the places a full parse gives, and no error from a set-aside one', () => {
    const felix = EXTRACTORS.filter((e) => e.id === 'felix-configuration');
    const full = parseFile('b.yaml', text);
    expect(full.skipped?.reason).toBe('yaml-error');
    const kept = parseFile('b.yaml', text, { keep: [true, false, true, false] });
    expect(kept.skipped).toBeUndefined();
    const where = (docs: typeof full.docs) => extractDocs(felix, docs, () => undefined).map((f) => `${f.name}=${f.value}@${formatPlace(f.place!)}`);
    expect(where(kept.docs)).toEqual(['calico.iptablesBackend=NFT@b.yaml:27:20']);
    expect(where(kept.docs)).toEqual(where(full.docs));
  });
});
