import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import type { Extractor } from '../../src/extract/types.js';

const SRC = fileURLToPath(new URL('../../src/extract/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function isExtractor(v: unknown): v is Extractor {
  const e = v as Partial<Extractor> | null;
  return typeof e === 'object' && e !== null && typeof e.id === 'string' && Array.isArray(e.triggers) && typeof e.extract === 'function';
}

/** Every folder and file name under test/fixtures, for the "has fixtures" check. */
function fixtureNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => [e.name, ...(e.isDirectory() ? fixtureNames(`${dir}/${e.name}`) : [])]);
}

describe('extractor registry', () => {
  it('lists every extractor exported from src/extract, each in a file named after its id', async () => {
    const found: string[] = [];
    for (const file of readdirSync(SRC).filter((f) => f.endsWith('.ts'))) {
      const mod = (await import(`${SRC}${file}`)) as Record<string, unknown>;
      for (const value of Object.values(mod).filter(isExtractor)) {
        expect(`${value.id}.ts`).toBe(file);
        found.push(value.id);
      }
    }
    expect(EXTRACTORS.map((e) => e.id)).toEqual([...found].sort((a, b) => a.localeCompare(b)));
  });

  it('has unique ids, sorted, with non-empty triggers (or kinds) and a description', () => {
    const ids = EXTRACTORS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    for (const e of EXTRACTORS) {
      const words = [...e.triggers, ...(e.kinds ?? [])];
      expect(words.length, e.id).toBeGreaterThan(0);
      expect(
        words.every((t) => t.length >= 3),
        e.id,
      ).toBe(true);
      expect(e.description.length, e.id).toBeGreaterThan(10);
    }
  });

  it('has fixtures for every extractor (a folder or file named after its id under test/fixtures)', () => {
    const names = existsSync(FIXTURES) ? fixtureNames(FIXTURES) : [];
    for (const e of EXTRACTORS)
      expect(
        names.some((n) => n === e.id || n.startsWith(`${e.id}.`)),
        e.id,
      ).toBe(true);
  });
});
