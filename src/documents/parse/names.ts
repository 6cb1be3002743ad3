// People's names as minutes write them, shared by every pattern that looks for one.
//
// In a sentence: capitalised words, where a word ending in a dot is an initial or a short abbreviation
// ("Anne V. Kristensen", "J.P. Holm", "Jens Kr. Yde"): a word that ends the sentence before ("Godkendt.
// Per Ravn forlod mødet …") is not the start of the name after it.
// (Only the usual abbreviations of first names: "Holt." or "Lund." ends a sentence, "… for Pia Holt. Michel Bro
// deltog ikke …".)
const WORD = "(?:[A-ZÆØÅ]\\.(?:[A-ZÆØÅ]\\.)?|(?:Chr|Kr|Th|Fr|Vilh|Joh|Aug|Wm|Jac|Jørg|Sv|Hj|Kn)\\.|[A-ZÆØÅ][\\p{L}'\\-]*)";
const LAST = "[A-ZÆØÅ][\\p{L}'\\-]*";
/** Two to five words ("Per Ravn"). */
export const NAME = `(?:${WORD}\\s+){1,4}${LAST}`;
/** One to five words: a surname alone, where the sentence says it is a person ("Holm forlod mødet …"). */
export const NAME_OR_SURNAME = `(?:${WORD}\\s+){0,4}${LAST}`;
/** The party in brackets after a name: "Per Ravn (A)". */
export const PARTY = '(?:\\s*\\([^)]{1,12}\\))?';

/** "• ", "▪ ", "- ": the bullet before an entry of a list. */
export const LIST_BULLET = /^(?:•\s*|[▪\-–]\s+)/;

/** A title before a name is not part of it: "Borgmester Pia Holm". */
export const TITLE_BEFORE_NAME = /^(?:(?:over)?borgmester|rådmand|regionsrådsformand|(?:næst)?formand)\s+/i;

/** A line or list entry that is a name and nothing else: two to five capitalised words. */
export const PERSON_WORDS = "[A-ZÆØÅ][\\p{L}.'\\-]*(?:\\s+[A-ZÆØÅ][\\p{L}.'\\-]*){1,4}";
export const PERSON = new RegExp(`^${PERSON_WORDS}$`, 'u');

// "Direktør Per Krogh, Silkeborg Kommune", "Sygeplejefaglig direktør Maja Lind, Regionshospitalet Viborg",
// "PLO-m Rasmus Friis", "Jens Borg, Regionshospitalet Viborg (sekretariat)": one person a line with the role
// before the name and the workplace after it (Region Midtjylland's joint committees with the municipalities).
const ROLE_WORD = /^(?:[\p{L}-]*(?:direktør|koordinator|chef|leder|konsulent|formand|repræsentant|sekretær|læge)|PLO-m|praksis|lægefaglig|sygeplejefaglig|administrerende|borgmester|rådmand)$/iu;
const AFFILIATION = /(?:kommune|region|hospital|sygehus|psykiatri|sekretariat|forening|praksis|PLO|center|forvaltning|staben|ministeri|styrelse)/iu;

/** The person a line of a list of participants names, without role and workplace; null when it is no such line. */
export function personOfEntry(line: string): string | null {
  let s = line.replace(LIST_BULLET, '').replace(/\s*\([^)]{1,40}\)\.?$/, '').replace(/\.$/, '').trim();
  const comma = s.indexOf(',');
  if (comma !== -1) {
    if (!AFFILIATION.test(s.slice(comma + 1))) return null;
    s = s.slice(0, comma).trim();
  }
  const words = s.split(/\s+/);
  while (words.length > 2 && ROLE_WORD.test(words[0]!)) words.shift();
  const name = words.join(' ');
  return PERSON.test(name) ? name : null;
}

/** Whether a line names its person with a role or a workplace ("Direktør Per Krogh, Silkeborg Kommune"), not by the name alone. */
export const isParticipantEntry = (line: string): boolean => {
  const name = personOfEntry(line);
  return name !== null && name !== line.replace(LIST_BULLET, '').replace(/\.$/, '').trim();
};

/** The people of consecutive participant lines from `from` on, up to the first line that names nobody. */
export function participantsFrom(lines: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < lines.length; k++) {
    const name = personOfEntry(lines[k]!);
    if (!name) break;
    out.push(name);
  }
  return out;
}
