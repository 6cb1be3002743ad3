// /health for load balancers and monitoring, /info for people asking what runs where.
import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { schemaStatus } from '../db/migrate.ts';
import { codeForm } from './version.ts';

export const systemRoutes = new Hono<AppEnv>()
  .get('/health', async (c) => {
    const { database } = c.get('deps');
    try {
      const status = await schemaStatus(database);
      const current = status.pending === 0 && !status.tooNew;
      return c.json(
        { status: current ? 'ok' : 'degraded', database: { kind: database.kind, reachable: true }, migrations: { current: status.current, latest: status.latest, pending: status.pending } },
        current ? 200 : 503,
      );
    } catch {
      return c.json({ status: 'error', database: { kind: database.kind, reachable: false } }, 503);
    }
  })
  .get('/info', (c) => {
    const { version, commit, database } = c.get('deps');
    return c.json({ name: 'lighed', version, commit, database: database.kind, code: codeForm, node: process.version });
  });
