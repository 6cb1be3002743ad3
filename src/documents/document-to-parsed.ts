// From a file on disk to a parsed meeting: read, extract text by format, parse.
import { readDocument } from './read-document.ts';
import { parseMeetingText, ParseError } from './parse/parse-text.ts';
import type { ParsedMeeting } from './parse/types.ts';
import { AppError } from '../shared/errors.ts';

export async function documentToParsed(path: string): Promise<ParsedMeeting> {
  const doc = await readDocument(path);
  if (doc.format !== 'text') {
    throw new AppError('validation', 'import.format_not_supported', { file: path, format: doc.format.toUpperCase() });
  }
  try {
    return parseMeetingText(doc.text!);
  } catch (err) {
    if (err instanceof ParseError) throw new AppError('validation', err.rule, { file: path, ...err.params });
    throw err;
  }
}
