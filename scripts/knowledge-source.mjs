// One source for the knowledge module, shared by the bundler and the test runner, so that adding a
// rule or table is adding a YAML file: no TypeScript import to write.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KNOWLEDGE_ID = 'virtual:netcompat-knowledge';
export const KNOWLEDGE_DIRS = ['rules', 'data', 'schema'];

/** Every YAML and JSON file of the knowledge folders and their subfolders (data/installers/), sorted. */
export function knowledgeFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/\.(ya?ml|json)$/.test(entry.name)) files.push(join(dir, entry.name));
    }
  };
  for (const dir of KNOWLEDGE_DIRS) walk(join(root, dir));
  return files;
}

export function knowledgeModuleSource(root) {
  const out = {};
  for (const file of knowledgeFiles(root)) {
    out[file.slice(root.length + 1).split('\\').join('/')] = readFileSync(file, 'utf8');
  }
  return `export default ${JSON.stringify(out, null, 1)};\n`;
}
