// Text laid out in columns by spaces (pdftotext -layout): a front page's facts two to a row, and bare labels
// side by side over their entries ("Afbud:" beside "Fraværende:"). Read as the PDF reader reads the same page
// (pdf-lines.ts): a fact a line, a label's column at a time. Everything else is left as it is.

// A front page's labels ("Mødested:", "Afbud:"), at a line's start or after three spaces or more. (Only these: a case
// system's "Sagsnr.: …   Dok.nr.: …   Åbent" under a title is one line that tidy-paragraphs.ts reads whole.)
const LABEL = String.raw`(?:Mødedato|Dato|Mødetidspunkt|Tidspunkt|Tid|Mødested|Sted|Lokale|Mødestart|Mødeslut|Start|Slut|Afholdt|Afbud|Fraværende|Deltagere|Til stede|Medlemmer|Gæster|Mødeleder|Formand|Næstformand|Referent|Sekretær|Sekretariat)[ \t]*:`;
const FACTS_ROW = new RegExp(String.raw`^[ \t]*${LABEL}[ \t]*\S.*?[ \t]{3,}${LABEL}[ \t]*\S`, 'u');
const FACT_CUT = new RegExp(String.raw`[ \t]{3,}(?=${LABEL}[ \t]*\S)`, 'gu');
// Where each fact of such a row begins (after the spaces in group 1).
const FACT_START = new RegExp(String.raw`(^[ \t]*|[ \t]{3,})(?=${LABEL}[ \t]*\S)`, 'gu');
const BARE_LABELS = new RegExp(String.raw`^[ \t]*${LABEL}(?:[ \t]{3,}${LABEL})+[ \t]*$`, 'u');

/** Where each bare label of a row starts (its character column), or null when the line is no such row. */
function labelColumns(line: string): number[] | null {
  if (!BARE_LABELS.test(line)) return null;
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => m.index);
}

export function fromLayoutColumns(text: string): string {
  if (!/\S[ \t]{3,}[A-ZÆØÅ]/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FACTS_ROW.test(line)) {
      const facts = line.trim().split(FACT_CUT);
      const at = [...line.matchAll(FACT_START)].map((m) => m.index + m[1]!.length);
      // A value wrapped in its cell goes on in the next line, in the cell's column ("Regionshuset" / "Viborg").
      while (i + 1 < lines.length && lines[i + 1]!.trim() && !FACTS_ROW.test(lines[i + 1]!) && !labelColumns(lines[i + 1]!)) {
        const cells = [...lines[i + 1]!.matchAll(/\S+(?: \S+)*/g)];
        const columnOf = (c: number) => at.findIndex((a) => Math.abs(a - c) <= 2);
        if (cells.some((c) => columnOf(c.index) < 0)) break;
        for (const c of cells) facts[columnOf(c.index)] += ` ${c[0]}`;
        i++;
      }
      out.push(...facts);
      continue;
    }
    const columns = labelColumns(line);
    if (!columns) {
      out.push(line);
      continue;
    }
    // The entries: the lines under the labels (after at most one blank line) until the next blank line.
    const entries: string[][] = columns.map(() => []);
    let j = i + 1;
    if (lines[j]?.trim() === '') j++;
    for (; j < lines.length && lines[j]!.trim() !== ''; j++) {
      for (const cell of lines[j]!.matchAll(/\S+(?: \S+)*/g)) {
        // (A cell belongs to the last column that starts at or before it, give or take two characters.)
        let k = 0;
        while (k + 1 < columns.length && columns[k + 1]! <= cell.index + 2) k++;
        entries[k]!.push(cell[0]);
      }
    }
    if (entries.every((e) => e.length === 0)) {
      out.push(line);
      continue;
    }
    const labels = line.trim().split(/[ \t]{3,}/);
    labels.forEach((label, k) => out.push(...(k > 0 ? [''] : []), label, ...entries[k]!));
    i = j - 1;
  }
  return out.join('\n');
}
