// The meeting plan form (a year's meetings in one form) and the body's recurring items.
import { Hono, type Context } from 'hono';
import type { FC } from 'hono/jsx';
import type { AppEnv } from '../web/env.ts';
import { requirePermission } from '../web/auth.ts';
import { ErrorSummary, Flash, PostForm, errorsFrom, fieldId, formValues, type Errors, type Values } from '../web/forms.tsx';
import { TableRegion } from '../web/table.tsx';
import { done, run } from '../web/run.ts';
import { notFound } from '../shared/errors.ts';
import { organizationBySlug, recurringRules } from '../agenda/queries.ts';
import { planMeetings } from './plan.ts';
import { setRecurringItems } from '../agenda/recurring.ts';

type T = (key: string, params?: Record<string, string | number>) => string;
const ROWS = 12;

const Cell: FC<{ name: string; label: string; type: string; values: Values; errors: Errors }> = ({ name, label, type, values, errors }) => (
  <td class={errors[name] ? 'form-error' : undefined}>
    {errors[name] ? <span class="form-error-message" id={`${fieldId(name)}-error`}>{errors[name]}</span> : null}
    <input class="form-input" type={type} id={fieldId(name)} name={name} value={values[name] ?? ''} aria-label={label} aria-describedby={errors[name] ? `${fieldId(name)}-error` : undefined} aria-invalid={errors[name] ? 'true' : undefined} />
  </td>
);

const PlanForm: FC<{ slug: string; name: string; t: T; values: Values; errors: Errors; message?: string }> = ({ slug, name, t, values, errors, message }) => (
  <>
    <h1>{t('plan.title', { organization: name })}</h1>
    <Flash />
    <p>{t('plan.intro')}</p>
    {Object.keys(errors).length || message ? <ErrorSummary errors={errors} message={message} /> : null}
    <PostForm action={`/sekretariat/organer/${slug}/moedeplan`}>
      <TableRegion label={t('plan.title', { organization: name })} hasFields>
        <table class="table lighed-plan">
          <thead><tr><th scope="col">#</th><th scope="col">{t('plan.date')}</th><th scope="col">{t('plan.start')}</th><th scope="col">{t('plan.end')}</th><th scope="col">{t('plan.location')}</th></tr></thead>
          <tbody>
            {Array.from({ length: ROWS }, (_, i) => (
              <tr>
                <th scope="row">{i + 1}</th>
                <Cell name={`rows.${i}.date`} label={`${t('plan.date')} ${i + 1}`} type="date" values={values} errors={errors} />
                <Cell name={`rows.${i}.start`} label={`${t('plan.start')} ${i + 1}`} type="time" values={values} errors={errors} />
                <Cell name={`rows.${i}.end`} label={`${t('plan.end')} ${i + 1}`} type="time" values={values} errors={errors} />
                <Cell name={`rows.${i}.location`} label={`${t('plan.location')} ${i + 1}`} type="text" values={values} errors={errors} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <button type="submit" class="button button-primary">{t('plan.submit')}</button>
    </PostForm>
  </>
);

const RecurringForm: FC<{ slug: string; name: string; t: T; values: Values; errors: Errors; message?: string }> = ({ slug, name, t, values, errors, message }) => (
  <>
    <h1>{t('recurring.title', { organization: name })}</h1>
    <Flash />
    <p>{t('recurring.intro')}</p>
    {Object.keys(errors).length || message ? <ErrorSummary errors={errors} message={message} /> : null}
    <PostForm action={`/sekretariat/organer/${slug}/faste-punkter`}>
      <TableRegion label={t('recurring.title', { organization: name })} hasFields>
        <table class="table lighed-plan">
          <thead><tr><th scope="col">#</th><th scope="col">{t('recurring.item_title')}</th><th scope="col">{t('recurring.placement')}</th><th scope="col">{t('recurring.kind')}</th></tr></thead>
          <tbody>
            {Array.from({ length: 8 }, (_, i) => (
              <tr>
                <th scope="row">{i + 1}</th>
                <Cell name={`items.${i}.title`} label={`${t('recurring.item_title')} ${i + 1}`} type="text" values={values} errors={errors} />
                <td>
                  <select class="form-select" name={`items.${i}.placement`} aria-label={`${t('recurring.placement')} ${i + 1}`}>
                    {(['start', 'end'] as const).map((p) => <option value={p} selected={values[`items.${i}.placement`] === p}>{t(`recurring.${p}`)}</option>)}
                  </select>
                </td>
                <td>
                  <select class="form-select" name={`items.${i}.kind`} aria-label={`${t('recurring.kind')} ${i + 1}`}>
                    {(['normal', 'previous_minutes', 'attendance'] as const).map((k) => <option value={k} selected={values[`items.${i}.kind`] === k}>{t(`recurring.kind_${k}`)}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <button type="submit" class="button button-primary">{t('recurring.submit')}</button>
    </PostForm>
  </>
);

async function orgFor(c: Context<AppEnv>) {
  const org = await organizationBySlug(c.get('deps').database.db, c.req.param('slug')!);
  if (!org) throw notFound('organization', c.req.param('slug')!);
  return org;
}

const crumbs = (c: Context<AppEnv>) => [{ href: '/sekretariat', label: c.get('t')('staff.title') }];

export const planRoutes = new Hono<AppEnv>()
  .get('/sekretariat/organer/:slug/moedeplan', async (c) => {
    const org = await orgFor(c);
    requirePermission(c, 'meeting.plan', { organizationId: org.id });
    return c.render(<PlanForm slug={org.slug} name={org.name} t={c.get('t')} values={{}} errors={{}} />, { title: c.get('t')('plan.title', { organization: org.name }), breadcrumbs: crumbs(c) });
  })
  .post('/sekretariat/organer/:slug/moedeplan', async (c) => {
    const org = await orgFor(c);
    requirePermission(c, 'meeting.plan', { organizationId: org.id });
    const v = await formValues(c.req);
    // Rows left empty are not meetings; the row number is kept so errors point at the right row.
    const filled = Array.from({ length: ROWS }, (_, i) => i).filter((i) => ['date', 'start', 'end', 'location'].some((f) => v[`rows.${i}.${f}`]?.trim()));
    const rows = filled.map((i) => ({ date: v[`rows.${i}.date`] ?? '', start: v[`rows.${i}.start`] ?? '', end: v[`rows.${i}.end`] || null, location: v[`rows.${i}.location`] }));
    try {
      await run(c, planMeetings, { organizationId: org.id, rows });
      return done(c, `/organer/${org.slug}`, 'plan_saved');
    } catch (err) {
      const shown = errorsFrom(err, c.get('t'), (f) => f.replace(/^rows\.(\d+)/, (_m, n: string) => `rows.${filled[Number(n)] ?? n}`) || `rows.0.date`);
      if (!shown) throw err;
      if (rows.length === 0) shown.errors['rows.0.date'] = c.get('t')('plan.empty');
      c.status(422);
      return c.render(<PlanForm slug={org.slug} name={org.name} t={c.get('t')} values={v} {...shown} />, { title: c.get('t')('plan.title', { organization: org.name }), breadcrumbs: crumbs(c) });
    }
  })
  .get('/sekretariat/organer/:slug/faste-punkter', async (c) => {
    const org = await orgFor(c);
    requirePermission(c, 'agenda.edit', { organizationId: org.id });
    const rules = await recurringRules(c.get('deps').database.db, org.id);
    const values: Values = {};
    rules.forEach((r, i) => Object.assign(values, { [`items.${i}.title`]: r.title, [`items.${i}.placement`]: r.placement, [`items.${i}.kind`]: r.kind }));
    return c.render(<RecurringForm slug={org.slug} name={org.name} t={c.get('t')} values={values} errors={{}} />, { title: c.get('t')('recurring.title', { organization: org.name }), breadcrumbs: crumbs(c) });
  })
  .post('/sekretariat/organer/:slug/faste-punkter', async (c) => {
    const org = await orgFor(c);
    requirePermission(c, 'agenda.edit', { organizationId: org.id });
    const v = await formValues(c.req);
    const items = Array.from({ length: 8 }, (_, i) => i).filter((i) => v[`items.${i}.title`]?.trim()).map((i) => ({
      title: v[`items.${i}.title`]!, placement: v[`items.${i}.placement`] === 'end' ? 'end' as const : 'start' as const,
      kind: (['normal', 'previous_minutes', 'attendance'] as const).find((k) => k === v[`items.${i}.kind`]) ?? 'normal',
    }));
    const rules = await recurringRules(c.get('deps').database.db, org.id);
    // Keep the standard text of rules that had one (e.g. Gensidig orientering).
    const text = new Map(rules.map((r) => [r.title.toLowerCase(), ((r.sections as { text: string }[])[0]?.text) ?? '']));
    await run(c, setRecurringItems, { organizationId: org.id, items: items.map((i) => ({ ...i, text: text.get(i.title.toLowerCase()) ?? '' })) });
    return done(c, `/sekretariat/organer/${org.slug}/faste-punkter`, 'recurring_saved');
  });
