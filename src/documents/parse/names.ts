// People's names as minutes write them, shared by every pattern that looks for one.
//
// In a sentence: capitalised words, where a word ending in a dot is an initial or a short abbreviation
// ("Anne V. Kristensen", "J.P. Holm", "Jens Kr. Yde"): a word that ends the sentence before ("Godkendt.
// Per Ravn forlod mødet …") is not the start of the name after it.
const WORD = "(?:[A-ZÆØÅ][a-zæøå]{0,3}\\.(?:[A-ZÆØÅ]\\.)?|[A-ZÆØÅ][\\p{L}'\\-]*)";
const LAST = "[A-ZÆØÅ][\\p{L}'\\-]*";
/** Two to five words ("Per Ravn"). */
export const NAME = `(?:${WORD}\\s+){1,4}${LAST}`;
/** One to five words: a surname alone, where the sentence says it is a person ("Holm forlod mødet …"). */
export const NAME_OR_SURNAME = `(?:${WORD}\\s+){0,4}${LAST}`;
/** The party in brackets after a name: "Per Ravn (A)". */
export const PARTY = '(?:\\s*\\([^)]{1,12}\\))?';

/** A line or list entry that is a name and nothing else: two to five capitalised words. */
export const PERSON_WORDS = "[A-ZÆØÅ][\\p{L}.'\\-]*(?:\\s+[A-ZÆØÅ][\\p{L}.'\\-]*){1,4}";
export const PERSON = new RegExp(`^${PERSON_WORDS}$`, 'u');
