import type { FC } from 'hono/jsx';
import type { PlanMeeting, latestDecisions } from './queries.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { BodiesPage } from '../bodies/views.tsx';
import { decisionTeaser } from './teaser.ts';
import type { BodyOverview } from '../bodies/queries.ts';
import { useDates } from '../web/dates.ts';

type T = (key: string, params?: Record<string, string | number>) => string;

export const MeetingLine: FC<{ m: PlanMeeting; t: T }> = ({ m, t }) => {
  const { date, time } = instantToCopenhagen(m.start);
  return (
    <li>
      <a href={`/moeder/${m.id}`}>{m.organization}</a> — {useDates().longAt(date, time)}
      {m.location ? `, ${m.location}` : ''} <span class="lighed-meta">({m.cancelled ? t('state.cancelled') : t(`state.${m.state}`)})</span>
    </li>
  );
};

export const FrontPage: FC<{ upcoming: PlanMeeting[]; decisions: Awaited<ReturnType<typeof latestDecisions>>; overview: BodyOverview[]; t: T }> = ({ upcoming, decisions, overview, t }) => (
  <>
    <h1>{t('front.title')}</h1>
    <p class="font-lead">{t('front.intro')}</p>
    <form method="get" action="/soeg" role="search" class="lighed-search">
      <label class="form-label" for="front-q">{t('search.label')}</label>
      <div class="lighed-inline">
        <input class="form-input input-width-xl" id="front-q" name="q" type="search" />
        <button class="button button-primary" type="submit">{t('search.submit')}</button>
      </div>
    </form>
    <section aria-labelledby="upcoming">
      <h2 id="upcoming">{t('front.upcoming')}</h2>
      {upcoming.length ? <ul>{upcoming.map((m) => <MeetingLine m={m} t={t} />)}</ul> : <p>{t('front.no_upcoming')}</p>}
      <p><a href="/kalender">{t('front.calendar')}</a> · <a href="/kalender.ics">{t('front.subscribe')}</a></p>
    </section>
    <section aria-labelledby="decisions">
      <h2 id="decisions">{t('front.decisions')}</h2>
      {decisions.length ? (
        <ul>
          {decisions.map((d) => (
            <li>
              <a href={`/moeder/${d.meetingId}${d.number ? `#item-${d.number}` : ''}`}>{d.title}</a> — {d.organization}, {shortDanishDate(d.date)}
              <p class="lighed-meta">{decisionTeaser(d.body)}</p>
            </li>
          ))}
        </ul>
      ) : <p>{t('front.no_decisions')}</p>}
      <p><a href="/feed.atom">{t('front.feed')}</a></p>
    </section>
    <BodiesPage overview={overview} t={t} heading="h2" />
  </>
);

export const AccessibilityPage: FC<{ t: T }> = ({ t }) => (
  <>
    <h1>{t('a11y.title')}</h1>
    {t('a11y.body').split('\n\n').map((p) => <p>{p}</p>)}
    <h2>{t('a11y.tested_title')}</h2>
    <ul>{t('a11y.tested').split('\n').map((l) => <li>{l}</li>)}</ul>
    <h2>{t('a11y.known_title')}</h2>
    <ul>{t('a11y.known').split('\n').map((l) => <li>{l}</li>)}</ul>
    <h2>{t('a11y.contact_title')}</h2>
    <p>{t('a11y.contact')}</p>
  </>
);
