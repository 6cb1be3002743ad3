import type { FC } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../web/env.ts';
import { ErrorSummary, PostForm, TextField, type Values } from '../web/forms.tsx';

export const SignInPage: FC<{ next: string; values: Values; message?: string; sso: string | null }> = ({ next, values, message, sso }) => {
  const t = useRequestContext<AppEnv>().get('t');
  return (
    <>
      <h1>{t('signin.title')}</h1>
      <p>{t('signin.intro')}</p>
      {message ? <ErrorSummary errors={{}} message={message} /> : null}
      <PostForm action="/log-ind">
        <input type="hidden" name="next" value={next} />
        <TextField name="email" label={t('signin.email')} type="email" autocomplete="username" values={values} errors={{}} required />
        <TextField name="password" label={t('signin.password')} type="password" autocomplete="current-password" values={{}} errors={{}} required />
        <button type="submit" class="button button-primary">{t('signin.submit')}</button>
      </PostForm>
      {sso ? (
        <p class="lighed-sso"><a class="button button-secondary" href={`/log-ind/sso${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('signin.sso', { name: sso })}</a></p>
      ) : null}
    </>
  );
};
