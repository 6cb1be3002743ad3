// The design system's alert: the coloured bar and background say what kind of message it is, and so
// does its icon (DKFDS leaves room for one; without it the message sits beside an empty gap).
import type { Child, FC } from 'hono/jsx';

export type AlertKind = 'info' | 'success' | 'warning' | 'error';

/** DKFDS's icon sprite, served from node_modules (src/app.ts); one file the browser caches. */
const ICONS = '/static/dkfds/img/all-svg-icons.svg';

export const Alert: FC<{
  kind: AlertKind;
  id?: string;
  role?: 'alert' | 'status';
  /** Can take focus (tabindex -1), as an error summary must: a page can be opened at it. */
  focusable?: boolean;
  children?: Child;
}> = ({ kind, id, role, focusable, children }) => (
  <div class={`alert alert-${kind}`} id={id} role={role} aria-atomic={role === 'alert' && focusable ? 'true' : undefined} tabindex={focusable ? -1 : undefined}>
    {/* Decorative: the text itself says what happened. */}
    <svg class="icon-svg alert-icon" aria-hidden="true" focusable="false"><use href={`${ICONS}#${kind}`} /></svg>
    <div class="alert-body">{children}</div>
  </div>
);
