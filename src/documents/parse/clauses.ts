// Recommendation (indstilling) and decision (beslutning) texts: lead-in plus "at"-clauses.
import { outcomeFromLead } from '../../agenda/clauses.ts';
import type { AttendanceChange, ParsedDecisionClause, ParsedRecommendation } from './types.ts';
import { pushAll } from '../../shared/collections.ts';
import { itemReference, sortedItemReferences } from '../../agenda/item-numbers.ts';
import { LIST_BULLET, NAME_OR_SURNAME, PARTY, PERSON_WORDS, TITLE_BEFORE_NAME } from './names.ts';

/** Removes the separator Danish lists put after each clause: ",", ", og", "; og", ".". */
export function stripSeparator(clause: string): string {
  // ("1. Udsatterådet godkender dagsordenen og" / "2. vælger en ordstyrer.": "og" without a comma too.)
  return clause.replace(/\s*(?:[,;]?\s+(?:og|samt|eller)|[,;.])\s*$/u, '').trim();
}

const NUMBERED = /^\(?(\d{1,2})[.)]\s+/;

interface Split {
  lead: string;
  clauses: string[];
  rest: string[];
}

/** Splits paragraphs into a lead-in, its clauses ("at …" or numbered) and any text after. */
export function splitClauses(paragraphs: string[], leadless = false): Split {
  if (paragraphs.length === 0) return { lead: '', clauses: [], rest: [] };
  // "ADMINISTRATIONENS INDSTILLING" / "1. at udkast til mødeplan 2010 godkendes": no lead-in at all.
  const noLead = leadless && /^(?:\(?\d{1,2}[.)]\s+)?at\s/i.test(paragraphs[0]!);
  let lead = noLead ? '' : paragraphs[0]!;
  const clauses: string[] = [];
  let i = noLead ? 0 : 1;
  // "Velfærdsdirektøren indstiller, at Norddjurs Kommune indgår …" — one clause on the lead line.
  const inline = /^(.*?\b(?:indstiller|indstilles|foreslår|godkendte|besluttede|vedtog|tiltrådte|anbefaler|anbefalede)(?: til [^,]+)?),?\s+(at\s.+)$/iu.exec(lead);
  // (Not when the "at" opens the lead-in of numbered clauses: "… indstiller, at udvalget over for
  // Borgerrepræsentationen anbefaler," / "1. at …" — Københavns Kommune.)
  // ("… indstiller til udvalget, at det over for byrådet anbefales," / "- At …": Svendborg's bulleted clauses.)
  const leadsOn = inline !== null && /[,:]$/.test(inline[2]!) && paragraphs[1] !== undefined && /^(?:\(?\d{1,2}[.)]\s+|(?:[•▪\-–]\s*)?at\s)/i.test(paragraphs[1]);
  if (inline && !/,\s*at:?$/.test(lead) && !leadsOn) {
    lead = `${inline[1]!.trim()},`;
    clauses.push(stripSeparator(inline[2]!));
  }
  // "Administrationen indstiller, at:" — the clauses that follow are numbered and start without "at".
  const atColon = /,?\s*at:?\s*$/i.test(lead) && !inline;
  for (; i < paragraphs.length; i++) {
    // Clauses from an HTML list come with a bullet: "• at planen godkendes"; Aarhus numbers them "At 1) …".
    const p = paragraphs[i]!.replace(/^[•▪\-–]\s*(?=at\s)/i, '').replace(/^at\s+\d{1,2}\)\s+/i, 'at ');
    if (/^at\s/i.test(p)) clauses.push(stripSeparator(p));
    else if (NUMBERED.test(p) && (atColon || noLead || clauses.length > 0 || i === 1)) clauses.push(stripSeparator(p.replace(NUMBERED, '')));
    // "Direktionen indstiller til udvalget at:" / "- Anlægstemaet fremsendes …" (Svendborg): bulleted as numbered.
    else if (atColon && LIST_BULLET.test(p) && p.replace(LIST_BULLET, '')) clauses.push(stripSeparator(p.replace(LIST_BULLET, '')));
    // "Formandskabet indstiller, at" / "Udsatterådet tager orienteringen til efterretning." (Faxe): the lead-in's "at" opens the one clause.
    else if (atColon && i === 1 && /^[\p{L}"«„]/u.test(p) && !/^(?:sagsfremstilling|beslutning|bilag)\b/i.test(p)) clauses.push(stripSeparator(`at ${p}`));
    else break;
  }
  return { lead, clauses, rest: paragraphs.slice(i) };
}

export function parseRecommendation(paragraphs: string[]): ParsedRecommendation | null {
  if (paragraphs.length === 0) return null;
  const { lead, clauses } = splitClauses(paragraphs, true);
  // Who recommends: everything before "indstiller" ("Direktionen indstiller,"; Kolding: "Borgmesteren
  // foreslår,") or, where a committee passes a case on, "anbefaler"; nobody for the impersonal "Det indstilles,".
  const m = /^(.+?)\s+(?:indstiller|foreslår|anbefaler)\b/i.exec(lead);
  const proposer = m && !/^det$/i.test(m[1]!.trim()) ? m[1]!.trim() : null;
  return { proposer, lead, clauses };
}

export function parseDecision(paragraphs: string[]): { lead: string | null; clauses: ParsedDecisionClause[] } {
  if (paragraphs.length === 0) return { lead: null, clauses: [] };
  const first = splitClauses(paragraphs);
  if (first.clauses.length === 0) return { lead: paragraphs[0]!, clauses: [] };
  const out: ParsedDecisionClause[] = first.clauses.map((text) => ({ text, outcome: outcomeFromLead(first.lead) }));
  // Minutes with mixed outcomes say each in its own group: "… godkendte, at …" then "… godkendte ikke, at …".
  let rest = first.rest;
  while (rest.length >= 2 && /^at\s/i.test(rest[1]!) && outcomeFromLead(rest[0]!) !== null) {
    const next = splitClauses(rest);
    pushAll(out, next.clauses.map((text) => ({ text, outcome: outcomeFromLead(next.lead) })));
    rest = next.rest;
  }
  return { lead: first.lead, clauses: out };
}

/** "Alle var mødt, undtagen Louise Høgh, Elvin Hansen og Stine Damborg." → the three names. */
export function parseAbsent(text: string): string[] | null {
  // Brønderslev: "Der er afbud fra Martin Bech, Bettina Bøcker Kjeldsen og Niels Vestergaard Salling."
  const afbud = /^der er afbud fra\s+(.+?)\.?$/imu.exec(text);
  if (afbud) return splitNames(afbud[1]!);
  // Region Nordjylland: "1. Afbud. Der var afbud fra Anna Holm og Lina H. Juhl. Bent Lund …" — the
  // sentence ends at a full stop that does not follow an initial (a capital after a space or a full stop).
  const within = /(?:^|[.:]\s+)Der (?:var|er) afbud fra\s+(.+?)(?<![\s.][A-ZÆØÅ])\.(?:\s|$)/u.exec(text);
  if (within) return splitNames(within[1]!);
  // "Medlemmerne var mødt, bortset fra …, der havde meldt afbud." (Region Midtjylland, 2007); "Alle mødt undtagen …";
  // "Alle var mødt, undtagen …, som havde meldt afbud." (Region Midtjylland's temporary committees).
  // (The list ends with its sentence: more may follow on the same line, "… afbud. Jonas Dahl forlod mødet …".
  // Not `\b[A-ZÆØÅ]` for the initial: `\b` holds after "æ", no word character to it, and with the `i` flag the
  // "r." of "Mads Kjær." was taken for an initial.)
  const m = /(?:alle(?: medlemmer)?|medlemmerne) (?:var )?mødt,?\s+(?:undtagen|bortset fra)\s+(.+?)(?:,?\s*(?:der|som) (?:havde|har) meldt afbud)?(?:(?<![\s.][A-ZÆØÅ])\.(?=\s|$)|$)/imu.exec(text);
  if (m) return splitNames(m[1]!);
  return /(?:alle(?: medlemmer)?|medlemmerne) (?:var )?(?:mødt|til stede)\.?$/im.test(text) ? [] : null;
}

/**
 * "Afbud fra Anna Holm og Bo Lund.", "Anna Holm og Bo Lund havde meldt afbud.", "Anna Holm var fraværende.",
 * "Anna Holm (A) deltog ikke i mødet.": a sentence of its own that only names the absent (two words a name at
 * least). Read where the document speaks of the meeting's attendance, not in any item's decision.
 */
export function parseAbsentSentence(text: string): string[] | null {
  const from = /^Afbud fra\s+(.+?)\.?$/mu.exec(text);
  if (from && NAME_LIST.test(from[1]!)) return splitNames(from[1]!);
  // (Each sentence that says so: "Anna Holm havde meldt forfald. I stedet mødt … Bo Lund havde meldt forfald.")
  const said = [...text.matchAll(SAID_ABSENT)].flatMap((m) => splitNames(m[1]!));
  return said.length ? said : null;
}

/** Names of two words or more, each perhaps with its party in brackets, listed with commas and "og". */
const ONE_NAME = `${PERSON_WORDS}${PARTY}`;
const NAMES = `${ONE_NAME}(?:(?:,\\s*|\\s+og\\s+)${ONE_NAME})*`;
const NAME_LIST = new RegExp(`^${NAMES}$`, 'u');
// ("… havde meldt forfald. I stedet mødt …" (Frederiksberg): the sentence may have others after it.)
const SAID_ABSENT = new RegExp(`(?:^|(?<=[a-zæøå)]\\.\\s))(${NAMES})\\s+(?:havde meldt (?:afbud|forfald)|har meldt (?:afbud|forfald)|meldte (?:afbud|forfald)|havde forfald|var fraværende|deltog ikke i mødet)(?:\\.(?=\\s)|\\.?$)`, 'gmu');

export function splitNames(list: string): string[] {
  return list
    .split(/\s*,\s*|\s+og\s+/u)
    // "Jørgen Winther (V)": the party is not part of the name.
    .map((s) => s.replace(/\s*\([^)]{1,12}\)$/u, '').trim())
    .filter(Boolean);
}

// "Jørgen Winther forlod mødet kl. 11.20 under behandlingen af punkt 15.", "Eva Krogh (A) ankom under
// behandlingen af punkt 3." — the wording the secretariat's minutes use too ("Borgmester Pia Holm forlod mødet kl. 17.40 under
// behandling af pkt. 5.", Københavns Kommune: without the title). "… af lukket punkt 2"
// counts on the closed agenda and "efter behandlingen af …" names no item the model can hold: skipped.
/** "6", "1.a", "10a": one item's number (src/agenda/item-numbers.ts). */
const ITEM_NUMBER = '\\d{1,4}(?:\\.?[a-zæøåA-ZÆØÅ])?';
const MOVEMENT = new RegExp(`(?:^|[.:;]\\s+)(${NAME_OR_SURNAME})${PARTY}\\s+(forlod mødet|ankom)(?:\\s+kl\\.?\\s*\\d{1,2}[.:]\\d{2})?\\s+under\\s+behandling(?:en)?\\s+af\\s+(?:punkt\\s+|pkt\\.\\s*)(${ITEM_NUMBER})(?![\\p{L}\\d])`, 'gu');

/** "6, 8 og 9", "2 – 11", "1-2, 20 og 31-34", "1.a og 3": a list of item numbers as minutes write it (read by itemNumberList). */
export const ITEM_NUMBERS = `${ITEM_NUMBER}(?:\\s*(?:,|og|–|-)\\s*${ITEM_NUMBER})*(?![\\p{L}\\d])`;
// "punkt", "punkterne", "dagsordenpunkt", "pkt.": the word before them.
// ("sag nr. 118": Næstved numbers its items as cases; not a case number — "sag 12/3456" — which has more after its digits.)
const ITEM_WORD = '(?:(?:dagsordens?)?punkt(?:erne|et)?|pkt\\.|sag(?:erne)?\\s+nr\\.(?=\\s*\\d{1,4}(?![\\d/.-]*\\d)))';

// "Lars Holm (B)- deltog ikke i behandlingen af punkt: 6, 8, 9" (Region Sjælland's participants), "Tommy Holm (B) deltog
// ikke under behandlingen af dagsordenpunkt 2" (Københavns Kommune), "Thies Holm deltog
// ikke i punkterne 2 – 11", "Bo Lund erklærede sig inhabil og forlod mødet under punkt 29" (Region Midtjylland),
// "Ole Dam var fraværende under punkt 2-4", "… var ikke til stede ved behandlingen af punkt 5".
const NOT_FOR = new RegExp(`(?:^|[.:;]\\s+|•\\s*)(${NAME_OR_SURNAME})${PARTY}(?:,\\s*(?:formand|næstformand))?\\s*(?:[-–]\\s*)?(?:deltog ikke (?:i|under) (?:behandlingen af )?|(?:var fraværende|var ikke til stede) (?:i|under|ved) (?:behandlingen af )?|erklærede sig inhabil(?:e)?(?: og forlod (?:mødet|[\\p{L}]*mødet))? under (?:behandlingen af )?)${ITEM_WORD}\\s*:?\\s*(${ITEM_NUMBERS})`, 'giu');

// "Trine Holm (A) var forsinket pga. arbejde, og deltog derfor først fra kl. 15.45 og ikke under behandling af dagsordenpunkt
// 1, 2 og 3." (Københavns Kommune): late, so not there for those items.
const LATE_FOR = new RegExp(`(?:^|[.:;]\\s+)(${NAME_OR_SURNAME})${PARTY}\\s+var\\s+forsinket\\b.{0,200}?\\bikke\\s+(?:under|i|ved)\\s+(?:behandling(?:en)?\\s+af\\s+)?${ITEM_WORD}\\s*(${ITEM_NUMBERS})`, 'gu');

/** "6, 8 og 9" → 6, 8, 9; "2 – 11" → 2 to 11; "1.a og 3" → 1.a, 3. */
export function itemNumberList(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(/\s*(?:,|\bog\b)\s*/i)) {
    const range = /^(\d{1,4})\s*[–-]\s*(\d{1,4})$/.exec(part.trim());
    if (range && +range[2]! >= +range[1]! && +range[2]! - +range[1]! <= 200) for (let n = +range[1]!; n <= +range[2]!; n++) out.push(String(n));
    else {
      const one = itemReference(part);
      if (one) out.push(one);
    }
  }
  return sortedItemReferences(out);
}

/** One attendance change; several for the same person are combined by mergeChanges. */
export const change = (name: string, c: Partial<Omit<AttendanceChange, 'name'>>): AttendanceChange =>
  ({ name, arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: [], ...c });

/** Who came late, left early or was not there for some items, from the sentences that say so. */
export function parseAttendanceChanges(paragraphs: string[]): AttendanceChange[] {
  const found: AttendanceChange[] = [];
  for (const p of paragraphs) {
    // (The patterns are costly to try at every capital letter of a long text: only where their words are.)
    if (p.includes('forlod mødet') || p.includes('ankom')) for (const m of p.matchAll(MOVEMENT)) {
      found.push(change(m[1]!.trim().replace(TITLE_BEFORE_NAME, ''), m[2] === 'ankom' ? { arrivedDuringItem: itemReference(m[3]!) } : { leftDuringItem: itemReference(m[3]!) }));
    }
    if (p.includes('deltog ikke') || p.includes('inhabil') || p.includes('fraværende') || p.includes('til stede')) for (const m of p.matchAll(NOT_FOR)) {
      found.push(change(m[1]!.trim(), { absentDuringItems: itemNumberList(m[2]!) }));
    }
    if (p.includes('forsinket')) for (const m of p.matchAll(LATE_FOR)) found.push(change(m[1]!.trim(), { absentDuringItems: itemNumberList(m[2]!) }));
  }
  return mergeChanges(found, []);
}

/**
 * One change per person (the same person may be named by several sentences; the first arrival or
 * departure counts), without the items of anyone away from the whole meeting (they were away from
 * each item too), and none that says nothing.
 */
export function mergeChanges(changes: AttendanceChange[], away: string[]): AttendanceChange[] {
  const absent = new Set(away);
  const byName = new Map<string, AttendanceChange>();
  for (const c of changes) {
    const seen = byName.get(c.name);
    if (!seen) byName.set(c.name, { ...c, absentDuringItems: [...c.absentDuringItems] });
    else {
      seen.arrivedDuringItem ??= c.arrivedDuringItem;
      seen.leftDuringItem ??= c.leftDuringItem;
      seen.absentDuringItems = sortedItemReferences([...seen.absentDuringItems, ...c.absentDuringItems]);
    }
  }
  return [...byName.values()]
    .map((c) => (absent.has(c.name) ? { ...c, absentDuringItems: [] } : c))
    .filter((c) => c.arrivedDuringItem !== null || c.leftDuringItem !== null || c.absentDuringItems.length > 0);
}
