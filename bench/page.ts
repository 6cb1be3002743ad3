// A public meeting page under wrk for 10 s on loopback, next to nginx (Debian's package) serving
// the same HTML bytes as a static file. Both single-process: Lighed's one Node process (with its
// embedded database in a worker thread) against one nginx worker. Usage: see bench/README.md.
//   node --import tsx bench/page.ts                 (embedded; needs wrk and nginx: apt-get install wrk nginx-light)
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stop, timeStart, waitForPage } from './process.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'lighed-bench-page-'));
chmodSync(dir, 0o755); // nginx's workers run as an unprivileged user
const env: Record<string, string> = process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : { LIGHED_DATA_DIR: join(dir, 'data') };
const app = await timeStart(['bin/lighed.js', 'serve'], env);

interface Wrk { rps: number; p50: number; p99: number; errors: number }
function wrk(url: string): Wrk {
  const out = execFileSync('wrk', ['-t2', '-c16', `-d${seconds}s`, '--latency', url], { encoding: 'utf8' });
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out)!;
    return Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1);
  };
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)![1]), p50: ms('50'), p99: ms('99'), errors: errors ? Number(errors[1]) : 0 };
}

try {
  // The demo's 27-08-2025 committee meeting (seed 001): its public page, as a visitor gets it.
  const home = await (await fetch(app.url)).text();
  const calendar = await (await fetch(`${app.url}kalender?maaned=2025-08&visning=liste`)).text();
  const id = /href="\/moeder\/([0-9a-f-]{36})"/.exec(calendar)?.[1];
  if (!id || !home) throw new Error('no meeting in the demo');
  const pageUrl = `${app.url}moeder/${id}`;
  const html = await (await fetch(pageUrl)).text();
  writeFileSync(join(dir, 'page.html'), html);
  const port = 3990;
  writeFileSync(join(dir, 'nginx.conf'), `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/nginx.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:${port}; root ${dir}; location / { default_type text/html; } } }
`);
  const nginx = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  try {
    await waitForPage(`http://127.0.0.1:${port}/page.html`);
    wrk(pageUrl); // warm-up, also fills the page cache
    // Two cores shared with wrk make single runs swing by ±10 %: alternate the two servers over
    // several rounds and compare the middle runs.
    const ours: Wrk[] = [];
    const theirs: Wrk[] = [];
    for (let round = 0; round < rounds; round++) {
      ours.push(wrk(pageUrl));
      theirs.push(wrk(`http://127.0.0.1:${port}/page.html`));
    }
    const mid = (runs: Wrk[]) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]!;
    const [o, t] = [mid(ours), mid(theirs)];
    const f = (n: number, d = 1) => n.toFixed(d);
    console.error(`rounds: Lighed ${ours.map((r) => f(r.rps, 0)).join(', ')}; nginx ${theirs.map((r) => f(r.rps, 0)).join(', ')} req/s`);
    console.log(`| public meeting page (${(html.length / 1024).toFixed(0)} KB), ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded'}, wrk 2 threads × 16 connections, ${seconds} s, middle of ${rounds} | ${f(o.rps, 0)} req/s, p50 ${f(o.p50, 2)} / p99 ${f(o.p99, 2)} ms | nginx ${f(t.rps, 0)} req/s, p50 ${f(t.p50, 2)} / p99 ${f(t.p99, 2)} ms | ${f((100 * o.rps) / t.rps, 0)} % of nginx's rate | errors ${ours.reduce((n, r) => n + r.errors, 0)} |`);
  } finally {
    nginx.kill('SIGQUIT');
  }
} finally {
  await stop(app.child);
  rmSync(dir, { recursive: true, force: true });
}
