// The design system's details component: a summary that folds its content open, without JavaScript.
import type { Child, FC } from 'hono/jsx';

export const Details: FC<{ summary: string; open?: boolean; class?: string; id?: string; children?: Child }> = ({ summary, open, class: cls, id, children }) => (
  <details class={cls ? `details ${cls}` : 'details'} id={id} open={open}>
    <summary class="details-summary"><span class="details-summary-text">{summary}</span></summary>
    <div class="details-text">{children}</div>
  </details>
);
