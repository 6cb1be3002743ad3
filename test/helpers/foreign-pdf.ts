// A PDF in another producer's layout, written from a parsed meeting: not Lighed's own design, but
// what case systems and FirstAgenda exports do — a running header and a footer that numbers its page
// after the body's name, the facts in a table with colons, a contents table whose page numbers sit
// in a column of their own (beside an entry's first line when it wraps), item numbers in a column
// of their own and titles set larger than the text, little space between paragraphs.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TDocumentDefinitions, Content } from 'pdfmake/interfaces.d.ts';
import { longDanishDate, shortDanishDate } from '../../src/documents/parse/dates.ts';
import type { ParsedMeeting } from '../../src/documents/parse/types.ts';

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as {
  setFonts(f: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};
const plex = join(dirname(dirname(require.resolve('dkfds'))), 'fonts', 'IBMPlexSans', 'complete', 'ttf');
// pdfmake keeps one font registry per process, shared with Lighed's renderer: set before each document.
const fonts = { IBMPlexSans: { normal: join(plex, 'IBMPlexSans-Regular.ttf'), bold: join(plex, 'IBMPlexSans-SemiBold.ttf'), italics: join(plex, 'IBMPlexSans-Italic.ttf'), bolditalics: join(plex, 'IBMPlexSans-SemiBoldItalic.ttf') } };

/**
 * `pagePerItem`: each item starts a page (so every page may end the same way, e.g. an empty "Beslutning").
 * `absenceColumns`: the absent under "Afbud:" and "Fraværende:" side by side, one name a line (the first half under
 * each), as Region Hovedstaden's front page has them, instead of a fact "Afbud: …".
 * `headingsBeside`: each section's heading in a column of its own beside its text (a table of heading and text).
 * `factsSideBySide`: the meeting's facts two to a row, each "Label: value" ("Mødedato: …" beside "Mødetidspunkt: …").
 * `appendix`: another document bound in after the meeting's pages (a "samlet dokument" with an attachment): its
 * paragraphs from a new page, without the meeting's header and footer; `footer` numbers its own pages.
 */
export async function foreignPdf(m: ParsedMeeting & { date: string; organization: string }, options: ForeignPdfOptions): Promise<Buffer> {
  if (!options.appendix) return pdfOf(m, options, 0);
  // The meeting's pages alone first, to know where its footer's count ends.
  const own = (await pdfOf(m, { ...options, appendix: undefined }, 0)).toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)!.length;
  return pdfOf(m, options, own);
}

interface ForeignPdfOptions {
  pagePerItem: boolean;
  absenceColumns?: boolean;
  headingsBeside?: boolean;
  factsSideBySide?: boolean;
  appendix?: { paragraphs: string[]; footer?: (page: number, pages: number) => string };
}

function pdfOf(m: ParsedMeeting & { date: string; organization: string }, options: ForeignPdfOptions, own: number): Promise<Buffer> {
  const kind = m.kind === 'minutes' ? 'Referat' : 'Dagsorden';
  const title = (i: ParsedMeeting['items'][number]) => (i.public ? '' : 'Lukket: ') + i.title;
  const facts = [
    ['Mødedato:', longDanishDate(m.date)],
    ...(m.start ? [['Mødetidspunkt:', `Kl. ${m.start}`]] : []),
    ...(m.location ? [['Mødested:', m.location]] : []),
    ...(m.absent.length && !options.absenceColumns ? [['Afbud:', m.absent.join(', ')]] : []),
    // The case system's "Bemærkninger" field: the minutes' notes on the meeting, one a row.
    ...(m.notes ?? []).map((n, i) => [i === 0 ? 'Bemærkninger:' : '', n]),
  ];
  const half = Math.ceil(m.absent.length / 2);
  const [sent, away] = [m.absent.slice(0, half), m.absent.slice(half)];
  const content: Content[] = [
    { text: kind, fontSize: 20, bold: true },
    { text: m.organization, fontSize: 14, margin: [0, 0, 0, 12] },
    options.factsSideBySide
      ? { table: { widths: ['*', '*'], body: Array.from({ length: Math.ceil(facts.length / 2) }, (_, r) => [0, 1].map((c) => (facts[r * 2 + c] ?? []).join(' '))) }, layout: 'noBorders' }
      : { table: { widths: [100, '*'], body: facts }, layout: 'noBorders' },
    ...(options.absenceColumns && m.absent.length
      ? [{ table: { widths: ['*', '*'], body: [[{ text: 'Afbud:', bold: true }, { text: 'Fraværende:', bold: true }], [sent.join('\n'), away.join('\n')]] }, layout: 'noBorders', margin: [0, 10, 0, 0] } as Content]
      : []),
    { text: 'Indholdsfortegnelse', bold: true, fontSize: 13, margin: [0, 18, 0, 6] },
    { table: { widths: [20, '*', 'auto'], body: m.items.map((it, i) => [`${it.number}.`, title(it), { pageReference: `item-${i}`, alignment: 'right' }]) }, layout: 'noBorders' },
  ];
  m.items.forEach((it, i) => {
    content.push({
      table: { widths: [24, '*'], body: [[{ text: `${it.number}.`, bold: true, fontSize: 13 }, { text: title(it), bold: true, fontSize: 13, id: `item-${i}` }]] },
      layout: 'noBorders',
      margin: [0, 18, 0, 2],
      ...(options.pagePerItem ? { pageBreak: 'before' as const } : {}),
    });
    if (it.caseNumber) content.push({ text: `Sagsnr.: ${it.caseNumber}`, fontSize: 9, margin: [0, 0, 0, 6] });
    const paragraphs = (text: string): Content[] => text.split(/\n{2,}/).filter(Boolean).map((p) => ({ text: p, margin: [/^at\s/.test(p) ? 14 : 0, 0, 0, 5] }));
    if (options.headingsBeside && it.sections.length) {
      content.push({ table: { widths: [90, '*'], body: it.sections.map((s) => [{ text: s.heading, bold: true }, { stack: paragraphs(s.text) }]) }, layout: 'noBorders', margin: [0, 8, 0, 0] });
      return;
    }
    for (const s of it.sections) {
      if (s.heading) content.push({ text: s.heading, bold: true, margin: [0, 8, 0, 2] });
      content.push(...paragraphs(s.text));
    }
  });
  if (m.closedAt) content.push({ text: `Mødet blev hævet kl. ${m.closedAt.replace(':', '.')}.`, margin: [0, 12, 0, 0] });
  const appendix = options.appendix;
  if (appendix) appendix.paragraphs.forEach((text, i) => content.push({ text, margin: [0, 0, 0, 8], ...(i === 0 ? { pageBreak: 'before' as const } : {}) }));
  const meetingPage = (page: number) => !appendix || page <= own;
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(plex));
  return pdfmake.createPdf({
    pageSize: 'A4',
    pageMargins: [70, 70, 70, 60],
    defaultStyle: { font: 'IBMPlexSans', fontSize: 10, lineHeight: 1.15 },
    header: (page: number) => (meetingPage(page) ? { columns: [{ text: 'Region Midtjylland', fontSize: 8 }, { text: kind, fontSize: 8, alignment: 'right' }], margin: [70, 30, 70, 0] } : null),
    footer: (page: number, pages: number) => ({
      text: meetingPage(page) ? `${m.organization} | ${shortDanishDate(m.date)} | Side ${page} af ${appendix ? own : pages}` : (appendix?.footer?.(page - own, pages - own) ?? ''),
      fontSize: 8, alignment: 'center', margin: [70, 20, 70, 0],
    }),
    content,
  }).getBuffer();
}
