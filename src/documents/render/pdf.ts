// Agendas and minutes as PDF (pdfmake): the region's layout, tagged and in Danish.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.d.ts';
import { longDanishDate, shortDanishDate } from '../parse/dates.ts';
import type { RenderModel } from './model.ts';
import { addendumHeading, agendaApologies, attendanceBlock, caseNumberLine, DRAFT_NOTICE, itemHeading, MEMBERS_NOTICE, notesBlock, sectionParagraphs, tocTitle } from './text.ts';

const require = createRequire(import.meta.url);
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}
const plex = join(dirname(dirname(require.resolve('dkfds'))), 'fonts', 'IBMPlexSans', 'complete', 'ttf');
let loaded: PdfMake | null = null;

/**
 * pdfmake (CommonJS, fonts in a registry on the module object) is loaded on the first PDF, not at
 * start: it adds ~65 MB to a process that may never render one.
 */
function pdfmake(): PdfMake {
  if (loaded) return loaded;
  const m = require('pdfmake') as PdfMake;
  m.setFonts({
    IBMPlexSans: {
      normal: join(plex, 'IBMPlexSans-Regular.ttf'),
      bold: join(plex, 'IBMPlexSans-SemiBold.ttf'),
      italics: join(plex, 'IBMPlexSans-Italic.ttf'),
      bolditalics: join(plex, 'IBMPlexSans-SemiBoldItalic.ttf'),
    },
  });
  // Documents never fetch anything: no URLs, and local files only from the font folder.
  m.setUrlAccessPolicy(() => false);
  m.setLocalAccessPolicy((path) => path.startsWith(plex));
  loaded = m;
  return m;
}

export function pdfDefinition(model: RenderModel): TDocumentDefinitions {
  const docType = model.kind === 'minutes' ? 'REFERAT' : 'DAGSORDEN';
  const date = shortDanishDate(model.date);
  const content: Content[] = [
    { text: docType, style: 'docType' },
    { text: model.organization, style: 'title' },
    { text: `d. ${date}`, margin: [0, 0, 0, 24] },
    {
      table: {
        widths: [90, '*'],
        body: [
          [{ text: 'Mødedato', bold: true }, `${longDanishDate(model.date)}${model.start ? ` kl. ${model.start}` : ''}`],
          ...(model.location ? [[{ text: 'Mødested', bold: true }, model.location]] : []),
          ...(agendaApologies(model) ? [[{ text: 'Afbud', bold: true }, agendaApologies(model)!]] : []),
        ],
      },
      layout: 'noBorders',
    },
    // (Under the facts, not in their table: each note a paragraph of its own, read back as one.)
    ...notesBlock(model).map((line, i): Content => (i === 0 ? { text: line, bold: true, margin: [0, 12, 0, 4] } : { text: line, style: 'paragraph', margin: [0, 0, 0, 8] })),
    { text: 'Indholdsfortegnelse', style: 'h2', pageBreak: 'before' },
    // A draft may have no items yet; pdfmake cannot lay out an empty table.
    model.items.length
      ? {
          table: {
            widths: ['*', 'auto'],
            body: model.items.map((item, i) => [
              { text: tocTitle(item), margin: [0, 2, 0, 2] },
              { pageReference: `item-${i}`, alignment: 'right', noWrap: true, margin: [12, 2, 0, 2] },
            ]),
          },
          layout: 'noBorders',
        }
      : { text: 'Ingen punkter endnu.', italics: true },
  ];
  model.items.forEach((item, i) => {
    content.push({ text: itemHeading(item), style: 'h2', id: `item-${i}`, pageBreak: 'before' });
    if (item.caseNumber) content.push({ text: caseNumberLine(item.caseNumber), style: 'caseNumber' });
    for (const s of item.sections ?? []) {
      if (s.heading) content.push({ text: s.heading, style: 'h3' });
      for (const p of sectionParagraphs(s, item.attachments)) {
        const isClause = /^at\s/.test(p) && (s.kind === 'recommendation' || s.kind === 'decision');
        content.push({ text: p, style: 'paragraph', margin: isClause ? [18, 0, 0, 8] : [0, 0, 0, 8] });
      }
    }
  });
  const attendance = attendanceBlock(model);
  if (attendance.length) content.push({ text: attendance[0]!, style: 'h3', margin: [0, 16, 0, 4] }, ...attendance.slice(1).map((line) => ({ text: line, style: 'paragraph' })));
  if (model.kind === 'minutes' && model.closedAt) content.push({ text: `Mødet blev hævet kl. ${model.closedAt.replace(':', '.')}.`, margin: [0, 16, 0, 0] });
  for (const a of model.addenda) content.push({ text: addendumHeading(a.date), style: 'h2', margin: [0, 16, 0, 4] }, { text: a.text });
  const members = model.audience === 'members';
  return {
    pageSize: 'A4',
    pageMargins: [60, members ? 70 : 56, 60, 64],
    language: 'da-DK',
    tagged: true,
    displayTitle: true,
    info: {
      title: `${docType === 'REFERAT' ? 'Referat' : 'Dagsorden'} — ${model.organization} ${date}`,
      author: model.organization,
      subject: members ? MEMBERS_NOTICE : `${docType === 'REFERAT' ? 'Referat' : 'Dagsorden'} (offentlig udgave)`,
      creator: 'Lighed',
      producer: 'Lighed',
    },
    header: members || model.draft ? () => ({ text: [model.draft ? DRAFT_NOTICE : '', members ? MEMBERS_NOTICE : ''].filter(Boolean).join(' · '), style: 'notice', margin: [60, 28, 60, 0] }) : undefined,
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: `${model.organization} · ${date}`, style: 'footer' },
        { text: `Side ${currentPage} af ${pageCount}`, style: 'footer', alignment: 'right' },
      ],
      margin: [60, 24, 60, 0],
    }),
    content,
    defaultStyle: { font: 'IBMPlexSans', fontSize: 10.5, lineHeight: 1.3 },
    styles: {
      docType: { fontSize: 11, bold: true, margin: [0, 120, 0, 6] },
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      h3: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
      caseNumber: { fontSize: 9.5, color: '#454545', margin: [0, 0, 0, 8] },
      paragraph: {},
      footer: { fontSize: 8.5, color: '#454545' },
      notice: { fontSize: 8.5, bold: true, color: '#8a1c00' },
    },
  };
}

export async function renderPdf(model: RenderModel): Promise<Buffer> {
  return pdfmake().createPdf(pdfDefinition(model)).getBuffer();
}
