// The audit log, for administrators: who did what, when, with before and after.
import { Hono } from 'hono';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { AppEnv } from '../web/env.ts';
import { requirePermission } from '../web/auth.ts';
import { auditLog } from './schema.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { TableRegion } from '../web/table.tsx';

const PAGE = 50;

export const auditRoutes = new Hono<AppEnv>().get('/admin/log', async (c) => {
  requirePermission(c, 'audit.read');
  const t = c.get('t');
  const before = Number(c.req.query('foer')) || null;
  const entity = c.req.query('id');
  const where: SQL[] = [];
  if (before) where.push(lt(auditLog.id, before));
  if (entity && /^[0-9a-f-]{36}$/i.test(entity)) where.push(eq(auditLog.entityId, entity));
  const rows = await c.get('deps').database.db.select().from(auditLog).where(where.length ? and(...where) : undefined).orderBy(desc(auditLog.id)).limit(PAGE);
  // In the reader's words ("Punkt tilføjet · punkt"); a name the locale files do not know is shown as stored.
  const named = (kind: 'command' | 'entity', name: string) => {
    const label = t(`audit.${kind}.${name}`);
    return label === `audit.${kind}.${name}` ? name : label;
  };
  const json = (v: unknown) => (v === null ? '' : JSON.stringify(v, null, 1).slice(0, 2000));
  return c.render(
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <TableRegion label={t('audit.title')}>
        <table class="table table--compact">
          <thead><tr><th scope="col">{t('audit.when')}</th><th scope="col">{t('audit.who')}</th><th scope="col">{t('audit.what')}</th><th scope="col">{t('audit.details')}</th></tr></thead>
          <tbody>
            {rows.map((r) => {
              const at = instantToCopenhagen(r.at);
              return (
                <tr>
                  <td>{shortDanishDate(at.date)} {at.time}</td>
                  <td>{r.actorName}</td>
                  <td data-command={r.command}>{named('command', r.command)} · {named('entity', r.entity)}{r.entityId ? <> · <a href={`/admin/log?id=${r.entityId}`}>{r.entityId.slice(0, 8)}</a></> : null}</td>
                  <td>
                    {r.before !== null || r.after !== null ? (
                      <details><summary>{t('audit.show')}</summary>{r.before !== null ? <><p>{t('audit.before')}</p><pre>{json(r.before)}</pre></> : null}{r.after !== null ? <><p>{t('audit.after')}</p><pre>{json(r.after)}</pre></> : null}</details>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      {rows.length === PAGE ? <p><a href={`/admin/log?foer=${rows[rows.length - 1]!.id}${entity ? `&id=${entity}` : ''}`}>{t('audit.older')}</a></p> : null}
    </>,
    { title: t('audit.title') },
  );
});
