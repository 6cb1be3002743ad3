// Pages for recording a meeting and for approving minutes.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { requirePermission } from '../web/auth.ts';
import { errorsFrom, formValues, type Values } from '../web/forms.tsx';
import { done, run } from '../web/run.ts';
import { AppError, invalid, notFound } from '../shared/errors.ts';
import { itemEditPage } from '../agenda/queries.ts';
import { ReleaseRefused } from '../agenda/release.ts';
import { approvalOf, membersOn, recordPage, statementsOf } from './queries.ts';
import { attendanceRows, BY_NAME, DecisionPage, RecordPage } from './views.tsx';
import { decisionNote } from './compose.ts';
import { addMinutesAddendum, approveMinutesAsMember, approveMinutesByBody, closeMeeting, recordDecision, recordMeetingAttendance, recordMeetingNotes, releaseMinutes } from './commands.ts';
import { instantToCopenhagen } from '../shared/time.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { meetings } from '../meetings/schema.ts';
import { eq } from 'drizzle-orm';
import { itemReference } from '../agenda/item-numbers.ts';

const crumbs = (c: Context<AppEnv>) => [{ href: '/sekretariat', label: c.get('t')('staff.title') }];

async function loadRecord(c: Context<AppEnv>) {
  const page = await recordPage(c.get('deps').database.db, c.req.param('id')!);
  if (!page) throw notFound('meeting', c.req.param('id')!);
  requirePermission(c, 'meeting.record', { organizationId: page.org.id });
  return page;
}

async function showRecord(c: Context<AppEnv>, extra: { errors?: Record<string, string>; message?: string; refused?: ReleaseRefused['problems']; values?: Values } = {}) {
  const page = await loadRecord(c);
  return c.render(<RecordPage page={page} t={c.get('t')} {...extra} />, {
    title: c.get('t')('record.title', { organization: page.org.name, date: shortDanishDate(page.date) }),
    breadcrumbs: crumbs(c),
  });
}

/** Runs a recording step; a refusal shows the record page again with what was wrong. */
async function recordStep(c: Context<AppEnv>, meetingId: string, ok: string, step: () => Promise<unknown>, values?: Values, rename?: (field: string) => string) {
  try {
    await step();
  } catch (err) {
    const shown = errorsFrom(err, c.get('t'), rename);
    if (!shown) throw err;
    c.status(422);
    return showRecord(c, { ...shown, values });
  }
  return done(c, `/sekretariat/moeder/${meetingId}/afvikling`, ok);
}

const int = (v: string | undefined) => (v && /^\d+$/.test(v.trim()) ? Number(v) : null);
// "6, 8 og 1.a" → ["6", "8", "1.a"]; null when something in the list is not an item number.
const itemNumbers = (v: string | undefined): string[] | null => {
  const parts = (v ?? '').trim().split(/\s*(?:,|\bog\b|\band\b|\s)\s*/).filter(Boolean).map(itemReference);
  return parts.every((n) => n !== null) ? (parts as string[]) : null;
};
// One item ("6", "1.a"); '' is none; undefined when it is not an item number.
const oneItem = (v: string | undefined): string | null | undefined => (v?.trim() ? (itemReference(v) ?? undefined) : null);
// The attendance command's fields, as the form names them (its rows are the form's rows that have a name).
const ATTENDANCE_FIELDS: Record<string, string> = { arrivedDuringItem: 'arrived', leftDuringItem: 'left', absentDuringItems: 'notFor' };

async function loadDecision(c: Context<AppEnv>) {
  const db = c.get('deps').database.db;
  const page = await itemEditPage(db, c.req.param('id')!);
  if (!page) throw notFound('item', c.req.param('id')!);
  requirePermission(c, 'meeting.record', { organizationId: page.org.id });
  const members = await membersOn(db, page.org.id, instantToCopenhagen(page.meeting.start).date);
  return { page, members };
}

async function decisionValues(c: Context<AppEnv>, page: NonNullable<Awaited<ReturnType<typeof itemEditPage>>>): Promise<Values> {
  const values: Values = { expectedVersion: String(page.item.version) };
  const decision = page.content.sections.find((s) => s.kind === 'decision');
  decision?.clauses.forEach((cl, i) => Object.assign(values, { [`o.${i}.outcome`]: cl.outcome ?? 'approved', [`o.${i}.amendedText`]: cl.amendedText ?? '' }));
  const statements = await statementsOf(c.get('deps').database.db, [page.item.id]);
  statements.forEach((s, i) => Object.assign(values, { [`s.${i}.personId`]: s.personId ?? '', [`s.${i}.kind`]: s.kind, [`s.${i}.text`]: s.text }));
  // The free text is what the decision says beyond what its clauses and statements compose to.
  if (decision) values.note = decisionNote(page.org.name, decision.clauses, statements, decision.text);
  return values;
}

export const minutesRoutes = new Hono<AppEnv>()
  .get('/sekretariat/moeder/:id/afvikling', (c) => showRecord(c))
  .post('/sekretariat/moeder/:id/fremmoede', async (c) => {
    const page = await loadRecord(c);
    const v = await formValues(c.req);
    const indexes = attendanceRows(page).map((_, i) => i).filter((i) => v[`a.${i}.name`]?.trim());
    // The items are the form's own notation: read here, refused here with the field they came from.
    const unreadable = indexes.flatMap((i) => [
      ...(oneItem(v[`a.${i}.arrived`]) === undefined ? [{ field: `a.${i}.arrived`, rule: 'rule.attendance.item_number' }] : []),
      ...(oneItem(v[`a.${i}.left`]) === undefined ? [{ field: `a.${i}.left`, rule: 'rule.attendance.item_number' }] : []),
      ...(itemNumbers(v[`a.${i}.notFor`]) === null ? [{ field: `a.${i}.notFor`, rule: 'rule.attendance.item_numbers' }] : []),
    ]);
    if (unreadable.length) {
      const refusal = errorsFrom(invalid(unreadable), c.get('t'))!;
      c.status(422);
      return showRecord(c, { ...refusal, values: v });
    }
    const entries = indexes.map((i) => ({
      name: v[`a.${i}.name`]!.trim(),
      personId: v[`a.${i}.personId`] || null,
      status: (['present', 'absent_with_notice', 'absent'] as const).find((s) => s === v[`a.${i}.status`]) ?? 'present',
      substituteForId: (v[`a.${i}.substituteFor`] ?? '').startsWith(BY_NAME) ? null : v[`a.${i}.substituteFor`] || null,
      substituteForName: (v[`a.${i}.substituteFor`] ?? '').startsWith(BY_NAME) ? v[`a.${i}.substituteFor`]!.slice(BY_NAME.length) : null,
      arrivedDuringItem: oneItem(v[`a.${i}.arrived`])!,
      leftDuringItem: oneItem(v[`a.${i}.left`])!,
      absentDuringItems: itemNumbers(v[`a.${i}.notFor`])!,
    }));
    // ("entries.2.leftDuringItem" is the form's "a.5.left": the command's rows are the named ones.)
    const rename = (f: string) => f.replace(/^entries\.(\d+)\.(\w+)$/, (whole, k: string, field: string) => (ATTENDANCE_FIELDS[field] ? `a.${indexes[Number(k)]}.${ATTENDANCE_FIELDS[field]}` : whole));
    return recordStep(c, page.meeting.id, 'attendance_saved', () => run(c, recordMeetingAttendance, { meetingId: page.meeting.id, entries, changeNote: v.changeNote }), v, rename);
  })
  .post('/sekretariat/moeder/:id/bemaerkninger', async (c) => {
    const page = await loadRecord(c);
    const v = await formValues(c.req);
    try {
      await run(c, recordMeetingNotes, { meetingId: page.meeting.id, notes: v.notes ?? '', changeNote: v.notesChangeNote, expectedVersion: int(v.expectedVersion) ?? undefined });
    } catch (err) {
      // (This form's own change note: the attendance form above has one too.)
      const shown = errorsFrom(err, c.get('t'), (f) => (f === 'changeNote' ? 'notesChangeNote' : f));
      if (!shown) throw err;
      if (!Object.keys(shown.errors).length || shown.errors._) shown.errors = { notes: shown.message };
      c.status(422);
      return showRecord(c, { ...shown, values: v });
    }
    return done(c, `/sekretariat/moeder/${page.meeting.id}/afvikling`, 'notes_saved');
  })
  .post('/sekretariat/moeder/:id/afslut', async (c) => {
    const page = await loadRecord(c);
    const v = await formValues(c.req);
    try {
      await run(c, closeMeeting, { meetingId: page.meeting.id, adjournedAt: v.adjournedAt ?? '', expectedVersion: int(v.expectedVersion) ?? undefined });
    } catch (err) {
      const shown = errorsFrom(err, c.get('t'));
      if (!shown) throw err;
      if (!Object.keys(shown.errors).length || shown.errors._) shown.errors = { adjournedAt: shown.message };
      c.status(422);
      return showRecord(c, shown);
    }
    return done(c, `/sekretariat/moeder/${page.meeting.id}/afvikling`, 'meeting_closed');
  })
  .post('/sekretariat/moeder/:id/frigiv-referat', async (c) => {
    const page = await loadRecord(c);
    requirePermission(c, 'minutes.release', { organizationId: page.org.id });
    const v = await formValues(c.req);
    try {
      await run(c, releaseMinutes, { meetingId: page.meeting.id, expectedVersion: int(v.expectedVersion) ?? undefined });
    } catch (err) {
      if (!(err instanceof ReleaseRefused)) throw err;
      c.status(422);
      return showRecord(c, { refused: err.problems });
    }
    return done(c, `/sekretariat/moeder/${page.meeting.id}/afvikling`, 'minutes_released');
  })
  .post('/sekretariat/moeder/:id/godkend-referat', async (c) => {
    const page = await loadRecord(c);
    requirePermission(c, 'minutes.approve_body', { organizationId: page.org.id });
    const v = await formValues(c.req);
    await run(c, approveMinutesByBody, { meetingId: page.meeting.id, expectedVersion: int(v.expectedVersion) ?? undefined });
    return done(c, `/sekretariat/moeder/${page.meeting.id}/afvikling`, 'minutes_approved');
  })
  .post('/sekretariat/moeder/:id/tilfoejelse', async (c) => {
    const page = await loadRecord(c);
    requirePermission(c, 'minutes.approve_body', { organizationId: page.org.id });
    const v = await formValues(c.req);
    return recordStep(c, page.meeting.id, 'addendum_added', () => run(c, addMinutesAddendum, { meetingId: page.meeting.id, text: v.text ?? '' }));
  })
  .get('/sekretariat/punkter/:id/beslutning', async (c) => {
    const { page, members } = await loadDecision(c);
    return c.render(<DecisionPage page={page} members={members} t={c.get('t')} values={await decisionValues(c, page)} />, { title: c.get('t')('decision.title', { number: page.item.number, title: page.item.title }), breadcrumbs: crumbs(c) });
  })
  .post('/sekretariat/punkter/:id/beslutning', async (c) => {
    const { page, members } = await loadDecision(c);
    const v = await formValues(c.req);
    const clauses = page.content.sections.find((s) => s.kind === 'recommendation')?.clauses ?? [];
    const input = {
      itemId: page.item.id,
      expectedVersion: Number(v.expectedVersion),
      outcomes: clauses.map((_, i) => ({ outcome: (v[`o.${i}.outcome`] ?? 'approved') as 'approved', amendedText: v[`o.${i}.amendedText`] })),
      note: v.note ?? '',
      statements: [0, 1, 2].filter((i) => v[`s.${i}.personId`]).map((i) => ({ personId: v[`s.${i}.personId`]!, kind: (v[`s.${i}.kind`] ?? 'remark') as 'remark', text: v[`s.${i}.text`] ?? '' })),
      changeNote: v.changeNote,
    };
    try {
      await run(c, recordDecision, input);
    } catch (err) {
      const shown = errorsFrom(err, c.get('t'), (f) => f.replace(/^outcomes\.(\d+)\.amendedText$/, 'o.$1.amendedText'));
      if (!shown) throw err;
      c.status(err instanceof AppError && err.code === 'conflict' ? 409 : 422);
      return c.render(<DecisionPage page={page} members={members} t={c.get('t')} values={v} {...shown} />, { title: c.get('t')('decision.title', { number: page.item.number, title: page.item.title }), breadcrumbs: crumbs(c) });
    }
    return done(c, `/sekretariat/moeder/${page.meeting.id}/afvikling`, 'decision_saved');
  })
  .post('/moeder/:id/referat/godkend', async (c) => {
    const db = c.get('deps').database.db;
    const id = c.req.param('id');
    const meeting = /^[0-9a-f-]{36}$/i.test(id) ? await db.query.meetings.findFirst({ where: eq(meetings.id, id) }) : undefined;
    if (!meeting) throw notFound('meeting', id);
    requirePermission(c, 'minutes.approve_own', { organizationId: meeting.organizationId });
    const principal = c.get('principal');
    if (principal.kind === 'user' && !(await approvalOf(db, meeting.id, principal.userId))) {
      await run(c, approveMinutesAsMember, { meetingId: meeting.id, userId: principal.userId, personId: principal.personId });
    }
    return done(c, `/moeder/${meeting.id}`, 'own_approval_saved');
  });

