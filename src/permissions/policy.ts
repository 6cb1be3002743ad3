// Who may do what. Every route asks here before it reads or writes anything that is not public;
// the matrix is the single statement of the rules (tested cell by cell in policy.test.ts).
export type Role = 'administrator' | 'secretary' | 'member' | 'ngo_representative' | 'observer';
export const roles: readonly Role[] = ['administrator', 'secretary', 'member', 'ngo_representative', 'observer'];

export type Action =
  /** Create and change a body's meeting plan. */
  | 'meeting.plan'
  /** Build the agenda: items, sections, attachments, recurring items, order, moves. */
  | 'agenda.edit'
  /** Read an agenda before it is released. */
  | 'agenda.read_draft'
  | 'agenda.send_for_review'
  | 'agenda.release'
  /** Read the members' version of released agendas and minutes. */
  | 'meeting.read_members'
  /** Read the content of closed items. */
  | 'item.read_closed'
  /** Record attendance, decisions, statements and the closing time. */
  | 'meeting.record'
  | 'minutes.release'
  /** Approve released minutes as a member (one's own approval). */
  | 'minutes.approve_own'
  /** Record that the body approved the minutes, which locks them; add addenda after that. */
  | 'minutes.approve_body'
  /** Import an agenda or minutes document, which publishes it as the body's released agenda or minutes. */
  | 'meeting.import'
  | 'audit.read'
  | 'users.manage';

export const actions: readonly Action[] = [
  'meeting.plan', 'agenda.edit', 'agenda.read_draft', 'agenda.send_for_review', 'agenda.release', 'meeting.read_members',
  'item.read_closed', 'meeting.record', 'minutes.release', 'minutes.approve_own', 'minutes.approve_body', 'meeting.import', 'audit.read', 'users.manage',
];

const secretariat: Action[] = ['meeting.plan', 'agenda.edit', 'agenda.read_draft', 'agenda.send_for_review', 'agenda.release', 'meeting.read_members', 'item.read_closed', 'meeting.record', 'minutes.release', 'minutes.approve_body', 'meeting.import'];

const allowed: Record<Role, ReadonlySet<Action>> = {
  administrator: new Set([...secretariat, 'audit.read', 'users.manage']),
  secretary: new Set(secretariat),
  member: new Set(['meeting.read_members', 'item.read_closed', 'minutes.approve_own']),
  ngo_representative: new Set(['meeting.read_members', 'item.read_closed', 'minutes.approve_own']),
  // Observers follow the work but are not bound by confidentiality: no closed content.
  observer: new Set(['meeting.read_members']),
};

export interface Grant {
  /** null: the role holds in every organization. */
  organizationId: string | null;
  role: Role;
}

export type Principal =
  | { kind: 'public' }
  | { kind: 'user'; userId: string; name: string; email: string; personId: string | null; locale: string; grants: Grant[] };

export const publicPrincipal: Principal = { kind: 'public' };

export interface Context {
  /** The organization the action concerns; omitted for actions that concern none (audit, users). */
  organizationId?: string | null;
  /** The user was asked to review this draft agenda. */
  namedReviewer?: boolean;
}

export function rolesIn(principal: Principal, organizationId: string | null | undefined): Role[] {
  if (principal.kind !== 'user') return [];
  return principal.grants.filter((g) => g.organizationId === null || (organizationId != null && g.organizationId === organizationId)).map((g) => g.role);
}

export function can(principal: Principal, action: Action, context: Context = {}): boolean {
  if (principal.kind !== 'user') return false;
  if (action === 'agenda.read_draft' && context.namedReviewer) return true;
  return rolesIn(principal, context.organizationId).some((r) => allowed[r].has(action));
}

/** Organizations where the principal may do the action (null in the list: all of them). */
export function organizationsWhere(principal: Principal, action: Action): (string | null)[] {
  if (principal.kind !== 'user') return [];
  return principal.grants.filter((g) => allowed[g.role].has(action)).map((g) => g.organizationId);
}
