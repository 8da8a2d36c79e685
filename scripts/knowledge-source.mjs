// One source for the knowledge module, shared by the bundler and the test runner, so that adding a
// rule or table is adding a YAML file: no TypeScript import to write.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KNOWLEDGE_ID = 'virtual:netcompat-knowledge';
export const KNOWLEDGE_DIRS = ['rules', 'data', 'schema'];

export function knowledgeFiles(root) {
  const files = [];
  for (const dir of KNOWLEDGE_DIRS) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (/\.(ya?ml|json)$/.test(name)) files.push(join(root, dir, name));
    }
  }
  return files;
}

export function knowledgeModuleSource(root) {
  const out = {};
  for (const file of knowledgeFiles(root)) {
    out[file.slice(root.length + 1).split('\\').join('/')] = readFileSync(file, 'utf8');
  }
  return `export default ${JSON.stringify(out, null, 1)};\n`;
}
