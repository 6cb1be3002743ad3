// The importer on more municipal web pages' layouts (municipal-layouts.test.ts holds the first ones): invented
// content in each layout (test/fixtures/layout-*), since the real documents are not ours to copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseMeetingText } from './parse-text.ts';

const sample = (n: string) => parseMeetingText(readFileSync(new URL(`../../../test/fixtures/${n}`, import.meta.url), 'utf8'));

test('Horsens\' web minutes: "Sagsnummer" over the number, "Historik", "… deltog ikke i mødet." under every decision', () => {
  const m = sample('layout-horsens-web_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Byrådet', '2016-03-29', '17:00', 'Byrådssalen']);
  // Before, each item was titled with its case number and the next item's header ran into its text.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.sections.map((s) => s.heading)]), [
    ['1', 'ØK Låneoptagelse for 2015 og 2016', '00.34.00-S00-2-14', ['Resume', 'Indstilling', 'Beslutning', 'Sagsfremstilling', 'Historik']],
    ['2', 'TM Forslag til lokalplan for boliger ved Provstlund', '01.02.05-P16-3-15', ['Resume', 'Indstilling', 'Beslutning', 'Sagsfremstilling']],
    ['3', 'ØK Salg af areal', '02.34.02-G01-1-16', ['Resume', 'Beslutning']],
  ]);
  // The earlier committee's treatment is its own section, not the end of the case's text.
  assert.equal(m.items[0]!.sections[3]!.text, 'Kommunen har låneadgang på i alt 50 mio. kr. vedrørende 2015 og 2016\n\nNR/');
  assert.deepEqual(m.items[0]!.recommendation?.clauses, ['Byrådet hjemtager et serielån på 60 mio. kr. med løbetid på 25 år']);
  // Said under each decision: away from the meeting. (The quoted committee's own absence, under "Historik", is not this meeting's.)
  assert.deepEqual(m.absent, ['Lone Vestergaard']);
  assert.deepEqual(m.attendanceChanges, [{ name: 'Niels Brink', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['1'] }]);
  assert.deepEqual(m.warnings, []);
});

test('"X deltog ikke i mødet." under every decision is an absence, under one an absence from that item; under a quoted earlier decision neither', () => {
  const text = (one: string, two: string) => `Byrådet - Referat\n\nDato: 29. marts 2026\n\n1. Budget\n\nSagsnummer\n00.30.00-S00-1-26\n\nResume\n\nBudgettet.\n\nBeslutning\n\nGodkendt.${one}\n\n2. Eventuelt\n\nSagsnummer\n00.01.00-A00-1-26\n\nBeslutning\n\nIntet.${two}`;
  const away = '\n\nAnna Holm deltog ikke i mødet.';
  const m = parseMeetingText(text(away, away));
  assert.deepEqual([m.absent, m.attendanceChanges], [['Anna Holm'], []]);
  const once = parseMeetingText(text('', away));
  assert.deepEqual([once.absent, once.attendanceChanges], [[], [{ name: 'Anna Holm', arrivedDuringItem: null, leftDuringItem: null, absentDuringItems: ['2'] }]]);
  const quoted = parseMeetingText(text(`\n\nHistorik\n\nØkonomiudvalget, 15. marts 2026.${away}`, ''));
  assert.deepEqual([quoted.absent, quoted.attendanceChanges], [[], []]);
});

test('Hedensted\'s web minutes: "Udvalg: … 2022-2025", one paragraph a line, "X (A) var fraværende. Som stedfortræder deltog Y (A)" under the first item', () => {
  const m = sample('layout-hedensted-web_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Kommunalbestyrelsen', '2025-06-25', '16:00', 'Rådhussalen, Rådhuset']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.sections.map((s) => s.heading)]), [
    ['1', 'Mødets deltagere', '00.00.00-P35-34-24', ['Beslutningstema', 'Indstilling', 'Beslutning']],
    ['2', 'Spørgetid', '00.00.00-A00-11-24', ['Beslutningstema', 'Beslutning']],
    ['3', 'Revisionsberetning nr. 34', '00.32.10-S00-1-24', ['Beslutningstema', 'Historik', 'Sagsfremstilling', 'Indstilling', 'Beslutning']],
  ]);
  // Copied from a web page, each line is a paragraph of its own, however long the lines around it (before, the first
  // item's three lines were one paragraph and only the last absence was kept).
  assert.equal(m.items[0]!.decision, 'Anna Holm (A) var fraværende. Som stedfortræder deltog Bo Lund (A)\n\nCarla Juhl (V) var fraværende. Som stedfortræder deltog Dan Berg (V)\n\nEva Krog (A) var fraværende.');
  assert.deepEqual(m.absent, ['Anna Holm', 'Carla Juhl', 'Eva Krog']);
  assert.deepEqual(m.substitutes, [{ name: 'Bo Lund', substituteFor: 'Anna Holm' }, { name: 'Dan Berg', substituteFor: 'Carla Juhl' }]);
  assert.deepEqual(m.attendanceChanges, []);
  assert.equal(m.items[2]!.sections[2]!.text.split('\n\n').length, 2);
  // The empty "Fraværende:" closing each decision says nobody was away: no part of the decision's text.
  assert.deepEqual(m.items.map((i) => i.sections.at(-1)!.text.split('\n\n').at(-1)), ['Eva Krog (A) var fraværende.', 'Der er ikke indenfor den angivne tidsfrist indkommet spørgsmål til kommunalbestyrelsens spørgetid.', 'Taget til efterretning.']);
  assert.deepEqual(m.warnings, []);
});

test('a web page copied as text (each paragraph one line, some longer than any printed line) has no wrapped lines to join', () => {
  const long = 'Kommunalbestyrelsen skal tage stilling til beretningen, som revisionen har afgivet efter gennemgangen af regnskabet, herunder de bemærkninger revisionen har givet til forvaltningen af kommunens midler.';
  const items = Array.from({ length: 12 }, (_, k) => `${k + 2}. Sag nummer ${k + 2}\nSagsnr.: 00.01.00-A00-${k + 2}-26\nBeslutning\nGodkendt.`).join('\n');
  const text = `Referat\nUdvalg: Kommunalbestyrelsen\nMødedato: 25. juni 2026\n1. Mødets deltagere\nSagsnr.: 00.00.00-P35-34-26\nBeslutningstema\n${long}\n${long}\n${long}\nBeslutning\nAnna Holm (A) var fraværende. Som stedfortræder deltog Bo Lund (A), medlem\nCarla Juhl (V) var fraværende. Som stedfortræder deltog Dan Berg (V), medlem\n${items}`;
  const m = parseMeetingText(text);
  assert.equal(m.items[0]!.decision!.split('\n\n').length, 2);
  assert.deepEqual(m.absent, ['Anna Holm', 'Carla Juhl']);
});

test('Viborg\'s web minutes: "Mødested …" / "Udvalg …" / "Fraværende …" without colons, "Sagsid.:", the parts of "Sagsfremstilling" as sections', () => {
  const m = sample('layout-viborg_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location, m.absent], ['minutes', 'Social- og Sundhedsudvalget', '2019-09-19', '12:30', 'Sundhedshuset i Nørreby', ['Dorte Friis', 'Erik Moos']]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.decision, i.attachments]), [
    ['1', 'Møde på Sundhedshuset i Nørreby', '19/37075', 'Social- og Sundhedsudvalget tog orienteringen til efterretning.', []],
    ['2', 'Samarbejdsaftale om screening for diabetes', '14/64881', 'Social- og Sundhedsudvalget godkendte samarbejdsaftalen.', ['Samarbejdsaftale 2020 (revideret)']],
  ]);
  // Each part under its own heading (before, "Inddragelse og høring" and the rest ran into "Historik"'s text).
  assert.deepEqual(m.items[0]!.sections.slice(3).map((s) => [s.heading, s.kind, s.text]), [
    ['Sagsfremstilling', 'presentation', ''],
    ['Historik', 'other', 'Intet.'],
    ['Inddragelse og høring', 'other', 'Intet.'],
    ['Beskrivelse', 'other', 'Intet.'],
    ['Alternativer', 'other', 'Intet.'],
    ['Tidsperspektiv', 'other', 'Intet.'],
    ['Økonomiske forhold og konsekvenser', 'financial_consequences', 'Intet.'],
    ['Juridiske og planmæssige forhold', 'other', 'Intet.'],
  ]);
  assert.deepEqual(m.items[0]!.recommendation?.clauses, ['at orienteringen om Sundhedshuset i Nørreby tages til efterretning']);
});

test('Viborg\'s web minutes until 2021, a nested list: "• 1 Title" / "• Resume" / "• Beslutning i … den …", and "… - Referat fra mødet den 17-01-2019"', () => {
  const m = sample('layout-viborg-liste_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date], ['minutes', 'Social- og Sundhedsudvalget', '2019-01-17']);
  // Before, the whole document was one item, its title the page's title.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => s.heading), i.decision]), [
    ['1', 'Præsentation af veterankoordinator-funktionen', ['Resume', 'Indstilling', 'Beslutning i Social- og Sundhedsudvalget den 17-01-2019', 'Sagsfremstilling', 'Historik', 'Inddragelse og høring', 'Beskrivelse', 'Alternativer'], 'Social- og Sundhedsudvalget tog orienteringen om kommunens veteranindsats til efterretning.'],
    ['2', 'Temadrøftelse om psykiatri', ['Resume', 'Indstilling', 'Beslutning i Social- og Sundhedsudvalget den 17-01-2019', 'Sagsfremstilling', 'Historik'], 'Drøftet.'],
  ]);
  // A bulleted list in the text stays one.
  assert.equal(m.items[0]!.sections[6]!.text, 'Drøftelserne tager afsæt i:\n\n• Borgerrettet forebyggelse\n\n• Samarbejdet generelt');
  assert.deepEqual(m.warnings, []);
});

test('"• Økonomi" in a bulleted list is an entry, not a heading, where items are no bulleted list; "X - Referat fra mødet den …" names the body and date', () => {
  const m = parseMeetingText('Udvalget - Referat fra mødet den 17-01-2026\n\n1. Budget\n\nSagsfremstilling\n\nTemaer:\n\n• Økonomi\n\n• Personale\n\nBeslutning\n\nDrøftet.\n\n2. Eventuelt\n\nBeslutning\n\nIntet.');
  assert.equal(m.items[0]!.sections[0]!.text, 'Temaer:\n\n• Økonomi\n\n• Personale');
  // ("Udvalget - Referat fra mødet den …": the body and the date, with no decision that names them.)
  assert.deepEqual([m.kind, m.organization, m.date], ['minutes', 'Udvalget', '2026-01-17']);
});

test('Svendborg\'s web minutes: "Referat • 14. august 2024 kl. 15.30", the decision first, clauses as "- …" after "at:", "Sagen afgøres i"', () => {
  const m = sample('layout-svendborg-web_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start], ['minutes', 'Erhvervs- og Turismeudvalget', '2024-08-14', '15:30']);
  // Said under every decision: away from the meeting.
  assert.deepEqual([m.absent, m.attendanceChanges], [['Hanne Holm'], []]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.recommendation?.clauses ?? null]), [
    ['1', 'Godkendelse af dagsorden', null],
    ['2', 'Budgettema til budget 2025', ['Nedenstående anlægstema fremsendes til Teknik- og Miljøudvalget med henblik på at kunne indgå i budgetdrøftelserne']],
    // (The lead-in's own "at" opens the lead-in of the bulleted clauses, not a clause.)
    ['3', 'Bygningerne på øen', ['At oversende budgetforslaget til budgetforhandlingerne vedrørende budget 2025', 'At godkende at arbejdet med scenarierne fortsætter']],
  ]);
  assert.equal(m.items[2]!.recommendation?.lead, 'Direktionen indstiller til Kultur- og Fritidsudvalget, at det overfor Økonomiudvalget og Kommunalbestyrelsen anbefales,');
  assert.deepEqual(m.items[1]!.sections.map((s) => [s.heading, s.kind]), [
    ['Beslutningstema', 'summary'], ['Indstilling', 'recommendation'], ['Sagsfremstilling', 'presentation'],
    ['Økonomiske og erhvervsmæssige konsekvenser', 'financial_consequences'], ['CO2-Konsekvensvurdering', 'other'], ['Lovgrundlag', 'other'],
    ['Sagen afgøres i', 'consultation_path'], ['Beslutning i Erhvervs- og Turismeudvalget den 14-08-2024', 'decision'],
  ]);
  assert.deepEqual(m.warnings, []);
});

test('one item\'s own page (Københavns Kommune\'s local committees): "2. Title ( )", the summary before the first heading, "Følgende udeblev uden afbud: …"', () => {
  const m = parseMeetingText([
    'Mødedato: 22.03.2026, kl. 18:00', 'Mødested: Medborgerhuset',
    '2. Godkendelse af dagsorden ( )',
    'Det foreslås, at lokaludvalget under dette punkt tager en præsentationsrunde.',
    'Sagsfremstilling', 'Indstilling', 'Formanden indstiller,', '1. at lokaludvalget godkender dagsordenen',
    'Beslutning', 'Dagsordenen blev godkendt.', 'Fremmøde og inhabilitet:',
    'Tina Holm havde meldt afbud, og der er ingen suppleanter.',
    'Følgende udeblev uden afbud: Carla Juhl, Dan Berg og Ole Vang.',
    // (The page's link back to the top, "Til top", is nothing of the decision's.)
    'Til top',
  ].join('\n\n'));
  // Before: item 1, titled "2. Godkendelse af dagsorden ( )", without its first paragraph; "Følgende" the one who stayed away.
  assert.deepEqual(m.items.map((i) => [i.number, i.title]), [['2', 'Godkendelse af dagsorden']]);
  assert.deepEqual(m.items[0]!.sections.map((s) => [s.heading, s.text]), [
    ['', 'Det foreslås, at lokaludvalget under dette punkt tager en præsentationsrunde.'],
    ['Sagsfremstilling', ''],
    ['Indstilling', 'Formanden indstiller,\n\n1. at lokaludvalget godkender dagsordenen'],
    ['Beslutning', 'Dagsordenen blev godkendt.'],
  ]);
  assert.deepEqual([m.absent, m.absentWithoutNotice], [['Tina Holm'], ['Carla Juhl', 'Dan Berg', 'Ole Vang']]);
  // A single case whose title says it is closed is not public.
  assert.equal(parseMeetingText('Lukket: Personalesag\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nGodkendt.').items[0]!.public, false);
});

test('web minutes copied without the items\' buttons (Hedensted): each case opens with its case number; titles are made and the secretary warned', () => {
  const m = parseMeetingText([
    'Kommunalbestyrelsen - Dagsordener og referater', 'Udvalg: Kommunalbestyrelsen 2026-2029', 'Mødedato: 24. juni 2026 16:00', 'Mødested: Rådhussalen, Rådhuset',
    'Sagsnr.: 00.00.00-P35-34-26', 'Beslutningstema', 'Mødets deltagere og fraværende noteres her.',
    'Beslutning', 'Anna Holm (A) var fraværende. Som stedfortræder deltog Bo Lund (A)', 'Eva Krog (A) var fraværende.', 'Fraværende:',
    'Sagsnr.: 00.32.10-S00-1-26', 'Beslutningstema', 'Revisionsberetning nr. 36.', 'Sagsfremstilling',
    // (Each paragraph on one line, as a web page copies: many longer than any printed line, so none was wrapped.)
    'Revisionen har igen i år godkendt regnskabet uden forbehold, og revisionen har ved gennemgangen ikke konstateret kritiske forhold af en sådan væsentlighed, at de skal fremhæves over for kommunalbestyrelsen.',
    'Kommunens revisionsudvalg har gennemgået beretningen på sit møde i juni og har ingen yderligere bemærkninger til beretningens indhold, som derfor forelægges kommunalbestyrelsen til orientering og godkendelse.',
    'Beretningen indeholder alene de sædvanlige bemærkninger om kommunens interne kontroller, og forvaltningen har allerede fulgt op på dem alle i løbet af foråret, hvilket revisionen har bekræftet ved sit besøg i maj.',
    'Indstilling', 'Kommunaldirektøren indstiller, at', '1. beretningen tages til efterretning.', 'Beslutning', 'Taget til efterretning.', 'Fraværende:',
    'Sagsnr.: 00.01.00-A00-2-26', 'Beslutningstema', 'Kommunalbestyrelsen skal tage stilling til en ny ordning for borgerforslag, som har været afprøvet i to år, og som foreslås gjort permanent fra 2027.',
    'Beslutning', 'Godkendt.', 'Fraværende:',
  ].join('\n'));
  // Before: each item titled "Sagsnr.: …" with no case number, and Eva Krog (said only in the attendance item) not absent.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber]), [
    ['1', 'Mødets deltagere og fraværende noteres her', '00.00.00-P35-34-26'],
    ['2', 'Revisionsberetning nr. 36', '00.32.10-S00-1-26'],
    ['3', 'Kommunalbestyrelsen skal tage stilling til en ny ordning for borgerforslag, som har været afprøvet i to år, og som …', '00.01.00-A00-2-26'],
  ]);
  assert.deepEqual(m.absent, ['Anna Holm', 'Eva Krog']);
  assert.deepEqual(m.items[1]!.recommendation?.clauses, ['beretningen tages til efterretning']);
  assert.deepEqual(m.warnings, ['import.warning.titles_missing']);
  // With its titles the same page reads as before, and nothing is said about them.
  assert.deepEqual(sample('layout-hedensted-web_referat.txt').warnings, []);
});

test('web minutes copied with neither titles nor case numbers (Svendborg): each case opens with "Beslutningstema"; the approval of the agenda before the first is an item', () => {
  const m = parseMeetingText([
    'Erhvervs- og Turismeudvalget', 'Referat • 12. august 2026 kl. 15.30', 'Indhold',
    'Beslutning i Erhvervs- og Turismeudvalget den 12-08-2026', 'Hanne Holm (B) var fraværende.', 'Dagsorden godkendt.',
    'Beslutningstema', 'Budgettema til budget 2027', 'Indstilling', 'Direktionen indstiller til Erhvervs- og Turismeudvalget at:',
    '- Anlægstemaet fremsendes til budgetdrøftelserne.', 'Sagsfremstilling', 'Fagudvalgene drøfter temaer til budget 2027.',
    'Sagen afgøres i', 'Erhvervs- og Turismeudvalget', 'Beslutning i Erhvervs- og Turismeudvalget den 12-08-2026', 'Godkendt.', 'Hanne Holm (B) var fraværende.',
    'Beslutningstema', 'Godkendelse af ny turismestrategi.', 'Indstilling', 'Direktionen indstiller,', '- At turismestrategien godkendes.',
    'Beslutning i Erhvervs- og Turismeudvalget den 12-08-2026', 'Anbefales.', 'Hanne Holm (B) var fraværende.',
  ].join('\n'));
  // Before: one item, titled with the date line, holding every case and every decision.
  assert.deepEqual([m.organization, m.date, m.start], ['Erhvervs- og Turismeudvalget', '2026-08-12', '15:30']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decision]), [
    ['1', 'Punkt 1', 'Hanne Holm (B) var fraværende.\n\nDagsorden godkendt.'],
    ['2', 'Budgettema til budget 2027', 'Godkendt.\n\nHanne Holm (B) var fraværende.'],
    ['3', 'Godkendelse af ny turismestrategi', 'Anbefales.\n\nHanne Holm (B) var fraværende.'],
  ]);
  assert.deepEqual(m.items[1]!.sections.map((s) => s.heading), ['Beslutningstema', 'Indstilling', 'Sagsfremstilling', 'Sagen afgøres i', 'Beslutning i Erhvervs- og Turismeudvalget den 12-08-2026']);
  // Away for every item: away from the meeting.
  assert.deepEqual([m.absent, m.attendanceChanges], [['Hanne Holm'], []]);
  assert.deepEqual(m.warnings, ['import.warning.titles_missing']);
});

test('copied without titles, a case with no summary opens with "Sagsfremstilling" (Ishøj): after this meeting\'s decision and its attachments, the next heading is the next case', () => {
  const m = parseMeetingText([
    'Referat', 'Social- og Sundhedsudvalget mandag den 12. april 2027 kl. 16:30', 'Mødelokale 2 E',
    'Resume', 'Et konsulentfirma fremlægger sin rapport om det gode ældreliv.', 'Indstilling', 'at rapporten godkendes.', 'Beslutning', 'Tiltrådt.', 'Bilag',
    'Sagsfremstilling', 'Årsrapporten for rådgivningen er vedhæftet.', 'Indstilling', 'at orienteringen tages til efterretning.', 'Beslutning', 'Taget til efterretning.',
    'Resume', 'Udvalget skal godkende budgetforslag for 2028.', 'Indstilling', 'at besparelserne tiltrædes.', 'Beslutning', 'Tiltrådt.',
  ].join('\n\n'));
  // Before the split at the second decision, the first two cases were one item with two decisions.
  assert.deepEqual(m.items.map((i) => [i.title, i.sections.map((s) => s.heading), i.decision]), [
    ['Et konsulentfirma fremlægger sin rapport om det gode ældreliv', ['Resume', 'Indstilling', 'Beslutning', 'Bilag'], 'Tiltrådt.'],
    ['Orienteringen tages til efterretning', ['Sagsfremstilling', 'Indstilling', 'Beslutning'], 'Taget til efterretning.'],
    ['Udvalget skal godkende budgetforslag for 2028', ['Resume', 'Indstilling', 'Beslutning'], 'Tiltrådt.'],
  ]);
  // "Beslutningskompetence", which every case has after its decision, stays with the case it ends (Ishøj, 2023).
  const competence = parseMeetingText([
    'Referat', 'Social- og Sundhedsudvalget torsdag den 20. april 2027 kl. 19.00',
    'Resume', 'Besparelser.', 'Indstilling', 'at besparelserne tiltrædes.', 'Beslutning', 'Tiltrådt.', 'Beslutningskompetence', 'Byrådet.',
    'Sagsfremstilling', 'Rundvisning på depotet.', 'Beslutning', 'Taget til efterretning.', 'Beslutningskompetence', 'Social- og Sundhedsudvalget.',
    'Resume', 'Mødeplan.', 'Beslutning', 'Godkendt.', 'Beslutningskompetence', 'Social- og Sundhedsudvalget.',
  ].join('\n\n'));
  assert.deepEqual(competence.items.map((i) => i.sections.map((s) => s.heading)), [
    ['Resume', 'Indstilling', 'Beslutning', 'Beslutningskompetence'],
    ['Sagsfremstilling', 'Beslutning', 'Beslutningskompetence'],
    ['Resume', 'Beslutning', 'Beslutningskompetence'],
  ]);
  // Two bodies' decisions in one case are one case: "Beslutning i Økonomiudvalget …" / "Beslutning i Byrådet …".
  const two = parseMeetingText([
    'Referat', 'Byrådet mandag den 12. april 2027 kl. 16:30',
    'Resume', 'Budget.', 'Beslutning i Økonomiudvalget den 05-04-2027', 'Anbefalet.', 'Sagsfremstilling', 'Tekst.', 'Beslutning i Byrådet den 12-04-2027', 'Godkendt.',
    'Resume', 'Regnskab.', 'Beslutning i Byrådet den 12-04-2027', 'Godkendt.',
  ].join('\n\n'));
  assert.deepEqual(two.items.map((i) => i.sections.map((s) => s.heading)), [
    ['Resume', 'Beslutning i Økonomiudvalget den 05-04-2027', 'Sagsfremstilling', 'Beslutning i Byrådet den 12-04-2027'],
    ['Resume', 'Beslutning i Byrådet den 12-04-2027'],
  ]);
});

test('a committee renamed between the page\'s header and its decisions (Holbæk, 2015): the decisions dated the meeting\'s day are the meeting\'s', () => {
  const text = (decidedOn: string) => [
    'UDVALG', 'Udvalget "Aktiv Hele Livet - Sundhed og Omsorg"', 'MØDE', 'Referat', 'STED', 'Stenhusbakken', 'STARTTIDSPUNKT', '23-03-2027 13:30:00',
    '24. Godkendelse af dagsorden', 'Sagsgang og sagstype', 'Udvalget for Voksne', 'Indstilling', 'Direktøren indstiller at:', '1. Dagsordenen godkendes.',
    `Beslutning i Udvalget for Voksne den ${decidedOn}`, 'Dagsordenen blev godkendt.',
    '25. Rundvisning på Stenhusbakken', 'Indstilling', 'Direktøren indstiller, at rundvisningen tages til efterretning.',
    `Beslutning i Udvalget for Voksne den ${decidedOn}`, 'Taget til efterretning.',
  ].join('\n\n');
  const m = parseMeetingText(text('23-03-2027'));
  // Before: no decisions at all — each was taken for another body's, quoted.
  assert.deepEqual(m.items.map((i) => i.decision), ['Dagsordenen blev godkendt.', 'Taget til efterretning.']);
  assert.equal(m.kind, 'minutes');
  // Another body's decision of another day, quoted in the case, is still not this meeting's.
  assert.deepEqual(parseMeetingText(text('02-03-2027')).items.map((i) => i.decision), [null, null]);
});

test('Herning\'s web minutes: items without numbers, the case number over each title, and the table of committees ("DIR" / "SOS" / … / "x") left out', () => {
  const m = sample('layout-herning-web_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.location, m.absent], ['minutes', 'Social- og Sundhedsudvalget', '2027-05-12', 'C3.40', ['Ole Dam']]);
  // Before: each item titled "Øvrige sagsbehandlere: -", without its case number, the next one's number in its decision.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.sections.map((s) => s.heading)]), [
    ['1', 'Godkendelse af dagsorden', '00.01.00-A00-1-27', ['Sagsresume', 'Indstilling', 'Beslutning']],
    ['2', 'Temadrøftelse om ulighed i sundhed', '27.00.00-A00-6-27', ['Sagsresume', 'Sagsfremstilling', 'Indstilling', 'Beslutning']],
    ['3', 'Værested for socialt udsatte - status', '27.12.00-G01-2-27', ['Sagsresume', 'Indstilling', 'Beslutning']],
  ]);
  assert.equal(m.items[1]!.decision, 'Drøftet.\n\nFremtidige fokuspunkter\n\n• opsøgende sundhedstjek for hjemløse\n\n• tandpleje for socialt udsatte\n\nFraværende: Ole Dam');
  assert.equal(m.items[0]!.sections[0]!.text, 'Dagsordenen forelægges til godkendelse.');
  assert.deepEqual(m.items[2]!.recommendation?.clauses, ['at orienteringen tages til efterretning']);
  // Nothing of the committees' table or the case workers anywhere in the text.
  assert.doesNotMatch(JSON.stringify(m.items), /"(?:SOS|DIR|x)"|SOS\\n|Sagsbehandler|sagsbehandlere/);
});

test('Herning\'s printed pages: "39. Title" over the case number, the title repeated under it', () => {
  let n = 38;
  const printed = readFileSync(new URL('../../../test/fixtures/layout-herning-web_referat.txt', import.meta.url), 'utf8')
    .replace(/(Sagsnr\.: \S+ Sagsbehandler: [^\n]+\n\n)([^\n]+)\n/g, (_, caseLine: string, title: string) => `${++n}. ${title}\n\n${caseLine}${title}\n`);
  const m = parseMeetingText(printed);
  // Before: one item holding the whole meeting.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.sections.map((s) => s.heading)]), [
    ['39', 'Godkendelse af dagsorden', '00.01.00-A00-1-27', ['Sagsresume', 'Indstilling', 'Beslutning']],
    ['40', 'Temadrøftelse om ulighed i sundhed', '27.00.00-A00-6-27', ['Sagsresume', 'Sagsfremstilling', 'Indstilling', 'Beslutning']],
    ['41', 'Værested for socialt udsatte - status', '27.12.00-G01-2-27', ['Sagsresume', 'Indstilling', 'Beslutning']],
  ]);
});
