// One process per embedded data folder: PGlite would corrupt a folder two processes write to.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../shared/errors.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, 'lighed.lock');
  const content = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, content);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        // An unreadable lock is a crash mid-write: treat as stale.
      }
      const sameHost = !holder.host || holder.host === hostname();
      if (holder.pid && sameHost && holder.pid !== process.pid && alive(holder.pid)) {
        throw new AppError('data_dir_locked', 'error.data_dir_locked', { dir: dataDir, pid: holder.pid });
      }
      if (holder.pid === process.pid) {
        throw new AppError('data_dir_locked', 'error.data_dir_locked', { dir: dataDir, pid: holder.pid });
      }
      // The holder is gone (crash, kill -9): take the folder over.
      rmSync(path, { force: true });
    }
  }
  throw new AppError('data_dir_locked', 'error.data_dir_locked', { dir: dataDir, pid: '?' });
}
