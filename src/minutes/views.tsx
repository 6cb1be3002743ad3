// Recording a meeting: attendance, decisions per item, closing time; releasing and approving minutes.
import type { FC } from 'hono/jsx';
import type { recordPage } from './queries.ts';
import type { itemEditPage } from '../agenda/queries.ts';
import type { ReleaseProblem } from '../agenda/release-checks.ts';
import { ActionButton, ErrorSummary, Flash, PostForm, TextArea, TextField, fieldId, type Errors, type Values } from '../web/forms.tsx';
import { TableRegion } from '../web/table.tsx';
import { ProblemList, when } from '../agenda/views.tsx';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { notesOf } from './notes.ts';
import { useDates } from '../web/dates.ts';
import { decisionTeaser } from '../portal/teaser.ts';

type T = (key: string, params?: Record<string, string | number>) => string;
type Record_ = NonNullable<Awaited<ReturnType<typeof recordPage>>>;
const EXTRA_ROWS = 3;

/** The substitute column's value for someone stood in for by name only (no person here). */
export const BY_NAME = 'navn:';

/** A cell of the attendance table that names items ("6", "1.a", "6, 8"), with its error where the form was refused. */
const ItemsCell: FC<{ field: string; value: string; label: string; width: 'xxs' | 'xs'; errors: Errors }> = ({ field, value, label, width, errors }) => (
  <td class={errors[field] ? 'form-error' : undefined}>
    {errors[field] ? <span class="form-error-message" id={`${fieldId(field)}-error`}>{errors[field]}</span> : null}
    <input class={`form-input input-width-${width}`} id={fieldId(field)} name={field} value={value} aria-label={label}
      aria-describedby={errors[field] ? `${fieldId(field)}-error` : undefined} aria-invalid={errors[field] ? 'true' : undefined} />
  </td>
);

/** Attendance rows: each member, then blank rows for substitutes and guests. */
export function attendanceRows(page: Record_) {
  const byPerson = new Map(page.attendance.filter((a) => a.personId).map((a) => [a.personId!, a]));
  const memberRows = page.members.map((m) => ({ personId: m.id as string | null, name: m.name, row: byPerson.get(m.id) ?? null }));
  const others = page.attendance.filter((a) => !a.personId || !page.members.some((m) => m.id === a.personId)).map((a) => ({ personId: a.personId, name: a.name, row: a }));
  return [...memberRows, ...others, ...Array.from({ length: EXTRA_ROWS }, () => ({ personId: null, name: '', row: null }))];
}

export const RecordPage: FC<{ page: Record_; t: T; errors?: Errors; message?: string; refused?: ReleaseProblem[]; values?: Values }> = ({ page, t, errors = {}, message, refused, values }) => {
  const { meeting } = page;
  const id = meeting.id;
  const rows = attendanceRows(page);
  const recording = meeting.state === 'agenda_released' || meeting.state === 'held' || meeting.state === 'minutes_released';
  return (
    <>
      <h1>{t('record.title', { organization: page.org.name, date: shortDanishDate(page.date) })}</h1>
      <Flash />
      <p>{when(meeting.start)} · {t(`state.${meeting.state}`)} · <a href={`/sekretariat/moeder/${id}`}>{t('record.to_agenda')}</a>{meeting.state !== 'planned' ? <> · <a href={`/moeder/${id}/referat`}>{t('record.preview_minutes')}</a></> : null}</p>
      {Object.keys(errors).length || message ? <ErrorSummary errors={errors} message={message} /> : null}
      {refused ? <ProblemList problems={refused} t={t} heading={t('release.minutes_refused', { count: refused.length })} /> : null}
      {!refused && meeting.state === 'held' && page.problems.length ? <ProblemList problems={page.problems} t={t} heading={t('record.before_release', { count: page.problems.length })} /> : null}

      <h2 id="attendance">{t('record.attendance')}</h2>
      {recording ? (
        <PostForm action={`/sekretariat/moeder/${id}/fremmoede`}>
          <TableRegion label={t('record.attendance')} hasFields>
            <table class="table lighed-plan">
              <thead><tr><th scope="col">{t('record.name')}</th><th scope="col">{t('record.status')}</th><th scope="col">{t('record.substitute_for')}</th><th scope="col">{t('record.arrived')}</th><th scope="col">{t('record.left')}</th><th scope="col">{t('record.not_for')}</th></tr></thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr>
                    <td>
                      {r.personId ? <><input type="hidden" name={`a.${i}.personId`} value={r.personId} /><input type="hidden" name={`a.${i}.name`} value={r.name} />{r.name}</>
                        : <input class="form-input" name={`a.${i}.name`} id={fieldId(`a.${i}.name`)} value={r.name} aria-label={t('record.other_name', { n: i + 1 })} />}
                    </td>
                    <td>
                      <select class="form-select" name={`a.${i}.status`} aria-label={t('record.status_for', { name: r.name || String(i + 1) })}>
                        {(['present', 'absent_with_notice', 'absent'] as const).map((s) => <option value={s} selected={(values ? values[`a.${i}.status`] : r.row?.status ?? 'present') === s}>{t(`attendance.${s}`)}</option>)}
                      </select>
                    </td>
                    <td>
                      <select class="form-select" name={`a.${i}.substituteFor`} aria-label={t('record.substitute_for_name', { name: r.name || String(i + 1) })}>
                        <option value="">—</option>
                        {page.members.map((m) => <option value={m.id} selected={(values ? values[`a.${i}.substituteFor`] : r.row?.substituteForId) === m.id}>{m.name}</option>)}
                        {/* Imported minutes may name someone who is no member here: kept by name. */}
                        {r.row?.substituteForName && !r.row.substituteForId ? <option value={`${BY_NAME}${r.row.substituteForName}`} selected={(values ? values[`a.${i}.substituteFor`] : `${BY_NAME}${r.row.substituteForName}`) === `${BY_NAME}${r.row.substituteForName}`}>{r.row.substituteForName}</option> : null}
                      </select>
                    </td>
                    <ItemsCell field={`a.${i}.arrived`} width="xxs" errors={errors} label={t('record.arrived_for', { name: r.name || String(i + 1) })}
                      value={values ? (values[`a.${i}.arrived`] ?? '') : (r.row?.arrivedDuringItem ?? '')} />
                    <ItemsCell field={`a.${i}.left`} width="xxs" errors={errors} label={t('record.left_for', { name: r.name || String(i + 1) })}
                      value={values ? (values[`a.${i}.left`] ?? '') : (r.row?.leftDuringItem ?? '')} />
                    <ItemsCell field={`a.${i}.notFor`} width="xs" errors={errors} label={t('record.not_for_name', { name: r.name || String(i + 1) })}
                      value={values ? (values[`a.${i}.notFor`] ?? '') : (r.row?.absentDuringItems ?? []).join(', ')} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          {meeting.state === 'minutes_released' ? <TextField name="changeNote" label={t('item.change_note')} values={{}} errors={errors} /> : null}
          <button type="submit" class="button button-primary">{t('record.save_attendance')}</button>
        </PostForm>
      ) : <p>{t('record.not_open')}</p>}

      <h2 id="notes">{t('record.notes')}</h2>
      {recording ? (
        <PostForm action={`/sekretariat/moeder/${id}/bemaerkninger`}>
          <input type="hidden" name="expectedVersion" value={String(meeting.version)} />
          <TextArea name="notes" label={t('record.notes_label')} hint={t('record.notes_hint')} values={{ notes: values?.notes ?? meeting.minutesNotes }} errors={errors} rows={4} />
          {meeting.state === 'minutes_released' ? <TextField name="notesChangeNote" label={t('item.change_note')} values={{}} errors={errors} /> : null}
          <button type="submit" class="button button-secondary">{t('record.save_notes')}</button>
        </PostForm>
      ) : meeting.minutesNotes ? <>{notesOf(meeting.minutesNotes).map((n) => <p>{n}</p>)}</> : <p class="lighed-meta">{t('record.no_notes')}</p>}

      <h2>{t('record.decisions')}</h2>
      <TableRegion label={t('record.decisions')}>
        <table class="table">
          <thead><tr><th scope="col">{t('builder.number')}</th><th scope="col">{t('builder.item_title')}</th><th scope="col">{t('record.decision')}</th></tr></thead>
          <tbody>
            {page.checkItems.map((item) => {
              const decision = item.sections.find((s) => s.kind === 'decision');
              return (
                <tr>
                  <td>{item.number}</td>
                  <td>{recording && item.kind !== 'attendance' ? <a href={`/sekretariat/punkter/${item.id}/beslutning`}>{item.title}</a> : item.title}</td>
                  <td>{decision ? decisionTeaser(decision.text) : <span class="lighed-meta">{t('record.no_decision')}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>

      {meeting.state === 'agenda_released' ? (
        <>
          <h2 id="close">{t('record.close')}</h2>
          <PostForm action={`/sekretariat/moeder/${id}/afslut`}>
            <input type="hidden" name="expectedVersion" value={String(meeting.version)} />
            <TextField name="adjournedAt" label={t('record.adjourned_at')} hint={t('record.adjourned_hint')} type="time" values={{}} errors={errors} width="input-width-s" />
            <button type="submit" class="button button-primary">{t('record.close_button')}</button>
          </PostForm>
        </>
      ) : null}
      {meeting.state === 'held' ? (
        <>
          <h2>{t('record.release_minutes')}</h2>
          <ActionButton action={`/sekretariat/moeder/${id}/frigiv-referat`} fields={{ expectedVersion: meeting.version }} label={t('record.release_minutes_button')} />
        </>
      ) : null}
      {meeting.state === 'minutes_released' || meeting.state === 'minutes_approved' ? (
        <>
          <h2>{t('record.approvals')}</h2>
          {page.approvals.length ? <ul>{page.approvals.map((a) => <li>{a.name} — {useDates().whenShort(a.approvedAt)}</li>)}</ul> : <p>{t('record.no_approvals')}</p>}
        </>
      ) : null}
      {meeting.state === 'minutes_released' ? (
        <>
          <p>{t('record.body_approval_hint')}</p>
          <ActionButton action={`/sekretariat/moeder/${id}/godkend-referat`} fields={{ expectedVersion: meeting.version }} label={t('record.body_approval_button')} />
        </>
      ) : null}
      {meeting.state === 'minutes_approved' ? (
        <>
          <h2>{t('record.addenda')}</h2>
          <p>{t('record.locked')}</p>
          {page.addenda.length ? <ul>{page.addenda.map((a) => <li>{shortDanishDate(instantToCopenhagen(a.createdAt).date)}: {a.text}</li>)}</ul> : null}
          <PostForm action={`/sekretariat/moeder/${id}/tilfoejelse`}>
            <TextArea name="text" label={t('record.addendum')} values={{}} errors={errors} rows={3} />
            <button type="submit" class="button button-secondary">{t('record.add_addendum')}</button>
          </PostForm>
        </>
      ) : null}
    </>
  );
};

type ItemPage = NonNullable<Awaited<ReturnType<typeof itemEditPage>>>;

export const DecisionPage: FC<{ page: ItemPage; members: { id: string; name: string }[]; t: T; values: Values; errors?: Errors; message?: string }> = ({ page, members, t, values, errors = {}, message }) => {
  const rec = page.content.sections.find((s) => s.kind === 'recommendation');
  const kinds = ['remark', 'dissent', 'conflict'] as const;
  return (
    <>
      <h1>{t('decision.title', { number: page.item.number, title: page.item.title })}</h1>
      <p><a href={`/sekretariat/moeder/${page.meeting.id}/afvikling`}>{t('decision.back')}</a></p>
      {Object.keys(errors).length || message ? <ErrorSummary errors={errors} message={message} /> : null}
      <PostForm action={`/sekretariat/punkter/${page.item.id}/beslutning`}>
        <input type="hidden" name="expectedVersion" value={values.expectedVersion ?? String(page.item.version)} />
        {rec?.clauses.length ? (
          rec.clauses.map((c, i) => (
            <fieldset class="lighed-fieldset">
              <legend>{t('decision.clause', { n: i + 1 })}</legend>
              <p>{c.text}</p>
              <div class="form-group">
                {(['approved', 'amended', 'rejected', 'noted'] as const).map((o) => (
                  <div class="form-group-radio">
                    <input type="radio" class="form-radio" id={fieldId(`o.${i}.${o}`)} name={`o.${i}.outcome`} value={o} checked={(values[`o.${i}.outcome`] ?? 'approved') === o} />
                    <label class="form-label" for={fieldId(`o.${i}.${o}`)}>{t(`outcome.${o}`)}</label>
                  </div>
                ))}
              </div>
              <TextArea name={`o.${i}.amendedText`} label={t('decision.amended_text')} hint={t('decision.amended_hint')} values={values} errors={errors} rows={2} />
            </fieldset>
          ))
        ) : <p>{t('decision.no_clauses')}</p>}
        <TextArea name="note" label={t('decision.note')} hint={t('decision.note_hint')} values={values} errors={errors} rows={5} />
        <fieldset class="lighed-fieldset">
          <legend>{t('decision.statements')}</legend>
          <p class="form-hint">{t('decision.statements_hint')}</p>
          {[0, 1, 2].map((i) => (
            <div class="lighed-inline">
              <div class="form-group">
                <label class="form-label" for={fieldId(`s.${i}.personId`)}>{t('decision.member')}</label>
                <select class="form-select" id={fieldId(`s.${i}.personId`)} name={`s.${i}.personId`}>
                  <option value="">—</option>
                  {members.map((m) => <option value={m.id} selected={values[`s.${i}.personId`] === m.id}>{m.name}</option>)}
                </select>
              </div>
              <div class="form-group">
                <label class="form-label" for={fieldId(`s.${i}.kind`)}>{t('decision.statement_kind')}</label>
                <select class="form-select" id={fieldId(`s.${i}.kind`)} name={`s.${i}.kind`}>
                  {kinds.map((k) => <option value={k} selected={values[`s.${i}.kind`] === k}>{t(`statement.${k}`)}</option>)}
                </select>
              </div>
              <TextField name={`s.${i}.text`} label={t('decision.statement_text')} values={values} errors={errors} />
            </div>
          ))}
        </fieldset>
        {page.meeting.state === 'minutes_released' ? <TextField name="changeNote" label={t('item.change_note')} values={values} errors={errors} required /> : null}
        <button type="submit" class="button button-primary">{t('decision.save')}</button>
      </PostForm>
    </>
  );
};
