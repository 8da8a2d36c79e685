/** A knowledge file (a rule, a config, a data table) that fails its schema or checks: names the file. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
