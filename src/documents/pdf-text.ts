// Text out of a PDF with pdfjs-dist (legacy build, which runs on Node 20): lines rebuilt from
// glyph positions, a blank line where the vertical gap says a paragraph ends, and the page
// furniture removed — running headers and footers, "Side X af Y", bare page numbers.
import { AppError } from '../shared/errors.ts';

type TextItem = { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean };

interface Line {
  y: number;
  x: number;
  size: number;
  text: string;
}

async function pdfjs() {
  // Imported on first use: pdf.js is large and most requests never need it.
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

function toLines(items: TextItem[]): Line[] {
  const rows: { y: number; size: number; pieces: { x: number; end: number; str: string }[] }[] = [];
  for (const it of items) {
    if (!it.str) continue;
    const y = it.transform[5]!;
    const x = it.transform[4]!;
    const size = Math.abs(it.transform[3]!) || it.height;
    const piece = { x, end: x + it.width, str: it.str };
    const row = rows.find((l) => Math.abs(l.y - y) < Math.max(2, size * 0.4));
    if (row) row.pieces.push(piece);
    else rows.push({ y, size, pieces: [piece] });
  }
  const lines = rows.map(({ y, size, pieces }) => {
    // In page order, not drawing order: some producers draw a list's bullet after its text.
    pieces.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const p of pieces) {
      // Keep a space between pieces that are apart on the line (e.g. a title and its page number).
      text = p.x - end > 0 && text && !text.endsWith(' ') && !p.str.startsWith(' ') ? `${text} ${p.str}` : `${text}${p.str}`;
      end = Math.max(end, p.end);
    }
    return { y, x: end, size, text };
  });
  return lines.sort((a, b) => b.y - a.y).map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

const furnitureKey = (text: string) => text.replace(/\d+/g, '#');

export interface PdfText {
  text: string;
  pages: number;
}

export async function extractPdfText(bytes: Uint8Array, file: string): Promise<PdfText> {
  const { getDocument } = await pdfjs();
  let doc;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new AppError('validation', 'import.pdf_encrypted', { file });
    throw new AppError('validation', 'import.pdf_invalid', { file, reason: (err as Error).message ?? String(err) });
  }
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let content;
      try {
        const page = await doc.getPage(n);
        content = await page.getTextContent();
      } catch (err) {
        throw new AppError('validation', 'import.pdf_page_unreadable', { file, page: n, reason: (err as Error).message });
      }
      pages.push(toLines(content.items as TextItem[]));
    }
    const chars = pages.reduce((n, p) => n + p.reduce((m, l) => m + l.text.length, 0), 0);
    if (chars < 20) throw new AppError('validation', 'import.pdf_no_text', { file, pages: doc.numPages });
    // Running headers and footers: the first/last lines that recur (numbers aside) on most pages.
    const edgeCounts = new Map<string, number>();
    for (const p of pages) {
      for (const l of new Set([...p.slice(0, 2), ...p.slice(-2)].map((l) => furnitureKey(l.text)))) edgeCounts.set(l, (edgeCounts.get(l) ?? 0) + 1);
    }
    const recurring = (l: Line) => pages.length >= 3 && (edgeCounts.get(furnitureKey(l.text)) ?? 0) >= Math.ceil(pages.length * 0.6);
    const furniture = (l: Line, i: number, p: Line[]) =>
      (i < 2 || i >= p.length - 2) && (recurring(l) || /^(side\s+)?\d+(\s+(af|\/)\s+\d+)?$/i.test(l.text));
    // Where full lines end: a page's last line that reaches it runs on into the next page.
    const ends = pages.flat().map((l) => l.x).sort((a, b) => a - b);
    const rightMargin = ends[Math.floor(ends.length * 0.9)] ?? 0;
    const out: string[] = [];
    for (const p of pages) {
      const kept = p.filter((l, i) => !furniture(l, i, p));
      for (let i = 0; i < kept.length; i++) {
        const l = kept[i]!;
        const prev = kept[i - 1];
        // A gap clearly wider than the line spacing ends a paragraph.
        if (prev && prev.y - l.y > Math.max(prev.size, l.size) * 1.75) out.push('');
        out.push(l.text);
      }
      const last = kept[kept.length - 1];
      if (!last || last.x < rightMargin * 0.9) out.push('');
    }
    return { text: out.join('\n'), pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
