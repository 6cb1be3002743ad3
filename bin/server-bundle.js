// The server (`lighed serve`) runs as one JavaScript file built from src/ with esbuild, not
// through tsx: tsx's module hooks live in a thread of their own for the life of the process,
// ~40 MB resident that a long-running server does not need (docs/decisions/0007). The file
// is rebuilt when anything under src/ changes, so there is still no build step to remember.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, '.build');

/** What the bundle is built from: every file under src/ (path, size, mtime) and the build settings (this file included). */
function sourceKey(esbuildVersion) {
  const hash = createHash('sha256').update(`esbuild ${esbuildVersion}\n`);
  for (const file of ['tsconfig.json', 'package.json', 'bin/server-bundle.js']) hash.update(readFileSync(join(root, file)));
  const entries = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
  for (const file of entries) {
    const s = statSync(file);
    hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The bundle's URL, built if missing; null if it cannot be built here (the caller runs src/ through tsx). */
export async function serverBundle() {
  try {
    const esbuild = await import('esbuild');
    const key = sourceKey(esbuild.version);
    const file = join(outDir, `server-${key}.mjs`);
    try {
      statSync(join(outDir, `pdf-render-${key}.mjs`));
      statSync(file);
      return pathToFileURL(file).href;
    } catch {}
    // Two files: the server, and the thread it renders PDFs on (src/documents/render/render-thread.ts
    // finds it next to the server's file by the same key).
    const result = await esbuild.build({
      entryPoints: {
        [`server-${key}`]: join(root, 'src', 'cli', 'main.ts'),
        [`pdf-render-${key}`]: join(root, 'src', 'documents', 'render', 'render-worker.ts'),
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Packages stay in node_modules: resolved at run time from .build/, as from src/.
      packages: 'external',
      tsconfig: join(root, 'tsconfig.json'),
      sourcemap: 'linked',
      outdir: outDir,
      outExtension: { '.js': '.mjs' },
      write: false,
      logLevel: 'silent',
    });
    mkdirSync(outDir, { recursive: true });
    // Written under a temporary name and renamed: a second process starting at the same time
    // never imports a half-written file.
    // (The server's file last: a process that finds it finds the worker's too.)
    const serverLast = [...result.outputFiles].sort((a, b) => Number(a.path.includes('/server-')) - Number(b.path.includes('/server-')));
    for (const out of serverLast) {
      const tmp = `${out.path}.${process.pid}.tmp`;
      writeFileSync(tmp, out.contents);
      renameSync(tmp, out.path);
    }
    for (const old of readdirSync(outDir)) {
      const built = /^(?:server|pdf-render)-/.test(old);
      if (built && !old.startsWith(`server-${key}.`) && !old.startsWith(`pdf-render-${key}.`) && !old.endsWith('.tmp')) rmSync(join(outDir, old), { force: true });
    }
    return pathToFileURL(file).href;
  } catch (err) {
    console.error(`Lighed: serveren køres gennem tsx (kunne ikke bygge ${outDir}: ${err instanceof Error ? err.message : String(err)})`);
    return null;
  }
}
