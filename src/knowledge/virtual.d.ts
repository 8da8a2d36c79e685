// Built by scripts/knowledge-source.mjs: every file of rules/, data/ and schema/, keyed by its path.
declare module 'virtual:netcompat-knowledge' {
  /** A schema/*.json file's text by path (the rules' and data's YAML texts are not shipped). */
  export function knowledgeText(path: string): string | undefined;
  /** rules/*.yaml and data/*.yaml, parsed and validated against their schemas when the bundle was built. */
  export function knowledgeData(path: string): unknown;
  export const knowledgePaths: readonly string[];
}

// ajv standalone validators for every schema/NAME.schema.json, generated when the bundle was built.
declare module 'virtual:netcompat-validators' {
  import type { ErrorObject } from 'ajv';
  export interface CompiledValidator {
    (data: unknown): boolean;
    errors?: ErrorObject[] | null;
  }
  /** Built on first use. */
  export function validators(): Record<string, CompiledValidator>;
}
