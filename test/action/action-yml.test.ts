import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUTS, OUTPUTS } from '../../src/action/inputs.js';

const ROOT = new URL('../..', import.meta.url).pathname;

interface ActionYml {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
}

const yml = parse(readFileSync(`${ROOT}action.yml`, 'utf8')) as ActionYml;
const doc = readFileSync(`${ROOT}docs/action.md`, 'utf8');

describe('action.yml agrees with src/action/inputs.ts', () => {
  it('runs the bundled entry point on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(yml.branding.color);
  });

  it('declares exactly the inputs the Action parses, in the same order', () => {
    expect(Object.keys(yml.inputs)).toEqual(INPUTS.map((i) => i.name));
  });

  it.each(INPUTS.map((i) => [i.name, i] as const))('%s: documented, optional, same default', (name, spec) => {
    const y = yml.inputs[name];
    expect(y?.description?.trim().length).toBeGreaterThan(10);
    expect(y?.required).toBe(false);
    expect(y?.default).toBe('default' in spec ? spec.default : undefined);
  });

  it.each(INPUTS.filter((i) => 'accepted' in i).map((i) => [i.name, (i as { accepted: readonly string[] }).accepted] as const))(
    '%s: the description lists the accepted values from the shared enum',
    (name, accepted) => {
      expect(yml.inputs[name]?.description).toContain(`one of ${accepted.join(', ')}`);
    },
  );

  it('declares exactly the outputs the Action sets', () => {
    expect(Object.keys(yml.outputs)).toEqual([...OUTPUTS]);
    for (const o of OUTPUTS) expect(yml.outputs[o]?.description?.length).toBeGreaterThan(5);
  });

  it('docs/action.md has a row for every input and output', () => {
    for (const i of INPUTS) expect(doc).toMatch(new RegExp(`^\\| \`${i.name}\` \\|`, 'm'));
    for (const o of OUTPUTS) expect(doc).toMatch(new RegExp(`^\\| \`${o}\` \\|`, 'm'));
  });
});
