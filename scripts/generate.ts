// `npm run generate`: turns the spec into generated/ (types, client, docs).
// `npm run generate -- --check`: writes nothing; exits 1 when generated/ is stale.
import { generateCli } from './generator/cli.js';

generateCli(process.argv.slice(2)).then((code) => process.exit(code));
