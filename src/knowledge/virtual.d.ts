// Built by scripts/knowledge-source.mjs: every file of rules/, data/ and schema/, keyed by its path.
declare module 'virtual:netcompat-knowledge' {
  const files: Record<string, string>;
  export default files;
}
