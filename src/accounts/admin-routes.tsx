// Accounts in the browser, for administrators: create, give and remove roles, a new password, block and open.
import { Hono, type Context } from 'hono';
import { randomBytes } from 'node:crypto';
import type { AppEnv } from '../web/env.ts';
import { requirePermission } from '../web/auth.ts';
import { errorsFrom, formValues, type Values } from '../web/forms.tsx';
import { actorOf, done, run } from '../web/run.ts';
import { AppError, notFound, type FieldProblem } from '../shared/errors.ts';
import { createUser, grantRole, revokeRole, setPassword, setUserDisabled, updateUser } from './commands.ts';
import { generatePassword } from './passwords.ts';
import { accountById, accountList, organizationChoices, personChoices, type Account } from './admin-queries.ts';
import { AccountPage, AccountsPage, EVERY_BODY, NewAccountPage } from './admin-views.tsx';
import { roles, type Role } from '../permissions/policy.ts';

const LIST = '/admin/brugere';

function manager(c: Context<AppEnv>) {
  requirePermission(c, 'users.manage');
  return { db: c.get('deps').database.db, t: c.get('t') };
}

const crumbs = (c: Context<AppEnv>) => [{ href: LIST, label: c.get('t')('accounts.title') }];

/**
 * The role and the body as the form sent them: a body must be chosen, "every body" explicitly, so that nobody is
 * made secretary for every body by a field left as it was.
 */
function grantFrom(v: Values): { role: Role; organizationId: string | null } {
  const problems: FieldProblem[] = [];
  if (!roles.includes(v.role as Role)) problems.push({ field: 'role', rule: 'accounts.choose_role' });
  if (!v.organization) problems.push({ field: 'organization', rule: 'accounts.choose_organization' });
  if (problems.length) throw new AppError('validation', 'error.validation', {}, problems);
  return { role: v.role as Role, organizationId: v.organization === EVERY_BODY ? null : v.organization! };
}

/** Field messages for a refused form; an e-mail already in use is said at the e-mail field. */
function shownErrors(err: unknown, c: Context<AppEnv>) {
  const shown = errorsFrom(err, c.get('t'), (f) => (f.startsWith('grants.') || f === 'organizationId' ? 'organization' : f));
  if (!shown) return null;
  if (err instanceof AppError && err.messageKey === 'rule.user.email_taken') shown.errors.email = shown.message;
  return shown;
}

async function accountOr404(c: Context<AppEnv>) {
  const account = await accountById(c.get('deps').database.db, c.req.param('id')!);
  if (!account) throw notFound('user', c.req.param('id')!);
  return account;
}

async function renderAccount(c: Context<AppEnv>, extra: { password?: { value: string; created: boolean }; values?: Values; errors?: Record<string, string>; message?: string } = {}) {
  const { db } = manager(c);
  const account = await accountOr404(c);
  const self = actorOf(c).id === account.id;
  return c.render(<AccountPage account={account} organizations={await organizationChoices(db)} people={await personChoices(db)} self={self} t={c.get('t')} {...extra} />, { title: account.name, breadcrumbs: crumbs(c) });
}

/**
 * A change to one account from its page: done, back to the page with the message; refused, the page again with
 * why (and, for the role form, what was chosen).
 */
async function change(c: Context<AppEnv>, work: (account: Account, v: Values) => Promise<string>, keepValues = false) {
  manager(c);
  const account = await accountOr404(c);
  const v = await formValues(c.req);
  try {
    return done(c, `${LIST}/${account.id}`, await work(account, v));
  } catch (err) {
    const shown = shownErrors(err, c);
    if (!shown) throw err;
    c.status(err instanceof AppError && err.code === 'conflict' ? 409 : 422);
    return renderAccount(c, keepValues ? { values: v, ...shown } : { message: shown.message });
  }
}

export const adminAccountRoutes = new Hono<AppEnv>()
  .get(LIST, async (c) => {
    const { db, t } = manager(c);
    return c.render(<AccountsPage accounts={await accountList(db)} t={t} />, { title: t('accounts.title') });
  })
  .get(`${LIST}/ny`, async (c) => {
    const { db, t } = manager(c);
    return c.render(<NewAccountPage organizations={await organizationChoices(db)} people={await personChoices(db)} values={{}} t={t} />, { title: t('accounts.new'), breadcrumbs: crumbs(c) });
  })
  .post(`${LIST}/ny`, async (c) => {
    const { db, t } = manager(c);
    const v = await formValues(c.req);
    const password = generatePassword(randomBytes(20));
    try {
      const grant = grantFrom(v);
      const user = await run(c, createUser, { name: v.name ?? '', email: v.email ?? '', password, personId: v.personId || null, grants: [grant] });
      // The password is shown on this answer only (it is stored as a hash): no redirect that could lose it.
      c.status(201);
      const account = (await accountById(db, user.id))!;
      return c.render(<AccountPage account={account} organizations={await organizationChoices(db)} people={await personChoices(db)} self={false} t={t} password={{ value: password, created: true }} />, { title: account.name, breadcrumbs: crumbs(c) });
    } catch (err) {
      const shown = shownErrors(err, c);
      if (!shown) throw err;
      c.status(err instanceof AppError && err.code === 'conflict' ? 409 : 422);
      return c.render(<NewAccountPage organizations={await organizationChoices(db)} people={await personChoices(db)} values={v} t={t} {...shown} />, { title: t('accounts.new'), breadcrumbs: crumbs(c) });
    }
  })
  .get(`${LIST}/:id`, (c) => renderAccount(c))
  .post(`${LIST}/:id/roller`, (c) => change(c, (account, v) => run(c, grantRole, { userId: account.id, ...grantFrom(v) }).then(() => 'role_granted'), true))
  .post(`${LIST}/:id/oplysninger`, (c) => change(c, async (account, v) => {
    const r = await run(c, updateUser, { userId: account.id, name: v.name ?? '', email: v.email ?? '', personId: v.personId || null });
    return r.changed ? 'account_updated' : 'account_unchanged';
  }, true))
  .post(`${LIST}/:id/roller/fjern`, (c) => change(c, (account, v) => run(c, revokeRole, { userId: account.id, ...grantFrom(v) }).then(() => 'role_removed')))
  .post(`${LIST}/:id/adgangskode`, async (c) => {
    manager(c);
    const account = await accountOr404(c);
    const password = generatePassword(randomBytes(20));
    await run(c, setPassword, { userId: account.id, password });
    return renderAccount(c, { password: { value: password, created: false } });
  })
  .post(`${LIST}/:id/spaerring`, (c) => change(c, async (account, v) => {
    const disabled = v.disabled === '1';
    await run(c, setUserDisabled, { userId: account.id, disabled });
    return disabled ? 'account_blocked' : 'account_opened';
  }));
