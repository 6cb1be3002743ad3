import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { validate } from '../shared/command.ts';
import { highlight, hitPath, search, searchInput } from './queries.ts';
import { SearchPage } from './views.tsx';
import { filledQuery } from '../web/query.ts';

export const searchRoutes = new Hono<AppEnv>()
  .get('/soeg', async (c) => {
    const input = validate(searchInput, filledQuery(c.req.query()));
    const result = await search(c.get('deps').database.db, input);
    const t = c.get('t');
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
