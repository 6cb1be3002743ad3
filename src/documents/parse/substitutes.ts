// Who stood in for whom, and who was away without notice, from the sentences minutes write about it —
// wherever in the document they stand (the attendance item's decision, "Fremmøde", the header) — and
// the meeting's attendance put together from everything the parser found.
import { mergeChanges, parseAttendanceChanges, splitNames } from './clauses.ts';
import { asPrinted, itemsOf } from '../../agenda/item-numbers.ts';
import type { AttendanceChange, ParsedMeeting, Substitution } from './types.ts';
import { NAME, PARTY, PERSON } from './names.ts';

const WHO = `(${NAME})${PARTY}`;
const NAMES = `${NAME}${PARTY}(?:(?:,\\s*|\\s+og\\s+)${NAME}${PARTY})*`;
// Where a name may begin: a sentence, a reported one (", at …"), or the second of two ("… og …").
const START = '(?:^|[.:;]\\s+|,\\s+(?:og\\s+)?at\\s+|\\bat\\s+|\\s+og\\s+)';

// "Per Ravn deltog som stedfortræder for Elvin Hansen." (what Lighed writes), "Per Ravn (A) mødte som stedfortræder for …"
const STOOD_IN = new RegExp(`${START}${WHO}\\s+(?:deltog|mødte)(?:\\s+i\\s+mødet)?\\s+som\\s+stedfortræder\\s+for\\s+${WHO}`, 'gu');
// "Som stedfortræder for Anders Kühnau deltog Claus Kjeldsen." (Region Midtjylland's council), "I stedet for Bo Lund
// mødte Ida Holm.", "Som suppleant for …": the member first, the substitute last.
const FOR_FIRST = new RegExp(`(?:^|[.:;]\\s+)(?:[Ss]om\\s+(?:stedfortræder|suppleant)|I\\s+stedet)\\s+for\\s+${WHO}\\s+(?:deltog|mødte)\\s+${WHO}(?=[.,;]|$)`, 'gu');
// "Claus Kjeldsen deltog i stedet for Anders Kühnau."
const INSTEAD_OF = new RegExp(`${START}${WHO}\\s+(?:deltog|mødte)(?:\\s+i\\s+mødet)?\\s+i\\s+stedet\\s+for\\s+${WHO}`, 'gu');
// "Malene Holm deltog som stedfortræder, idet Karsten Skov havde forfald." (Frederiksberg)
const SINCE_AWAY = new RegExp(`${START}${WHO}\\s+(?:deltog|mødte)\\s+som\\s+(?:stedfortræder|suppleant),?\\s+idet\\s+${WHO}\\s+havde\\s+(?:meldt\\s+)?(?:forfald|afbud)`, 'gu');
// "Katrine Lund og Laura Lind havde meldt forfald. I stedet mødt Anja Ravn og Lars Berg." (Frederiksberg): in order.
const IN_THEIR_PLACE = new RegExp(`${START}(${NAMES})\\s+havde\\s+meldt\\s+(?:forfald|afbud)\\.\\s+I\\s+stedet\\s+(?:mødte?|deltog)\\s+(${NAMES})(?=[.,;]|$)`, 'gu');
// "Jacob Holm (A) var fraværende. Som stedfortræder deltog Helle Lund (A)" (Hedensted), "… Som suppleant indkaldt …"
// (Svendborg): the second for the first.
const AWAY_THEN = new RegExp(`${START}${WHO}\\s+var\\s+fraværende\\.\\s+[Ss]om\\s+(?:stedfortræder|suppleant)\\s+(?:deltog|mødte|indkaldtes|var\\s+indkaldt|indkaldt)\\s+${WHO}(?=[.,;]|$)`, 'gu');
// "Oluf Lykke Nielsen var substitueret ved Kristian Kruse" (Kolding): the second stood in for the first.
const SUBSTITUTED = new RegExp(`${START}${WHO}\\s+var\\s+substitueret\\s+(?:ved|af)\\s+${WHO}`, 'gu');
// "Mikkel Holm havde meldt afbud, og Peter Lund deltog i stedet." (Københavns Kommune), "… meldt afbud og at
// Peter Lund deltog som stedfortræder."
const INSTEAD = new RegExp(`${START}${WHO}\\s+havde\\s+meldt\\s+afbud,?\\s+og\\s+(?:at\\s+)?${WHO}\\s+deltog\\s+(?:i\\s+stedet|som\\s+stedfortræder)\\b`, 'gu');
// "Jonas Krogh (A), Suppleant for Pia Holt (C)" in a list of members (Rødovre).
const LISTED = new RegExp(`^${WHO},?\\s+(?:[Ss]uppleant|[Ss]tedfortræder)\\s+for\\s+${WHO}\\.?$`, 'u');
// "• Marianne Krag, F (midlertidigt for Vibeke B. Lund)" in a list of participants (Region Syddanmark): in the place of.
const IN_PLACE = new RegExp(`^(?:•\\s*)?(${NAME})(?:,\\s*[A-ZÆØÅ]{1,2}|${PARTY})\\s*\\((?:[Mm]idlertidigt|[Ss]tedfortræder|[Ss]uppleant)\\s+for\\s+(${NAME})\\)\\.?$`, 'u');
// "• Villy Holm, F - Tine Lund stedfortræder" under "Afbud" (Region Syddanmark, 2019): the second for the first.
const DASH_STANDIN = new RegExp(`^(?:•\\s*)?(${NAME})(?:,\\s*[A-ZÆØÅ]{1,2}|${PARTY})\\s*[-–]\\s*(${NAME})(?:,\\s*[A-ZÆØÅ]{1,2}|${PARTY})\\s+(?:stedfortræder|suppleant)\\.?$`, 'u');
// "Fraværende: Evan Lynd (V) - Maria Kjær (V) mødte som stedfortræder." (Roskilde): for the one named before.
// ("Fraværende Vivi Holm – Tom Lund er indkaldt som stedfortræder." — Næstved's front page, a sentence may follow.)
const NAMED_AWAY = new RegExp(`^Fraværende:?\\s*${WHO}\\s*[-–]\\s*${WHO}\\s+(?:mødte|deltog|(?:er|var|blev)\\s+indkaldt)\\s+som\\s+stedfortræder(?:\\.?$|\\.\\s)`, 'u');
// "Åse Holm var fraværende uden afbud.", "Åse Holm og Bo Lund var fraværende uden afbud."
const NO_NOTICE = new RegExp(`(?:^|[.:;]\\s+)(${NAMES})\\s+var\\s+fraværende\\s+uden\\s+afbud\\b`, 'gu');

// "Alle medlemmer var mødt undtagen A og B, der havde meldt afbud." / "I stedet deltog stedfortræder C. Der mødte ikke
// stedfortræder for A." (Region Midtjylland's council, 2017): C stood in for B, the one not said to have had none.
const CAME_INSTEAD = new RegExp(`(?:^|[.:;]\\s+)I\\s+stedet\\s+(?:deltog|mødte)\\s+(?:stedfortræder(?:ne|e)?\\s+)?(${NAMES})(?=[.,;]|$)`, 'gu');
const NONE_FOR = new RegExp(`(?:^|[.:;]\\s+)Der\\s+mødte\\s+ikke\\s+(?:nogen\\s+)?stedfortræder\\s+for\\s+(${NAMES})`, 'gu');

/** Substitutes named without whom they stood in for, paired in order with the absent members left without one. */
function unpairedSubstitutes(paragraphs: string[], absent: string[], known: Substitution[]): Substitution[] {
  const came: string[] = [];
  const none: string[] = [];
  for (const p of paragraphs) {
    if (!p.includes('I stedet')) continue;
    for (const m of p.matchAll(CAME_INSTEAD)) came.push(...splitNames(m[1]!));
    for (const m of p.matchAll(NONE_FOR)) none.push(...splitNames(m[1]!));
  }
  // (Frederiksberg's "… havde meldt forfald. I stedet mødt …" names both: IN_THEIR_PLACE paired them already.)
  const fresh = came.filter((n) => !known.some((s) => s.name === n));
  const without = absent.filter((a) => !none.includes(a) && !known.some((s) => s.substituteFor === a));
  return fresh.length > 0 && fresh.length === without.length ? fresh.map((name, k) => ({ name, substituteFor: without[k]! })) : [];
}

/** The substitutes the paragraphs name, each once. */
export function readSubstitutes(paragraphs: string[]): Substitution[] {
  const out = new Map<string, Substitution>();
  const add = (name: string, substituteFor: string) => {
    if (!out.has(name) && name !== substituteFor) out.set(name, { name, substituteFor });
  };
  for (const p of paragraphs) {
    // (Only where the words are: the patterns are costly to try at every capital letter.)
    const standIn = p.includes('stedfortræder');
    if (standIn) {
      for (const m of p.matchAll(STOOD_IN)) add(m[1]!.trim(), m[2]!.trim());

      const away = NAMED_AWAY.exec(p);
      if (away) add(away[2]!.trim(), away[1]!.trim());
      const dash = DASH_STANDIN.exec(p);
      if (dash) add(dash[2]!.trim(), dash[1]!.trim());
    }
    if (p.includes(' for ') && (standIn || p.includes('uppleant') || p.includes('stedet'))) {
      for (const m of p.matchAll(FOR_FIRST)) add(m[2]!.trim(), m[1]!.trim());
      for (const m of p.matchAll(INSTEAD_OF)) add(m[1]!.trim(), m[2]!.trim());
    }
    const line = standIn || p.includes('uppleant') ? LISTED.exec(p) : null;
    if (line) add(line[1]!.trim(), line[2]!.trim());
    const place = p.includes(' for ') && p.endsWith(')') ? IN_PLACE.exec(p) : null;
    if (place) add(place[1]!.trim(), place[2]!.trim());
    if (p.includes('var fraværende') && (standIn || p.includes('uppleant'))) for (const m of p.matchAll(AWAY_THEN)) add(m[2]!.trim(), m[1]!.trim());
    if (p.includes('substitueret')) for (const m of p.matchAll(SUBSTITUTED)) add(m[2]!.trim(), m[1]!.trim());
    if (p.includes('meldt afbud')) for (const m of p.matchAll(INSTEAD)) add(m[2]!.trim(), m[1]!.trim());
    if (p.includes(' idet ')) for (const m of p.matchAll(SINCE_AWAY)) add(m[1]!.trim(), m[2]!.trim());
    if (p.includes('I stedet')) for (const m of p.matchAll(IN_THEIR_PLACE)) {
      const away = splitNames(m[1]!);
      const came = splitNames(m[2]!);
      if (away.length === came.length) came.forEach((n, k) => add(n, away[k]!));
    }
  }
  return [...out.values()];
}

/** The people the paragraphs say were away without notice ("… var fraværende uden afbud."). */
export function readAbsentWithoutNotice(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (!p.includes('uden afbud')) continue;
    for (const m of p.matchAll(NO_NOTICE)) out.push(...splitNames(m[1]!).filter((n) => PERSON.test(n)));
  }
  return [...new Set(out)];
}

/**
 * The meeting's attendance: the absences found by the layout's own rules plus what the sentences
 * say. Whoever had a substitute was away (with notice, unless the minutes say without); someone
 * away without notice is not also listed as away with it.
 */
export function meetingAttendance(
  found: { absent: string[] | null; absentWithoutNotice: string[] | null; changes: AttendanceChange[]; substitutes?: Substitution[] },
  paragraphs: string[],
  itemNumbers: string[],
): Pick<ParsedMeeting, 'absent' | 'absentWithoutNotice' | 'substitutes' | 'attendanceChanges'> {
  const absentWithoutNotice = [...new Set([...(found.absentWithoutNotice ?? []), ...readAbsentWithoutNotice(paragraphs)])];
  const named = [...(found.substitutes ?? []), ...readSubstitutes(paragraphs)].filter((s, i, all) => all.findIndex((o) => o.name === s.name && o.substituteFor === s.substituteFor) === i);
  const substitutes = [...named, ...unpairedSubstitutes(paragraphs, found.absent ?? [], named)];
  const changes = mergeChanges([...found.changes, ...parseAttendanceChanges(paragraphs)], []);
  // Someone who had sent apologies but came after all is listed among the absent and as arriving late: they came.
  const came = new Set(changes.filter((c) => c.arrivedDuringItem !== null).map((c) => c.name));
  const absent = [...new Set([...(found.absent ?? []), ...substitutes.map((s) => s.substituteFor)])].filter((n) => !absentWithoutNotice.includes(n) && !came.has(n));
  // "punkt 1a" of the item printed "1.a": kept as the meeting prints it.
  const item = itemsOf(itemNumbers);
  const printed = (n: string | null) => (n === null ? null : (item(n) ?? n));
  const attendanceChanges = mergeChanges(changes, [...absent, ...absentWithoutNotice])
    .map((c) => ({ ...c, arrivedDuringItem: printed(c.arrivedDuringItem), leftDuringItem: printed(c.leftDuringItem), absentDuringItems: asPrinted(c.absentDuringItems, itemNumbers) }));
  return { absent, absentWithoutNotice, substitutes, attendanceChanges };
}
