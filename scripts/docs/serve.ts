// `npm run docs:serve [-- --port N]`: serves docs-site/ on localhost and prints the URL.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './static-server.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } }, strict: true });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`docs:serve: --port must be a port number, not "${values.port}"`);
  process.exit(2);
}
if (!existsSync('docs-site/index.html')) {
  console.error('docs:serve: docs-site/index.html is missing; run `npm run docs` first.');
  process.exit(1);
}
try {
  const { url } = await serveStatic('docs-site', port);
  console.log(`Serving the API docs at ${url} (Ctrl-C to stop)`);
} catch (err) {
  console.error(`docs:serve: cannot listen on port ${port}: ${(err as Error).message}`);
  process.exit(1);
}
