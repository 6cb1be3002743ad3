// Runs PGlite in its own thread and serves it over the PostgreSQL wire protocol on a
// private Unix socket, so the app talks node-postgres exactly as it does to a real server
// and a slow query never blocks the HTTP event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedWorkerData {
  dataDir: string;
  socketPath: string;
}

const { dataDir, socketPath } = workerData as EmbeddedWorkerData;

async function main(): Promise<void> {
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
  // One connection: PGlite has a single session, and interleaving two clients'
  // extended-protocol messages in one session is unsafe.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  parentPort!.postMessage({ type: 'ready' });
  parentPort!.on('message', async (msg: { type: string }) => {
    if (msg.type !== 'stop') return;
    await server.stop();
    await db.close();
    parentPort!.postMessage({ type: 'stopped' });
  });
}

main().catch((err: unknown) => {
  parentPort!.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
});
