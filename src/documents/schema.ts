import { index, bigint, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../db/columns.ts';
import { agendaItems } from '../agenda/schema.ts';

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
