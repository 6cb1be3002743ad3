// Starts the embedded PostgreSQL (PGlite) in a worker thread and returns where to connect.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lockDataDir } from './lock.ts';
import { projectPath } from '../shared/paths.ts';

export interface EmbeddedServer {
  /** Directory holding the Unix socket; node-postgres takes it as `host`. */
  socketDir: string;
  port: number;
  stop(): Promise<void>;
}

const PORT = 5432;
const SHARED_BUFFERS = '32MB';

export async function startEmbedded(dataDir: string): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  // A private 0700 folder for the socket: PGlite has no authentication, so only this
  // user may connect. It lives in tmp because socket paths are limited to ~100 bytes.
  const socketDir = mkdtempSync(join(tmpdir(), 'lighed-db-'));
  const worker = new Worker(projectPath('src', 'db', 'embedded-worker.mjs'), {
    // The worker's JavaScript only passes protocol messages between the socket and PGlite: short-lived
    // buffers, for which V8's default young generation (up to 32 MB) stayed resident for nothing.
    // 4 MB took ~25 MB off the process's resident memory (bench/README.md).
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
    workerData: { dataDir: join(dataDir, 'pg'), socketPath: join(socketDir, `.s.PGSQL.${PORT}`), sharedBuffers: SHARED_BUFFERS },
  });
  const cleanup = () => {
    rmSync(socketDir, { recursive: true, force: true });
    lock.release();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`embedded database stopped during start (exit ${code})`)));
      worker.on('message', (m: { type: string; message?: string }) => {
        if (m.type === 'ready') resolve();
        if (m.type === 'error') reject(new Error(`embedded database failed to start: ${m.message}`));
      });
    });
  } catch (err) {
    await worker.terminate();
    cleanup();
    throw err;
  }
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  worker.on('error', (err) => console.error('embedded database worker error:', err));
  let stopped: Promise<void> | undefined;
  return {
    socketDir,
    port: PORT,
    stop() {
      stopped ??= (async () => {
        // Ask the worker to close PGlite cleanly (flushes to disk) before terminating it.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 10_000);
          worker.on('message', (m: { type: string }) => {
            if (m.type === 'stopped') {
              clearTimeout(timer);
              resolve();
            }
          });
          worker.postMessage({ type: 'stop' });
        });
        await worker.terminate();
        cleanup();
      })();
      return stopped;
    },
  };
}
