// The parsers of the settings files a repository or a flag may name: the config (.netcompat.yaml) and extra
// rule files. One module, imported by load-settings.ts and the Action's base policy only when there is such
// a file, so the `yaml` package and the schema validators are one chunk of the bundle, not compiled at start-up.
export { parseConfig } from './config.js';
export { parseRule } from '../knowledge/parse-rule.js';
