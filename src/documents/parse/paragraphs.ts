// Turns extracted document text into paragraphs. PDF exports wrap lines, double-space
// them, and split paragraphs at page breaks; the rules here undo that without merging
// headings, list entries or "at"-clauses into their neighbours.
import { isHeading, RECOMMENDATION_LEAD } from './headings.ts';
import { withoutPageMarks } from '../page-furniture.ts';
import { headerOf, STATUS_WORD } from './items.ts';
import { c1AsWindows1252 } from './characters.ts';
import { fromLayoutColumns } from './layout-columns.ts';

/** Normalises characters that differ between exports (NBSP, soft hyphen, odd bullets, CRLF). */
export function normalizeText(raw: string): string {
  // (Composed letters: readers compose them on decoding, but the parser is also handed text directly.)
  let text = raw
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\uF0B7\uF0A7\u25AA\u25CF\u2022\uFFFD]/g, '•')
    // Word's second-level bullet is a letter o followed by a tab or spaces.
    .replace(/^([ \t]*)o(?:\t|[ ]{2,})/gm, '$1• ');
  // …and with one space, pasted from Word into a web page ("o Der skal …" / "o Udsatterådet …"): where two follow each other.
  if (/^[ \t]*o [A-ZÆØÅ0-9].*\n[ \t]*o [A-ZÆØÅ0-9]/m.test(text)) text = text.replace(/^([ \t]*)o (?=[A-ZÆØÅ0-9])/gm, '$1• ');
  // Text exported from a PDF page by page (pdftotext: a form feed between pages) still carries the
  // pages' running headers, footers and numbers; elsewhere a line "Side 3 af 12" is one too.
  text = withoutPageMarks(text);
  // Facts two to a row and labels side by side, laid out with spaces (pdftotext -layout): as the PDF reader reads them.
  text = fromLayoutColumns(text);
  // Text copied out of PDFs: ligatures as one character ("ﬁnansiering"); control characters from
  // fonts without a text mapping, which no reader sees and which would make feeds invalid XML.
  // Characters no reader sees, which Word ("no-width optional break"), web editors and copying put
  // between letters: "Punkt\u200B 1" would be no item, "Sags\u2060fremstilling" no heading.
  if (/[\u200B\u200C\u2060\uFEFF]/.test(text)) text = text.replace(/[\u200B\u200C\u2060\uFEFF]/g, '');
  if (/[\uFB00-\uFB06]/.test(text)) text = text.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize('NFKC'));
  // ("\u0096" for "–": Windows-1252 text that some tool on the way read as Latin-1.)
  if (/[\u0080-\u009f]/.test(text)) text = c1AsWindows1252(text);
  if (/[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F]/.test(text)) {
    text = text.replace(/[\u000B\u000C]/g, '\n').replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '');
  }
  // (The rest only where their words are: these patterns cost a scan of every line.)
  // "open" / "closed" on a line of its own: an item's status flag as Frederiksberg's web pages print it, in Danish.
  if (/^[ \t]*(?:open|closed)[ \t]*$/m.test(text)) text = text.replace(/^[ \t]*(open|closed)[ \t]*$/gm, (_, w: string) => (w === 'open' ? 'Status: Åben' : 'Status: Lukket'));
  // A soft hyphen where a word was broken over two lines joins its halves ("sundheds\u00AD" / "væsenet").
  if (text.includes('\u00AD')) text = text.replace(/\u00AD[ \t]*\n[ \t]*(?=\p{Ll})/gu, '').replace(/\u00AD/g, '');
  // A table of the meeting's facts copied from a web page: "Mødested: | Byrådssalen |" (Aabenraa); a
  // recommendation's clause in a table cell: "at | dagsorden godkendes |" (Region Midtjylland's web pages).
  if (text.includes('|')) {
    text = text
      .replace(/^([ \t]*[^|\n \t][^|\n]{1,39}:)[ \t]*\|[ \t]*(.*?)[ \t]*\|?[ \t]*$/gm, '$1 $2')
      .replace(/^([ \t]*[Aa]t)[ \t]*\|[ \t]*(.*?)[ \t]*\|?[ \t]*$/gm, '$1 $2');
  }
  // "Udskriv" (print) glued to the next line's text by the copy.
  if (text.includes('Udskriv')) text = text.replace(/^([ \t]*)Udskriv(?=[A-ZÆØÅ])/gm, '$1');
  // Web publications' fold/unfold controls end up in copied text.
  if (/fold dette punkt/i.test(text)) text = text.replace(/\s*\bfold dette punkt (?:ind|ud)\b\s*/gi, '\n');
  // A web page's "Til toppen" (back to top) link after each item (Køge; "Til top", Københavns Kommune).
  if (text.includes('Til top')) text = text.replace(/^[ \t]*Til top(?:pen)?[ \t]*$/gm, '');
  return text;
}

// ("25. juni 2026) skal …" is a date wrapped onto the line, not a numbered entry.)
const BULLET = /^(•|▪|-|–|\*|\d{1,2}\)|\d{1,4}[a-z]?\.\s(?!(?:jan(?:uar)?|feb(?:ruar)?|marts|april|maj|juni|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b))/;
// Header labels stand on lines of their own ("Mødedato: …", "Mødested: …").
// ("Medlemmer Birgit Holm (A) …" / "Fraværende Carsten Berg": a front page's table without colons, Næstved.)
const LABEL_LINE = /^(Mødedato|Mødested|Mødelokale\b|Indholdsfortegnelse$|Fremmøde:?$|J\.?\s*nr\.?:|Sagsid\b|Mødetid|Dato|Sted|Lokale|Lokation|Tidspunkt|Starttidspunkt|Sluttidspunkt|Deltagere|Medlemmer:|Fraværende:|(?:Medlemmer|Fraværende)\s+(?=[A-ZÆØÅ])|Ikke til stede:|Afbud|Referent|Sagnr|Sagsnr|Sagsnummer|[A-ZÆØÅ]{3,}$)/;
const LIST_LABEL = /^(?:Deltagere|Mødedeltagere|Medlemmer|Afbud(?: fra)?|Fraværende|Til stede|Gæster?):?$/i;
const TOC_ENTRY = /\.{3,}\s*\d+$/;
const ALL_CAME = /^Alle(?:\s+medlemmer)?\s+var\s+(?:mødt|til\s+stede)\b/;
// "For stemte: A, C, F og V (7)" / "Imod stemte: Ø (1)" / "Undlod at stemme: …": a vote, one line a side.
const VOTE_LINE = /^(?:For stemte|Imod stemte|Undlod at stemme|Hverken for eller imod)\b/;
// "Fraværende med afbud:", "Fra forvaltningen:": a short lead-in that opens a list or a block of its own.
const LEAD_IN = /^[A-ZÆØÅ][^.:]{0,58}:$/;
const ENDS_SENTENCE = /[.:;!?"”)]$/;

function startsLower(line: string): boolean {
  return /^[a-zæøå(]/.test(line);
}

// ("01.02G00 - 2017/27088": the KLE subject, then the case number — Gribskov.)
const CASE_NUMBER_LINE = /^(?:Sag(?:s)?nr\.?:?\s*|\d{2}\.\d{2}[A-ZÆØ]\d{2}\s*[-–]\s*)?(?:[A-ZÆØÅ]{1,6}-)?\d[\dA-Z]*(?:[-/.][\dA-Z]+)+$/;

// An item's header line ("Punkt 3: …", "Sag nr. 3 …") and the closing line never join a neighbour.
const ITEM_LINE = /^(?:Punkt(?:\s+nr\.?)?|Pkt\.(?:\s*nr\.?)?|Sag\s+nr\.?|Ad(?:\s+pkt\.|\s+punkt)?)\s*\d/i;
// ("Mødet i Byrådet begyndte kl. 19:00 og sluttede kl. 20:15.")
const CLOSING_LINE = /^Mødet(?:\s+i\s+[^.]{2,80}?)?\s+(?:blev\s+hævet|hævet|sluttede|afsluttet|afsluttedes|slut|startede|begyndte)\b/i;
// A document's title line: "Referat af mødet i Regionsrådet 14. november 2007 …", "Sundhedsudvalget - Referat - 25. oktober 2016".
const TITLE_LINE = /^(?:(?:Referat|Dagsorden|Beslutningsprotokol|REFERAT|DAGSORDEN|BESLUTNINGSPROTOKOL)\b|[^.]{2,80}\s[-–]\s(?:[Rr]eferat|[Dd]agsorden|REFERAT|DAGSORDEN)\b)/;
// A title wrapped over lines breaks after a comma or a small word ("… kl. 14:00 i" / "Regionsrådssalen").
// (A line that stops on a word no sentence or title ends with runs on: "… mellem X og" / "Y".)
const SMALL_WORD_END = '\\s(?:og|eller|samt|mellem|af|for|til|fra|med|om|på|ved|i|den|det|de|en|et)$';
const MID_PHRASE = new RegExp(SMALL_WORD_END);
const RUNS_ON = new RegExp(`(?:,|\\bkl\\.)$|${SMALL_WORD_END}`);

/** "Referat" / "til" / "mødet i forretningsudvalget" (Region Midtjylland; "af mødet i …" until 2007) is one title, not a heading. */
// ("Referat" / "til" / "mødet i" / "Faglig strategisk gruppe" / "den 22. november 2023 kl. 08:30": each on a line of its own.)
// ("Sundhedsudvalget -" / "Referat - 25. oktober 2016": a title broken after its dash.)
const titleRunsOn = (prev: string, next: string) =>
  (/^(?:referat|dagsorden)$/i.test(prev) && /^(?:til|af|fra)(?:\s|$)/.test(next)) || (/^(?:referat\s+|dagsorden\s+)?(?:til\s+)?mødet i$/i.test(prev) && next.length <= 120) ||
  (/\S\s[-–]$/.test(prev) && /^(?:Referat|Dagsorden|Tillægsdagsorden)\s[-–]\s/i.test(next));

/** Whether `next` continues the paragraph whose last physical line is `prev`. */
function continues(prev: string, next: string, wrapWidth: number, heading: (l: string) => boolean): boolean {
  if (titleRunsOn(prev, next)) return true;
  if (heading(prev) || heading(next)) return false;
  if (BULLET.test(next) || CASE_NUMBER_LINE.test(next) || ITEM_LINE.test(next)) return false;
  if (LABEL_LINE.test(prev) || LABEL_LINE.test(next) || CLOSING_LINE.test(next)) return false;
  if (/^at\s/.test(next) && /(,|\bog|\beller|:|indstiller|indstilles)$/i.test(prev)) return false;
  // "v. Marlene" under an item's title (who presents it, in councils' own minutes) is a line of its own.
  if (/^v\.\s+[A-ZÆØÅ]/.test(next)) return false;
  if (ENDS_SENTENCE.test(prev) || TOC_ENTRY.test(prev)) return false;
  // A line that fills the page and stops mid-sentence was wrapped by the export,
  // even when the next line starts with a name ("… med Region" / "Midtjylland …").
  return startsLower(next) || wrapped(prev, wrapWidth);
}

// Item headers ("49. Godkendelse …", "Punkt 3: …") are never wrapped into the next line's name.
const wrapped = (line: string, wrapWidth: number) => /[a-zæøåA-ZÆØÅ,]$/.test(line) && line.length >= 60 && line.length >= 0.75 * wrapWidth && !/^(?:Punkt\s+)?\d{1,4}[.:]\s/.test(line);

/**
 * Whether a line starting "at " begins an "at"-clause rather than continuing prose that wrapped
 * before "at" ("… som det foreslås," / "at udvalget drøfter …"): it follows another clause, a
 * proposer ("Direktionen indstiller,"), or a short lead-in on a line of its own ("Udvalget godkendte,").
 */
function startsClause(firstLine: string, oneLine: boolean, lastLine: string, wrapWidth: number): boolean {
  if (/^[Aa]t\s/.test(firstLine)) return /(?:[,;:.]|\bog|\beller)$/.test(lastLine);
  if (/(?::|\bindstiller,?|\bindstilles,?)$/.test(lastLine)) return true;
  return oneLine && lastLine.endsWith(',') && lastLine.length < 0.75 * wrapWidth;
}

// "49. Godkendelse …", "Punkt 3: …": an item's header line.
const ITEM_HEADER = /^(?:Punkt\s+)?\d{1,4}(?:[a-z]?[.:]|\.[a-z][.:]?)\s+\S/;
const ITEM_PREFIX = /^(?:Punkt\s+)?\d{1,4}(?:[a-z]?[.:]|\.[a-z][.:]?)\s+/;
// "Åbent", "Lukket punkt", "Åbent - 2012/057275": an item's status under its title.
const STATUS_LINE = new RegExp(`^${STATUS_WORD}(?:\\s*[-–]\\s*\\S+)?$`, 'i');

/**
 * "sundheds-" / "væsenet": a word the printer broke at the line's end, when the document writes it whole elsewhere
 * ("sundhedsvæsenet"). Otherwise the hyphen is the word's own ("ikke-" / "akut" stays "ikke-akut").
 */
function brokenWord(lastLine: string, line: string, words: Set<string>): boolean {
  const head = /(\p{L}+)-$/u.exec(lastLine);
  const tail = /^\p{Ll}+/u.exec(line);
  return !!head && !!tail && words.has(`${head[1]}${tail[0]}`.toLowerCase());
}

/**
 * "… med det formål 1) at beslutte …," / "2) en drøftelse …": a line that goes on with an enumeration its paragraph
 * began inside a sentence is no list entry of its own. (A list's "1)" starts its paragraph.)
 */
function goesOnInline(line: string, current: string): boolean {
  const n = /^(\d{1,2})\)\s/.exec(line);
  return !!n && Number(n[1]) >= 2 && current.includes(` ${Number(n[1]) - 1}) `);
}

/**
 * Whether a line starts a paragraph of its own even without a blank line before it: the lines that
 * structure a document (list entries, case numbers, labels, titles, an item's status, the closing
 * line), so that text without any blank lines keeps its structure.
 */
function standsApart(line: string, lastLine: string, current: string, nextLine: string, wrapWidth: number, previous: string | undefined): boolean {
  if ((BULLET.test(line) && !goesOnInline(line, current)) || CASE_NUMBER_LINE.test(line) || ITEM_LINE.test(line) || LABEL_LINE.test(line) || LIST_LABEL.test(line) || VOTE_LINE.test(line)) return true;
  if (TOC_ENTRY.test(line) || CLOSING_LINE.test(line) || TITLE_LINE.test(line) || STATUS_LINE.test(line) || /^v\.\s+[A-ZÆØÅ]/.test(line)) return true;
  // "- Mødested: Regionshuset Viborg, …" / "Alle medlemmer var mødt undtagen …" (Region Midtjylland, 2017): who came opens a
  // paragraph of its own; no fact wraps into it.
  if (ALL_CAME.test(line)) return true;
  if (TOC_ENTRY.test(lastLine) || CASE_NUMBER_LINE.test(lastLine) || /^(DAGSORDEN|REFERAT)\b/.test(lastLine)) return true;
  // A label's line ends its fact, unless the fact wraps: a full line that stops mid-sentence ("Deltagere: Alle var
  // mødt, undtagen … og Ulla" / "Dyhr, der havde meldt afbud.").
  if (LABEL_LINE.test(lastLine) && !(/^[^:]{3,30}:\s*\S/.test(lastLine) && fillsLine(lastLine, line, wrapWidth) && !/[.:;]$/.test(lastLine))) return true;
  const capital = /^[A-ZÆØÅ]/.test(line);
  // After a document's title ("Referat" / "af mødet i Regionsrådet …", "Referat - Regionsrådet" / "08-03-2021 16:00"),
  // unless the title wraps there.
  if ((capital || /^\d/.test(line)) && current.length <= 200 && TITLE_LINE.test(current) && !RUNS_ON.test(lastLine)) return true;
  // After the meeting's time ("… den 10. april 2017 kl. 16:30" / "Mødelokale 2 E").
  if (capital && /\bkl\.?\s*\d{1,2}[.:]\d{2}$/.test(lastLine)) return true;
  if (LEAD_IN.test(line) && ENDS_SENTENCE.test(lastLine)) return true;
  // "Det indstilles," / "Direktionen indstiller,": after a sentence, and after a title that has no full stop.
  if (RECOMMENDATION_LEAD.test(line) && !MID_PHRASE.test(lastLine) && !/[,;]$/.test(lastLine)) return true;
  // An item's title printed twice (Holbæk), or above its number ("Sundhedsprofil 2025" / "Sag nr. 43", Rødovre).
  if (ITEM_HEADER.test(lastLine) && lastLine.replace(ITEM_PREFIX, '') === line) return true;
  // …and the text under the repeated title starts a paragraph of its own, however long the title (FirstAgenda's
  // edagsorden pages; the header may still have the contents' last entry run into it).
  if (current === lastLine && previous !== undefined && headerOf(previous, lastLine) !== -1) return true;
  return capital && /^Sag\s+nr\.?\s*\d{1,4}[a-z]?$/i.test(nextLine);
}

// "børne- og ungeområdet", "sundheds- eller socialområdet", "social- samt sundhedsområdet".
const SHARED_PART_NEXT = /^(?:og|eller|samt|&|til|som|el\.|henholdsvis)\s/;

/** Characters on the longest line a page holds (A4 landscape, small type); longer lines were never wrapped. */
const MAX_PRINTED_LINE = 180;

/**
 * Whether a line was broken by the width, not by its writer: it fills `ratio` of the width, or the next
 * line's first word would not have fitted after it ("… og praksissektoren." / "Sundhedskoordinationsudvalget …").
 */
function fillsLine(line: string, next: string, wrapWidth: number, ratio = 0.8): boolean {
  if (line.length > MAX_PRINTED_LINE) return false;
  return line.length >= ratio * wrapWidth || line.length + 1 + (/^\S+/.exec(next)?.[0].length ?? 0) > wrapWidth;
}

/** The width lines wrap at: the 90th percentile of line lengths. */
function wrapWidthOf(lines: string[]): number {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  // Too few lines say nothing about a page width: then no line counts as wrapped.
  if (lengths.length < 20) return Number.POSITIVE_INFINITY;
  // Text copied from a web page holds each paragraph on one line, many longer than any printed line: nothing in it was
  // wrapped, and two lines that only look full are two paragraphs ("… deltog Bo Lund (A)" / "Carla Juhl (V) var …").
  if (lengths.filter((n) => n > MAX_PRINTED_LINE).length >= Math.max(3, lengths.length / 20)) return Number.POSITIVE_INFINITY;
  return lengths[Math.floor(lengths.length * 0.9)]!;
}

/**
 * Paragraphs from text. Lines in one block (no blank line between) are joined unless the
 * next is a heading, list entry or clause; across a blank line only when the text clearly
 * runs on (see continues).
 */
export function toParagraphs(text: string, extraHeadings: readonly string[] = []): string[] {
  const extra = new Set(extraHeadings.map((h) => h.toLowerCase()));
  // Each line is asked up to four times (as the next line, then as the last one).
  const known = new Map<string, boolean>();
  const heading = (line: string) => {
    let h = known.get(line);
    if (h === undefined) {
      h = isHeading(line) || (extra.size > 0 && extra.has(line.trim().replace(/:$/, '').toLowerCase()));
      known.set(line, h);
    }
    return h;
  };
  const lines = normalizeText(text).split('\n');
  // The document's words, for telling a word a printer hyphenated from one written with a hyphen (made when first asked).
  let wordSet: Set<string> | null = null;
  const words = () => (wordSet ??= new Set(lines.join(' ').toLowerCase().match(/\p{L}+/gu) ?? []));
  // Only double-spaced extractions (seed 003) wrap lines across blank lines; they mark real
  // paragraph breaks with lines of spaces. Elsewhere a blank line always ends a paragraph
  // unless the text plainly runs on in lower case.
  // (Where every blank line holds spaces — trailing spaces on every line — none marks anything.)
  const spaceLines = lines.filter((l) => l.length > 0 && l.trim() === '').length;
  // (Such an extraction ends its lines with the space the line broke at; a web page's spacer paragraphs, "<p>&nbsp;</p>"
  // in Region Midtjylland's printed pages, stand between lines that end in none: there a blank line ends a paragraph.)
  const textLines = lines.filter((l) => l.trim() !== '');
  const doubleSpaced = spaceLines >= 3 && lines.filter((l) => l.length === 0).length >= spaceLines &&
    textLines.filter((l) => /[ \t]$/.test(l)).length >= 0.5 * textLines.length;
  const wrapWidth = wrapWidthOf(lines);
  const acrossBlankWidth = doubleSpaced ? wrapWidth : Number.POSITIVE_INFINITY;
  const out: string[] = [];
  let current: string | null = null;
  let firstLine = '';
  let lastLine = '';
  let blankSince = false;
  // Under "Deltagere:" or "Afbud:" on a line of its own, each line is one person (until a blank line).
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) {
      blankSince = true;
      inList = false;
      continue;
    }
    if (current !== null) {
      // Lines of one block (no blank line between) are one paragraph unless the next line
      // starts something of its own; sentence ends inside a paragraph are normal.
      const joinInBlock = titleRunsOn(lastLine, line) ||
        !blankSince && !heading(lastLine) && !heading(line) && !(/^[Aa]t\s/.test(line) && startsClause(firstLine, current === lastLine, lastLine, wrapWidth)) &&
        !standsApart(line, lastLine, current, lines[i + 1]?.trim() ?? '', wrapWidth, out.at(-1)) &&
        // A new sentence continues the paragraph only after a line that fills the width (0.8 of it:
        // a line breaks where the next word does not fit); a shorter line followed by a capital is a
        // list entry or a line of its own. (An item's title set in a larger type wraps at fewer
        // characters: 0.6 of the body's width.) A line longer than any printed line was not wrapped
        // at all: it is a whole paragraph. A line that stops on a small word runs on, however short.
        (startsLower(line) || (!inList && fillsLine(lastLine, line, wrapWidth, current === lastLine && ITEM_HEADER.test(lastLine) ? 0.6 : 0.8)) || (!inList && MID_PHRASE.test(lastLine)));
      if (joinInBlock || (blankSince && continues(lastLine, line, acrossBlankWidth, heading))) {
        // A line broken after "/" or a word's hyphen ("ikke-" / "akut") is joined without a space, but
        // not a hyphen that stands for a word's shared part ("Social-" / "og Sundhedsudvalget").
        // (Tests look at the first and last lines, never the paragraph joined so far: a regular expression
        // over the growing paragraph copies it on every line, and a long one took minutes.)
        current = /(\/|[\p{L}\d)]-)$/u.test(lastLine) && !SHARED_PART_NEXT.test(line)
          ? current.slice(0, brokenWord(lastLine, line, words()) ? -1 : undefined) + line
          : `${current} ${line}`;
        lastLine = line;
        blankSince = false;
        continue;
      }
      out.push(current);
    }
    current = line;
    firstLine = line;
    lastLine = line;
    blankSince = false;
    if (LIST_LABEL.test(line)) inList = true;
    else if (heading(line)) inList = false;
  }
  if (current !== null) out.push(current);
  // (A tab inside a line is a space: "1.\tTitle" from a word processor's numbered list.)
  return out.map((p) => p.replace(/[ \t]{2,}|\t/g, ' '));
}
