// The secretariat's agenda builder: items in order, problems that block release, review, versions.
import type { FC } from 'hono/jsx';
import type { builderPage, staffOrganizations } from './queries.ts';
import type { ReleaseProblem } from './release-checks.ts';
import { ActionButton, Checkbox, ErrorSummary, Flash, PostForm, Select, TextField, type Errors, type Values } from '../web/forms.tsx';
import { TableRegion } from '../web/table.tsx';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { Alert } from '../web/alert.tsx';
import { useDates } from '../web/dates.ts';

type T = (key: string, params?: Record<string, string | number>) => string;
type Builder = NonNullable<Awaited<ReturnType<typeof builderPage>>>;

/** A meeting's start in the reader's language (while a view renders). */
export const when = (start: Date) => useDates().when(start);

export const StaffHome: FC<{ orgs: Awaited<ReturnType<typeof staffOrganizations>>; t: T }> = ({ orgs, t }) => (
  <>
    <h1>{t('staff.title')}</h1>
    <Flash />
    <p><a href="/sekretariat/import" class="button button-secondary">{t('staff.import')}</a></p>
    {orgs.map(({ org, meetings }) => (
      <section aria-labelledby={`org-${org.slug}`} class="lighed-fieldset">
        <h2 id={`org-${org.slug}`} class="h3">{org.name}</h2>
        <p>
          <a href={`/sekretariat/organer/${org.slug}/moedeplan`}>{t('staff.plan')}</a> · <a href={`/sekretariat/organer/${org.slug}/faste-punkter`}>{t('staff.recurring')}</a> · <a href={`/organer/${org.slug}#moeder`}>{t('staff.all_meetings')}</a>
        </p>
        {meetings.length ? (
          <TableRegion label={org.name}>
            <table class="table table--compact">
              <thead><tr><th scope="col">{t('meeting.date')}</th><th scope="col">{t('meeting.state')}</th></tr></thead>
              <tbody>
                {meetings.map((m) => (
                  <tr>
                    <td><a href={`/sekretariat/moeder/${m.id}`}>{when(m.start)}</a></td>
                    <td>{m.cancelled ? t('state.cancelled') : t(`state.${m.state}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : <p>{t('staff.no_meetings')}</p>}
      </section>
    ))}
  </>
);

export const ProblemList: FC<{ problems: ReleaseProblem[]; t: T; heading: string; info?: boolean }> = ({ problems, t, heading, info }) => (
  <Alert kind={info ? 'info' : 'warning'} role={info ? undefined : 'alert'} id={info ? 'masked' : 'problems'}>
    <p class="alert-heading">{heading}</p>
    <ul class="alert-text lighed-problems">
      {problems.map((p) => {
        const text = t(p.rule, { number: p.number, where: p.where ?? '', ...(p.params ?? {}), problem: p.params?.problem ? t(String(p.params.problem)) : '' });
        return <li>{p.itemId ? <a href={`/sekretariat/punkter/${p.itemId}`}>{t('staff.item_n', { number: p.number })}: {text}</a> : text}</li>;
      })}
    </ul>
  </Alert>
);

export const BuilderPage: FC<{ page: Builder; t: T; values?: Values; errors?: Errors; message?: string; refused?: ReleaseProblem[] }> = ({ page, t, values = {}, errors = {}, message, refused }) => {
  const { meeting, org } = page;
  const id = meeting.id;
  const planned = meeting.state === 'planned';
  const open = planned || meeting.state === 'agenda_released';
  return (
    <>
      <h1>{t('builder.title', { organization: org.name, date: shortDanishDate(instantToCopenhagen(meeting.start).date) })}</h1>
      <Flash />
      <dl>
        <dt>{t('meeting.date')}</dt><dd>{when(meeting.start)}</dd>
        {page.location ? <><dt>{t('meeting.location')}</dt><dd>{page.location.description}</dd></> : null}
        <dt>{t('meeting.state')}</dt><dd>{meeting.cancelled ? t('state.cancelled') : t(`state.${meeting.state}`)}</dd>
      </dl>
      <p>
        <a href={`/moeder/${id}/dagsorden`}>{planned ? t('builder.preview') : t('builder.read_agenda')}</a> · <a href={`/moeder/${id}`}>{t('builder.public_page')}</a>
        {meeting.state !== 'planned' ? <> · <a href={`/sekretariat/moeder/${id}/afvikling`}>{t('builder.record')}</a></> : null}
      </p>
      {refused ? <ProblemList problems={refused} t={t} heading={t('release.agenda_refused', { count: refused.length })} /> : null}
      {!refused && planned && page.problems.length ? <ProblemList problems={page.problems} t={t} heading={t('builder.before_release', { count: page.problems.length })} /> : null}
      {page.masked.length ? <ProblemList problems={page.masked} t={t} info heading={t('builder.masked', { count: page.masked.length })} /> : null}

      <h2>{t('builder.items')}</h2>
      {page.items.length === 0 ? <p>{t('builder.no_items')}</p> : (
        <TableRegion label={t('builder.items')}>
          <table class="table">
            <thead><tr><th scope="col">{t('builder.number')}</th><th scope="col">{t('builder.item_title')}</th><th scope="col">{t('builder.access')}</th>{open ? <th scope="col">{t('builder.order')}</th> : null}</tr></thead>
            <tbody>
              {page.items.map((item, i) => (
                <tr>
                  <td>{item.number}</td>
                  <td><a href={`/sekretariat/punkter/${item.id}`}>{item.title}</a>{item.supplementary ? <span class="lighed-meta"> ({t('builder.supplementary')})</span> : null}</td>
                  <td>{item.public ? t('builder.open') : t('builder.closed')}</td>
                  {open ? (
                    <td class="lighed-table-actions">
                      {i > 0 ? <ActionButton action={`/sekretariat/punkter/${item.id}/flyt`} fields={{ direction: 'up' }} label="↑" secondary ariaLabel={t('builder.move_up', { title: item.title })} /> : null}
                      {i < page.items.length - 1 ? <ActionButton action={`/sekretariat/punkter/${item.id}/flyt`} fields={{ direction: 'down' }} label="↓" secondary ariaLabel={t('builder.move_down', { title: item.title })} /> : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      {open ? (
        <>
          <h2 id="add">{t('builder.add_item')}</h2>
          {Object.keys(errors).length || message ? <ErrorSummary errors={errors} message={message} /> : null}
          <PostForm action={`/sekretariat/moeder/${id}/punkter`}>
            {page.caseOptions.length ? (
              <Select name="caseId" label={t('builder.from_case')} hint={t('builder.from_case_hint')} values={values} errors={errors}
                options={[{ value: '', label: t('builder.no_case') }, ...page.caseOptions.map((c) => ({ value: c.id, label: `${c.caseNumber ? `${c.caseNumber} — ` : ''}${c.title}` }))]} />
            ) : null}
            <TextField name="title" label={t('item.title')} hint={page.caseOptions.length ? t('builder.title_hint') : undefined} values={values} errors={errors} required width="input-width-xl" />
            <TextField name="caseNumber" label={t('item.case_number')} values={values} errors={errors} width="input-width-s" />
            <Checkbox name="closed" label={t('item.closed')} checked={values.closed === 'on'} />
            <TextField name="closedReason" label={t('item.closed_reason')} hint={t('item.closed_reason_hint')} values={values} errors={errors} />
            {!planned ? <TextField name="changeNote" label={t('item.change_note')} hint={t('builder.supplementary_hint')} values={values} errors={errors} /> : null}
            <button type="submit" class="button button-primary">{t('builder.add')}</button>
          </PostForm>
          <ActionButton action={`/sekretariat/moeder/${id}/faste-punkter`} label={t('builder.add_recurring')} secondary />
        </>
      ) : null}

      {planned ? (
        <>
          <h2>{t('builder.review')}</h2>
          {page.reviewers.length ? <p>{t('builder.reviewers')}: {page.reviewers.map((r) => r.name).join(', ')}</p> : null}
          <PostForm action={`/sekretariat/moeder/${id}/gennemsyn`}>
            <fieldset>
              <legend class="form-label">{t('builder.review_who')}</legend>
              {page.candidates.map((u) => <Checkbox name={`reviewer.${u.id}`} label={`${u.name} (${u.email})`} checked={page.reviewers.some((r) => r.userId === u.id)} />)}
            </fieldset>
            <button type="submit" class="button button-secondary">{t('builder.send_review')}</button>
          </PostForm>
          <h2>{t('builder.release')}</h2>
          <p>{t('builder.release_hint')}</p>
          <ActionButton action={`/sekretariat/moeder/${id}/frigiv`} fields={{ expectedVersion: meeting.version }} label={t('builder.release_button')} />
        </>
      ) : null}

      {page.versions.length ? (
        <>
          <h2>{t('builder.versions')}</h2>
          <ol reversed>
            {page.versions.map((v) => <li class="lighed-change-note">{t('builder.version_line', { version: v.version, note: v.note ?? '', who: v.actorName, when: `${shortDanishDate(instantToCopenhagen(v.createdAt).date)} ${instantToCopenhagen(v.createdAt).time}` })}</li>)}
          </ol>
        </>
      ) : null}
    </>
  );
};
