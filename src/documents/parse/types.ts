// The parsed shape of an agenda or minutes document — also the JSON that
// `lighed import --dry-run --json` prints (documented in the README).
import type { SectionKind } from './headings.ts';
import type { ClauseOutcome } from '../../agenda/clauses.ts';

export interface ParsedSection {
  heading: string;
  kind: SectionKind;
  text: string;
}

export interface ParsedRecommendation {
  /** "Direktionen", "Velfærdsdirektøren"; null for "Det indstilles". */
  proposer: string | null;
  /** The lead-in as written: "Direktionen indstiller,". */
  lead: string;
  /** The "at"-clauses in order, without the separators (",", ", og", ".") between them. */
  clauses: string[];
}

export interface ParsedDecisionClause {
  text: string;
  outcome: ClauseOutcome | null;
}

export interface ParsedItem {
  number: string;
  title: string;
  caseNumber: string | null;
  public: boolean;
  sections: ParsedSection[];
  recommendation: ParsedRecommendation | null;
  /** The decision as written (paragraphs separated by blank lines). */
  decision: string | null;
  decisionLead: string | null;
  decisionClauses: ParsedDecisionClause[];
  attachments: string[];
  /**
   * The document gives this item neither number nor title (a web page copied without them, one case alone): both
   * were made here. Imported over a meeting that holds the item, the meeting's number and title stay.
   */
  untitled?: true;
}

/**
 * "Anne V. Kristensen forlod mødet kl. 13.04 under behandlingen af punkt 6." — by the item's number as printed
 * ("6", "1.a": src/agenda/item-numbers.ts).
 */
export interface AttendanceChange {
  name: string;
  arrivedDuringItem: string | null;
  leftDuringItem: string | null;
  /** Present, but not for these items: "… deltog ikke i behandlingen af punkt 6, 8 og 9", "… erklærede sig inhabil". */
  absentDuringItems: string[];
}

/** "Per Ravn deltog som stedfortræder for Elvin Hansen." */
export interface Substitution {
  name: string;
  substituteFor: string;
}

export interface ParsedMeeting {
  kind: 'agenda' | 'minutes';
  /** A tillægsdagsorden: items added to an agenda already out. Importing it adds and updates items, never removes any. */
  supplement: boolean;
  organization: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  location: string | null;
  items: ParsedItem[];
  absent: string[];
  /** "Fraværende uden afbud": away without having sent word. */
  absentWithoutNotice: string[];
  /** Who stood in for an absent member. */
  substitutes: Substitution[];
  /** Members who came late or left early, with the item it happened during. */
  attendanceChanges: AttendanceChange[];
  closedAt: string | null;
  /**
   * The minutes' notes on the meeting itself that no other field holds, as written, one paragraph each: who chaired,
   * the order items were taken in, guests ("1. næstformand Hanne Roed var mødeleder."). Agendas have none.
   */
  notes: string[];
  /** Message keys of what the secretary should check ("import.warning.…"). */
  warnings: string[];
  /** The values some warnings' messages name, by warning. */
  warningParams?: Record<string, Record<string, string | number>>;
}
