import { Hono } from 'hono';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { AppEnv } from '../web/env.ts';
import type { Db } from '../db/connect.ts';
import { validate } from '../shared/command.ts';
import { notFound } from '../shared/errors.ts';
import { copenhagenToInstant, todayInCopenhagen } from '../shared/time.ts';
import { sortDanish } from '../shared/i18n.ts';
import { organizations } from '../bodies/schema.ts';
import { bodiesOverview } from '../bodies/queries.ts';
import { agendaIsPublic, minutesArePublic } from '../meetings/state.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { latestDecisions, planMeetings, upcomingMeetings, type PlanMeeting } from './queries.ts';
import { renderICal } from './ical.ts';
import { renderAtom, type FeedEntry } from './atom.ts';
import { AccessibilityPage, FrontPage } from './views.tsx';
import { CalendarPage } from './calendar-views.tsx';
import { renderIndex, renderUrlSet, sitemapPart, sitemapParts } from './sitemap.ts';
import { filledQuery } from '../web/query.ts';

const calendarInput = z.object({
  maaned: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'rule.format.month' }).optional(),
  organ: z.string().trim().max(80).optional(),
  visning: z.enum(['maaned', 'liste']).default('maaned'),
});

async function organ(db: Db, slug: string) {
  const org = await db.query.organizations.findFirst({ where: eq(organizations.slug, slug) });
  if (!org) throw notFound('organization', slug);
  return org;
}

function feedEntries(meetings: PlanMeeting[], base: string): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const m of meetings) {
    const date = shortDanishDate(instantToCopenhagen(m.start).date);
    const state = m.state as Parameters<typeof agendaIsPublic>[0];
    if (m.cancelled || !agendaIsPublic(state)) continue;
    entries.push({ id: `${base}/moeder/${m.id}/dagsorden`, title: `Dagsorden: ${m.organization} ${date}`, url: `${base}/moeder/${m.id}/dagsorden`, updated: m.modifiedAt, summary: `Dagsorden for mødet i ${m.organization} ${date}.` });
    if (minutesArePublic(state)) {
      entries.push({ id: `${base}/moeder/${m.id}/referat`, title: `Referat: ${m.organization} ${date}`, url: `${base}/moeder/${m.id}/referat`, updated: m.modifiedAt, summary: `Referat af mødet i ${m.organization} ${date}.` });
    }
  }
  return entries.sort((a, b) => b.updated.getTime() - a.updated.getTime()).slice(0, 50);
}

const ics = (body: string, filename: string) =>
  new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${filename}.ics"`, 'Cache-Control': 'public, max-age=300' } });
const atom = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });

const xmlResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });

export const portalRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const db = c.get('deps').database.db;
    const [upcoming, decisions, overview] = await Promise.all([upcomingMeetings(db, new Date()), latestDecisions(db), bodiesOverview(db)]);
    const t = c.get('t');
    return c.render(<FrontPage upcoming={upcoming} decisions={decisions} overview={overview} t={t} />, { title: t('front.title') });
  })
  .get('/kalender', async (c) => {
    const input = validate(calendarInput, filledQuery(c.req.query()));
    const month = input.maaned ?? todayInCopenhagen().slice(0, 7);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const from = copenhagenToInstant(`${month}-01`);
    const to = copenhagenToInstant(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
    const db = c.get('deps').database.db;
    if (input.organ) await organ(db, input.organ);
    const meetings = await planMeetings(db, { organ: input.organ, from, to });
    const organs = sortDanish(await db.select({ slug: organizations.slug, name: organizations.name }).from(organizations), (o) => o.name);
    const t = c.get('t');
    return c.render(<CalendarPage month={month} view={input.visning} organ={input.organ ?? null} organs={organs} meetings={meetings} locale={c.get('locale') === 'en' ? 'en-GB' : 'da-DK'} t={t} />, { title: t('calendar.title') });
  })
  .get('/kalender.ics', async (c) => {
    const { database, config } = c.get('deps');
    return ics(renderICal('Lighed — alle møder', await planMeetings(database.db), config.publicUrl), 'lighed-moeder');
  })
  .get('/organer/:slug/kalender.ics', async (c) => {
    const org = await organ(c.get('deps').database.db, c.req.param('slug'));
    const { database, config } = c.get('deps');
    return ics(renderICal(`${org.name} — møder`, await planMeetings(database.db, { organ: org.slug }), config.publicUrl), org.slug);
  })
  .get('/feed.atom', async (c) => {
    const { database, config } = c.get('deps');
    const base = config.publicUrl;
    return atom(renderAtom('Lighed — dagsordener og referater', `${base}/feed.atom`, base, feedEntries(await planMeetings(database.db), base)));
  })
  .get('/organer/:slug/feed.atom', async (c) => {
    const org = await organ(c.get('deps').database.db, c.req.param('slug'));
    const { database, config } = c.get('deps');
    const base = config.publicUrl;
    return atom(renderAtom(`${org.name} — dagsordener og referater`, `${base}/organer/${org.slug}/feed.atom`, `${base}/organer/${org.slug}`, feedEntries(await planMeetings(database.db, { organ: org.slug }), base)));
  })
  .get('/robots.txt', (c) => c.text(`User-agent: *\nDisallow: /sekretariat\nDisallow: /admin\nDisallow: /mit\nSitemap: ${c.get('deps').config.publicUrl}/sitemap.xml\n`))
  .get('/sitemap.xml', async (c) => {
    const { database, config } = c.get('deps');
    return xmlResponse(renderIndex(config.publicUrl, await sitemapParts(database.db)));
  })
  .get('/:file{sitemap-[a-z]+(-[0-9]+)?\\.xml}', async (c) => {
    const { database, config } = c.get('deps');
    const part = c.req.param('file').slice('sitemap-'.length, -'.xml'.length);
    const urls = await sitemapPart(database.db, config.publicUrl, part);
    if (!urls) throw notFound('page', c.req.path);
    return xmlResponse(renderUrlSet(urls));
  })
  .get('/tilgaengelighed', (c) => {
    const t = c.get('t');
    return c.render(<AccessibilityPage t={t} />, { title: t('a11y.title') });
  });
