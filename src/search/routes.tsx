import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { invalidInput, validate } from '../shared/command.ts';
import type { z } from 'zod';
import { highlight, hitPath, search, searchInput, type SearchResult } from './queries.ts';
import { SearchPage } from './views.tsx';
import { filledQuery } from '../web/query.ts';

const noResult: SearchResult = { query: '', correctedQuery: null, suggestion: null, total: 0, approximate: { total: false, counts: false }, hits: [], counts: { organizations: [], documentKinds: {}, decisions: 0 } };

/** Messages for the date fields, or null when something else is wrong (a link edited by hand: the plain error). */
function searchErrors(issues: z.core.$ZodIssue[], t: (key: string, params?: Record<string, string | number>) => string): Record<string, string> | null {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0]);
    if (field !== 'fra' && field !== 'til') return null;
    errors[field] ??= issue.code === 'custom' ? t('search.to_before_from') : t('search.bad_date', { field: t(field === 'fra' ? 'search.from' : 'search.to') });
  }
  return errors;
}

export const searchRoutes = new Hono<AppEnv>()
  .get('/soeg', async (c) => {
    const t = c.get('t');
    const query = filledQuery(c.req.query());
    const parsed = searchInput.safeParse(query);
    if (!parsed.success) {
      // The form again, as typed, with what is wrong said at each field: a date typed by hand is the usual case.
      const errors = searchErrors(parsed.error.issues, t);
      if (!errors) throw invalidInput(parsed.error.issues);
      c.status(400);
      const input = { ...searchInput.parse({ q: query.q?.slice(0, 200) }), fra: query.fra, til: query.til };
      return c.render(<SearchPage input={input} result={noResult} t={t} locale={c.get('locale')} errors={errors} />, { title: t('search.title_error') });
    }
    const input = parsed.data;
    const result = await search(c.get('deps').database.db, input);
    return c.render(<SearchPage input={input} result={result} t={t} locale={c.get('locale')} />, { title: input.q ? `${t('search.title')}: ${input.q}` : t('search.title') });
  })
  .get('/api/search', async (c) => {
    const input = validate(searchInput, filledQuery(c.req.query()));
    const r = await search(c.get('deps').database.db, input);
    const base = c.get('deps').config.publicUrl;
    // A presenter: explicit fields; snippets with <mark> around the matches, the rest escaped.
    return c.json({
      query: r.query,
      correctedQuery: r.correctedQuery,
      suggestion: r.suggestion,
      total: r.total,
      // Broad queries: total and counts are estimates from a sample, ranked among the newest matches.
      approximate: r.approximate,
      page: input.side,
      results: r.hits.map((h) => ({
        title: h.title,
        kind: h.kind,
        document: h.documentKind,
        date: h.date,
        item: h.number,
        caseNumber: h.caseNumber,
        organization: h.organization,
        url: `${base}${hitPath(h)}`,
        meeting: `${base}/moeder/${h.meetingId}`,
        snippet: highlight(h.snippet),
      })),
      counts: r.counts,
    });
  });
