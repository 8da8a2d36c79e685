import { Ajv, type ErrorObject } from 'ajv';
import files from 'virtual:netcompat-knowledge';

/**
 * JSON Schema validation of knowledge files (built-in and user-supplied). Errors name the file and the
 * JSON path of the offending value, so a broken rule file is found at once.
 */
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });

export function schemaText(name: string): string {
  const text = files[`schema/${name}`];
  if (text === undefined) throw new Error(`internal: schema/${name} is not bundled`);
  return text;
}

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

export function validateAgainst(schemaName: string, data: unknown, file: string): void {
  let validate = compiled.get(schemaName);
  if (!validate) {
    validate = ajv.compile(JSON.parse(schemaText(schemaName)) as object);
    compiled.set(schemaName, validate);
  }
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

export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
