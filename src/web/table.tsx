// Wide tables on a phone: the table scrolls sideways inside its own region instead of widening the
// whole page (DKFDS's table--responsive-scroll).
import type { Child, FC } from 'hono/jsx';

/**
 * A labelled region around a table. Focusable unless the table holds form fields, so a keyboard
 * user can scroll it with the arrow keys (a table of fields scrolls as focus moves through them,
 * and an extra tab stop before them would only be in the way).
 */
export const TableRegion: FC<{ label: string; children?: Child; hasFields?: boolean }> = ({ label, children, hasFields }) => (
  <div class="table--responsive-scroll" role="region" aria-label={label} tabindex={hasFields ? undefined : 0}>
    {children}
  </div>
);
