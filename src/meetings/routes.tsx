import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { meetingPage } from './queries.ts';
import { MeetingPage } from './views.tsx';
import { notFound } from '../shared/errors.ts';
import { publicViewer } from '../permissions/visibility.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';

export const meetingRoutes = new Hono<AppEnv>().get('/moeder/:id', async (c) => {
  const page = await meetingPage(c.get('deps').database.db, c.req.param('id'), publicViewer);
  if (!page) throw notFound('meeting', c.req.param('id'));
  const t = c.get('t');
  const title = t('meeting.title', { organization: page.organization.name, date: shortDanishDate(instantToCopenhagen(page.meeting.start).date) });
  return c.render(<MeetingPage page={page} t={t} />, {
    title,
    breadcrumbs: [{ href: '/organer', label: t('nav.bodies') }, { href: `/organer/${page.organization.slug}`, label: page.organization.name }],
  });
});
