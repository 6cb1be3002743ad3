// The server renders PDFs on a thread of its own (render-worker.ts), started on the first PDF and
// stopped after a while without one: pdfmake adds ~65 MB that a server answering pages need not keep.
import { Worker } from 'node:worker_threads';
import type { RenderModel } from './model.ts';

const IDLE_MS = 60_000;

/** The worker's file: next to the server's bundle when it runs as one (bin/server-bundle.js), else the tsx entry. */
function workerUrl(): URL {
  const bundled = /\/\.build\/server-([0-9a-f]+)\.mjs$/.exec(import.meta.url);
  return bundled ? new URL(`pdf-render-${bundled[1]}.mjs`, import.meta.url) : new URL('./render-worker-tsx.mjs', import.meta.url);
}

interface Pending { resolve: (pdf: Uint8Array) => void; reject: (err: Error) => void }

export class PdfThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;

  render(model: RenderModel): Promise<Uint8Array> {
    const worker = this.start();
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, model });
    });
  }

  /** Stops the thread now (the server's shutdown); renders under way fail. */
  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (this.idle) clearTimeout(this.idle);
    if (w) await w.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerUrl());
    // The thread never keeps the process alive by itself.
    worker.unref();
    worker.on('message', (m: { id: number; pdf?: Uint8Array; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.pdf) p?.resolve(m.pdf);
      else p?.reject(new Error(`PDF rendering failed: ${m.error}`));
      if (this.pending.size === 0 && this.worker === worker) this.idle = setTimeout(() => void this.stop(), IDLE_MS).unref();
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`PDF thread exited (${code})`)));
    this.worker = worker;
    return worker;
  }
}
