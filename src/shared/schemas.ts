// Input building blocks shared by commands.
import { z } from 'zod';

export const isoDate = z.iso.date();
export const slug = z.string().trim().min(2).max(80).regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'rule.format.slug' });
export const name = z.string().trim().min(1).max(300);
export const optionalText = z.string().trim().max(20_000).nullish().transform((v) => (v ? v : null));
export const uuid = z.uuid();
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'rule.format.time' });

/** Turns a name into a URL slug: "Udvalg for lighed i sundhed" → "udvalg-for-lighed-i-sundhed". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'x';
}

/** A name, title or heading compared as readers do: case and spacing aside ("Udvalg  for Lighed" is "udvalg for lighed"). */
export const looseKey = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
