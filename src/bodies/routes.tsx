import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { bodiesOverview, organizationPage } from './queries.ts';
import { BodiesPage, OrganizationPage } from './views.tsx';
import { notFound } from '../shared/errors.ts';
import { validate } from '../shared/command.ts';
import { isoDate } from '../shared/schemas.ts';
import { todayInCopenhagen } from '../shared/time.ts';
import { presentOrganization } from './presenters.ts';
import { z } from 'zod';

const onDate = z.object({ dato: isoDate.optional() });

export const bodyRoutes = new Hono<AppEnv>()
  .get('/organer', async (c) => {
    const overview = await bodiesOverview(c.get('deps').database.db);
    return c.render(<BodiesPage overview={overview} t={c.get('t')} />, { title: c.get('t')('home.title') });
  })
  .get('/organer/:slug', async (c) => {
    const page = await organizationPage(c.get('deps').database.db, c.req.param('slug'));
    if (!page) throw notFound('organization', c.req.param('slug'));
    const t = c.get('t');
    return c.render(<OrganizationPage page={page} t={t} />, { title: page.organization.name, breadcrumbs: [{ href: '/organer', label: t('nav.bodies') }] });
  })
  // Members as they stood on a date (?dato=2025-08-27); today by default.
  .get('/api/organer/:slug', async (c) => {
    const { dato } = validate(onDate, c.req.query());
    const on = dato ?? todayInCopenhagen();
    const { database, config } = c.get('deps');
    const page = await organizationPage(database.db, c.req.param('slug'), on);
    if (!page) throw notFound('organization', c.req.param('slug'));
    return c.json(presentOrganization(page, config.publicUrl, on));
  });
