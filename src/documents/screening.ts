// Personal data that must not be published: CPR numbers (DDMMYY-XXXX with a real date; no
// modulus-11 check, as numbers issued since 2007 need not pass it), and citizens' e-mail
// addresses and phone numbers. Found ones are masked in public output and listed for the secretary.
export type FindingKind = 'cpr' | 'email' | 'phone';

export interface Finding {
  kind: FindingKind;
  /** The match with its middle hidden, safe to show in a list. */
  preview: string;
  index: number;
  /** The match's length in the text, so masking replaces exactly what was found. */
  length: number;
}

// Word processors keep a CPR number or phone number on one line with a non-breaking hyphen or
// space, and typesetting turns hyphens into dashes: every such character counts as the plain one.
const DASH = '[-\u2010\u2011\u2012\u2013\u2212]';
const SPACE = '[ \u00A0\u2007\u202F]';
const CPR = new RegExp(`(?<![\\d\u2010-\u2013\u2212-])(\\d{2})(\\d{2})(\\d{2})(?:${SPACE}?${DASH}${SPACE}?|${SPACE})?(\\d{4})(?![\\d\u2010-\u2013\u2212-])`, 'g');
// An address at the start of a run of address characters that holds one "@" (see emailMatches).
const EMAIL_AT_START = /^[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/iu;
// Danish numbers: 8 digits, optionally +45/0045, written together or in pairs/fours.
// Not part of a longer number or amount ("12.345.678", "12345678,5"), nor of a word or a file's name ("Referat_20230615.pdf").
const PHONE = new RegExp(`(?<!\\d|\\d[.,-]|[\\p{L}_])(?:(?:\\+|00)45${SPACE}?)?(?:\\d{2}${SPACE}\\d{2}${SPACE}\\d{2}${SPACE}\\d{2}|\\d{4}${SPACE}\\d{4}|\\d{8})(?!\\d|[.,-]\\d|[\\p{L}_])`, 'gu');

function validDate(dd: number, mm: number, yy: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  // The century is in the serial digits; a day that exists in either century will do.
  const days = new Date(Date.UTC(2000 + yy, mm, 0)).getUTCDate();
  const daysOld = new Date(Date.UTC(1900 + yy, mm, 0)).getUTCDate();
  return dd <= Math.max(days, daysOld);
}

const hide = (s: string) => (s.length <= 4 ? '•'.repeat(s.length) : `${s.slice(0, 2)}${'•'.repeat(s.length - 4)}${s.slice(-2)}`);

/** Domains whose addresses are public contact points (the bodies' own), not citizens'. */
export interface ScreeningOptions {
  publicDomains?: string[];
}

// A number its label calls a registration, account or file number, or an amount, is nobody's personal
// data, however much it looks like a phone or CPR number: a company's CVR or P-number is public (the CVR
// register), and grant decisions name the associations they fund by them.
const NUMBER_LABEL = new RegExp(
  String.raw`(?<!\p{L})(?:(?:CVR|SE|P|EAN|GLN)[\s.-]*(?:nr|nummer)\.?|CVR|EAN|GLN|j\.?\s?nr\.?|journal(?:[\s.-]*nr\.?|nummer)` +
    String.raw`|sags?(?:[\s.-]*nr\.?|nummer)|dok(?:ument)?(?:[\s.-]*nr\.?|nummer)|konto(?:[\s.-]*nr\.?|nummer)` +
    String.raw`|reg(?:istrerings)?(?:[\s.-]*nr\.?|nummer)|faktura(?:[\s.-]*nr\.?|nummer)|ordre(?:[\s.-]*nr\.?|nummer)|matr(?:ikel)?[\s.-]*nr\.?` +
    // An amount: "kr. 12345678".
    String.raw`|kr\.?|DKK|EUR)` +
    String.raw`\s*[:.]?\s*\(?$`,
  'iu',
);
// An amount written after its number: "12345678 kr.", "12345678 DKK".
const AMOUNT_AFTER = /^\s*(?:kr\b|kroner\b|DKK\b|EUR\b|mio\b|mia\b)/i;
const labelledNumber = (text: string, index: number, length: number) =>
  NUMBER_LABEL.test(text.slice(Math.max(0, index - 30), index)) || AMOUNT_AFTER.test(text.slice(index + length, index + length + 10));
// 70, 80 and 90 numbers are for businesses, freephone and paid lines (helplines among them), never a citizen's own.
const serviceNumber = (match: string) => /^[789]0/.test(match.replace(/\D+/g, '').slice(-8));

const LOCAL_CHAR = /^[\p{L}\d._%+-]$/u;
const DOMAIN_CHAR = /^[\p{L}\d.-]$/u;

/**
 * E-mail addresses, each looked for in the run of address characters around an "@": the pattern
 * tried from every letter of a long text is slow to fail (milliseconds for one agenda).
 */
function* emailMatches(text: string): Generator<{ match: string; index: number }> {
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from) {
      // A letter outside the Basic Multilingual Plane is two code units.
      const pair = start - 2 >= from && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text.slice(start - 2, start));
      if (!LOCAL_CHAR.test(text.slice(pair ? start - 2 : start - 1, start))) break;
      start -= pair ? 2 : 1;
    }
    let end = at + 1;
    for (let c = text.codePointAt(end); c !== undefined && DOMAIN_CHAR.test(String.fromCodePoint(c)); c = text.codePointAt(end)) end += c > 0xffff ? 2 : 1;
    const m = text.slice(start, end).match(EMAIL_AT_START);
    if (m) {
      yield { match: m[0], index: start };
      from = start + m[0].length;
    }
  }
}

export function findSensitive(text: string, options: ScreeningOptions = {}): Finding[] {
  const out: Finding[] = [];
  const found = (kind: FindingKind, match: string, index: number) => out.push({ kind, preview: hide(match), index, length: match.length });
  for (const m of text.matchAll(CPR)) {
    if (validDate(Number(m[1]), Number(m[2]), Number(m[3])) && !labelledNumber(text, m.index!, m[0].length)) found('cpr', m[0], m.index!);
  }
  const domains = (options.publicDomains ?? []).map((d) => d.toLowerCase());
  for (const { match, index } of emailMatches(text)) {
    const domain = match.split('@')[1]!.toLowerCase();
    if (!domains.some((d) => domain === d || domain.endsWith(`.${d}`))) found('email', match, index);
  }
  for (const m of text.matchAll(PHONE)) {
    // A CPR number without its dash is ten digits, never eight: no overlap to resolve.
    if (!serviceNumber(m[0]) && !labelledNumber(text, m.index!, m[0].length)) found('phone', m[0], m.index!);
  }
  // Digits inside an e-mail address are part of the address: one finding for one place in the text.
  const kept: Finding[] = [];
  for (const f of out.sort((a, b) => a.index - b.index || b.length - a.length)) {
    const last = kept.at(-1);
    if (!last || f.index >= last.index + last.length) kept.push(f);
  }
  return kept;
}

const label: Record<FindingKind, string> = { cpr: '[CPR-nummer skjult]', email: '[e-mailadresse skjult]', phone: '[telefonnummer skjult]' };

/** The text with every finding of findSensitive replaced by its label, so what is listed and what is masked never differ. */
export function maskSensitive(text: string, options: ScreeningOptions = {}): string {
  const findings = findSensitive(text, options);
  if (findings.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.index) + label[f.kind];
    at = f.index + f.length;
  }
  return out + text.slice(at);
}

interface MaskableSection {
  heading: string;
  text: string;
  lead: string | null;
  clauses: { text: string; amendedText: string | null }[];
}

/** A masked copy of an item's content for public output. */
export function maskContent<S extends MaskableSection>(content: { sections: S[]; attachments: string[] }, options: ScreeningOptions) {
  const m = (s: string) => maskSensitive(s, options);
  return {
    sections: content.sections.map((s) => ({
      ...s,
      heading: m(s.heading),
      text: m(s.text),
      lead: s.lead === null ? null : m(s.lead),
      clauses: s.clauses.map((c) => ({ ...c, text: m(c.text), amendedText: c.amendedText === null ? null : m(c.amendedText) })),
    })),
    attachments: content.attachments.map(m),
  };
}

/** Where in a parsed document personal data was found, for the secretary (item null: the minutes' notes on the meeting). */
export function screenParsed(
  parsed: { items: { number: string; title: string; sections: { heading: string; text: string }[]; attachments: string[] }[]; notes?: string[] },
  options: ScreeningOptions,
) {
  const out: { item: string | null; where: string; kind: FindingKind; preview: string }[] = [];
  for (const item of parsed.items) {
    const places: [string, string][] = [['titel', item.title], ...item.sections.map((s) => [s.heading || 'tekst', s.text] as [string, string]), ...item.attachments.map((a) => ['bilag', a] as [string, string])];
    for (const [where, text] of places) for (const f of findSensitive(text, options)) out.push({ item: item.number, where, kind: f.kind, preview: f.preview });
  }
  for (const note of parsed.notes ?? []) for (const f of findSensitive(note, options)) out.push({ item: null, where: 'bemærkninger til mødet', kind: f.kind, preview: f.preview });
  return out;
}
