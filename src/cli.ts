// Placeholder entry, replaced by src/cli/ (see issue 2 §5).
import { scan } from './scan.js';
const result = await scan({ root: process.argv[3] ?? '.' });
process.stdout.write(JSON.stringify({ findings: result.findings, undetermined: result.undetermined, contexts: result.contexts }, null, 2) + '\n');
