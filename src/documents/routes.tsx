// A meeting's agenda and minutes as HTML, text and PDF — the public version.
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import type { AppEnv } from '../web/env.ts';
import { loadRenderModel, type DocumentKind } from './render/model.ts';
import { renderText } from './render/text.ts';
import { renderPdf } from './render/pdf.ts';
import { DocumentView } from './render/html.tsx';
import { notFound } from '../shared/errors.ts';
import { canSeeAgenda, publicViewer } from '../permissions/visibility.ts';
import { minutesArePublic } from '../meetings/state.ts';
import { meetings } from '../meetings/schema.ts';
import { shortDanishDate } from './parse/dates.ts';
import { slugify } from '../shared/schemas.ts';

const kinds: Record<string, DocumentKind> = { dagsorden: 'agenda', referat: 'minutes' };

export const documentRoutes = new Hono<AppEnv>().get('/moeder/:id/:file{(dagsorden|referat)(\\.pdf|\\.txt)?}', async (c) => {
  const [name, ext] = c.req.param('file').split('.') as [string, string | undefined];
  const kind = kinds[name]!;
  const db = c.get('deps').database.db;
  const id = c.req.param('id');
  const meeting = /^[0-9a-f-]{36}$/i.test(id) ? await db.query.meetings.findFirst({ where: eq(meetings.id, id) }) : undefined;
  // Whether the public may have this document at all, decided before anything is cached or rendered.
  const visible = meeting && canSeeAgenda(publicViewer, meeting.state) && (kind === 'agenda' || minutesArePublic(meeting.state));
  if (!meeting || !visible) throw notFound('document', `${id}/${name}`);
  // Released versions change only by a new version of the meeting: cache on it, and answer a
  // revalidation before rendering anything.
  const etag = `"${id}-${meeting.version}-${meeting.modifiedAt.getTime()}-${name}${ext ? `-${ext}` : ''}-${c.get('locale')}"`;
  c.header('ETag', etag);
  c.header('Last-Modified', meeting.modifiedAt.toUTCString());
  c.header('Cache-Control', 'public, max-age=60, must-revalidate');
  if (c.req.header('if-none-match') === etag) return c.body(null, 304);
  const model = await loadRenderModel(db, id, kind, publicViewer);
  if (!model) throw notFound('document', `${id}/${name}`);
  const filename = `${name}-${slugify(model.organization)}-${shortDanishDate(model.date)}`;
  if (ext === 'txt') {
    c.header('Content-Disposition', `inline; filename="${filename}.txt"`);
    return c.text(renderText(model));
  }
  if (ext === 'pdf') {
    const pdf = await renderPdf(model);
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', `inline; filename="${filename}.pdf"`);
    return c.body(new Uint8Array(pdf));
  }
  const base = `/moeder/${id}/${name}`;
  return c.render(
    <DocumentView model={model} downloads={[{ href: `${base}.pdf`, label: `Hent som PDF` }, { href: `${base}.txt`, label: `Hent som tekst` }]} />,
    { title: `${kind === 'minutes' ? 'Referat' : 'Dagsorden'} — ${model.organization} ${shortDanishDate(model.date)}`, breadcrumbs: [{ href: `/moeder/${id}`, label: 'Mødet' }] },
  );
});
