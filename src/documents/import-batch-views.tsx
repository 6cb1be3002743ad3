// Importing several documents at once (a body's archive): one page to check them all before anything
// is saved, and one that says what became of each.
import type { FC } from 'hono/jsx';
import { PostForm } from '../web/forms.tsx';
import { TableRegion } from '../web/table.tsx';
import { when } from '../agenda/views.tsx';
import type { ParsedMeeting } from './parse/types.ts';
import type { ImportResult } from './import-meeting.ts';
import { DocumentDetails, DocumentFacts, type Effect } from './import-views.tsx';
import { Alert } from '../web/alert.tsx';
import { useDates } from '../web/dates.ts';
import { Details } from '../web/details.tsx';

type T = (key: string, params?: Record<string, string | number>) => string;

/** A document of the upload that can be imported, staged and waiting. */
export interface BatchEntry {
  stagedId: string;
  file: string;
  organization: string;
  parsed: ParsedMeeting;
  effect: Effect;
  /** An earlier document of the same upload is about the same meeting: this one updates what that one imports. */
  sameAs: string | null;
}

/** A document that cannot be imported, and why. */
export interface Refused {
  file: string;
  message: string;
}

const RefusedList: FC<{ heading: string; refused: Refused[] }> = ({ heading, refused }) => (
  <Alert kind="error" id="import-refused" role="alert">
    <p class="alert-heading">{heading}</p>
    <ul class="alert-text">{refused.map((r) => <li><strong>{r.file}</strong>: {r.message}</li>)}</ul>
  </Alert>
);

const effectText = (t: T, e: BatchEntry) =>
  e.sameAs ? t('import.effect_same', { file: e.sameAs })
  : e.effect.existing ? t('import.effect_updates', { when: when(e.effect.existing.start), state: t(`state.${e.effect.existing.state}`) }) +
    (e.effect.precedence === 'older' ? ` ${t('import.effect_agenda_after_minutes')}` : '')
  : t('import.effect_creates');

export const BatchPreview: FC<{ t: T; entries: BatchEntry[]; refused: Refused[] }> = ({ t, entries, refused }) => (
  <>
    <h1>{t('import.preview_title')}</h1>
    <p>{entries.length ? t('import.batch_intro', { count: entries.length }) : t('import.batch_none')}</p>
    {refused.length ? <RefusedList heading={t('import.batch_refused')} refused={refused} /> : null}
    {entries.length ? (
      <>
        <TableRegion label={t('import.batch_caption')}>
          <table class="table table--compact" id="import-documents">
            <caption>{t('import.batch_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.col_file')}</th>
                <th scope="col">{t('import.fact_kind')}</th>
                <th scope="col">{t('import.fact_organization')}</th>
                <th scope="col">{t('import.fact_date')}</th>
                <th scope="col">{t('import.fact_items')}</th>
                <th scope="col">{t('import.col_effect')}</th>
                <th scope="col">{t('import.col_check')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr>
                  <td><a href={`#dokument-${i + 1}`}>{e.file}</a></td>
                  <td>{t(e.parsed.kind === 'minutes' ? 'import.kind_minutes' : 'import.kind_agenda')}</td>
                  <td>{e.organization}</td>
                  <td>{e.parsed.date ? useDates().long(e.parsed.date) : '—'}</td>
                  <td>{e.parsed.items.length}</td>
                  <td>{effectText(t, e)}</td>
                  <td>{[
                    e.parsed.warnings.length ? t('import.check_warnings', { count: e.parsed.warnings.length }) : '',
                    e.effect.findings.length ? t('import.check_findings', { count: e.effect.findings.length }) : '',
                  ].filter(Boolean).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
        <Alert kind="warning" id="import-effect">
          <p class="alert-text">{t('import.batch_publishes')}</p>
        </Alert>
        <PostForm action="/sekretariat/import/samlet">
          {entries.map((e) => <input type="hidden" name="staged" value={e.stagedId} />)}
          <button type="submit" class="button button-primary">{t('import.confirm_batch', { count: entries.length })}</button>
          <a class="button button-secondary" href="/sekretariat/import">{t('import.cancel_batch')}</a>
        </PostForm>
        <h2>{t('import.batch_details')}</h2>
        {/* Each document's reading, folded: <details> opens without JavaScript. */}
        {entries.map((e, i) => (
          <Details class="lighed-import-document" id={`dokument-${i + 1}`} summary={e.file}>
            <DocumentFacts t={t} fileName={e.file} organization={e.organization} parsed={e.parsed} />
            <DocumentDetails t={t} parsed={e.parsed} findings={e.effect.findings} idSuffix={`-${i + 1}`} />
          </Details>
        ))}
      </>
    ) : (
      <p><a class="button button-secondary" href="/sekretariat/import">{t('import.cancel_batch')}</a></p>
    )}
  </>
);

export const BatchResult: FC<{ t: T; imported: { file: string; organization: string; result: ImportResult; start: Date }[]; refused: Refused[]; total: number }> = ({ t, imported, refused, total }) => (
  <>
    <h1>{t('import.batch_done_title')}</h1>
    <p>{t('import.batch_done_intro', { imported: imported.length, total })}</p>
    {refused.length ? <RefusedList heading={t('import.batch_failed')} refused={refused} /> : null}
    {imported.length ? (
      <TableRegion label={t('import.batch_results_caption')}>
        <table class="table table--compact" id="import-results">
          <caption>{t('import.batch_results_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col_file')}</th>
              <th scope="col">{t('import.fact_organization')}</th>
              <th scope="col">{t('import.col_meeting')}</th>
              <th scope="col">{t('import.col_result')}</th>
            </tr>
          </thead>
          <tbody>
            {imported.map((i) => (
              <tr>
                <td>{i.file}</td>
                <td>{i.organization}</td>
                <td><a href={`/sekretariat/moeder/${i.result.meetingId}`}>{when(i.start)}</a></td>
                <td>{t(i.result.created ? 'import.result_created' : i.result.changed ? 'import.result_updated' : 'import.result_unchanged')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    ) : null}
    <p><a class="button button-secondary" href="/sekretariat/import">{t('import.more')}</a></p>
  </>
);
