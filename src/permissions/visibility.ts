// What a viewer may see. Every channel (page, search, feed, PDF, API, sitemap) goes through
// these functions; none reads closed content or drafts on its own.
import { agendaIsPublic, minutesArePublic } from '../meetings/state.ts';
import type { MeetingState } from '../meetings/state.ts';
import { can, type Principal } from './policy.ts';

export type Viewer =
  | { kind: 'public' }
  | { kind: 'member'; userId: string; closed: boolean; drafts: boolean };
export const publicViewer: Viewer = { kind: 'public' };

/** The viewer a signed-in principal is for one organization's meetings. */
export function viewerFor(principal: Principal, organizationId: string, namedReviewer = false): Viewer {
  if (principal.kind !== 'user' || !can(principal, 'meeting.read_members', { organizationId }) && !namedReviewer) return publicViewer;
  return {
    kind: 'member',
    userId: principal.userId,
    closed: can(principal, 'item.read_closed', { organizationId }),
    drafts: can(principal, 'agenda.read_draft', { organizationId, namedReviewer }),
  };
}

/** Whether a meeting's agenda (and so its items) may be shown at all. */
export function canSeeAgenda(viewer: Viewer, state: MeetingState): boolean {
  return agendaIsPublic(state) || (viewer.kind === 'member' && viewer.drafts);
}

export interface ItemVisibility {
  /** Show the item's content (sections, attachments, decision). */
  content: boolean;
  /** Show its title (closed items' titles only where the body allows it). */
  title: boolean;
}

export function itemVisibility(viewer: Viewer, item: { public: boolean }, org: { closedItemTitlesPublic: boolean }): ItemVisibility {
  if (item.public || (viewer.kind === 'member' && viewer.closed)) return { content: true, title: true };
  // Observers are not bound by confidentiality: they see what the public sees of closed items.
  return { content: false, title: org.closedItemTitlesPublic };
}

/** Decisions are part of the minutes: public only once the minutes are released. */
export function decisionsVisible(viewer: Viewer, state: MeetingState): boolean {
  return minutesArePublic(state) || (viewer.kind === 'member' && viewer.drafts);
}

/** An item's content as the viewer may read it: decisions withheld until the minutes are out. */
export function visibleContent<C extends { sections: { kind: string }[] }>(content: C, viewer: Viewer, state: MeetingState): C {
  return decisionsVisible(viewer, state) ? content : { ...content, sections: content.sections.filter((s) => s.kind !== 'decision') };
}
