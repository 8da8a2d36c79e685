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

  // Plain parts are printed by JSON.stringify (plain-json.ts): keys put in the report's order at any depth,
  // indentation as deep as the part stands, ##[ neutralised in keys and values alike.
  it('prints plain parts at any depth and key order as the stable report does', () => {
    const place = { endColumn: 4, line: 2, file: 'x/##[y].tf', column: 1 };
    const outOfOrder = { zeta: 'z', note: 'n ##[', value: '1.28', name: 'kubernetes.version', place, derivedFrom: [{ value: '1', name: 'n' }] };
    let deep: unknown = outOfOrder;
    for (let i = 0; i < 6; i++) deep = { ['k##[' + i]: [deep, i], b: { a: [] } };
    const mixed = { deep, lazy: new Streamed(() => [outOfOrder, { fn: () => 1, outOfOrder }]), map: new Map([['a', 1]]), plain: [outOfOrder] };
    expect(written(deep, true)).toBe(neutraliseJson(stableStringify(deep)));
    const expected = { deep, lazy: [outOfOrder, { outOfOrder }], map: {}, plain: [outOfOrder] };
    expect(written(mixed, true)).toBe(neutraliseJson(stableStringify(expected)));
  });

  it('keeps its own order for keys that start with a digit (an object lists integer keys first)', () => {
    const o = { list: [{ b: 1, '10': 2, '9': 3 }] };
    expect(written(o, true)).toBe('{\n  "list": [\n    {\n      "10": 2,\n      "9": 3,\n      "b": 1\n    }\n  ]\n}\n');
  });
});
