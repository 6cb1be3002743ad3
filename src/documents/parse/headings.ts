// Section headings of Danish agendas and minutes, and the kind each maps to. Headings not
// in this list stay part of the text around them; known ones start a new section.
export type SectionKind =
  | 'summary'
  | 'recommendation'
  | 'presentation'
  | 'financial_consequences'
  | 'decision'
  | 'practical_information'
  | 'attachments'
  | 'consultation_path'
  | 'other';

const exact: Record<string, SectionKind> = {
  resume: 'summary',
  sagsresumé: 'summary',
  sagsresume: 'summary',
  resumé: 'summary',
  sammenfatning: 'summary',
  indstilling: 'recommendation',
  indstillinger: 'recommendation',
  'forslag til beslutning': 'recommendation',
  sagsfremstilling: 'presentation',
  'økonomiske konsekvenser': 'financial_consequences',
  økonomi: 'financial_consequences',
  'bevillingsmæssige konsekvenser': 'financial_consequences',
  beslutning: 'decision',
  // Region Nordjylland's eDoc: each item's minutes under "Referat".
  referat: 'decision',
  'praktiske oplysninger': 'practical_information',
  bilag: 'attachments',
  sagsgang: 'consultation_path',
  'sagsgang og sagstype': 'consultation_path',
  sagsforløb: 'consultation_path',
  // Aarhus Kommune: the dated steps of the case, each body's words under its date.
  'sagens forløb': 'consultation_path',
  problemstilling: 'other',
  løsning: 'other',
  baggrund: 'other',
  'videre proces': 'other',
  'videre forløb': 'other',
  kommunikation: 'other',
  personale: 'other',
  høring: 'other',
  lovgrundlag: 'other',
  'retligt grundlag': 'other',
  beslutningskompetence: 'other',
  // Acadre's municipal layout: which body decides ("Kompetence: Økonomiudvalget").
  kompetence: 'other',
  kompetenceudvalg: 'other',
  tidsplan: 'other',
  'personalemæssige konsekvenser': 'other',
  'miljømæssige konsekvenser': 'other',
  'konsekvenser for klimaet': 'other',
  'administrative konsekvenser': 'other',
  'juridiske konsekvenser': 'other',
  'supplerende sagsfremstilling': 'presentation',
  'politisk behandling': 'consultation_path',
  'tidligere beslutninger': 'other',
  'relation til politikker og strategier': 'other',
  'relation til fn’s verdensmål': 'other',
  "relation til fn's verdensmål": 'other',
  'sundhedsmæssige konsekvenser': 'other',
  'effekt': 'other',
  'beslutning i udvalget': 'decision',
  beslutningstema: 'summary',
  retsgrundlag: 'other',
  'supplerende oplysninger': 'other',
  'handicappolitisk vurdering': 'other',
  'borgerinddragelse': 'other',
  // FirstAgenda publications (Region Hovedstaden) write headings in capitals: they are looked up lower-cased.
  direktørpåtegning: 'other',
  bilagsfortegnelse: 'attachments',
  journalnummer: 'other',
  'konklusion og videre proces': 'other',
  // Their PDFs until 2022 (and the publications' item template): the case's background first, its consequences and risks.
  'baggrund for sagens fremlæggelse': 'other',
  konsekvenser: 'other',
  risikovurdering: 'other',
  'tidsplan og videre proces': 'other',
  // Kolding: "Sagen behandles i" / "Økonomiudvalget og Byrådet.", and the recommendation as "Forslag".
  'sagen behandles i': 'consultation_path',
  forslag: 'recommendation',
  // Rødovre: what the case is about.
  'sagens kerne': 'summary',
  // A council's own minutes (Holbæk's Udsatteråd: "Indhold:" then "Referat"); Stevns: "Sagens gang", "Beskrivelse af sagen".
  indhold: 'presentation',
  'sagens gang': 'consultation_path',
  'beskrivelse af sagen': 'presentation',
  'økonomiske konsekvenser og finansiering': 'financial_consequences',
  // Aalborg: the case under "Sagsbeskrivelse"; common sub-headings of a case's text elsewhere.
  sagsbeskrivelse: 'presentation',
  vurdering: 'other',
  formål: 'other',
  finansiering: 'financial_consequences',
  'økonomi og finansiering': 'financial_consequences',
  'økonomiske forhold': 'financial_consequences',
  'tidligere politisk behandling': 'other',
  // Horsens: the earlier bodies' treatment of the case, quoted. Viborg: the parts of its "Sagsfremstilling".
  historik: 'other',
  'inddragelse og høring': 'other',
  beskrivelse: 'other',
  alternativer: 'other',
  tidsperspektiv: 'other',
  'juridiske og planmæssige forhold': 'other',
  'økonomiske forhold og konsekvenser': 'financial_consequences',
  // Svendborg.
  'økonomiske og erhvervsmæssige konsekvenser': 'financial_consequences',
  'co2-konsekvensvurdering': 'other',
  'sagen afgøres i': 'consultation_path',
};

// "Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16" (Roskilde), "Økonomiudvalget, 18. september 2019, pkt. 153:" (Rødovre)
export const BODY_DATE_PKT = /^([a-zæøå][\p{L}\- ]{2,80}), (\d{1,2}[-.]\d{1,2}[-.]\d{4}|\d{1,2}\. ?[a-zæøå]+ \d{4}), pkt\. ?\d{1,4}[a-z]?:?$/iu;

function key(line: string): string {
  return line.trim().replace(/:$/, '').replace(/\s+/g, ' ').toLowerCase();
}

// The parser asks about the same lines several times (paragraphs, items, sections): remembered, up to a bound.
const known = new Map<string, SectionKind | null>();

/** The kind of a heading line, or null if the line is not a known heading. */
export function headingKind(line: string): SectionKind | null {
  // No heading is longer than ~140 characters: a paragraph's line is not normalised to find out.
  if (line.length > 300) return null;
  let kind = known.get(line);
  if (kind === undefined) {
    kind = kindOf(line);
    if (known.size >= 20_000) known.clear();
    known.set(line, kind);
  }
  return kind;
}

function kindOf(line: string): SectionKind | null {
  const k = key(line);
  if (k in exact) return exact[k]!;
  // "Beslutning i Voksen- og plejeudvalget den 22-11-2023", "Beslutning i Regionsrådet den 26. januar 2022"
  if (/^beslutning i .{2,120}$/.test(k) && k.length < 140) return 'decision';
  // "Beslutning Byrådet den 20-09-2017" (Aabenraa), "Beslutning Byrådet, 20.09.2016" / "Beslutning Byrådet 10.01.2023" (Næstved)
  if (/^beslutning [a-zæøå][a-zæøå\- ]{1,80}(?: (?:den|d\.)|,)? (?:\d{1,2}\. ?[a-zæøå]+ \d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/.test(k)) return 'decision';
  // "Administrationens indstilling", "FORRETNINGSUDVALGETS BESLUTNING" (Region Hovedstaden until 2013)
  if (/^[a-zæøå][a-zæøå\- ]{2,60}s indstilling$/.test(k)) return 'recommendation';
  if (/^[a-zæøå][a-zæøå\- ]{2,60}s beslutning$/.test(k)) return 'decision';
  // "Centralforvaltningens bemærkninger", "Økonomiafdelingens bemærkninger"
  if (/^[a-zæøå][a-zæøå\- ]{2,60}s bemærkninger$/.test(k)) return 'other';
  // "Administrationens vurdering", "Forvaltningens vurdering" (a genitive: "Status vurdering" is an attachment's title).
  if (/^[a-zæøå][a-zæøå\- ]{2,60}(?:en|et|ne)s vurdering$/.test(k)) return 'other';
  // "Forretningsudvalgets beslutning den 8. november 2022:" (FirstAgenda publications, Region Hovedstaden)
  // (Only a date may follow: "Regionsrådets beslutning den 12. maj 2020 om at …" is a sentence.)
  // ("Økonomiudvalgets beslutning i mødet den 31. marts 2020": Københavns Kommune.)
  if (/^[a-zæøå][a-zæøå\- ]{2,80}s beslutning (?:i mødet )?(?:den|d\.) (?:\d{1,2}\. ?[a-zæøå]+ \d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/.test(k)) return 'decision';
  // Roskilde: "Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 16" heads the committee's decision.
  if (k.includes(', pkt') && BODY_DATE_PKT.test(k)) return 'decision';
  // Region Sjælland: "Behandling i Udvalget for det nære sundhedsvæsen onsdag den 15. januar 2020, pkt. 1"
  if (/^behandling i .{2,160}(?:pkt\.? ?\d{1,4}|\d{4})$/.test(k) && k.length < 200) return 'decision';
  // The headings that carry their value on their own line (INLINE_HEADING splits them):
  // "Sagsforløb: BY" (Brønderslev).
  // ("Sagsforløb: SAU, ØU, BY" — Esbjerg: the bodies that see the case, abbreviated.)
  if (/^(?:sagsforløb|sagsgang): ?\S{1,20}(?:, ?\S{1,20}){0,6}$/.test(k)) return 'consultation_path';
  // "Kompetence: Økonomiudvalget" (municipal case systems): who decides, on the heading line.
  // ("Kompetenceudvalg: Byrådet": Næstved.)
  if (/^(?:beslutnings)?kompetence(?:udvalg)?: ?\S.{0,100}$/.test(k)) return 'other';
  // "Sagen afgøres i: Sundhedsudvalget" (Fredericia): where the case is decided, on the heading line.
  if (/^sagen afgøres i: ?\S.{0,100}$/.test(k)) return 'consultation_path';
  // "Klima-, miljø- og bæredygtighedsmæssige konsekvenser", "Personalemæssige konsekvenser" …
  if (k.length <= 80 && /^[a-zæøå ,\-]+konsekvenser$/.test(k) && !/[.]/.test(k)) return 'other';
  return null;
}

/**
 * A heading written in capitals ("SAGSFREMSTILLING", "BYRÅDETS BESLUTNING", Region Hovedstaden's and
 * Odense's layouts) in sentence case, as Lighed prints headings: capitals are harder to read.
 */
export function sentenceCase(heading: string): string {
  if (/\p{Ll}/u.test(heading) || !/\p{Lu}{2}/u.test(heading)) return heading;
  const lower = heading.toLowerCase();
  return (lower.charAt(0).toUpperCase() + lower.slice(1)).replace(/\bfn(?=[’']s\b)/g, 'FN');
}

export function isHeading(line: string): boolean {
  // (A line that begins in lower case goes on with a sentence: "… i henhold til" / "beslutning i byrådets møde den 11.
  // september 2019." is no decision's heading.)
  return !/^\s*\p{Ll}/u.test(line) && headingKind(line) !== null;
}

// Who recommends: "Direktionen indstiller", "… indstiller til regionsrådet", "Det indstilles".
const PROPOSER = '(?:[A-ZÆØÅ][\\wæøåÆØÅ\\- ]{2,60}\\s+indstiller(?:\\s+til\\s+[^,]+)?|Det indstilles)';
/** "Direktionen indstiller," / "Det indstilles,": a recommendation that has no heading of its own. */
// "Beslutning: Godkendt.", "Referat: Godkendt.", "Indstilling: Direktionen indstiller, at …", "Bilag: Notat om
// budget": the main sections' headings with their text on the same line (an attachment's title is short; when
// "Referat: …" is words of the text, toSections says).
/** "Sagsforløb: BY", "Kompetence: Økonomiudvalget", "Sagen afgøres i: Sundhedsudvalget": a heading and its value on one line. */
export const INLINE_HEADING = /^(Sagsforløb|Sagsgang|Kompetence(?:udvalg)?|Beslutningskompetence|Sagen afgøres i)\s*:\s*(.+)$/i;
export const INLINE_SECTION = /^(Beslutning|Referat|Indstilling|Sagsfremstilling|Resumé|Resume|Sagsresumé|Sagsresume|Økonomi|Bilag(?=\s*:\s*.{1,200}$))\s*:\s+(\S.*)$/i;
export const RECOMMENDATION_LEAD = new RegExp(`^${PROPOSER}(?:,|,?\\s+at:?)$`);
/** "Formandskabet indstiller, at dagsorden godkendes.": the lead-in and its one clause in one sentence. */
export const INLINE_RECOMMENDATION = new RegExp(`^${PROPOSER},?\\s+at\\s+[^.]+\\.?$`, 'u');
