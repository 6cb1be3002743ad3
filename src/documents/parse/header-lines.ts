// The forms of the lines a header's facts come in: titles, dates and times, labels, places. Read by header.ts.
import { headingKind } from './headings.ts';
import { findDanishDate } from './dates.ts';

export const WEEKDAY_DATE = /^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+(?:den\s+|d\.\s*)?\d.{4,60}$/i;
// "Socialudvalget", "Udsatterådet", and the regions' "Udvalg for lighed i sundhed".
// ("Faglig strategisk gruppe Viborg-klyngen", "Klyngestyregruppen", "Ankenævnet": the health clusters' and other bodies.)
export const BODY_NAME = /^(?:[A-ZÆØÅ][\p{L}\-, ]*(?:udvalg|udvalget|rådet|råd|bestyrelsen|bestyrelse|repræsentationen|forum|gruppe|gruppen|klynge|klyngen|nævn|nævnet|kommission|kommissionen)|Udvalg(?:et)? (?:for|om|vedrørende) [\p{L}\-, ]+)$/u;
export const WEEKDAY = '(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)';
const DATE_WORDS = '\\d{1,2}(?:\\.?\\s+|-)[a-zæøå]+\\.?(?:\\s+|-)\\d{4}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}';
// After a date: ", kl. 14:00 i Regionsrådssalen" — the time and the place, each optional.
// (The time may be a span, "kl. 19.00-23.55": its end is read by findTimeSpan.)
const TIME_PLACE = '(?:,?\\s+(?:kl\\.?|klokken)\\s*(\\d{1,2}(?:[.:]\\d{2})?)(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?)?(?:,?\\s+(?:i|på)\\s+(.+?))?';
// (The date may stand on the next line instead: "Referat af møde i Klima- og Planudvalget", Køge.) ("Referat af 2. rådsmøde i
// Medicinrådet": the meeting's number and its kind of meeting before the body.)
export const MEETING_TITLE = new RegExp(
  `^(Dagsorden|Referat)\\s+(?:til|af|fra|for)\\s+(?:det\\s+)?(?:\\d{1,3}\\.\\s+)?(?:ekstraordinære\\s+|ordinære\\s+)?[a-zæøå]*møde(?:t)?\\s+i\\s+(.+?)(?:\\s+(?:${WEEKDAY}\\s+)?(?:den\\s+|d\\.\\s*)?(${DATE_WORDS})${TIME_PLACE})?\\.?$`,
  'i',
);
// ("Referat fra Ældrerådsmøde Tirsdag den 28. februar 2017 Kl. 10.00 i lokale M3": the place after the time.)
export const KIND_BODY_DATE = new RegExp(`^(DAGSORDEN|REFERAT)(?:\\s*[:\\-–]|\\s+(?:fra|af|til)(?:\\s+(?:det\\s+)?møde(?:t)?\\s+i)?)?\\s+(.+?)\\s+(?:${WEEKDAY}\\s+)?(?:(?:d\\.|den)\\s*)?(${DATE_WORDS})(?:,?\\s+(?:kl\\.?|klokken)\\s*(\\d{1,2}(?:[.:]\\d{2})?)(?:\\s+(?:i|på)\\s+(.{3,120}))?)?\\.?$`, 'i');
// "Den 09.01.2020 kl. 13:00 i Tapperiet, Sdr. Badevej 1, 4600 Køge": date, time and place.
export const DEN_DATE_LINE = new RegExp(`^(?:den|d\\.)\\s*(${DATE_WORDS})${TIME_PLACE}\\.?$`, 'i');
// The date and time alone on a line, without a weekday (those are read below, with WEEKDAY_DATE): "12. marts 2026 kl. 16.00".
export const DATE_TIME_LINE = new RegExp(`^(?:den\\s+)?(${DATE_WORDS}),?\\s+(?:kl\\.?|klokken)\\s*(\\d{1,2}(?:[.:]\\d{2})?)\\.?$`, 'i');
export const BODY_WEEKDAY_DATE = new RegExp(`^([A-ZÆØÅ].{2,80}?)\\s+(${WEEKDAY}\\s+(?:den\\s+|d\\.\\s*)?\\d.{4,40})$`, 'i');
export const LABEL = /^(mødedato|mødested|mødelokale(?=\s*:)|dato|sted|lokale|tidspunkt|tid(?=\s*:))\b/i;

/** The line under a date line names the place unless it is a label, a heading, a sentence or a list of people. */
export const isPlace = (line: string | undefined): line is string =>
  line !== undefined && line.length <= 100 && !LABEL.test(line) && !headingKind(line) && !/[.:]$/.test(line) &&
  !/^(deltagere|medlemmer|fraværende|afbud|indholdsfortegnelse|til\s?stede|tilstedeværende|fremmødte|mødedeltagere|referent|ordstyrer|gæst)/i.test(line);

// The meeting's facts side by side on one line, as a front page's two columns come out of a PDF:
// "Mødedato: 27.08.2025 Tidspunkt: 09:00 Sted: Konferencelokalet". The compound labels are split
// off with or without a colon, the short ones only with it.
export const FACT_LINE = /^(?:Mødedato|Dato|Mødested|Mødelokale|Sted|Lokale|Lokation|Mødetidspunkt|Mødetid|Tidspunkt)\b/;
const NEXT_FACT = /\s+(?=(?:Mødested|Mødelokale|Mødetidspunkt)\b|(?:Mødedato|Dato|Sted|Lokale|Lokation|Mødetid|Tidspunkt|Starttidspunkt|Sluttidspunkt):\s)/;

// "• Mødedato: 28. februar, 2025 kl. 09:30" (the meeting's facts as a bulleted list: Region Midtjylland's web pages).
export const BULLETED_FACT = /^[•▪\-–]\s+(?=(?:Udvalg|Organ|Mødedato|Dato|Mødested|Mødelokale|Sted|Lokale|Lokation|Mødetidspunkt|Mødetid|Tidspunkt|Starttidspunkt|Sluttidspunkt)\s*:)/;

// "MødestedMødelokale 1, Rådhuset", "UdvalgStevns Udsatteråd": a label run into its value (a web page's list of facts copied
// as text), read as "Mødested: …".
const GLUED_LABEL = /^(Mødedato|Mødested|Mødelokale|Udvalg|Lokation)(?=[A-ZÆØÅ0-9])/;

export function splitFactLines(head: string[]): string[] {
  return head.map((p) => p.replace(GLUED_LABEL, '$1: ')).flatMap((p) => (FACT_LINE.test(p) && NEXT_FACT.test(p) ? p.split(NEXT_FACT) : [p]));
}

// The kind alone on its line: "Referat", "Dagsorden", or "Referat fra udsatterådsmøde", "Referat af det ordinære møde".
export const KIND_LINE = /^(?:(?:åben|lukket)\s+)?(?:dagsorden|referat|protokol|beslutningsprotokol)(?:\s+(?:af|fra|til|for)\s+(?:det\s+)?(?:\d{1,3}\.\s+)?(?:ordinære\s+|ekstraordinære\s+)?[a-zæøå]*møde(?:t)?)?$/i;
// "Referat af Udsatterådets møde den 12. marts 2025 kl. 16.00-18.00": the body in the genitive, then the date.
export const GENITIVE_TITLE = /^(Dagsorden|Referat)\s+(?:af|fra|til|for)\s+(?:det\s+)?([A-ZÆØÅ][\p{L}\- ]{2,80}?)s\s+(?:\d{1,3}\.\s+)?(?:ordinære\s+|ekstraordinære\s+)?møde(?:\s+(?:den|d\.)\s*(.+))?$/u;
export const HELD_ON = /^(?:Mødet\s+(?:blev\s+)?)?(?:afholdt|afholdes)\s+(?=(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den|d\.)\s)/i;
export const TIMED_PLACE = /^\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}\s*[-–]\s*\S/;

/**
 * Where another meeting's document begins inside this one (a year's minutes saved as one file): its title line
 * in capitals ("REFERAT Udvalget d. 15-10-2025"), or its "Mødedato …" with the place's label under it, naming
 * a day other than this meeting's. Its date, or null. (A title in ordinary case is too often an attachment's
 * name: "Referat fra mødet den 26. juni 2025".)
 */
export function anotherMeetingDate(paragraphs: string[], date: string): string | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const title = /^(?:DAGSORDEN|REFERAT)\b/.test(p) ? KIND_BODY_DATE.exec(p) : null;
    const dated = /^Mødedato\b/.test(p) && /^(?:Mødested|Mødelokale|Sted)\b/.test(paragraphs[i + 1] ?? '') ? p : null;
    const found = title ? findDanishDate(title[3]!) : dated ? findDanishDate(dated) : null;
    if (found && found !== date) return found;
  }
  return null;
}

/** The body's name as the header writes it, without what is not the name: the kind of meeting, the election period, … */
export function bodyName(org: string): string {
  // "Konstituerende møde i Kommunalbestyrelsen" (Rødovre), "Ekstraordinært møde i …": the kind of meeting is not the body's name.
  org = org.replace(/^(?:[A-ZÆØÅ][a-zæøå]+\s+)?[A-ZÆØÅ]?[a-zæøå]*[mM]øde\s+i\s+(?=[A-ZÆØÅ])/u, '');
  // "Kommunalbestyrelsen_2018-21", "Regionsrådet 2018-2021", "Sundhedsudvalget (2022-2025)": the election period is not
  // the body's name.
  org = org.replace(/(?:_|\s+|\s*(?=\())\(?\d{4}\s*[-–]\s*(?:\d{4}|\d{2})\)?$/, '') || org;
  // "Sundhedsudvalget (Indeholder åbne dagsordenspunkter)" (Fredericia): which version of the document, not the body.
  org = org.replace(/\s*\(indeholder\s[^)]{1,60}\)$/i, '');
  // "Referat fra Ældrerådsmøde …": the meeting names the body ("Ældrerådsmøde" is the Ældreråd's, "Udvalgsmøde" an udvalg's).
  org = org.replace(/^(\p{Lu}\p{Ll}*(?:råd|udvalg))smøde$/u, '$1et').replace(/^(\p{Lu}\p{Ll}*bestyrelse)smøde$/u, '$1n');
  // "til mødet i regionsrådet": named mid-sentence, the body's name still starts with a capital (as its own page writes it).
  if (/^\p{Ll}/u.test(org)) org = org.charAt(0).toUpperCase() + org.slice(1);
  return org;
}
