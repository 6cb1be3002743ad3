import { index, bigint, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';
import { agendaItems } from '../agenda/schema.ts';
import { organizations } from '../bodies/schema.ts';
import { users } from '../accounts/schema.ts';

/** OParl File: an attachment (bilag). Imported documents name attachments without content. */
export const files = pgTable('files', {
  id: id(),
  name: text('name').notNull(),
  fileName: text('file_name'),
  mimeType: text('mime_type'),
  size: bigint('size', { mode: 'number' }),
  sha256: text('sha256'),
  storageKey: text('storage_key'),
  /** Extracted text for search. */
  text: text('text'),
  /** Result of the upload check: ok, or the locale key of what failed (wrong type, unreadable …). */
  checkProblem: text('check_problem'),
  ...timestamps,
});

export const itemAttachments = pgTable('item_attachments', {
  id: id(),
  itemId: uuid('item_id').notNull().references(() => agendaItems.id, { onDelete: 'cascade' }),
  fileId: uuid('file_id').notNull().references(() => files.id),
  position: integer('position').notNull(),
  ...timestamps,
}, (t) => [index('item_attachments_item_id_idx').on(t.itemId)]);

/**
 * A document a secretary uploaded in the browser and is looking at before importing it: what was
 * read from it, kept until they import it (or start another import, or a day has passed).
 */
export const stagedImports = pgTable('staged_imports', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  /** The parsed meeting (ParsedMeeting), as the preview showed it. */
  parsed: jsonb('parsed').notNull(),
  ...timestamps,
}, (t) => [index('staged_imports_user_id_idx').on(t.userId)]);
