// The importer on the minutes municipal councils for socially vulnerable people (udsatteråd) publish themselves:
// word-processor minutes with few or no section headings. Invented content in each layout (test/fixtures/layout-udsatteraad-*).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ParseError, parseMeetingText } from './parse-text.ts';

const sample = (n: string) => parseMeetingText(readFileSync(new URL(`../../../test/fixtures/${n}`, import.meta.url), 'utf8'));

test('plain minutes: numbered items with no headings at all, the facts under "Afbud", "Sted", and the date in the line naming the meeting (Køge)', () => {
  const m = sample('layout-udsatteraad-koege_referat.txt');
  assert.deepEqual([m.kind, m.date, m.location], ['minutes', '2026-09-14', 'Borup Aktivitetshus (den store sal), Møllevej 11, 4140 Borup']);
  assert.deepEqual(m.absent, ['John Tietze', 'Nina Kjær']);
  // Items are the numbered lines counting up with text between them; the text under each is kept whole.
  assert.deepEqual(m.items.map((i) => [i.number, i.title]), [
    ['1', 'Temaoplæg: Ensomhed'],
    ['2', 'Godkendelse af dagsorden og referat'],
    ['3', 'Forberedelse af budgetdialogmøde med fagudvalg'],
    ['4', 'Eventuelt'],
  ]);
  // "v. Marlene": who presented the item, the first line of its text.
  assert.equal(m.items[1]!.sections[0]!.text, 'v. Marlene\n\nGodkendt med nyt punkt om høringssvar.');
  assert.equal(m.items[2]!.sections[0]!.text, 'Marlene orienterede om formen for budgetdialogmødet.\n\nUdsatterådet mødes før budgetdialogmødet den 30. september 2026 kl. 16.00.');
  // The page names the body only in its title, "Referater af Udsatterådets møder i 2026" (before: no body, and a warning).
  assert.deepEqual([m.organization, m.warnings], ['Udsatterådet', []]);
});

test('the same page in 2023: the list of the items, with sub-points, over "Referat" and the items with their text (Køge)', () => {
  const m = parseMeetingText([
    'Referater af Udsatterådets møder i 2027', '', '2. marts 2027 - Ordinært møde', '', 'Deltagere:', '', 'Marlene Gjøst, Niels Rolf, Heidi Hasberg.', '',
    'Afbud', '', 'Christine Holm og John Tietz', '', 'Referent', '', 'Petrine Holm', '', 'Dagsordenspunkter til mødet', '',
    ' 1. Velkomst og præsentationsrunde', ' 2. Godkendelse af dagsorden og referat', ' 3. Hjemløshed, herunder:', '  1. Hjemløse-workshops ved Henrik',
    '  2. March med fokus på hjemløshed', ' 4. Evt. ', '', 'Referat', '',
    '1. Velkomst og præsentation', '', 'Alle præsenterede sig selv.', '', '2. Godkendelse af dagsorden og referat', '', 'Godkendt.', '',
    '3. Hjemløshed', '', 'Henrik orienterede om workshops for hjemløse.', '', '4. Evt.', '', 'Intet.',
  ].join('\n'));
  assert.deepEqual([m.kind, m.organization, m.date, m.absent], ['minutes', 'Udsatterådet', '2027-03-02', ['Christine Holm', 'John Tietz']]);
  // Before: one item, the list's last entry ("4. Evt."), holding all the minutes under "Referat".
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => s.text).join('')]), [
    ['1', 'Velkomst og præsentation', 'Alle præsenterede sig selv.'], ['2', 'Godkendelse af dagsorden og referat', 'Godkendt.'],
    ['3', 'Hjemløshed', 'Henrik orienterede om workshops for hjemløse.'], ['4', 'Evt.', 'Intet.'],
  ]);
});

test('a numbered list is not taken for items: entries line after line, or sentences', () => {
  const m = parseMeetingText('Referat\n\n14. september 2026\n\nIndholdsfortegnelse\n\n1. Velkomst\n\n2. Eventuelt\n\n1. Velkomst\n\nFormanden bød velkommen.\n\n2. Eventuelt\n\nIntet.');
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => s.text)]), [['1', 'Velkomst', ['Formanden bød velkommen.']], ['2', 'Eventuelt', ['Intet.']]]);
});

test('unnumbered items, each "Indhold:" then "Referat", under "Der indkaldes hermed til ordinært møde i …" (Holbæk)', () => {
  const m = sample('layout-udsatteraad-holbaek_referat.txt');
  // "Dato: Mandag d. 7.9. 2026" (a space in the date), "Tid: kl. 16.00-18.00".
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location], ['minutes', 'Udsatterådet', '2026-09-07', '16:00', '18:00', 'Kanalstræde 2, lokale 0.21']);
  assert.deepEqual(m.absent, ['Martin Vibe']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => [s.heading, s.kind]), i.decision]), [
    ['1', 'Godkendelse af dagsorden', [['Indhold', 'presentation'], ['Referat', 'decision']], 'Godkendt'],
    ['2', 'Godkendelse af referat', [['Indhold', 'presentation'], ['Referat', 'decision']], 'Godkendt'],
    ['3', 'Information fra forpersonerne', [['Indhold', 'presentation'], ['Referat', 'decision']], 'Udsatterådet tager beslutningen til efterretning.\n\nAftale: Rie kontakter foreningen om et nyt medlem.'],
  ]);
  assert.deepEqual(m.warnings, []);
});

test('"Udvalg" over its value, "Deltog ikke:" heading each decision, numbered clauses joined by "og", "Sagens gang" and "Beskrivelse af sagen" (Stevns)', () => {
  const m = sample('layout-udsatteraad-stevns_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Stevns Udsatteråd', '2026-09-03', '11:00', 'Mødelokale 1, Rådhuset']);
  assert.deepEqual(m.absent, ['Steen S. Hansen']);
  const one = m.items[0]!;
  assert.deepEqual(one.recommendation!.clauses, ['Udsatterådet godkender dagsordenen', 'vælger en ordstyrer']);
  assert.deepEqual(one.sections.map((s) => [s.heading, s.kind]), [
    ['Resume', 'summary'], ['Indstilling', 'recommendation'], ['Beslutning', 'decision'],
    ['Sagens gang', 'consultation_path'], ['Beskrivelse af sagen', 'presentation'], ['Økonomiske konsekvenser og finansiering', 'financial_consequences'],
  ]);
  assert.deepEqual(m.items.map((i) => i.decisionLead), ['Dagsordenen blev godkendt. Anne Munch blev valgt som ordstyrer.', 'Taget til efterretning. Rådet ønsker at blive hørt om åbningstiderne.']);
  assert.deepEqual(m.warnings, []);
});

test('an agenda that is only a numbered list: its entries are the items; a list in a letter is no agenda', () => {
  const m = parseMeetingText('Dagsorden\n\nMøde i Udsatterådet\n\nMandag den 14. september 2026 kl. 16.00\n\nKanalstræde 2, lokale 0.21\n\n1. Velkomst\n2. Godkendelse af referat fra sidste møde\n3. Oplæg om ensomhed v. Pia Krogh\n4. Eventuelt\n\nMed venlig hilsen\nRie Lund, sekretær for rådet');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['agenda', 'Udsatterådet', '2026-09-14', '16:00', 'Kanalstræde 2, lokale 0.21']);
  // The greeting after the list is nobody's item text.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.length]), [
    ['1', 'Velkomst', 0], ['2', 'Godkendelse af referat fra sidste møde', 0], ['3', 'Oplæg om ensomhed v. Pia Krogh', 0], ['4', 'Eventuelt', 0],
  ]);
  const letter = (list: string) => () => parseMeetingText(`Kære alle\n\nHusk på fredag:\n\n${list}\n\nVenlig hilsen\nRie`);
  const noItems = (e: unknown) => e instanceof ParseError && e.rule === 'import.no_items';
  assert.throws(letter('1. Madpakke\n2. Regntøj'), noItems);
  assert.throws(letter('1. Madpakke\n\nEn sund en.\n\n2. Regntøj\n\nDet bliver vådt.'), noItems);
});

test('a municipality\'s web page of the council\'s minutes: "Udsatterådet - 08-09-2026 - Referat", item numbers going on from the last meeting, each decision run into the next item\'s header, "Formandskabet indstiller, at" over its clause (Faxe)', () => {
  const m = sample('layout-udsatteraad-faxe_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Udsatterådet', '2026-09-08', '16:30', 'Café Havnen']);
  // "Godkendt.15. Orientering fra gadeteamet": the decision ends where the next item begins.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.recommendation?.clauses ?? null, i.decision?.split('\n\n').at(-1)]), [
    ['14', 'Godkendelse af dagsorden', '27.15.00-A08-3-26', ['at dagsorden godkendes'], 'Godkendt.'],
    ['15', 'Orientering fra gadeteamet', '27.15.00-A08-3-26', ['at Udsatterådet tager orienteringen til efterretning'], 'Udsatterådet tog orienteringen til efterretning og bad om en status i foråret.'],
    ['16', 'Eventuelt', '27.15.00-A08-3-26', null, 'Intet.'],
  ]);
  // "… deltog ikke i behandlingen af dette punkt" in every item: away from the meeting.
  assert.deepEqual(m.absent, ['Anders Bloch', 'Nina Vestergaard']);
  assert.deepEqual(m.attendanceChanges, []);
  // In one item only, it is that item's.
  const once = parseMeetingText(readFileSync(new URL('../../../test/fixtures/layout-udsatteraad-faxe_referat.txt', import.meta.url), 'utf8')
    .replace(/Anders Bloch og Nina Vestergaard deltog ikke i behandlingen af dette punkt\.\n\n \n\nIntet\./, 'Intet.'));
  assert.deepEqual(once.absent, []);
  assert.deepEqual(once.attendanceChanges.map((c) => [c.name, c.absentDuringItems]), [['Anders Bloch', ['14', '15']], ['Nina Vestergaard', ['14', '15']]]);
});

test('Faxe\'s later web minutes: "Socialudvalget - 11-01-2021" over "Referat", empty labels ("Udvalg:" / "Dato:"), "Mandag, 11 januar, 2021 - 19:00"; Stevns\' labels run into their values', () => {
  const faxe = parseMeetingText([
    'Socialudvalget - 11-01-2021', '', 'Referat', 'Udvalg:', 'Dato:', 'Mandag, 11 januar, 2021 - 19:00', 'Hent som fil:', 'Lokation:',
    '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.', '', '', 'Fraværende:', '', 'Ingen',
  ].join('\n'));
  assert.deepEqual([faxe.kind, faxe.organization, faxe.date, faxe.start, faxe.warnings], ['minutes', 'Socialudvalget', '2021-01-11', '19:00', []]);
  const stevns = parseMeetingText([
    'Referat', '', 'Torsdag d. 7 april 2022, kl. 11:00', 'MødestedMødelokale 1, Rådhuset', 'UdvalgStevns Udsatteråd', 'Bemærkninger', 'Afbud: Steen S. Hansen.', '',
    '1. Godkendelse af dagsorden', '', 'Resume', '', 'Udsatterådet godkender dagsordenen.', '', 'Beslutning', '', 'Dagsordenen blev godkendt.',
  ].join('\n'));
  assert.deepEqual([stevns.organization, stevns.date, stevns.start, stevns.location, stevns.absent], ['Stevns Udsatteråd', '2022-04-07', '11:00', 'Mødelokale 1, Rådhuset', ['Steen S. Hansen']]);
});

test('word-processed minutes: "Referat af 3. rådsmøde i …", "Afholdt … kl. 16.00-18.30", the members present under a label, items "1: …"', () => {
  const m = sample('layout-raad-tekstbehandling_referat.txt');
  // ("Tilstedeværende medlemmer af rådet" under the date line is who was there, not where.)
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location], ['minutes', 'Udsatterådet', '2026-09-09', '16:00', '18:30', null]);
  assert.deepEqual(m.absent, ['Finn Dahl', 'Gitte Hald']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => s.text)]), [
    ['1', 'Godkendelse af dagsordenen', ['Dagsordenen blev godkendt.']],
    ['2', 'Godkendelse af referat fra 2. rådsmøde', ['Referatet blev godkendt uden bemærkninger.']],
    ['3', 'Høringssvar om hjemløsestrategien', ['Sekretariatet gennemgik udkastet til høringssvar.\n\nRådet godkendte høringssvaret med de nævnte ændringer. Formanden sender det til Socialudvalget.']],
    ['4', 'Eventuelt', ['Næste møde er den 2. december 2026.']],
  ]);
  assert.deepEqual(m.warnings, []);
});

test('"Referat af Udsatterådets møde den … kl. 16.00-18.00": the body in the genitive, with the date and the hours', () => {
  const m = sample('layout-raad-genitiv_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location], ['minutes', 'Udsatterådet', '2026-10-14', '16:00', '18:00', 'Værestedet Bryggen, Havnegade 4']);
  assert.deepEqual(m.absent, ['Finn Dahl', 'Gitte Hald']);
  assert.deepEqual(m.items.map((i) => i.title), ['Velkomst og godkendelse af dagsorden', 'Orientering fra forvaltningen', 'Budgetdialog med Socialudvalget', 'Eventuelt']);
});

test('"Udsatterådet" over "Referat fra udsatterådsmøde": the body, and minutes', () => {
  const m = parseMeetingText('Udsatterådet\n\nReferat fra udsatterådsmøde\n\nDato: 12.03.2026\nTid: 16.00 - 18.00\nSted: Rådhuset, mødelokale 3\n\nAfbud: Finn Dahl\n\nAd 1. Godkendelse af dagsorden\nGodkendt.\n\nAd 2. Eventuelt\nIntet.');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location], ['minutes', 'Udsatterådet', '2026-03-12', '16:00', '18:00', 'Rådhuset, mødelokale 3']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title]), [['1', 'Godkendelse af dagsorden'], ['2', 'Eventuelt']]);
});

test('minutes where only some items have headings: the numbered lines between them are items too (an ældreråd)', () => {
  const m = sample('layout-aeldreraad-blandet_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location], ['minutes', 'Ældrerådet', '2026-12-16', '10:00', '13:00', 'Rådhuset, udvalgsværelse D']);
  assert.deepEqual(m.absent, ['Per Schou', 'Svend Sørby']);
  // Before, item 1 was lost in the header and items 3 and 4 ran into item 2's decision.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decision]), [
    ['1', 'Godkendelse af dagsorden', null],
    ['2', 'Referater fra Forretningsudvalgets møder', 'Taget til efterretning.'],
    ['3', 'Høringssvar om værdighedspolitikken', null],
    ['4', 'Eventuelt', null],
  ]);
  assert.equal(m.items[0]!.sections[0]!.text, 'Formanden bød velkommen.\n\nDagsordenen blev godkendt.');
  assert.deepEqual(m.items[1]!.recommendation?.clauses, ['at Ældrerådet tager referaterne af Forretningsudvalgets møder til efterretning']);
});

test('"R e f e r a t" in spaced letters, the body over the date, items grouped under "TEMA: …", a title ending in a full stop (a seniorråd)', () => {
  const m = sample('layout-seniorraad_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Nordby Seniorråd', '2026-06-04', '13:00', 'Kontrabassen, Nordby Rådhus']);
  assert.deepEqual(m.absent, ['Anette Lewin']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => s.text)]), [
    ['1', 'Godkendelse af dagsorden', ['Godkendt.']],
    // (The theme's line is no part of the item before it.)
    ['2', 'Godkendelse af referat af møde 5-2026', ['Godkendt med en rettelse til punkt 13.']],
    ['3', 'Dagsordener for de politiske udvalg', ['Seniorrådet sendte et samlet notat til Social- og Seniorudvalget med sine synspunkter.']],
    ['4', 'Eventuelt', ['Intet.']],
  ]);
  // An item's text that is only what was decided ("Godkendt.") is its decision.
  assert.deepEqual(m.items.map((i) => i.decision), ['Godkendt.', 'Godkendt med en rettelse til punkt 13.', null, null]);
});

test('"Referat af bestyrelsesmøde i DANSKE ÆLDRERÅD GODKENDT": the approval stamp is not part of the body\'s name', () => {
  const m = parseMeetingText('Referat af bestyrelsesmøde i NORDBY ÆLDRERÅD GODKENDT\n\nOnsdag d. 3. februar 2026\n\nAfbud fra Erling Høst og Gudrun Skov.\n\nDagsorden\n\n1. Godkendelse af dagsorden\n\nGodkendt\n\n2. Eventuelt\n\nIntet.');
  assert.deepEqual([m.kind, m.organization, m.date], ['minutes', 'NORDBY ÆLDRERÅD', '2026-02-03']);
  assert.deepEqual(m.absent, ['Erling Høst', 'Gudrun Skov']);
  assert.deepEqual(m.items.map((i) => i.title), ['Godkendelse af dagsorden', 'Eventuelt']);
});

test('Aalborg\'s pages for its councils: "12. marts 2025 - referat fra Udsatterådet", "Åben" under each title, Word\'s "o " bullets pasted with one space', () => {
  const m = sample('layout-udsatteraad-aalborg_referat.txt');
  assert.deepEqual([m.kind, m.organization, m.date], ['minutes', 'Udsatterådet', '2025-03-12']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public]), [['1', 'Godkendelse af dagsorden', true], ['2', 'Nyt fra sekretariatet', true], ['3', 'Forsamlingshuse', true]]);
  // Each bullet an entry of its own (before, the three ran into the sentence before them, each opened by an "o").
  assert.deepEqual(m.items[2]!.decision!.split('\n\n').slice(1), [
    '• Der skal fremover afholdes 2 Forsamlingshuse årligt.',
    '• Udsatterådet skal have et formøde umiddelbart inden hvert Forsamlingshus på 10-15 min.',
    '• Forsamlingshusene holdes på varmestuer og væresteder.',
  ]);
  assert.deepEqual(m.warnings, []);
  // (A sentence's lone "o" is no bullet: only two such lines together are a list.)
  assert.equal(parseMeetingText('Referat\n\n12. marts 2025 - referat fra Udsatterådet\n\n1. Velkomst\n\nBeslutning\n\nRådet drøftede punkt\no Bent\n\n2. Eventuelt\n\nBeslutning\n\nIntet.').items[0]!.decision, 'Rådet drøftede punkt o Bent');
});

test('a council\'s web minutes (Holbæk\'s Udsatteråd): "Afbud:" / "• Martin Vibe, SAND" — the member is away, the organisation they sit for is no name', () => {
  const m = parseMeetingText([
    'Der indkaldes hermed til ordinært møde i Udsatterådet i Holbæk Kommune', 'Dato: Mandag d. 4.4. 2027', 'Tid: kl. 16.00-18.00', 'Sted: Kanalstræde 2, lokale 0.21',
    'Deltagere:', '• Karen Holm: Kommunalbestyrelsesmedlem', '• Stine Berg: Home Start', 'Afbud:', '• Martin Vibe, SAND', '• Lise Krog, Kirkens Korshær', 'Gæst:', '• Katrine Linde, Staben',
    'Dagsorden med referat:', 'Godkendelse af dagsorden', 'Indhold:', 'Godkendelse af dagsorden', 'Referat', 'Godkendt',
    'Information fra forpersonerne', 'Indhold:', 'Martin Vibe stopper i rådet.', 'Referat', 'Taget til efterretning.',
  ].join('\n\n'));
  assert.deepEqual([m.organization, m.date, m.start, m.end], ['Udsatterådet', '2027-04-04', '16:00', '18:00']);
  assert.deepEqual(m.items.map((i) => [i.title, i.decision]), [['Godkendelse af dagsorden', 'Godkendt'], ['Information fra forpersonerne', 'Taget til efterretning.']]);
  // Before: nobody absent ("SAND" is no party letter, so the list was not read).
  assert.deepEqual(m.absent, ['Martin Vibe', 'Lise Krog']);
});

test('a council\'s page copied without titles (Stevns Udsatteråd): the body the page labels, not the site\'s line over its list of meetings', () => {
  const m = parseMeetingText([
    'Dagsordener og referater', 'Find dagsorden eller referat ved at sortere på udvalg', 'Referat',
    'Torsdag d. 7 april 2027, kl. 11:00', 'MødestedMødelokale 1, Rådhuset', 'UdvalgStevns Udsatteråd', 'Bemærkninger', 'Afbud: Steen Holm.',
    'Resume', 'Udsatterådet skal godkende dagsordenen.', 'Indstilling', 'Forvaltningen indstiller, at', '1. Udsatterådet godkender dagsordenen.', 'Beslutning', 'Dagsordenen blev godkendt.',
    'Resume', 'Udsatterådet skal vælge formand.', 'Indstilling', 'Forvaltningen indstiller, at', '1. Udsatterådet vælger en formand.', 'Beslutning', 'Maja Bjerre blev valgt.',
  ].join('\n\n'));
  // Before: "Find dagsorden eller referat ved at sortere på udvalg" (a line ending in "udvalg" over "Referat").
  assert.deepEqual([m.organization, m.date, m.start, m.location, m.absent], ['Stevns Udsatteråd', '2027-04-07', '11:00', 'Mødelokale 1, Rådhuset', ['Steen Holm']]);
  assert.deepEqual(m.items.map((i) => i.title), ['Udsatterådet skal godkende dagsordenen', 'Udsatterådet skal vælge formand']);
});

test('Gribskov\'s archive: the council\'s name alone on the first line, "Onsdag den 27-10-2027 kl. 16:15", "01.02G00 - 2027/27088" under each title', () => {
  const m = sample('layout-gribskov_referat.txt');
  // Before: no body, and each long title ran on with the line under it ("… i Helsinge 01.02G00 - 2027/27088").
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.absent], ['minutes', 'Handicaprådet', '2027-10-27', '16:15', ['Jonna Præst']]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.sections.map((s) => s.heading)]), [
    ['36', 'Høring: Forslag til lokalplan 512.27 - boligområde ved Skovbakken i Helsinge', '2027/27088', ['Sagsfremstilling', 'Indstilling', 'Beslutning']],
    ['37', 'Hvem skal modtage årets handicappris?', '2027/27100', ['Sagsfremstilling', 'Beslutning']],
    ['38', 'Udkast til årsberetning 2027', '2027/27101', ['Beslutning']],
  ]);
});

test('a council\'s agenda whose first item has no text: "1. Godkendelse af referat og dagsorden" right above "2. …" is an item (Albertslund\'s Handicapråd)', () => {
  const m = parseMeetingText([
    'Dagsorden', 'Forum: Handicaprådet', 'Tid: 14. marts 2027, kl. 14.00', 'Sted: Mødelokale 915, Blok C, 2 sal',
    'Deltagere: Steen Holm, Bjarke Juul, Susanne Krag', 'Afbud:', 'Referent: Lissi Holm', '',
    '1. Godkendelse af referat og dagsorden', '', '2. Valg af formand og næstformand', '', 'Dato: 13. februar 2027', '',
    '3. Valg til udvalg om plejecenter', 'Sagsfremstilling: Bjarke Juul vil gerne besætte pladsen.', '',
    '4. Pjece om den gode praksis', 'Sagsfremstilling: Pjecen er et arbejdsredskab.', 'Til orientering', 'Bilag: Handicapråd den gode praksis',
  ].join('\n'));
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['agenda', 'Handicaprådet', '2027-03-14', '14:00', 'Mødelokale 915, Blok C, 2 sal']);
  // Before: the agenda began at item 2.
  assert.deepEqual(m.items.map((i) => [i.number, i.title]), [
    ['1', 'Godkendelse af referat og dagsorden'], ['2', 'Valg af formand og næstformand'], ['3', 'Valg til udvalg om plejecenter'], ['4', 'Pjece om den gode praksis'],
  ]);
  assert.deepEqual(m.items[3]!.attachments, ['Handicapråd den gode praksis']);
});

test('a council\'s web minutes titled "Referat fra Ældrerådsmøde Tirsdag den …", then again with the time and place (Dragør)', () => {
  const m = parseMeetingText([
    'Referat fra Ældrerådsmøde Tirsdag den 28. februar 2027', '',
    'Referat fra Ældrerådsmøde Tirsdag den 28. februar 2027 Kl. 10.00 i lokale på Wiedergården Lokale M3', '',
    'Tilstede: Sten Brink, Vagn E. Larsen, Bent Lund.', '', 'Referent: Sten Brink', '',
    ' 1. Godkendelse af dagsorden samt referat fra mødet den 14.2.2027', '  Begge godkendt.',
    ' 2. Ældrerådsvalg 2027', '  Kommunalbestyrelsen har godkendt afviklingen af valget.',
    ' 3. Eventuelt', '  Intet.',
  ].join('\n'));
  // Before: the body "Ældrerådsmøde", and neither time nor place.
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Ældrerådet', '2027-02-28', '10:00', 'lokale på Wiedergården Lokale M3']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections[0]?.text]), [
    ['1', 'Godkendelse af dagsorden samt referat fra mødet den 14.2.2027', 'Begge godkendt.'],
    ['2', 'Ældrerådsvalg 2027', 'Kommunalbestyrelsen har godkendt afviklingen af valget.'],
    ['3', 'Eventuelt', 'Intet.'],
  ]);
});

test('"Referat: Godkendt." under an item is its minutes, as "Beslutning: …" is; "Referat: fra …" and an attachment named "Referat: …" are not (Dragør, 2016)', () => {
  const m = parseMeetingText([
    'Referat fra Ældrerådets møde den 22. februar 2027 i Mødelokale 2, Rådhuset kl. 10.00 – 12.00', '', 'Afbud: Bent Holm.', '',
    '1. Godkendelse af referatet fra sidste møde, den 30.11.2026', '', 'Referat: Godkendt', '',
    '2. Høringssvar', '', 'Ældrerådet har modtaget en høring om fortov på Skolevej.', '', 'Referat:', '', 'Ældrerådet formulerer et høringssvar.', '',
    '3. Orientering fra formanden', '', 'Referat: fra Regionsældrerådets årsmøde er sendt rundt.', '', 'Bilag', '', 'Referat: Regionsældrerådets årsmøde', '',
    '4. Eventuelt', '', 'Referat: Intet.',
  ].join('\n'));
  assert.deepEqual([m.kind, m.date, m.absent], ['minutes', '2027-02-22', ['Bent Holm']]);
  // Before: item 1's "Referat: Godkendt" was text without a heading, and item 1 had no decision.
  assert.deepEqual(m.items.map((i) => [i.number, i.decision]), [['1', 'Godkendt'], ['2', 'Ældrerådet formulerer et høringssvar.'], ['3', null], ['4', 'Intet.']]);
  assert.deepEqual(m.items[2]!.sections.map((s) => [s.heading, s.text]), [['', 'Referat: fra Regionsældrerådets årsmøde er sendt rundt.'], ['Bilag', 'Referat: Regionsældrerådets årsmøde']]);
  assert.deepEqual(m.items[2]!.attachments, ['Referat: Regionsældrerådets årsmøde']);
});
