// "Skift adgangskode": a signed-in user changes their own password (e.g. the one an administrator handed them).
import { Hono } from 'hono';
import type { FC } from 'hono/jsx';
import type { AppEnv } from '../web/env.ts';
import { requireUser, setSessionCookie } from '../web/auth.ts';
import { ErrorSummary, PostForm, TextField, errorsFrom, formValues, type Errors } from '../web/forms.tsx';
import { done, run } from '../web/run.ts';
import { AppError } from '../shared/errors.ts';
import { changeOwnPassword } from './commands.ts';
import { createSession } from './sessions.ts';
import { recordSignIn, signInWait } from './rate-limit.ts';
import { address } from './routes.tsx';

type T = (key: string, params?: Record<string, string | number>) => string;

const PasswordPage: FC<{ t: T; errors?: Errors; message?: string }> = ({ t, errors = {}, message }) => (
  <>
    <h1>{t('password.title')}</h1>
    <ErrorSummary errors={errors} message={message} />
    <p>{t('password.intro')}</p>
    <PostForm action="/mit/adgangskode">
      {/* Typed passwords are never sent back into the form. */}
      <TextField name="current" label={t('password.current')} type="password" autocomplete="current-password" values={{}} errors={errors} required />
      <TextField name="password" label={t('password.new')} hint={t('password.new_hint')} type="password" autocomplete="new-password" values={{}} errors={errors} required />
      <TextField name="confirm" label={t('password.confirm')} type="password" autocomplete="new-password" values={{}} errors={errors} required />
      <button type="submit" class="button button-primary">{t('password.submit')}</button>
    </PostForm>
  </>
);

const crumbs = (t: T) => [{ href: '/mit', label: t('nav.mine') }];

export const passwordRoutes = new Hono<AppEnv>()
  .get('/mit/adgangskode', (c) => {
    requireUser(c);
    const t = c.get('t');
    return c.render(<PasswordPage t={t} />, { title: t('password.title'), breadcrumbs: crumbs(t) });
  })
  .post('/mit/adgangskode', async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    const db = c.get('deps').database.db;
    const from = address(c);
    const refuse = (status: 422 | 429, shown: { errors?: Errors; message?: string }) => {
      c.status(status);
      return c.render(<PasswordPage t={t} {...shown} />, { title: t('password.title'), breadcrumbs: crumbs(t) });
    };
    // Guessing the current password from a session left open is limited like signing in.
    const wait = await signInWait(db, user.email, from);
    if (wait > 0) return refuse(429, { message: t('signin.too_many', { minutes: wait }) });
    const v = await formValues(c.req);
    try {
      await run(c, changeOwnPassword, { userId: user.userId, current: v.current ?? '', password: v.password ?? '', confirm: v.confirm ?? '' });
    } catch (err) {
      const shown = errorsFrom(err, t);
      if (!shown) throw err;
      if (err instanceof AppError && err.fields.some((f) => f.rule === 'rule.password.wrong')) await recordSignIn(db, user.email, from, false);
      return refuse(422, shown);
    }
    // Every session ended with the old password; this one goes on with a new session.
    const { token } = await createSession(db, user.userId);
    setSessionCookie(c, token);
    return done(c, '/mit', 'password_changed');
  });
