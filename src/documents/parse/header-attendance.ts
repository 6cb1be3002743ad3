// Who the header of an agenda or minutes says was away, in each layout's form: an "Afbud" list, "Deltagere" marked
// "- afbud", members marked "Deltog"/"Afbud", names after "Fraværende:" (some with the items they missed).
import { ITEM_NUMBERS, itemNumberList, parseAttendanceChanges, splitNames } from './clauses.ts';
import { isParticipantEntry, PARTY, participantsFrom, PERSON, PERSON_WORDS } from './names.ts';
import { pushAll } from '../../shared/collections.ts';

/** "Carla Juhl (A)", "Karim Said, (Ø)": the party in brackets is not part of the name. */
const withoutParty = (line: string) => line.replace(/,?\s*\([^)]{1,12}\)$/, '');

/** Region Syddanmark's "Afbud" list: the bullets after it are the absent members ("Pierre Topaz, A"). */
function absentFromList(head: string[]): string[] | null {
  const at = head.findIndex((p) => /^(?:•\s*)?Afbud:?$/i.test(p));
  if (at === -1) return null;
  // Or one person a line with role and workplace: "Afbud:" / "Direktør Per Krogh, Silkeborg Kommune" / "PLO-m Rasmus Friis".
  const line = head[at + 1];
  if (line !== undefined && isParticipantEntry(line)) return participantsFrom(head, at + 1);
  // Or one name a line: "Afbud:" / "Anna Holm" / "Bo Lund".
  const oneALine: string[] = [];
  for (const entry of head.slice(at + 1)) {
    const name = withoutParty(entry);
    if (!PERSON.test(name)) break;
    oneALine.push(name);
  }
  if (oneALine.length >= 2) return oneALine;
  // Or the names on one line: "Afbud:" / "Bo Libergren, Poul Weber." (An initial's full stop is no sentence's: "Anne V. Kristensen".)
  const initialsAside = line?.replace(/(?<=(?:^|\s)[A-ZÆØÅ])\.(?=\s)/g, '');
  if (line !== undefined && !line.startsWith('•') && /^[A-ZÆØÅ][^.:;]*\.?$/.test(initialsAside!) && line.length < 400) return splitNames(line.replace(/\.$/, ''));
  const names: string[] = [];
  for (const p of head.slice(at + 1)) {
    // ("• Villy Holm, F - Tine Lund stedfortræder": the member; substitutes.ts reads who stood in.)
    // ("• Martin Vibe, SAND": a council's member and the organisation they sit for.)
    const withOrganisation = /^•\s*([^,:]+?),\s*[^,]{2,80}$/.exec(p);
    const m = /^•\s*([^,]+?)(?:,\s*[A-ZÆØÅ]{1,2})?(?:\s*[-–]\s*[^-–]{3,80}?\s+(?:stedfortræder|suppleant))?$/.exec(p) ??
      (withOrganisation && PERSON.test(withOrganisation[1]!.trim()) ? withOrganisation : null);
    if (!m || /^luk alle|^fold/i.test(m[1]!)) break;
    // "Thies Mathiasen deltog ikke i punkterne 2 – 11": there for the other items, so not absent (the note is read
    // as an attendance change); a note naming no item leaves the name before it absent.
    if (parseAttendanceChanges([p]).length > 0) continue;
    names.push(m[1]!.replace(/\s+(?:deltog ikke|forlod mødet|ankom)\b.*$/i, '').trim());
  }
  return names;
}

/** "Deltagere:" with "Bent Lund (C), Næstformand- afbud": the members marked afbud are absent. */
function absentFromParticipants(head: string[]): string[] | null {
  const at = head.findIndex((p) => /^Deltagere:?$/i.test(p));
  if (at === -1) return null;
  const names = head.slice(at + 1).flatMap((p) => {
    const m = /^([^,(]+?)\s*(?:\([^)]*\))?(?:,[^,]*?)?\s*[-–]\s*afbud\.?$/i.exec(p);
    return m ? [m[1]!.trim()] : [];
  });
  return names.length ? names : null;
}

/**
 * "Fraværende:" (or "Ikke til stede:", "Afbud fra:") followed by the names, one per line with party
 * and role lines between them ("Carla Juhl" / "(A)"), or on one line ("Fraværende: Carla Juhl og Eva Krogh").
 */
const ABSENT_LABEL = /^(?:Fraværende(?: med afbud)?|Ikke til stede|Afbud(?: fra)?)(?::\s*|$)/i;
// "Britt Jensen (A), sag 129-138" under "Fraværende" (Rødovre), "Line Holm (C) ved sag 1-17" (Region Hovedstaden's
// council): away for those items.
// ("Mai-Britt Holm pkt. 1-3": Hjørring.)
const AWAY_FOR_ITEMS = new RegExp(`^(${PERSON_WORDS})${PARTY}(?:,\\s*|\\s+ved\\s+|\\s+(?=pkt\\.))(?:sag|sager|pkt\\.|punkt|punkterne)\\s*(${ITEM_NUMBERS})$`, 'u');

// "Afbud      Bent Lund og Carla Juhl": a front page's table of facts, the label in one column, the names in the next.
const ABSENT_COLUMN = /^(?:Fraværende|Afbud)\s+(?!fra\b)(\S.*)$/;

// "Medlemmer Birgit Holm (A) Carsten Berg (u.p.) …" (Næstved until 2013): a front page's table with the members run
// together on its lines, each known by the party after the name.
const MEMBER_WITH_PARTY = new RegExp(`(${PERSON_WORDS})\\s*\\((?:[A-ZÆØÅ]{1,3}|u\\.\\s?p\\.)\\)`, 'gu');

function frontPageMembers(head: string[]): string[][] {
  const at = head.findIndex((p) => /^Medlemmer\s+\S/.test(p));
  if (at === -1) return [];
  const out: string[][] = [];
  for (let k = at; k < head.length && !ABSENT_COLUMN.test(head[k]!) && !ABSENT_LABEL.test(head[k]!); k++) {
    for (const m of head[k]!.replace(/^Medlemmer\s+/, '').matchAll(MEMBER_WITH_PARTY)) {
      // (A cell beside it may run into the name — "… 4700 Næstved Per Asmussen (A)": its last words may be the name.)
      const words = m[1]!.split(/\s+/);
      for (let from = 0; from <= words.length - 2; from++) out.push(words.slice(from));
    }
  }
  return out;
}

/** "Carsten Berg Kirsten Holm" cut into the members it names, longest name first; null if a word is no member's. */
function membersRunTogether(line: string, members: string[][]): string[] | null {
  const words = line.replace(/\s*\((?:[A-ZÆØÅ]{1,3}|u\.\s?p\.)\)/g, '').replace(/\.$/, '').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const fits = members.filter((m) => m.every((w, k) => words[i + k] === w)).sort((a, b) => b.length - a.length)[0];
    if (!fits) return null;
    out.push(fits.join(' '));
    i += fits.length;
  }
  return out.length ? out : null;
}

/**
 * "Fraværende      Bent Lund og Carla Juhl", or the names run together as the front page's table puts them, perhaps
 * over more than one line ("Fraværende Kurt Holm" / "Lis Skov Lene Lund"; known from the members' list above them).
 */
function absentInColumn(lines: string[]): string[] | null {
  // (The label may be run on after the members' last line: "Troels Lund (V) Fraværende Carsten Berg", lines joined.)
  const head = lines.flatMap((p) => p.split(/(?<=\))\s+(?=Fraværende\s)/));
  const at = head.findIndex((p) => ABSENT_COLUMN.test(p));
  if (at === -1) return null;
  // ("Fraværende Afbud fra Mogens Brag": Frederikshavn, 2011.)
  const value = ABSENT_COLUMN.exec(head[at]!)![1]!.replace(/\.$/, '').replace(/^Afbud fra\s+/i, '');
  if (/^ingen$/i.test(value)) return [];
  const members = frontPageMembers(head);
  const names = splitNames(value);
  const plain = names.length > 0 && names.every((n) => PERSON.test(n)) ? names : null;
  if (!members.length) return plain;
  // ("Fraværende Vivi Holm – Tom Lund er indkaldt som stedfortræder. Bo Lund": the substitute's sentence names who was
  // away; the names after it are the table's next line.)
  const sentences = value.split(/(?<=[a-zæøå]\.)\s+(?=[A-ZÆØÅ])/u);
  const out = sentences.length > 1 ? sentences.flatMap((t) => membersRunTogether(t, members) ?? [])
    : [...(membersRunTogether(value, members) ?? (names.length > 1 ? plain : null) ?? [])];
  for (let k = at + 1; k < head.length; k++) {
    const more = membersRunTogether(head[k]!, members);
    if (!more) break;
    pushAll(out, more);
  }
  return out.length ? out : plain;
}

function absentAfterLabel(head: string[]): string[] | null {
  const at = head.findIndex((p) => ABSENT_LABEL.test(p));
  if (at === -1) return absentInColumn(head);
  const inline = head[at]!.replace(ABSENT_LABEL, '');
  // "Fraværende: Ingen."
  if (/^(?:ingen|-)\.?$/i.test(inline)) return [];
  // "Fraværende: Lars Rytter ved afbud" / "Niels F. Dahlmann ved afbud" (Tønder): one a line, each marked so.
  const WITH_NOTICE = /\s+(?:ved|med)\s+afbud\.?$/i;
  if (inline && WITH_NOTICE.test(inline)) {
    const lines = [inline];
    for (let k = at + 1; k < head.length && WITH_NOTICE.test(head[k]!) && head[k]!.length <= 80; k++) lines.push(head[k]!);
    return lines.map((l) => l.replace(WITH_NOTICE, '').trim());
  }
  if (inline) return splitNames(inline.replace(/\.$/, ''));
  const names: string[] = [];
  for (const line of head.slice(at + 1)) {
    const p = withoutParty(line);
    if (!p || /^(?:\d\.\s*)?(?:formand|næstformand|løsgænger)$/i.test(p) || AWAY_FOR_ITEMS.test(line)) continue;
    if (!PERSON.test(p)) break;
    names.push(p);
  }
  return names.length ? names : null;
}

// "MEDLEMMER" / "Kim Holm Deltog Fraværende ved sag 19-20" / "Jens Lund Afbud" (Region Hovedstaden's PDFs): each
// member marked as there or not, and the items a member who was there missed.
const MEMBER_MARKED = new RegExp(`^(${PERSON_WORDS})${PARTY}\\s+(Deltog(?: ikke)?|Afbud|Fraværende)(?:\\s+Fraværende ved (?:sag|sager|punkt|punkterne)\\s+(${ITEM_NUMBERS}))?$`, 'u');

function markedMembers(head: string[]): { name: string; there: boolean; away: string[] }[] | null {
  const at = head.findIndex((p) => /^Medlemmer:?$/i.test(p));
  if (at === -1) return null;
  const out: { name: string; there: boolean; away: string[] }[] = [];
  for (const line of head.slice(at + 1)) {
    const m = MEMBER_MARKED.exec(line);
    if (!m) break;
    out.push({ name: m[1]!.trim(), there: m[2] === 'Deltog', away: m[3] ? itemNumberList(m[3]) : [] });
  }
  return out.length ? out : null;
}

/** Who the header's list of the absent names with item numbers ("Britt Jensen (A), sag 129-138"). */
export function awayForItemsInHeader(head: string[]): { name: string; items: string[] }[] {
  const marked = (markedMembers(head) ?? []).filter((m) => m.there && m.away.length).map((m) => ({ name: m.name, items: m.away }));
  const at = head.findIndex((p) => ABSENT_LABEL.test(p));
  if (at === -1) return marked;
  return [...marked, ...head.slice(at + 1).flatMap((line) => {
    const m = AWAY_FOR_ITEMS.exec(line);
    return m ? [{ name: m[1]!.trim(), items: itemNumberList(m[2]!) }] : [];
  })];
}

/** The absent members as the header lists them, in whichever of the layouts' forms it uses. */
export function absentInHeader(head: string[]): string[] | null {
  const marked = markedMembers(head);
  const listed = absentFromList(head);
  // "Afbud:" over its names and "Fraværende:" over others (side by side on Region Hovedstaden's front page): both away.
  const away = listed ? head.findIndex((p) => /^Fraværende:?$/i.test(p)) : -1;
  if (listed && away >= 0) return [...new Set([...listed, ...(absentAfterLabel(head.slice(away)) ?? [])])];
  return listed ?? absentFromParticipants(head) ?? (marked && marked.filter((m) => !m.there).map((m) => m.name)) ?? absentAfterLabel(head);
}
