// Commands on a real database: what they refuse, that a refusal leaves nothing behind,
// and that every write leaves its audit entry. Pages are checked over HTTP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { strip } from './helpers/html.ts';
import { startTestApp, testDb, type TestApp } from './helpers/app.ts';
import { runCommand } from '../src/shared/command.ts';
import { systemActor } from '../src/shared/actor.ts';
import { AppError } from '../src/shared/errors.ts';
import { organizations, ngos } from '../src/bodies/schema.ts';
import { addMembership, createPerson, endMembership } from '../src/people/commands.ts';
import { createOrganization } from '../src/bodies/commands.ts';
import { changeMeetingState, createMeeting, cancelMeeting } from '../src/meetings/commands.ts';
import { memberships } from '../src/people/schema.ts';
import { keepPublishedVersion } from '../src/meetings/versions.ts';
import { agendaItems } from '../src/agenda/schema.ts';
import { loadItemContents, writeItemContents } from '../src/agenda/content.ts';

const actor = systemActor('Test');

async function rejects(p: Promise<unknown>, code: string, rule: string) {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof AppError, `AppError expected, got ${String(err)}`);
    assert.equal(err.code, code);
    assert.equal(err.messageKey, rule);
    return true;
  });
}

describe(`commands (${testDb})`, () => {
  let app: TestApp;
  let udsatteraadet: typeof organizations.$inferSelect;
  const counts = async () => (await app.database.pool.query('select (select count(*) from memberships)::int m, (select count(*) from persons)::int p, (select count(*) from audit_log)::int a')).rows[0];
  const person = async (slug: string, name: string) => runCommand(app.database.db, actor, createPerson, { slug, name });

  before(async () => {
    app = await startTestApp();
    udsatteraadet = (await app.database.db.query.organizations.findFirst({ where: eq(organizations.slug, 'udsatteraadet') }))!;
  });
  after(async () => app?.close());

  test('filling the three open regional-council seats closes the gap on the page; a fifth politician is refused', async () => {
    for (const [i, name] of ['Anne Andersen', 'Bo Berg', 'Carl Clausen'].entries()) {
      const p = await person(`rr-${i}`, name);
      await runCommand(app.database.db, actor, addMembership, { personId: p.id, organizationId: udsatteraadet.id, seatKind: 'regional_council_member' });
    }
    assert.ok(strip(await app.text('/organer/udsatteraadet')).includes('Alle pladser er besat.'));
    const extra = await person('rr-extra', 'Dorte Dahl');
    const before = await counts();
    await rejects(
      runCommand(app.database.db, actor, addMembership, { personId: extra.id, organizationId: udsatteraadet.id, seatKind: 'regional_council_member' }),
      'rule_violation',
      'rule.composition.seat_limit',
    );
    assert.deepEqual(await counts(), before, 'nothing written, no audit entry');
  });

  test('an NGO seat without its NGO is refused before anything is written', async () => {
    const p = await person('ngo-less', 'Erik Eriksen');
    const before = await counts();
    await rejects(
      runCommand(app.database.db, actor, addMembership, { personId: p.id, organizationId: udsatteraadet.id, seatKind: 'ngo_representative' }),
      'rule_violation',
      'rule.membership.ngo_required',
    );
    assert.deepEqual(await counts(), before);
  });

  test('invalid input names each field and its rule', async () => {
    await assert.rejects(
      runCommand(app.database.db, actor, addMembership, { personId: 'nope', organizationId: udsatteraadet.id, seatKind: 'king', startDate: '2025-02-30' }),
      (err: unknown) => {
        assert.ok(err instanceof AppError);
        assert.equal(err.status, 400);
        assert.deepEqual(err.fields.map((f) => [f.field, f.rule]).sort(), [
          ['personId', 'rule.format.uuid'],
          ['seatKind', 'rule.one_of'],
          ['startDate', 'rule.format.date'],
        ]);
        return true;
      },
    );
  });

  test('a duplicate short name is a conflict (409)', async () => {
    const body = (await app.database.db.query.bodies.findFirst())!;
    await assert.rejects(
      runCommand(app.database.db, actor, createOrganization, { bodyId: body.id, slug: 'udsatteraadet', name: 'X', kind: 'advisory_council' }),
      (err: unknown) => err instanceof AppError && err.status === 409 && err.messageKey === 'rule.unique.slug',
    );
  });

  test('a constituted body cannot be left short; the write and its audit entry happen together', async () => {
    const body = (await app.database.db.query.bodies.findFirst())!;
    const org = await runCommand(app.database.db, actor, createOrganization, {
      bodyId: body.id, slug: 'test-udvalg', name: 'Testudvalget', kind: 'standing_committee', formation: 'forming',
      compositionRules: [{ seatKind: 'regional_council_member', seats: 1 }],
    });
    const p = await person('solo', 'Frida Frost');
    const m = await runCommand(app.database.db, actor, addMembership, { personId: p.id, organizationId: org.id, seatKind: 'regional_council_member', role: 'chair' });
    const audit = await app.database.pool.query(`select command, actor_name from audit_log where entity_id = $1`, [m.id]);
    assert.deepEqual(audit.rows, [{ command: 'addMembership', actor_name: 'Test' }]);
    await app.database.db.update(organizations).set({ formation: 'constituted' }).where(eq(organizations.id, org.id));
    await rejects(runCommand(app.database.db, actor, endMembership, { membershipId: m.id, endDate: '2026-01-31' }), 'rule_violation', 'rule.composition.seat_gap');
    const still = await app.database.db.query.memberships.findFirst({ where: eq(memberships.id, m.id) });
    assert.equal(still!.endDate, null);
  });

  test('meetings move through their states one step at a time, each step audited', async () => {
    const org = (await app.database.db.query.organizations.findFirst({ where: eq(organizations.slug, 'udvalg-for-lighed-i-sundhed') }))!;
    const meeting = await runCommand(app.database.db, actor, createMeeting, { organizationId: org.id, date: '2026-01-14', start: '09:00', end: '11:00', location: 'Regionshuset Viborg' });
    assert.equal(meeting.start.toISOString(), '2026-01-14T08:00:00.000Z', 'Copenhagen winter time');
    await rejects(runCommand(app.database.db, actor, changeMeetingState, { meetingId: meeting.id, to: 'held' }), 'rule_violation', 'rule.meeting.invalid_transition');
    const released = await runCommand(app.database.db, actor, changeMeetingState, { meetingId: meeting.id, to: 'agenda_released', expectedVersion: 1 });
    assert.equal(released.state, 'agenda_released');
    await rejects(runCommand(app.database.db, actor, changeMeetingState, { meetingId: meeting.id, to: 'held', expectedVersion: 1 }), 'conflict', 'rule.stale_version');
    const audit = await app.database.pool.query(`select command, before, after from audit_log where entity_id = $1 order by id`, [meeting.id]);
    assert.deepEqual(audit.rows.map((r) => r.command), ['createMeeting', 'changeMeetingState']);
    assert.deepEqual(audit.rows[1].before, { state: 'planned' });
    assert.deepEqual(audit.rows[1].after, { state: 'agenda_released' });
    // Publishing the agenda kept version 1 of it; the planned state kept none.
    const versions = await app.database.pool.query(`select version, snapshot->>'state' as state from record_versions where entity_id = $1`, [meeting.id]);
    assert.deepEqual(versions.rows, [{ version: 1, state: 'agenda_released' }]);
    // A change that leaves the published meeting as it was keeps no second, identical version (the stored snapshot's
    // keys come back from jsonb in another order than they were written in).
    const kept = await app.database.db.transaction((tx) => keepPublishedVersion(tx, actor, meeting.id, 'Intet ændret'));
    assert.equal(kept, null);
    await runCommand(app.database.db, actor, cancelMeeting, { meetingId: meeting.id });
    await rejects(runCommand(app.database.db, actor, changeMeetingState, { meetingId: meeting.id, to: 'held' }), 'rule_violation', 'rule.meeting.cancelled');
    await rejects(
      runCommand(app.database.db, actor, createMeeting, { organizationId: org.id, date: '2026-01-14', start: '09:00' }),
      'conflict',
      'rule.meeting.same_time',
    );
  });

  test('the members API answers as of a date, and a bad date is a 400 naming the field', async () => {
    const res = await app.get('/api/organer/udsatteraadet?dato=2026-06-25');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { members: { name: string; ngo: string | null }[]; seats: { seatKind: string | null; open: number }[] };
    assert.ok(body.members.some((m) => m.name === 'Freddy Nielsen' && m.ngo === 'SAND – De hjemløses landsorganisation'));
    const bad = await app.get('/api/organer/udsatteraadet?dato=2026-13-45');
    assert.equal(bad.status, 400);
    assert.deepEqual(await bad.json(), {
      error: { code: 'validation', message: 'Oplysningerne er ikke gyldige. Ret felterne og prøv igen.', fields: [{ field: 'dato', message: 'skal være en dato (ÅÅÅÅ-MM-DD)' }] },
    });
    const en = await app.get('/api/organer/udsatteraadet?dato=nope&lang=en');
    assert.deepEqual(((await en.json()) as { error: { fields: unknown } }).error.fields, [{ field: 'dato', message: 'must be a date (YYYY-MM-DD)' }]);
  });

  test('item content survives the database whatever characters it holds', async () => {
    // Sections and clauses are written as arrays: quotes, braces, backslashes, commas and the word
    // NULL must come back as written, and missing values as null.
    const meeting = await runCommand(app.database.db, actor, createMeeting, { organizationId: udsatteraadet.id, date: '2027-05-06', start: '10:00' });
    const tricky = 'Citat: "hej", {a,b} \\ \\N NULL og æøå\n\nNy linje; \'enkelt\' ';
    const content = {
      sections: [
        { kind: 'presentation' as const, heading: 'Sagsfremstilling {1}', text: tricky, proposer: null, lead: null, clauses: [] },
        { kind: 'recommendation' as const, heading: 'Indstilling', text: '', proposer: 'NULL', lead: 'Direktionen indstiller, "at":', clauses: [
          { text: tricky, outcome: null, amendedText: null },
          { text: 'at, {x}', outcome: 'amended' as const, amendedText: 'NULL' },
        ] },
      ],
      attachments: ['Bilag "1", {a}'],
    };
    const itemId = await app.database.db.transaction(async (tx) => {
      const [item] = await tx.insert(agendaItems).values({ meetingId: meeting.id, position: 0, number: '1', title: 'Tegn' }).returning();
      await writeItemContents(tx, [{ itemId: item!.id, content, fresh: true }]);
      return item!.id;
    });
    assert.deepEqual((await loadItemContents(app.database.db, [itemId])).get(itemId), content);
  });

  test('an NGO can be looked up by the seat it holds', async () => {
    const sand = await app.database.db.query.ngos.findFirst({ where: eq(ngos.name, 'SAND – De hjemløses landsorganisation') });
    assert.ok(sand);
  });
});
