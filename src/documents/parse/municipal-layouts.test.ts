// The importer on the layouts Danish municipalities publish (case systems, eDoc, web pages): invented
// content in each layout (test/fixtures/layout-*), since the real documents are not ours to copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseMeetingText } from './parse-text.ts';

const sample = (n: string) => parseMeetingText(readFileSync(new URL(`../../../test/fixtures/${n}`, import.meta.url), 'utf8'));

test('a municipal case system\'s minutes: each title twice, "Sagsnr.: … Dok.nr.: … Åbent" on one line, "Kompetence:", "Fraværende:" heading each decision', () => {
  // Invented content in the layout of minutes that Danish municipalities publish from Acadre-style case systems.
  const m = sample('layout-acadre-kommune_referat.txt');
  // The election period in the title is not the body's name; away from every item is away from the meeting.
  assert.deepEqual([m.kind, m.organization, m.date, m.absent], ['minutes', 'Sundheds- og Forebyggelsesudvalget', '2023-03-09', ['Bo Lindholm']]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.sections.map((s) => s.heading), i.decisionLead]), [
    ['1', 'Godkendelse af dagsorden (B)', '330-2023-1102', true, ['Kompetence', 'Beslutningstema', 'Indstilling', 'Beslutning i Sundheds- og Forebyggelsesudvalget den 9. marts 2023'], 'Godkendt.'],
    ['2', 'Sundhedsprofil for kommunens borgere (O)', '330-2023-2210', true, ['Kompetence', 'Beslutningstema', 'Baggrund', 'Indstilling', 'Beslutning i Sundheds- og Forebyggelsesudvalget den 9. marts 2023', 'Bilag'], 'Taget til efterretning.'],
    ['3', 'Køb af ejendom (B)', '330-2023-3001', false, ['Kompetence', 'Beslutning i Sundheds- og Forebyggelsesudvalget den 9. marts 2023'], 'Anbefales.'],
  ]);
  const two = m.items[1]!;
  assert.equal(two.sections[0]!.text, 'Sundheds- og Forebyggelsesudvalget.');
  assert.deepEqual(two.recommendation, { proposer: 'Centerchefen for Sundhed', lead: 'Centerchefen for Sundhed indstiller,', clauses: ['at orienteringen tages til efterretning'] });
  // Word's "o" bullets are list entries, not words of the sentence before them.
  assert.equal(two.sections[2]!.text, 'Sundhedsprofilen viser, at uligheden i sundhed fortsat er stor:\n\n• flere rygere blandt borgere uden uddannelse\n\n• flere med dårligt mentalt helbred');
  // Away from one item only is said in that item's decision, not made an absence from the meeting.
  assert.equal(two.decision, 'Fraværende: Bo Lindholm, Dorte Friis\n\nTaget til efterretning.');
  assert.deepEqual(m.attendanceChanges, [{ name: 'Dorte Friis', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['2'] }]);
  assert.deepEqual(two.attachments, ['Sundhedsprofil 2023 - kommunens tal']);
  assert.deepEqual(m.warnings, []);
});

test('attendance written into the first decision: "Fraværende med afbud:", "Fraværende i mødet:", "Fraværende uden afbud:", "Mødet startede kl. … og sluttede kl. …" (Københavns Kommune)', () => {
  // Invented content in the layout of Københavns Kommune's eDoc minutes.
  const m = sample('layout-kk-edoc_referat.txt');
  // The body named above "Referat"; the times from the first decision.
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location, m.closedAt], ['minutes', 'Økonomiudvalget', '2020-03-31', '15:30', 'Videomøde', '16:45']);
  assert.deepEqual(m.absent, ['Anna Holm', 'Bent Lund']);
  assert.deepEqual(m.absentWithoutNotice, ['Erik Moos']);
  assert.deepEqual(m.attendanceChanges, [
    { name: 'Carla Juhl', arrivedDuringItem: '2', leftDuringItem: null, absentDuringItems: [] },
    { name: 'Dorte Friis', arrivedDuringItem: null, leftDuringItem: '3', absentDuringItems: [] },
  ]);
  // "Dagsordenspunkt 1: …" and the attendance are not the decision; "Økonomiudvalgets beslutning i mødet den …" heads it.
  assert.deepEqual(m.items.map((i) => [i.number, i.sections.at(-1)!.heading, i.decision]), [
    ['1', 'Økonomiudvalgets beslutning i mødet den 31. marts 2020', 'Dagsordenen blev godkendt.'],
    ['2', 'Økonomiudvalgets beslutning i mødet den 31. marts 2020', 'Indstillingen blev anbefalet uden afstemning.'],
    ['3', 'Økonomiudvalgets beslutning i mødet den 31. marts 2020', 'Intet.'],
  ]);
  // "… indstiller, at udvalget … anbefaler," is the lead-in of the numbered clauses, not a clause.
  assert.deepEqual(m.items[1]!.recommendation, {
    proposer: 'Socialforvaltningen',
    lead: 'Socialforvaltningen indstiller, at Økonomiudvalget over for Borgerrepræsentationen anbefaler,',
    clauses: ['at der gives tilskud på 2,0 mio. kr. til tre væresteder i 2020', 'at tilskuddet finansieres af puljen til socialt udsatte'],
  });
  assert.deepEqual(m.warnings, []);
  // A local committee's list names who came instead: "Anna Holm, Peter Lund deltog", "Grete Bak og Hans Ry, Ole Vang indkaldt".
  const text = readFileSync(new URL('../../../test/fixtures/layout-kk-edoc_referat.txt', import.meta.url), 'utf8');
  const local = parseMeetingText(text.replace('Anna Holm\nBent Lund (C)\n', 'Anna Holm, Peter Lund deltog\nBent Lund (C)\nGrete Bak og Hans Ry, Ole Vang indkaldt\n'));
  assert.deepEqual(local.absent, ['Anna Holm', 'Bent Lund', 'Grete Bak', 'Hans Ry']);
  // (With two away, the list does not say whose place Ole Vang took.)
  assert.deepEqual(local.substitutes, [{ name: 'Peter Lund', substituteFor: 'Anna Holm' }]);
  assert.deepEqual(local.absentWithoutNotice, ['Erik Moos']);
  assert.equal(local.items[0]!.decision, 'Dagsordenen blev godkendt.');
});

test('the body, date, time and place in one sentence: "Referat af mødet i Regionsrådet 14. november 2007 kl. 14:00 i …"; "Medlemmerne var mødt, bortset fra …" (Region Midtjylland, 2007)', () => {
  // Invented content in the layout of Region Midtjylland's minutes from 2007.
  const m = sample('layout-regionmidtjylland-2007_referat.txt');
  assert.deepEqual(
    [m.kind, m.organization, m.date, m.start, m.location, m.absent, m.closedAt],
    ['minutes', 'Regionsrådet', '2007-11-14', '14:00', 'Regionsrådssalen, Regionshuset Viborg', ['Anne V. Kristensen', 'Bo Lund', 'Carla Juhl'], '17:05'],
  );
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decisionLead]), [
    ['1', 'Ligestillingsredegørelse 2007', 'Indstillingen blev godkendt.'],
    ['2', 'Budget 2008', 'Taget til efterretning.'],
    ['3', 'Salg af ejendom', 'Godkendt.'],
  ]);
  assert.deepEqual(m.items[0]!.recommendation, { proposer: 'Forretningsudvalget', lead: 'Forretningsudvalget indstiller,', clauses: ['at redegørelsen godkendes'] });
  // "… erklærede sig inhabil og forlod mødet under punkt 3": not there for item 3. ("… efter behandlingen af punkt 2" names no item.)
  assert.deepEqual(m.attendanceChanges, [{ name: 'Dorte Friis', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['3'] }]);
  // The same sentence as other systems write it.
  const other = parseMeetingText('Referat fra møde i Økonomiudvalget torsdag den 6. september 2012 kl. 16.00 i Borgmesterens kontor\n\n1. Regnskab\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual([other.organization, other.date, other.start, other.location], ['Økonomiudvalget', '2012-09-06', '16:00', 'Borgmesterens kontor']);
});

test('the body, weekday, date and time on one line, the place on the next (Ishøj)', () => {
  // Invented content in the layout of Ishøj Kommune's published minutes.
  const m = sample('layout-ishoej_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Social- og Sundhedsudvalget', '2017-04-10', '16:30', 'Mødelokale 2 E']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decisionLead, i.attachments]), [
    ['1', 'Godkendelse af dagsorden', 'Godkendt.', []],
    ['2', 'Orientering om værestedet', 'Tiltrådt.', ['Notat om værestedet']],
  ]);
  assert.deepEqual(m.items[0]!.recommendation?.clauses, ['at dagsordenen godkendes']);
  assert.deepEqual(m.warnings, []);
});

test('web minutes with "Pkt. 16" over each title, a contents link before it, and "Udvalget, 03-03-2016, pkt. 16" heading the decision (Roskilde)', () => {
  // Invented content in the layout of Roskilde Kommune's published minutes (2016).
  const m = sample('layout-roskilde-acadre_referat.txt');
  // "Dato: Torsdag, Marts 3, 2016 - 08:00"; the body only in the decisions' headings.
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Sundheds- og Omsorgsudvalget', '2016-03-03', '08:00', 'Rådhuset, mødelokale 2A']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.decisionLead]), [
    ['15', 'Beslutninger om dagsordenen', '249050', true, 'Dagsordenen blev godkendt.'],
    ['16', 'Status på rehabilitering', '250467', true, 'Taget til efterretning.'],
    ['17', 'Køb af plejeboliger', '267028', false, null],
  ]);
  // The contents links ("• Pkt. 16 …") are nobody's text.
  assert.ok(!JSON.stringify(m.items).includes('• Pkt.'));
  assert.deepEqual(m.items[1]!.sections.map((s) => s.kind), ['summary', 'recommendation', 'other', 'decision']);
  assert.equal(m.items[1]!.decision, 'Taget til efterretning.\n\nFraværende: Bo Lund (O).');
  assert.deepEqual(m.warnings, []);
});

test('attendance told in sentences under "Fremmøde og inhabilitet:" (Københavns Kommune\'s local committees)', () => {
  const m = parseMeetingText([
    'Amager Øst Lokaludvalg', 'Referat', 'Mødedato: 19.04.2018, kl. 18:30', 'Mødested: Lokaludvalgets lokaler',
    '1. Godkendelse af dagsorden', 'Indstilling', 'Formanden indstiller,', '1. at lokaludvalget godkender dagsordenen',
    'Beslutning', 'Dagsordenen blev godkendt.', 'Fremmøde og inhabilitet:',
    'Mikkel Holm havde meldt afbud, og Peter Lund deltog i stedet.',
    'Som stedfortræder for Jens Berg deltog Ida Holm.',
    'Lis Sørensen havde meldt afbud. 1. suppleant Thomas Brandt var indkaldt, men mødte ikke frem.',
    'Sofie Berg udeblev uden afbud.',
    '2. Eventuelt', 'Beslutning', 'Intet.',
  ].join('\n\n'));
  assert.deepEqual([m.organization, m.date, m.start, m.location], ['Amager Øst Lokaludvalg', '2018-04-19', '18:30', 'Lokaludvalgets lokaler']);
  assert.deepEqual(m.absent, ['Mikkel Holm', 'Lis Sørensen', 'Jens Berg']);
  assert.deepEqual(m.absentWithoutNotice, ['Sofie Berg']);
  assert.deepEqual(m.substitutes, [{ name: 'Peter Lund', substituteFor: 'Mikkel Holm' }, { name: 'Ida Holm', substituteFor: 'Jens Berg' }]);
  // The sentences are the meeting's attendance, not the decision.
  assert.equal(m.items[0]!.decision, 'Dagsordenen blev godkendt.');
});

test('not there for some items, in the ways minutes say it', () => {
  const m = parseMeetingText([
    'REFERAT Udvalget d. 05-11-2026', 'Alle var mødt, undtagen Eva Krogh.',
    'Thies Holm deltog ikke i punkterne 2 – 4.', 'Anna Holm (V) deltog ikke i behandlingen af punkt 1 og 3.',
    'Punkt 1: Sag', 'Beslutning', 'Godkendt.', 'Bo Lund erklærede sig inhabil.', 'Eva Krogh deltog ikke i sagens behandling.',
    'Punkt 2: Sag', 'Beslutning', 'Godkendt.', 'Punkt 3: Sag', 'Beslutning', 'Godkendt.', 'Punkt 4: Sag', 'Beslutning', 'Godkendt.',
  ].join('\n\n'));
  assert.deepEqual(m.absent, ['Eva Krogh']);
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.absentDuringItems]).sort(), [['Anna Holm', ['1', '3']], ['Bo Lund', ['1']], ['Thies Holm', ['2', '3', '4']]]);
});

test('web minutes whose items have no numbers: a title, then "Beslutning" first; "At 1) …" clauses; "Sagens forløb" (Aarhus Kommune)', () => {
  // Invented content in the layout of Aarhus Kommune's published minutes.
  const m = sample('layout-aarhus_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date], ['minutes', 'Aarhus Byråd', '2019-09-11']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => s.kind), i.attachments]), [
    ['1', 'Fælles indsats mod hjemløshed', ['decision', 'summary', 'recommendation', 'consultation_path', 'attachments'], ['Plan for hjemløseområdet 2019']],
    ['2', 'Etablering af et værested i Gellerup', ['decision', 'summary', 'recommendation', 'consultation_path'], []],
  ]);
  assert.deepEqual(m.items[0]!.recommendation, { proposer: null, lead: 'Det indstilles:', clauses: ['at byrådet tager status til efterretning', 'at byrådet drøfter, hvor indsatsen skal styrkes'] });
  assert.equal(m.items[1]!.decision, 'Vedtaget.');
  // Who left the Magistrate's earlier handling is not absent from this meeting's.
  assert.deepEqual(m.attendanceChanges, []);
  assert.deepEqual(m.warnings, []);
});

test('a decision record ("Beslutningsprotokol") with the meeting\'s facts in a table, "Sagsid.: …" and "Beslutning Byrådet den 20-09-2017" (Aabenraa)', () => {
  // Invented content in the layout of Aabenraa Kommune's published decision records.
  const m = sample('layout-aabenraa_beslutningsprotokol.txt');
  assert.deepEqual(
    [m.kind, m.organization, m.date, m.start, m.location, m.absent],
    ['minutes', 'Byrådet', '2017-09-20', '17:00', 'Byrådssalen, Skelbækvej', ['Bent Lund']],
  );
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.decision]), [
    ['1', 'Budget 2018 - 2. behandling', '17/3668', true, 'Vedtaget.'],
    ['2', 'Salg af grund', null, false, 'Godkendt.'],
  ]);
  // The page's "Udskriv" button is not text.
  assert.ok(!JSON.stringify(m).includes('Udskriv'));
});

test('an agenda with "Åbent - 2012/057275" under each title, "Sagsresumé", and numbered clauses after "…, at byrådet godkender:" (Odense, 2012)', () => {
  // Invented content in the layout of Odense Kommune's agendas from 2012.
  const m = sample('layout-odense-2012_dagsorden.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['agenda', 'Økonomiudvalget', '2012-09-05', '09:00', 'Økonomiudvalgsværelset']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.sections.map((s) => s.kind)]), [
    ['1', 'Skolen i Tornbjerg. Genopbygning efter brand', '2012/057275', true, ['summary', 'recommendation', 'presentation']],
    ['2', 'Salg af grund ved havnen', '2012/061234', false, []],
  ]);
  assert.deepEqual(m.items[0]!.recommendation, {
    proposer: 'By- og Kulturforvaltningen',
    lead: 'By- og Kulturforvaltningen indstiller til udvalget, at byrådet godkender:',
    clauses: ['Der gives en anlægsbevilling til genopbygningen', 'Bevillingen finansieres af kassen'],
  });
});

test('"Sag …", "Dok. …" and "Initialer: …" under each title; "Mødet i Byrådet begyndte kl. … og sluttede kl. …"; "deltog ikke under behandlingen af dagsordenpunkt 2" (Odsherred)', () => {
  // Invented content in the layout of Odsherred Kommune's published minutes.
  const m = sample('layout-odsherred_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location, m.closedAt], ['minutes', 'Byrådet', '2019-11-26', '19:00', 'Byrådssalen', '20:15']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.decision]), [
    ['1', 'Spørgetid for borgerne', '306-2009-600', 'Der blev ikke stillet spørgsmål.'],
    ['2', 'Budgetopfølgning', '306-2019-1111', 'Taget til efterretning.\n\nTommy Holm (B) deltog ikke under behandlingen af dagsordenpunkt 2.'],
  ]);
  assert.deepEqual(m.attendanceChanges, [{ name: 'Tommy Holm', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['2'] }]);
  assert.ok(!JSON.stringify(m.items).includes('Initialer'));
});

test('"… var forhindret i at deltage i sagens behandling" with a title before the name (Aarhus Kommune\'s Magistrate)', () => {
  const m = parseMeetingText('Referat Magistraten 25-03-2019\n\nByrådets mødeplan 2020\n\nBeslutning\n\nDrøftet.\n\nRådmand Kristian Holm og Keld Lund var forhindret i at deltage i sagens behandling.\n\nEventuelt\n\nBeslutning\n\nIntet.');
  assert.deepEqual(m.items.map((i) => i.title), ['Byrådets mødeplan 2020', 'Eventuelt']);
  assert.deepEqual(m.attendanceChanges.map((c) => [c.name, c.absentDuringItems]), [['Kristian Holm', ['1']], ['Keld Lund', ['1']]]);
});

test('a front page with the body under "Dagsorden", "Mødetidspunkt: 16:00 - 18:30", "Medlemmer:" and "Fraværende:" lines that are not run together', () => {
  // Invented content in the layout of a municipal agenda's front page (FirstAgenda's PDF export).
  const m = sample('layout-kommune-forside_dagsorden.txt');
  assert.deepEqual(
    [m.kind, m.organization, m.date, m.start, m.end, m.location, m.absent],
    ['agenda', 'Socialudvalget', '2023-03-14', '16:00', '18:30', 'Rådhuset, mødelokale 3', ['Bent Lund']],
  );
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber]), [['1', 'Godkendelse af dagsorden', '23/1234'], ['2', 'Handleplan for hjemløse', '23/2345']]);
  assert.deepEqual(m.warnings, []);
});

test('a web page of minutes with the date line under the title, "Deltagere:"/"Fraværende:" with parties, "Til toppen" after each item and closed items with nothing under them (Køge)', () => {
  // Invented content in the layout of Køge Kommune's web minutes.
  const m = sample('layout-koege_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Social- og Sundhedsudvalget', '2024-03-14', '15:30', 'Mødelokale 2, Torvet 1, 4600 Køge']);
  // "Karim Said, (Ø)": the party is not part of the name.
  assert.deepEqual(m.absent, ['Karim Said']);
  assert.deepEqual(m.attendanceChanges, [{ name: 'Birgitte Ahl', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['4', '5'] }]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public]), [
    ['1', 'Godkendelse af dagsorden', true],
    ['2', 'Værested for hjemløse i Køge midtby', true],
    ['3', 'Orientering om sundhedsprofil 2023', true],
    ['4', 'Køb af ejendom', false],
    ['5', 'Personalesag', false],
  ]);
  // The page's "back to top" link is not text of any item.
  assert.ok(!JSON.stringify(m).includes('Til toppen'));
  assert.deepEqual(m.items[1]!.attachments, ['Kort over lokalerne', 'Budget for værestedet']);
  assert.deepEqual(m.items[1]!.recommendation!.clauses.length, 3);
  assert.deepEqual(m.items[3]!.sections, []);
  assert.deepEqual(m.warnings, []);
});

test('"Forslag" with "… foreslår,", "Sagen behandles i", and each body\'s decision headed "Beslutning Byrådet den …": only the meeting\'s own is its decision (Kolding)', () => {
  // Invented content in the layout of Kolding Kommune's minutes.
  const m = sample('layout-kolding_referat.txt');
  // "Tirsdag 24. jun 2025 kl. 19:00" / "Byrådet" / "Byrådssalen": date and time, body, place.
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Byrådet', '2025-06-24', '19:00', 'Byrådssalen']);
  const [one, two] = m.items;
  assert.deepEqual(one!.sections.map((s) => [s.heading, s.kind]), [
    ['Resumé', 'summary'],
    ['Sagen behandles i', 'consultation_path'],
    ['Forslag', 'recommendation'],
    ['Beslutning Byrådet den 24-06-2025', 'decision'],
    ['Beslutning Økonomiudvalget den 17-06-2025', 'other'],
    ['Beslutning Social- og Sundhedsudvalget den 10-06-2025', 'other'],
    ['Sagsfremstilling', 'presentation'],
    ['Centralforvaltningens bemærkninger', 'other'],
  ]);
  assert.deepEqual(one!.recommendation, {
    proposer: 'Social- og Sundhedsdirektøren',
    lead: 'Social- og Sundhedsdirektøren foreslår,',
    clauses: ['at værestedet åbnes 1. oktober 2025', 'at driften finansieres inden for udvalgets ramme'],
  });
  // The committees' earlier recommendations are steps of the case, not what the council decided.
  assert.deepEqual([one!.decisionLead, two!.decisionLead], ['Godkendt.', 'Taget til efterretning.']);
  assert.ok(!two!.decision!.includes('indstilles'));
  // "Fraværende:" under every decision: away from the meeting; under one only: away from that item.
  assert.deepEqual(m.absent, ['Hanne Dam']);
  assert.deepEqual(m.attendanceChanges, [{ name: 'Ole Brink', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['2'] }]);
  assert.deepEqual(m.warnings, []);
});

test('each item\'s number under its title ("Sag nr. 42"), the body above the date, "Fraværende" with the items each missed, a substitute in the list of members, other bodies\' "…, 10. september 2025, pkt. 12:" (Rødovre)', () => {
  // Invented content in the layout of Rødovre Kommune's web minutes.
  const m = sample('layout-roedovre_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date], ['minutes', 'Social- og Sundhedsudvalget', '2025-09-24']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public]), [
    ['41', 'Meddelelser', true],
    ['42', 'Værested for hjemløse - endelig godkendelse', true],
    ['43', 'Sundhedsprofil 2025', true],
    ['44', 'Personalesag', false],
  ]);
  const two = m.items[1]!;
  assert.deepEqual(two.sections.map((s) => [s.heading, s.kind]), [
    ['Beslutningskompetence', 'other'],
    ['Sagens kerne', 'summary'],
    ['Indstilling', 'recommendation'],
    // The council's earlier word is a step of the case, not this committee's decision.
    ['Handicaprådet, 10. september 2025, pkt. 12', 'other'],
    ['Beslutning', 'decision'],
    ['Sagsfremstilling', 'presentation'],
  ]);
  assert.equal(two.decision, 'Anbefales.');
  // "sag 41-44" is every item: away from the meeting; "sag 43-44": away for those two.
  assert.deepEqual(m.absent, ['Pia Holt']);
  assert.deepEqual(m.attendanceChanges, [{ name: 'Michel Bro', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['43', '44'] }]);
  assert.deepEqual(m.substitutes, [{ name: 'Jonas Krogh', substituteFor: 'Pia Holt' }]);
  assert.deepEqual(m.warnings, []);
});

test('"Fraværende: X (V) - Y (V) mødte som stedfortræder." at the end of each decision (Roskilde)', () => {
  const m = parseMeetingText([
    'Referat', 'Dato: Onsdag, April 3, 2019 - 18:00', 'Sted: Mødelokale 2A',
    'Pkt. 42', 'Beslutninger om dagsordenen', 'Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt',
    'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42', 'Godkendt.', 'Fraværende: Eva Lund (V) - Maria Kjær (V) mødte som stedfortræder.',
    'Pkt. 43', 'Meddelelser fra formanden', 'Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt',
    'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43', 'Taget til efterretning.', 'Fraværende: Eva Lund (V) - Maria Kjær (V) mødte som stedfortræder.',
  ].join('\n\n'));
  assert.deepEqual([m.organization, m.date], ['Kultur- og Idrætsudvalget', '2019-04-03']);
  assert.deepEqual(m.absent, ['Eva Lund']);
  assert.deepEqual(m.substitutes, [{ name: 'Maria Kjær', substituteFor: 'Eva Lund' }]);
  assert.deepEqual(m.items.map((i) => i.decisionLead), ['Godkendt.', 'Taget til efterretning.']);
});

test('a "Protokol" with its facts as labels, "J.nr.: … Sagsid.: …" under each title, capital headings with colons and "- LUKKET SAG" after a closed title (Kolding, 2010)', () => {
  // Invented content in the layout of Kolding Kommune's minutes of 2010 (also Thisted's "Sagsbehandler: HY Åben sag").
  const m = sample('layout-kolding-2010_protokol.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location, m.closedAt], ['minutes', 'Byrådet', '2010-08-09', '19:00', '19:30', 'Byrådssalen', '19:30']);
  assert.deepEqual(m.absent, ['Erik Lund', 'Søren Rasmussen']);
  // The contents list ("1. Anmodning … 1") is not the items; the closed item has nothing under it.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.sections.map((s) => s.heading)]), [
    ['1', 'Anmodning om at udtræde af Ældrerådet', '10/22971', true, ['Sagsfremstilling', 'Forvaltningens bemærkninger', 'Byrådets beslutning']],
    ['2', 'Værested for hjemløse i midtbyen', '10/18811', true, ['Sagsfremstilling', 'Økonomiudvalgets indstilling', 'Byrådets beslutning']],
    ['3', 'Salg af ejendom', null, false, []],
  ]);
  assert.deepEqual(m.items.map((i) => i.decision), ['Godkendt.', 'Godkendt.', null]);
  assert.deepEqual(m.warnings, []);
});

test('Faxe\'s web minutes: the facts as labels over their values, "Mandag, 14 september, 2026 - 16:30", "Fraværende:" over its names after each decision', () => {
  const m = sample('layout-faxe_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Sundheds- og ældreudvalget', '2026-09-14', '16:30', 'Mødelokale 3, Rådhuset, Haslev']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decisionLead]), [
    ['1', 'Godkendelse af dagsorden', 'Godkendt.'],
    ['2', 'Orientering om den opsøgende sundhedsindsats', 'Taget til efterretning.'],
    ['3', 'Høring om nyt værested', 'Godkendt.'],
  ]);
  // "Fraværende:" / "Ingen" is nobody; a name under it is away from that item only.
  assert.deepEqual(m.absent, []);
  assert.deepEqual(m.attendanceChanges, [
    { name: 'Birgit Lund', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['2', '3'] },
    { name: 'Ole Brandt', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['3'] },
  ]);
  assert.equal(m.items[1]!.decision, 'Taget til efterretning.\n\nFraværende: Birgit Lund (A)');
  // Without the title's date, the facts' "14 september, 2026" gives it.
  const undated = parseMeetingText(readFileSync(new URL('../../../test/fixtures/layout-faxe_referat.txt', import.meta.url), 'utf8').replace(' - 14-09-2026', ''));
  assert.equal(undated.date, '2026-09-14');
});

test('a committee of Københavns Kommune: "I mødet deltog:" in groups with late arrivals noted, "Følgende havde meldt afbud:"', () => {
  const m = sample('layout-kk-udvalg_referat.txt');
  assert.deepEqual([m.organization, m.date, m.start, m.location], ['Sundheds- og Omsorgsudvalget', '2026-09-10', '15:00', 'Rådhuset, værelse 21']);
  // Lars Holm had sent apologies but came during item 3: he is not absent.
  assert.deepEqual(m.absent, ['Sofie Bang', 'Ida Wulff']);
  assert.deepEqual(m.attendanceChanges, [{ name: 'Lars Holm', arrivedDuringItem: '3', leftDuringItem: null, absentDuringItems: [] }]);
  // The attendance is the meeting's, not the first item's decision.
  assert.equal(m.items[0]!.decision, 'Dagsordenen blev godkendt.');
  assert.deepEqual(m.items[1]!.sections.map((s) => s.heading), ['Indstilling', 'Problemstilling', 'Løsning', 'Beslutning']);
  assert.deepEqual(m.items[1]!.recommendation?.clauses, ['at udvalget tager orienteringen til efterretning']);
});

test('Frederiksberg\'s web minutes: "Kommunalbestyrelsen_2022-25", "… deltog som stedfortræder, idet … havde forfald", "Pkt. 152 …", each item\'s "open"/"closed" flag', () => {
  const m = sample('layout-frederiksberg-web_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Kommunalbestyrelsen', '2026-05-18', '19:00', 'Kommunalbestyrelsens mødesal']);
  assert.deepEqual(m.absent, ['Karsten Skov']);
  assert.deepEqual(m.substitutes, [{ name: 'Malene Sandgaard', substituteFor: 'Karsten Skov' }]);
  // The flag is no part of the text, and "closed" closes the item (before, its title read "Salg af ejendom closed", public).
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public, i.sections.map((s) => s.text.split('\n\n').at(-1))]), [
    ['152', 'Forslag til beslutning om et varmerum for hjemløse om vinteren', true, ['(Til udvalgsbehandling)']],
    ['153', 'Forslag til beslutning om gratis gældsrådgivning', true, ['Beslutningsforslaget blev oversendt til magistraten.']],
    ['154', 'Salg af ejendom', false, []],
  ]);
});

test('Frederiksberg\'s "Åben dagsorden" after the meeting: the body under it, the hours, "… havde meldt forfald. I stedet mødt …" — minutes', () => {
  const m = sample('layout-frederiksberg-2015_dagsorden.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end], ['minutes', 'Kommunalbestyrelsen', '2026-04-20', '19:00', '23:55']);
  assert.deepEqual(m.absent, ['Katrine Lund', 'Laura Lind', 'Sine Holt']);
  assert.deepEqual(m.substitutes, [{ name: 'Anja Ravn', substituteFor: 'Katrine Lund' }, { name: 'Lars Berg', substituteFor: 'Laura Lind' }]);
  assert.deepEqual(m.items.map((i) => [i.number, i.decision]), [['76', null], ['77', null], ['78', 'Taget til efterretning.']]);
});

test('an agenda that names no one away stays an agenda, even with a decision quoted in it', () => {
  const m = parseMeetingText('Åben dagsorden\n\nKommunalbestyrelsen\n\nDen 20. april 2026, kl. 19.00\n\n1. Budget\n\nIndstilling\n\nMagistraten indstiller, at budgettet godkendes.\n\nBeslutning\n\nAnbefalet.\n\n2. Eventuelt\n\nIndstilling\n\nIntet.');
  assert.deepEqual([m.kind, m.organization], ['agenda', 'Kommunalbestyrelsen']);
});

test('"Konstituerende møde i Kommunalbestyrelsen", "Temamøde i Socialudvalget": the body is the one the meeting is in', () => {
  for (const [title, body] of [['Konstituerende møde i Kommunalbestyrelsen', 'Kommunalbestyrelsen'], ['Temamøde i Socialudvalget', 'Socialudvalget']]) {
    const m = parseMeetingText(`${title}\n\n01-12-2026\n\nMedlemmer\n\nAnna Holm (A)\nBo Lund (C)\n\nSager 1 - 2\n\nMeddelelser\nSag nr. 1\n\nBeslutningskompetence: KB\n\nSagens kerne\n\nIngen.\n\nBeslutning\n\nTaget til efterretning.\n\nValg af borgmester\nSag nr. 2\n\nBeslutningskompetence: KB\n\nBeslutning\n\nAnna Holm blev valgt.`);
    assert.deepEqual([m.organization, m.date, m.items.length], [body, '2026-12-01', 2]);
  }
});
