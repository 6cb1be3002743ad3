// From a file on disk (the CLI) or uploaded bytes (the web) to a parsed meeting: read, extract
// text by format, parse.
import { classifyDocument, readDocument, type ReadDocument } from './read-document.ts';
import { parseMeetingText, ParseError } from './parse/parse-text.ts';
import type { ParsedMeeting } from './parse/types.ts';
import { AppError } from '../shared/errors.ts';
import { extractPdfText } from './pdf-text.ts';
import { htmlToText } from './html-text.ts';
import { isFirstAgenda, parseFirstAgenda } from './firstagenda.ts';

export async function documentToParsed(path: string): Promise<ParsedMeeting> {
  return parseDocument(await readDocument(path), path);
}

/** An uploaded document; `file` is its name as the user chose it, for messages. */
export async function bytesToParsed(bytes: Uint8Array, file: string): Promise<ParsedMeeting> {
  return parseDocument(classifyDocument(bytes, file), file);
}

async function parseDocument(doc: ReadDocument, path: string): Promise<ParsedMeeting> {
  if (doc.format === 'text' && /^\s*\{/.test(doc.text!)) {
    let json: unknown = null;
    try {
      json = JSON.parse(doc.text!);
    } catch {
      // Not JSON after all: read it as text.
    }
    if (isFirstAgenda(json)) return parseFirstAgenda(json);
  }
  const text = doc.format === 'pdf' ? (await extractPdfText(doc.bytes, path)).text : doc.format === 'html' ? htmlToText(doc.text!) : doc.text!;
  try {
    return parseMeetingText(text);
  } catch (err) {
    if (err instanceof ParseError) throw new AppError('validation', err.rule, { file: path, ...err.params });
    throw err;
  }
}
