// Review and release of an agenda. Release refuses with the whole list of problems at once.
import { z } from 'zod';
import { asc, eq, inArray } from 'drizzle-orm';
import { defineCommand } from '../shared/command.ts';
import { uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import type { Queryable } from '../db/connect.ts';
import { agendaItems, reviewRequests } from './schema.ts';
import { users } from '../accounts/schema.ts';
import { lockForTransition, lockMeeting, moveToState } from '../meetings/transition.ts';
import { AppError, ruleViolation } from '../shared/errors.ts';
import { loadItemContents } from './content.ts';
import { attachmentsOf } from './attachments.ts';
import { agendaReleaseProblems, type CheckItem, type ReleaseProblem } from './release-checks.ts';

export async function loadCheckItems(db: Queryable, meetingId: string): Promise<CheckItem[]> {
  const rows = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position));
  const contents = await loadItemContents(db, rows.map((r) => r.id));
  const atts = await attachmentsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, number: r.number, title: r.title, public: r.public, closedReason: r.closedReason, kind: r.kind,
    sections: contents.get(r.id)!.sections,
    attachments: atts.filter((a) => a.itemId === r.id).map((a) => ({ name: a.name, checkProblem: a.checkProblem, text: a.text })),
  }));
}

/** Refusal carrying the problem list; the page shows each with a link to the item. */
export class ReleaseRefused extends AppError {
  constructor(readonly problems: ReleaseProblem[], rule: string) {
    super('rule_violation', rule, { count: problems.length }, problems.map((p) => ({ field: p.itemId ? `item.${p.itemId}` : '', rule: p.rule, params: { number: p.number, where: p.where ?? '', ...(p.params ?? {}) } })));
  }
}

export const requestReview = defineCommand({
  name: 'requestReview',
  input: z.object({ meetingId: uuid, userIds: z.array(uuid).min(1).max(50) }),
  async run(tx, actor, input) {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.state !== 'planned') throw ruleViolation('rule.review.only_drafts');
    const found = await tx.select({ id: users.id }).from(users).where(inArray(users.id, input.userIds));
    if (found.length !== new Set(input.userIds).size) throw new AppError('validation', 'error.validation', {}, [{ field: 'userIds', rule: 'rule.review.unknown_user' }]);
    await tx.insert(reviewRequests).values(input.userIds.map((userId) => ({ meetingId: meeting.id, userId, requestedBy: actor.name }))).onConflictDoNothing();
    await writeAudit(tx, actor, { command: 'requestReview', entity: 'meeting', entityId: meeting.id, after: { reviewers: input.userIds } });
    return { reviewers: input.userIds.length };
  },
});

export const releaseAgenda = defineCommand({
  name: 'releaseAgenda',
  input: z.object({ meetingId: uuid, expectedVersion: z.number().int().optional() }),
  async run(tx, actor, input) {
    const meeting = await lockForTransition(tx, input.meetingId, 'agenda_released', input.expectedVersion);
    const problems = agendaReleaseProblems(await loadCheckItems(tx, meeting.id));
    if (problems.length) throw new ReleaseRefused(problems, 'release.agenda_refused');
    await tx.delete(reviewRequests).where(eq(reviewRequests.meetingId, meeting.id));
    return moveToState(tx, actor, meeting, 'agenda_released', { command: 'releaseAgenda', note: 'Dagsorden frigivet' });
  },
});
