// Secretariat figures: releasing a 30-item agenda, and generating its minutes (release + the
// minutes text), each next to a baseline from the same run: reading the same meeting's content.
// Runs on the embedded database, or on PostgreSQL when DATABASE_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/seed.ts';
import { runCommand } from '../src/shared/command.ts';
import type { Actor } from '../src/shared/actor.ts';
import { organizations } from '../src/bodies/schema.ts';
import { createMeeting } from '../src/meetings/commands.ts';
import { addItem } from '../src/agenda/items.ts';
import { releaseAgenda, loadCheckItems } from '../src/agenda/release.ts';
import { closeMeeting, recordDecision, recordMeetingAttendance, releaseMinutes } from '../src/minutes/commands.ts';
import { agendaItems } from '../src/agenda/schema.ts';
import { loadRenderModel } from '../src/documents/render/model.ts';
import { renderText } from '../src/documents/render/text.ts';
import { membersOn } from '../src/minutes/queries.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ITEMS = 30;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => n.toFixed(1);
const actor: Actor = { kind: 'user', id: '00000000-0000-4000-8000-000000000000', name: 'Bench' };
const member = { kind: 'member', userId: 'bench', closed: true, drafts: true } as const;

async function open(): Promise<{ database: Database; dispose(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `lighed_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: u.toString() });
    return { database, dispose: async () => { await database.close(); const c = new pg.Client({ connectionString: url }); await c.connect(); await c.query(`drop database ${name} with (force)`); await c.end(); } };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lighed-bench-sec-'));
  const database = await openDatabase({ kind: 'embedded', dataDir: dir });
  return { database, dispose: async () => { await database.close(); rmSync(dir, { recursive: true, force: true }); } };
}

const { database, dispose } = await open();
const db = database.db;
await migrateDatabase(database);
await loadDemo(db, { password: 'bench-password-12345' });
const org = (await db.query.organizations.findFirst({ where: eq(organizations.slug, 'udsatteraadet') }))!;
const members = await membersOn(db, org.id, '2026-01-01');

const release: number[] = [];
const releaseBase: number[] = [];
const minutes: number[] = [];
const minutesBase: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const date = new Date(Date.UTC(2025, 0, 6 + round * 7)).toISOString().slice(0, 10);
  const m = await runCommand(db, actor, createMeeting, { organizationId: org.id, date, start: '10:00', end: '12:00', location: 'Regionshuset Viborg' });
  for (let i = 0; i < ITEMS; i++) {
    await runCommand(db, actor, addItem, {
      meetingId: m.id, title: `Punkt om emne ${i + 1}`, caseNumber: `1-00-14-${i}`,
      summary: 'Rådet orienteres om status på indsatsen for borgere i udsatte positioner. '.repeat(3),
      proposer: 'Direktionen', clauses: ['at orienteringen tages til efterretning', 'at sagen sendes videre til regionsrådet'],
      presentation: 'Sagsfremstilling med baggrund, formål og økonomi for indsatsen. '.repeat(40), financial: 'Ingen.',
    });
  }
  // Baseline: reading what release checks (the items with all their content).
  let t = performance.now();
  await loadCheckItems(db, m.id);
  releaseBase.push(performance.now() - t);
  t = performance.now();
  await runCommand(db, actor, releaseAgenda, { meetingId: m.id });
  release.push(performance.now() - t);

  const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, m.id));
  await runCommand(db, actor, recordMeetingAttendance, { meetingId: m.id, entries: members.map((p, i) => ({ name: p.name, personId: p.id, status: i === 0 ? 'absent_with_notice' : 'present' })) });
  for (const item of items) {
    await runCommand(db, actor, recordDecision, { itemId: item.id, expectedVersion: item.version, outcomes: [{ outcome: 'noted' }, { outcome: 'approved' }], note: '', statements: [] });
  }
  await runCommand(db, actor, closeMeeting, { meetingId: m.id, adjournedAt: '11:30' });
  // Baseline: reading and rendering the agenda as text.
  t = performance.now();
  renderText((await loadRenderModel(db, m.id, 'agenda', member))!);
  minutesBase.push(performance.now() - t);
  t = performance.now();
  await runCommand(db, actor, releaseMinutes, { meetingId: m.id });
  const text = renderText((await loadRenderModel(db, m.id, 'minutes', member))!);
  minutes.push(performance.now() - t);
  if (!text.includes('Udsatterådet tog til efterretning,') || !text.includes('Mødet blev hævet kl. 11.30.')) throw new Error('minutes not as expected');
}
await dispose();

const kind = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded';
console.log(`| release a ${ITEMS}-item agenda (${kind}), median of ${ROUNDS} | ${fmt(median(release))} ms | ${fmt(median(releaseBase))} ms | ${(median(release) / median(releaseBase)).toFixed(1)}× | ≤ 300 ms ${median(release) <= 300 ? '✔' : '✘'} |`);
console.log(`| generate its minutes: release + text (${kind}), median of ${ROUNDS} | ${fmt(median(minutes))} ms | ${fmt(median(minutesBase))} ms | ${(median(minutes) / median(minutesBase)).toFixed(1)}× | ≤ 300 ms ${median(minutes) <= 300 ? '✔' : '✘'} |`);
