// Reads the text content of PDFs with pdf.js in a thread of its own. Uploaded PDFs are untrusted
// and can be large: their reading must not stall the server's event loop, grow its heap for good,
// or hang it. pdf-text.ts drives this thread, with a time limit, and rebuilds lines from the items.
//
// Plain JavaScript for the same reason as the database worker: a TypeScript worker would need a
// loader thread of its own (Node 20 does not pass --import hooks to workers).
import { parentPort } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const reason = (err) => (err && typeof err === 'object' && 'message' in err ? String(err.message) : String(err));

parentPort.on('message', async ({ id, bytes }) => {
  let doc;
  try {
    doc = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    parentPort.postMessage({ id, error: { kind: err?.name === 'PasswordException' ? 'encrypted' : 'invalid', reason: reason(err) } });
    return;
  }
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        // Only what line assembly uses: the items cross the thread boundary by copy.
        pages.push(content.items.filter((it) => it.str).map(({ str, transform, width, height }) => ({ str, transform, width, height })));
        page.cleanup();
      } catch (err) {
        parentPort.postMessage({ id, error: { kind: 'page', page: n, reason: reason(err) } });
        return;
      }
    }
    parentPort.postMessage({ id, pages });
  } finally {
    await doc.destroy();
  }
});
