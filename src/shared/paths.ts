// Where the project's own files are (migrations, seeds, public assets, the database worker).
// Found from the package.json rather than from this module's folder, because the server also
// runs as one bundled file from .build/ (bin/server-bundle.js), one level below the root.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = dirname(fileURLToPath(from)); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'lighed') return dir;
    if (dirname(dir) === dir) throw new Error(`Lighed's package.json not found above ${from}`);
  }
}

export const projectRoot = findRoot(import.meta.url);

/** A path inside the project, e.g. projectPath('drizzle'). */
export const projectPath = (...parts: string[]) => join(projectRoot, ...parts);
