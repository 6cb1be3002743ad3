import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { bodiesOverview, organizationPage } from './queries.ts';
import { BodiesPage, OrganizationPage } from './views.tsx';
import { notFound } from '../shared/errors.ts';

export const bodyRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const overview = await bodiesOverview(c.get('deps').database.db);
    return c.render(<BodiesPage overview={overview} t={c.get('t')} />, { title: c.get('t')('home.title') });
  })
  .get('/organer', async (c) => {
    const overview = await bodiesOverview(c.get('deps').database.db);
    return c.render(<BodiesPage overview={overview} t={c.get('t')} />, { title: c.get('t')('home.title') });
  })
  .get('/organer/:slug', async (c) => {
    const page = await organizationPage(c.get('deps').database.db, c.req.param('slug'));
    if (!page) throw notFound('organization', c.req.param('slug'));
    const t = c.get('t');
    return c.render(<OrganizationPage page={page} t={t} />, { title: page.organization.name, breadcrumbs: [{ href: '/organer', label: t('nav.bodies') }] });
  });
