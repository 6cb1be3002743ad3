import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../shared/paths.ts';

const root = pathToFileURL(`${projectRoot}/`);

/** How this process runs Lighed: the bundle `lighed serve` builds (bin/server-bundle.js), or src/ through tsx. */
export const codeForm: 'bundle' | 'tsx' = import.meta.url.endsWith('.ts') ? 'tsx' : 'bundle';

export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }).version;
}

/** The commit this checkout runs, read from .git without spawning git; LIGHED_COMMIT wins (for builds without .git). */
export function currentCommit(env = process.env): string | null {
  if (env.LIGHED_COMMIT) return env.LIGHED_COMMIT;
  try {
    const head = readFileSync(new URL('.git/HEAD', root), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = head.slice(5);
    try {
      return readFileSync(new URL(`.git/${ref}`, root), 'utf8').trim();
    } catch {
      const packed = readFileSync(new URL('.git/packed-refs', root), 'utf8');
      return packed.split('\n').find((l) => l.endsWith(` ${ref}`))?.split(' ')[0] ?? null;
    }
  } catch {
    return null;
  }
}
