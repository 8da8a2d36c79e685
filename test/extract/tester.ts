import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocs } from '../../src/extract/extract-file.js';
import { isHclExtractor, isTextExtractor, type Extractor } from '../../src/extract/types.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { fileURLToPath } from 'node:url';
import { brief, FIXTURES } from './helpers.js';
import { decodeFacts } from '../../src/context/decode.js';

/**
 * A table-driven harness for extractors, in the spirit of ESLint's RuleTester: each case names a fixture
 * under test/fixtures/extract/<extractor id>/ and the facts expected from it, in order, with their exact
 * places. `only` narrows which facts are compared (fact names kept or left out, or origins); `notes`, `raws`, `keys` and
 * `textAt` pin, for the compared fact at an index, its human note, its text as written, what it was read from, and what its place points at
 * in the fixture (the rest of that line starts with it).
 */
export interface ExtractorCase {
  title: string;
  fixture: string;
  facts: ReturnType<typeof brief>[];
  only?: Only;
  /** Read as the scan reads it: YAML carried in ConfigMap strings and kubeadm files too (extractDocs). */
  pipeline?: boolean;
  /** Changes the fixture text before it is read (CRLF line endings, …). */
  transform?: (text: string) => string;
  notes?: Record<number, string | RegExp | undefined>;
  raws?: Record<number, string | undefined>;
  /** What the value was read from (`Fact.key`: the image path, the installer). */
  keys?: Record<number, string | undefined>;
  textAt?: Record<number, string>;
}

/** Which facts a case compares: names kept or left out, an origin, a range of fixture lines. */
export interface Only {
  names?: readonly FactName[];
  except?: readonly FactName[];
  origin?: 'repository' | 'default' | 'not-default';
  lines?: [from: number, to: number];
}

/** The installer facts of a source, tested on their own (test/extract/installer-facts.test.ts): left out of the settings. */
export const SETTINGS: Only = { except: ['cluster.definition', 'installer.name', 'installer.release', 'cluster.cni'] };

export interface TesterOptions {
  /**
   * Fixtures under test/fixtures/<root>/ with the path as the facts' file (`sources-a`, `sources-b`), instead
   * of test/fixtures/extract/<extractor id>/.
   */
  root?: string;
  /** Every case read as the scan reads it (see ExtractorCase.pipeline). */
  pipeline?: boolean;
  /** `only` for the cases that give none. */
  only?: Only;
}

export function testExtractor(extractor: Extractor, cases: ExtractorCase[], options: TesterOptions = {}): void {
  const fixtures = options.root ? fileURLToPath(new URL(`../fixtures/${options.root}/`, import.meta.url)) : `${FIXTURES}${extractor.id}/`;
  const read = (c: ExtractorCase): string => (c.transform ?? ((t: string) => t))(readFileSync(`${fixtures}${c.fixture}`, 'utf8'));
  describe(extractor.id, () => {
    it.each(cases.map((c) => [c.title, c] as const))('%s', (_title, c) => {
      const facts = extract(extractor, c.fixture, read(c), c.pipeline ?? options.pipeline ?? false).filter((f) => kept(f, c.only ?? options.only));
      expect(facts.map(brief)).toEqual(c.facts);
      for (const [i, note] of Object.entries(c.notes ?? {})) {
        const got = facts[Number(i)]?.note;
        if (note instanceof RegExp) expect(got, `note of fact ${i}`).toMatch(note);
        else expect(got, `note of fact ${i}`).toBe(note);
      }
      for (const [i, raw] of Object.entries(c.raws ?? {})) expect(facts[Number(i)]?.raw, `raw of fact ${i}`).toBe(raw);
      for (const [i, key] of Object.entries(c.keys ?? {})) expect(facts[Number(i)]?.key, `key of fact ${i}`).toBe(key);
      for (const [i, text] of Object.entries(c.textAt ?? {})) {
        const p = facts[Number(i)]?.place;
        const line = p ? (read(c).split(/\r?\n/)[p.line - 1] ?? '') : '';
        expect(p ? line.slice(p.column - 1) : '', `text at the place of fact ${i}`).toMatch(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    });
  });
}

function kept(f: Fact, only: ExtractorCase['only']): boolean {
  if (!only) return true;
  if (only.names && !only.names.includes(f.name)) return false;
  if (only.except?.includes(f.name)) return false;
  const line = f.place?.line ?? 0;
  if (only.lines && (line < only.lines[0] || line > only.lines[1])) return false;
  if (only.origin === 'not-default') return f.origin !== 'default';
  return !only.origin || f.origin === only.origin;
}

/** One extractor over every document of the text, as parsed by the scan; with `pipeline`, through extractDocs (YAML in strings too). */
function extract(extractor: Extractor, path: string, text: string, pipeline: boolean): Fact[] {
  // Decoded as the context stage's first step does (src/context/decode.ts).
  return decodeFacts(extractRaw(extractor, path, text, pipeline));
}

function extractRaw(extractor: Extractor, path: string, text: string, pipeline: boolean): Fact[] {
  if (isTextExtractor(extractor)) return extractor.extract({ path, text });
  const parsed = parseFile(path, text);
  if (parsed.skipped) throw new Error(`fixture ${path} did not parse: ${parsed.skipped.detail}`);
  if (pipeline)
    return extractDocs([extractor], parsed.docs, (id, err) => {
      throw new Error(`${id}: ${String(err)}`);
    });
  return parsed.docs.flatMap((d) => (isHclExtractor(extractor) ? [] : extractor.extract(d)));
}
