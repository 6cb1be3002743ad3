// The importer on more municipal case systems' minutes (Aalborg, Esbjerg, Vejle, Silkeborg, Slagelse): invented content
// in each layout (test/fixtures/layout-*), since the real documents are not ours to copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseMeetingText } from './parse-text.ts';
import { headingKind } from './headings.ts';

const text = (n: string) => readFileSync(new URL(`../../../test/fixtures/${n}`, import.meta.url), 'utf8');
const sample = (n: string) => parseMeetingText(text(n));
const outline = (m: ReturnType<typeof parseMeetingText>) => m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.sections.map((s) => s.heading)]);

test('Aalborg: a contents list of "Punkt 1. …" entries with page numbers, the case number under the title, "Sagsbeskrivelse"', () => {
  const m = sample('layout-aalborg_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location, m.absent], ['minutes', 'Sundheds- og Kulturudvalget', '2023-08-23', '08:30', '12:00', 'Rådhuset, mødelokale 2', ['Lasse Olsen']]);
  // The contents' entries are not items of their own (each once, without its page number).
  assert.deepEqual(outline(m), [
    ['1', 'Godkendelse af dagsorden', '2023-000999', true, ['Beslutning']],
    ['2', 'Sundhedspolitik 2024-2027 - udkast til høring', '2023-015432', true, ['', 'Beslutning', 'Sagsbeskrivelse', 'Baggrund', 'Høring', 'Bilag']],
    ['3', 'Opfølgning på værestedet for socialt udsatte borgere i Nørresundby', '2023-011223', true, ['', 'Beslutning', 'Sagsbeskrivelse']],
  ]);
  // The case's description is not part of the decision above it.
  assert.deepEqual(m.items.map((i) => i.decision), ['Godkendt.', 'Godkendt.', 'Taget til efterretning.\n\nVibeke Gamst deltog ikke i sagens behandling.']);
  assert.equal(m.items[2]!.sections[2]!.text, 'Værestedet åbnede 1. marts 2023 og har haft 40 besøgende om dagen i gennemsnit.');
  assert.deepEqual(m.items[1]!.recommendation?.clauses, ['at udvalget godkender, at udkast til sundhedspolitik 2024-2027 sendes i høring']);
  assert.deepEqual(m.items[1]!.attachments, ['Udkast til sundhedspolitik 2024-2027', 'Høringsliste']);
  assert.deepEqual(m.attendanceChanges, [{ name: 'Vibeke Gamst', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['3'] }]);
  assert.deepEqual(m.warnings, []);
});

test('Esbjerg: "Sagsforløb: SAU, ØU, BY" is the case\'s path, not text of a closed item', () => {
  const m = sample('layout-esbjerg_referat.txt');
  assert.deepEqual([m.organization, m.date, m.start, m.end, m.absent], ['Social & Arbejdsmarkedsudvalget', '2022-09-12', '15:00', '17:30', ['Jens Jensen']]);
  const closed = m.items[2]!;
  assert.deepEqual([closed.title, closed.public, closed.sections.map((s) => [s.heading, s.kind, s.text])], ['Køb af ejendom til herberg', false, [
    ['Sagsforløb', 'consultation_path', 'SAU, ØU, BY'],
    ['Beslutning i Social & Arbejdsmarkedsudvalget den 12-09-2022', 'decision', 'Anbefales.\n\nFraværende: Jens Jensen'],
  ]]);
  assert.deepEqual(m.items[1]!.attachments, ['Hjemløsetælling 2022 (PDF)', 'Status på strategiens spor (PDF)']);
});

test('Vejle: "(Å)" and "(L)" after every title are the items\' status; "Mødetid: Kl. 14:00 - 16:00"', () => {
  const m = sample('layout-vejle_referat.txt');
  assert.deepEqual([m.organization, m.date, m.start, m.end, m.location, m.absent], ['Social- og Seniorudvalget', '2023-03-06', '14:00', '16:00', 'Udvalgsværelse 1, Vejle Rådhus', ['Niels Kristian Hansen']]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public]), [['1', 'Godkendelse af dagsorden', true], ['2', 'Handleplan for socialt udsatte 2023', true], ['3', 'Personsag', false]]);
  // A party's letter after one title is part of that title: only a mark on every item is a status.
  const party = parseMeetingText(text('layout-vejle_referat.txt').replace('1. Godkendelse af dagsorden (Å)', '1. Forslag fra Alternativet (Å)')
    .replace('2023 (Å)', '2023').replace('Personsag (L)', 'Personsag'));
  assert.deepEqual(party.items.map((i) => [i.title, i.public]), [['Forslag fra Alternativet (Å)', true], ['Handleplan for socialt udsatte 2023', true], ['Personsag', true]]);
});

test('Silkeborg: "Punkt 1 Godkendelse af dagsorden" with nothing between number and title, "Sagsnummer:", "Dato og tid:"', () => {
  const m = sample('layout-silkeborg_referat.txt');
  assert.deepEqual([m.organization, m.date, m.start, m.end, m.location, m.absent], ['Sundheds- og Ældreudvalget', '2023-02-07', '16:00', '18:30', 'Mødelokale 1.1, Rådhuset', ['Mads Kjær']]);
  assert.deepEqual(outline(m), [
    ['1', 'Godkendelse af dagsorden', null, true, ['Beslutning']],
    ['2', 'Ulighed i sundhed - handleplan 2023-2024', '27.00.00-P20-3-22', true, ['Sagsfremstilling', 'Indstilling', 'Beslutning']],
    ['3', 'Klagesag', null, false, ['Beslutning']],
  ]);
  // The vote stays in the decision as written.
  assert.equal(m.items[1]!.decision, 'Indstillingen blev sat til afstemning.\n\nFor stemte: A, C, F og V (7)\n\nImod stemte: Ø (1)\n\nIndstillingen blev godkendt.');
});

test('"Sagsbeskrivelse", "Vurdering", "Forvaltningens vurdering", "Finansiering" head sections; "Status vurdering" (an attachment\'s title) does not', () => {
  assert.deepEqual(['Sagsbeskrivelse', 'Vurdering', 'Forvaltningens vurdering', 'Administrationens vurdering:', 'Finansiering', 'Økonomi og finansiering', 'Status vurdering', 'Vurderingen'].map(headingKind),
    ['presentation', 'other', 'other', 'other', 'financial_consequences', 'financial_consequences', null, null]);
});

test('Slagelse: an empty "Fraværende:" over the decision is nobody away, not the decision read as names', () => {
  const m = parseMeetingText([
    'Forebyggelses- og Seniorudvalget (2018-2021) – Referat – 12. januar 2021', '',
    '1. Godkendelse af dagsorden (B)', '', '1.     Godkendelse af dagsorden (B)', '',
    'Sagsnr.: 330-2020-164                     Dok.nr.: 330-2020-488200          Åbent',
    'Beslutningstema', 'Godkendelse af dagsorden.', 'Indstilling', 'Centerchefen for Sundhed og Ældre indstiller,', '1.    at Dagsorden godkendes.',
    'Beslutning i Forebyggelses- og Seniorudvalget den 12. januar 2021:', 'Fraværende: ', 'Godkendt med den ændring, at Sag nr. 7 udsættes til mødet i februar.', '',
    '2. Budget 2021 (B)', '', '2.     Budget 2021 (B)', '', 'Sagsnr.: 330-2020-29711                 Dok.nr.: 330-2020-494436          Åbent',
    'Beslutningstema', 'Udvalget drøfter budgettet.', 'Beslutning i Forebyggelses- og Seniorudvalget den 12. januar 2021:', 'Fraværende:', 'Anna Holm', 'Drøftet.',
  ].join('\n'));
  assert.deepEqual(m.items.map((i) => [i.number, i.caseNumber, i.decision]), [
    ['1', '330-2020-164', 'Godkendt med den ændring, at Sag nr. 7 udsættes til mødet i februar.'],
    ['2', '330-2020-29711', 'Fraværende: Anna Holm\n\nDrøftet.'],
  ]);
  assert.deepEqual(m.absent, []);
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.absentDuringItems]), [['Anna Holm', ['2']]]);
});

test('Frederikshavn\'s PDF minutes: the facts under bare labels ("Tid" / "15:30"), and each item\'s box ("Åben sag", "Sagsnr: …", "Sbh: …") read wherever it stands in the text', () => {
  const m = sample('layout-frederikshavn_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Sundhedsudvalget', '2026-08-18', '15:30', 'ML 0.28 NB.']);
  assert.deepEqual(m.absent, ['Bent Kjær']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.sections.map((s) => s.text)[0]]), [
    ['1', 'Budgetoplæg Sundhedsudvalget', '26/16285', true, 'Sundhedsudvalgets budgetoplæg for 2016 indeholder en videreførelse af de vedtagne besparelser.'],
    ['2', 'Orientering om opgaveflytninger', '26/17000', true, 'Der orienteres om arbejdet med opgaveflytninger.'],
    // "Lukket sag" in its box: closed.
    ['3', 'Personsag', '26/18000', false, 'Udvalget skal tage stilling til en klage.'],
  ]);
});

test('Fredericia\'s minutes: "70 Title", an empty "Sagsnr.:", "Sagen afgøres i: …" and headings with colons ("Indstillinger:")', () => {
  const m = sample('layout-fredericia_referat.txt');
  // Before: the body with "(Indeholder åbne dagsordenspunkter)", and items titled "Sagen afgøres i: Sundhedsudvalget" with the
  // next item's header in the first one's decision.
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location], ['minutes', 'Sundhedsudvalget', '2027-11-24', '15:00', '17:00', 'Rådhuset, Udvalgsværelset']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.decision]), [
    ['70', 'Godkendelse af dagsorden', null, 'Godkendt.\n\nFraværende: Bo Lund, Dan Berg'],
    ['71', 'Etablering af flere aflastningspladser', '27/11719', 'Godkendt.\n\nFraværende: Bo Lund, Dan Berg'],
  ]);
  const [, two] = m.items;
  assert.deepEqual(two!.sections.map((s) => [s.heading, s.kind]), [
    ['Sagen afgøres i', 'consultation_path'], ['Sagsbeskrivelse', 'presentation'], ['Økonomiske konsekvenser', 'financial_consequences'],
    ['Vurdering', 'other'], ['Indstillinger', 'recommendation'], ['Bilag', 'attachments'], ['Beslutning i Sundhedsudvalget den 24. november 2027', 'decision'],
  ]);
  assert.equal(two!.sections[0]!.text, 'Sundhedsudvalget');
  assert.deepEqual(two!.recommendation, { proposer: 'Fagafdelingen', lead: 'Fagafdelingen indstiller,', clauses: ['at der etableres 6 aflastningspladser'] });
  assert.deepEqual(two!.attachments, ['Notat om aflastning']);
  assert.deepEqual(m.absent, ['Bo Lund', 'Dan Berg']);
});

test('Norddjurs\' decision protocol (the system of seed 003, a whole meeting): "A00 11/7309 Åben sag", "Sagsgang: VPU", "Start kl.:", attachments "1 Åben … 87931/15"', () => {
  const m = sample('layout-norddjurs-protokol_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location, m.absent], ['minutes', 'Voksen- og plejeudvalget', '2027-06-23', '14:00', '18:00', 'Grønnegården, Violskrænten 10 i Grenaa', ['Inger Berg']]);
  // Before: one item, titled with the first attachment, holding the whole meeting.
  assert.deepEqual(outline(m), [
    ['1', 'Indvielse af kunst på Grønnegården, kl. 14.00', '27/7309', true, ['Sagsgang', 'Sagsfremstilling', 'Bilag', 'Beslutning i Voksen- og plejeudvalget den 23-06-2027']],
    ['2', 'Forslag til nye kvalitetsstandarder', '27/2000', true, ['Sagsgang', 'Sagsfremstilling', 'Indstilling', 'Beslutning i Voksen- og plejeudvalget den 23-06-2027']],
    ['3', 'Orientering', '27/100', true, ['Sagsgang', 'Sagsfremstilling', 'Beslutning i Voksen- og plejeudvalget den 23-06-2027']],
  ]);
  assert.equal(m.items[1]!.sections[0]!.text, 'VPU, KB');
  assert.deepEqual(m.items[0]!.attachments, ['Invitation til indvielse af kunst på Grønnegården']);
  assert.deepEqual(m.items.map((i) => i.decision), ['Den nye kunst består af en lang rød bænk og en stor gul blomst i aluminium.', 'Godkendt.\n\nFraværende: Inger Berg (O)', 'Taget til efterretning.']);
  // A closed case the same way: "Lukket sag".
  const closed = parseMeetingText(text('layout-norddjurs-protokol_referat.txt').replace('A00 27/100 Åben sag', 'A00 27/100 Lukket sag'));
  assert.deepEqual(closed.items.map((i) => i.public), [true, true, false]);
});

test('Næstved\'s minutes: "Beslutning Byrådet, 26.01.2027" heads the decision, "Kompetenceudvalg: Byrådet" under "Resume", "Closed:" before a title', () => {
  const m = sample('layout-naestved_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Byrådet', '2027-01-26', '18:30', 'Byrådssalen']);
  // Before: no item had a decision, and the closed item was public, titled "Closed: Beslutning om …".
  assert.deepEqual(outline(m), [
    ['1', 'Godkendelse af dagsorden', '00.22.00-P35-11-26', true, ['Beslutning Byrådet 26.01.2027']],
    ['2', 'Sundhedsaftale 2027-2030 - godkendelse', '29.09.00-P15-2-26', true, ['Resume', 'Kompetenceudvalg', 'Indstilling', 'Beslutning Social- og Sundhedsudvalget, 12.01.2027', 'Beslutning Byrådet, 26.01.2027', 'Sagsfremstilling', 'Bilag']],
    ['3', 'Værested for socialt udsatte i Fensmark', '27.12.00-G01-4-26', true, ['Resume', 'Kompetenceudvalg', 'Indstilling', 'Beslutning Byrådet, 26.01.2027', 'Sagsfremstilling']],
    ['4', 'Beslutning om køb af ejendom til botilbud', '82.02.00-G10-1-26', false, ['Beslutning Byrådet, 26.01.2027']],
    ['5', 'Underskriftsark', '00.22.00-P35-11-26', true, []],
  ]);
  const two = m.items[1]!;
  // The summary under "Resume", not under the line naming the deciding body; the committee's earlier decision is not the council's.
  assert.deepEqual(two.sections.slice(0, 2).map((s) => [s.kind, s.text]), [['summary', 'Sundhedsaftalen mellem regionen og kommunerne i klyngen skal godkendes af byrådet.'], ['other', 'Byrådet']]);
  assert.equal(two.sections[3]!.kind, 'other');
  assert.deepEqual(m.items.map((i) => i.decisionLead), ['Godkendt.', 'Godkendt.', 'Taget til efterretning.', 'Godkendt.', null]);
  assert.deepEqual(two.recommendation?.clauses, ['Sundhedsaftalen 2027-2030 godkendes', 'Administrationen bemyndiges til at indgå de tilhørende samarbejdsaftaler']);
  // Said under every decision (the signature sheet has none): away from the meeting.
  assert.deepEqual([m.absent, m.attendanceChanges], [['Ida Krog', 'Per Vang'], []]);
  assert.deepEqual(['Beslutning Byrådet, 20.09.2016', 'Beslutning Byrådet 10.01.2023', 'Beslutning om budget 2024', 'Kompetenceudvalg: Byrådet'].map(headingKind), ['decision', 'decision', null, 'other']);
});

test('Næstved\'s front page until 2013: "Åbent referat for Byrådet", "Tid 18:30", and the absent members run together as the table prints them', () => {
  const front = (absent: string) => parseMeetingText([
    'Åbent referat for Byrådet', 'Mødedato 11.08.2027', 'Tid 18:30', 'Sted Byrådssalen, Teatergade 8',
    'Medlemmer Birgit Lund Terp (A) Carsten Berg (u.p.) Dorthe Lynge (V)', 'Kurt Holm (C) Lars Hoppe Søe (B)',
    'Næstved Kommune Rådhuset, Teatergade 8 4700 Næstved', 'Per Asmussen (A) Søren Dyhr (A)', 'Telefon 5588 5588',
    'Torben Nilausen (F) Troels Lund (V) Kirsten Devang (V)', absent, 'Gæster', 'Byrådet 11.08.2027', '2', 'Indholdsfortegnelse:',
    'Punkter på åben dagsorden: 191. Sundhedsprofil 2027 ............................ 457',
    '192. Værested for hjemløse ........................ 461', '',
    '191. Sundhedsprofil 2027', 'Sagsnr.: 27/1234', 'Beslutning', 'Taget til efterretning.', '',
    '192. Værested for hjemløse', 'Sagsnr.: 27/1235', 'Beslutning', 'Godkendt.',
  ].join('\n'));
  const m = front('Fraværende Carsten Berg Kirsten Devang');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Byrådet', '2027-08-11', '18:30', 'Byrådssalen, Teatergade 8']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title]), [['191', 'Sundhedsprofil 2027'], ['192', 'Værested for hjemløse']]);
  // Before: one absent member called "Carsten Berg Kirsten Devang". The names are cut where the members' list says.
  assert.deepEqual(m.absent, ['Carsten Berg', 'Kirsten Devang']);
  // Over two lines, a three-word name among them.
  assert.deepEqual(front('Fraværende Kurt Holm\nLars Hoppe Søe Per Asmussen').absent, ['Kurt Holm', 'Lars Hoppe Søe', 'Per Asmussen']);
  // A substitute called in, and a member away for one item ("sag nr. 192": Næstved numbers its items as cases).
  const sub = front('Fraværende Kirsten Devang – Tom Palm er indkaldt som stedfortræder. Troels Lund var fraværende ved behandlingen af sag nr. 192.\nCarsten Berg');
  assert.deepEqual([sub.absent, sub.substitutes, sub.attendanceChanges.map((c) => [c.name, c.absentDuringItems])],
    [['Carsten Berg', 'Kirsten Devang'], [{ name: 'Tom Palm', substituteFor: 'Kirsten Devang' }], [['Troels Lund', ['192']]]]);
  assert.deepEqual(front('Fraværende Ingen.').absent, []);
});

test('Frederikshavn\'s front page in 2011: "Dato" / "Tid" / "Sted" without colons, "Fraværende Afbud fra …", an empty "Stedfortræder"', () => {
  const m = parseMeetingText([
    'Referat', 'Sundhedsudvalget', 'Ordinært møde', 'Dato 15. marts 2027', 'Tid 14:00', 'Sted Sydbycentret, Houmøllersvej', 'NB.',
    'Fraværende Afbud fra Mogens Brandt', 'Stedfortræder', 'Medlemmer Anders Bro (V) - Formand', 'Carsten Sørensen (O)', 'Mogens Brandt (V)', '',
    'Indholdsfortegnelse', 'Side', '1. Sundhedsprofil 2027 .................... 4', '2. Formanden orienterer .................... 6', '',
    '1. Sundhedsprofil 2027', 'Åben sag', 'Sagsfremstilling', 'Sundhedsprofilen er en national undersøgelse.', 'Beslutning', 'Taget til efterretning.', '',
    '2. Formanden orienterer', 'Åben sag', 'Beslutning', 'Intet.',
  ].join('\n'));
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Sundhedsudvalget', '2027-03-15', '14:00', 'Sydbycentret, Houmøllersvej']);
  // Before: nobody absent ("Afbud fra Mogens Brandt" is no name).
  assert.deepEqual([m.absent, m.substitutes], [['Mogens Brandt'], []]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public, i.decision]), [['1', 'Sundhedsprofil 2027', true, 'Taget til efterretning.'], ['2', 'Formanden orienterer', true, 'Intet.']]);
});

test('Hjørring\'s minutes: "Åben referat" over the body and its secretariat, "Mødet påbegyndt:" / "Mødet afsluttet:", "Fraværende:" with the items missed', () => {
  const m = sample('layout-hjoerring_referat.txt');
  // Before: no body ("Sundheds-, Ældre- og Handicapudvalget SÆH-sekretariatet" is no body's name), no times, and the
  // members away for some items not read.
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.closedAt, m.location], ['minutes', 'Sundheds-, Ældre- og Handicapudvalget', '2027-03-24', '13:00', '16:15', 'Rådhuset, Lokale 208']);
  assert.deepEqual([m.absent, m.attendanceChanges.map((c) => [c.name, c.absentDuringItems])], [['Peter Dahl'], [['Mai-Britt Jensen', ['1', '2']], ['Vibeke Kjær', ['4']]]]);
  // The contents' entries ("1 Temadrøftelse … 2") are no items; "Sagsnr. 27/661 Initialer anetha. Åben sag" gives the case and status.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.decision]), [
    ['1', 'Temadrøftelse om velfærdsteknologi', '27/661', true, 'Drøftet.'],
    ['2', 'Sundhedstjek for socialt udsatte', '27/702', true, 'Godkendt.'],
    ['3', 'Høring om praksisplan', '27/715', true, 'Godkendt.'],
    ['4', 'Orientering for udvalget', '27/20', true, 'Taget til efterretning.'],
  ]);
  assert.deepEqual(m.items[0]!.sections.map((s) => s.heading), ['Resumé', 'Sagsfremstilling', 'Lovgrundlag', 'Økonomi', 'Indstilling', 'Beslutning']);
});

test('Gentofte\'s agenda: "Mødetidspunkt 31-08-2027 19:00" / "Mødeafholdelse Rådhushallen", items "2 (Åben) …" and "3 (Lukket) …"', () => {
  const m = parseMeetingText([
    'GENTOFTE KOMMUNE', 'Dagsorden til møde i Kommunalbestyrelsen', 'Mødetidspunkt 31-08-2027 19:00', 'Mødeafholdelse Rådhushallen', 'Indholdsfortegnelse',
    '1 (Åben) Meddelelser fra formanden ...... 4', '2 (Åben) Brandsikring af plejeboliger ...... 4', '3 (Lukket) Salg af ejendom ...... 5', '',
    '1 (Åben) Meddelelser fra formanden', 'Sagsfremstilling', 'Formanden orienterer.', '',
    '2 (Åben) Brandsikring af plejeboliger', 'Sagsnr.: 27/1234', 'Sagsfremstilling', 'Plejeboligerne skal have sprinkleranlæg.', '',
    '3 (Lukket) Salg af ejendom', 'Sagsfremstilling', 'Ejendommen sælges.',
  ].join('\n'));
  // Before: no place.
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['agenda', 'Kommunalbestyrelsen', '2027-08-31', '19:00', 'Rådhushallen']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public]), [
    ['1', 'Meddelelser fra formanden', null, true], ['2', 'Brandsikring af plejeboliger', '27/1234', true], ['3', 'Salg af ejendom', null, false],
  ]);
});

test('"Sagsbehandler: …" on a line of its own under the case number is the case system\'s, not the item\'s text', () => {
  const m = parseMeetingText('REFERAT Udsatterådet d. 25-06-2026\n\n1. Godkendelse af dagsorden\n\nSagsnr.: 00.01.00-A00-1-27\nSagsbehandler: Anne Holm\n\nSagsfremstilling\n\nDagsordenen forelægges.\n\nBeslutning\n\nGodkendt.\n');
  assert.equal(m.items[0]!.caseNumber, '00.01.00-A00-1-27');
  assert.deepEqual(m.items[0]!.sections.map((s) => s.heading), ['Sagsfremstilling', 'Beslutning']);
});

test('Slagelse: "Møde i … d. 12. november 2015" names the body and the date on one line; "Åbent"/"Lukket" ends the case number\'s line', () => {
  const m = sample('layout-slagelse_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.absent], ['minutes', 'Social- og Sundhedsudvalget', '2015-11-12', ['Alf Sørensen', 'Marcus Lund Jensen', 'Niels Møller']]);
  assert.deepEqual(outline(m), [
    ['1', 'Velkomst', '330-2014-3898', true, ['Beslutning i Social- og Sundhedsudvalget den 12. november 2015']],
    ['2', 'Budget 2016 for sundhedsområdet', '330-2014-3899', true, ['Kompetence', 'Beslutningstema', 'Indstilling', 'Beslutning i Social- og Sundhedsudvalget den 12. november 2015']],
    ['3', 'Personalesag', '330-2014-3900', false, []],
  ]);
  assert.deepEqual(m.items[1]!.recommendation?.clauses, ['at budgettet godkendes']);
  assert.equal(m.items[1]!.decisionLead, 'Godkendt.');
});
