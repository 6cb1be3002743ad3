// Editing one agenda item: title, access, structured sections, attachments, moving and removing.
import type { FC } from 'hono/jsx';
import type { itemEditPage } from './queries.ts';
import { ActionButton, Checkbox, ErrorSummary, FileField, Flash, PostForm, Select, TextArea, TextField, fieldId, type Errors, type Values } from '../web/forms.tsx';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { agendaStructureOpen, changeNoteNeeded, itemContentOpen } from '../meetings/state.ts';
import { Alert } from '../web/alert.tsx';

type T = (key: string, params?: Record<string, string | number>) => string;
type Page = NonNullable<Awaited<ReturnType<typeof itemEditPage>>>;

/** The form's values from the stored item. */
export function itemValues(page: Page): Values {
  const section = (kind: string) => page.content.sections.find((s) => s.kind === kind);
  const rec = section('recommendation');
  return {
    title: page.item.title,
    caseNumber: page.item.caseNumber ?? '',
    closed: page.item.public ? undefined : 'on',
    closedReason: page.item.closedReason ?? '',
    summary: section('summary')?.text ?? '',
    proposer: rec?.proposer ?? '',
    clauses: rec?.clauses.map((c) => c.text).join('\n') ?? '',
    presentation: section('presentation')?.text ?? '',
    financial: section('financial_consequences')?.text ?? '',
    practical: section('practical_information')?.text ?? '',
    expectedVersion: String(page.item.version),
  };
}

const fields = ['title', 'caseNumber', 'closedReason', 'summary', 'proposer', 'clauses', 'presentation', 'financial', 'practical'] as const;

export const ItemEditPage: FC<{ page: Page; t: T; values: Values; errors?: Errors; message?: string; stale?: Values | null; meetings: { id: string; start: Date }[] }> = ({ page, t, values, errors = {}, message, stale, meetings }) => {
  const { item, meeting } = page;
  const editable = itemContentOpen(meeting.state);
  const structure = agendaStructureOpen(meeting.state) && !meeting.cancelled;
  const changed = stale ? fields.filter((f) => (stale[f] ?? '') !== (values[f] ?? '')) : [];
  return (
    <>
      <h1>{t('item.edit_title', { number: item.number })}</h1>
      <Flash />
      <p><a href={`/sekretariat/moeder/${meeting.id}`}>{t('item.back_to_agenda')}</a></p>
      {Object.keys(errors).length || message ? <ErrorSummary errors={errors} message={message} /> : null}
      {stale ? (
        <Alert kind="warning" role="alert">
          <p class="alert-heading">{t('item.stale_heading')}</p>
          <p class="alert-text">{t('item.stale_text')}</p>
          {changed.length ? (
            <dl>{changed.map((f) => <><dt>{t(`item.${f === 'caseNumber' ? 'case_number' : f === 'closedReason' ? 'closed_reason' : f}`)}</dt><dd class="lighed-change-note">{stale[f] || '—'}</dd></>)}</dl>
          ) : null}
        </Alert>
      ) : null}
      {editable ? (
        <PostForm action={`/sekretariat/punkter/${item.id}`}>
          <input type="hidden" name="expectedVersion" value={stale?.expectedVersion ?? values.expectedVersion ?? String(item.version)} />
          <TextField name="title" label={t('item.title')} values={values} errors={errors} required width="input-width-xl" />
          <TextField name="caseNumber" label={t('item.case_number')} values={values} errors={errors} width="input-width-s" />
          <Checkbox name="closed" label={t('item.closed')} checked={values.closed === 'on'} />
          <TextField name="closedReason" label={t('item.closed_reason')} hint={t('item.closed_reason_hint')} values={values} errors={errors} />
          <TextArea name="summary" label={t('section.summary')} values={values} errors={errors} rows={4} />
          <fieldset class="lighed-fieldset">
            <legend>{t('section.recommendation')}</legend>
            <TextField name="proposer" label={t('item.proposer')} hint={t('item.proposer_hint')} values={values} errors={errors} />
            <TextArea name="clauses" label={t('item.clauses')} hint={t('item.clauses_hint')} values={values} errors={errors} rows={6} />
          </fieldset>
          <TextArea name="presentation" label={t('section.presentation')} values={values} errors={errors} rows={10} />
          <TextArea name="financial" label={t('section.financial_consequences')} values={values} errors={errors} rows={4} />
          <TextArea name="practical" label={t('section.practical_information')} values={values} errors={errors} rows={3} />
          {changeNoteNeeded(meeting.state) ? <TextField name="changeNote" label={t('item.change_note')} hint={t('item.change_note_hint')} values={values} errors={errors} required /> : null}
          <button type="submit" class="button button-primary">{t('item.save')}</button>
        </PostForm>
      ) : <p>{t('rule.minutes.locked')}</p>}

      <h2 id={fieldId('file')}>{t('item.attachments')}</h2>
      {page.attachments.length ? (
        <ul>
          {page.attachments.map((a) => (
            <li>
              {a.storageKey ? <a href={`/bilag/${a.fileId}`}>{a.name}</a> : a.name}
              {a.size ? ` (${Math.ceil(a.size / 1024)} kB)` : ''}
              {a.checkProblem ? <strong class="lighed-gap"> — {t('item.attachment_failed')}: {t(a.checkProblem)}</strong> : null}
              {editable ? <> <ActionButton action={`/sekretariat/punkter/${item.id}/bilag/${a.fileId}/slet`} label={t('item.remove_attachment')} secondary ariaLabel={t('item.remove_attachment_named', { name: a.name })} /></> : null}
            </li>
          ))}
        </ul>
      ) : <p>{t('item.no_attachments')}</p>}
      {editable ? (
        <PostForm action={`/sekretariat/punkter/${item.id}/bilag`} multipart>
          <TextField name="name" label={t('item.attachment_name')} values={{}} errors={errors} />
          <FileField name="file" label={t('item.attachment_file')} hint={t('item.attachment_hint')} errors={errors} accept=".pdf,.docx,.png,.jpg,.jpeg,.gif,.webp" />
          {changeNoteNeeded(meeting.state) ? <TextField name="changeNote" label={t('item.change_note')} values={{}} errors={{}} /> : null}
          <button type="submit" class="button button-secondary">{t('item.upload')}</button>
        </PostForm>
      ) : null}

      {structure ? (
        <>
          <h2>{t('item.move_heading')}</h2>
          {meetings.length ? (
            <PostForm action={`/sekretariat/punkter/${item.id}/flyt-til-moede`}>
              <Select name="targetMeetingId" label={t('item.move_to')} values={{}} errors={{}} options={meetings.map((m) => ({ value: m.id, label: shortDanishDate(instantToCopenhagen(m.start).date) }))} />
              {changeNoteNeeded(meeting.state) ? <TextField name="changeNote" label={t('item.change_note')} values={{}} errors={{}} /> : null}
              <button type="submit" class="button button-secondary">{t('item.move')}</button>
            </PostForm>
          ) : <p>{t('item.no_other_meetings')}</p>}
          <PostForm action={`/sekretariat/punkter/${item.id}/slet`}>
            {changeNoteNeeded(meeting.state) ? <TextField name="changeNote" label={t('item.change_note')} values={{}} errors={{}} /> : null}
            <button type="submit" class="button button-secondary">{t('item.remove')}</button>
          </PostForm>
        </>
      ) : null}
    </>
  );
};
