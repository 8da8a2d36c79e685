import type { ErrorObject } from 'ajv';
import { knowledgeText } from 'virtual:netcompat-knowledge';
import { validators } from 'virtual:netcompat-validators';
import { KnowledgeError } from './knowledge-error.js';

export { KnowledgeError } from './knowledge-error.js';

/**
 * JSON Schema validation of user-supplied files (extra rules, config) with validators ajv generated when
 * the bundle was built (scripts/knowledge-source.mjs): no schema compiler at run time. Built-in rules and
 * data were validated at build time. Errors name the file and the JSON path of the offending value.
 */

export function schemaText(name: string): string {
  const text = knowledgeText(`schema/${name}`);
  if (text === undefined) throw new Error(`internal: schema/${name} is not bundled`);
  return text;
}

export function validateAgainst(schemaName: string, data: unknown, file: string): void {
  const validate = validators()[schemaName];
  if (!validate) throw new Error(`internal: no validator for schema/${schemaName}`);
  if (!validate(data)) {
    throw new KnowledgeError(file, describeErrors(validate.errors ?? []));
  }
}

export function describeErrors(errors: ErrorObject[]): string {
  return errors
    .filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if')
    .slice(0, 5)
    .map((e) => {
      const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
      const extra = (e.params as { additionalProperty?: string }).additionalProperty;
      return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${allowed ? ` (${allowed.join(', ')})` : ''}${extra ? ` "${extra}"` : ''}`;
    })
    .join('; ');
}
