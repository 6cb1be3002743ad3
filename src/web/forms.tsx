// DKFDS form parts that work without JavaScript: every form posts a CSRF token, errors are
// listed in a summary that links to each field, and fields keep what the user typed.
import type { Child, FC } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from './env.ts';
import { AppError } from '../shared/errors.ts';
import { Alert } from './alert.tsx';

export type Values = Record<string, string | undefined>;
/** Messages by field name (the input's name attribute). */
export type Errors = Record<string, string>;

/** The form's field id from a field name ("sections.0.text" → "f-sections-0-text"). */
export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

export const Csrf: FC = () => {
  const c = useRequestContext<AppEnv>();
  return <input type="hidden" name="_csrf" value={c.get('csrfToken')} />;
};

export const PostForm: FC<{ action: string; children?: Child; multipart?: boolean; class?: string; id?: string }> = ({ action, children, multipart, class: cls, id }) => (
  <form method="post" action={action} enctype={multipart ? 'multipart/form-data' : undefined} class={cls} id={id} novalidate>
    <Csrf />
    {children}
  </form>
);

/** A button that posts (for actions such as move up, release, approve). */
export const ActionButton: FC<{ action: string; label: string; secondary?: boolean; fields?: Record<string, string | number>; ariaLabel?: string }> = ({ action, label, secondary, fields, ariaLabel }) => (
  <form method="post" action={action} class="lighed-inline-form">
    <Csrf />
    {Object.entries(fields ?? {}).map(([k, v]) => <input type="hidden" name={k} value={String(v)} />)}
    <button type="submit" class={secondary ? 'button button-secondary' : 'button button-primary'} aria-label={ariaLabel}>{label}</button>
  </form>
);

export const ErrorSummary: FC<{ errors: Errors; message?: string }> = ({ errors, message }) => {
  const t = useRequestContext<AppEnv>().get('t');
  const entries = Object.entries(errors);
  if (entries.length === 0 && !message) return null;
  return (
    <Alert kind="error" role="alert" id="error-summary" focusable>
      <p class="alert-heading">{message ?? t('form.has_errors')}</p>
      {entries.length ? (
        <ul class="alert-text nobullet-list">
          {entries.map(([name, msg]) => <li><a href={`#${fieldId(name)}`} class="function-link">{msg}</a></li>)}
        </ul>
      ) : null}
    </Alert>
  );
};

interface FieldProps {
  name: string;
  label: string;
  values: Values;
  errors: Errors;
  hint?: string;
}

const Group: FC<FieldProps & { children?: Child }> = ({ name, label, errors, hint, children }) => {
  const id = fieldId(name);
  const t = useRequestContext<AppEnv>().get('t');
  return (
    <div class={errors[name] ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={id}>{label}</label>
      {hint ? <span class="form-hint" id={`${id}-hint`}>{hint}</span> : null}
      {errors[name] ? <span class="form-error-message" id={`${id}-error`}><span class="sr-only">{t('form.error_prefix')} </span>{errors[name]}</span> : null}
      {children}
    </div>
  );
};

const describedBy = (name: string, p: FieldProps) => [p.hint ? `${fieldId(name)}-hint` : '', p.errors[name] ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ') || undefined;

export const TextField: FC<FieldProps & { type?: string; autocomplete?: string; required?: boolean; width?: string }> = (p) => (
  <Group {...p}>
    <input class={`form-input ${p.width ?? ''}`} id={fieldId(p.name)} name={p.name} type={p.type ?? 'text'} value={p.values[p.name] ?? ''} autocomplete={p.autocomplete}
      aria-describedby={describedBy(p.name, p)} aria-invalid={p.errors[p.name] ? 'true' : undefined} aria-required={p.required ? 'true' : undefined} />
  </Group>
);

export const TextArea: FC<FieldProps & { rows?: number }> = (p) => (
  <Group {...p}>
    <textarea class="form-input" id={fieldId(p.name)} name={p.name} rows={p.rows ?? 5} aria-describedby={describedBy(p.name, p)} aria-invalid={p.errors[p.name] ? 'true' : undefined}>{p.values[p.name] ?? ''}</textarea>
  </Group>
);

export const Select: FC<FieldProps & { options: { value: string; label: string }[] }> = (p) => (
  <Group {...p}>
    <select class="form-select" id={fieldId(p.name)} name={p.name} aria-describedby={describedBy(p.name, p)} aria-invalid={p.errors[p.name] ? 'true' : undefined}>
      {p.options.map((o) => <option value={o.value} selected={(p.values[p.name] ?? '') === o.value}>{o.label}</option>)}
    </select>
  </Group>
);

export const FileField: FC<Omit<FieldProps, 'values'> & { accept: string; multiple?: boolean }> = (p) => (
  <Group {...p} values={{}}>
    <input type="file" class="form-file-input" id={fieldId(p.name)} name={p.name} accept={p.accept} multiple={p.multiple}
      aria-describedby={describedBy(p.name, { ...p, values: {} })} aria-invalid={p.errors[p.name] ? 'true' : undefined} />
  </Group>
);

export const Checkbox: FC<{ name: string; label: string; checked: boolean; hint?: string }> = ({ name, label, checked, hint }) => (
  <div class="form-group">
    <div class="form-group-checkbox">
      <input id={fieldId(name)} type="checkbox" name={name} value="on" class="form-checkbox" checked={checked} aria-describedby={hint ? `${fieldId(name)}-hint` : undefined} />
      <label for={fieldId(name)} class="form-label">{label}</label>
      {hint ? <span class="form-hint" id={`${fieldId(name)}-hint`}>{hint}</span> : null}
    </div>
  </div>
);

/** Field messages from a refused command, keyed by field name, in the user's language. */
export function errorsFrom(err: unknown, t: (k: string, p?: Record<string, string | number>) => string, rename: (field: string) => string = (f) => f): { errors: Errors; message: string } | null {
  if (!(err instanceof AppError) || (err.code !== 'validation' && err.code !== 'rule_violation' && err.code !== 'conflict')) return null;
  const errors: Errors = {};
  for (const f of err.fields) errors[rename(f.field) || '_'] ??= t(f.rule, f.params ?? {});
  return { errors, message: t(err.messageKey, err.params) };
}

/** A form body as plain strings (the last value wins for repeated names). */
export async function formValues(req: { parseBody(o: { all: true }): Promise<Record<string, unknown>> }): Promise<Values> {
  const body = await req.parseBody({ all: true });
  const out: Values = {};
  for (const [k, v] of Object.entries(body)) {
    const value = Array.isArray(v) ? v[v.length - 1] : v;
    if (typeof value === 'string') out[k] = value;
  }
  return out;
}

/** The success message a redirect asked for (?ok=key), only for keys the locale files know. */
export const Flash: FC = () => {
  const c = useRequestContext<AppEnv>();
  const key = c.req.query('ok');
  if (!key || !/^[a-z_]+$/.test(key)) return null;
  const text = c.get('t')(`ok.${key}`);
  if (text === `ok.${key}`) return null;
  return <Alert kind="success" role="status"><p class="alert-text">{text}</p></Alert>;
};
