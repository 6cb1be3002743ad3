// A scanned page's OCR text layer, as Tesseract or ABBYY write it over the page image: invisible text
// (render mode 3), each word placed on its own and stretched (Tz) to the box the recogniser found for it,
// its size and baseline wandering a little from word to word, a line scanned askew climbing across the page.
// The image itself is left out: reading a PDF uses its text, never its pictures. Options add what scans and
// case systems put on a page besides: a page turned on its side, a case number printed up the margin, a diagonal
// watermark.

/** Windows-1252 bytes, as the standard fonts' WinAnsiEncoding reads them (anything else becomes "?"). */
function winAnsi(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
}

/** A string for a PDF content stream: (…) with its backslashes and parentheses escaped. */
const pdfString = (word: string) => Buffer.concat([Buffer.from('('), Buffer.from(winAnsi(word).toString('latin1').replace(/[\\()]/g, '\\$&'), 'latin1'), Buffer.from(')')]);

/** Text lines wrapped at `width` characters, as a printed page has them. */
export function wrapLines(text: string, width = 85): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    for (const word of line.split(/\s+/).filter(Boolean)) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
  }
  return out;
}

export interface OcrOptions {
  /** How far (points) a word's baseline may lie above or below its line's. */
  jitter: number;
  /** How many points a line climbs for every 100 points across (a page scanned askew). */
  skew: number;
  seed?: number;
  /** Every line drawn turned a quarter to the left on a landscape page (a scan fed in sideways). */
  turned?: boolean;
  /** Printed up the left margin of every page. */
  margin?: string;
  /** Printed diagonally across the middle of every page. */
  watermark?: string;
}

/** A PDF with only an OCR text layer for the given lines (A4, 10 pt, 14 pt apart, about 50 lines a page). */
export function ocrLayerPdf(lines: string[], options: OcrOptions): Buffer {
  let state = options.seed ?? 1;
  // A small deterministic generator (mulberry32): the same PDF every run.
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let r = Math.imul(state ^ (state >>> 15), 1 | state);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const between = (a: number, b: number) => a + (b - a) * random();
  const pages: Buffer[][] = [[]];
  let y = 800;
  for (const line of lines) {
    if (y < 80) {
      pages.push([]);
      y = 800;
    }
    y -= line.trim() ? 14 : 8;
    let x = 72;
    for (const word of line.split(/\s+/).filter(Boolean)) {
      const size = 10 + between(-0.6, 0.6);
      const box = word.length * 10 * 0.52 * between(0.95, 1.05);
      // Courier's glyphs are all 0.6 em wide, so the stretch that fits the word to its box is known.
      const stretch = (box / (word.length * 0.6 * size)) * 100;
      const baseline = y + between(-options.jitter, options.jitter) + (options.skew * (x - 72)) / 100;
      // (Turned: what reads left to right runs up the page, and the lines follow one another rightwards.)
      const at = options.turned ? `0 1 -1 0 ${(842 - baseline).toFixed(2)} ${x.toFixed(2)}` : `1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)}`;
      pages[pages.length - 1]!.push(Buffer.concat([Buffer.from(`BT 3 Tr /F1 ${size.toFixed(2)} Tf ${stretch.toFixed(1)} Tz ${at} Tm `), pdfString(word), Buffer.from(' Tj ET')]));
      x += box + 10 * between(0.22, 0.4);
    }
  }
  const objects: Buffer[] = [Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'), Buffer.alloc(0), Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>')];
  const kids: number[] = [];
  for (const ops of pages) {
    if (options.margin) ops.unshift(Buffer.concat([Buffer.from('BT /F1 8 Tf 0 1 -1 0 40 300 Tm '), pdfString(options.margin), Buffer.from(' Tj ET')]));
    if (options.watermark) ops.splice(ops.length >> 1, 0, Buffer.concat([Buffer.from('BT /F1 60 Tf 0.707 0.707 -0.707 0.707 150 250 Tm '), pdfString(options.watermark), Buffer.from(' Tj ET')]));
    const content = Buffer.concat(ops.flatMap((o) => [o, Buffer.from('\n')]));
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]));
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${options.turned ? '842 595' : '595 842'}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`));
    kids.push(objects.length);
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}
