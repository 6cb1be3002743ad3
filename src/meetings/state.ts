// A meeting's life: planned → agenda released → held → minutes released → minutes approved.
export type MeetingState = 'planned' | 'agenda_released' | 'held' | 'minutes_released' | 'minutes_approved';

export const meetingStates: readonly MeetingState[] = ['planned', 'agenda_released', 'held', 'minutes_released', 'minutes_approved'];

const next: Record<MeetingState, MeetingState | null> = {
  planned: 'agenda_released',
  agenda_released: 'held',
  held: 'minutes_released',
  minutes_released: 'minutes_approved',
  minutes_approved: null,
};

export interface MeetingFacts {
  state: MeetingState;
  cancelled: boolean;
  start: Date;
}

/** Returns the locale key of the rule a transition breaks, or null when it is allowed. */
export function transitionProblem(meeting: MeetingFacts, to: MeetingState, now: Date): string | null {
  if (meeting.cancelled) return 'rule.meeting.cancelled';
  if (meeting.state === to) return 'rule.meeting.already_in_state';
  if (next[meeting.state] !== to) return 'rule.meeting.invalid_transition';
  if (to === 'held' && now < meeting.start) return 'rule.meeting.not_started';
  return null;
}

export function cancelProblem(meeting: MeetingFacts): string | null {
  if (meeting.cancelled) return 'rule.meeting.cancelled';
  if (meeting.state !== 'planned' && meeting.state !== 'agenda_released') return 'rule.meeting.cannot_cancel_after_held';
  return null;
}

/** Whether the public may see the meeting's agenda / minutes in this state. */
export const agendaIsPublic = (s: MeetingState) => s !== 'planned';
export const minutesArePublic = (s: MeetingState) => s === 'minutes_released' || s === 'minutes_approved';
/** From the agenda's release until the minutes go out the secretary writes them: a draft exists to preview. */
export const minutesBeingWritten = (s: MeetingState) => s === 'agenda_released' || s === 'held';
/** Once approved by the body, minutes are locked: later changes only as an addendum. */
export const minutesLocked = (s: MeetingState) => s === 'minutes_approved';

/** Items can be added, removed and reordered until the meeting is held. */
export const agendaStructureOpen = (s: MeetingState) => s === 'planned' || s === 'agenda_released';
/** Item content can be corrected until the minutes are approved (then only addenda). */
export const itemContentOpen = (s: MeetingState) => s !== 'minutes_approved';
/** Decisions are recorded once the agenda is out, until the minutes are approved. */
export const decisionsOpen = (s: MeetingState) => s === 'agenda_released' || s === 'held' || s === 'minutes_released';
/** After release every change is a new version and needs a note saying what changed. */
export const changeNoteNeeded = (s: MeetingState) => s !== 'planned';
