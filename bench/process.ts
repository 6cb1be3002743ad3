// Starting and stopping servers for the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export const root = new URL('..', import.meta.url).pathname;

export async function waitForPage(url: string, deadlineMs = 60_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.status === 200) {
        await r.arrayBuffer();
        return;
      }
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`no page at ${url}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let nextPort = 3900;
/** Spawns node with args and waits until GET / answers 200. */
export async function timeStart(args: string[], env: Record<string, string>): Promise<{ ms: number; child: ChildProcess; url: string }> {
  const port = nextPort++;
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, PORT: String(port), LIGHED_LOG: 'silent', ...env }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  await waitForPage(url);
  return { ms: performance.now() - t0, child, url };
}

export async function stop(child: ChildProcess): Promise<void> {
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}
