// The header of an agenda or minutes: kind, body, date, time, place, as each layout writes it (seeds,
// shared/samples, test/fixtures/layout-*). Who it says was away: header-attendance.ts.
import { headingKind } from './headings.ts';
import { findDanishDate, findTime, findTimeSpan, findTimes } from './dates.ts';
import type { ParsedMeeting } from './types.ts';
import { BODY_NAME, BODY_WEEKDAY_DATE, BULLETED_FACT, DATE_TIME_LINE, DEN_DATE_LINE, FACT_LINE, GENITIVE_TITLE, HELD_ON, KIND_BODY_DATE, KIND_LINE, LABEL, MEETING_TITLE, TIMED_PLACE, WEEKDAY, WEEKDAY_DATE, bodyName, isPlace, splitFactLines } from './header-lines.ts';

/** A street and its number opening a line ("Skottenborg 26", "Rådhustorvet 2", "H.C. Andersens Boulevard 27"). */
// A place's last word alone on a line ("Viborg", "F7"), and the words that stand alone there but are no place.
const WRAPPED_WORD = /^\p{Lu}[\p{Ll}\d-]{0,24}$/u;
const NOT_A_PLACE = /^(?:Afbud|Fraværende|Deltagere|Deltager|Medlemmer|Mødedeltagere|Tilstede|Fremmøde|Indkaldte|Indholdsfortegnelse|Indhold|Dagsorden|Referat|Beslutningsprotokol|Bilag|Bemærkninger|Mødeleder|Referent|Ordstyrer|Dirigent|Gæster|Gæst|Sekretær|Sekretariat|Forplejning|Emne|Beslutning|Sagsfremstilling|Indstilling|Resume|Punkt|Pkt|Side|Åben|Åbent|Lukket|Godkendt|Formand|Næstformand|Udvalg|Organ)$/i;
const STREET = /^\p{Lu}[\p{L}. -]{0,40}?(?:vej|gade|allé|alle|torv|torvet|plads|pladsen|boulevard|stræde|borg|vænge|parken|bakken|toften|centret|centeret)\s+\d{1,3}[A-Za-z]?(?:[\s,]|$)/u;

export type Header = Pick<ParsedMeeting, 'supplement' | 'organization' | 'date' | 'start' | 'end' | 'location'> & { kind: ParsedMeeting['kind'] | null };

/** "SÆH-sekretariatet", "Borgmesterkontoret" after the body's name. */
const SECRETARIAT = /\s+[\p{L}\-]*(?:sekretariatet|kontoret)$/u;

/** The meeting's facts the header gives; the kind may be left to the items to decide. */
export function readHeader(paragraphs: string[], firstItem: number): Header {
  const h: Header = { kind: null, supplement: false, organization: null, date: null, start: null, end: null, location: null };
  const head = splitFactLines(paragraphs.slice(0, firstItem === -1 ? Math.min(paragraphs.length, 20) : firstItem));
  // A body read from where a line stands (beside "Referat") gives way to one the page labels ("Udvalg: …"): a site's
  // own line over its list of meetings — "Find dagsorden eller referat ved at sortere på udvalg" — stands there too.
  let placed = false;
  for (let i = 0; i < head.length; i++) {
    // "TILLÆGSDAGSORDEN Regionsrådet d. …", "Tillægsdagsorden til mødet i …": read as an agenda, marked as a supplement.
    if (/^tillægsdagsorden\b/i.test(head[i]!)) h.supplement = true;
    // ("Afholdt onsdag den 1. marts 2017 kl. 10.00-16.00", "Mødet blev afholdt …": the date line after the title.)
    const p = head[i]!.replace(/^TILLÆGS(?=DAGSORDEN)/, '').replace(/^[Tt]illægsd(?=agsorden)/, 'D').replace(BULLETED_FACT, '')
      .replace(HELD_ON, '');
    // "Dagsordner og referater Faglig strategisk gruppe Gødstrup-klyngen" / "til" / "mødet i" / "den 22. november 2023
    // kl. 08:30" / "i L128, …": Region Midtjylland's printed web page, whose heading is the body's name.
    // ("Dagsordener og referater fra midlertidigt udvalg vedrørende digital sundhed": the body after "fra".)
    let m = /^Dagsorde?ner og referater\s+(?:fra\s+)?(.{3,100}?)(?:\s+til\s+mødet\s+i\s+den\s+(.+?)(?:\s+kl\.\s*(\d{1,2}[.:]\d{2}))?(?:\s+i\s+(.+))?)?$/i.exec(p);
    if (m && !h.organization) {
      h.organization = m[1]!.trim();
      if (m[2]) h.date ??= findDanishDate(m[2]);
      if (m[3]) h.start ??= findTime(m[3]);
      if (m[4]) h.location ??= m[4].trim();
      continue;
    }
    m = /^(Dagsorden|Referat)\s+til\s+mødet\s+i\s+(.+?)\s+den\s+(.+?)(?:\s+kl\.\s*(\d{1,2}[.:]\d{2}))?(?:\s+i\s+(.+))?$/i.exec(p);
    if (m) {
      // (Under a page title that gave the kind already — "Udsatterådet - 06-06-2017 - Referat", Faxe — it adds what is missing.)
      const first = !h.kind;
      h.kind ??= /^d/i.test(m[1]!) ? 'agenda' : 'minutes';
      if (first || !h.organization) h.organization = m[2]!.trim();
      if (first || !h.date) h.date = findDanishDate(m[3]!);
      if (m[4]) h.start = first ? findTime(m[4]) : h.start ?? findTime(m[4]);
      if (m[5]) h.location = first ? m[5].trim() : h.location ?? m[5].trim();
      continue;
    }
    // "Referat af mødet i Regionsrådet 14. november 2007 kl. 14:00 i Regionsrådssalen, …", "Referat fra møde i
    // Økonomiudvalget torsdag den 6. september 2012 kl. 16.00 i Borgmesterens kontor"
    m = MEETING_TITLE.exec(p);
    // (Without a date, a body's name has no digits: a date written some other way is not taken for a name.)
    if (m && !h.kind && (m[3] || !/\d/.test(m[2]!))) {
      h.kind = /^d/i.test(m[1]!) ? 'agenda' : 'minutes';
      // ("Referat af bestyrelsesmøde i DANSKE ÆLDRERÅD GODKENDT": the minutes' approval stamp is not the body's name.)
      h.organization = m[2]!.replace(/\s+(?:GODKENDT|\((?:godkendt|ikke godkendt|udkast)\))$/i, '').trim();
      if (m[3]) h.date = findDanishDate(m[3]);
      if (m[4]) h.start = findTime(`kl. ${m[4]}`);
      if (m[5]) h.location = m[5].trim();
      h.end ??= findTimeSpan(p)?.end ?? null;
      continue;
    }
    // "12. marts 2025 - referat fra Udsatterådet" (Aalborg's pages for its councils): the date, the kind, the body.
    m = /^(\d{1,2}\.\s*\p{L}+\s+\d{4}|\d{1,2}[-.]\d{1,2}[-.]\d{4})\s+[-–]\s+(referat|dagsorden)\s+(?:fra|af|for|til)\s+(.{3,80})$/iu.exec(p);
    if (m && !h.kind && findDanishDate(m[1]!) && BODY_NAME.test(m[3]!)) {
      h.kind = /^d/i.test(m[2]!) ? 'agenda' : 'minutes';
      h.organization = m[3]!.trim();
      h.date = findDanishDate(m[1]!);
      continue;
    }
    m = GENITIVE_TITLE.exec(p);
    if (m && !h.kind && BODY_NAME.test(m[2]!)) {
      h.kind = m[1] === 'Dagsorden' ? 'agenda' : 'minutes';
      h.organization = m[2]!.trim();
      const when = m[3] ?? '';
      h.date = findDanishDate(when);
      const span = findTimeSpan(when);
      h.start = span?.start ?? (/\bkl\./i.test(when) ? findTime(when.slice(when.search(/\bkl\./i))) : null);
      h.end = span?.end ?? null;
      continue;
    }
    m = DEN_DATE_LINE.exec(p);
    if (m && !h.date && findDanishDate(m[1]!)) {
      h.date = findDanishDate(m[1]!);
      if (m[2]) h.start ??= findTime(`kl. ${m[2]}`);
      if (m[3]) h.location ??= m[3].trim();
      h.end ??= findTimeSpan(p)?.end ?? null;
      continue;
    }
    // "REFERAT Udsatterådet torsdag den 25. juni 2026 kl. 10.00", "REFERAT Udsatterådet 25.06.2026": the
    // weekday, "d."/"den" and the time are each optional.
    m = KIND_BODY_DATE.exec(p);
    // (A body has a name: "Referat - 25. oktober 2016" has a dash where it would be, "Referat: tirsdag den …" a weekday.)
    if (m && findDanishDate(m[3]!) && /\p{L}{2}/u.test(m[2]!) && !new RegExp(`^${WEEKDAY}$`, 'i').test(m[2]!)) {
      // (The same title again with the time and place — a web page's heading over its first paragraph — adds them.)
      const again = h.kind !== null && h.organization === m[2]!.trim() && h.date === findDanishDate(m[3]!);
      if (!h.kind || again) {
        h.kind ??= m[1]!.toUpperCase() === 'DAGSORDEN' ? 'agenda' : 'minutes';
        h.organization = m[2]!.trim();
        h.date = findDanishDate(m[3]!);
        if (m[4]) h.start ??= findTime(`kl. ${m[4]}`);
        if (m[5]) h.location ??= m[5].trim();
        continue;
      }
    }
    m = /^(DAGSORDEN|REFERAT)\s+(.+?)\s+(?:d\.|den)\s+(.+)$/i.exec(p);
    // ("Referat onsdag den 1. oktober 2025 kl. 15.45", Aarhus: a weekday, no body; read with the date lines below.)
    if (m && !h.kind && !new RegExp(`^${WEEKDAY}$`, 'i').test(m[2]!)) {
      h.kind = m[1]!.toUpperCase() === 'DAGSORDEN' ? 'agenda' : 'minutes';
      h.organization = m[2]!.trim();
      h.date = findDanishDate(m[3]!);
      continue;
    }
    // "Sundhedsudvalget - Referat - 25. oktober 2016", "Byrådet - Referat", "Social- og Sundhedsudvalget - Referat fra mødet
    // den 17-01-2019" (Viborg)
    m = /^(.+?)\s+[-–]\s+(Referat|Dagsorden|Tillægsdagsorden)(?:\s+[-–]\s+(.+)|\s+(?:(?:fra|af|til)\s+mødet\s+(?:den|d\.)\s+)?(\d.{5,40}))?$/i.exec(p);
    // A breadcrumb trail ending in the same words is no title: titles are short, and have no words run
    // together with a year ("2016pilSundhedsudvalget": a trail's arrows read as "pil", wrapped by a print).
    if (m && !h.kind && m[1]!.length <= 60 && !/\d\p{Ll}{2}/u.test(m[1]!)) {
      h.kind = /^r/i.test(m[2]!) ? 'minutes' : 'agenda';
      if (/^t/i.test(m[2]!)) h.supplement = true;
      // ("Sundheds- og Forebyggelsesudvalget (2022-2025) – Referat – …": the election period goes at the end.)
      h.organization = m[1]!.trim();
      // "Udsatterådet - 06-06-2017 - Referat" (Faxe): the date between the body and the kind.
      const dated = /^(.+?)\s+[-–]\s+(\d{1,2}-\d{1,2}-\d{4})$/.exec(h.organization);
      if (dated) {
        h.organization = dated[1]!;
        h.date ??= findDanishDate(dated[2]!);
      }
      // "Forretningsudvalget - referat 05-12-2007" (Region Syddanmark, 2007)
      if (m[3] ?? m[4]) h.date ??= findDanishDate((m[3] ?? m[4])!);
      continue;
    }
    // "Socialudvalget - 11-01-2021" over "Referat" (Faxe's web minutes, 2021): the body and the date.
    m = /^(.{3,80}?)\s+[-–]\s+(\d{1,2}-\d{1,2}-\d{4})$/.exec(p);
    if (m && !h.organization && BODY_NAME.test(m[1]!) && /^(?:dagsorden|referat)$/i.test(head[i + 1] ?? '')) {
      h.organization = m[1]!.trim();
      h.date ??= findDanishDate(m[2]!);
      continue;
    }
    // "Referater af Udsatterådets møder i 2022" (Køge: a year's minutes on one page, each meeting under its date).
    m = /^(?:Referater|Dagsordener)(?:\s+og\s+(?:referater|dagsordener))?\s+(?:af|fra)\s+(\p{Lu}[\p{L}\-]{2,60})s\s+møder\b/u.exec(p);
    if (m && !h.organization) {
      h.organization = m[1]!;
      continue;
    }
    // "Åbent referat for Byrådet" (Næstved until 2013), "Dagsorden for Sundhedsudvalget": the body after "for".
    m = /^(?:(?:Åben|Åbent|Lukket)\s+)?(Referat|Dagsorden)\s+for\s+(.{3,80})$/i.exec(p);
    if (m && !h.organization && BODY_NAME.test(m[2]!)) {
      h.kind ??= /^d/i.test(m[1]!) ? 'agenda' : 'minutes';
      h.organization = m[2]!.trim();
      continue;
    }
    // "Referat Aarhus Byråd 11-09-2019" (Aarhus Kommune's web minutes)
    m = /^(Referat|Dagsorden)\s+(\D{3,80}?)\s+(\d{1,2}-\d{1,2}-\d{4})$/i.exec(p);
    if (m && !h.organization) {
      h.kind ??= /^d/i.test(m[1]!) ? 'agenda' : 'minutes';
      h.organization = m[2]!.trim();
      h.date ??= findDanishDate(m[3]!);
      continue;
    }
    // "Referat - Regionsrådet 2018-2021" (Region Sjælland, 2021; the election period is not the body's name), "Referat: Byrådet".
    // ("Referat • 14. august 2024 kl. 15.30": Svendborg's web pages, the time too.)
    m = /^(Referat|Dagsorden)(?:\s+[-–•]|\s*:)\s+(.{3,100})$/i.exec(p);
    if (m && !h.organization) {
      h.kind ??= /^d/i.test(m[1]!) ? 'agenda' : 'minutes';
      // "Referat - 25. oktober 2016", "Dagsorden: 25.10.2016 - Sundhedsudvalget": the date, and a body only after it.
      const dated = /^(?:\p{L}+dag\s+)?(?:den\s+)?\d{1,2}[-./ ]\s*(?:\d{1,2}[-./]\d{2,4}|\p{L}+\.?\s+\d{4})(?:\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?(?:\s+[-–]\s+(.{3,80}))?$/iu.exec(m[2]!);
      if (dated) {
        h.date ??= findDanishDate(m[2]!);
        const time = /(?:kl\.?\s*|\s)(\d{1,2}[.:]\d{2})(?=\s+[-–]|$)/.exec(m[2]!);
        if (time) h.start ??= findTime(`kl. ${time[1]}`);
        if (dated[1]) h.organization = dated[1].trim();
        continue;
      }
      h.organization = m[2]!.trim();
      continue;
    }
    // A date (and time) on a line of its own, the place on the next: "08-03-2021 16:00" / "Video".
    m = /^(\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:\s+(?:kl\.?\s*)?(\d{1,2}[.:]\d{2}))?$/.exec(p);
    if (m && !h.date) {
      h.date = findDanishDate(m[1]!);
      // "Kommunalbestyrelsen" / "24-09-2019" (Rødovre): the body's name above the date.
      const above = head[i - 1];
      if (!h.organization && above !== undefined && above.length <= 80 && BODY_NAME.test(above)) h.organization = above.trim();
      if (m[2]) h.start ??= findTime(m[2]);
      if (m[2] && !h.location && isPlace(head[i + 1])) h.location = head[++i]!.trim();
      continue;
    }
    // "Socialudvalget" / "Referat" / "12. marts 2026 kl. 16.00" / "Rådhuset": the place, if any, on the next line.
    m = DATE_TIME_LINE.exec(p);
    if (m && !h.date && findDanishDate(m[1]!)) {
      h.date = findDanishDate(m[1]!);
      h.start ??= findTime(`kl. ${m[2]}`);
      const below = head[i + 1];
      if (!h.location && isPlace(below) && !BODY_NAME.test(below)) h.location = head[++i]!.trim();
      continue;
    }
    // "Regionsrådet 24-11-2020 13:00" (Region Nordjylland's eDoc): body, date and time on one line.
    m = /^(\D{3,80}?)\s+(\d{1,2}-\d{1,2}-\d{4})\s+(\d{1,2}:\d{2})$/.exec(p);
    if (m && !h.organization && !LABEL.test(p)) {
      h.organization = m[1]!.trim();
      h.date ??= findDanishDate(m[2]!);
      h.start ??= findTime(m[3]!);
      continue;
    }
    // "Der indkaldes hermed til ordinært møde i Udsatterådet i Holbæk Kommune" (a council's own minutes)
    m = /^Der indkaldes (?:hermed )?til (?:et )?(?:ordinært |ekstraordinært )?møde i (.{3,80}?)(?:\s+i\s+[A-ZÆØÅ]\S*(?:\s+[A-ZÆØÅ]\S*)?\s+(?:Kommune|Region))?\.?$/i.exec(p);
    if (m && !h.organization) {
      h.organization = m[1]!.trim();
      continue;
    }
    // "Forretningsudvalg - mødesager" (FirstAgenda publications): the body; the date comes with its decisions.
    // (Their PDFs put the kind before it: "BESLUTNINGER Forretningsudvalg - mødesager", "DAGSORDEN …".)
    m = /^(?:(DAGSORDEN|REFERAT|BESLUTNINGER)\s+)?(.{3,80}?)\s+[-–]\s+mødesager$/i.exec(p);
    if (m && !h.organization) {
      if (m[1]) h.kind ??= /^d/i.test(m[1]) ? 'agenda' : 'minutes';
      h.organization = m[2]!.trim();
      continue;
    }
    // "Social og sundheds møde den 17. april 2023"
    m = /^(.+?)s?\s+møde\s+den\s+(.+)$/i.exec(p);
    // (Not a sentence: "Følgende emner blev nævnt … på Regionsrådets møde den 24. november 2020:")
    if (m && !h.organization && p.length < 120 && m[1]!.split(' ').length <= 6 && !/:$/.test(p)) {
      h.organization = m[1]!.trim();
      h.date ??= findDanishDate(m[2]!);
      continue;
    }
    // "Social- og Sundhedsudvalget mandag den 10. april 2017 kl. 16:30" / "Mødelokale 2 E" (Ishøj)
    m = BODY_WEEKDAY_DATE.exec(p);
    // (Not a label: "Dato: Mandag d. 7.9. 2026" names no body.)
    if (m && !h.organization && !/^Møde i /i.test(p) && !/:$/.test(m[1]!) && findDanishDate(m[2]!)) {
      // "Beslutningsprotokol onsdag den 20. september 2017 kl. 17:00" (Aabenraa): the kind, not the body.
      const kindWord = /^(dagsorden|referat|beslutningsprotokol|beslutninger)$/i.exec(m[1]!.trim());
      if (kindWord) h.kind ??= /^d/i.test(kindWord[1]!) ? 'agenda' : 'minutes';
      else h.organization = m[1]!.trim();
      h.date ??= findDanishDate(m[2]!);
      if (/\bkl\.?\s*\d/i.test(m[2]!)) h.start ??= findTime(m[2]!.slice(m[2]!.search(/\bkl\./i)));
      // ("Referat onsdag den 1. oktober 2025 kl. 15.45" / "Sundheds- og Omsorgsudvalget" / "Rådhuset": the body, then the place.)
      const below = head[i + 1];
      if (!h.organization && below !== undefined && below.length <= 80 && BODY_NAME.test(below)) h.organization = head[++i]!.trim();
      if (!h.location && isPlace(head[i + 1])) h.location = head[++i]!.trim();
      continue;
    }
    // Region Sjælland: "Møde i Udvalget for det nære sundhedsvæsen" / "onsdag den 15. januar 2020 kl. 13:00" / "Mødelokale 1"
    // (The date line starts in lower case, so it may have been joined to the body's line.)
    // ("Møde i Social- og Sundhedsudvalget d. 12. november 2015", Slagelse: the date on the same line, without a weekday.)
    m = /^Møde i (.{3,100}?)(?:\s+((?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s.{5,70}|(?:d\.|den)\s*\d.{4,60}))?$/.exec(p);
    const dateLine = m ? (m[2] ?? null) : WEEKDAY_DATE.test(p) ? p : null;
    if (m && !h.organization) h.organization = m[1]!.trim();
    // (The same date as the title's — "Økonomiudvalget - Dagsorden 5. september 2012" / "Onsdag den 05-09-2012
    // kl. 09:00", Odense — still gives the time and the place under it.)
    const lineDate = dateLine ? findDanishDate(dateLine) : null;
    if (dateLine && lineDate && (!h.date || h.date === lineDate)) {
      h.date = lineDate;
      if (/\bkl\./i.test(dateLine)) {
        const clock = dateLine.slice(dateLine.search(/\bkl\./i));
        const span = findTimeSpan(clock);
        h.start ??= span?.start ?? findTime(clock);
        if (span) h.end ??= span.end;
      }
      // "Mandag 23. jun 2014 kl. 17:00" / "Byrådet" / "Byrådssalen" (Kolding): the body, then the place.
      const below = head[i + 1];
      if (!h.organization && below !== undefined && below.length <= 80 && BODY_NAME.test(below)) h.organization = head[++i]!.trim();
      // ("Fredensborg Seniorråd" / "Torsdag den 4. juni 2015 kl. 13.00": or the line above it.)
      const above = head[i - 1];
      if (!h.organization && above !== undefined && above.length <= 80 && BODY_NAME.test(above)) h.organization = above.trim();
      // The place stands on the line after the date.
      if (!h.location && isPlace(head[i + 1])) h.location = head[++i]!.trim();
    }
    if (m || dateLine) continue;
    // Holbæk: "UDVALG" / "Udvalget for Ældre og Sundhed", "MØDE" / "Referat"
    if (/^UDVALG$/.test(p) && head[i + 1]) {
      h.organization ??= head[++i]!.trim();
      continue;
    }
    // "Udvalg: Udvalg for lighed i sundhed" (a table of the meeting's facts)
    // ("Udvalg" / "Stevns Udsatteråd": the label over its value, a web page's list of the meeting's facts.)
    m = /^(?:Udvalg|Organ|Forum|Råd)(?::\s*(.{3,100})|:?$)/i.exec(p);
    const below = head[i + 1];
    // (An empty "Udvalg:" over the next label — "Udvalg:" / "Dato:", Faxe — names nothing.)
    if (m && (m[1] || (below !== undefined && below.length <= 100 && !headingKind(below) && !/:$/.test(below) && !LABEL.test(below)))) {
      const labelled = (m[1] ?? head[++i]!).trim();
      if (h.organization === null || placed) h.organization = labelled;
      placed = false;
      continue;
    }
    if (/^MØDE$/.test(p) && head[i + 1]) {
      const kind = head[++i]!;
      if (/^(referat|dagsorden)/i.test(kind)) h.kind ??= /^d/i.test(kind) ? 'agenda' : 'minutes';
      continue;
    }
    // ("Starttidspunkt for møde: 19:00", "Mødelokale: Byrådssalen" — Tønder, Egebjerg; "Lokation:" — Faxe.)
    // ("Tid" alone over "15:30": a PDF's table of the facts, Frederikshavn.)
    // ("Start kl.: 14:00" / "Slut kl.: 18:00" — Norddjurs; "Tid 18:30", a table's label and value — Næstved; "Mødeafholdelse
    // Rådhushallen" — Gentofte.)
    m = /^(Mødedato|Dato|Mødested|Mødelokale(?=\s*:)|Mødeafholdelse|Sted|Lokale|Lokation|Mødetidspunkt|Mødetid|Tidspunkt|Tid(?=\s*:|$|\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}$)|Starttidspunkt|Sluttidspunkt|Start kl\.(?=\s*:)|Slut kl\.(?=\s*:))(?:\s+for\s+møde)?\s*:?\s*(.*)$/i.exec(p);
    if (m) {
      const label = m[1]!.toLowerCase().replace(/^start kl\.$/, 'tidspunkt').replace(/^slut kl\.$/, 'sluttidspunkt');
      const value = (m[2] || (head[i + 1] && !headingKind(head[i + 1]!) ? head[++i]! : '')).trim();
      if (label === 'mødedato' || label === 'dato' || label === 'starttidspunkt') {
        h.date ??= findDanishDate(value);
        // (The date out of the way — not "9.00-11" of "kl. 9.00-11.30", which is no date.)
        const clock = value.replace(/(?<![\d:]|\d\.)\b\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}(?![.:]\d))\b/g, '').replace(/\d{4}/g, '');
        const times = findTimes(clock);
        const span = times.length < 2 ? findTimeSpan(clock) : null;
        h.start ??= span?.start ?? times[0] ?? findTime(clock);
        if (span || times[1]) h.end ??= span?.end ?? times[1]!;
      } else if (label === 'sluttidspunkt') h.end ??= findTime(value.replace(/\d{1,2}-\d{1,2}-\d{4}/, ''));
      else if (label === 'tidspunkt' || label === 'mødetidspunkt' || label === 'mødetid' || label === 'tid') {
        // "Mødetidspunkt: 16:00 - 18:30": the start and the planned end.
        const times = findTimes(value);
        const span = times.length < 2 ? findTimeSpan(value) : null;
        h.start ??= span?.start ?? times[0] ?? findTime(value);
        if (span || times[1]) h.end ??= span?.end ?? times[1]!;
      }
      else {
        // A meeting in two places, a line each: "14:00 - 15:00 - Klinisk Institut, …" / "16:00 – 17:00 - OUH, …".
        let place = value;
        while (TIMED_PLACE.test(place) && head[i + 1] !== undefined && TIMED_PLACE.test(head[i + 1]!)) place += `; ${head[++i]!.trim()}`;
        // A place wrapped in its cell: "Regionshuset Viborg, Skottenborg 26," / "8800 Viborg, mødelokale F7 i" / "stueetagen".
        // (Never a labelled line: "Afbud: …" after "Skottenborg 26,".)
        // "Regionshuset" / "Viborg": the place's last word wrapped onto a line of its own (pdftotext's narrow cell), only
        // where the next fact's label follows it — a word alone before anything else is no part of the place.
        // (A label may stand alone on its line, its value below it: "Afbud" / "Jens Holm".)
        const labelLine = (line: string | undefined) => line === undefined || FACT_LINE.test(line) || /^[\p{L} ]{2,30}:/u.test(line) || NOT_A_PLACE.test(line.trim());
        const wrappedWord = (next: string) => WRAPPED_WORD.test(next) && !/[.:]$/.test(place) && !NOT_A_PLACE.test(next) && !BODY_NAME.test(next) && !KIND_LINE.test(next) && labelLine(head[i + 2]);
        const goesOn = (next: string | undefined) => next !== undefined && next.length <= 100 && !FACT_LINE.test(next) && !headingKind(next) && !/^[\p{L} ]{2,30}:/u.test(next) &&
          (/,$/.test(place) || /^\d{4}\s+\p{Lu}/u.test(next) || /^\p{Ll}/u.test(next) || STREET.test(next) || wrappedWord(next));
        // (An address on lines of its own after the place's name is set off by commas: "Borup Aktivitetshus, Møllevej 11, 4140 Borup".)
        while (place && goesOn(head[i + 1])) {
          const next = head[i + 1]!.trim();
          place += /^\p{Ll}/u.test(next) || /,$/.test(place) || wrappedWord(next) ? ` ${next}` : `, ${next}`;
          i++;
        }
        h.location ??= place || null;
      }
      continue;
    }
    // A front page with the kind, the body and the date on lines of their own (our PDF).
    if (/^(DAGSORDEN|REFERAT)$/.test(p) && !h.kind && head[i + 1]) {
      const joined = /^(.+?)\s+d\.\s+(\d.*)$/.exec(head[i + 1]!);
      const split: [string, string] | null = head[i + 2] && /^d\.\s+\d/.test(head[i + 2]!) ? [head[i + 1]!, head[i + 2]!] : null;
      if (joined || split) {
        h.kind = p === 'DAGSORDEN' ? 'agenda' : 'minutes';
        h.organization = (joined ? joined[1]! : split![0]).trim();
        h.date = findDanishDate(joined ? joined[2]! : split![1]);
        i += joined ? 1 : 2;
        continue;
      }
    }
    // "Økonomiudvalget" / "Referat": the body's name on the line above the kind (or below it: "Dagsorden" / "Socialudvalget").
    // (Also where the kind's line carries the date: "Sundhedsudvalget" / "Referat - 25. oktober 2016".)
    const besideKind = [head[i - 1], head[i + 1]].some((l) => KIND_LINE.test(l ?? '') ||
      (/^(?:dagsorden|referat)(?:\s+[-–]|\s*:)?\s+(?:\p{L}+dag\s+)?(?:den\s+)?\d/iu.test(l ?? '') && findDanishDate(l!) !== null));
    // ("Åben referat" / "Økonomiudvalget Borgmesterkontoret" — Hjørring: the office that writes the minutes beside the body.)
    const body = p.replace(SECRETARIAT, '');
    if (!h.organization && besideKind && body.length <= 60 && BODY_NAME.test(body)) {
      h.organization = body.trim();
      placed = true;
      continue;
    }
    // "Referat" / "Social og sundhed" / "Mødedato: …" (Frederikssund's committees are named for their field): between the
    // kind and the facts, a name needs no "udvalg" to be the body's.
    const kindAbove = KIND_LINE.test(head[i - 1] ?? '');
    if (!h.organization && kindAbove && FACT_LINE.test(head[i + 1] ?? '') && p.length <= 60 && /^[A-ZÆØÅ][\p{L} ,\-]+$/u.test(p) && !headingKind(p) && !/^Region\s|\bKommune$/.test(p)) {
      h.organization = p.trim();
      placed = true;
      continue;
    }
    if ((KIND_LINE.test(p) || /^beslutninger$/i.test(p)) && !h.kind) h.kind = /^(?:(?:åben|lukket)\s+)?d/i.test(p) ? 'agenda' : 'minutes';
    // "FORRETNINGSUDVALGET" in capitals on a line of its own, under "REGION HOVEDSTADEN".
    if (!h.organization && p.length <= 60 && p === p.toUpperCase() && /(udvalget|udvalg|rådet|råd|bestyrelsen|forum)$/i.test(p)) {
      h.organization = p;
      continue;
    }
    // "Mødet påbegyndt: kl. 13:00" (Hjørring; "Mødet afsluttet: kl. 16:15" under it is the closing time, ADJOURNED).
    m = /^Mødet\s+(?:påbegyndt|begyndte|startede)\s*:?\s*(?:kl\.?\s*)?(\d{1,2}[.:]\d{2})\.?$/i.exec(p);
    if (m) {
      h.start ??= findTime(m[1]!);
      continue;
    }
    // "Ekstraordinært møde - Mødelokale F7 kl. 12.00": the place and time on one line.
    m = /^(?:Ekstraordinært\s+|Ordinært\s+)?møde\s+[-–]\s+(.+?)\s+kl\.\s*(\d{1,2}[.:]\d{2})$/i.exec(p);
    if (m) {
      h.location ??= m[1]!.trim();
      h.start ??= findTime(m[2]!);
    }
  }
  // "Handicaprådet" / "Publiceret 25-10-2017" / "Onsdag den 25-10-2017 kl. 16:15" (Gribskov's archive): the body's name alone
  // on the document's first line.
  if (!h.organization && head[0] !== undefined && head[0].length <= 60 && BODY_NAME.test(head[0])) h.organization = head[0].trim();
  if (h.supplement) h.kind ??= 'agenda';
  if (h.organization) h.organization = bodyName(h.organization);
  // "14. september 2026 – Ordinært møde" (a council's own minutes): no layout's date line; the first date there is.
  if (!h.date) h.date = head.filter((l) => l.length <= 100).map(findDanishDate).find((d) => d !== null) ?? null;
  return h;
}
