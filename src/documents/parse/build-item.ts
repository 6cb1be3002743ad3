// One item of a document from its header and the paragraphs under it: its sections in order, the recommendation and
// its clauses, the decision, attachments, and what the decisions say of the meeting (attendance, closing time), kept
// in MeetingFacts for parse-text.ts to put together.
import { BODY_DATE_PKT, headingKind, sentenceCase, INLINE_HEADING, INLINE_RECOMMENDATION, INLINE_SECTION, RECOMMENDATION_LEAD } from './headings.ts';
import { participantsFrom, PERSON } from './names.ts';
import { findDanishDate, findTime } from './dates.ts';
import { change, parseAbsent, parseAbsentSentence, parseDecision, parseRecommendation, splitClauses, splitNames } from './clauses.ts';
import { caseNumberOf, splitClosed } from './items.ts';
import { absentFromThisItem, readAttendanceBlocks } from './attendance.ts';
import type { AttendanceChange, ParsedItem, ParsedSection, Substitution } from './types.ts';
import { pushAll } from '../../shared/collections.ts';
import { itemKey, itemReference } from '../../agenda/item-numbers.ts';

// "Mødet blev hævet kl. 11.30", "Mødet sluttede 11.30", "Mødet afsluttedes kl. 11.30", "Mødet slut kl. 11.30".
// ("Mødet afsluttet: kl. 16:15": Hjørring's front page.)
export const ADJOURNED = /^Mødet\s+(?:blev\s+)?(?:hævet|sluttede|afsluttet|afsluttedes|slut):?\s+((?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})|kl\.?\s*\d{1,2})\.?$/i;
// "Forretningsudvalgets beslutning den 8. november 2022:", "Beslutning Byrådet den 24-06-2025" (Kolding,
// Aabenraa), "Beslutning i Voksen- og plejeudvalget den 22-11-2023", "Beslutning Byrådet, 20.09.2016" (Næstved) — which
// body decided, and when.
const BODY_DECISION = /^(?:(.+?)s beslutning (?:i mødet )?(?:den|d\.)\s+|Beslutning (?:i )?(.+?)(?:,?\s+(?:den|d\.)\s+|,\s*|\s+(?=\d)))(\d.{4,40}?):?$/i;
/** The body and the date a decision's heading names (also "Udvalget, 03-03-2016, pkt. 16"), or null. */
export function decidedBy(heading: string): Decider | null {
  const m = BODY_DECISION.exec(heading);
  if (m) return { body: (m[1] ?? m[2])!.trim(), date: findDanishDate(m[3]!) };
  const p = heading.includes(', pkt') ? BODY_DATE_PKT.exec(heading) : null;
  return p ? { body: p[1]!.trim(), date: findDanishDate(p[2]!) } : null;
}
/** A paragraph without the closing time that is its last sentence (or all of it), and that time. */
export function closingSentence(p: string): { rest: string; closedAt: string | null } {
  const whole = ADJOURNED.exec(p);
  if (whole) return { rest: '', closedAt: findTime(whole[1]!) };
  const at = p.lastIndexOf('Mødet ');
  const last = at > 0 && /[.!?]\s+$/.test(p.slice(0, at)) ? ADJOURNED.exec(p.slice(at)) : null;
  return last ? { rest: p.slice(0, at).trimEnd(), closedAt: findTime(last[1]!) } : { rest: p, closedAt: null };
}
export interface Decider {
  body: string;
  date: string | null;
}

// The item that records who came: "Mødedeltagelse", "Fremmøde", "Afbud", "Deltagere og afbud".
// ("Mødets deltagere", "Fravær og stedfortrædere": Hedensted.)
const ATTENDANCE_ITEM = /^(?:mødets\s+)?(?:mødedeltagelse|fremmøde|afbud|deltagelse|tilstedeværelse|deltagere|fravær|fraværende)\b/i;
// "Fraværende: Bo Lindholm" at the head of each decision (municipal case systems; Stevns: "Deltog ikke: …"):
// who was away for that item.
const ITEM_ABSENT = /^(?:Fraværende|Deltog ikke):\s*(.*?)\.?$/i;
const AWAY_LABEL = /^(?:Fraværende|Deltog ikke):/i;
/** "Ida Krog og Per Vang var fraværende." as a paragraph of its own. */
const awaySentence = (p: string) => p.length <= 200 && /(?:var fraværende|deltog ikke i mødet|meldt (?:afbud|forfald))\.?$/.test(p) && !/[.!?]\s/.test(p) && parseAbsentSentence(p) !== null;
/** "Fraværende:" with nothing after it on its line. */
const bareAwayLabel = (p: string | undefined) => p !== undefined && AWAY_LABEL.test(p) && p.endsWith(':');

/**
 * "Fraværende:" with its names (or "Ingen") as the next paragraph, at the end or head of a decision
 * (Faxe's web minutes), as one paragraph like "Fraværende: Ingen". (An empty "Fraværende:" over the decision
 * itself — "Godkendt med den ændring, at …", Slagelse — is no list of names: nobody was away.)
 */
function joinAwayLabel(paragraphs: string[]): string[] {
  const value = (p: string | undefined) => p !== undefined && p.length <= 200 && !AWAY_LABEL.test(p) &&
    (/^(?:ingen|-)\.?$/i.test(p) || splitNames(p.replace(/\.$/, '')).every((n) => PERSON.test(n)));
  const n = paragraphs.length;
  if (n >= 2 && bareAwayLabel(paragraphs[n - 2]) && value(paragraphs[n - 1])) return [...paragraphs.slice(0, n - 2), `${paragraphs[n - 2]} ${paragraphs[n - 1]}`];
  if (n >= 2 && bareAwayLabel(paragraphs[0]) && value(paragraphs[1])) return [`${paragraphs[0]} ${paragraphs[1]}`, ...paragraphs.slice(2)];
  return paragraphs;
}

function toSections(paragraphs: string[]): { heading: string; kind: ParsedSection['kind']; paragraphs: string[] }[] {
  const out: { heading: string; kind: ParsedSection['kind']; paragraphs: string[]; inline?: true }[] = [];
  for (const p of paragraphs) {
    let kind = headingKind(p);
    // "Referat" in a list of attachments is an attachment's name, not the item's minutes.
    if (kind && /^referat$/i.test(p.trim()) && out.at(-1)?.kind === 'attachments') kind = null;
    // "Referat: Godkendt." is the item's minutes; "Referat: fra mødet …" goes on with a sentence, and
    // "Referat: Styregruppens møde" among the attachments is one of them.
    const minutesLabel = /^referat\s*:\s*(\S)/i.exec(p);
    const notInline = kind || (minutesLabel && (out.at(-1)?.kind === 'attachments' || /\p{Ll}/u.test(minutesLabel[1]!)));
    const inlineSection = notInline ? null : INLINE_SECTION.exec(p);
    if (inlineSection) {
      out.push({ heading: sentenceCase(inlineSection[1]!), kind: headingKind(inlineSection[1]!)!, paragraphs: [inlineSection[2]!] });
    } else if (kind) {
      // "Sagsforløb: BY", "Kompetence: Økonomiudvalget" carry their value on the heading line.
      const inline = INLINE_HEADING.exec(p);
      out.push({ heading: sentenceCase(inline ? inline[1]! : p.replace(/:$/, '').trim()), kind, paragraphs: inline ? [inline[2]!] : [], ...(inline ? { inline: true as const } : {}) });
    } else if (out.length === 0) {
      out.push({ heading: '', kind: 'other', paragraphs: [p] });
    } else if (out.at(-1)!.inline && out.length >= 2 && !out.at(-2)!.inline && out.at(-2)!.paragraphs.length === 0) {
      // "Resume" / "Kompetenceudvalg: Byrådet" / the summary (Næstved): the text is the empty heading's above the value's line.
      out.at(-2)!.paragraphs.push(p);
    } else {
      out[out.length - 1]!.paragraphs.push(p);
    }
  }
  return out;
}

export interface MeetingFacts {
  absent: string[] | null;
  closedAt: string | null;
  /**
   * "Forretningsudvalgets beslutning den 8. november 2022": who made this meeting's own decisions,
   * when the document names the body and date in each (the meeting's body; null when none names
   * it). Other bodies' decisions quoted so are earlier steps of the case.
   */
  ownDecision?: Decider | null;
  /** Each decision's own "Fraværende:" list, with its item (see ITEM_ABSENT). */
  itemAbsent: { item: string | null; names: string[] }[];
  /** What decisions say of the meeting's attendance and span (see attendance.ts). */
  absentWithoutNotice: string[] | null;
  changes: AttendanceChange[];
  /** Substitutes a layout's own lists name ("Anna Holm, Peter Lund deltog" under "Fraværende med afbud:"). */
  substitutes?: Substitution[];
  start: string | null;
}

export const newFacts = (): MeetingFacts => ({ absent: null, closedAt: null, itemAbsent: [], absentWithoutNotice: null, changes: [], start: null });

/** "Forretningsudvalget" and "Forretningsudvalg", "Regionsrådet" and "Regionsråd": one body. */
export const sameBody = (a: string, b: string) => {
  const stem = (x: string) => x.trim().toLowerCase().replace(/\s+/g, ' ').replace(/(?:et|en)$/, '');
  return stem(a) === stem(b);
};


const DECIDED = /^(?:Godkendt|Drøftet|Taget til (?:efterretning|orientering)|Tiltrådt|Anbefalet|Anbefales|Vedtaget|Udsat|Afvist|Forkastet|Orienteringen (?:blev )?taget til efterretning|Indstillingen (?:blev )?(?:godkendt|tiltrådt))\b/;

export function buildItem(number: string, rawTitle: string, body: string[], facts: MeetingFacts): ParsedItem {
  const { title, public: isPublic } = splitClosed(rawTitle);
  // Attendance is kept by the item's number ("6", "1.a"); an item numbered otherwise has none it can be kept under.
  const itemNo = itemReference(number) === null ? null : number;
  let caseNumber: string | null = null;
  const rest = [...body];
  const cn = caseNumberOf(rest[0]);
  if (cn !== null) {
    caseNumber = cn;
    rest.shift();
  }
  const item: ParsedItem = {
    number, title, caseNumber, public: isPublic, sections: [], recommendation: null,
    decision: null, decisionLead: null, decisionClauses: [], attachments: [],
  };
  // (Joined once at the end: an item with many decision sections would copy the text again for each.)
  const decided: string[] = [];
  const sections = toSections(rest);
  // What the item is about: its title, or where the document gives none, its summary's first words ("Mødets deltagere og fraværende noteres her.").
  const topic = title || (sections.find((s) => s.kind === 'summary')?.paragraphs[0] ?? '');
  // "1. Godkendelse af dagsorden" / "Godkendt." with no heading over it (Region Hovedstaden's published minutes, a
  // council's own): what was decided, the item's decision.
  const only = sections.length === 1 ? sections[0]! : null;
  if (only && only.heading === '' && DECIDED.test(only.paragraphs[0] ?? '')) Object.assign(only, { heading: 'Beslutning', kind: 'decision' });
  for (const s of sections) {
    const by = s.kind === 'decision' && facts.ownDecision !== undefined ? decidedBy(s.heading) : null;
    const own = facts.ownDecision;
    if (by && !(own && sameBody(by.body, own.body) && by.date === own.date)) s.kind = 'other';
    // "POLITISK BEHANDLING" / "Godkendt." (Region Hovedstaden's published minutes): the treatment the item got is its
    // decision. (In an agenda the same heading says where the case goes next: "Sagen forelægges …".)
    if (s.kind === 'consultation_path' && /^politisk behandling$/i.test(s.heading) && DECIDED.test(s.paragraphs[0] ?? '')) s.kind = 'decision';
    // "JOURNALNUMMER" / "22012345" at the end of an item: its case number.
    if (/^journalnummer$/i.test(s.heading) && s.paragraphs.length === 1 && /^[\dA-Z][\dA-Z\-/.]{3,30}$/.test(s.paragraphs[0]!)) {
      caseNumber ??= s.paragraphs[0]!;
      item.caseNumber = caseNumber;
      continue;
    }
    // The closing time belongs to the meeting, not to the item it happens to follow (also when it ends the item's
    // last paragraph: "Intet. Mødet blev hævet kl. 16.10.").
    let paragraphs = s.paragraphs.flatMap((p) => {
      const { rest, closedAt } = closingSentence(p);
      if (closedAt) facts.closedAt = closedAt;
      return rest ? [rest] : [];
    });
    // (Text with no heading that was only the closing line is nothing of the item's.)
    if (!s.heading && paragraphs.length === 0) continue;
    if (s.kind === 'decision') {
      // "Dagsordenspunkt 1: Godkendelse af dagsorden" over the decision repeats the item's title.
      paragraphs = paragraphs.filter((p) => !/^Dagsordenspunkt\s+\d{1,4}[a-z]?\s*:/i.test(p));
      // Attendance and the meeting's times written into a decision are the meeting's.
      const blocks = readAttendanceBlocks(paragraphs);
      paragraphs = blocks.rest;
      // (Some minutes repeat the lists in every decision: each name once.)
      if (blocks.absent) facts.absent = [...new Set([...(facts.absent ?? []), ...blocks.absent])];
      if (blocks.absentWithoutNotice) facts.absentWithoutNotice = [...new Set([...(facts.absentWithoutNotice ?? []), ...blocks.absentWithoutNotice])];
      pushAll(facts.changes, blocks.changes);
      if (blocks.substitutes.length) facts.substitutes = [...(facts.substitutes ?? []), ...blocks.substitutes];
      if (blocks.span) {
        facts.start ??= blocks.span.start;
        facts.closedAt ??= blocks.span.end;
      }
      // A decision heading followed only by another ("Beslutning" / "Økonomiudvalgets beslutning i mødet den …") is no section of its own.
      if (paragraphs.length === 0 && s.paragraphs.length > 0) continue;
    }
    if (s.kind === 'recommendation') {
      item.recommendation ??= parseRecommendation(paragraphs);
      // "ADMINISTRATIONENS INDSTILLING": the heading names who recommends.
      const by = /^(.+?)s indstilling$/i.exec(s.heading);
      if (item.recommendation && !item.recommendation.proposer && by) item.recommendation.proposer = by[1]!.charAt(0).toUpperCase() + by[1]!.slice(1).toLowerCase();
    }
    else if (!item.recommendation && s.kind !== 'decision') {
      // "Direktionen indstiller," inside the summary, with no heading of its own.
      const lead = paragraphs.findIndex((p) => RECOMMENDATION_LEAD.test(p));
      if (lead !== -1) {
        item.recommendation = parseRecommendation(paragraphs.slice(lead));
        // "Martin Jakobsen og Ib Bjerregaard var forhindrede i at deltage i sagens behandling." after the clauses
        // (Region Midtjylland's minutes put it there): not there for this item.
        if (itemNo !== null) for (const p of splitClauses(paragraphs.slice(lead), true).rest) pushAll(facts.changes, absentFromThisItem(p).map((n) => change(n, { absentDuringItems: [itemNo] })));
      }
      // "Formandskabet indstiller, at dagsorden godkendes." as a paragraph of its own (Faxe).
      const whole = lead === -1 ? paragraphs.find((p) => p.length <= 400 && INLINE_RECOMMENDATION.test(p)) : undefined;
      if (whole) item.recommendation = parseRecommendation([whole]);
    }
    if (s.kind === 'decision') {
      // (An empty "Fraværende:" says nobody was away: nothing of what was decided, nor of the section's text.)
      paragraphs = joinAwayLabel(paragraphs).filter((p) => !bareAwayLabel(p));
      for (const p of paragraphs) if (p) decided.push(p);
      // The absence line heads the decision (or ends it, Roskilde); what was decided is the rest.
      const awayAt = [0, paragraphs.length - 1].find((k) => paragraphs[k] !== undefined && ITEM_ABSENT.test(paragraphs[k]!));
      if (awayAt !== undefined) {
        // "Fraværende: Evan Lynd (V) - Maria Kjær (V) mødte som stedfortræder.": the substitute was there (substitutes.ts).
        const names = ITEM_ABSENT.exec(paragraphs[awayAt]!)![1]!.replace(/\s*[-–]\s*[^-–]*\b(?:mødte|deltog) som stedfortræder\.?$/, '');
        facts.itemAbsent.push({ item: itemNo, names: names && !/^ingen$/i.test(names) ? splitNames(names) : [] });
      }
      // ("Ida Krog og Per Vang var fraværende." over "Godkendt.", Næstved: who was away, not what was decided.)
      const saidAway = awayAt === undefined ? [0, paragraphs.length - 1].find((k) => paragraphs.length > 1 && awaySentence(paragraphs[k]!)) : undefined;
      const d = parseDecision(paragraphs.filter((_, k) => k !== (awayAt ?? saidAway)));
      item.decisionLead ??= d.lead;
      pushAll(item.decisionClauses, d.clauses);
      for (const p of paragraphs) {
        const absent = parseAbsent(p) ?? (ATTENDANCE_ITEM.test(topic) ? parseAbsentSentence(p) : null);
        // (One sentence a line: "Anna Holm (A) var fraværende. Som stedfortræder deltog …" / "Eva Krog (A) var fraværende.")
        if (absent) facts.absent = [...new Set([...(facts.absent ?? []), ...absent])];
        // "Hans Holm deltog ikke i mødet." under a case's decision (Horsens writes it under every item): away for that
        // item — said under every item, away from the meeting (absentThroughout).
        else if (itemNo !== null && /deltog ikke i mødet|var fraværende|meldt (?:afbud|forfald)/.test(p)) pushAll(facts.changes, (parseAbsentSentence(p) ?? []).map((n) => change(n, { absentDuringItems: [itemNo] })));
      }
    }
    // "… deltog ikke i sagens behandling", "… erklærede sig inhabil": not there for this item. (Only in this
    // meeting's decision: another body's decision quoted in the item tells of that body's meeting.)
    if (itemNo !== null && s.kind === 'decision') for (const p of paragraphs) pushAll(facts.changes, absentFromThisItem(p).map((n) => change(n, { absentDuringItems: [itemNo] })));
    if (s.kind !== 'decision' && facts.absent === null) {
      for (const p of paragraphs) if (/^der er afbud fra/i.test(p)) facts.absent = parseAbsent(p);
      // "Afbud:" and one person a line, in the first item's text (Region Midtjylland's joint committees).
      const at = paragraphs.findIndex((p) => /^Afbud(?: fra)?:?$/i.test(p));
      const away = at === -1 ? [] : participantsFrom(paragraphs, at + 1);
      if (away.length) facts.absent = away;
    }
    // A list of attachments may be bulleted or numbered ("1. Plan for indsatsen 2023", "Bilag 2: Budgetoversigt").
    if (s.kind === 'attachments') pushAll(item.attachments, paragraphs.map((p) => p.replace(/^(?:[•▪\-–]|\d{1,2}[.)]|Bilag\s+\d{1,2}\s*[:.\-–])\s*/i, '').trim()).filter(Boolean));
    // (An attachment list's bullets are the page's, not the titles': "• Plan" is the attachment "Plan" in the text too.)
    const text = s.kind === 'attachments' ? paragraphs.map((p) => p.replace(/^[•▪◦]\s*/, '')).join('\n\n') : paragraphs.join('\n\n');
    item.sections.push({ heading: s.heading, kind: s.kind, text });
  }
  item.decision = decided.join('\n\n') || null;
  return item;
}

/**
 * Where each decision names who was away ("Fraværende: …"), those away from every item were away
 * from the meeting; the others were not there for those items (attendanceChanges).
 */
export function absentThroughout(facts: MeetingFacts, items: ParsedItem[]): void {
  const decided = items.filter((i) => i.decision !== null).length;
  if (facts.absent === null && decided > 0 && facts.itemAbsent.length === decided) {
    const [first, ...others] = facts.itemAbsent;
    facts.absent = first!.names.filter((n) => others.every((o) => o.names.includes(n)));
  }
  // The others were away from those items only.
  for (const { item, names } of facts.itemAbsent) if (item !== null) pushAll(facts.changes, names.map((n) => change(n, { absentDuringItems: [item] })));
  // "… deltog ikke i behandlingen af dette punkt" in every item of a meeting (Faxe): away from the meeting.
  // (An item with no decision — "Underskriftsark" — says nothing of who was there.)
  const decidedItems = items.filter((i) => i.decision !== null);
  const numbers = (decidedItems.length * 2 >= items.length ? decidedItems : items).map((i) => i.number).filter((n) => itemReference(n) !== null);
  if (numbers.length < 2) return;
  const away = new Map<string, Set<string>>();
  for (const c of facts.changes) for (const n of c.absentDuringItems) away.set(c.name, (away.get(c.name) ?? new Set()).add(itemKey(n)));
  const throughout = [...away].filter(([name, seen]) => numbers.every((n) => seen.has(itemKey(n))) && !facts.absent?.includes(name)).map(([name]) => name);
  if (throughout.length) facts.absent = [...(facts.absent ?? []), ...throughout];
}
