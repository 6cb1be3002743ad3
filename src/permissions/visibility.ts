// What the public may see. Every public channel (page, search, feed, PDF, API, sitemap)
// goes through these functions; none reads closed content on its own.
import { agendaIsPublic } from '../meetings/state.ts';
import type { MeetingState } from '../meetings/state.ts';

export type Viewer = { kind: 'public' } | { kind: 'member'; userId: string };
export const publicViewer: Viewer = { kind: 'public' };

/** Whether a meeting's agenda (and so its items) may be shown at all. */
export function canSeeAgenda(viewer: Viewer, state: MeetingState): boolean {
  return viewer.kind !== 'public' || agendaIsPublic(state);
}

export interface ItemVisibility {
  /** Show the item's content (sections, attachments, decision). */
  content: boolean;
  /** Show its title (closed items' titles only where the body allows it). */
  title: boolean;
}

export function itemVisibility(viewer: Viewer, item: { public: boolean }, org: { closedItemTitlesPublic: boolean }): ItemVisibility {
  if (viewer.kind !== 'public' || item.public) return { content: true, title: true };
  return { content: false, title: org.closedItemTitlesPublic };
}
