import { Hono } from 'hono';
import type { FC } from 'hono/jsx';
import type { AppEnv } from '../web/env.ts';
import { notFound } from '../shared/errors.ts';
import { publicViewer, visibleContent } from '../permissions/visibility.ts';
import { AttachmentList, attachmentLinks, type AttachmentLink } from '../documents/attachment-links.tsx';
import { casePage, itemPage } from './queries.ts';
import { personPage } from '../people/queries.ts';
import { Timeline } from './views.tsx';
import { loadItemContents } from '../agenda/content.ts';
import { maskContent, maskSensitive } from '../documents/screening.ts';
import { publicScreening } from '../permissions/publication.ts';
import { sectionParagraphs } from '../documents/render/text.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';

type T = (key: string, params?: Record<string, string | number>) => string;

const PersonView: FC<{ page: NonNullable<Awaited<ReturnType<typeof personPage>>>; t: T; today: string }> = ({ page, t, today }) => (
  <>
    <h1>{page.person.name}</h1>
    <h2>{t('person.memberships')}</h2>
    <ul>
      {page.memberships.map((m) => (
        <li>
          <a href={`/organer/${m.organizationSlug}`}>{m.organization}</a>: {t(`role.${m.role}`)}, {t(`seat.${m.seatKind}`)}
          {m.ngo ? ` (${m.ngo})` : ''}
          {m.startDate || m.endDate ? ` — ${m.startDate ? shortDanishDate(m.startDate) : '…'}–${m.endDate ? shortDanishDate(m.endDate) : ''}` : ''}
          {m.endDate && m.endDate < today ? ` (${t('person.ended')})` : ''}
        </li>
      ))}
    </ul>
  </>
);

export const caseRoutes = new Hono<AppEnv>()
  .get('/sager/:id', async (c) => {
    const page = await casePage(c.get('deps').database.db, c.req.param('id'), publicViewer);
    if (!page) throw notFound('case', c.req.param('id'));
    const t = c.get('t');
    const screening = await publicScreening(c.get('deps').database.db);
    const title = maskSensitive(page.kase.title, screening);
    return c.render(
      <>
        <h1>{title}</h1>
        {page.kase.caseNumber ? <p class="lighed-meta">{t('meeting.case_number')}: {page.kase.caseNumber}</p> : null}
        <h2>{t('case.path')}</h2>
        <Timeline steps={page.steps} t={t} />
      </>,
      // (The body the case first came before: where a reader coming from a search would go next.)
      { title, breadcrumbs: [{ href: '/organer', label: t('nav.bodies') }, { href: `/organer/${page.steps[0]!.organization.slug}`, label: page.steps[0]!.organization.name }] },
    );
  })
  .get('/punkter/:id', async (c) => {
    const db = c.get('deps').database.db;
    const page = await itemPage(db, c.req.param('id'), publicViewer);
    if (!page) throw notFound('item', c.req.param('id'));
    const t = c.get('t');
    const screening = await publicScreening(db);
    const { date } = instantToCopenhagen(page.meeting.start);
    const title = page.visibility.title ? maskSensitive(page.item.title, screening) : t('meeting.closed_item');
    const links = page.visibility.content ? await attachmentLinks(db, [page.item.id]) : new Map();
    const content = page.visibility.content ? maskContent(visibleContent((await loadItemContents(db, [page.item.id])).get(page.item.id)!, publicViewer, page.meeting.state), screening) : null;
    return c.render(
      <>
        <h1>{page.item.public ? title : `${t('meeting.closed_item')}${page.visibility.title ? `: ${title}` : ''}`}</h1>
        <p class="lighed-meta">
          {t('meeting.item', { number: page.item.number, title: '' }).replace(/:\s*$/, '')} · <a href={`/moeder/${page.meeting.id}`}>{t('meeting.title', { organization: page.org.name, date: shortDanishDate(date) })}</a>
          {content && page.item.caseNumber ? ` · ${t('meeting.case_number')}: ${page.item.caseNumber}` : ''}
        </p>
        {content?.sections.map((s) => (
          <>
            {s.heading ? <h2 class="h3">{s.heading}</h2> : null}
            {s.kind === 'attachments' ? <AttachmentList links={(links.get(page.item.id) ?? []).map((l: AttachmentLink) => ({ ...l, name: maskSensitive(l.name, screening) }))} /> : sectionParagraphs(s, content.attachments).map((p) => <p>{p}</p>)}
          </>
        ))}
        {page.steps.length ? (
          <section aria-labelledby="path">
            <h2 id="path">{t('case.path')}</h2>
            <Timeline steps={page.steps} t={t} />
            {page.item.caseId ? <p><a href={`/sager/${page.item.caseId}`}>{t('case.open')}</a></p> : null}
          </section>
        ) : null}
      </>,
      { title, breadcrumbs: [{ href: `/organer/${page.org.slug}`, label: page.org.name }, { href: `/moeder/${page.meeting.id}`, label: shortDanishDate(date) }] },
    );
  })
  .get('/personer/:slug', async (c) => {
    const page = await personPage(c.get('deps').database.db, c.req.param('slug'));
    if (!page) throw notFound('person', c.req.param('slug'));
    const t = c.get('t');
    return c.render(<PersonView page={page} t={t} today={new Date().toISOString().slice(0, 10)} />, { title: page.person.name, breadcrumbs: [{ href: '/organer', label: t('nav.bodies') }] });
  });
