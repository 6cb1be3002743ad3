// Maps errors to HTTP: AppErrors to their status and Danish (or English) message; anything
// else to a 500 whose message reveals nothing about the data.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../shared/errors.ts';
import type { AppEnv } from './env.ts';
import { Alert } from './alert.tsx';

export interface ErrorBody {
  error: { code: string; message: string; fields: { field: string; message: string }[] };
}

export function presentError(err: AppError, t: (k: string, p?: Record<string, string | number>) => string): ErrorBody {
  return {
    error: {
      code: err.code,
      message: t(err.messageKey, err.params),
      fields: err.fields.map((f) => ({ field: f.field, message: t(f.rule, f.params ?? {}) })),
    },
  };
}

const wantsJson = (c: Context<AppEnv>) => {
  const path = new URL(c.req.url).pathname;
  return path.startsWith('/api/') || path.startsWith('/oparl') || path === '/health' || path === '/info' || (c.req.header('accept') ?? '').startsWith('application/json');
};

export function errorPage(c: Context<AppEnv>, status: number, body: ErrorBody) {
  const t = c.get('t');
  c.status(status as 400);
  // The heading names what happened where it can: a missing page or no access is no fault.
  const title = t(status === 404 ? 'error.title_not_found' : status === 403 ? 'error.title_forbidden' : 'error.title');
  return c.render(
    <>
      <h1>{title}</h1>
      <Alert kind="error" role="alert">
        <p class="alert-text">{body.error.message}</p>
        {body.error.fields.length > 0 ? (
          <>
            <p>{t('error.fields')}</p>
            <ul>{body.error.fields.map((f) => <li>{f.field ? `${f.field}: ` : ''}{f.message}</li>)}</ul>
          </>
        ) : null}
      </Alert>
      <p><a href="/">{t('error.back_home')}</a></p>
    </>,
    { title },
  );
}

export function handleError(err: Error, c: Context<AppEnv>) {
  const t = c.get('t') ?? ((k: string) => k);
  let status = 500;
  let body: ErrorBody;
  if (err instanceof AppError && err.code === 'unauthenticated' && !wantsJson(c) && c.req.method === 'GET') {
    // A signed-out visitor following a link to a members' page is sent to sign in, then back.
    const url = new URL(c.req.url);
    return c.redirect(`/log-ind?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  }
  if (err instanceof AppError) {
    status = err.status;
    body = presentError(err, t);
  } else if (err instanceof HTTPException) {
    status = err.status;
    body = { error: { code: status === 404 ? 'not_found' : 'http', message: t(status === 404 ? 'error.not_found' : 'error.internal'), fields: [] } };
  } else {
    console.error(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path}:`, err);
    body = { error: { code: 'internal', message: t('error.internal'), fields: [] } };
  }
  if (wantsJson(c)) return c.json(body, status as 400);
  return errorPage(c, status, body);
}

export function handleNotFound(c: Context<AppEnv>) {
  const t = c.get('t') ?? ((k: string) => k);
  const body: ErrorBody = { error: { code: 'not_found', message: t('error.not_found'), fields: [] } };
  if (wantsJson(c)) return c.json(body, 404);
  return errorPage(c, 404, body);
}
