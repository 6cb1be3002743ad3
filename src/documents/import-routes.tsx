// Import from the browser: upload → preview (staged, nothing about the meeting written) → import.
// The same reading as `lighed import`; the body is the one chosen or the one the document names,
// and the secretary must be allowed to import for it.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { requirePermission, requireUser } from '../web/auth.ts';
import { done, run } from '../web/run.ts';
import { errorsFrom, type Values } from '../web/forms.tsx';
import { AppError } from '../shared/errors.ts';
import { organizationsWhere } from '../permissions/policy.ts';
import { sortOrganizations } from '../bodies/queries.ts';
import { organizations } from '../bodies/schema.ts';
import { megabytes } from '../agenda/attachments.ts';
import { MAX_DOCUMENT_BYTES } from './read-document.ts';
import { bytesToParsed } from './document-to-parsed.ts';
import { assertImportable, bodyNamesById, organizationNamedIn } from './import-meeting.ts';
import type { ParsedMeeting } from './parse/types.ts';
import { importEffect, importStaged, stageImport, stagedImportOf } from './staged-import.ts';
import { ImportForm, ImportPreview } from './import-views.tsx';

const crumbs = (c: Context<AppEnv>) => [{ href: '/sekretariat', label: c.get('t')('staff.title') }];

/** Every body, and those this user may import for (sorted as everywhere else). */
async function organizationsFor(c: Context<AppEnv>) {
  const ids = organizationsWhere(requireUser(c), 'meeting.import');
  if (ids.length === 0) throw new AppError('forbidden');
  const all = await c.get('deps').database.db.select().from(organizations);
  return { all, permitted: sortOrganizations(ids.includes(null) ? all : all.filter((o) => ids.includes(o.id))) };
}

/** The upload limit: the server's, or the importer's own where that is lower. */
const maxBytes = (c: Context<AppEnv>) => Math.min(c.get('deps').config.maxUploadBytes, MAX_DOCUMENT_BYTES);

async function renderForm(c: Context<AppEnv>, values: Values, shown: { errors?: Record<string, string>; message?: string } = {}, orgs?: { id: string; name: string }[]) {
  orgs ??= (await organizationsFor(c)).permitted;
  const t = c.get('t');
  return c.render(<ImportForm t={t} orgs={orgs} maxMb={megabytes(maxBytes(c))} values={values} errors={shown.errors ?? {}} message={shown.message} />, { title: t('import.title'), breadcrumbs: crumbs(c) });
}

/** The body the document names; the CLI's messages point at its --organization flag, these at the form's list. */
function namedBody<O extends { name: string; shortName: string | null; bodyId: string }>(parsed: ParsedMeeting, all: O[], bodyNames: ReadonlyMap<string, string>): O {
  try {
    return organizationNamedIn(parsed, all, bodyNames);
  } catch (err) {
    if (err instanceof AppError && err.messageKey === 'import.unknown_organization') throw new AppError('rule_violation', 'import.unknown_organization_web', err.params);
    if (err instanceof AppError && err.messageKey === 'import.no_organization') throw new AppError('rule_violation', 'import.no_organization_web');
    throw err;
  }
}

export const importRoutes = new Hono<AppEnv>()
  .get('/sekretariat/import', (c) => renderForm(c, {}))
  .post('/sekretariat/import', async (c) => {
    const { all, permitted } = await organizationsFor(c);
    const body = await c.req.parseBody();
    const file = body.file;
    const chosen = typeof body.organization === 'string' ? body.organization : '';
    const values = { organization: chosen };
    const t = c.get('t');
    try {
      if (!(file instanceof File) || file.size === 0) throw new AppError('validation', 'error.validation', {}, [{ field: 'file', rule: 'import.choose_file' }]);
      if (file.size > maxBytes(c)) throw new AppError('payload_too_large', 'rule.attachment.too_large', { max: megabytes(maxBytes(c)) });
      if (chosen && !permitted.some((o) => o.id === chosen)) throw new AppError('forbidden');
      const parsed = await bytesToParsed(new Uint8Array(await file.arrayBuffer()), file.name);
      // A missing date is the document's problem even when its body cannot be read either: say that first.
      assertImportable(parsed);
      const org = chosen ? permitted.find((o) => o.id === chosen)! : namedBody(parsed, all, await bodyNamesById(c.get('deps').database.db));
      requirePermission(c, 'meeting.import', { organizationId: org.id });
      const staged = await run(c, stageImport, { organizationId: org.id, fileName: file.name, parsed });
      const effect = await importEffect(c.get('deps').database.db, org.id, parsed);
      return c.render(<ImportPreview t={t} stagedId={staged.id} fileName={file.name} organization={org.name} parsed={parsed} effect={effect} />, { title: t('import.preview_title'), breadcrumbs: [...crumbs(c), { href: '/sekretariat/import', label: t('import.title') }] });
    } catch (err) {
      if (!(err instanceof AppError) || !['validation', 'rule_violation', 'payload_too_large'].includes(err.code)) throw err;
      const shown = errorsFrom(err, t) ?? { errors: {}, message: '' };
      // Whatever was wrong with the document is said next to the file field.
      if (Object.keys(shown.errors).length === 0) shown.errors = { file: t(err.messageKey, err.params) };
      if (!err.fields.length) shown.message = t('import.cannot_import');
      c.status(err.status as 413 | 422);
      return renderForm(c, values, shown, permitted);
    }
  })
  .post('/sekretariat/import/:id', async (c) => {
    const user = requireUser(c);
    const staged = await stagedImportOf(c.get('deps').database.db, c.req.param('id'), user.userId);
    if (!staged) {
      c.status(409);
      return renderForm(c, {}, { message: c.get('t')('import.staged_missing') });
    }
    requirePermission(c, 'meeting.import', { organizationId: staged.organizationId });
    const result = await run(c, importStaged, { stagedId: staged.id });
    return done(c, `/sekretariat/moeder/${result.meetingId}`, result.created ? 'meeting_imported' : result.changed ? 'meeting_import_updated' : 'meeting_import_unchanged');
  });
