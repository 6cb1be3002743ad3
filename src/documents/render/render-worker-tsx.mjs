// Entry of the PDF thread when the server runs src/ through tsx (the tests, LIGHED_TSX=1): a worker
// does not inherit tsx's module hooks, so it registers them before loading the TypeScript.
import { createRequire } from 'node:module';

const api = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
const { register } = await import(api);
register();
await import('./render-worker.ts');
