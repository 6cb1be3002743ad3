import { readFileSync } from 'node:fs';
import { projectPath } from '../shared/paths.ts';

/** How this process runs Lighed: the bundle `lighed serve` builds (bin/server-bundle.js), or src/ through tsx. */
export const codeForm: 'bundle' | 'tsx' = import.meta.url.endsWith('.ts') ? 'tsx' : 'bundle';

export function packageVersion(): string {
  return (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string }).version;
}

/** The commit this checkout runs, read from .git without spawning git; LIGHED_COMMIT wins (for builds without .git). */
export function currentCommit(env = process.env): string | null {
  if (env.LIGHED_COMMIT) return env.LIGHED_COMMIT;
  try {
    const head = readFileSync(projectPath('.git', 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = head.slice(5);
    try {
      return readFileSync(projectPath('.git', ref), 'utf8').trim();
    } catch {
      const packed = readFileSync(projectPath('.git', 'packed-refs'), 'utf8');
      return packed.split('\n').find((l) => l.endsWith(` ${ref}`))?.split(' ')[0] ?? null;
    }
  } catch {
    return null;
  }
}
