// Runs PGlite in its own thread and serves it over the PostgreSQL wire protocol on a
// private Unix socket, so the app talks node-postgres exactly as it does to a real server
// and a slow query never blocks the HTTP event loop.
//
// Plain JavaScript on purpose: a TypeScript worker would need its own tsx loader thread
// (Node 20 does not pass --import hooks to workers), costing start time and memory.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string, socketPath: string, sharedBuffers: string }} */
const { dataDir, socketPath, sharedBuffers } = workerData;

async function main() {
  const db = await PGlite.create({
    dataDir,
    extensions: { btree_gin, pg_trgm, unaccent },
    // PostgreSQL's default 128 MB of shared buffers is most of PGlite's memory; an embedded
    // installation of this size is served as well by less (see bench/README.md).
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`],
  });
  // One connection: PGlite has a single session, and interleaving two clients'
  // extended-protocol messages in one session is unsafe (docs/decisions/0001).
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  parentPort.postMessage({ type: 'ready' });
  parentPort.on('message', async (msg) => {
    if (msg.type !== 'stop') return;
    await server.stop();
    await db.close();
    parentPort.postMessage({ type: 'stopped' });
  });
}

main().catch((err) => {
  parentPort.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
});
