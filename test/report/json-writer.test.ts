import { describe, expect, it } from 'vitest';
import { Streamed, writeJson } from '../../src/report/json-writer.js';
import { neutraliseJson } from '../../src/report/safe-text.js';
import { stableStringify } from '../../src/report/stable-json.js';

function written(value: unknown, stableKeys: boolean, chunks: string[] = []): string {
  writeJson(value, (c) => chunks.push(c), { stableKeys });
  return chunks.join('');
}

describe('streamed JSON writer', () => {
  const fact = { name: 'kubeProxy.mode', value: 'ipvs', place: { file: 'a/##[x].yaml', line: 3, column: 9 }, note: undefined };
  const doc = {
    z: [1, -0.5, 1e21, Number.NaN, true, null, 'é "quoted" \n \u2028 \ud800'],
    a: { empty: {}, none: [], fn: () => 1, gone: undefined, list: [undefined, fact, fact] },
    facts: [fact, { deeper: [fact] }, fact],
    title: 'run ##[group] and ::error:: stay text',
  };

  it('prints exactly what JSON.stringify(value, null, 2) prints, with ##[ neutralised', () => {
    expect(written(doc, false)).toBe(neutraliseJson(`${JSON.stringify(doc, null, 2)}\n`));
  });

  it('orders keys as the stable JSON report does', () => {
    expect(written(doc, true)).toBe(neutraliseJson(stableStringify(doc)));
  });

  it('hands the text over in pieces and writes a streamed list item by item', () => {
    const big = { items: Array.from({ length: 3000 }, (_, i) => ({ i, fact })) };
    const chunks: string[] = [];
    expect(written(big, true, chunks)).toBe(neutraliseJson(stableStringify(big)));
    expect(chunks.length).toBeGreaterThan(3);
    let made = 0;
    const lazy = {
      items: new Streamed(function* () {
        for (let i = 0; i < 3; i++) {
          made++;
          yield { i };
        }
      }),
      empty: new Streamed(() => []),
    };
    expect(written(lazy, false)).toBe(`${JSON.stringify({ items: [{ i: 0 }, { i: 1 }, { i: 2 }], empty: [] }, null, 2)}\n`);
    expect(made).toBe(3);
  });
});
