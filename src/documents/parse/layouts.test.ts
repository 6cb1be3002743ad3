// The importer on the layouts other regions publish, and on attendance as minutes write it: invented content in each
// layout (test/fixtures/layout-*), since the real documents are not ours to copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseMeetingText } from './parse-text.ts';

const sample = (n: string) => parseMeetingText(readFileSync(new URL(`../../../test/fixtures/${n}`, import.meta.url), 'utf8'));

test('a case system\'s web minutes: "Møde i …" header, "Åbent"/"Lukket" under each title, "Behandling i …" as the decision (Region Sjælland\'s layout)', () => {
  // Invented content in the layout of Region Sjælland's published minutes.
  const m = sample('layout-regionsjaelland_referat.txt');
  assert.deepEqual(
    [m.kind, m.organization, m.date, m.start, m.location, m.absent],
    ['minutes', 'Udvalget for det nære sundhedsvæsen', '2020-01-15', '13:00', 'Mødelokale 1', ['Bent Lund']],
  );
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public, i.sections.map((s) => s.kind)]), [
    ['1', 'Godkendelse af dagsorden', true, ['decision']],
    ['2', 'Status på lægedækning i yderområderne', true, ['summary', 'presentation', 'recommendation', 'decision', 'attachments']],
    ['3', 'Køb af ejendom', false, []],
  ]);
  // Away for some items, said in the list of participants; the one away from the meeting is not listed again.
  assert.deepEqual(m.attendanceChanges, [{ name: 'Dennis Brandt', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['2', '3'] }]);
  const two = m.items[1]!;
  assert.equal(two.decisionLead, 'Taget til efterretning.');
  assert.deepEqual(two.recommendation?.clauses, ['at orienteringen tages til efterretning']);
  assert.deepEqual(two.attachments, ['Notat om klinikkernes bemanding']);
  // The case system's letter ids are not content.
  assert.ok(!JSON.stringify(m).includes('Brevid'));
  assert.deepEqual(m.warnings, []);
});

test('an older web layout: "Forretningsudvalget - referat 05-12-2007", "Sagsnr:" with the number on its own line, "Afbud:" as one line (Region Syddanmark, 2007)', () => {
  // Invented content in the layout of Region Syddanmark's minutes from 2007.
  const m = sample('layout-regionsyddanmark-2007_referat.txt');
  assert.deepEqual(
    [m.kind, m.organization, m.date, m.start, m.end, m.location, m.absent],
    ['minutes', 'Forretningsudvalget', '2007-12-05', '15:00', '16:10', 'Regionshuset, mødelokale 4.', ['Carla Juhl', 'Eva Krogh']],
  );
  // The list of items under "Dagsorden" is a table of contents, not the items.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.sections.map((s) => s.kind), i.decision]), [
    ['1', '3. økonomi- og aktivitetsrapport', '07/5773', ['summary', 'presentation', 'recommendation', 'decision'], 'Godkendt.'],
    ['2', 'Budgetopfølgning 2007', '07/5774', ['presentation', 'decision'], 'Taget til efterretning.'],
  ]);
  assert.deepEqual(m.items[0]!.recommendation?.clauses, ['at rapporten godkendes']);
});

test('a FirstAgenda publication as Region Hovedstaden publishes it: capital headings (kept in sentence case), "Forretningsudvalgets beslutning den …" as the decision, other bodies\' decisions kept as earlier steps', () => {
  // Invented content in the layout of Region Hovedstaden's FirstAgenda publications.
  const m = sample('layout-regionh-firstagenda_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.closedAt], ['minutes', 'Forretningsudvalg', '2022-11-08', '12:50']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.decisionLead]), [
    ['1', 'Godkendelse af dagsorden', null, 'Dagsordenen blev godkendt.'],
    ['2', 'Plan for indsatsen mod jordforurening i 2023', '22012345', 'Anbefalet.'],
    ['3', 'Eventuelt', null, 'Intet.'],
  ]);
  const two = m.items[1]!;
  // Headings written in capitals are kept in sentence case, as Lighed prints its own.
  assert.deepEqual(two.sections.map((s) => [s.heading, s.kind]), [
    ['Indstilling', 'recommendation'],
    ['Politisk behandling', 'consultation_path'],
    ['Forretningsudvalgets beslutning den 8. november 2022', 'decision'],
    // The committee that sent the case on decided earlier: its decision is kept, not taken as this meeting's.
    ['Miljø- og klimaudvalgets beslutning den 2. november 2022', 'other'],
    ['Baggrund', 'other'],
    ['Økonomiske konsekvenser', 'financial_consequences'],
    ['Direktørpåtegning', 'other'],
    ['Bilagsfortegnelse', 'attachments'],
  ]);
  assert.equal(two.decision, 'Anbefalet.\n\nBent Lund (D) og Carla Juhl (Ø) deltog ikke i sagens behandling.');
  assert.deepEqual(two.recommendation, {
    proposer: 'Miljø- og klimaudvalget',
    lead: 'Miljø- og klimaudvalget anbefaler over for forretningsudvalget og regionsrådet:',
    clauses: ['at planen for indsatsen i 2023 godkendes', 'at planen sendes i offentlig høring'],
  });
  assert.deepEqual(two.attachments, ['Plan for indsatsen 2023']);
  // "… deltog ikke i sagens behandling" in this meeting's decisions: not there for those items.
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.absentDuringItems]), [['Bent Lund', ['1', '2']], ['Carla Juhl', ['1', '2']]]);
  // "Mødet sluttede kl. 12.50" is the meeting's closing time, not part of item 1's decision.
  assert.ok(!m.items[0]!.decision!.includes('sluttede'));
});

test('a sentence about a body\'s decision is text, not a heading', () => {
  const m = parseMeetingText('REFERAT Udvalget d. 08-11-2022\n\nPunkt 1: Sag\n\nSagsfremstilling\n\nRegionsrådets beslutning den 12. maj 2020 om at lukke afdelingen\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual(m.items[0]!.sections.map((s) => s.heading), ['Sagsfremstilling', 'Beslutning']);
});

test('Region Sjælland\'s later layout: "Referat - Regionsrådet 2018-2021", the date and place on lines of their own, "Fraværende:", items as "2 (Åben) …"', () => {
  // Invented content in the layout of Region Sjælland's minutes from 2021.
  const m = sample('layout-regionsjaelland-2021_referat.txt');
  assert.deepEqual(
    [m.kind, m.organization, m.date, m.start, m.location, m.absent],
    ['minutes', 'Regionsrådet', '2021-03-08', '16:00', 'Video', ['Carla Juhl']],
  );
  // The contents list ("1 (Åben) Godkendelse af dagsorden 4") is not taken for the items.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.sections.map((s) => s.kind)]), [
    ['1', 'Godkendelse af dagsorden', '21-000123', true, ['decision']],
    ['2', 'Plan for dialyseområdet 2021-2025', '21-000456', true, ['summary', 'recommendation', 'decision']],
    ['3', 'Køb af ejendom', '21-000789', false, []],
  ]);
});

test('older PDF minutes in capitals: "BESLUTNINGER", the body on its own line, "SAG NR. 1 …", "ADMINISTRATIONENS INDSTILLING" with numbered clauses and no lead (Region Hovedstaden, 2010)', () => {
  // Invented content in the layout of Region Hovedstaden's decision minutes until 2013.
  const m = sample('layout-regionh-2010_beslutninger.txt');
  assert.deepEqual(
    [m.kind, m.organization, m.date, m.start, m.location, m.absent],
    ['minutes', 'FORRETNINGSUDVALGET', '2010-01-04', '10:00', 'Regionsgården i Hillerød, mødelokale H 6', ['Anna Holm', 'Bent Lund']],
  );
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => s.kind), i.decision]), [
    ['1', 'MØDEPLAN 2010 FOR FORRETNINGSUDVALGET', ['recommendation', 'summary', 'decision'], 'Godkendt.'],
    ['2', 'MEDDELELSER', ['decision'], 'Taget til efterretning.'],
  ]);
  assert.deepEqual(m.items[0]!.recommendation, {
    proposer: 'Administrationen',
    lead: '',
    clauses: ['at udkast til mødeplan 2010 godkendes', 'at planen offentliggøres på hjemmesiden'],
  });
  // "Sag nr. 5 blev udsat." in a text is a sentence, not an item.
  const s = parseMeetingText('REFERAT Udvalget d. 04-01-2010\n\nPunkt 1: Sag\n\nBeslutning\n\nSag nr. 5 blev udsat.');
  assert.equal(s.items.length, 1);
});

test('Region Nordjylland\'s eDoc pages: "Regionsrådet 24-11-2020 13:00", each item\'s minutes under "Referat", a title run into its heading, "Der var afbud fra …" inside an item', () => {
  // Invented content in the layout of Region Nordjylland's published minutes.
  const m = sample('layout-regionnordjylland_referat.txt');
  // The page says "Dagsorden" on every meeting; the items' "Referat" sections make it minutes.
  assert.deepEqual([m.kind, m.organization, m.date, m.start], ['minutes', 'Regionsrådet', '2020-11-24', '13:00']);
  // A name with an initial does not end the sentence of absences.
  assert.deepEqual(m.absent, ['Anna Holm', 'Lina H. Juhl']);
  // The contents list ("1.Meddelelse fra formanden") is not the items.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public, i.sections.map((s) => s.kind), i.decisionLead]), [
    ['1', 'Meddelelse fra formanden', true, ['decision'], 'Følgende emner blev nævnt under dette punkt på Regionsrådets møde den 24. november 2020:'],
    ['2', 'Godkendelse - Kvartalsrapport 3-2020', true, ['presentation', 'recommendation', 'decision'], 'Godkendt.'],
    ['3', 'Salg af ejendom', false, ['decision'], 'Godkendt.'],
  ]);
});

test('"Afbud" bullets: a member who missed only some items is not absent from the meeting', () => {
  const m = parseMeetingText('Sundhedsudvalget - Referat - 03. oktober 2011\n\nMødedato\n03-10-2011 kl. 14:00 - 17:00\n\nDeltagere\n • Anna Holm\n • Bent Lund\n • Carl Berg\n\n • Afbud\n • Carl Berg\n • Bent Lund deltog ikke i punkterne 2 – 4\n\nSagsnr. 11/629\n1. Besøg\n\nBeslutning\n\nTaget til efterretning.');
  assert.deepEqual(m.absent, ['Carl Berg']);
  assert.deepEqual(m.attendanceChanges, [{ name: 'Bent Lund', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['2', '3', '4'] }]);
});

test('a meeting held in two places, a line each under "Mødested", keeps both', () => {
  const m = parseMeetingText('Sundhedsudvalget - Referat - 03. oktober 2011\n\nMødedato\n03-10-2011 kl. 14:00 - 17:00\n\nMødested\n\n14:00 - 15:00 - Klinisk Institut, Vinkelvej 25, Odense\n\n16:00 – 17:00 - OUH, lokale 14\n\nDeltagere\n • Anna Holm\n\nSagsnr. 11/629\n1. Besøg\n\nBeslutning\n\nTaget til efterretning.');
  assert.equal(m.location, '14:00 - 15:00 - Klinisk Institut, Vinkelvej 25, Odense; 16:00 – 17:00 - OUH, lokale 14');
  assert.equal(m.start, '14:00');
});

test('an attachment called "Referat" stays an attachment', () => {
  const m = parseMeetingText('REFERAT Udvalget d. 04-01-2010\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.\n\nBilag\n\nReferat\n\nNotat om sagen');
  assert.deepEqual(m.items[0]!.attachments, ['Referat', 'Notat om sagen']);
  assert.equal(m.items[0]!.decision, 'Godkendt.');
});

test('a council\'s agenda quoting the committee\'s earlier decision is an agenda, with that decision kept as an earlier step', () => {
  const m = parseMeetingText('Regionsrådet - mødesager\n\n1. Plan for jordforurening\n\nINDSTILLING\n\nForretningsudvalget anbefaler over for regionsrådet:\n\n• at planen godkendes.\n\nPOLITISK BEHANDLING\n\nForretningsudvalgets beslutning den 8. november 2022:\n\nAnbefalet.\n\nBAGGRUND\n\nRegionen laver hvert år en plan.');
  assert.equal(m.kind, 'agenda');
  assert.equal(m.organization, 'Regionsrådet');
  assert.equal(m.items[0]!.decision, null);
  assert.deepEqual(m.items[0]!.sections.map((s) => s.kind), ['recommendation', 'consultation_path', 'other', 'other']);
});

test('absent members named with their party are matched by name alone', () => {
  const m = parseMeetingText('REFERAT Udvalget d. 04-01-2010\n\nAlle medlemmer var mødt undtagen Jørgen Holm (V) og Else Krogh (A).\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual(m.absent, ['Jørgen Holm', 'Else Krogh']);
});

test('who came late and who left early, by item — in the wording the secretariat\'s own minutes use', () => {
  const m = parseMeetingText('REFERAT Udvalget d. 04-01-2010\n\nAlle var mødt.\n\nEva Krogh (A) ankom under behandlingen af punkt 2. Anne V. Kristensen forlod mødet kl. 13.04 under behandlingen af punkt 3.\n\nBent Lund forlod mødet efter behandlingen af punkt 1.\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual(m.attendanceChanges, [
    { name: 'Eva Krogh', arrivedDuringItem: '2', leftDuringItem: null, absentDuringItems: [] },
    { name: 'Anne V. Kristensen', arrivedDuringItem: null, leftDuringItem: '3', absentDuringItems: [] },
  ]);
});

test('"var fraværende under punkt 2-4", "var ikke til stede ved behandlingen af punkt 5", "var forsinket … og ikke under behandling af dagsordenpunkt 1 og 3": away from those items, not from the meeting', () => {
  const m = parseMeetingText('REFERAT Udvalget d. 04-01-2010\n\nAlle var mødt, undtagen Lise Holm.\n\nOle Dam var fraværende under punkt 2-4. Eva Krogh (A) var ikke til stede ved behandlingen af punkt 5.\n\nPer Holt (A) var forsinket pga. arbejde, og deltog derfor først fra kl. 15.45 og ikke under behandling af dagsordenpunkt 1 og 3.\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual(m.absent, ['Lise Holm']);
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.absentDuringItems]), [['Ole Dam', ['2', '3', '4']], ['Eva Krogh', ['5']], ['Per Holt', ['1', '3']]]);
});

test('absences on one line after a label: "Fraværende:", "Ikke til stede:", "Afbud:"', () => {
  for (const label of ['Fraværende:', 'Ikke til stede:', 'Afbud:', 'Afbud fra:']) {
    const m = parseMeetingText(`REFERAT Udvalget d. 04-01-2010\n\n${label} Anna Holm (A) og Lina H. Juhl.\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.`);
    assert.deepEqual(m.absent, ['Anna Holm', 'Lina H. Juhl'], label);
  }
});

test('supplementary items with a letter: "Punkt 10a: …" and "10a. …"', () => {
  const a = parseMeetingText('REFERAT Udvalget d. 04-01-2010\n\nPunkt 10: Sag\n\nBeslutning\n\nGodkendt.\n\nPunkt 10a: Tillægssag\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual(a.items.map((i) => [i.number, i.title]), [['10', 'Sag'], ['10a', 'Tillægssag']]);
  const b = parseMeetingText('REFERAT Udvalget d. 04-01-2010\n\nSagnr.: 1-00-14-22\n\n10. Sag\n\nBeslutning\n\nGodkendt.\n\nSagnr.: 1-00-14-23\n\n10a. Tillægssag\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual(b.items.map((i) => [i.number, i.title, i.caseNumber]), [['10', 'Sag', '1-00-14-22'], ['10a', 'Tillægssag', '1-00-14-23']]);
});

test('a two-digit year and a whole hour: "08.11.22", "kl. 16"', () => {
  const m = parseMeetingText('REFERAT Udvalget d. 08.11.22\n\nMødedato: 08.11.22 kl. 16\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual([m.date, m.start], ['2022-11-08', '16:00']);
});

test('the closing time as a whole hour: "Mødet blev hævet kl. 16."', () => {
  const m = parseMeetingText('REFERAT Udvalget d. 08-11-2022\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.\n\nMødet blev hævet kl. 16.');
  assert.equal(m.closedAt, '16:00');
  assert.equal(m.items[0]!.decision, 'Godkendt.');
});

test('a tillægsdagsorden is an agenda marked as a supplement, however its header is written', () => {
  for (const header of ['TILLÆGSDAGSORDEN Udvalget d. 03-12-2026', 'Tillægsdagsorden til mødet i Udvalget den 3. december 2026 kl. 09:00', 'Udvalget - Tillægsdagsorden - 3. december 2026']) {
    const m = parseMeetingText(`${header}\n\nPunkt 8: Ekstra\n\nSagsfremstilling\n\nTekst.`);
    assert.deepEqual([m.kind, m.supplement, m.organization, m.date], ['agenda', true, 'Udvalget', '2026-12-03'], header);
  }
  assert.equal(parseMeetingText('DAGSORDEN Udvalget d. 03-12-2026\n\nPunkt 1: Sag\n\nSagsfremstilling\n\nTekst.').supplement, false);
});

test('items headed "Punkt 1 - …", "Sag 1: …", "Punkt nr. 1:", "Pkt. nr. 1", "Ad 1.", "Ad pkt. 1", "1)", "01."; "Sag 306-2009-600" stays a case number', () => {
  for (const header of ['Punkt 1 - ', 'Punkt 1 – ', 'Sag 1: ', 'Sag 1 - ', 'Punkt nr. 1: ', 'Pkt. nr. 1 ', 'Ad 1. ', 'Ad pkt. 1 ', '1) ', '01. ']) {
    const m = parseMeetingText(`REFERAT Udvalget d. 05-11-2026\n\n${header}Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n${header.replace('1', '2')}Eventuelt\n\nSag 306-2009-600\n\nBeslutning\n\nIntet.`);
    assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber]), [['1', 'Godkendelse af dagsorden', null], ['2', 'Eventuelt', '306-2009-600']], header);
  }
});

test('"Ad 1: Godkendt." in a decision answers its recommendation\'s points: no item of its own', () => {
  for (const header of ['Punkt 1: ', '1. ']) {
    const m = parseMeetingText(`REFERAT Udvalget d. 12-03-2024\n\n${header}Værested\n\nBeslutning\n\nAd 1: Godkendt.\n\nAd 2: Udsat.\n\n${header.replace('1', '2')}Eventuelt\n\nBeslutning\n\nIntet.`);
    assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decision]), [['1', 'Værested', 'Ad 1: Godkendt.\n\nAd 2: Udsat.'], ['2', 'Eventuelt', 'Intet.']], header);
  }
});

test('a header table of "Starttidspunkt for møde:", "Mødelokale:" and "Fraværende:" — one name a line "ved afbud" (Tønder), or "Ingen."', () => {
  const item = '\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.';
  const toender = parseMeetingText('Kommunalbestyrelsen\n\nReferat\n\nMødedato: 26. juni 2014\n\nMødelokale: Byrådssalen, Tønder Rådhus\n\nStarttidspunkt for møde: 19:00\n\nSluttidspunkt for møde: 21:10\n\nFraværende: Lars Rytter ved afbud\nNiels F. Dahlmann ved afbud' + item);
  assert.deepEqual([toender.date, toender.start, toender.end, toender.location], ['2014-06-26', '19:00', '21:10', 'Byrådssalen, Tønder Rådhus']);
  assert.deepEqual(toender.absent, ['Lars Rytter', 'Niels F. Dahlmann']);
  // "Ingen" is nobody, not a member of that name.
  assert.deepEqual(parseMeetingText('Kommunalbestyrelsen\n\nReferat\n\nDato: Onsdag den 15-maj-2002\n\nFraværende: Ingen.' + item).absent, []);
});

test('Region Midtjylland\'s printed meeting page for a joint committee: "til" / "mødet i" on lines of their own, "Det indstilles," opening each item, clauses in table cells, "Afbud:" one person a line with role and workplace', () => {
  const text = readFileSync(new URL('../../../test/fixtures/layout-rm-klynge_referat.txt', import.meta.url), 'utf8');
  const m = parseMeetingText(text);
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Faglig strategisk gruppe Viborg-klyngen', '2026-11-18', '14:00', 'Mødelokale 2, Regionshospitalet Viborg']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.recommendation?.clauses ?? null, i.decision]), [
    ['1', 'Godkendelse af dagsorden', ['at dagsordenen godkendes'], 'Godkendt'],
    ['2', 'Fælles indsats for borgere i hjemløshed', ['at gruppen drøfter oplægget og udpeger to kontaktpersoner fra hver kommune'], 'Gruppen drøftede oplægget. Kommunerne udpeger kontaktpersoner inden 1. januar.'],
    ['3', 'Eventuelt', null, 'Intet at referere.'],
  ]);
  // "Sygeplejefaglig direktør Maja Lind, Regionshospitalet Viborg": the person, not her title or workplace.
  assert.deepEqual(m.absent, ['Per Krogh', 'Maja Lind', 'Rasmus Friis']);
  // The participants stay one a line in the item's text, and so does the line before them: a sentence that ends
  // well short of the width is not run into the next line's "Mødeleder: …".
  assert.match(m.items[0]!.sections.find((s) => s.heading === 'Sagsfremstilling')!.text, /^Punkter til eventuelt meldes ved mødets start\.\n\nMødeleder: Hanne Mølgaard\n\n/);
  assert.match(m.items[0]!.sections.find((s) => s.heading === 'Sagsfremstilling')!.text, /\n\nHospitalsdirektør Hanne Mølgaard, Regionshospitalet Viborg\n\nPraksiskoordinator Ulla Steen\n\n/);
  // The page as printed without the body's own line: its heading names the body.
  const bare = parseMeetingText(text.replace('Dagsordner og referater Sundhedsklynge Viborg\nReferat\ntil\nmødet i\nFaglig strategisk gruppe Viborg-klyngen\n', 'Dagsordner og referater Faglig strategisk gruppe Viborg-klyngen\ntil\nmødet i\n'));
  assert.deepEqual([bare.organization, bare.date, bare.start, bare.location, bare.items.length], ['Faglig strategisk gruppe Viborg-klyngen', '2026-11-18', '14:00', 'Mødelokale 2, Regionshospitalet Viborg', 3]);
});

test('"1." over a title that starts with a number of its own; "Afbud:" over names with initials (pdftotext of a table-like front page)', () => {
  const m = parseMeetingText('Referat\nForretningsudvalget\nMødedato:\n\nOnsdag d. 5. december 2007\n\nAfbud:\n\nAnne V. Kristensen, Bo Lund, Carla Juhl\n\n' +
    '1.\n\n3. økonomi- og aktivitetsrapport\n\nSagsnr.: 07/5773\n\nResumé\nTre gange om året får udvalget en rapport.\n\n2.\n\nBudgetopfølgning 2007\n\nSagsnr.: 07/5774\n\nBeslutning\nTaget til efterretning.');
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber]), [['1', '3. økonomi- og aktivitetsrapport', '07/5773'], ['2', 'Budgetopfølgning 2007', '07/5774']]);
  assert.deepEqual(m.absent, ['Anne V. Kristensen', 'Bo Lund', 'Carla Juhl']);
});

test('a body named for its field ("Social og sundhed") between "Referat" and the meeting\'s facts; the region above is not the body', () => {
  const m = parseMeetingText('Region Midtjylland\n\nReferat\nSocial og sundhed\nMødedato:\n\nMandag d. 17. april 2023\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt');
  assert.equal(m.organization, 'Social og sundhed');
  assert.equal(parseMeetingText('Referat\nRegion Midtjylland\nMødedato: 17-04-2023\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt').organization, null);
});

test('an agenda in two parts, "Åbne punkter" and "Lukkede punkter": the items of the second are closed; the contents\' parts say nothing', () => {
  const item = (n: number, title: string, text: string) => `${n}. ${title}\n\nSagsfremstilling\n\n${text}\n\nBeslutning\n\nGodkendt.\n\n`;
  const body = item(1, 'Godkendelse af dagsorden', 'Dagsordenen.') + item(2, 'Værested', 'Tekst om værestedet.');
  const closed = item(3, 'Køb af ejendom', 'Fortrolig tekst om prisen.') + item(4, 'Personalesag', 'Fortrolig tekst om en ansat.');
  for (const [open, shut] of [['Åbne punkter', 'Lukkede punkter'], ['Åben dagsorden', 'Lukket dagsorden:'], ['Åbne sager', 'Punkter for lukkede døre']]) {
    const m = parseMeetingText(`Referat\nSundhedsudvalget\nMødedato: 12-03-2024\n\n${open}\n\n${body}${shut}\n\n${closed}`);
    assert.deepEqual(m.items.map((i) => [i.number, i.public]), [['1', true], ['2', true], ['3', false], ['4', false]], shut);
    // The part's heading is not the text of the item before it.
    assert.equal(m.items[1]!.decision, 'Godkendt.', shut);
  }
  const contents = 'Indholdsfortegnelse\n\nÅbne punkter\n\n1. Godkendelse af dagsorden 2\n2. Værested 3\n\nLukkede punkter\n\n3. Køb af ejendom 4\n\n';
  const m = parseMeetingText(`Referat\nSundhedsudvalget\nMødedato: 12-03-2024\n\n${contents}${body}${item(3, 'Lukket: Køb af ejendom', 'Fortrolig tekst om prisen.')}`);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public]), [['1', 'Godkendelse af dagsorden', true], ['2', 'Værested', true], ['3', 'Køb af ejendom', false]]);
});

test('an item\'s status on the line under its title: "Fortroligt", "Ikke offentligt", "Status: Lukket" close it; "Status: Åben" does not', () => {
  for (const [status, isPublic] of [['Fortroligt', false], ['Ikke offentligt', false], ['Status: Lukket', false], ['Fortroligt punkt', false], ['Status: Åben', true]] as const) {
    const m = parseMeetingText(`Referat\nSundhedsudvalget\nMødedato: 12-03-2024\n\n1. Godkendelse af dagsorden\n\nÅbent\n\nBeslutning\n\nGodkendt.\n\n2. Køb af ejendom\n\n${status}\n\nSagsfremstilling\n\nTekst om prisen.\n\nBeslutning\n\nGodkendt.`);
    assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public, i.sections.map((s) => s.heading)]), [
      ['1', 'Godkendelse af dagsorden', true, ['Beslutning']],
      ['2', 'Køb af ejendom', isPublic, ['Sagsfremstilling', 'Beslutning']],
    ], status);
    // With no blank lines the status still stands on its own line.
    assert.equal(parseMeetingText(`Referat\nSundhedsudvalget\nMødedato: 12-03-2024\n1. Godkendelse af dagsorden\nÅbent\nBeslutning\nGodkendt.\n2. Køb af ejendom\n${status}\nSagsfremstilling\nTekst om prisen.\nBeslutning\nGodkendt.`).items[1]!.public, isPublic, status);
  }
});

test('an item the contents mark closed is closed, also where its own header forgets to say so', () => {
  const items = '1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2. Orientering\n\nSagsfremstilling\n\nÅben tekst.\n\n3. Køb af ejendom\n\nSagsfremstilling\n\nTekst om prisen.\n\nBeslutning\n\nGodkendt.';
  for (const entry of ['3. Lukket punkt: Køb af ejendom 4', '3. Lukket: Køb af ejendom.....4', '3 Køb af ejendom (Lukket) 4', 'Lukket: Køb af ejendom.....\t4']) {
    const m = parseMeetingText(`Referat\nSundhedsudvalget\nMødedato: 12-03-2024\n\nIndholdsfortegnelse\n\n1. Godkendelse af dagsorden 2\n\n2. Orientering 3\n\n${entry}\n\n${items}`);
    assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public]), [['1', 'Godkendelse af dagsorden', true], ['2', 'Orientering', true], ['3', 'Køb af ejendom', false]], entry);
  }
  // An open item is not closed by a closed one's title elsewhere in the contents, when the entries have numbers.
  const m = parseMeetingText(`Referat\nSundhedsudvalget\nMødedato: 12-03-2024\n\nIndholdsfortegnelse\n\n5. Lukket: Orientering 4\n\n${items}`);
  assert.equal(m.items[1]!.public, true);
});

test('a breadcrumb trail wrapped by a print is no title: "2016pilSundhedsudvalgetpilSundhedsudvalget - Referat - …" (the trail\'s arrows read as "pil")', () => {
  const m = parseMeetingText([
    'ForsidepilPolitikpilDagsordner og referaterpilReferater', '2016pilSundhedsudvalgetpilSundhedsudvalget - Referat - 25. oktober 2016', '',
    'Sundhedsudvalget - Referat - 25. oktober 2016', '', 'Mødedato', '25-10-2016 kl. 15:00 - 16:10', '',
    '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.',
  ].join('\n'));
  assert.deepEqual([m.kind, m.organization, m.date, m.start], ['minutes', 'Sundhedsudvalget', '2016-10-25', '15:00']);
});

test('the kind\'s line with the date and no body ("Referat - 25. oktober 2016", "Dagsorden: 25.10.2016"): the date, and the body\'s name from the line beside it', () => {
  const body = '\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.';
  for (const head of ['Referat - 25. oktober 2016\n\nSundhedsudvalget', 'Sundhedsudvalget\n\nReferat - 25. oktober 2016', 'Sundhedsudvalget\n\nReferat: tirsdag den 25. oktober 2016', 'Referat: 25.10.2016 - Sundhedsudvalget', 'Sundhedsudvalget -\nReferat - 25. oktober 2016']) {
    const m = parseMeetingText(`${head}${body}`);
    assert.deepEqual([m.kind, m.organization, m.date], ['minutes', 'Sundhedsudvalget', '2016-10-25'], JSON.stringify(head));
  }
  assert.equal(parseMeetingText(`Referat - 25. oktober 2016${body}`).organization, null, 'no body is better than a dash for one');
});

test('attendance inside the first decision: "Tilstede var:" and "Afbud fra:" with titles and reasons, "forlod mødet … under behandling af pkt. 5" (Københavns Kommune\'s councils)', () => {
  const m = parseMeetingText([
    'Det Kriminalpræventive Råd - Referat - 3. juni 2014', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '',
    'Tilstede var:', 'Overborgmester Anna Holm', '', 'Borgmester Bent Lund', '', 'Vicepolitidirektør Carla Juhl', '',
    'Borgmester Bent Lund forlod mødet kl. 17.40 under behandling af pkt. 2.', '',
    'Afbud fra:', 'Borgmester Dorte Krag pga. arbejde.', 'Erik Vang grundet sygdom', '', 'Dagsordenen blev godkendt.', '',
    '2. Tryghedsindekset', '', 'Beslutning', '', 'Taget til efterretning.',
  ].join('\n'));
  assert.deepEqual(m.absent, ['Dorte Krag', 'Erik Vang']);
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.leftDuringItem]), [['Bent Lund', '2']]);
  // The lists are attendance, not what was decided (the note of who left stays in the minutes' words).
  assert.equal(m.items[0]!.decision, 'Borgmester Bent Lund forlod mødet kl. 17.40 under behandling af pkt. 2.\n\nDagsordenen blev godkendt.');
});

test('FirstAgenda\'s lettered item numbers ("1.a", an item added under item 1): in "Punkt 1.a: …", in "1.a …" under the contents, and printed and read back', async () => {
  const seedForm = parseMeetingText('DAGSORDEN Udsatterådet d. 25-06-2026\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nTekst.\n\nPunkt 1.a: Ekstra punkt om vinterberedskab\n\nSagsfremstilling\n\nTekst to.\n\nPunkt 2: Eventuelt\n\nSagsfremstilling\n\nIntet.\n');
  assert.deepEqual(seedForm.items.map((i) => [i.number, i.title]), [['1', 'Velkomst'], ['1.a', 'Ekstra punkt om vinterberedskab'], ['2', 'Eventuelt']]);
  const pdfForm = parseMeetingText('Dagsorden\nUdsatterådet\nMødedato: 25. juni 2026\n\nIndholdsfortegnelse\n1. Velkomst 2\n1.a Ekstra punkt om vinterberedskab 2\n2. Eventuelt 3\n\n1. Velkomst\nSagsfremstilling\nTekst.\n\n1.a Ekstra punkt om vinterberedskab\nSagsfremstilling\nTekst to.\n\n2. Eventuelt\nSagsfremstilling\nIntet.\n');
  assert.deepEqual(pdfForm.items.map((i) => [i.number, i.title]), [['1', 'Velkomst'], ['1.a', 'Ekstra punkt om vinterberedskab'], ['2', 'Eventuelt']]);
  const { renderText } = await import('../render/text.ts');
  const { renderModelFromParsed } = await import('../render/model.ts');
  const again = parseMeetingText(renderText(renderModelFromParsed(seedForm, 'members')));
  assert.deepEqual(again.items.map((i) => [i.number, i.title]), seedForm.items.map((i) => [i.number, i.title]));
});

test('attendance that names a lettered item ("punkt 1.a", "punkt 1a" of the item printed "1.a") is read and printed back as the meeting numbers it', async () => {
  const text = [
    'REFERAT Udsatterådet d. 25-06-2026', '',
    'Punkt 1: Velkomst', '', 'Beslutning', '', 'Godkendt.', '',
    'Punkt 1.a: Ekstra punkt om vinterberedskab', '', 'Beslutning', '', 'Godkendt.', '', 'Carla Juhl erklærede sig inhabil.', '',
    'Punkt 2: Eventuelt', '', 'Beslutning', '', 'Intet.', '',
    'Anna Holm forlod mødet kl. 11.05 under behandlingen af punkt 1a.', '',
    'Bo Lund deltog ikke i behandlingen af punkt 1.a og 2.', '',
    'Dorte Friis ankom under behandlingen af punkt 1.A.', '',
  ].join('\n');
  const m = parseMeetingText(text);
  assert.deepEqual(m.items.map((i) => i.number), ['1', '1.a', '2']);
  const byName = Object.fromEntries(m.attendanceChanges.map((c) => [c.name, [c.arrivedDuringItem, c.leftDuringItem, c.absentDuringItems]]));
  assert.deepEqual(byName, {
    'Anna Holm': [null, '1.a', []],
    'Bo Lund': [null, null, ['1.a', '2']],
    'Carla Juhl': [null, null, ['1.a']],
    'Dorte Friis': ['1.a', null, []],
  });
  const { renderText } = await import('../render/text.ts');
  const { renderModelFromParsed } = await import('../render/model.ts');
  const printed = renderText(renderModelFromParsed(m, 'members'));
  assert.match(printed, /Anna Holm forlod mødet under behandlingen af punkt 1\.a\./);
  assert.match(printed, /Bo Lund deltog ikke i behandlingen af punkt 1\.a og 2\./);
  assert.deepEqual(parseMeetingText(printed).attendanceChanges, m.attendanceChanges);
});
