// `lighed import FILE...`: agendas and minutes into the system of record, one transaction per file.
import { eq } from 'drizzle-orm';
import type { CliCommand } from './commands.ts';
import { openDatabase } from '../db/connect.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { runCommand } from '../shared/command.ts';
import { systemActor } from '../shared/actor.ts';
import { AppError } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';
import { organizations } from '../bodies/schema.ts';
import { importMeeting } from '../documents/import-meeting.ts';
import { documentToParsed } from '../documents/document-to-parsed.ts';
import { printError } from './main.ts';
import { importFiles } from './import-files.ts';
import { isoDate } from '../shared/schemas.ts';
import type { ParsedMeeting } from '../documents/parse/types.ts';

/**
 * The date the secretary gave (--date) where the document has none. A document that names another day is refused:
 * the date was meant for a different file, and importing it would put the meeting on the wrong day.
 */
function withGivenDate(parsed: ParsedMeeting, date: string | undefined): ParsedMeeting {
  if (date === undefined || parsed.date === date) return parsed;
  if (parsed.date !== null) throw new AppError('rule_violation', 'import.date_option_mismatch', { given: date, found: parsed.date });
  return { ...parsed, date, warnings: parsed.warnings.filter((w) => w !== 'import.warning.no_date') };
}

export const importCommand: CliCommand = {
  summary: 'Importerer dagsordener og referater (tekst, PDF, FirstAgenda-HTML)',
  help: `Brug: lighed import [--dry-run] [--json] [--organization SLUG] [--date ÅÅÅÅ-MM-DD] FIL|MAPPE...

Læser hver fil, genkender DAGSORDEN eller REFERAT og opretter eller opdaterer mødet med punkter,
indstillinger, beslutninger, bilag og fremmøde. Hver fil er sin egen transaktion: en fejl i én fil
efterlader intet fra den fil, og de andre importeres stadig. Afslutter med kode 1, hvis en fil fejlede.
En mappe står for PDF-, tekst-, HTML- og JSON-filerne i den og dens undermapper, i navneorden;
andre filer (fx Word) springes over og nævnes.

  --dry-run             skriv intet; vis hvad der ville blive importeret
  --json                udskriv det fortolkede møde som JSON (formatet står i README)
  --organization SLUG   mødet hører til dette råd/udvalg (når dokumentet ikke siger det entydigt)
  --date ÅÅÅÅ-MM-DD     mødets dato, når dokumentet ikke angiver den (en webside med datoen kun i sin titel)`,
  options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, organization: { type: 'string' }, date: { type: 'string' } },
  async run({ config, values, positionals, locale }) {
    if (positionals.length === 0) {
      console.error('Angiv mindst én fil. Se "lighed import --help".');
      return 2;
    }
    // (Checked before anything is read or written: a mistyped date fails the whole run at once.)
    const givenDate = typeof values.date === 'string' ? values.date : undefined;
    if (givenDate !== undefined && !isoDate.safeParse(givenDate).success) {
      printError(new AppError('validation', 'import.bad_date_option', { date: givenDate }), locale);
      return 2;
    }
    const dryRun = Boolean(values['dry-run']);
    const parsedAll: unknown[] = [];
    const failed: string[] = [];
    const { files, skipped, emptyFolders, unreadable, folders } = await importFiles(positionals);
    for (const s of skipped) {
      const shown = s.files.slice(0, 5).join(', ') + (s.files.length > 5 ? ', …' : '');
      console.error(t(locale, 'cli.import.skipped', { folder: s.folder, count: s.files.length, files: shown }));
    }
    // A folder with nothing to import, or one that cannot be read, fails like a bad file: the run says so and exits 1.
    for (const [bad, key] of [[emptyFolders, 'import.folder_empty'], [unreadable, 'import.folder_unreadable']] as const) {
      for (const folder of bad) {
        failed.push(folder);
        process.stderr.write(`${folder}: `);
        printError(new AppError('validation', key, { folder }), locale);
      }
    }
    const database = dryRun ? null : await openDatabase(config.database);
    try {
      if (database) await migrateDatabase(database);
      let organizationId: string | undefined;
      if (database && typeof values.organization === 'string') {
        const org = await database.db.query.organizations.findFirst({ where: eq(organizations.slug, values.organization) });
        if (!org) throw new AppError('not_found', 'import.unknown_organization', { name: values.organization });
        organizationId = org.id;
      }
      for (const file of files) {
        try {
          const parsed = withGivenDate(await documentToParsed(file), givenDate);
          if (values.json) parsedAll.push(parsed);
          for (const w of parsed.warnings) console.error(`${file}: ${t(locale, w, parsed.warningParams?.[w])}`);
          if (!database) {
            if (!values.json) console.error(t(locale, 'cli.import.dry_run', { file, kind: `cli.import.kind_${parsed.kind}`, organization: parsed.organization ?? '?', date: parsed.date ?? '?', items: parsed.items.length }));
            continue;
          }
          const r = await runCommand(database.db, systemActor('Import'), importMeeting, { parsed, organizationId, source: file });
          const what = r.created ? 'cli.import.created' : r.changed ? 'cli.import.updated' : 'cli.import.unchanged';
          console.error(t(locale, 'cli.import.done', { file, what, items: r.items, url: `${config.publicUrl}/moeder/${r.meetingId}` }));
          for (const f of r.findings) {
            console.error(t(locale, f.item === null ? 'cli.import.finding_meeting' : 'cli.import.finding', { file, item: f.item ?? '', where: f.where, kind: `screening.${f.kind}`, preview: f.preview }));
          }
        } catch (err) {
          failed.push(file);
          process.stderr.write(`${file}: `);
          printError(err, locale);
        }
      }
    } finally {
      await database?.close();
    }
    // One file gives its meeting; several, or a folder, a list (also of one).
    if (values.json) console.log(JSON.stringify(parsedAll.length === 1 && !folders.length ? parsedAll[0] : parsedAll, null, 2));
    const total = files.length + emptyFolders.length + unreadable.length;
    if (total > 1 || failed.length || folders.length) {
      const counts = { imported: total - failed.length, total, failed: failed.join(', ') };
      const key = `cli.import.summary${dryRun ? '_dry_run' : ''}${failed.length ? '_failed' : ''}`;
      console.error(t(locale, key, counts));
    }
    return failed.length ? 1 : 0;
  },
};
