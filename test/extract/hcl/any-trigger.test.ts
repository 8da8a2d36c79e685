import { describe, expect, it } from 'vitest';
import { anyOf } from '../../../src/extract/hcl/collect.js';
import { EXTRACTORS } from '../../../src/extract/registry.js';
import { isHclExtractor } from '../../../src/extract/types.js';

describe('anyOf: the one-pass test for any HCL trigger', () => {
  const triggers = EXTRACTORS.filter(isHclExtractor).flatMap((e) => e.triggers);

  it('matches a text holding any one trigger, and only the trigger as written', () => {
    const any = anyOf(triggers);
    for (const t of triggers) {
      expect(any.test(`resource "x" {\n  a = "${t}"\n}\n`)).toBe(true);
      // One character short of the trigger is no match (nothing in a trigger is read as a pattern).
      expect(any.test(t.slice(0, -1))).toBe(triggers.some((o) => t.slice(0, -1).includes(o)));
    }
    expect(any.test('resource "aws_s3_bucket" "b" {}\n')).toBe(false);
  });

  it('escapes pattern characters: a dot, slash or bracket is that character', () => {
    const any = anyOf(['a.b', 'terraform-aws-modules/eks', '(x)', '[y]', 'c|d', 'e*']);
    expect(any.test('a.b')).toBe(true);
    expect(any.test('aXb')).toBe(false);
    expect(any.test('source = "terraform-aws-modules/eks/aws"')).toBe(true);
    expect(any.test('(x)')).toBe(true);
    expect(any.test('x')).toBe(false);
    expect(any.test('[y]')).toBe(true);
    expect(any.test('y')).toBe(false);
    expect(any.test('c')).toBe(false);
    expect(any.test('c|d')).toBe(true);
    expect(any.test('eee')).toBe(false);
    expect(any.test('e*')).toBe(true);
  });

  it('never matches without words', () => {
    expect(anyOf([]).test('')).toBe(false);
    expect(anyOf([]).test('anything')).toBe(false);
  });
});
