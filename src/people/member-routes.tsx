// "Min side": a member's next meetings, minutes awaiting their approval, drafts to review and
// what changed since they last looked.
import { Hono } from 'hono';
import type { FC } from 'hono/jsx';
import type { AppEnv } from '../web/env.ts';
import { requireUser } from '../web/auth.ts';
import { ActionButton, Flash } from '../web/forms.tsx';
import { markSeen, memberStart } from './member-queries.ts';
import { when } from '../agenda/views.tsx';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { useDates } from '../web/dates.ts';

type T = (key: string, params?: Record<string, string | number>) => string;
type Start = Awaited<ReturnType<typeof memberStart>>;

const StartPage: FC<{ page: Start; name: string; t: T }> = ({ page, name, t }) => (
  <>
    <h1>{t('mine.title', { name })}</h1>
    <Flash />
    <p><a href="/mit/adgangskode">{t('password.link')}</a></p>
    {page.reviews.length ? (
      <section aria-labelledby="reviews">
        <h2 id="reviews">{t('mine.reviews')}</h2>
        <ul>{page.reviews.map((r) => <li><a href={`/moeder/${r.meetingId}/dagsorden`}>{r.organization} {shortDanishDate(instantToCopenhagen(r.start).date)}</a> — {t('mine.review_hint')}</li>)}</ul>
      </section>
    ) : null}
    <section aria-labelledby="approve">
      <h2 id="approve">{t('mine.awaiting')}</h2>
      {page.awaitingApproval.length ? (
        <ul class="nobullet-list">
          {page.awaitingApproval.map((m) => (
            <li>
              <a href={`/moeder/${m.id}/referat`}>{t('mine.minutes_of', { organization: m.organization, date: shortDanishDate(instantToCopenhagen(m.start).date) })}</a>{' '}
              <ActionButton action={`/moeder/${m.id}/referat/godkend`} label={t('mine.approve')} secondary ariaLabel={t('mine.approve_named', { organization: m.organization, date: shortDanishDate(instantToCopenhagen(m.start).date) })} />
            </li>
          ))}
        </ul>
      ) : <p>{t('mine.nothing_awaiting')}</p>}
    </section>
    <section aria-labelledby="next">
      <h2 id="next">{t('mine.next')}</h2>
      {page.upcoming.length ? <ul>{page.upcoming.map((m) => <li><a href={`/moeder/${m.id}`}>{m.organization}</a> — {when(m.start)} ({t(`state.${m.state}`)})</li>)}</ul> : <p>{t('mine.no_meetings')}</p>}
    </section>
    <section aria-labelledby="changes">
      <h2 id="changes">{page.since ? t('mine.changes_since', { date: useDates().whenShort(page.since) }) : t('mine.changes')}</h2>
      {page.changes.length ? <ul>{page.changes.map((c) => <li><a href={`/moeder/${c.meetingId}`}>{c.organization} {shortDanishDate(instantToCopenhagen(c.start).date)}</a>: {c.note}</li>)}</ul> : <p>{t('mine.no_changes')}</p>}
    </section>
  </>
);

export const memberRoutes = new Hono<AppEnv>().get('/mit', async (c) => {
  const principal = requireUser(c);
  const db = c.get('deps').database.db;
  const page = await memberStart(db, principal);
  const res = await c.render(<StartPage page={page} name={principal.name} t={c.get('t')} />, { title: c.get('t')('mine.title', { name: principal.name }) });
  await markSeen(db, principal.userId);
  return res;
});
