import type { FC } from 'hono/jsx';
import { raw } from 'hono/html';
import type { SearchInput, SearchResult } from './queries.ts';
import { CANDIDATES, highlight, hitPath, PAGE_SIZE } from './queries.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { Alert } from '../web/alert.tsx';
import { Details } from '../web/details.tsx';

type T = (key: string, params?: Record<string, string | number>) => string;

const link = (input: SearchInput, change: Partial<Record<keyof SearchInput, string | number | undefined>>) => {
  const p = new URLSearchParams();
  const merged = { ...input, side: 1, ...change } as Record<string, unknown>;
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '' && !(k === 'sorter' && v === 'relevans') && !(k === 'side' && v === 1)) p.set(k, String(v));
  return `/soeg?${p}`;
};

/** A date filter, with what is wrong with it said at the field (the DKFDS pattern the other forms use). */
const DateField: FC<{ name: 'fra' | 'til'; label: string; value: string | undefined; error: string | undefined; t: T }> = ({ name, label, value, error, t }) => (
  <div class={error ? 'form-group form-error' : 'form-group'}>
    <label class="form-label" for={name}>{label}</label>
    {error ? <span class="form-error-message" id={`${name}-error`}><span class="sr-only">{t('form.error_prefix')} </span>{error}</span> : null}
    <input class="form-input input-width-s" id={name} name={name} type="date" value={value ?? ''} aria-describedby={error ? `${name}-error` : undefined} aria-invalid={error ? 'true' : undefined} />
  </div>
);

export const SearchPage: FC<{ input: SearchInput; result: SearchResult; t: T; locale: string; errors?: Record<string, string> }> = ({ input, result, t, locale, errors }) => {
  // Broad queries show the newest matches ranked, so paging stops there.
  const pages = Math.ceil(Math.min(result.total, result.approximate.total ? CANDIDATES : result.total) / PAGE_SIZE);
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'da-DK');
  const count = (n: number) => `${result.approximate.counts ? t('search.about') : ''}${format.format(n)}`;
  // (With an error nothing was searched: no counts to show beside the filters.)
  const counted = (label: string, n: number) => (errors ? label : `${label} (${count(n)})`);
  return (
    <>
      <h1>{t('search.title')}</h1>
      {errors ? (
        <Alert kind="error" role="alert" id="error-summary" focusable>
          <p class="alert-heading">{t('form.has_errors')}</p>
          <ul class="alert-text nobullet-list">{Object.entries(errors).map(([name, message]) => <li><a href={`#${name}`} class="function-link">{message}</a></li>)}</ul>
        </Alert>
      ) : null}
      <form method="get" action="/soeg" role="search" class="lighed-search">
        <div class="form-group">
          <label class="form-label" for="q">{t('search.label')}</label>
          <span class="form-hint" id="q-hint">{t('search.hint')}</span>
          <input class="form-input input-width-xl" id="q" name="q" type="search" value={input.q} aria-describedby="q-hint" />
        </div>
        <Details class="lighed-filters" summary={t('search.filters')} open={Boolean(errors || input.organ || input.fra || input.til || input.dokument || input.beslutninger)}>
          <div class="form-group">
            <label class="form-label" for="organ">{t('search.organ')}</label>
            <select class="form-select" id="organ" name="organ">
              <option value="">{t('search.all')}</option>
              {result.counts.organizations.map((o) => <option value={o.slug} selected={input.organ === o.slug}>{`${o.name} (${count(o.count)})`}</option>)}
            </select>
          </div>
          <DateField name="fra" label={t('search.from')} value={input.fra} error={errors?.fra} t={t} />
          <DateField name="til" label={t('search.to')} value={input.til} error={errors?.til} t={t} />
          <fieldset class="form-group">
            <legend class="form-label">{t('search.document')}</legend>
            {([['', t('search.all')], ['dagsorden', counted(t('documents.dagsorden'), result.counts.documentKinds.agenda ?? 0)], ['referat', counted(t('documents.referat'), result.counts.documentKinds.minutes ?? 0)]] as const).map(([v, label]) => (
              <div class="form-group-radio">
                <input class="form-radio" type="radio" id={`dokument-${v || 'alle'}`} name="dokument" value={v} checked={(input.dokument ?? '') === v} />
                <label class="form-label" for={`dokument-${v || 'alle'}`}>{label}</label>
              </div>
            ))}
          </fieldset>
          <div class="form-group-checkbox">
            <input class="form-checkbox" type="checkbox" id="beslutninger" name="beslutninger" value="1" checked={Boolean(input.beslutninger)} />
            <label class="form-label" for="beslutninger">{counted(t('search.only_decisions'), result.counts.decisions)}</label>
          </div>
        </Details>
        <div class="form-group">
          <label class="form-label" for="sorter">{t('search.sort')}</label>
          <select class="form-select" id="sorter" name="sorter">
            <option value="relevans" selected={input.sorter === 'relevans'}>{t('search.sort_relevance')}</option>
            <option value="dato" selected={input.sorter === 'dato'}>{t('search.sort_date')}</option>
          </select>
        </div>
        <button class="button button-primary" type="submit">{t('search.submit')}</button>
      </form>

      {input.q && !errors ? (
        <section aria-labelledby="results" class="lighed-results">
          <h2 id="results">{t(result.approximate.total ? 'search.results_approx' : 'search.results', { count: format.format(result.total), query: result.correctedQuery ?? result.query })}</h2>
          {result.approximate.total || result.approximate.counts ? <p class="form-hint">{t('search.approx_note', { limit: format.format(CANDIDATES) })}</p> : null}
          {result.correctedQuery ? (
            <p>{t('search.corrected', { used: result.correctedQuery })} <a href={link(input, { q: result.query })}>{t('search.search_instead', { query: result.query })}</a></p>
          ) : null}
          {result.total === 0 ? (
            <>
              <p>{t('search.none', { query: result.query })}</p>
              {result.suggestion ? <p>{t('search.did_you_mean')} <a href={link(input, { q: result.suggestion })}>{result.suggestion}</a>?</p> : null}
              <ul><li>{t('search.tip_fewer')}</li><li>{t('search.tip_filters')}</li></ul>
            </>
          ) : (
            <ol class="lighed-hits" start={(input.side - 1) * PAGE_SIZE + 1}>
              {result.hits.map((h) => (
                <li>
                  <h3 class="h4"><a href={hitPath(h)}>{h.kind === 'attachment' ? `${t('meeting.attachments')}: ${h.title}` : h.kind === 'notes' ? t('meeting.notes') : h.title}</a></h3>
                  <p class="lighed-meta">
                    {h.organization.name} · {shortDanishDate(h.date)} · {h.documentKind === 'minutes' ? t('documents.referat') : t('documents.dagsorden')}
                    {h.number ? ` · ${t('search.item', { number: h.number })}` : ''}{h.kind === 'decision' ? ` · ${t('search.decision')}` : ''}
                  </p>
                  {h.snippet ? <p class="lighed-snippet">{raw(highlight(h.snippet))}</p> : null}
                </li>
              ))}
            </ol>
          )}
          {pages > 1 ? (
            <nav aria-label={t('search.pages')}>
              <ul class="inline-list">
                {input.side > 1 ? <li><a href={link(input, { side: input.side - 1 })}>{t('search.previous')}</a></li> : null}
                <li>{t('search.page_of', { page: input.side, pages })}</li>
                {input.side < pages ? <li><a href={link(input, { side: input.side + 1 })}>{t('search.next')}</a></li> : null}
              </ul>
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
};
