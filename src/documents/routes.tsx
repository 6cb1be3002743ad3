// A meeting's agenda and minutes as HTML, text and PDF — the public version.
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { viewerForMeeting } from '../permissions/viewer.ts';
import { itemVisibility } from '../permissions/visibility.ts';
import { agendaItems } from '../agenda/schema.ts';
import { files, itemAttachments } from './schema.ts';
import { organizations } from '../bodies/schema.ts';
import type { AppEnv } from '../web/env.ts';
import { loadRenderModel, type DocumentKind } from './render/model.ts';
import { renderText } from './render/text.ts';
import { DocumentView } from './render/html.tsx';
import { notFound } from '../shared/errors.ts';
import { canSeeAgenda, publicViewer } from '../permissions/visibility.ts';
import { minutesArePublic, minutesBeingWritten } from '../meetings/state.ts';
import { shortDanishDate } from './parse/dates.ts';
import { slugify } from '../shared/schemas.ts';

const kinds: Record<string, DocumentKind> = { dagsorden: 'agenda', referat: 'minutes' };

export const documentRoutes = new Hono<AppEnv>().get('/moeder/:id/:file{(dagsorden|referat)(\\.pdf|\\.txt)?}', async (c) => {
  const [name, ext] = c.req.param('file').split('.') as [string, string | undefined];
  const kind = kinds[name]!;
  const db = c.get('deps').database.db;
  const id = c.req.param('id');
  const found = await viewerForMeeting(db, c.get('principal'), id);
  const meeting = found?.meeting;
  const viewer = found?.viewer ?? publicViewer;
  const drafts = viewer.kind === 'member' && viewer.drafts;
  // Whether this viewer may have the document at all, decided before anything is cached or rendered.
  const visible = meeting && canSeeAgenda(viewer, meeting.state) && (kind === 'agenda' || minutesArePublic(meeting.state) || (drafts && minutesBeingWritten(meeting.state)));
  if (!meeting || !visible) throw notFound('document', `${id}/${name}`);
  // Released versions change only by a new version of the meeting: cache on it, and answer a
  // revalidation before rendering anything.
  const audience = viewer.kind === 'public' ? 'p' : `${viewer.closed ? 'c' : 'o'}${viewer.drafts ? 'd' : ''}`;
  const etag = `"${id}-${meeting.version}-${meeting.modifiedAt.getTime()}-${name}${ext ? `-${ext}` : ''}-${c.get('locale')}-${audience}"`;
  c.header('ETag', etag);
  c.header('Last-Modified', meeting.modifiedAt.toUTCString());
  c.header('Cache-Control', 'public, max-age=60, must-revalidate');
  if (c.req.header('if-none-match') === etag) return c.body(null, 304);
  const model = await loadRenderModel(db, id, kind, viewer);
  if (!model) throw notFound('document', `${id}/${name}`);
  const filename = `${name}-${slugify(model.organization)}-${shortDanishDate(model.date)}`;
  if (ext === 'txt') {
    c.header('Content-Disposition', `inline; filename="${filename}.txt"`);
    return c.text(renderText(model));
  }
  if (ext === 'pdf') {
    const pdf = await c.get('deps').pdf.render(model);
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', `inline; filename="${filename}.pdf"`);
    return c.body(pdf as Uint8Array<ArrayBuffer>);
  }
  const base = `/moeder/${id}/${name}`;
  const t = c.get('t');
  return c.render(
    <DocumentView model={model} downloads={[{ href: `${base}.pdf`, label: t('documents.download_pdf') }, { href: `${base}.txt`, label: t('documents.download_text') }]} />,
    {
      title: t('documents.page_title', { document: t(`documents.${name}`), organization: model.organization, date: shortDanishDate(model.date) }),
      breadcrumbs: [{ href: `/moeder/${id}`, label: t('documents.meeting') }],
    },
  );
});

/** An attachment's file, for whoever may see its item. */
documentRoutes.get('/bilag/:fileId', async (c) => {
  const db = c.get('deps').database.db;
  const fileId = c.req.param('fileId');
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) throw notFound('file', fileId);
  const [row] = await db.select({ file: files, item: agendaItems }).from(files)
    .innerJoin(itemAttachments, eq(itemAttachments.fileId, files.id))
    .innerJoin(agendaItems, eq(agendaItems.id, itemAttachments.itemId))
    .where(eq(files.id, fileId));
  if (!row || !row.file.storageKey) throw notFound('file', fileId);
  const found = await viewerForMeeting(db, c.get('principal'), row.item.meetingId);
  const org = found ? await db.query.organizations.findFirst({ where: eq(organizations.id, found.meeting.organizationId) }) : undefined;
  // The same rule as the item's content: not before release, never a closed item's file to the public.
  if (!found || !org || !canSeeAgenda(found.viewer, found.meeting.state) || !itemVisibility(found.viewer, row.item, org).content) throw notFound('file', fileId);
  // A file that failed its check is kept from readers until the secretary replaces it.
  if (row.file.checkProblem && !(found.viewer.kind === 'member' && found.viewer.drafts)) throw notFound('file', fileId);
  const bytes = await c.get('deps').blobs.get(row.file.storageKey);
  if (!bytes) throw notFound('file', fileId);
  c.header('Content-Type', row.file.checkProblem ? 'application/octet-stream' : (row.file.mimeType ?? 'application/octet-stream'));
  const ext = row.file.fileName?.match(/\.[a-z0-9]+$/i)?.[0] ?? '';
  c.header('Content-Disposition', `${row.file.checkProblem ? 'attachment' : 'inline'}; filename="${slugify(row.file.name)}${ext}"`);
  c.header('Cache-Control', found.viewer.kind === 'public' ? 'public, max-age=300' : 'private, no-store');
  return c.body(new Uint8Array(bytes));
});
