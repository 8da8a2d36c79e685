import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PARSE_FIXTURES = fileURLToPath(new URL('../fixtures/parse/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${PARSE_FIXTURES}${name}`, 'utf8');
}
