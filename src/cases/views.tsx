import type { FC } from 'hono/jsx';
import type { Step } from './queries.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';

type T = (key: string, params?: Record<string, string | number>) => string;

/** The case's path through the bodies; each step says exactly how far it got. */
export const Timeline: FC<{ steps: Step[]; t: T }> = ({ steps, t }) => (
  <ol class="lighed-timeline">
    {steps.map((s, i) => {
      const next = steps.slice(i + 1).find((n) => n.status !== 'decided');
      return (
        <li>
          <strong>{s.organization.name}</strong>
          {s.date ? `, ${shortDanishDate(s.date)}` : ''} — {t(`case.role.${s.role}`)}
          <br />
          {s.status === 'decided'
            ? t(`case.outcome.${s.outcome}`, { organization: s.organization.name })
            : s.status === 'awaiting_minutes'
              ? t('case.awaiting_minutes')
              : s.status === 'on_agenda'
                ? t('case.on_agenda', { date: s.date ? shortDanishDate(s.date) : '' })
              : t('case.pending', { organization: s.organization.name })}
          {s.status === 'decided' && next ? ` — ${t('case.awaiting_next', { organization: next.organization.name })}` : ''}
          {s.meetingId ? <> · <a href={`/moeder/${s.meetingId}${s.itemNumber ? `#item-${s.itemNumber}` : ''}`}>{t('case.to_meeting')}</a></> : null}
        </li>
      );
    })}
  </ol>
);
