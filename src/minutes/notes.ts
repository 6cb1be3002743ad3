// The minutes' notes on the meeting itself (who chaired, the order items were taken in, guests): stored one a line.
import { maskSensitive, type ScreeningOptions } from '../documents/screening.ts';

/** A note on one line, without runs of space. */
const tidy = (note: string) => note.replace(/\s+/g, ' ').trim();

/** The notes as a list, from what is stored or typed: one a line, blank lines and surrounding space dropped. */
export const notesOf = (stored: string): string[] => stored.split(/\r?\n/).map(tidy).filter(Boolean);

/** The notes as stored: one a line (a note's own line breaks become spaces). */
export const storedNotes = (notes: readonly string[]): string => notes.map(tidy).filter(Boolean).join('\n');

/** The stored notes as a reader may have them: masked where the reader is the public (screening given). */
export const notesShown = (stored: string, screening: ScreeningOptions | null): string[] =>
  notesOf(stored).map((n) => (screening ? maskSensitive(n, screening) : n));
