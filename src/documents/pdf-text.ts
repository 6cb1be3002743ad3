// Text out of a PDF with pdfjs-dist (legacy build, which runs on Node 20): lines rebuilt from
// glyph positions, a blank line where the vertical gap says a paragraph ends, and the page
// furniture removed — running headers and footers, "Side X af Y", bare page numbers.
// pdf.js itself runs in pdf-worker.mjs, a thread started on first use and stopped when idle.
import { Worker } from 'node:worker_threads';
import { AppError } from '../shared/errors.ts';
import { projectPath } from '../shared/paths.ts';
import { furnitureMask, meetingPageIndexes } from './page-furniture.ts';
import { labelColumns, toLines, type Line, type TextItem } from './pdf-lines.ts';
import { superscript } from './parse/characters.ts';

export type { TextItem } from './pdf-lines.ts';

/** How long one PDF may take to read before it is refused (and its thread stopped). */
const READ_LIMIT_MS = 120_000;
/** A thread idle this long is stopped: the server keeps no pdf.js heap between uploads. */
const IDLE_MS = 10_000;
/** A PDF that needs more heap than this to read is refused rather than taking the server's memory. */
const HEAP_MB = 1024;

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 0;

function stopWorker() {
  void worker?.terminate();
  worker = null;
}

type WorkerAnswer = { id: number; pages?: TextItem[][]; error?: { kind: 'encrypted' | 'invalid' | 'page'; page?: number; reason: string } };

/** Each page's text items, read in the PDF thread; one PDF at a time. */
function readTextItems(bytes: Uint8Array, file: string, limitMs: number): Promise<TextItem[][]> {
  const read = () => new Promise<TextItem[][]>((resolve, reject) => {
    if (idleTimer) clearTimeout(idleTimer);
    if (!worker) {
      worker = new Worker(projectPath('src', 'documents', 'pdf-worker.mjs'), { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
      // A CLI run ends when its work does, not when the idle timer fires.
      worker.unref();
    }
    const w = worker;
    const id = ++nextId;
    const done = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const tooMuch = () => new AppError('validation', 'import.pdf_too_demanding', { file, seconds: Math.round(limitMs / 1000) });
    const timer = setTimeout(() => {
      done();
      stopWorker();
      reject(tooMuch());
    }, limitMs);
    const onMessage = (m: WorkerAnswer) => {
      if (m.id !== id) return;
      done();
      if (!m.error) return resolve(m.pages!);
      if (m.error.kind === 'encrypted') return reject(new AppError('validation', 'import.pdf_encrypted', { file }));
      if (m.error.kind === 'page') return reject(new AppError('validation', 'import.pdf_page_unreadable', { file, page: m.error.page!, reason: m.error.reason }));
      reject(new AppError('validation', 'import.pdf_invalid', { file, reason: m.error.reason }));
    };
    // Out of memory (the heap limit) or a crash in pdf.js: this PDF is refused, the next gets a new thread.
    const onError = () => {
      done();
      stopWorker();
      reject(tooMuch());
    };
    const onExit = () => {
      done();
      worker = null;
      reject(tooMuch());
    };
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    // A copy of its own, handed over without a second copy.
    const copy = new Uint8Array(bytes);
    w.postMessage({ id, bytes: copy }, [copy.buffer]);
  }).finally(() => {
    idleTimer = setTimeout(stopWorker, IDLE_MS);
    idleTimer.unref();
  });
  const result = queue.then(read, read);
  queue = result.catch(() => undefined);
  return result;
}

export interface PdfText {
  text: string;
  pages: number;
  /** With `meeting`: which pages (from 0) are the meeting's document (the others are bound in with it). */
  meetingPages: number[];
}

/**
 * A PDF's text. `meeting`: the file is an agenda or minutes, so only its own pages are read, not documents bound in
 * with them (an attachment's PDF is read whole).
 */
export async function extractPdfText(bytes: Uint8Array, file: string, options: { limitMs?: number; meeting?: boolean } = {}): Promise<PdfText> {
  const items = await readTextItems(bytes, file, options.limitMs ?? READ_LIMIT_MS);
  const read = options.meeting ? meetingTextFromItems(items) : { text: textFromItems(items), meetingPages: items.map((_, i) => i) };
  // Composed letters, as decodeText gives for text files.
  const text = read.text.normalize('NFC');
  const ink = text.replace(/\s/g, '');
  if (ink.length < 20) throw new AppError('validation', 'import.pdf_no_text', { file, pages: items.length });
  // Fonts without a map from their glyphs to letters give glyph numbers (control characters, private-use codes):
  // text no one can read, which would otherwise import as a meeting with no items, or as gibberish.
  const unreadable = ink.match(/[\p{Cc}\p{Co}\p{Cn}\uFFFD]/gu)?.length ?? 0;
  if (unreadable > ink.length * 0.3) throw new AppError('validation', 'import.pdf_unreadable_text', { file });
  return { text, pages: items.length, meetingPages: read.meetingPages };
}

/** The usual distance between the baselines of a paragraph's lines, in font sizes (null: too few lines to tell). */
function lineSpacing(pages: Line[][]): number | null {
  const ratios: number[] = [];
  for (const p of pages) {
    for (let i = 1; i < p.length; i++) {
      const a = p[i - 1]!;
      const b = p[i]!;
      const r = (a.y - b.y) / b.size;
      if (Math.abs(a.size - b.size) < 0.5 && r >= 1 && r <= 3) ratios.push(r);
    }
  }
  if (ratios.length < 8) return null;
  return ratios.sort((x, y) => x - y)[Math.floor(ratios.length / 2)]!;
}

/**
 * A page's footnotes ("1 Beløbet er i 2027-priser." in small type at its foot) moved to follow the paragraph whose
 * mark ("årligt¹") they explain, numbered as the mark is: at the foot they ran into whatever section the page ended
 * in. Each note goes after its own mark's paragraph. The lines moved are returned too, and the first line of each
 * note, so that every note stands as a paragraph of its own.
 */
function footnotesAfterTheirMarks(p: Line[], gap: (a: Line, b: Line) => boolean): { lines: Line[]; moved: Set<Line>; starts: Set<Line> } {
  const none = { lines: p, moved: new Set<Line>(), starts: new Set<Line>() };
  const marks = new Set(p.flatMap((l) => l.marks ?? []));
  if (marks.size === 0) return none;
  const marked = p.findIndex((l) => l.marks);
  const body = p[marked]!.size;
  // The block of small lines that ends the page, opening with a note whose number is one of the page's marks.
  let from = p.length;
  while (from > marked + 1 && p[from - 1]!.size <= body * 0.95) from--;
  const opens = (l: Line) => /^(\d{1,2})\s+\S/.exec(l.text)?.[1];
  if (from === p.length || !marks.has(opens(p[from]!) ?? '')) return none;
  // The notes, each from the line that opens it with a mark of the page's not yet seen ("2019 …" on a note's second
  // line opens nothing) to the next.
  const notes: { mark: string; lines: Line[] }[] = [];
  for (const l of p.slice(from)) {
    const n = opens(l);
    const opening = n !== undefined && marks.has(n) && !notes.some((x) => x.mark === n);
    if (opening) notes.push({ mark: n, lines: [] });
    notes.at(-1)!.lines.push(opening ? { ...l, text: l.text.replace(/^(\d{1,2})\s+/, (_, d: string) => `${superscript(d)} `) } : l);
  }
  // Each note after the last line of the paragraph holding its mark.
  const after = new Map<number, Line[]>();
  for (const note of notes) {
    let end = p.findIndex((l, i) => i < from && l.marks?.includes(note.mark));
    while (end + 1 < from && !gap(p[end]!, p[end + 1]!)) end++;
    after.set(end, [...(after.get(end) ?? []), ...note.lines]);
  }
  const lines = p.slice(0, from).flatMap((l, i) => [l, ...(after.get(i) ?? [])]);
  return { lines, moved: new Set(notes.flatMap((n) => n.lines)), starts: new Set(notes.map((n) => n.lines[0]!)) };
}

/** Each page's text items as the document's text: lines, paragraph breaks, no page furniture. */
export function textFromItems(items: TextItem[][]): string {
  return readPages(items.map(toLines));
}

/** The meeting's own pages as its text, and which pages they are (see meetingPageIndexes). */
export function meetingTextFromItems(items: TextItem[][]): { text: string; meetingPages: number[] } {
  const pages = items.map(toLines);
  const meetingPages = meetingPageIndexes(pages.map((p) => p.map((l) => l.text)));
  return { text: readPages(meetingPages.map((i) => pages[i]!)), meetingPages };
}

function readPages(pages: Line[][]): string {
  const masks = furnitureMask(pages.map((p) => p.map((l) => l.text)));
  // Where full lines end: a page's last line that reaches it runs on into the next page.
  const ends = pages.flat().map((l) => l.x).sort((a, b) => a - b);
  const rightMargin = ends[Math.floor(ends.length * 0.9)] ?? 0;
  const kept = pages.map((p, n) => p.filter((_, i) => !masks[n]![i]));
  // A gap clearly wider than the line spacing ends a paragraph: 1.75 font sizes, or less where the
  // document sets its lines close and its paragraphs only a few points apart (Word's "spacing after").
  const usual = lineSpacing(kept);
  const breakAt = Math.min(1.75, usual === null ? 1.75 : usual * 1.2);
  // A full page's last line sits at the foot of the text area; a page whose last line, ending a sentence, stands
  // a line or more above it was ended early, before the next paragraph (which did not fit, or would have left
  // a line alone): its paragraph ends there even though its last line is full.
  const foot = kept.slice(0, -1).reduce((m, p) => Math.min(m, p[p.length - 1]?.y ?? Number.POSITIVE_INFINITY), Number.POSITIVE_INFINITY);
  const endsEarly = (l: Line) => /[.!?]["”)]?$/.test(l.text) && l.y - foot >= l.size;
  const out: string[] = [];
  // A change of type size ends a paragraph too: a title set larger runs straight into its text in some layouts.
  const gap = (a: Line, b: Line) => a.y - b.y > Math.max(a.size, b.size) * breakAt || Math.abs(a.size - b.size) > Math.max(a.size, b.size) * 0.15;
  for (const page of kept) {
    const { lines: p, moved, starts } = footnotesAfterTheirMarks(page, gap);
    // A page number beside the first line of an entry that wraps ("1. Fællesmøde mellem … 2" / "(kl. 13-14)", a
    // table's top-aligned cell) belongs after its last line, where a contents line has it.
    // (The entry runs on while the next line follows without a gap and stays left of the number.)
    const runsOn = (l: Line, next: Line | undefined, column: number) => !!next && !next.tail && !gap(l, next) && next.x < column;
    let held: { str: string; x: number } | null = null;
    const blocks = labelColumns(p, gap);
    for (let i = 0; i < p.length; i++) {
      const l = p[i]!;
      const prev = p[i - 1];
      const next = p[i + 1];
      if (prev && (gap(prev, l) || moved.has(l) !== moved.has(prev) || starts.has(l))) out.push('');
      const block = blocks.get(i);
      if (block) {
        out.push(block.lines.join('\n'), '');
        i = block.end;
        continue;
      }
      if (!held && l.tail && runsOn(l, next, l.tail.x)) {
        held = l.tail;
        out.push(l.text.slice(0, l.text.length - l.tail.str.length).trimEnd());
        continue;
      }
      out.push(l.text);
      if (held && !runsOn(l, next, held.x)) {
        out[out.length - 1] += ` ${held.str}`;
        held = null;
      }
    }
    const last = p[p.length - 1];
    if (!last || last.x < rightMargin * 0.9 || endsEarly(last)) out.push('');
  }
  return out.join('\n');
}
