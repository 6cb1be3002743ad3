// The paragraph clean-ups that have to happen before items are looked for: a case number label on its own line, a
// heading run into a title, a web page's run-together headers, a case system's metadata that is no content.
import { headingKind } from './headings.ts';
import { caseNumberOf, headerOf, isCaseNumberLine, ITEM_PUNKT } from './items.ts';

// "Sagsnr.: 330-2023-1102   Dok.nr.: 330-2023-48811   Åbent", "Sagsnr. 249050 Sundheds- og Omsorgsudvalget
// Åbent punkt" (municipal case systems): the case number and the item's status on one line.
const CASE_AND_STATUS = /^(Sag(?:s)?nr\.?:?\s*\S+)\s+(?:.*\s)?((?:Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?)$/i;
// One cell of Herning's table of the committees that see a case: an abbreviation ("SOS") or the mark ("x").
const COMMITTEE_CELL = /^(?:[A-ZÆØÅ]{2,4}|[xX])$/;
const GLUED_ITEM = /([\p{Ll})]{2}[.!?])\d{1,3}\.\s+[A-ZÆØÅ]/u;
// "1. Meddelelse fra formandenReferat": a web page's item title and its first heading run together.
const GLUED_HEADING = /^(\d{1,4}\.\s*\S.*?[a-zæøå0-9)])(Referat|Beslutning|Sagsfremstilling|Indstilling|Resume)$/;

// "R e f e r a t": a title set in spaced letters.
const LETTER_SPACED = /^(?:\p{L} ){3,}\p{L}$/u;

/**
 * "• 1 Præsentation af …" / "• Resume" / text / "• Indstilling" (Viborg's web minutes until 2021, each item and its
 * sections a nested list): where an item's entry is followed by a heading's, the entries are headers and headings.
 * (Only in that layout: elsewhere "• Økonomi" is an entry of a list.)
 */
const BULLETED_ITEM = /^•\s*(\d{1,3})\s+([A-ZÆØÅ].{0,250})$/;
function withoutOutlineBullets(paragraphs: string[]): string[] {
  const unbulleted = (p: string | undefined) => p?.replace(/^•\s*/, '') ?? '';
  const outline = paragraphs.some((p, i) => BULLETED_ITEM.test(p) && paragraphs[i + 1]?.startsWith('•') && headingKind(unbulleted(paragraphs[i + 1])) !== null);
  if (!outline) return paragraphs;
  return paragraphs.map((p) => {
    if (!p.startsWith('•')) return p;
    const item = BULLETED_ITEM.exec(p);
    if (item) return `${item[1]}. ${item[2]}`;
    return headingKind(unbulleted(p)) !== null ? unbulleted(p) : p;
  });
}

/**
 * The paragraphs as items are looked for in them: "Sagsnr:" on a line of its own with the number on the next is one
 * "Sagsnr: 07/5773" line, an item title with a heading glued to it is split in two, and a case system's metadata that
 * is no content is left out.
 */
export function tidyParagraphs(raw: string[]): string[] {
  const paragraphs = raw.some((p) => p.startsWith('•')) ? withoutOutlineBullets(raw) : raw;
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    // "R e f e r a t": a title set in spaced letters is the word.
    const p = LETTER_SPACED.test(paragraphs[i]!) ? paragraphs[i]!.replace(/ /g, '') : paragraphs[i]!;
    const glued = GLUED_HEADING.exec(p);
    if (glued) {
      out.push(glued[1]!, glued[2]!);
      continue;
    }
    const next = paragraphs[i + 1];
    // "4. Opsigelse af overenskomsten1. Orientering om …" / "Orientering om …": the contents' last entry run into the first
    // item's header (FirstAgenda's edagsorden pages), told by the item's title repeated under it.
    const header = next !== undefined && next.length >= 3 ? headerOf(p, next) : -1;
    if (header > 0) {
      out.push(p.slice(0, header), p.slice(header));
      continue;
    }
    // "Godkendt.11. Briefing fra borgerrådgiveren" / "Sagsnr: …": a web page's decision run into the next item's header.
    const runOn = /[.!?]\d/.test(p) ? GLUED_ITEM.exec(p) : null;
    if (runOn && next !== undefined && (/^Sag(?:s)?nr\.?:?\s/i.test(next) || caseNumberOf(next) !== null || headingKind(next) !== null)) {
      out.push(p.slice(0, runOn.index + runOn[1]!.length), p.slice(runOn.index + runOn[1]!.length));
      continue;
    }
    // "Sagsnr: 27.15.00-A08-1-17 Sagsansvarlig: Camilla Jensen" (Faxe): the case number; who handles it is no content.
    const handled = /^Sag(?:s)?nr\.?:\s*(\S+?),?\s+(?:Sagsansvarlig|Sagsbehandler|Initialer):.*$/i.exec(p);
    if (handled && caseNumberOf(handled[1]) !== null) {
      out.push(`Sagsnr.: ${handled[1]}`);
      continue;
    }
    // "Sagsbehandler: Anne Holm" on a line of its own under the case number (a case box's cells one a line).
    if (/^(?:Sagsansvarlig|Sagsbehandler|Initialer):\s*\S.{0,60}$/i.test(p) && /^Sag(?:s)?nr\.?:?\s/i.test(out.at(-1) ?? '')) continue;
    const both = CASE_AND_STATUS.exec(p);
    // "Åbent - 2012/057275" (Odense): the item's status and its case number.
    const statusCase = /^(Åben|Åbent|Lukket)\s*[-–]\s*(\S+)$/.exec(p);
    if (statusCase && caseNumberOf(statusCase[2]) !== null) {
      out.push(statusCase[1]!, `Sagsnr.: ${statusCase[2]}`);
      continue;
    }
    // "1 Åben Invitation til indvielse 87931/15" under "Bilag:" (the same protocols): an attachment — its number, whether
    // it is open, its title, its document number. (Read as "1 Åben …" it would be an item's header.)
    const attachment = /^\d{1,2}\s+(?:Åben|Lukket)\s+(\S.{0,200}?)\s+\d{2,8}\/\d{2}$/.exec(p);
    if (attachment) {
      out.push(`• ${attachment[1]}`);
      continue;
    }
    // "01.02G00 - 2017/27088" under the title (Gribskov): the KLE subject and the case number.
    const kleCase = /^\d{2}\.\d{2}[A-ZÆØ]\d{2}\s*[-–]\s*(\d{4}\/\d{1,7})$/.exec(p);
    if (kleCase) {
      out.push(`Sagsnr.: ${kleCase[1]}`);
      continue;
    }
    // "A00 11/7309 Åben sag" (Norddjurs' protocols): the KLE group of the case, its number and the item's status.
    const kle = /^[A-ZÆØ]\d{2}\s+(\d{2}\/\d{1,7})\s+(Åben|Lukket)\s+sag$/.exec(p);
    if (kle) {
      out.push(`Sagsnr.: ${kle[1]}`, `${kle[2]} sag`);
      continue;
    }
    // "Sagsid.: 17/3668, Sagsinitialer: GES" (Aabenraa), "J.nr.: A00 Sagsid.: 10/22971" (Kolding, 2010), "J.nr.: A09
    // Sagsid: 07/1234 Sagsbehandler: HY Åben sag" (Thisted): the case number, and the item's status where given.
    const sagsid = /^(?:J\.?\s*nr\.?:\s*\S*\s+)?Sagsid\.?:\s*(\S+?),?(?:\s+(?:Sagsinitialer|Sagsbehandler|Initialer):.*?)?(?:\s+(Åben|Lukket)\s+sag)?$/i.exec(p);
    if (sagsid && caseNumberOf(sagsid[1]) !== null) {
      out.push(`Sagsnr.: ${sagsid[1]}`);
      if (sagsid[2]) out.push(sagsid[2]);
      continue;
    }
    // "Pkt. 16" / "Temadrøftelse om …": one header. The link to it above ("• Pkt. 16 Temadrøftelse …") is not content.
    // So "Punkt 3" / "Title" (number and title in two columns of a PDF's table).
    const pkt = /^(Pkt\.|Punkt)\s*(?:nr\.\s*)?(\d{1,4}[a-z]?):?$/i.exec(p);
    if (pkt && next !== undefined && next.length <= 250 && !headingKind(next) && !isCaseNumberLine(next) && /^[A-ZÆØÅ0-9"«„]/.test(next)) {
      const header = /^pkt/i.test(pkt[1]!) ? `Pkt. ${pkt[2]} ${next}` : `Punkt ${pkt[2]}: ${next}`;
      if (out.at(-1)?.replace(/^•\s*/, '') === header) out.pop();
      out.push(header);
      i++;
      continue;
    }
    // "3." / "Title": a number alone and the title on the next line read as one "3. Title" line — whether
    // that is an item's header or a list entry is decided as for any such line. (A title may start with a
    // number of its own: "1." / "3. økonomi- og aktivitetsrapport".)
    // ("1" / "Title" / "Sagsnummer: …" without the full stop — a web page's number badge, Aarhus — only where the case
    // number or a heading follows the title: a page's number alone is no item's.)
    const after = paragraphs[i + 2];
    // (Nor a contents' page number over the first item's own header: "6" / "Punkt 41: Meddelelser" / "Beslutningskompetence".)
    const lone = /^\d{1,3}$/.test(p) && after !== undefined && (isCaseNumberLine(after) || headingKind(after) !== null) &&
      next !== undefined && !ITEM_PUNKT.test(next) && !/^\d{1,4}[.):]?\s/.test(next);
    const bare = /^(\d{1,3})\.$/.exec(p) ?? (lone ? [p, p] : null);
    if (bare && next !== undefined && next.length <= 250 && !headingKind(next) && !isCaseNumberLine(next) && /^[A-ZÆØÅ0-9"«„]/.test(next)) {
      out.push(`${bare[1]}. ${next}`);
      i++;
      continue;
    }
    // "DIR" / "FOU" / "SOS" / … / "x" (Herning's web pages): a table marking which committees see the case, cell by
    // cell; "Øvrige sagsbehandlere: -" under it. The case system's, not content.
    if (COMMITTEE_CELL.test(p) && paragraphs.slice(i, i + 4).every((c) => COMMITTEE_CELL.test(c))) {
      while (paragraphs[i + 1] !== undefined && COMMITTEE_CELL.test(paragraphs[i + 1]!)) i++;
      continue;
    }
    if (/^Øvrige sagsbehandlere:/i.test(p)) continue;
    // "Værested for hjemløse" / "Sag nr. 42" (Rødovre): the title, then the item's number under it.
    const below = /^Sag\s+nr\.\s*(\d{1,4}[a-z]?)$/i.exec(p);
    const above = out.at(-1);
    if (below && above !== undefined && above.length <= 250 && !headingKind(above) && !/[.:;,]$/.test(above) && !ITEM_PUNKT.test(above)) {
      out[out.length - 1] = `Sag nr. ${below[1]}: ${above}`;
      continue;
    }
    // ("Sagsnummer" / "00.34.00-S00-2-14": Horsens' web minutes.)
    if (/^(?:Sag(?:s)?nr\.?|Sagsnummer):?$/i.test(p) && caseNumberOf(next) !== null) {
      out.push(`Sagsnr.: ${caseNumberOf(next)}`);
      i++;
    } else if (/^(?:Sag(?:s)?nr\.?|Sagsnummer):$/i.test(p)) {
      // "Sagsnr.:" with no number (an item with no case, Fredericia): nothing to keep.
    } else if (both && caseNumberOf(both[1]!) !== null) out.push(both[1]!, both[2]!);
    else out.push(p);
  }
  return out;
}
