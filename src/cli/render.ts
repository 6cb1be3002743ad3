// `lighed render MEETING`: a meeting's agenda or minutes as PDF, text or HTML — the public
// version, or with --members the members' version including closed items.
import { writeFileSync } from 'node:fs';
import type { CliCommand } from './commands.ts';
import { openDatabase } from '../db/connect.ts';
import { loadRenderModel } from '../documents/render/model.ts';
import { renderText } from '../documents/render/text.ts';
import { renderPdf } from '../documents/render/pdf.ts';
import { renderStandaloneHtml } from '../documents/render/standalone.tsx';
import { publicViewer } from '../permissions/visibility.ts';
import { AppError } from '../shared/errors.ts';

export const renderCommand: CliCommand = {
  summary: 'Danner dagsorden eller referat for et møde som PDF, tekst eller HTML',
  help: `Brug: lighed render MØDE-ID [--referat] [--format pdf|txt|html] [--members] [--out FIL]

Danner mødets dagsorden (eller med --referat dets referat) i regionens layout: PDF (standard), tekst
eller én HTML-fil, der kan læses uden Lighed (fx til et arkiv).
Uden --members dannes den offentlige udgave: lukkede punkters indhold er udeladt, og CPR-numre,
borgeres e-mailadresser og telefonnumre er skjult. Med --members dannes medlemsudgaven med alt
indhold; den er mærket "Medlemsudgave" på hver side. Uden --out skrives til standard-ud.`,
  options: { referat: { type: 'boolean' }, format: { type: 'string' }, members: { type: 'boolean' }, out: { type: 'string' } },
  async run({ config, values, positionals }) {
    const id = positionals[0];
    const format = (values.format as string | undefined) ?? 'pdf';
    if (!id || !['pdf', 'txt', 'html'].includes(format)) {
      console.error('Angiv et mødes id og --format pdf, txt eller html. Se "lighed render --help".');
      return 2;
    }
    const database = await openDatabase(config.database);
    try {
      // The members' version is for the secretariat at the console, which has the database anyway.
      const viewer = values.members ? ({ kind: 'member', userId: 'cli', closed: true, drafts: true } as const) : publicViewer;
      const model = await loadRenderModel(database.db, id, values.referat ? 'minutes' : 'agenda', viewer);
      if (!model) throw new AppError('not_found', 'error.not_found', { what: 'meeting', id });
      const output = format === 'pdf' ? await renderPdf(model) : format === 'html' ? renderStandaloneHtml(model) : renderText(model);
      if (typeof values.out === 'string') writeFileSync(values.out, output);
      else process.stdout.write(output);
      return 0;
    } finally {
      await database.close();
    }
  },
};
