// The secretariat's import pages: choose a document, then see what Lighed read from it before
// anything is saved.
import type { FC } from 'hono/jsx';
import { ErrorSummary, FileField, PostForm, Select, type Errors, type Values } from '../web/forms.tsx';
import { TableRegion } from '../web/table.tsx';
import { when } from '../agenda/views.tsx';
import type { ParsedMeeting } from './parse/types.ts';
import type { importEffects } from './staged-import.ts';
import { Alert } from '../web/alert.tsx';
import { useDates } from '../web/dates.ts';

type T = (key: string, params?: Record<string, string | number>) => string;

export interface ImportLimits { maxMb: string; maxFiles: number; maxTotalMb: string }

export const ImportForm: FC<{ t: T; orgs: { id: string; name: string }[]; limits: ImportLimits; values: Values; errors: Errors; message?: string }> = ({ t, orgs, limits, values, errors, message }) => (
  <>
    <h1>{t('import.title')}</h1>
    <p>{t('import.intro')}</p>
    {Object.keys(errors).length || message ? <ErrorSummary errors={errors} message={message} /> : null}
    <PostForm action="/sekretariat/import" multipart>
      <FileField name="file" label={t('import.file')} hint={t('import.file_hint', { max: limits.maxMb, files: limits.maxFiles, total: limits.maxTotalMb })} errors={errors} multiple
        accept=".pdf,.txt,.htm,.html,.json,application/pdf,text/plain,text/html" />
      <Select name="organization" label={t('import.organization')} hint={t('import.organization_hint')} values={values} errors={errors}
        options={[{ value: '', label: t('import.organization_from_document') }, ...orgs.map((o) => ({ value: o.id, label: o.name }))]} />
      <button type="submit" class="button button-primary">{t('import.preview')}</button>
    </PostForm>
  </>
);

export type Effect = Awaited<ReturnType<typeof importEffects>>[number];

/** What Lighed read about the meeting: body, date, place, items, and for minutes who was away and when it ended. */
export const DocumentFacts: FC<{ t: T; fileName: string; organization: string; parsed: ParsedMeeting }> = ({ t, fileName, organization, parsed }) => {
  const minutes = parsed.kind === 'minutes';
  const facts: [string, string][] = [
    [t('import.fact_file'), fileName],
    [t('import.fact_kind'), t(minutes ? 'import.kind_minutes' : 'import.kind_agenda')],
    [t('import.fact_organization'), organization],
    [t('import.fact_date'), parsed.date ? (parsed.start ? useDates().longAt(parsed.date, parsed.start) : useDates().long(parsed.date)) : '—'],
    [t('import.fact_location'), parsed.location ?? '—'],
    [t('import.fact_items'), String(parsed.items.length)],
  ];
  if (minutes) {
    facts.push([t('import.fact_absent'), parsed.absent.length ? parsed.absent.join(', ') : t('import.none')]);
    facts.push([t('import.fact_closed_at'), parsed.closedAt ?? '—']);
  }
  // (The minutes' notes on the meeting, kept as written: one paragraph each.)
  const notes = minutes ? parsed.notes ?? [] : [];
  return (
    <dl>
      {facts.map(([k, v]) => <><dt>{k}</dt><dd>{v}</dd></>)}
      {notes.length ? <><dt>{t('import.fact_notes')}</dt><dd>{notes.map((n) => <p>{n}</p>)}</dd></> : null}
    </dl>
  );
};

/** The warnings, the personal data that will be masked, and every item as read. (idSuffix keeps ids unique on a page with several documents.) */
export const DocumentDetails: FC<{ t: T; parsed: ParsedMeeting; findings: Effect['findings']; idSuffix?: string }> = ({ t, parsed, findings, idSuffix = '' }) => {
  const minutes = parsed.kind === 'minutes';
  return (
    <>
      {parsed.warnings.length ? (
        <Alert kind="warning" id={`import-warnings${idSuffix}`}>
          <p class="alert-heading">{t('import.warnings')}</p>
          <ul class="alert-text">{parsed.warnings.map((w) => <li>{t(w, parsed.warningParams?.[w])}</li>)}</ul>
        </Alert>
      ) : null}
      {findings.length ? (
        <Alert kind="info" id={`import-findings${idSuffix}`}>
          <p class="alert-heading">{t('import.findings')}</p>
          <ul class="alert-text">
            {findings.map((f) => <li>{t(f.item === null ? 'import.finding_meeting' : 'import.finding', { number: f.item ?? '', where: f.where, kind: t(`screening.${f.kind}`), preview: f.preview })}</li>)}
          </ul>
        </Alert>
      ) : null}
      <TableRegion label={t('import.items_caption')}>
        <table class="table table--compact" id={`import-items${idSuffix}`}>
          <caption>{t('import.items_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col_number')}</th>
              <th scope="col">{t('import.col_title')}</th>
              <th scope="col">{t('import.col_access')}</th>
              <th scope="col">{t('import.col_sections')}</th>
              {minutes ? <th scope="col">{t('import.col_decision')}</th> : null}
              <th scope="col">{t('import.col_attachments')}</th>
            </tr>
          </thead>
          <tbody>
            {parsed.items.map((i) => (
              <tr>
                <td>{i.number}</td>
                <td>
                  {i.title}
                  {i.untitled ? <><br /><span class="form-hint">{t('import.title_made')}</span></> : null}
                  {i.caseNumber ? <><br /><span class="form-hint">{t('import.case_number', { number: i.caseNumber })}</span></> : null}
                </td>
                <td>{t(i.public ? 'import.open' : 'import.closed')}</td>
                <td>{i.sections.map((s) => s.heading).filter(Boolean).join(', ') || '—'}</td>
                {minutes ? <td>{i.decision ?? '—'}</td> : null}
                <td>{i.attachments.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
};

/** What the document does to what the meeting holds already: minutes over the agenda, or an agenda after the minutes. */
export const Combines: FC<{ t: T; effect: Effect }> = ({ t, effect }) =>
  effect.precedence === 'older' ? <p class="alert-text">{t('import.agenda_after_minutes')}</p>
    : effect.precedence === 'newer' ? <p class="alert-text">{t('import.minutes_over_meeting')}</p>
    : null;

export const ImportPreview: FC<{ t: T; stagedId: string; fileName: string; organization: string; parsed: ParsedMeeting; effect: Effect }> = ({ t, stagedId, fileName, organization, parsed, effect }) => {
  const minutes = parsed.kind === 'minutes';
  return (
    <>
      <h1>{t('import.preview_title')}</h1>
      <p>{t('import.preview_intro')}</p>
      <DocumentFacts t={t} fileName={fileName} organization={organization} parsed={parsed} />
      <Alert kind="warning" id="import-effect">
        <p class="alert-heading">{effect.existing
          ? t('import.updates', { when: when(effect.existing.start), state: t(`state.${effect.existing.state}`) })
          : t('import.creates')}</p>
        <p class="alert-text">{t(minutes ? 'import.publishes_minutes' : 'import.publishes_agenda')}</p>
        <Combines t={t} effect={effect} />
        {effect.existing ? <p class="alert-text"><a href={`/sekretariat/moeder/${effect.existing.id}`}>{t('import.existing_link')}</a></p> : null}
      </Alert>
      <DocumentDetails t={t} parsed={parsed} findings={effect.findings} />
      <PostForm action={`/sekretariat/import/${stagedId}`}>
        <button type="submit" class="button button-primary">{t(minutes ? 'import.confirm_minutes' : 'import.confirm_agenda')}</button>
        <a class="button button-secondary" href="/sekretariat/import">{t('import.cancel')}</a>
      </PostForm>
    </>
  );
};
