// From a file on disk (the CLI) or uploaded bytes (the web) to a parsed meeting: read, extract
// text by format, parse.
import { classifyDocument, readDocument, type ReadDocument } from './read-document.ts';
import { parseMeetingText, ParseError } from './parse/parse-text.ts';
import type { ParsedMeeting } from './parse/types.ts';
import { AppError } from '../shared/errors.ts';
import { extractPdfText } from './pdf-text.ts';
import { meetingPagesOfText } from './page-furniture.ts';
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
  // A PDF, or text exported from one page by page: the meeting's own pages.
  const paged = doc.format === 'pdf' ? await extractPdfText(doc.bytes, path, { meeting: true }) : doc.format === 'text' ? meetingPagesOfText(doc.text!) : null;
  const text = paged ? paged.text : htmlToText(doc.text!);
  try {
    const parsed = parseMeetingText(text);
    // Pages bound in after the meeting's last ("Side 8 af 8"): the secretary is told they were not read.
    if (paged && paged.meetingPages < paged.pages) {
      parsed.warnings.push('import.warning.pages_after_document');
      const count = paged.pages - paged.meetingPages;
      const pages = count === 1 ? `${paged.pages}` : `${paged.meetingPages + 1}–${paged.pages}`;
      parsed.warningParams = { ...parsed.warningParams, 'import.warning.pages_after_document': { last: paged.meetingPages, count, pages } };
    }
    return parsed;
  } catch (err) {
    if (err instanceof ParseError) throw new AppError('validation', err.rule, { file: path, ...err.params });
    throw err;
  }
}
