// The administrator's account pages: the list, a new account, one account with its roles.
import type { FC } from 'hono/jsx';
import { ActionButton, ErrorSummary, Flash, PostForm, Select, TextField, type Errors, type Values } from '../web/forms.tsx';
import { TableRegion } from '../web/table.tsx';
import { roles } from '../permissions/policy.ts';
import type { Account, AccountGrant } from './admin-queries.ts';
import { Alert } from '../web/alert.tsx';
import { useDates } from '../web/dates.ts';
import { Details } from '../web/details.tsx';

type T = (key: string, params?: Record<string, string | number>) => string;
type Organizations = { id: string; name: string }[];

/** The organization field's value for "every body" (an empty value means nothing was chosen). */
export const EVERY_BODY = 'alle';

const when = (d: Date | null, t: T) => {
  if (!d) return t('accounts.never');
  return useDates().whenShort(d);
};

export const grantLabel = (g: AccountGrant, t: T) =>
  g.organizationId ? t('accounts.role_in', { role: t(`account_role.${g.role}`), organization: g.organization ?? '' }) : t('accounts.role_everywhere', { role: t(`account_role.${g.role}`) });

const RoleFields: FC<{ values: Values; errors: Errors; organizations: Organizations; t: T }> = ({ values, errors, organizations, t }) => (
  <>
    <Select name="role" label={t('accounts.role')} values={values} errors={errors}
      options={[{ value: '', label: t('accounts.choose') }, ...roles.map((r) => ({ value: r, label: t(`account_role.${r}`) }))]} />
    <Select name="organization" label={t('accounts.organization')} hint={t('accounts.organization_hint')} values={values} errors={errors}
      options={[{ value: '', label: t('accounts.choose') }, { value: EVERY_BODY, label: t('accounts.all_organizations') }, ...organizations.map((o) => ({ value: o.id, label: o.name }))]} />
  </>
);

export const AccountsPage: FC<{ accounts: Account[]; t: T }> = ({ accounts, t }) => (
  <>
    <h1>{t('accounts.title')}</h1>
    <Flash />
    <p>{t('accounts.intro')}</p>
    <p><a class="button button-primary" href="/admin/brugere/ny">{t('accounts.new')}</a></p>
    <TableRegion label={t('accounts.title')}>
      <table class="table">
        <thead><tr><th scope="col">{t('accounts.name')}</th><th scope="col">{t('accounts.email')}</th><th scope="col">{t('accounts.roles')}</th><th scope="col">{t('accounts.status')}</th><th scope="col">{t('accounts.last_sign_in')}</th></tr></thead>
        <tbody>
          {accounts.map((a) => (
            <tr>
              <td><a href={`/admin/brugere/${a.id}`}>{a.name}</a></td>
              <td>{a.email}</td>
              <td>{a.grants.length ? <ul class="nobullet-list">{a.grants.map((g) => <li>{grantLabel(g, t)}</li>)}</ul> : <span class="lighed-meta">{t('accounts.no_roles_short')}</span>}</td>
              <td>{a.disabled ? <strong>{t('accounts.disabled')}</strong> : t('accounts.active')}</td>
              <td>{when(a.lastSignIn, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  </>
);

export const NewAccountPage: FC<{ organizations: Organizations; people: People; values: Values; errors?: Errors; message?: string; t: T }> = ({ organizations, people, values, errors = {}, message, t }) => (
  <>
    <h1>{t('accounts.new')}</h1>
    <ErrorSummary errors={errors} message={message} />
    <p>{t('accounts.new_intro')}</p>
    <PostForm action="/admin/brugere/ny">
      <TextField name="name" label={t('accounts.name')} values={values} errors={errors} autocomplete="off" required />
      <TextField name="email" label={t('accounts.email')} type="email" values={values} errors={errors} autocomplete="off" required />
      <RoleFields values={values} errors={errors} organizations={organizations} t={t} />
      <PersonField people={people} values={values} errors={errors} t={t} />
      <button type="submit" class="button button-primary">{t('accounts.create_submit')}</button>
    </PostForm>
  </>
);

/** A password made for the account, shown once: it is stored only as a hash. */
const NewPassword: FC<{ account: Account; password: string; created: boolean; t: T }> = ({ account, password, created, t }) => (
  <Alert kind="success" role="status">
    <p class="alert-heading">{t(created ? 'accounts.created' : 'accounts.password_reset', { name: account.name })}</p>
    <p class="alert-text">{t('accounts.password_once')} <code>{password}</code></p>
    <p class="alert-text">{t('accounts.password_hint', { name: account.name })}</p>
  </Alert>
);

type People = { id: string; label: string }[];

const PersonField: FC<{ people: People; values: Values; errors: Errors; t: T }> = ({ people, values, errors, t }) => (
  <Select name="personId" label={t('accounts.person')} hint={t('accounts.person_hint')} values={values} errors={errors}
    options={[{ value: '', label: t('accounts.no_person') }, ...people.map((p) => ({ value: p.id, label: p.label }))]} />
);

export const AccountPage: FC<{
  account: Account; organizations: Organizations; people: People; self: boolean; t: T;
  password?: { value: string; created: boolean }; values?: Values; errors?: Errors; message?: string;
}> = ({ account, organizations, people, self, t, password, values: posted = {}, errors = {}, message }) => {
  const values: Values = { name: account.name, email: account.email, personId: account.person?.id ?? '', ...posted };
  const method = [account.password ? t('accounts.method_password') : '', account.sso ? t('accounts.method_sso') : ''].filter(Boolean).join(', ') || t('accounts.method_none');
  return (
    <>
      <h1>{account.name}</h1>
      <Flash />
      {password ? <NewPassword account={account} password={password.value} created={password.created} t={t} /> : null}
      <ErrorSummary errors={errors} message={message} />
      <dl>
        <dt>{t('accounts.email')}</dt><dd>{account.email}</dd>
        <dt>{t('accounts.status')}</dt><dd>{account.disabled ? <strong>{t('accounts.disabled')}</strong> : t('accounts.active')}</dd>
        <dt>{t('accounts.sign_in_method')}</dt><dd>{method}</dd>
        <dt>{t('accounts.person')}</dt><dd>{account.person ? <a href={`/personer/${account.person.slug}`}>{account.person.name}</a> : t('accounts.no_person')}</dd>
        <dt>{t('accounts.last_sign_in')}</dt><dd>{when(account.lastSignIn, t)}</dd>
      </dl>
      <p><a href={`/admin/log?id=${account.id}`}>{t('accounts.history')}</a></p>
      <Details class="lighed-filters" summary={t('accounts.edit')} open={Boolean(errors.name || errors.email || errors.personId)}>
        <PostForm action={`/admin/brugere/${account.id}/oplysninger`}>
          <TextField name="name" label={t('accounts.name')} values={values} errors={errors} autocomplete="off" required />
          <TextField name="email" label={t('accounts.email')} type="email" values={values} errors={errors} autocomplete="off" required />
          <PersonField people={people} values={values} errors={errors} t={t} />
          <button type="submit" class="button button-secondary">{t('accounts.edit_submit')}</button>
        </PostForm>
      </Details>

      <h2>{t('accounts.roles')}</h2>
      {account.grants.length ? (
        <ul class="nobullet-list">
          {account.grants.map((g) => (
            <li>
              {grantLabel(g, t)}{' '}
              {self && g.role === 'administrator' ? null : (
                <ActionButton action={`/admin/brugere/${account.id}/roller/fjern`} fields={{ role: g.role, organization: g.organizationId ?? EVERY_BODY }} label={t('accounts.remove_role')} secondary ariaLabel={t('accounts.remove_role_label', { role: grantLabel(g, t) })} />
              )}
            </li>
          ))}
        </ul>
      ) : <p>{t('accounts.no_roles')}</p>}
      <h3>{t('accounts.add_role')}</h3>
      <PostForm action={`/admin/brugere/${account.id}/roller`}>
        <RoleFields values={values} errors={errors} organizations={organizations} t={t} />
        <button type="submit" class="button button-secondary">{t('accounts.add_role_submit')}</button>
      </PostForm>

      <h2>{t('accounts.password')}</h2>
      <p>{t('accounts.new_password_hint')}</p>
      <ActionButton action={`/admin/brugere/${account.id}/adgangskode`} label={t('accounts.new_password')} secondary />

      {self ? null : (
        <>
          <h2>{account.disabled ? t('accounts.unblock') : t('accounts.block')}</h2>
          <p>{account.disabled ? t('accounts.unblock_hint') : t('accounts.block_hint')}</p>
          <ActionButton action={`/admin/brugere/${account.id}/spaerring`} fields={{ disabled: account.disabled ? '0' : '1' }} label={account.disabled ? t('accounts.unblock') : t('accounts.block')} secondary />
        </>
      )}
    </>
  );
};
