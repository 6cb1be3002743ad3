import type { FC } from 'hono/jsx';
import type { meetingPage, VisibleItem } from './queries.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { sortDanish } from '../shared/i18n.ts';
import { agendaIsPublic, minutesArePublic } from './state.ts';
import type { Viewer } from '../permissions/visibility.ts';
import { AttachmentList } from '../documents/attachment-links.tsx';
import { ActionButton, Flash } from '../web/forms.tsx';
import { Alert } from '../web/alert.tsx';
import { useDates } from '../web/dates.ts';

type T = (key: string, params?: Record<string, string | number>) => string;
type Page = NonNullable<Awaited<ReturnType<typeof meetingPage>>>;

const Item: FC<{ item: VisibleItem; t: T }> = ({ item, t }) => (
  <section class="lighed-item" aria-labelledby={`item-${item.number}`}>
    <h2 id={`item-${item.number}`} class="h3">
      {item.public ? <a href={`/punkter/${item.id}`}>{t('meeting.item', { number: item.number, title: item.title ?? '' })}</a> : `${t('meeting.item', { number: item.number, title: t('meeting.closed_item') })}${item.title ? `: ${item.title}` : ''}`}
    </h2>
    {item.supplementary ? <p class="lighed-meta">{t('meeting.supplementary')}</p> : null}
    {item.caseNumber ? <p class="lighed-meta">{t('meeting.case_number')}: {item.caseNumber}</p> : null}
    {item.previousMinutes ? <p><a href={`/moeder/${item.previousMinutes.meetingId}/referat`}>{t('meeting.previous_minutes_link', { date: shortDanishDate(item.previousMinutes.date) })}</a></p> : null}
    {item.content?.sections.map((s) => (
      <>
        {s.heading ? <h3 class="h4">{s.heading}</h3> : null}
        {s.kind === 'attachments' ? (
          <AttachmentList links={item.attachmentLinks} />
        ) : (
          s.text.split('\n\n').map((p) => <p>{p}</p>)
        )}
      </>
    ))}
  </section>
);

type Approval = { mine: { approvedAt: Date } | null; open: boolean } | null;

type Version = { version: number; note: string | null; createdAt: Date };

export const MeetingPage: FC<{ page: Page; t: T; viewer?: Viewer; approval?: Approval; staff?: boolean; versions?: Version[] }> = ({ page, t, viewer, approval, staff, versions = [] }) => {
  const members = viewer?.kind === 'member';
  const minutesShown = minutesArePublic(page.meeting.state) || (viewer?.kind === 'member' && viewer.drafts && page.meeting.state === 'held');
  const { date, time } = instantToCopenhagen(page.meeting.start);
  const absent = sortDanish(page.attendance.filter((a) => a.status !== 'present'), (a) => a.name);
  return (
    <>
      <h1>{t('meeting.title', { organization: page.organization.name, date: shortDanishDate(date) })}</h1>
      <Flash />
      {page.showAgenda && !agendaIsPublic(page.meeting.state) ? <Alert kind="info"><p class="alert-text"><strong>{t('meeting.draft_notice')}</strong></p></Alert> : null}
      {members && viewer.closed && page.items.some((i) => !i.public) ? <p class="lighed-meta">{t('meeting.members_notice')}</p> : null}
      {staff ? <p><a href={`/sekretariat/moeder/${page.meeting.id}`}>{t('meeting.open_in_secretariat')}</a></p> : null}
      {approval ? (
        approval.mine
          ? <p>{t('meeting.you_approved', { when: useDates().whenShort(approval.mine.approvedAt) })}</p>
          : approval.open ? <ActionButton action={`/moeder/${page.meeting.id}/referat/godkend`} label={t('mine.approve')} /> : null
      ) : null}
      <dl>
        <dt>{t('meeting.date')}</dt>
        <dd>{useDates().longAt(date, time)}</dd>
        {page.location ? <><dt>{t('meeting.location')}</dt><dd>{page.location.description}</dd></> : null}
        <dt>{t('meeting.state')}</dt>
        <dd>{page.meeting.cancelled ? t('state.cancelled') : t(`state.${page.meeting.state}`)}</dd>
      </dl>
      {page.showAgenda ? (
        <ul class="nobullet-list">
          {(minutesShown ? (['referat', 'dagsorden'] as const) : (['dagsorden'] as const)).map((d) => (
            <li>
              {t(`documents.${d}`)}: <a href={`/moeder/${page.meeting.id}/${d}`}>{t('documents.read')}</a> · <a href={`/moeder/${page.meeting.id}/${d}.pdf`}>PDF</a> · <a href={`/moeder/${page.meeting.id}/${d}.txt`}>{t('documents.text')}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {!page.showAgenda ? <p>{t('meeting.no_agenda')}</p> : page.items.map((i) => <Item item={i} t={t} />)}
      {absent.length > 0 ? (
        <section aria-labelledby="attendance">
          <h2 id="attendance" class="h3">{t('meeting.attendance')}</h2>
          <p>{t('meeting.absent')}: {absent.map((a) => a.name).join(', ')}</p>
        </section>
      ) : null}
      {page.notes.length > 0 ? (
        <section aria-labelledby="meeting-notes">
          <h2 id="meeting-notes" class="h3">{t('meeting.notes')}</h2>
          {page.notes.map((n) => <p>{n}</p>)}
        </section>
      ) : null}
      {versions.length > 1 ? (
        <section aria-labelledby="versions">
          <h2 id="versions" class="h3">{t('meeting.versions')}</h2>
          <ol reversed>{versions.map((v) => <li class="lighed-change-note">{useDates().whenShort(v.createdAt)}: {v.note}</li>)}</ol>
        </section>
      ) : null}
      {page.meeting.adjournedAt ? <p>{t('meeting.adjourned', { time: instantToCopenhagen(page.meeting.adjournedAt).time.replace(':', '.') })}</p> : null}
    </>
  );
};
