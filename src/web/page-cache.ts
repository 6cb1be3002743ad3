// Public pages of published records, as a real portal serves them: with an ETag and
// Last-Modified so browsers and proxies revalidate cheaply (304), and rendered once per data
// version. The version is the database's next transaction id: any committed write, by any
// process or by hand in SQL, moves it, so a cached page never outlives the data it shows.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { sql } from 'drizzle-orm';
import type { AppEnv } from './env.ts';
import { todayInCopenhagen } from '../shared/time.ts';

/** Pages that depend only on published data (not on the clock or on who asks, when signed out). */
const CACHEABLE = [
  /^\/moeder\/[0-9a-f-]{36}(\/(dagsorden|referat)(\.pdf|\.txt)?)?$/,
  /^\/punkter\/[0-9a-f-]{36}$/,
  /^\/sager\/[0-9a-f-]{36}$/,
  /^\/organer(\/[a-z0-9-]+)?$/,
  /^\/personer\/[a-z0-9-]+$/,
];
const MAX_BYTES = 16 * 1024 * 1024;

interface Entry { key: string; body: Uint8Array<ArrayBuffer>; headers: [string, string][]; etag: string; lastModified: string }

export function pageCache(): MiddlewareHandler<AppEnv> {
  const entries = new Map<string, Entry>();
  const firstSeen = new Map<string, string>();
  let bytes = 0;
  const remember = (e: Entry) => {
    // Least recently used first out: a Map keeps insertion order, and a hit re-inserts.
    const old = entries.get(e.key);
    if (old) {
      entries.delete(e.key);
      bytes -= old.body.length;
    }
    entries.set(e.key, e);
    bytes += e.body.length;
    for (const [k, oldest] of entries) {
      if (bytes <= MAX_BYTES) break;
      entries.delete(k);
      bytes -= oldest.body.length;
    }
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' || c.get('principal').kind !== 'public' || !CACHEABLE.some((r) => r.test(c.req.path))) return next();
    const row = (await c.get('deps').database.db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as v`)).rows[0] as { v: string };
    const version = row.v;
    // When this process first saw the version: no earlier than the change itself.
    if (!firstSeen.has(version)) {
      firstSeen.set(version, new Date().toUTCString());
      if (firstSeen.size > 1000) firstSeen.delete(firstSeen.keys().next().value!);
    }
    const lastModified = firstSeen.get(version)!;
    const locale = c.get('locale');
    const url = new URL(c.req.url);
    // Today's date too: who is a current member, and which meetings are past, change at midnight.
    const key = `${locale}|${todayInCopenhagen()}|${url.pathname}${url.search}`;
    const etag = `W/"${createHash('sha256').update(`${version}|${key}`).digest('base64url').slice(0, 22)}"`;
    const validators = (h: Headers) => {
      h.set('ETag', etag);
      h.set('Last-Modified', lastModified);
      h.set('Vary', 'Cookie');
      // Revalidate every time: a 304 costs one indexed read and no rendering.
      h.set('Cache-Control', 'public, no-cache');
    };
    const inm = c.req.header('If-None-Match');
    if (inm && inm.split(',').some((t) => t.trim() === etag)) {
      const res = new Response(null, { status: 304 });
      validators(res.headers);
      return res;
    }
    const hit = entries.get(key);
    if (hit && hit.etag === etag) {
      remember(hit);
      const res = new Response(hit.body, { status: 200, headers: hit.headers });
      validators(res.headers);
      res.headers.set('X-Cache', 'hit');
      return res;
    }
    await next();
    if (c.res.status !== 200) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    // The route's own validators give way to these (set on the response itself: assigning a new
    // c.res would merge the old headers back over them).
    validators(c.res.headers);
    c.res.headers.set('X-Cache', 'miss');
    const headers = [...c.res.headers.entries()].filter(([k]) => k !== 'set-cookie' && k !== 'x-cache');
    if (body.length < MAX_BYTES / 8) remember({ key, body, headers, etag, lastModified });
  };
}
