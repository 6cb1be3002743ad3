import type { Database } from '../db/connect.ts';

const tables = ['bodies', 'organizations', 'persons', 'memberships', 'meetings', 'agenda_items', 'cases', 'consultations', 'files', 'audit_log'] as const;

/** Row counts of the main tables, for `lighed check`. */
export async function countRecords(database: Database): Promise<Record<string, number>> {
  // Table names come from the constant list above, never from input.
  const sql = tables.map((t) => `select '${t}' as t, count(*)::int as n from ${t}`).join(' union all ');
  const rows = (await database.pool.query(sql)).rows as { t: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}
