// Where attachment bytes live: a folder by default, an S3-compatible bucket when configured.
// Keys are content hashes, so the same file uploaded twice is stored once.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface BlobStore {
  readonly kind: 'folder' | 's3';
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** null when there is no such blob. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

const safeKey = (key: string) => {
  if (!/^[a-f0-9]{64}$/.test(key)) throw new Error(`Invalid blob key: ${key}`);
  return key;
};

export function folderBlobStore(root: string): BlobStore {
  const path = (key: string) => join(root, safeKey(key).slice(0, 2), key);
  return {
    kind: 'folder',
    async put(key, bytes) {
      const target = path(key);
      await mkdir(join(root, key.slice(0, 2)), { recursive: true });
      // Write then rename: a crash never leaves half a file under the real name.
      const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(path(key)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(path(key), { force: true });
    },
  };
}
