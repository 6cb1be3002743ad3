// From a file on disk (the CLI) or uploaded bytes (the web) to a parsed meeting: read, extract
// text by format, parse.
import { classifyDocument, readDocument, type ReadDocument } from './read-document.ts';
import { parseMeetingText, ParseError } from './parse/parse-text.ts';
import type { ParsedMeeting } from './parse/types.ts';
import { AppError } from '../shared/errors.ts';
import { extractPdfText } from './pdf-text.ts';
import { meetingPagesOfText, pageRanges } from './page-furniture.ts';
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
    // Pages bound in with the meeting's own ("Side 1 af 8" … "Side 8 af 8"): the secretary is told they were not read.
    if (paged && paged.meetingPages.length < paged.pages) {
      const left = Array.from({ length: paged.pages }, (_, i) => i).filter((i) => !paged.meetingPages.includes(i)).map((i) => i + 1);
      parsed.warnings.push('import.warning.pages_not_meeting');
      parsed.warningParams = { ...parsed.warningParams, 'import.warning.pages_not_meeting': { count: left.length, pages: pageRanges(left), own: paged.meetingPages.length } };
    }
    return parsed;
  } catch (err) {
    if (err instanceof ParseError) throw new AppError('validation', err.rule, { file: path, ...err.params });
    throw err;
  }
}
