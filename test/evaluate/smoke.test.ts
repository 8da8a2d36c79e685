import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/knowledge/rules.js';

describe('knowledge', () => {
  it('loads the built-in rules', () => {
    expect(builtInRules().map((r) => r.id)).toContain('KP-IPT-PARTIAL-SYNC-RACE');
  });
});
