import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

const SCHEMA = 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

/**
 * The official SARIF 2.1.0 schema, compiled with ajv. The file declares draft-04 (`$schema`
 * draft-04, top-level `id`), which ajv 8 does not load; it uses no draft-04-only keyword
 * (no boolean exclusiveMinimum), so it is read as draft-07 with `id` renamed `$id`. Its three
 * formats are added here, as ajv-formats is not a dependency.
 */
export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
  if (schema.$schema !== 'http://json-schema.org/draft-04/schema#') throw new Error(`unexpected $schema ${String(schema.$schema)}`);
  const { $schema: _draft, id, ...rest } = schema;
  // The schema's language pattern has a stray `]`, legal only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/);
  ajv.addFormat(
    'uri-reference',
    (s: string) =>
      !/\s/.test(s) &&
      (() => {
        try {
          new URL(s, 'file:///base/');
          return true;
        } catch {
          return false;
        }
      })(),
  );
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $id: String(id), ...rest });
}
