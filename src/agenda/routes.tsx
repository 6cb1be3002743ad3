// The secretariat's pages for building agendas. Thin: permission first, then a command, then a redirect.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { requirePermission } from '../web/auth.ts';
import { errorsFrom, formValues, type Values } from '../web/forms.tsx';
import { done, run } from '../web/run.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { builderPage, itemEditPage, staffOrganizations } from './queries.ts';
import { BuilderPage, StaffHome } from './views.tsx';
import { ItemEditPage, itemValues } from './item-views.tsx';
import { addItem, moveItem, moveItemToMeeting, removeItem, updateItem } from './items.ts';
import { addRecurringItems } from './recurring.ts';
import { releaseAgenda, requestReview, ReleaseRefused } from './release.ts';
import { attachFile, megabytes, removeAttachment, storeUpload } from './attachments.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';

const fieldName = (f: string) => f.replace(/^clauses\.\d+(\.text)?$/, 'clauses');

/** One clause per line; blank lines only separate (a bare "at" stays, and release names it as empty). */
const clauseLines = (text: string) => text.replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '');

/** The item fields from a posted form. */
export function itemInput(v: Values) {
  return {
    title: v.title ?? '',
    public: v.closed !== 'on',
    closedReason: v.closedReason,
    caseNumber: v.caseNumber,
    summary: v.summary ?? '',
    proposer: v.proposer,
    clauses: clauseLines(v.clauses ?? ''),
    presentation: v.presentation ?? '',
    financial: v.financial ?? '',
    practical: v.practical ?? '',
    changeNote: v.changeNote,
  };
}

async function loadBuilder(c: Context<AppEnv>) {
  const page = await builderPage(c.get('deps').database.db, c.req.param('id')!);
  if (!page) throw notFound('meeting', c.req.param('id')!);
  requirePermission(c, 'agenda.edit', { organizationId: page.org.id });
  return page;
}

async function loadItem(c: Context<AppEnv>) {
  const page = await itemEditPage(c.get('deps').database.db, c.req.param('id')!);
  if (!page) throw notFound('item', c.req.param('id')!);
  requirePermission(c, 'agenda.edit', { organizationId: page.org.id });
  return page;
}

const builderTitle = (c: Context<AppEnv>, page: Awaited<ReturnType<typeof loadBuilder>>) =>
  c.get('t')('builder.title', { organization: page.org.name, date: shortDanishDate(instantToCopenhagen(page.meeting.start).date) });
const crumbs = (c: Context<AppEnv>) => [{ href: '/sekretariat', label: c.get('t')('staff.title') }];

async function renderItem(c: Context<AppEnv>, page: Awaited<ReturnType<typeof loadItem>>, values: Values, extra: { errors?: Record<string, string>; message?: string; stale?: Values | null } = {}) {
  const b = await builderPage(c.get('deps').database.db, page.meeting.id);
  return c.render(<ItemEditPage page={page} t={c.get('t')} values={values} meetings={b!.otherMeetings} {...extra} />, {
    title: c.get('t')('item.edit_title', { number: page.item.number }),
    breadcrumbs: [...crumbs(c), { href: `/sekretariat/moeder/${page.meeting.id}`, label: builderTitle(c, b!) }],
  });
}

export const agendaRoutes = new Hono<AppEnv>()
  .get('/sekretariat', async (c) => {
    const principal = c.get('principal');
    if (principal.kind !== 'user') throw new AppError('unauthenticated');
    const orgs = await staffOrganizations(c.get('deps').database.db, principal);
    if (orgs.length === 0) throw new AppError('forbidden');
    return c.render(<StaffHome orgs={orgs} t={c.get('t')} />, { title: c.get('t')('staff.title') });
  })
  .get('/sekretariat/moeder/:id', async (c) => {
    const page = await loadBuilder(c);
    return c.render(<BuilderPage page={page} t={c.get('t')} />, { title: builderTitle(c, page), breadcrumbs: crumbs(c) });
  })
  .post('/sekretariat/moeder/:id/punkter', async (c) => {
    const page = await loadBuilder(c);
    const v = await formValues(c.req);
    try {
      // An item made from a case takes the case's title unless the secretary wrote another.
      const fromCase = v.caseId ? page.caseOptions.find((x) => x.id === v.caseId) : undefined;
      const input = itemInput(v);
      await run(c, addItem, { ...input, title: input.title.trim() || fromCase?.title || '', caseId: v.caseId || null, meetingId: page.meeting.id });
      return done(c, `/sekretariat/moeder/${page.meeting.id}`, 'item_added');
    } catch (err) {
      const shown = errorsFrom(err, c.get('t'), fieldName);
      if (!shown) throw err;
      c.status(422);
      return c.render(<BuilderPage page={page} t={c.get('t')} values={v} {...shown} />, { title: builderTitle(c, page), breadcrumbs: crumbs(c) });
    }
  })
  .post('/sekretariat/moeder/:id/faste-punkter', async (c) => {
    const page = await loadBuilder(c);
    await run(c, addRecurringItems, { meetingId: page.meeting.id });
    return done(c, `/sekretariat/moeder/${page.meeting.id}`, 'recurring_added');
  })
  .post('/sekretariat/moeder/:id/gennemsyn', async (c) => {
    const page = await loadBuilder(c);
    requirePermission(c, 'agenda.send_for_review', { organizationId: page.org.id });
    const v = await formValues(c.req);
    const userIds = Object.keys(v).filter((k) => k.startsWith('reviewer.') && v[k] === 'on').map((k) => k.slice('reviewer.'.length));
    await run(c, requestReview, { meetingId: page.meeting.id, userIds });
    return done(c, `/sekretariat/moeder/${page.meeting.id}`, 'review_sent');
  })
  .post('/sekretariat/moeder/:id/frigiv', async (c) => {
    const page = await loadBuilder(c);
    requirePermission(c, 'agenda.release', { organizationId: page.org.id });
    const v = await formValues(c.req);
    try {
      await run(c, releaseAgenda, { meetingId: page.meeting.id, expectedVersion: v.expectedVersion ? Number(v.expectedVersion) : undefined });
      return done(c, `/sekretariat/moeder/${page.meeting.id}`, 'agenda_released');
    } catch (err) {
      if (!(err instanceof ReleaseRefused)) throw err;
      c.status(422);
      return c.render(<BuilderPage page={page} t={c.get('t')} refused={err.problems} />, { title: builderTitle(c, page), breadcrumbs: crumbs(c) });
    }
  })
  .get('/sekretariat/punkter/:id', async (c) => {
    const page = await loadItem(c);
    return renderItem(c, page, itemValues(page));
  })
  .post('/sekretariat/punkter/:id', async (c) => {
    const page = await loadItem(c);
    const v = await formValues(c.req);
    try {
      await run(c, updateItem, { ...itemInput(v), itemId: page.item.id, expectedVersion: Number(v.expectedVersion) });
      return done(c, `/sekretariat/punkter/${page.item.id}`, 'item_saved');
    } catch (err) {
      if (err instanceof AppError && err.messageKey === 'rule.item.stale') {
        // Someone saved first: keep this user's text, show what the other changed, let them save again.
        c.status(409);
        return renderItem(c, page, v, { message: c.get('t')(err.messageKey, err.params), stale: itemValues(page) });
      }
      const shown = errorsFrom(err, c.get('t'), fieldName);
      if (!shown) throw err;
      c.status(422);
      return renderItem(c, page, v, shown);
    }
  })
  .post('/sekretariat/punkter/:id/flyt', async (c) => {
    const page = await loadItem(c);
    const v = await formValues(c.req);
    await run(c, moveItem, { itemId: page.item.id, direction: v.direction === 'up' ? 'up' : 'down', changeNote: v.changeNote });
    return done(c, `/sekretariat/moeder/${page.meeting.id}`);
  })
  .post('/sekretariat/punkter/:id/flyt-til-moede', async (c) => {
    const page = await loadItem(c);
    const v = await formValues(c.req);
    await run(c, moveItemToMeeting, { itemId: page.item.id, targetMeetingId: v.targetMeetingId ?? '', changeNote: v.changeNote });
    return done(c, `/sekretariat/moeder/${v.targetMeetingId}`, 'item_moved');
  })
  .post('/sekretariat/punkter/:id/slet', async (c) => {
    const page = await loadItem(c);
    const v = await formValues(c.req);
    await run(c, removeItem, { itemId: page.item.id, changeNote: v.changeNote });
    return done(c, `/sekretariat/moeder/${page.meeting.id}`, 'item_removed');
  })
  .post('/sekretariat/punkter/:id/bilag', async (c) => {
    const page = await loadItem(c);
    const { blobs, config } = c.get('deps');
    const body = await c.req.parseBody();
    const file = body.file;
    const v = { name: typeof body.name === 'string' ? body.name : '', changeNote: typeof body.changeNote === 'string' ? body.changeNote : undefined };
    try {
      if (!(file instanceof File) || file.size === 0) throw new AppError('validation', 'error.validation', {}, [{ field: 'file', rule: 'rule.attachment.missing' }]);
      if (file.size > config.maxUploadBytes) throw new AppError('payload_too_large', 'rule.attachment.too_large', { max: megabytes(config.maxUploadBytes) });
      const upload = await storeUpload(blobs, file.name, new Uint8Array(await file.arrayBuffer()), config.maxUploadBytes);
      await run(c, attachFile, { itemId: page.item.id, name: v.name.trim() || file.name.replace(/\.[^.]+$/, ''), upload, changeNote: v.changeNote });
      return done(c, `/sekretariat/punkter/${page.item.id}`, upload.checkProblem ? 'attachment_failed_check' : 'attachment_added');
    } catch (err) {
      const shown = err instanceof AppError && err.code === 'payload_too_large' ? { errors: { file: c.get('t')(err.messageKey, err.params) }, message: c.get('t')(err.messageKey, err.params) } : errorsFrom(err, c.get('t'));
      if (!shown) throw err;
      c.status(err instanceof AppError ? (err.status as 413) : 422);
      return renderItem(c, page, itemValues(page), shown);
    }
  })
  .post('/sekretariat/punkter/:id/bilag/:fileId/slet', async (c) => {
    const page = await loadItem(c);
    const v = await formValues(c.req);
    await run(c, removeAttachment, { itemId: page.item.id, fileId: c.req.param('fileId'), changeNote: v.changeNote });
    return done(c, `/sekretariat/punkter/${page.item.id}`, 'attachment_removed');
  });
