// Sitemaps (sitemaps.org 0.9) of what the public may open: a sitemap index over parts of at most
// 40,000 addresses. Items and cases only from released agendas and never closed: the same rule as
// their pages, written as SQL so a million items are listed without loading them.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/connect.ts';
import { meetingStates, type MeetingState } from '../meetings/state.ts';
import { agendaIsPublic, minutesArePublic } from '../meetings/state.ts';

export const SITEMAP_PART = 40_000;

interface Url { loc: string; lastmod?: Date | null }

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const released = meetingStates.filter((s) => agendaIsPublic(s));
const releasedList = sql.join(released.map((s) => sql`${s}`), sql`, `);

export function renderUrlSet(urls: Url[]): string {
  const body = urls.map((u) => `<url><loc>${xml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ''}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** The parts the index lists: pages, meetings, then items and cases in parts of SITEMAP_PART. */
export async function sitemapParts(db: Queryable): Promise<string[]> {
  const row = (await db.execute(sql`
    select (select count(*) from agenda_items i join meetings m on m.id = i.meeting_id
            where i.public and not m.cancelled and m.state in (${releasedList}))::int as items,
           (select count(distinct i.case_id) from agenda_items i join meetings m on m.id = i.meeting_id
            where i.public and i.case_id is not null and not m.cancelled and m.state in (${releasedList}))::int as cases`)).rows[0] as { items: number; cases: number };
  const pages = (n: number, name: string) => Array.from({ length: Math.ceil(n / SITEMAP_PART) }, (_, i) => `${name}-${i + 1}`);
  return ['sider', 'moeder', ...pages(row.items, 'punkter'), ...pages(row.cases, 'sager')];
}

export function renderIndex(base: string, parts: string[]): string {
  const body = parts.map((p) => `<sitemap><loc>${xml(`${base}/sitemap-${p}.xml`)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

/** One part's addresses, or null when there is no such part. */
export async function sitemapPart(db: Queryable, base: string, part: string): Promise<Url[] | null> {
  if (part === 'sider') {
    const orgs = (await db.execute(sql`select slug, modified_at from organizations order by slug`)).rows as { slug: string; modified_at: Date }[];
    const people = (await db.execute(sql`select slug, modified_at from persons order by slug`)).rows as { slug: string; modified_at: Date }[];
    return [
      ...['', '/organer', '/kalender', '/soeg', '/tilgaengelighed'].map((p) => ({ loc: `${base}${p || '/'}` })),
      ...orgs.map((o) => ({ loc: `${base}/organer/${o.slug}`, lastmod: new Date(o.modified_at) })),
      ...people.map((p) => ({ loc: `${base}/personer/${p.slug}`, lastmod: new Date(p.modified_at) })),
    ];
  }
  if (part === 'moeder') {
    // The meeting plan is public, planned meetings too; the documents only once released.
    const rows = (await db.execute(sql`select id, state, cancelled, modified_at from meetings order by start`)).rows as { id: string; state: MeetingState; cancelled: boolean; modified_at: Date }[];
    return rows.flatMap((m) => {
      const lastmod = new Date(m.modified_at);
      const urls: Url[] = [{ loc: `${base}/moeder/${m.id}`, lastmod }];
      if (!m.cancelled && agendaIsPublic(m.state)) urls.push({ loc: `${base}/moeder/${m.id}/dagsorden`, lastmod });
      if (!m.cancelled && minutesArePublic(m.state)) urls.push({ loc: `${base}/moeder/${m.id}/referat`, lastmod });
      return urls;
    });
  }
  const paged = /^(punkter|sager)-([1-9]\d{0,5})$/.exec(part);
  if (!paged) return null;
  const offset = (Number(paged[2]) - 1) * SITEMAP_PART;
  const rows = (
    await db.execute(
      paged[1] === 'punkter'
        ? sql`select i.id, i.modified_at from agenda_items i join meetings m on m.id = i.meeting_id
              where i.public and not m.cancelled and m.state in (${releasedList}) order by i.id limit ${SITEMAP_PART} offset ${offset}`
        : sql`select i.case_id as id, max(i.modified_at) as modified_at from agenda_items i join meetings m on m.id = i.meeting_id
              where i.public and i.case_id is not null and not m.cancelled and m.state in (${releasedList})
              group by i.case_id order by i.case_id limit ${SITEMAP_PART} offset ${offset}`,
    )
  ).rows as { id: string; modified_at: Date }[];
  if (rows.length === 0 && offset > 0) return null;
  return rows.map((r) => ({ loc: `${base}/${paged[1]}/${r.id}`, lastmod: new Date(r.modified_at) }));
}
