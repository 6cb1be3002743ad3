// The minutes' notes on the meeting itself (who chaired, the order items were taken in, guests): stored one a line.

/** The notes as a list, from what is stored or typed: one a line, blank lines and surrounding space dropped. */
export const notesOf = (stored: string): string[] => stored.split(/\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);

/** The notes as stored: one a line (a note's own line breaks become spaces). */
export const storedNotes = (notes: readonly string[]): string => notesOf(notes.map((n) => n.replace(/\s+/g, ' ')).join('\n')).join('\n');
