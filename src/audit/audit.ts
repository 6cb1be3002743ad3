import type { Tx } from '../db/connect.ts';
import type { Actor } from '../shared/actor.ts';
import { auditLog } from './schema.ts';

export interface AuditEntry {
  command: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Written inside the command's transaction, so a rolled-back change leaves no entry either. */
export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorKind: actor.kind,
    actorId: actor.id,
    actorName: actor.name,
    command: entry.command,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before === undefined ? null : toJson(entry.before),
    after: entry.after === undefined ? null : toJson(entry.after),
  });
}

function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
