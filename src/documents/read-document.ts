// Reads a document file into text, refusing what cannot be a document with a clear reason.
import { open, stat } from 'node:fs/promises';
import { AppError } from '../shared/errors.ts';
import { WINDOWS_1252_HIGH } from './parse/characters.ts';

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export type DocumentFormat = 'text' | 'pdf' | 'html';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ReadDocument {
  format: DocumentFormat;
  bytes: Uint8Array;
  /** Decoded text for text and HTML. */
  text: string | null;
  encoding: TextEncoding | null;
}

const fail = (rule: string, params: Record<string, string | number>) => new AppError('validation', rule, params);

/** UTF-16 with its byte-order mark (Windows' "Unicode" text), the only form of it told apart safely. */
function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-8 when it decodes cleanly; otherwise Windows-1252, the other encoding Danish exports use — unless the text is
 * mostly UTF-8 with a few stray bytes (a web page whose template is UTF-8 and whose text came from an older system,
 * files joined together): then each stray byte is read as Windows-1252 and the rest as UTF-8, rather than every "æ"
 * turned into "Ã¦". Letters come out composed (NFC): a text saved on a Mac may write "å" as "a" + a combining ring,
 * and "Udsatterådet" written so would name no body, match no member and find nothing in search.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const wide = utf16(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes).normalize('NFC'), encoding: wide };
  try {
    return { text: undoDoubleEncoding(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).normalize('NFC'), encoding: 'utf-8' };
  } catch {
    const mixed = decodeMixed(bytes);
    if (mixed.sequences > mixed.stray) return { text: mixed.text().normalize('NFC'), encoding: 'utf-8' };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Danish letters written as UTF-8 and read once more as Windows-1252 ("RÃ¥dhuset", "mÃ¸de"): the mark of text that
// was encoded twice somewhere on its way (an old web system), never of Danish written as meant.
const DOUBLE_ENCODED_DANISH = /Ã[¦¸¥†˜…]/;
// A run of the characters Windows-1252 has above ASCII.
const HIGH_RUN = /[\u0080-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{2,}/g;

/** Text encoded twice, made right: each run that is UTF-8 when written back as Windows-1252 is read as that. */
function undoDoubleEncoding(text: string): string {
  if (!DOUBLE_ENCODED_DANISH.test(text)) return text;
  return text.replace(HIGH_RUN, (run) => {
    const bytes = Uint8Array.from([...run].map((ch) => (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x80 + WINDOWS_1252_HIGH.indexOf(ch))));
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return run;
    }
  });
}

/** How many continuation bytes (0x80–0xBF) follow a UTF-8 lead byte, and the range the first must lie in. */
function utf8Lead(b: number): { n: number; lo: number; hi: number } | null {
  if (b >= 0xc2 && b <= 0xdf) return { n: 1, lo: 0x80, hi: 0xbf };
  if (b >= 0xe0 && b <= 0xef) return { n: 2, lo: b === 0xe0 ? 0xa0 : 0x80, hi: b === 0xed ? 0x9f : 0xbf };
  if (b >= 0xf0 && b <= 0xf4) return { n: 3, lo: b === 0xf0 ? 0x90 : 0x80, hi: b === 0xf4 ? 0x8f : 0xbf };
  return null;
}

/**
 * UTF-8's valid sequences as UTF-8 and every other byte as Windows-1252's, with how many there were of each. The
 * text is made only when asked for (one pass over the bytes either way; a large Windows-1252 file is not decoded twice).
 */
function decodeMixed(bytes: Uint8Array): { text: () => string; sequences: number; stray: number } {
  const units = new Uint16Array(bytes.length);
  let n = 0;
  let sequences = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units[n++] = b;
      i++;
      continue;
    }
    const lead = utf8Lead(b);
    let ok = !!lead && i + lead.n < bytes.length && bytes[i + 1]! >= lead.lo && bytes[i + 1]! <= lead.hi;
    for (let k = 2; ok && k <= lead!.n; k++) ok = bytes[i + k]! >= 0x80 && bytes[i + k]! <= 0xbf;
    if (!ok) {
      stray++;
      units[n++] = b < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b;
      i++;
      continue;
    }
    sequences++;
    let code = b & (0xff >> (lead!.n + 2));
    for (let k = 1; k <= lead!.n; k++) code = (code << 6) | (bytes[i + k]! & 0x3f);
    if (code > 0xffff) {
      units[n++] = 0xd800 + ((code - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
    } else units[n++] = code;
    i += lead!.n + 1;
  }
  return { text: () => fromUnits(units.subarray(0, n)), sequences, stray };
}

/** UTF-16 code units as a string. (In slices: a spread of millions of arguments overflows the stack.) */
function fromUnits(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}


/** Windows-1252 text. (Node 20's TextDecoder reads 0x80–0x9F as Latin-1's invisible control characters: "–" was lost.) */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  return fromUnits(units);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export async function readDocument(path: string): Promise<ReadDocument> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw fail('import.file_missing', { file: path });
  }
  // Checked before reading, so a 200 MB file is refused without being loaded.
  if (size > MAX_DOCUMENT_BYTES) throw fail('import.too_large', { file: path, size: Math.round(size / 1024 / 1024), max: MAX_DOCUMENT_BYTES / 1024 / 1024 });
  const bytes = new Uint8Array(size);
  try {
    const handle = await open(path, 'r');
    try {
      await handle.read(bytes, 0, size, 0);
    } finally {
      await handle.close();
    }
  } catch {
    // A folder, or a file this process may not read: the same clear message as a missing file.
    throw fail('import.file_missing', { file: path });
  }
  return classifyDocument(bytes, path);
}

/** What a document's bytes are (PDF, HTML or text, and the text's encoding); `file` names it in messages. */
export function classifyDocument(bytes: Uint8Array, file: string): ReadDocument {
  if (bytes.length === 0) throw fail('import.empty_file', { file });
  if (bytes.length > MAX_DOCUMENT_BYTES) throw fail('import.too_large', { file, size: Math.round(bytes.length / 1024 / 1024), max: MAX_DOCUMENT_BYTES / 1024 / 1024 });
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-')) return { format: 'pdf', bytes, text: null, encoding: null };
  // UTF-16 text is full of zero bytes: it is text when it says so with a byte-order mark.
  if (!utf16(bytes) && looksBinary(bytes)) throw fail('import.binary', { file });
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw fail('import.empty_file', { file });
  const format: DocumentFormat = /^\s*(<!doctype html|<html|<\?xml)/i.test(text) || /<body[\s>]/i.test(text.slice(0, 5000)) ? 'html' : 'text';
  return { format, bytes, text, encoding };
}
