import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { meetingPage } from './queries.ts';
import { MeetingPage } from './views.tsx';
import { notFound } from '../shared/errors.ts';
import { viewerForMeeting } from '../permissions/viewer.ts';
import { can } from '../permissions/policy.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { approvalOf } from '../minutes/queries.ts';
import { publishedVersions } from './versions.ts';

export const meetingRoutes = new Hono<AppEnv>().get('/moeder/:id', async (c) => {
  const db = c.get('deps').database.db;
  const principal = c.get('principal');
  const found = await viewerForMeeting(db, principal, c.req.param('id'));
  if (!found) throw notFound('meeting', c.req.param('id'));
  const page = await meetingPage(db, found.meeting, found.viewer);
  const t = c.get('t');
  const title = t('meeting.title', { organization: page.organization.name, date: shortDanishDate(instantToCopenhagen(page.meeting.start).date) });
  // A member may approve released minutes; the page says when they did.
  const approval = principal.kind === 'user' && can(principal, 'minutes.approve_own', { organizationId: page.organization.id }) && (page.meeting.state === 'minutes_released' || page.meeting.state === 'minutes_approved')
    ? { mine: await approvalOf(db, page.meeting.id, principal.userId), open: page.meeting.state === 'minutes_released' }
    : null;
  const staff = principal.kind === 'user' && can(principal, 'agenda.edit', { organizationId: page.organization.id });
  // Change notes name items and may name closed ones: members see them, the public sees the items marked.
  const versions = found.viewer.kind === 'member' && found.viewer.closed ? await publishedVersions(db, page.meeting.id) : [];
  return c.render(<MeetingPage page={page} t={t} viewer={found.viewer} approval={approval} staff={staff} versions={versions} />, {
    title,
    breadcrumbs: [{ href: '/organer', label: t('nav.bodies') }, { href: `/organer/${page.organization.slug}`, label: page.organization.name }],
  });
});
