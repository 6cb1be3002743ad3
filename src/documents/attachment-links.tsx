// Attachment lists on public and members' pages: a link where the file is stored and passed its
// check, the plain name otherwise (imported documents name attachments without their files).
import type { FC } from 'hono/jsx';
import type { Queryable } from '../db/connect.ts';
import { attachmentsOf } from '../agenda/attachments.ts';

export interface AttachmentLink {
  name: string;
  href: string | null;
}

export async function attachmentLinks(db: Queryable, itemIds: string[]): Promise<Map<string, AttachmentLink[]>> {
  const out = new Map<string, AttachmentLink[]>();
  for (const a of await attachmentsOf(db, itemIds)) {
    const list = out.get(a.itemId) ?? [];
    list.push({ name: a.name, href: a.storageKey && !a.checkProblem ? `/bilag/${a.fileId}` : null });
    out.set(a.itemId, list);
  }
  return out;
}

export const AttachmentList: FC<{ links: AttachmentLink[] }> = ({ links }) =>
  links.length ? <ul>{links.map((a) => <li>{a.href ? <a href={a.href}>{a.name}</a> : a.name}</li>)}</ul> : null;
