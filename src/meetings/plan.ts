// A body's meeting plan: a year's meetings created in one step, all or none.
import { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { defineCommand, runInTx } from '../shared/command.ts';
import { hhmm, isoDate, optionalText, uuid } from '../shared/schemas.ts';
import { writeAudit } from '../audit/audit.ts';
import { meetings } from './schema.ts';
import { createMeeting } from './commands.ts';
import { invalid, notFound } from '../shared/errors.ts';
import { organizations } from '../bodies/schema.ts';
import { copenhagenToInstant } from '../shared/time.ts';
import { takeTurn } from '../db/turns.ts';
import type { FieldProblem } from '../shared/errors.ts';

export const planRow = z.object({ date: isoDate, start: hhmm, end: hhmm.nullish(), location: optionalText });

export const planMeetings = defineCommand({
  name: 'planMeetings',
  input: z.object({ organizationId: uuid, rows: z.array(planRow).min(1).max(60) }).superRefine((p, ctx) => {
    p.rows.forEach((r, i) => {
      if (r.end && r.end <= r.start) ctx.addIssue({ code: 'custom', message: 'rule.meeting.end_before_start', path: ['rows', i, 'end'] });
      if (p.rows.findIndex((x) => x.date === r.date && x.start === r.start) !== i) ctx.addIssue({ code: 'custom', message: 'rule.meeting.duplicate_in_plan', path: ['rows', i, 'date'] });
    });
  }),
  async run(tx, actor, input) {
    const org = await tx.query.organizations.findFirst({ where: eq(organizations.id, input.organizationId) });
    if (!org) throw notFound('organization', input.organizationId);
    // The clash check below and the meetings created must not interleave with another plan's.
    await takeTurn(tx, `meetings:${org.id}`);
    const starts = input.rows.map((r) => copenhagenToInstant(r.date, r.start));
    const clashes = await tx.select({ start: meetings.start }).from(meetings).where(and(eq(meetings.organizationId, org.id), inArray(meetings.start, starts)));
    if (clashes.length) {
      // Every clash named at once, by row, so the whole form can be corrected in one go.
      const taken = new Set(clashes.map((c) => c.start.getTime()));
      const problems: FieldProblem[] = starts.flatMap((s, i) => (taken.has(s.getTime()) ? [{ field: `rows.${i}.date`, rule: 'rule.meeting.same_time_row', params: { date: input.rows[i]!.date, time: input.rows[i]!.start } }] : []));
      throw invalid(problems);
    }
    const made = [];
    for (const row of input.rows) made.push(await runInTx(tx, actor, createMeeting, { organizationId: org.id, ...row }));
    await writeAudit(tx, actor, { command: 'planMeetings', entity: 'organization', entityId: org.id, after: { meetings: made.map((m) => m.id), rows: input.rows } });
    return made;
  },
});
