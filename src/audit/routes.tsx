// The audit log, for administrators: who did what, when, with before and after.
import { Hono } from 'hono';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { AppEnv } from '../web/env.ts';
import { requirePermission } from '../web/auth.ts';
import { auditLog } from './schema.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { TableRegion } from '../web/table.tsx';
import { localeKeys, sortDanish } from '../shared/i18n.ts';
import { Details } from '../web/details.tsx';

const PAGE = 50;

const COMMAND_KEY = /^audit\.command\.([a-zA-Z]+)$/;

export const auditRoutes = new Hono<AppEnv>().get('/admin/log', async (c) => {
  requirePermission(c, 'audit.read');
  const t = c.get('t');
  const db = c.get('deps').database.db;
  const before = Number(c.req.query('foer')) || null;
  const entity = c.req.query('id');
  const who = c.req.query('hvem') || undefined;
  const what = c.req.query('hvad') || undefined;
  const where: SQL[] = [];
  if (before) where.push(lt(auditLog.id, before));
  if (entity && /^[0-9a-f-]{36}$/i.test(entity)) where.push(eq(auditLog.entityId, entity));
  if (who) where.push(eq(auditLog.actorName, who));
  if (what) where.push(eq(auditLog.command, what));
  const rows = await db.select().from(auditLog).where(where.length ? and(...where) : undefined).orderBy(desc(auditLog.id)).limit(PAGE);
  // In the reader's words ("Punkt tilføjet · punkt"); a name the locale files do not know is shown as stored.
  const named = (kind: 'command' | 'entity', name: string) => {
    const label = t(`audit.${kind}.${name}`);
    return label === `audit.${kind}.${name}` ? name : label;
  };
  // The filters' choices: everyone who has done something, and every kind of change, by their labels.
  const actors = sortDanish((await db.selectDistinct({ name: auditLog.actorName }).from(auditLog).limit(1000)).map((r) => r.name), (n) => n);
  const commands = sortDanish(localeKeys().flatMap((k) => COMMAND_KEY.exec(k)?.[1] ?? []), (cmd) => named('command', cmd));
  const filters = new URLSearchParams(Object.entries({ id: entity, hvem: who, hvad: what }).filter((e): e is [string, string] => Boolean(e[1])));
  const json = (v: unknown) => (v === null ? '' : JSON.stringify(v, null, 1).slice(0, 2000));
  return c.render(
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <form method="get" action="/admin/log" class="lighed-filters">
        {entity ? <input type="hidden" name="id" value={entity} /> : null}
        <div class="form-group">
          <label class="form-label" for="hvem">{t('audit.who')}</label>
          <select class="form-select" id="hvem" name="hvem">
            <option value="">{t('audit.everyone')}</option>
            {actors.map((a) => <option value={a} selected={a === who}>{a}</option>)}
          </select>
        </div>
        <div class="form-group">
          <label class="form-label" for="hvad">{t('audit.what')}</label>
          <select class="form-select" id="hvad" name="hvad">
            <option value="">{t('audit.everything')}</option>
            {commands.map((cmd) => <option value={cmd} selected={cmd === what}>{named('command', cmd)}</option>)}
          </select>
        </div>
        <button type="submit" class="button button-secondary">{t('audit.filter')}</button>
      </form>
      {rows.length === 0 ? <p>{t('audit.none')}</p> : null}
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
                      <Details summary={t('audit.show')}>{r.before !== null ? <><p>{t('audit.before')}</p><pre>{json(r.before)}</pre></> : null}{r.after !== null ? <><p>{t('audit.after')}</p><pre>{json(r.after)}</pre></> : null}</Details>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      {rows.length === PAGE ? <p><a href={`/admin/log?${new URLSearchParams([...filters, ['foer', String(rows[rows.length - 1]!.id)]])}`}>{t('audit.older')}</a></p> : null}
    </>,
    { title: t('audit.title') },
  );
});
