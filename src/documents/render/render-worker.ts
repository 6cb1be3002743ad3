// The PDF renderer's thread: pdfmake lays out a document synchronously (~0.25 s for 30 items, seconds
// for hundreds), which on the server's own thread would hold every other request meanwhile.
import { parentPort } from 'node:worker_threads';
import { renderPdf } from './pdf.ts';
import type { RenderModel } from './model.ts';

parentPort!.on('message', (job: { id: number; model: RenderModel }) => {
  renderPdf(job.model).then(
    (pdf) => {
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      parentPort!.postMessage({ id: job.id, pdf: bytes });
    },
    (err: unknown) => parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.stack ?? err.message : String(err) }),
  );
});
