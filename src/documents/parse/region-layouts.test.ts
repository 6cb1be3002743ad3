// The importer on the regions' own layouts: Region Hovedstaden's PDFs from FirstAgenda ("BESLUTNINGER
// Forretningsudvalg - mødesager") and Region Midtjylland's meeting pages for its fora and temporary committees.
// Invented content in each layout (test/fixtures/layout-*), since the real documents are not ours to copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseMeetingText } from './parse-text.ts';
import { bytesToParsed } from '../document-to-parsed.ts';

const text = (n: string) => readFileSync(new URL(`../../../test/fixtures/${n}`, import.meta.url), 'utf8');
const minutes = () => parseMeetingText(text('layout-regionh-firstagenda-pdf_beslutninger.txt'));

test('Region Hovedstaden\'s PDF minutes: "BESLUTNINGER … - mødesager" is minutes of that body; "MØDETIDSPUNKT", "MØDESTED"', () => {
  const m = minutes();
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Forretningsudvalg', '2024-04-02', '09:00', 'Regionsgården, mødelokale H7']);
  assert.deepEqual(m.warnings, []);
  // The kind on a line of its own above the body's line, and an agenda the same way.
  const agenda = parseMeetingText('DAGSORDEN\nForretningsudvalg - mødesager\n\nMØDETIDSPUNKT\n02-04-2024 09:00\n\n1. ÅRSREGNSKAB 2023\n\nINDSTILLING\nAdministrationen indstiller:\n1. at årsregnskabet godkendes.');
  assert.deepEqual([agenda.kind, agenda.organization, agenda.date, agenda.items.map((i) => i.title)], ['agenda', 'Forretningsudvalg', '2024-04-02', ['ÅRSREGNSKAB 2023']]);
});

test('items headed in capitals take the contents\' own case; an item after the one before\'s numbered attachments is still an item; "FORTROLIG - …" is closed', () => {
  const m = minutes();
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public, i.caseNumber, i.decision]), [
    ['1', 'Årsregnskab 2023 for Region Hovedstaden', true, '24001234', 'Anbefalet.'],
    ['2', 'Sundhedsaftalen 2024-2027 - indsatser for socialt udsatte borgere', true, '24005678', 'Godkendt.'],
    ['3', 'Køb af ejendom', false, null, null],
    ['4', 'Eventuelt', true, null, 'Intet.'],
  ]);
  // Nothing of item 2 or of the closed item is taken for an attachment of item 1.
  assert.deepEqual(m.items[0]!.attachments, ['Årsregnskab 2023']);
  assert.ok(!m.items.flatMap((i) => i.sections).some((s) => /KØB AF EJENDOM|Køb af ejendom/i.test(s.text)));
});

test('every heading of the layout starts a section of its own, in the document\'s order', () => {
  const one = minutes().items[0]!;
  assert.deepEqual(one.sections.map((s) => [s.heading, s.kind]), [
    ['Baggrund for sagens fremlæggelse', 'other'],
    ['Indstilling', 'recommendation'],
    ['Politisk behandling', 'consultation_path'],
    ['Forretningsudvalgets beslutning den 2. april 2024', 'decision'],
    ['Sagsfremstilling', 'presentation'],
    ['Konsekvenser', 'other'],
    ['Risikovurdering', 'other'],
    ['Økonomiske konsekvenser', 'financial_consequences'],
    ['Kommunikation', 'other'],
    ['Tidsplan og videre proces', 'other'],
    ['Direktørpåtegning', 'other'],
    ['Bilagsfortegnelse', 'attachments'],
  ]);
  assert.equal(one.sections.find((s) => s.heading === 'Konsekvenser')!.text, 'Ved godkendelse sendes regnskabet til revisionen.');
  assert.deepEqual(one.recommendation?.clauses, ['at årsregnskabet for 2023 godkendes', 'at regnskabet sendes til revisionen']);
});

test('"MEDLEMMER" with each member marked "Deltog" or "Afbud", and "Fraværende ved sag …" for the items a member missed', () => {
  const m = minutes();
  assert.deepEqual(m.absent, ['Carla Juhl']);
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.absentDuringItems]), [['Bent Lund', ['2']], ['Erik Vang', ['1', '2', '4']]]);
  // Party letters after the names, and "ved sag" under "Fraværende:" (the regional council's front page).
  const council = parseMeetingText([
    'BESLUTNINGER Regionsrådet - mødesager', '', 'MØDETIDSPUNKT', '21-08-2024 17:00', '', 'MEDLEMMER',
    'Anna Holm (A) Deltog', 'Bent Lund (V) Afbud', 'Carla Juhl (Ø) Deltog Fraværende ved sag 1, 3 og 5-6', '',
    '1. GODKENDELSE AF DAGSORDEN', '', 'POLITISK BEHANDLING', 'Regionsrådets beslutning den 21. august 2024:', 'Godkendt.',
    '', '2. EVENTUELT', '', 'POLITISK BEHANDLING', 'Regionsrådets beslutning den 21. august 2024:', 'Intet.',
  ].join('\n'));
  assert.deepEqual(council.absent, ['Bent Lund']);
  assert.deepEqual(council.attendanceChanges.map((c) => [c.name, c.absentDuringItems]), [['Carla Juhl', ['1', '3', '5', '6']]]);
  const away = parseMeetingText('REFERAT Regionsrådet d. 21-08-2024\n\nFraværende:\nLine Holm (C) ved sag 2-3\n\nPunkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Eventuelt\n\nBeslutning\n\nIntet.');
  assert.deepEqual(away.attendanceChanges.map((c) => [c.name, c.absentDuringItems]), [['Line Holm', ['2', '3']]]);
});

test('Region Midtjylland\'s meeting page for a forum: the facts as a bulleted list ("Mødedato: 6. marts, 2026 kl. 13:00"), "Der var afbud fra:" over a bulleted list with a substitute', async () => {
  const file = 'layout-rm-forum-web_referat.html';
  const m = await bytesToParsed(new Uint8Array(readFileSync(new URL(`../../../test/fixtures/${file}`, import.meta.url))), file);
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Forum for social sundhed', '2026-03-06', '13:00', 'Regionshuset Viborg, mødelokale F7']);
  assert.deepEqual(m.absent, ['Anna Holm', 'Bent Lund', 'Carla Juhl']);
  assert.deepEqual(m.substitutes, [{ name: 'Dorte Krag', substituteFor: 'Carla Juhl' }]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decision]), [
    ['1', 'Velkomst og godkendelse af dagsorden (kl. 13.00-13.10)', 'Formanden bød velkommen, og dagsordenen blev godkendt.'],
    ['2', 'Sundhedstilbud til borgere uden fast bolig (kl. 13.10-14.00)', 'Forummet drøftede tilbuddene og anbefalede, at de udbredes til alle fire klynger.'],
  ]);
});

test('a temporary committee\'s page: "Dagsordener og referater fra midlertidigt udvalg …" names the body; "…, som havde meldt afbud."', () => {
  const m = parseMeetingText(text('layout-rm-midlertidigt-udvalg_referat.txt'));
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Midlertidigt udvalg vedrørende ulighed i sundhed', '2026-08-18', '11:00', 'Regionshuset Viborg, Konference 1, Skottenborg 26, 8800 Viborg']);
  assert.deepEqual(m.absent, ['Anna V. Holm', 'Bent Lund']);
  assert.deepEqual(m.items.map((i) => [i.number, i.decision]), [['1', 'Formanden bød velkommen til udvalgets første møde.'], ['2', 'Drøftet.']]);
});

test('Region Syddanmark\'s "Afbud" bullets with the substitute after a dash: "• Villy Holm, F - Tine Lund stedfortræder"', () => {
  const m = parseMeetingText([
    'Regionsrådet - Referat - 25. november 2019', '', 'Mødedato', '25-11-2019 kl. 15:00 - 18:00', '', 'Mødested', 'Regionsrådssalen', '',
    'Deltagere', ' • Anna Holm, V', ' • Villy Holm, F', ' • Bo Lund, V', ' • Carla Juhl, A', '', ' • Afbud', '   ',
    ' • Villy Holm, F - Tine Lund stedfortræder', ' • Carla Juhl, A', ' • Bo Lund, V - Herdis Vang stedfortræder', '',
    '  1. Regnskabsafslutningen for 2019', '', '  Sagsnr. 19/1234', '  1. Regnskabsafslutningen for 2019', '  Resume', '  Regionen forventer et overskud.', '',
    '  Beslutning', '  Taget til efterretning.',
  ].join('\n'));
  assert.deepEqual([m.organization, m.date, m.start, m.end], ['Regionsrådet', '2019-11-25', '15:00', '18:00']);
  assert.deepEqual(m.absent, ['Villy Holm', 'Carla Juhl', 'Bo Lund']);
  assert.deepEqual(m.substitutes, [{ name: 'Tine Lund', substituteFor: 'Villy Holm' }, { name: 'Herdis Vang', substituteFor: 'Bo Lund' }]);
});

test('Region Hovedstaden\'s edagsorden page of announcements: each item\'s title repeated over text with no heading; the contents\' last entry run into the first item\'s header', () => {
  const m = parseMeetingText(text('layout-regionh-edagsorden_meddelelser.txt'));
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location], ['agenda', 'Forretningsudvalget', '2026-03-03', '10:00', '12:00', 'REGIONSRÅDSSALEN']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => s.text.slice(0, 40))]), [
    ['1', 'Meddelelse - Status på udredningsretten for borgere uden fast bolig', ['Administrationen har undersøgt, hvor man']],
    ['2', 'Meddelelse - Nyt sundhedstilbud på herberget i Valby', ['Fra 1. april har herberget en sygeplejer']],
    ['3', 'Meddelelse - Opsigelse af aftalen om tolkebistand', ['Aftalen er opsagt til udløb den 31. dece']],
  ]);
  // The item's own numbered list stays its text.
  assert.match(m.items[0]!.sections[0]!.text, /1\. Bliver borgerne udredt inden for fristen\?\n\n2\. Når indkaldelserne/);
});

test('Region Midtjylland\'s printed meeting page: its spacer paragraphs (a line holding a space) do not make a blank line run the place on into the attendance', () => {
  const m = parseMeetingText([
    'Referat', 'til', 'mødet i Hospitalsudvalget', 'den 11. juni 2026 kl. 14:00', 'i C2, parterre, Regionshuset Viborg og virtuelt møderum meet.rm04@rooms.rm.dk', '',
    'Alle medlemmer var mødt undtagen Anna Holm og Bent Lund, der havde meldt afbud.', '', ' ', '',
    'Carla Juhl og Dorte Krag deltog via video.', '', ' ', '', 'Mødet blev hævet kl. 15.35.', '', '', 'Sagnr.: 1-21-78-2-18', '',
    '1. Hospitalets økonomi', '', 'Resume', '', 'Hospitalet har lagt en handleplan.', '', 'Direktionen indstiller,', '',
    'at orienteringen tages til efterretning,', '', ' ', '', 'at spareforslag nr. 1 godkendes.', '', 'Beslutning', '', 'Indstillingen blev godkendt.', '',
    ...['Status på ventelister', 'Orientering om akutpladser', 'Eventuelt'].flatMap((t, k) => [`Sagnr.: 1-21-78-2-${20 + k}`, '', `${k + 2}. ${t}`, '', 'Beslutning', '', 'Taget til efterretning.', '']),
  ].join('\n'));
  assert.deepEqual([m.organization, m.date, m.start, m.location, m.absent, m.closedAt],
    ['Hospitalsudvalget', '2026-06-11', '14:00', 'C2, parterre, Regionshuset Viborg og virtuelt møderum meet.rm04@rooms.rm.dk', ['Anna Holm', 'Bent Lund'], '15:35']);
  assert.deepEqual(m.items[0]!.recommendation?.clauses, ['at orienteringen tages til efterretning', 'at spareforslag nr. 1 godkendes']);
});

test('Region Hovedstaden\'s published minutes (2023): decisions under "POLITISK BEHANDLING", and items with no heading at all ("Godkendt.")', () => {
  const m = parseMeetingText(text('layout-regionh-publikation-2023_referat.txt'));
  assert.deepEqual([m.kind, m.organization], ['minutes', 'Udvalget for det nære og sammenhængende sundhedsvæsen']);
  // Before, items 1 and 4 had no decision and 2 and 3 theirs under "Politisk behandling" as where the case goes next:
  // imported as an agenda.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decision]), [
    ['1', 'Godkendelse af dagsorden', 'Godkendt.\n\nMia Gudmand (A) deltog ikke i sagens behandling.'],
    ['2', 'Anden drøftelse af budgetinitiativer 2027-2030', 'Drøftet, idet udvalget besluttede, at følgende fem forslag skal gå videre.\n\nMia Gudmand (A) deltog ikke i sagens behandling.'],
    ['3', 'Beslutning: Mødeplan for 2027', 'Godkendt.'],
    ['4', 'Eventuelt', null],
  ]);
  assert.deepEqual(m.attendanceChanges, [{ name: 'Mia Gudmand', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['1', '2'] }]);
});

test('"POLITISK BEHANDLING" in an agenda says where the case goes next: no decision', () => {
  const m = parseMeetingText('Forretningsudvalg - mødesager\n\n1. Budget 2027\n\nINDSTILLING\n\nAdministrationen indstiller, at budgettet godkendes.\n\nPOLITISK BEHANDLING\n\nSagen forelægges forretningsudvalget og regionsrådet.\n\n2. Eventuelt\n\nINDSTILLING\n\nIntet.');
  assert.deepEqual([m.kind, m.items[0]!.decision, m.items[0]!.sections.map((s) => s.kind)], ['agenda', null, ['recommendation', 'consultation_path']]);
});

test('Region Midtjylland\'s council page (2017): the facts as a list, then "Alle medlemmer var mødt undtagen …", "I stedet deltog stedfortræder …", "Der mødte ikke stedfortræder for …"', () => {
  const page = (attendance: string) => parseMeetingText([
    'Regionsrådet 31. maj 2027 (Referat)', 'Regionsrådet', '- Udvalg: regionsrådet', '- Mødedato: 31. maj, 2027 kl. 13:00',
    '- Mødested: Regionsrådssalen, Regionshuset Viborg, Skottenborg 26, 8800 Viborg', attendance, 'Mødet blev hævet kl. 14.30.', '',
    'Sagnr.: 1-30-72-1-27', '', '1. Godkendelse af sundhedsaftale', '', 'Resume', '', 'Sundhedsaftalen forelægges til godkendelse.', '',
    'Forretningsudvalget indstiller,', '', 'at sundhedsaftalen godkendes.', '', 'Beslutning', '', 'Indstillingen blev godkendt.', '',
    'Martin Holm og Ib Berg var forhindrede i at deltage i sagens behandling.', '',
    'Sagnr.: 1-30-72-2-27', '', '2. Status på akutområdet', '', 'Beslutning', '', 'Taget til efterretning.',
  ].join('\n'));
  const m = page('Alle medlemmer var mødt undtagen Poul Erik Holm og Aleksander Aagaard, der havde meldt afbud.\nI stedet deltog stedfortræder Palle Quist. Der mødte ikke stedfortræder for Poul Erik Holm.');
  // Before: the place ran on with the attendance sentences, and the substitute stood in for nobody.
  assert.deepEqual([m.organization, m.date, m.start, m.location, m.closedAt], ['Regionsrådet', '2027-05-31', '13:00', 'Regionsrådssalen, Regionshuset Viborg, Skottenborg 26, 8800 Viborg', '14:30']);
  assert.deepEqual([m.absent, m.substitutes], [['Poul Erik Holm', 'Aleksander Aagaard'], [{ name: 'Palle Quist', substituteFor: 'Aleksander Aagaard' }]]);
  // "… var forhindrede i at deltage i sagens behandling" under the decision: not there for that item.
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.absentDuringItems]), [['Martin Holm', ['1']], ['Ib Berg', ['1']]]);
  // Whom the substitute stood in for is not guessed when the page does not say.
  const unsaid = page('Alle medlemmer var mødt undtagen Poul Erik Holm og Aleksander Aagaard, der havde meldt afbud.\nI stedet deltog stedfortræder Palle Quist.');
  assert.deepEqual(unsaid.substitutes, []);
});

test('"Afbud:" over its names and "Fraværende:" over others, as a PDF of Region Hovedstaden\'s front page reads a column at a time: all of them absent', () => {
  const m = parseMeetingText('REFERAT Forretningsudvalget d. 12-03-2026\n\nMødedato: 12. marts 2026\n\nAfbud:\nLise Bach (V)\nOle Dam (C)\n\nFraværende:\nMette Dahl (F)\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(m.absent, ['Lise Bach', 'Ole Dam', 'Mette Dahl']);
});
