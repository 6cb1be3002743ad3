// The meeting calendar: a month grid (weeks from Monday, ISO week numbers) or a list, both plain
// HTML. On a small screen the grid's empty days are hidden, so it reads as a list.
import type { FC } from 'hono/jsx';
import type { PlanMeeting } from './queries.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { MeetingLine } from './views.tsx';

type T = (key: string, params?: Record<string, string | number>) => string;
export type CalendarView = 'maaned' | 'liste';

/** ISO 8601 week number of a calendar date. */
export function isoWeek(date: string): number {
  // The week belongs to the year of its Thursday.
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** The month's days in weeks of seven from Monday; null pads the first and last week. */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

const MonthGrid: FC<{ month: string; meetings: PlanMeeting[]; locale: string; t: T; title: string }> = ({ month, meetings, locale, t, title }) => {
  const byDay = new Map<string, PlanMeeting[]>();
  for (const m of meetings) {
    const { date } = instantToCopenhagen(m.start);
    byDay.set(date, [...(byDay.get(date) ?? []), m]);
  }
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const monday = new Date(Date.UTC(2024, 0, 1));
  const names = Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * 86_400_000));
  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  return (
    <table class="table lighed-month">
      <caption class="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('calendar.week')}</th>
          {names.map((d) => <th scope="col"><abbr title={weekday.format(d)}>{short.format(d)}</abbr></th>)}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr>
            <th scope="row">{isoWeek(week.find((d) => d)!)}</th>
            {week.map((day) => {
              if (!day) return <td class="lighed-month-empty"></td>;
              const list = byDay.get(day) ?? [];
              return (
                <td class={list.length ? 'lighed-month-busy' : 'lighed-month-empty'}>
                  <span class="lighed-month-day" aria-hidden="true">{Number(day.slice(8))}</span>
                  <span class="sr-only">{dayLabel.format(new Date(`${day}T00:00:00Z`))}</span>
                  {list.length ? (
                    <ul class="lighed-month-meetings">
                      {list.map((m) => (
                        <li>
                          <a href={`/moeder/${m.id}`}>{instantToCopenhagen(m.start).time} {m.organization}</a>
                          {m.cancelled ? <> ({t('state.cancelled')})</> : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

export const CalendarPage: FC<{ month: string; view: CalendarView; organ: string | null; organs: { slug: string; name: string }[]; meetings: PlanMeeting[]; locale: string; t: T }> = ({ month, view, organ, organs, meetings, locale, t }) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const q = (mm: string, v: CalendarView = view) => `/kalender?maaned=${mm}${organ ? `&organ=${organ}` : ''}${v === 'liste' ? '&visning=liste' : ''}`;
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  const title = `${t('calendar.title')}: ${monthName}`;
  return (
    <>
      <h1>{title}</h1>
      <form method="get" action="/kalender">
        <input type="hidden" name="maaned" value={month} />
        {view === 'liste' ? <input type="hidden" name="visning" value="liste" /> : null}
        <div class="form-group">
          <label class="form-label" for="organ">{t('search.organ')}</label>
          <select class="form-select" id="organ" name="organ">
            <option value="">{t('search.all')}</option>
            {organs.map((o) => <option value={o.slug} selected={organ === o.slug}>{o.name}</option>)}
          </select>
        </div>
        <button class="button button-secondary" type="submit">{t('calendar.show')}</button>
      </form>
      <nav aria-label={t('calendar.views')}>
        <ul class="inline-list">
          <li>{view === 'maaned' ? <strong aria-current="page">{t('calendar.month_view')}</strong> : <a href={q(month, 'maaned')}>{t('calendar.month_view')}</a>}</li>
          <li>{view === 'liste' ? <strong aria-current="page">{t('calendar.list_view')}</strong> : <a href={q(month, 'liste')}>{t('calendar.list_view')}</a>}</li>
        </ul>
      </nav>
      <nav aria-label={t('calendar.months')}>
        <ul class="inline-list">
          <li><a href={q(prev)}>{t('calendar.previous')}</a></li>
          <li><a href={q(next)}>{t('calendar.next')}</a></li>
        </ul>
      </nav>
      {view === 'maaned' ? <MonthGrid month={month} meetings={meetings} locale={locale} t={t} title={title} /> : null}
      {view === 'liste' ? (meetings.length ? <ul>{meetings.map((mt) => <MeetingLine m={mt} t={t} />)}</ul> : null) : null}
      {meetings.length ? null : <p>{t('calendar.none')}</p>}
      <p><a href={organ ? `/organer/${organ}/kalender.ics` : '/kalender.ics'}>{t('front.subscribe')}</a></p>
    </>
  );
};
