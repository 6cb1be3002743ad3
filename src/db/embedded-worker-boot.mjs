// Worker entry: Node 20 does not apply the parent's --import loader to a worker's first
// module, so register tsx here and then load the TypeScript worker.
import { register } from 'tsx/esm/api';
register();
await import('./embedded-worker.ts');
