// Import from the browser: upload → preview (staged, nothing about the meeting written) → import.
// The same reading as `lighed import`; the body is the one chosen or the one the document names,
// and the secretary must be allowed to import for it. Several documents at once (a body's archive)
// are previewed together and imported one transaction each, as the CLI does.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { requirePermission, requireUser } from '../web/auth.ts';
import { done, run } from '../web/run.ts';
import { errorsFrom, type Values } from '../web/forms.tsx';
import { AppError } from '../shared/errors.ts';
import { organizationsWhere } from '../permissions/policy.ts';
import { sortOrganizations } from '../bodies/queries.ts';
import { inArray } from 'drizzle-orm';
import { organizations } from '../bodies/schema.ts';
import { meetings } from '../meetings/schema.ts';
import { megabytes } from '../agenda/attachments.ts';
import { MAX_DOCUMENT_BYTES } from './read-document.ts';
import { bytesToParsed } from './document-to-parsed.ts';
import { assertImportable, type ImportResult } from './import-meeting.ts';
import { bodyNamesById, organizationNamedIn } from './import-organization.ts';
import type { ParsedMeeting } from './parse/types.ts';
import { chooseMeeting } from './same-meeting.ts';
import { copenhagenToInstant } from '../shared/time.ts';
import { importEffects, importStaged, MAX_STAGED_DOCUMENTS, stageImport, stagedImportOf, stagedImportsOf } from './staged-import.ts';
import { ImportForm, ImportPreview } from './import-views.tsx';
import { BatchPreview, BatchResult, type BatchEntry, type Refused } from './import-batch-views.tsx';

type Org = typeof organizations.$inferSelect;

const crumbs = (c: Context<AppEnv>) => [{ href: '/sekretariat', label: c.get('t')('staff.title') }];
const previewCrumbs = (c: Context<AppEnv>) => [...crumbs(c), { href: '/sekretariat/import', label: c.get('t')('import.title') }];

/** Every body, and those this user may import for (sorted as everywhere else). */
async function organizationsFor(c: Context<AppEnv>) {
  const ids = organizationsWhere(importer(c), 'meeting.import');
  const all = await c.get('deps').database.db.select().from(organizations);
  return { all, permitted: sortOrganizations(ids.includes(null) ? all : all.filter((o) => ids.includes(o.id))) };
}

/** The signed-in user, if they may import for some body at all. */
function importer(c: Context<AppEnv>) {
  const user = requireUser(c);
  if (organizationsWhere(user, 'meeting.import').length === 0) throw new AppError('forbidden');
  return user;
}

/** The upload limit for one document: the server's, or the importer's own where that is lower. */
const maxBytes = (c: Context<AppEnv>) => Math.min(c.get('deps').config.maxUploadBytes, MAX_DOCUMENT_BYTES);

async function renderForm(c: Context<AppEnv>, values: Values, shown: { errors?: Record<string, string>; message?: string } = {}, orgs?: { id: string; name: string }[]) {
  orgs ??= (await organizationsFor(c)).permitted;
  const t = c.get('t');
  const limits = { maxMb: megabytes(maxBytes(c)), maxFiles: MAX_STAGED_DOCUMENTS, maxTotalMb: megabytes(c.get('deps').config.maxImportBytes) };
  return c.render(<ImportForm t={t} orgs={orgs} limits={limits} values={values} errors={shown.errors ?? {}} message={shown.message} />, { title: t('import.title'), breadcrumbs: crumbs(c) });
}

/** The body the document names; the CLI's messages point at its --organization flag, these at the form's list. */
function namedBody(parsed: ParsedMeeting, all: Org[], bodyNames: ReadonlyMap<string, string>): Org {
  try {
    return organizationNamedIn(parsed, all, bodyNames);
  } catch (err) {
    if (err instanceof AppError && err.messageKey === 'import.unknown_organization') throw new AppError('rule_violation', 'import.unknown_organization_web', err.params);
    if (err instanceof AppError && err.messageKey === 'import.no_organization') throw new AppError('rule_violation', 'import.no_organization_web');
    throw err;
  }
}

/** Reads one uploaded document and finds its body; throws the importer's error for a document that cannot be imported. */
async function readUpload(c: Context<AppEnv>, file: File, chosen: Org | null, all: Org[], bodyNames: ReadonlyMap<string, string>) {
  if (file.size === 0) throw new AppError('validation', 'import.empty_file', { file: file.name });
  if (file.size > maxBytes(c)) throw new AppError('payload_too_large', 'import.too_large', { file: file.name, size: megabytes(file.size), max: megabytes(maxBytes(c)) });
  const parsed = await bytesToParsed(new Uint8Array(await file.arrayBuffer()), file.name);
  // A missing date is the document's problem even when its body cannot be read either: say that first.
  assertImportable(parsed);
  return { parsed, org: chosen ?? namedBody(parsed, all, bodyNames) };
}

const isDocumentError = (err: unknown): err is AppError => err instanceof AppError && ['validation', 'rule_violation', 'payload_too_large'].includes(err.code);

/** Import order: by date, an agenda before the minutes of the same meeting (the minutes then update it). */
const importOrder = (a: { parsed: ParsedMeeting }, b: { parsed: ParsedMeeting }) =>
  (a.parsed.date ?? '').localeCompare(b.parsed.date ?? '') || (a.parsed.kind === b.parsed.kind ? 0 : a.parsed.kind === 'agenda' ? -1 : 1);

export const importRoutes = new Hono<AppEnv>()
  .get('/sekretariat/import', (c) => renderForm(c, {}))
  .post('/sekretariat/import', async (c) => {
    const { all, permitted } = await organizationsFor(c);
    const body = await c.req.parseBody({ all: true });
    // A form with no file chosen still sends an empty, nameless part.
    const files = [body.file].flat().filter((f): f is File => f instanceof File && (f.size > 0 || f.name !== ''));
    const chosenId = typeof body.organization === 'string' ? body.organization : '';
    const values = { organization: chosenId };
    const t = c.get('t');
    if (chosenId && !permitted.some((o) => o.id === chosenId)) throw new AppError('forbidden');
    const chosen = permitted.find((o) => o.id === chosenId) ?? null;
    const bodyNames = await bodyNamesById(c.get('deps').database.db);
    if (files.length > 1) return previewBatch(c, files, chosen, all, permitted, bodyNames, values);
    try {
      if (files.length === 0) throw new AppError('validation', 'error.validation', {}, [{ field: 'file', rule: 'import.choose_file' }]);
      const file = files[0]!;
      const { parsed, org } = await readUpload(c, file, chosen, all, bodyNames);
      // A document of another body is said at the file field, as in a batch; the permission check below still guards.
      if (!permitted.some((o) => o.id === org.id)) throw new AppError('forbidden', 'import.not_your_body', { name: org.name });
      requirePermission(c, 'meeting.import', { organizationId: org.id });
      const staged = await run(c, stageImport, { documents: [{ organizationId: org.id, fileName: file.name, parsed }] });
      const [effect] = await importEffects(c.get('deps').database.db, [{ organizationId: org.id, parsed }]);
      return c.render(<ImportPreview t={t} stagedId={staged.ids[0]!} fileName={file.name} organization={org.name} parsed={parsed} effect={effect!} />, { title: t('import.preview_title'), breadcrumbs: previewCrumbs(c) });
    } catch (err) {
      if (!isDocumentError(err) && !(err instanceof AppError && err.messageKey === 'import.not_your_body')) throw err;
      const shown = errorsFrom(err, t) ?? { errors: {}, message: '' };
      // Whatever was wrong with the document is said next to the file field.
      if (Object.keys(shown.errors).length === 0) shown.errors = { file: t(err.messageKey, err.params) };
      if (!err.fields.length) shown.message = t('import.cannot_import');
      c.status(err.status as 400 | 403 | 413 | 422);
      return renderForm(c, values, shown, permitted);
    }
  })
  .post('/sekretariat/import/samlet', async (c) => {
    const user = importer(c);
    const t = c.get('t');
    const body = await c.req.parseBody({ all: true });
    const ids = [...new Set([body.staged].flat().filter((v): v is string => typeof v === 'string'))].slice(0, MAX_STAGED_DOCUMENTS);
    const refused: Refused[] = [];
    const waiting = await stagedImportsOf(c.get('deps').database.db, ids, user.userId);
    if (waiting.length === 0) {
      c.status(409);
      return renderForm(c, {}, { message: t('import.staged_missing') });
    }
    if (waiting.length < ids.length) refused.push({ file: t('import.batch_missing_files', { count: ids.length - waiting.length }), message: t('import.staged_missing') });
    const imported: { file: string; organizationId: string; result: ImportResult }[] = [];
    // One transaction per document: a document that fails leaves the others imported, as with the CLI.
    for (const staged of waiting.sort(importOrder)) {
      requirePermission(c, 'meeting.import', { organizationId: staged.organizationId });
      try {
        imported.push({ file: staged.fileName, organizationId: staged.organizationId, result: await run(c, importStaged, { stagedId: staged.id }) });
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        refused.push({ file: staged.fileName, message: t(err.messageKey, err.params) });
      }
    }
    const db = c.get('deps').database.db;
    const meetingIds = imported.map((i) => i.result.meetingId);
    const start = new Map((meetingIds.length ? await db.select({ id: meetings.id, start: meetings.start }).from(meetings).where(inArray(meetings.id, meetingIds)) : []).map((m) => [m.id, m.start]));
    const orgName = new Map((await db.select({ id: organizations.id, name: organizations.name }).from(organizations)).map((o) => [o.id, o.name]));
    const rows = imported.map((i) => ({ file: i.file, organization: orgName.get(i.organizationId)!, result: i.result, start: start.get(i.result.meetingId)! }));
    return c.render(<BatchResult t={t} imported={rows} refused={refused} total={ids.length} />, { title: t('import.batch_done_title'), breadcrumbs: previewCrumbs(c) });
  })
  .post('/sekretariat/import/:id', async (c) => {
    const user = importer(c);
    const staged = await stagedImportOf(c.get('deps').database.db, c.req.param('id'), user.userId);
    if (!staged) {
      c.status(409);
      return renderForm(c, {}, { message: c.get('t')('import.staged_missing') });
    }
    requirePermission(c, 'meeting.import', { organizationId: staged.organizationId });
    const result = await run(c, importStaged, { stagedId: staged.id });
    return done(c, `/sekretariat/moeder/${result.meetingId}`, result.created ? 'meeting_imported' : result.changed ? 'meeting_import_updated' : 'meeting_import_unchanged');
  });

/** Several documents: each read on its own; those that can be imported are staged together and shown in import order. */
async function previewBatch(c: Context<AppEnv>, files: File[], chosen: Org | null, all: Org[], permitted: Org[], bodyNames: ReadonlyMap<string, string>, values: Values) {
  const t = c.get('t');
  if (files.length > MAX_STAGED_DOCUMENTS) {
    c.status(400);
    return renderForm(c, values, { errors: { file: t('import.too_many_files', { max: MAX_STAGED_DOCUMENTS, count: files.length }) }, message: t('import.cannot_import_batch') }, permitted);
  }
  const readable: { file: string; org: Org; parsed: ParsedMeeting }[] = [];
  const refused: Refused[] = [];
  // One after the other: PDFs are read in a worker that takes one at a time anyway.
  for (const file of files) {
    try {
      const { parsed, org } = await readUpload(c, file, chosen, all, bodyNames);
      if (!permitted.some((o) => o.id === org.id)) refused.push({ file: file.name, message: t('import.not_your_body', { name: org.name }) });
      else readable.push({ file: file.name, org, parsed });
    } catch (err) {
      if (!isDocumentError(err)) throw err;
      refused.push({ file: file.name, message: t(err.messageKey, err.params) });
    }
  }
  readable.sort(importOrder);
  for (const r of readable) requirePermission(c, 'meeting.import', { organizationId: r.org.id });
  const staged = readable.length ? (await run(c, stageImport, { documents: readable.map((r) => ({ organizationId: r.org.id, fileName: r.file, parsed: r.parsed })) })).ids : [];
  const effects = await importEffects(c.get('deps').database.db, readable.map((r) => ({ organizationId: r.org.id, parsed: r.parsed })));
  const entries: BatchEntry[] = readable.map((r, i) => {
    // A meeting an earlier document of the same upload creates or updates is that document's meeting.
    // (Chosen as the import chooses: a second meeting the same day is not the first one.)
    const at = (p: ParsedMeeting) => (p.date && p.start ? copenhagenToInstant(p.date, p.start) : null);
    const sameDay = readable.slice(0, i).filter((o) => o.org.id === r.org.id && o.parsed.date === r.parsed.date);
    const earlier = chooseMeeting(sameDay.map((o) => ({ meeting: o, start: at(o.parsed) ?? new Date(0), titles: o.parsed.items.map((x) => x.title) })), at(r.parsed), r.parsed.items.map((x) => x.title));
    return { stagedId: staged[i]!, file: r.file, organization: r.org.name, parsed: r.parsed, effect: effects[i]!, sameAs: earlier?.file ?? null };
  });
  if (entries.length === 0) c.status(422);
  return c.render(<BatchPreview t={t} entries={entries} refused={refused} />, { title: t('import.preview_title'), breadcrumbs: previewCrumbs(c) });
}
