// A PDF page's lines from pdf.js's text items: pieces grouped into rows from the top of the page down, in the
// direction the page's text runs, joined into text; a section's heading in a column beside its text put over it,
// and bare labels side by side ("Afbud:" beside "Fraværende:") read a column at a time. pdf-text.ts makes
// paragraphs of them.
import { isHeading } from './parse/headings.ts';
import { superscript } from './parse/characters.ts';

/** A piece of text as pdf.js gives it: the string, its text matrix (position, size, angle), its width. */
export type TextItem = { str: string; transform: number[]; width: number; height: number };

export interface Line {
  y: number;
  /** Where the line's text ends. */
  x: number;
  /** Where it begins. */
  start: number;
  size: number;
  text: string;
  /** A number standing apart at the right (a page number column), with where it starts. */
  tail?: { str: string; x: number };
  /** The line's parts where wide gaps part it (a table's columns), each with where it starts; only when there are several. */
  columns?: { x: number; text: string }[];
  /** The footnote marks in the line ("1" for "årligt¹"). */
  marks?: string[];
  /** Facts side by side ("Mødedato: …   Mødetidspunkt: …"), each with where it starts. */
  cells?: { x: number; text: string }[];
  /** A few words, a clear gap, then text: maybe a heading in a column of its own beside its text's first line. */
  beside?: { lead: string; end: number; textAt: number; rest: string };
}

/** A page's text items as its lines, from the top down. */
export function toLines(items: TextItem[]): Line[] {
  type Piece = { x: number; y: number; end: number; str: string; size: number };
  // A page's text runs one way: most of its letters' (a landscape table drawn turned on a portrait page runs upwards).
  // Text at another angle is no part of it: a case number printed up the margin, a diagonal "UDKAST" across the page.
  const quarter = (it: TextItem) => {
    const turns = Math.atan2(it.transform[1]!, it.transform[0]!) / (Math.PI / 2);
    return Math.abs(turns - Math.round(turns)) < 0.03 ? (((Math.round(turns) % 4) + 4) % 4) : -1;
  };
  const letters = [0, 0, 0, 0];
  for (const it of items) if (it.str && quarter(it) >= 0) letters[quarter(it)]! += it.str.trim().length;
  const way = letters.indexOf(Math.max(...letters));
  const [cos, sin] = [[1, 0], [0, 1], [-1, 0], [0, -1]][way]!;
  const pieces: Piece[] = [];
  for (const it of items) {
    if (!it.str || quarter(it) !== way) continue;
    // Where the piece stands when the page is turned so that its text reads left to right.
    const [px, py] = [it.transform[4]!, it.transform[5]!];
    const x = px * cos! + py * sin!;
    const y = -px * sin! + py * cos!;
    const size = Math.abs(it.transform[way % 2 ? 2 : 3]!) || it.height;
    pieces.push({ x, y, end: x + it.width, str: it.str, size });
  }
  // Rows from the top of the page down: a piece starts a new row where it lies clearly below the piece above it.
  // (Not by distance to a row's first piece: an OCR'd scan's words wander up and down their line, and a line
  // scanned askew climbs across the page; the next line still lies a clear gap below.)
  pieces.sort((a, b) => b.y - a.y);
  const rows: { pieces: Piece[] }[] = [];
  for (const p of pieces) {
    const row = rows[rows.length - 1];
    const above = row?.pieces[row.pieces.length - 1];
    // (Measured in the larger type: a footnote mark set small stands half a line above its text.)
    if (row && above && above.y - p.y < Math.max(2, Math.max(above.size, p.size) * 0.4)) row.pieces.push(p);
    else rows.push({ pieces: [p] });
  }
  const lines = rows.map(({ pieces }) => {
    // The line's type size is its text's, not a bullet's or a footnote mark's drawn in another size.
    const main = pieces.reduce((a, b) => (b.str.trim().length > a.str.trim().length ? b : a));
    const size = main.size;
    // The row's baseline: its text's, not a footnote mark's above it (each piece weighed by its length).
    const weight = pieces.reduce((n, p) => n + p.str.length, 0);
    const y = pieces.reduce((n, p) => n + p.y * p.str.length, 0) / weight;
    // A footnote's mark, or a power ("m2"): digits in small type raised above the text, written as such ("årligt¹").
    const marks: string[] = [];
    for (const p of pieces) {
      if (/^\d{1,2}$/.test(p.str.trim()) && p.size <= size * 0.8 && p.y - y >= size * 0.25 && p.y - y <= size) {
        marks.push(p.str.trim());
        p.str = superscript(p.str.trim());
      }
    }
    // In page order, not drawing order: some producers draw a list's bullet after its text.
    pieces.sort((a, b) => a.x - b.x);
    // Keep a space between pieces that are apart on the line (e.g. a title and its page number), not
    // between pieces that touch: a ligature drawn on its own ("geogra" + "fi") ends where it starts.
    const text = joinPieces(pieces, size);
    const end = pieces.reduce((m, p) => Math.max(m, p.end), Number.NEGATIVE_INFINITY);
    // The line's parts where wide gaps part it. (Measured between pieces of text: pdf.js fills a wide gap with a
    // space of its own.)
    const groups: (typeof pieces)[] = [];
    let inked = Number.NEGATIVE_INFINITY;
    for (const p of pieces.filter((q) => q.str.trim())) {
      if (!groups.length || p.x - inked > size * 4) groups.push([]);
      groups[groups.length - 1]!.push(p);
      inked = Math.max(inked, p.end);
    }
    const columns = groups.map((g) => ({ x: g[0]!.x, text: joinPieces(g, size) }));
    const cells = labelledCells(pieces, size);
    // (A row of bare labels side by side is no heading beside its text: labelColumns reads those.)
    const beside = columns.length > 1 && columns.every((c) => BARE_LABEL.test(c.text)) ? null : leadBeside(pieces, size);
    const line: Line = { y, x: end, start: pieces.find((p) => p.str.trim())?.x ?? pieces[0]!.x, size, text, ...(columns.length > 1 ? { columns } : {}), ...(beside ? { beside } : {}), ...(cells ? { cells } : {}), ...(marks.length ? { marks } : {}) };
    const last = pieces[pieces.length - 1]!;
    const before = pieces.length > 1 ? pieces.slice(0, -1).reduce((m, p) => Math.max(m, p.end), Number.NEGATIVE_INFINITY) : null;
    if (before !== null && /^\s*\d{1,3}\s*$/.test(last.str) && last.x - before > size * 2) line.tail = { str: last.str.trim(), x: last.x };
    return line;
  });
  const sorted = lines.sort((a, b) => b.y - a.y).map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
  return factsSideBySide(headingsBeside(sorted));
}

/**
 * A section's heading in a column of its own beside the start of its text ("Sagsfremstilling   Forvaltningen har …",
 * a table of heading and text): a line of its own, over the text — also a heading wrapped over two lines of its
 * column ("Praktiske" / "oplysninger").
 */
function headingsBeside(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const b = l.beside;
    if (!b) {
      out.push(l);
      continue;
    }
    const rest = { ...l, start: b.textAt, text: b.rest, beside: undefined, columns: undefined };
    if (isHeading(b.lead)) {
      out.push({ ...l, x: b.end, text: b.lead, beside: undefined, columns: undefined }, rest);
      continue;
    }
    // The heading's second line: beside the text's second line, or alone under the first.
    const next = lines[i + 1];
    const under = next && Math.abs(next.start - l.start) < l.size && l.y - next.y < l.size * 2 ? next : null;
    const second = under?.beside && Math.abs(under.beside.textAt - b.textAt) < l.size ? under.beside.lead : under && !under.beside && under.x < b.textAt ? under.text : null;
    if (second !== null && isHeading(`${b.lead} ${second}`)) {
      out.push({ ...l, x: b.end, text: `${b.lead} ${second}`, beside: undefined, columns: undefined }, rest);
      if (under!.beside) out.push({ ...under!, start: b.textAt, text: under!.beside.rest, beside: undefined, columns: undefined });
      i++;
      continue;
    }
    out.push({ ...l, beside: undefined });
  }
  return out;
}

/** Pieces of one line as its text: a space between pieces apart, none between pieces that touch. */
function joinPieces(pieces: { x: number; end: number; str: string }[], size: number): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const p of pieces) {
    text = p.x - end > size * 0.1 && text && !text.endsWith(' ') && !p.str.startsWith(' ') ? `${text} ${p.str}` : `${text}${p.str}`;
    end = Math.max(end, p.end);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A few words at the start of a line with a clear gap (1.5 type sizes: wider than any word space) before the rest: a
 * heading's column beside its text, maybe. The words, where they end, where the text beside starts, and that text.
 */
function leadBeside(pieces: { x: number; end: number; str: string }[], size: number): Line['beside'] {
  let lead = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const [n, p] of pieces.entries()) {
    if (!p.str.trim()) continue;
    if (lead && p.x - end > size * 1.5) return { lead: lead.replace(/\s+/g, ' ').trim(), end, textAt: p.x, rest: joinPieces(pieces.slice(n), size) };
    lead = lead && p.x - end > size * 0.1 ? `${lead} ${p.str}` : `${lead}${p.str}`;
    end = Math.max(end, p.end);
    // (Headings are short: no need to look further along a line of text.)
    if (lead.length > 40) return undefined;
  }
  return undefined;
}

// "Mødested: Rådhuset": a label and its value.
const LABELLED = /^[A-ZÆØÅ][\p{L} .]{1,30}:\s*\S/u;
const LABEL_START = /^[A-ZÆØÅ][\p{L} .]{1,30}:/u;

/**
 * Facts side by side, each a label and its value ("Mødedato: 14. januar 2027   Mødetidspunkt: Kl. 15:00"): the
 * line's cells, cut where a piece begins with a label after a gap wider than a word space (0.8 type sizes; a table's
 * cells are drawn apart). Null unless the line begins with a label and has another.
 */
function labelledCells(pieces: { x: number; end: number; str: string }[], size: number): Line['cells'] {
  const inked = pieces.filter((p) => p.str.trim());
  const cells: (typeof inked)[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const p of inked) {
    if (!cells.length || (p.x - end > size * 0.8 && LABEL_START.test(p.str.trim()))) cells.push([]);
    cells[cells.length - 1]!.push(p);
    end = Math.max(end, p.end);
  }
  if (cells.length < 2) return undefined;
  const out = cells.map((c) => ({ x: c[0]!.x, text: joinPieces(c, size) }));
  return out.every((c) => LABELLED.test(c.text)) ? out : undefined;
}

/**
 * A row of facts side by side: a line each, in the row's order; a value wrapped onto the next line in its cell's
 * column ("Mødested: Konferencelokalet, Regionshuset" / "Viborg") is put back at the end of its fact.
 */
function factsSideBySide(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.cells) {
      out.push(l);
      continue;
    }
    const facts = l.cells.map((c, n) => ({ ...l, start: c.x, x: l.cells![n + 1]?.x ?? l.x, text: c.text, cells: undefined, columns: undefined, beside: undefined }));
    // (The next lines, as long as each starts in one of the cells' columns, close below and is no fact of its own.)
    let last = l;
    while (lines[i + 1] && !lines[i + 1]!.cells && last.y - lines[i + 1]!.y < l.size * 1.6) {
      const next = lines[i + 1]!;
      const k = facts.findIndex((f) => Math.abs(f.start - next.start) < l.size);
      if (k < 0 || LABELLED.test(next.text)) break;
      facts[k]!.text += ` ${next.text}`;
      last = next;
      i++;
    }
    out.push(...facts);
  }
  return out;
}

// "Afbud:" beside "Fraværende:", each over its own names: a front page's table of bare labels side by side.
const BARE_LABEL = /^[A-ZÆØÅ][\p{L} ]{1,30}:$/u;

/**
 * Where a page holds a row of bare labels side by side with their entries under each, the lines to read instead:
 * a column at a time ("Afbud:" and its names, then "Fraværende:" and its), by the index of the row of labels.
 * The entries are the lines right under the labels (after at most one gap) that stay inside the labels' columns.
 */
export function labelColumns(p: Line[], gap: (a: Line, b: Line) => boolean): Map<number, { end: number; lines: string[] }> {
  const blocks = new Map<number, { end: number; lines: string[] }>();
  for (let i = 0; i < p.length; i++) {
    const head = p[i]!;
    if (!head.columns || !head.columns.every((c) => BARE_LABEL.test(c.text))) continue;
    const xs = head.columns.map((c) => c.x);
    const columnOf = (x: number) => xs.findIndex((h) => Math.abs(x - h) < head.size);
    const entries: string[][] = xs.map(() => []);
    let j = i + 1;
    for (; j < p.length; j++) {
      const l = p[j]!;
      if (j > i + 1 && gap(p[j - 1]!, l)) break;
      const parts = l.columns ?? [{ x: l.start, text: l.text }];
      const at = parts.map((c) => columnOf(c.x));
      if (at.some((k) => k < 0)) break;
      // A line alone that reaches into the next column is text under the table, not an entry.
      if (!l.columns && at[0]! < xs.length - 1 && l.x > xs[at[0]! + 1]! - head.size) break;
      parts.forEach((c, n) => entries[at[n]!]!.push(c.text));
    }
    if (entries.every((e) => e.length === 0)) continue;
    blocks.set(i, { end: j - 1, lines: head.columns.flatMap((c, k) => [...(k > 0 ? [''] : []), c.text, ...entries[k]!]) });
    i = j - 1;
  }
  return blocks;
}

