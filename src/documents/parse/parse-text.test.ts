// The importer's reading of the seeds (exactly) and of the ways documents write headers, items and attendance
// (other bodies' published minutes: samples.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { essentials } from '../../../test/helpers/parsed.ts';
import { parseMeetingText, ParseError } from './parse-text.ts';

const seed = (n: string) => parseMeetingText(readFileSync(new URL(`../../../demo/seeds/${n}`, import.meta.url), 'utf8'));

test('seed 001: the minutes of 27-08-2025, every item, section, clause and attachment', () => {
  const m = seed('001_0540b28be77e626e.txt');
  assert.equal(m.kind, 'minutes');
  assert.equal(m.organization, 'Udvalg for lighed i sundhed');
  assert.equal(m.date, '2025-08-27');
  assert.equal(m.start, '09:00');
  assert.equal(m.location, 'Konferencelokalet, Regionshuset Viborg');
  assert.deepEqual(m.absent, ['Louise Høgh', 'Elvin Hansen', 'Stine Damborg']);
  assert.equal(m.closedAt, '11:30');
  assert.deepEqual(
    m.items.map((i) => [i.number, i.title, i.caseNumber, i.public, i.sections.map((s) => s.heading)]),
    [
      ['1', 'Strategigrundlag for styrket samarbejde med civilsamfundet', '1-36-70-7-25', true, ['Resume', 'Indstilling', 'Sagsfremstilling', 'Beslutning', 'Bilag']],
      ['2', 'Status på projektet Præ-SPOR', '1-00-14-22', true, ['Resume', 'Indstilling', 'Sagsfremstilling', 'Beslutning']],
      ['3', 'Godkendelse af referat fra seneste møde i udvalget', '1-00-14-22', true, ['Resume', 'Indstilling', 'Sagsfremstilling', 'Beslutning']],
      ['4', 'Gensidig orientering', '1-00-14-22', true, ['Sagsfremstilling', 'Beslutning', 'Bilag']],
      ['5', 'Mødedeltagelse', '1-00-14-22', true, ['Beslutning']],
    ],
  );
  const one = m.items[0]!;
  assert.equal(one.recommendation!.proposer, 'Direktionen');
  assert.equal(one.recommendation!.clauses.length, 4);
  assert.match(one.recommendation!.clauses[3]!, /^at der i 2025 afsættes .* gennemførelse i 2026$/);
  assert.equal(one.decisionLead, 'Udvalg for lighed i sundhed godkendte,');
  assert.equal(one.decisionClauses.length, 5);
  assert.ok(one.decisionClauses.every((c) => c.outcome === 'approved'));
  assert.equal(one.decisionClauses[4]!.text, 'at midlerne finansieres af "Puljen til nye initiativer til øget lighed i sundhed"');
  assert.deepEqual(one.attachments, ['Sammen om fremtidens sundhed – Civilsamfundets rolle i et ligeværdigt sundhedsvæsen']);
  // The page break inside the presentation is joined again.
  assert.ok(one.sections[2]!.text.includes('vil de økonomiske midler blive frigjort til sundhedsrådenes disposition'));
  assert.deepEqual(m.items[3]!.attachments, ['Mødeplan for udvalg for lighed i sundhed 2022-2025']);
  assert.equal(m.items[4]!.decision, 'Alle var mødt, undtagen Louise Høgh, Elvin Hansen og Stine Damborg.', 'the closing time is not part of the item');
});

test("seed 004: Udsatterådet's agenda of 25-06-2026 with its seven items", () => {
  const m = seed('004_710de0afac8e5145.txt');
  assert.equal(m.kind, 'agenda');
  assert.equal(m.organization, 'Udsatterådet');
  assert.equal(m.date, '2026-06-25');
  assert.equal(m.location, 'Regionshuset Aarhus, mødelokale 15, Olof Palmes Allé 15, 8200 Aarhus N');
  assert.deepEqual(m.items.map((i) => i.title), [
    'Velkomst',
    'Konkretisering af Udsatterådets anbefalinger',
    'Drøftelse af anbefalinger om dialog og inddragelse i forhold til udsatte og sårbare borgere',
    'Aktuelt fra foreningerne i Udsatterrådet',
    'Aktuelt fra Region Midtjylland',
    'Godkendelse af referat fra sidste møde',
    'Opsamling og afrunding på mødet',
  ]);
  assert.ok(m.items.every((i) => i.caseNumber === '1-01-81-11-23'));
  assert.deepEqual(m.items[0]!.sections.map((s) => s.heading), ['Sagsfremstilling', 'Praktiske oplysninger']);
  assert.equal(m.items[1]!.recommendation!.proposer, null, '"Det indstilles," has no named proposer');
  assert.equal(m.items[1]!.recommendation!.clauses.length, 2);
  assert.deepEqual(m.items[5]!.attachments, ['Referat fra møde den 30. april 2026']);
  assert.deepEqual(m.absent, []);
  assert.equal(m.closedAt, null);
  assert.ok(m.items.every((i) => i.decision === null));
});

test('seed 003: the municipal case layout with its committee decision', () => {
  const m = seed('003_4886c90ef1964535.txt');
  assert.equal(m.organization, 'Voksen- og plejeudvalget');
  assert.equal(m.date, '2023-11-22');
  assert.equal(m.kind, 'minutes');
  const item = m.items[0]!;
  assert.deepEqual(item.sections.map((s) => s.heading), ['Sagsgang', 'Sagsfremstilling', 'Økonomiske konsekvenser', 'Indstilling', 'Beslutning i Voksen- og plejeudvalget den 22-11-2023', 'Bilag']);
  assert.equal(item.sections[0]!.text, 'VPU');
  assert.equal(item.recommendation!.proposer, 'Velfærdsdirektøren');
  assert.deepEqual(item.recommendation!.clauses, ['at Norddjurs Kommune indgår i et samarbejdsprojekt med Region Midtjylland i arbejdet med lighed i sundhed']);
  assert.equal(item.decision, 'Godkendt.');
  assert.ok(item.sections[1]!.text.includes('Samarbejde med Social Sundhed\n\nSamarbejde med Woods By Human Results'), 'list entries stay apart');
});

test('dates in the three Danish ways', () => {
  // (And two older web forms: "15-maj-2002", and "Marts 3, 2016" in a publisher's English order.)
  for (const [written, iso] of [['26. januar 2022', '2022-01-26'], ['04-06-2020', '2020-06-04'], ['27.08.2025', '2025-08-27'], ['15-maj-2002', '2002-05-15'], ['Marts 3, 2016', '2016-03-03']]) {
    const m = parseMeetingText(`REFERAT Udvalget d. ${written}\n\nPunkt 1: Noget\n\nBeslutning\n\nGodkendt.`);
    assert.equal(m.date, iso, written);
  }
});

test('a text with no recognisable items is refused', () => {
  assert.throws(() => parseMeetingText('Kære alle,\n\nHer er en mail om ingenting.'), (e: unknown) => e instanceof ParseError && e.rule === 'import.no_items');
  assert.throws(() => parseMeetingText('   \n  '), (e: unknown) => e instanceof ParseError && e.rule === 'import.empty');
});

test('a line that wraps before "at" continues its sentence; "at"-clauses after a lead-in or another clause stand alone', () => {
  const text = [
    'REFERAT Udvalget d. 27-08-2025', '', 'Punkt 1: Strategi for samarbejdet', '', 'Sagsfremstilling', '',
    'Regionen står med reformen over for en historisk mulighed for',
    'at gentænke sundhedsvæsenet i samspil med borgerne. Det foreslås,',
    'at udvalget drøfter retningen.', '', 'Indstilling', '', 'Direktionen indstiller,',
    'at udvalget godkender notatet,', 'at der afsættes 1,0 mio. kr., og', 'at sagen forelægges regionsrådet.', '',
    'Beslutning', '', 'Udvalget godkendte,', 'at notatet sendes videre.',
  ].join('\n');
  const [item] = parseMeetingText(text).items;
  assert.equal(item!.sections[0]!.text, 'Regionen står med reformen over for en historisk mulighed for at gentænke sundhedsvæsenet i samspil med borgerne. Det foreslås, at udvalget drøfter retningen.');
  assert.deepEqual(item!.recommendation?.clauses, ['at udvalget godkender notatet', 'at der afsættes 1,0 mio. kr.', 'at sagen forelægges regionsrådet']);
  assert.equal(item!.decision, 'Udvalget godkendte,\n\nat notatet sendes videre.');
});

test('a word broken over two lines at a soft hyphen is joined again', () => {
  const m = parseMeetingText('REFERAT Udvalget d. 27-08-2025\n\nPunkt 1: Noget\n\nSagsfremstilling\n\nDet regionale sundheds\u00AD\nvæsen og kommunerne samarbejder.\n\nBeslutning\n\nGodkendt.');
  assert.equal(m.items[0]!.sections[0]!.text, 'Det regionale sundhedsvæsen og kommunerne samarbejder.');
});

test('text copied out of PDFs: ligature characters become letters, a page break a line break, control characters go', () => {
  const m = parseMeetingText('REFERAT Udvalget d. 27-08-2025\n\nPunkt 1: Puljens \uFB01nansiering\n\nSagsfremstilling\n\nMidlerne \uFB02yttes til\u0001 o\uFB00entlige projekter.\f\nPunkt 2: Eventuelt\n\nBeslutning\n\nIntet.');
  assert.deepEqual(m.items.map((i) => i.title), ['Puljens finansiering', 'Eventuelt']);
  assert.equal(m.items[0]!.sections[0]!.text, 'Midlerne flyttes til offentlige projekter.');
});

test('text exported page by page (pdftotext) reads as the document: running header, "Side X af Y" and form feeds go, a case number after each title stays', () => {
  const raw = readFileSync(new URL('../../../demo/seeds/004_710de0afac8e5145.txt', import.meta.url), 'utf8');
  // Every item starts a page, as many agenda PDFs print them: the same case number is then the
  // second line of most pages, right under the item's title — content, not a running header.
  const pages = raw.split(/\n(?=Punkt \d+:)/);
  const exported = pages.map((p, i) => `${i ? 'Udsatterådet 25-06-2026\n\n' : ''}${p}\n\nSide ${i + 1} af ${pages.length}\n`).join('\f');
  assert.ok(pages.length >= 5 && exported.split('1-01-81-11-23').length > 4, 'most pages begin with a title and the shared case number');
  const read = parseMeetingText(exported);
  assert.deepEqual(essentials(read), essentials(parseMeetingText(raw)));
  const noHeader = pages.map((p, i) => `${p}\n\nSide ${i + 1} af ${pages.length}\n`).join('\f');
  assert.deepEqual(essentials(parseMeetingText(noHeader)), essentials(parseMeetingText(raw)), 'the case number right under the title at the top of the page stays');
  assert.ok(!JSON.stringify(read).includes('Side '), 'no page numbers in the content');
  // Copied out of a PDF viewer there are no form feeds, but each "Side X af Y" still ends a page:
  // neither it nor the running header after it is part of the document.
  assert.deepEqual(essentials(parseMeetingText(exported.replaceAll('\f', '\n'))), essentials(parseMeetingText(raw)));
});

test('characters no reader sees (zero-width space, word joiner, soft hyphen, a byte-order mark mid-text) and decomposed letters change nothing', () => {
  const raw = readFileSync(new URL('../../../demo/seeds/004_710de0afac8e5145.txt', import.meta.url), 'utf8');
  const marked = raw
    .replaceAll('Punkt ', 'Punkt\u200B ')
    .replaceAll('Sagsfremstilling', 'Sags\u2060fremstilling')
    .replace('Indstilling', '\uFEFFIndstilling')
    .replaceAll('Udsatterådet', 'Udsatte\u00ADrådet')
    .replaceAll('Bilag', 'Bi\u200Clag')
    .normalize('NFD');
  const read = parseMeetingText(marked);
  assert.deepEqual(read, parseMeetingText(raw));
  assert.equal(read.items.length, 7);
});

test('a running header on every other page only (a document laid out for both sides of the paper) goes; a heading that opens two pages by chance stays', () => {
  const raw = readFileSync(new URL('../../../demo/seeds/004_710de0afac8e5145.txt', import.meta.url), 'utf8');
  const pages = raw.split(/\n(?=Punkt \d+:|Sagsfremstilling)/);
  assert.ok(pages.length >= 6 && pages.filter((p) => p.startsWith('Sagsfremstilling')).length >= 2, 'pages that open with the same heading');
  // Odd pages carry the header and their number; even pages only their number.
  const exported = pages.map((p, i) => `${i % 2 === 0 ? 'Udsatterådet – 25-06-2026\n\n' : ''}${p}\n\nSide ${i + 1} af ${pages.length}\n`).join('\f');
  const read = parseMeetingText(exported);
  assert.deepEqual(essentials(read), essentials(parseMeetingText(raw)));
  assert.ok(!JSON.stringify(read.items).includes('25-06-2026'), 'no running header in the content');
});

test("a front page's two columns on one line: each fact read, and the body named under the kind", () => {
  const m = parseMeetingText('Referat\nUdvalg for lighed i sundhed\nMødedato: 27.08.2025 Tidspunkt: 09:00-11:30 Sted: Konferencelokalet, Regionshuset Viborg\n\n1. Orientering\nBeslutning\nTaget til efterretning.\n2. Eventuelt\nBeslutning\nIntet.');
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location], ['minutes', 'Udvalg for lighed i sundhed', '2025-08-27', '09:00', '11:30', 'Konferencelokalet, Regionshuset Viborg']);
  const seedLike = parseMeetingText('REFERAT Udvalg for lighed i sundhed d. 27-08-2025\n\nMødedato Onsdag d. 27. august 2025 kl. 09:00 Mødested Konferencelokalet, Regionshuset Viborg\n\nPunkt 1: Noget\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual([seedLike.start, seedLike.location], ['09:00', 'Konferencelokalet, Regionshuset Viborg']);
});

test('"Sag 1 Title" heads an item; "Beslutning: …" and "Indstilling: …" carry their text on the heading line', () => {
  const m = parseMeetingText('Referat\nRegionsrådet\nDato: 26. januar 2022\nTid: kl. 14:00 - 16:30\nSted: Regionshuset Viborg\nFraværende: Anna Holm\n\nSag 1 Godkendelse af dagsorden\nIndstilling: Direktionen indstiller, at dagsordenen godkendes.\nBeslutning: Dagsordenen blev godkendt.\n\nSag 2 Eventuelt\nBeslutning: Intet.\n\nMødet sluttede kl. 16:10');
  assert.deepEqual([m.organization, m.date, m.start, m.end, m.location, m.absent, m.closedAt], ['Regionsrådet', '2022-01-26', '14:00', '16:30', 'Regionshuset Viborg', ['Anna Holm'], '16:10']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decision]), [['1', 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt.'], ['2', 'Eventuelt', 'Intet.']]);
  assert.deepEqual(m.items[0]!.sections.map((s) => s.heading), ['Indstilling', 'Beslutning']);
  assert.deepEqual(m.items[0]!.recommendation, { proposer: 'Direktionen', lead: 'Direktionen indstiller,', clauses: ['at dagsordenen godkendes'] });
  // A sentence about a case is not an item: "Sag 2 blev udsat" starts in lower case after the number.
  assert.equal(parseMeetingText('REFERAT Regionsrådet d. 26-01-2022\n\nPunkt 1: Eventuelt\n\nBeslutning\n\nSag 2 blev udsat til næste møde.').items.length, 1);
});

test('"(Lukket)" after a title closes the item, "(Åbent)" is left out of the title', () => {
  const m = parseMeetingText('REFERAT\nUdsatterådet\nd. 25-06-2026\n\n1. Velkomst (Åbent)\nBeslutning\nFormanden bød velkommen.\n\n2. Personalesag (Lukket)\nBeslutning\nGodkendt.\n\n3. Lejemål - Lukket punkt\nBeslutning\nGodkendt.');
  assert.deepEqual(m.items.map((i) => [i.title, i.public]), [['Velkomst', true], ['Personalesag', false], ['Lejemål', false]]);
});

test('closed items said in the other ways documents say it are closed; titles that only begin with such words are not', () => {
  const closed = ['Punkt 2 (lukket): Personalesag', 'Punkt 2: Lukket sag: Personalesag', 'Punkt 2: Fortroligt: Personalesag', 'Punkt 2: Personalesag (fortroligt)',
    'Punkt 2: (Lukket) Personalesag', 'Punkt 2: Personalesag [Lukket]', 'Punkt 2: Ikke offentligt punkt: Personalesag', 'Punkt 2: Lukket punkt. Personalesag'];
  for (const line of closed) {
    const m = parseMeetingText(`REFERAT Udsatterådet d. 25-06-2026\n\nPunkt 1: Velkomst\n\nBeslutning\n\nGodkendt.\n\n${line}\n\nBeslutning\n\nGodkendt.`);
    assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public]), [['1', 'Velkomst', true], ['2', 'Personalesag', false]], line);
  }
  for (const title of ['Lukket afdeling på Regionshospitalet', 'Fortrolighed i samarbejdet med kommunerne', 'Ikke offentlige tilbud til hjemløse']) {
    const m = parseMeetingText(`REFERAT Udsatterådet d. 25-06-2026\n\nPunkt 1: ${title}\n\nBeslutning\n\nGodkendt.`);
    assert.deepEqual([m.items[0]!.title, m.items[0]!.public], [title, true]);
  }
});

test('more ways of writing the header, the absent and the closing time', () => {
  const items = '\n\nPunkt 1: Velkomst\n\nBeslutning\n\nGodkendt.';
  const header = (first: string) => { const m = parseMeetingText(first + items); return [m.organization, m.date, m.start]; };
  assert.deepEqual(header('REFERAT Udsatterådet 25.06.2026'), ['Udsatterådet', '2026-06-25', null]);
  assert.deepEqual(header('REFERAT Udsatterådet torsdag den 25. juni 2026 kl. 10.00'), ['Udsatterådet', '2026-06-25', '10:00']);
  const absent = (lines: string) => parseMeetingText(`REFERAT Udsatterådet d. 25-06-2026\n\n${lines}${items}`).absent;
  assert.deepEqual(absent('Fraværende med afbud: Anna Holm og Bo Lund'), ['Anna Holm', 'Bo Lund']);
  assert.deepEqual(absent('Deltagere:\nCarl Berg\nDorte Ny\n\nAfbud:\nAnna Holm (A)\nBo Lund (V)'), ['Anna Holm', 'Bo Lund']);
  for (const closing of ['Mødet sluttede 11.30', 'Mødet afsluttedes kl. 11.30', 'Mødet slut kl. 11.30.']) {
    assert.equal(parseMeetingText(`REFERAT Udsatterådet d. 25-06-2026${items}\n\n${closing}`).closedAt, '11:30', closing);
  }
  // The closing time as the last sentence of the last decision's paragraph: the meeting's, and no part of the decision.
  const last = parseMeetingText(`REFERAT Udsatterådet d. 25-06-2026\n\nPunkt 1: Eventuelt\n\nBeslutning\n\nIntet. Mødet blev hævet kl. 16.10.`);
  assert.deepEqual([last.closedAt, last.items[0]!.decision], ['16:10', 'Intet.']);
  // ("Mødet" in a sentence of the decision's own is the decision's.)
  const own = parseMeetingText(`REFERAT Udsatterådet d. 25-06-2026\n\nPunkt 1: Mødeplan\n\nBeslutning\n\nGodkendt. Mødet i december flyttes til kl. 10.`);
  assert.deepEqual([own.closedAt, own.items[0]!.decision], [null, 'Godkendt. Mødet i december flyttes til kl. 10.']);
});

test('attachments: "Bilag: …" on one line, and "Bilag 2: …" entries without their label', () => {
  const item = (body: string) => parseMeetingText(`DAGSORDEN Udsatterådet d. 25-06-2026\n\nPunkt 1: Budget\n\nSagsfremstilling\n\nTekst.\n\n${body}`).items[0]!;
  assert.deepEqual(item('Bilag: Notat om budget').attachments, ['Notat om budget']);
  assert.deepEqual(item('Bilag\n\nBilag 1: Notat om budget\n\nBilag 2 - Budgetoversigt 2027').attachments, ['Notat om budget', 'Budgetoversigt 2027']);
});

test('a web page\'s header forms, and a first item right under a line that ends in "…at" ("Referat")', () => {
  const items = '\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\n\nIntet.';
  const read = (first: string) => { const m = parseMeetingText(first + items); return [m.kind, m.organization, m.date, m.start, m.location, m.items.map((i) => i.number).join()]; };
  assert.deepEqual(read('Referat: Social- og Sundhedsudvalget\nDato: 12-03-2026'), ['minutes', 'Social- og Sundhedsudvalget', '2026-03-12', null, null, '1,2']);
  assert.deepEqual(read('Referat fra Social- og Sundhedsudvalget 12. marts 2026'), ['minutes', 'Social- og Sundhedsudvalget', '2026-03-12', null, null, '1,2']);
  assert.deepEqual(read('Social- og Sundhedsudvalget\nReferat\n12. marts 2026 kl. 16.00\nRådhuset, mødelokale 2'), ['minutes', 'Social- og Sundhedsudvalget', '2026-03-12', '16:00', 'Rådhuset, mødelokale 2', '1,2']);
  assert.deepEqual(read('Social- og Sundhedsudvalget\n12-03-2026 16:00\nReferat'), ['minutes', 'Social- og Sundhedsudvalget', '2026-03-12', '16:00', null, '1,2']);
});

test('a closed item printed without its number is an item of its own, not the end of the item before it (whose content is public)', () => {
  const doc = (closed: string, next: string) => `REFERAT Udsatterådet d. 25-06-2026\n\nPunkt 1: Velkomst\n\n1-00-14-22\n\nBeslutning\n\nGodkendt.\n\n${closed}\n\n1-00-14-99\n\nSagsfremstilling\n\nOplysninger om en borger.\n\nBeslutning\n\nBevilget.\n\n${next}\n\nBeslutning\n\nIngen.`;
  const gap = parseMeetingText(doc('Lukket: Personsag', 'Punkt 3: Eventuelt'));
  assert.deepEqual(gap.items.map((i) => [i.number, i.title, i.public, i.caseNumber]), [['1', 'Velkomst', true, '1-00-14-22'], ['2', 'Personsag', false, '1-00-14-99'], ['3', 'Eventuelt', true, null]]);
  assert.equal(gap.items[0]!.decision, 'Godkendt.');
  assert.ok(!JSON.stringify(gap.items.filter((i) => i.public)).includes('borger'), 'nothing of the closed item is in an open one');
  // No number free between them: after the item before.
  const noGap = parseMeetingText(doc('Lukket punkt', 'Punkt 2: Eventuelt'));
  assert.deepEqual(noGap.items.map((i) => [i.number, i.public]), [['1', true], ['1a', false], ['2', true]]);
  // "Lukket: …" as a sentence in an item's text, with text under it, is text.
  const text = parseMeetingText('REFERAT Udsatterådet d. 25-06-2026\n\nPunkt 1: Velkomst\n\nBeslutning\n\nLukket: mødet blev holdt for lukkede døre.\n\nFormanden bød velkommen.');
  assert.deepEqual(text.items.map((i) => [i.number, i.public]), [['1', true]]);
});

test('several meetings in one file are refused with their dates; a title repeated on each page, or a title as an attachment\'s name, is no second meeting', () => {
  const first = readFileSync(new URL('../../../demo/seeds/001_0540b28be77e626e.txt', import.meta.url), 'utf8');
  const second = first.replace('27-08-2025', '15-10-2025').replace('27. august 2025', '15. oktober 2025');
  assert.throws(() => parseMeetingText(`${first}\n\n${second}`), (e: unknown) => e instanceof ParseError && e.rule === 'import.several_meetings' && e.params.first === '27-08-2025' && e.params.second === '15-10-2025');
  // "Mødedato" with the place under it starts a meeting too.
  const facts = first.replace('Punkt 4: Gensidig orientering', 'Mødedato Onsdag d. 15. oktober 2025 kl. 09:00\n\nMødested Regionshuset Viborg\n\nPunkt 4: Gensidig orientering');
  assert.throws(() => parseMeetingText(facts), (e: unknown) => e instanceof ParseError && e.params.second === '15-10-2025');
  const repeated = first.replace('Punkt 4: Gensidig orientering', 'REFERAT Udvalg for lighed i sundhed d. 27-08-2025\n\nPunkt 4: Gensidig orientering');
  assert.equal(parseMeetingText(repeated).items.length, 5);
  const named = first.replace('Mødeplan for udvalg for lighed i sundhed 2022-2025', 'Referat fra mødet den 26. juni 2025');
  assert.deepEqual(parseMeetingText(named).items[3]!.attachments, ['Referat fra mødet den 26. juni 2025']);
});

test('items with no text: closed ones in a row, and the agenda\'s last ("Eventuelt")', () => {
  const minutes = parseMeetingText('Referat\nSocial- og Sundhedsudvalget\nMødedato: 12-03-2026\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Lukket punkt: Personalesag\n\n3. Lukket punkt: Ejendomssag\n\n4. Værested for hjemløse\nSagsnr.: 26/1234\nResume\nByrådet har afsat midler.\nBeslutning\nGodkendt.');
  assert.deepEqual(minutes.items.map((i) => [i.number, i.public, i.sections.length]), [['1', true, 1], ['2', false, 0], ['3', false, 0], ['4', true, 2]]);
  const agenda = parseMeetingText('Dagsorden\nSocial- og Sundhedsudvalget\nMødedato: 12-03-2026\n\n1. Godkendelse af dagsorden\nIndstilling\nDirektionen indstiller, at dagsordenen godkendes.\n\n2. Værested for hjemløse\nResume\nByrådet har afsat midler.\n\n3. Eventuelt\n\nMødet blev hævet kl. 17.30.');
  assert.deepEqual(agenda.items.map((i) => [i.number, i.title]), [['1', 'Godkendelse af dagsorden'], ['2', 'Værested for hjemløse'], ['3', 'Eventuelt']]);
  assert.equal(agenda.closedAt, '17:30');
});

test('"2 Værested for hjemløse": an item number with only a space before the title, but not a year', () => {
  const m = parseMeetingText('Referat\nSocialudvalget\nMødedato: 12-03-2026\n\n1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2 Værested for hjemløse\nSagsfremstilling\nTekst.\n\n2026 Budget for værestederne\nSagsfremstilling\nMere tekst.\nBeslutning\nGodkendt.');
  assert.deepEqual(m.items.map((i) => [i.number, i.title]), [['1', 'Godkendelse af dagsorden'], ['2', 'Værested for hjemløse']]);
  assert.match(m.items[1]!.sections.map((s) => s.text).join('\n'), /2026 Budget for værestederne/);
});

test('the absent as the attendance item says it in other words; the same words in another item\'s decision are not the meeting\'s', () => {
  const minutes = (lastItem: string, decision: string) => parseMeetingText(`REFERAT Udsatterådet d. 25-06-2026\n\nPunkt 1: Velkomst\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: ${lastItem}\n\nBeslutning\n\n${decision}`);
  for (const [sentence, absent] of [
    ['Alle mødt undtagen Anna Holm og Bo Lund.', ['Anna Holm', 'Bo Lund']],
    // (A name ending in a letter after "æ", "ø" or "å" keeps no full stop: "r." is not an initial.)
    ['Alle var mødt, undtagen Mads Kjær.', ['Mads Kjær']],
    ['Der var afbud fra Bo Lund og Mads Kjær. Punkt 3 blev udsat.', ['Bo Lund', 'Mads Kjær']],
    ['Alle var til stede.', []],
    ['Afbud fra Anna Holm og Bo Lund.', ['Anna Holm', 'Bo Lund']],
    ['Anna Holm og Bo Lund havde meldt afbud.', ['Anna Holm', 'Bo Lund']],
    ['Anna Holm var fraværende.', ['Anna Holm']],
    ['Anna Holm (A) deltog ikke i mødet.', ['Anna Holm']],
  ] as const) {
    assert.deepEqual(minutes('Mødedeltagelse', sentence).absent, absent, sentence);
  }
  assert.deepEqual(minutes('Budget', 'Anna Holm var fraværende.').absent, [], 'in a decision on a case it may be said of that case');
  assert.deepEqual(minutes('Mødedeltagelse', 'Formanden havde meldt afbud.').absent, [], 'one word is no name');
});

test('headings written in capitals are kept in sentence case, an acronym such as FN kept; mixed case as written', () => {
  const m = parseMeetingText('REFERAT Udvalg for lighed i sundhed d. 27-08-2025\n\nPunkt 1: Verdensmål\n\nSAGSFREMSTILLING\n\nUdvalget drøfter målene.\n\nRELATION TIL FN’S VERDENSMÅL\n\nMål 3.\n\nBESLUTNING I UDVALG FOR LIGHED I SUNDHED DEN 27. AUGUST 2025\n\nTaget til efterretning.\n\nPunkt 2: Eventuelt\n\nBeslutning i Udvalg for lighed i sundhed den 27-08-2025\n\nIntet.');
  assert.deepEqual(m.items.map((i) => i.sections.map((s) => [s.heading, s.kind])), [
    [['Sagsfremstilling', 'presentation'], ['Relation til FN’s verdensmål', 'other'], ['Beslutning i udvalg for lighed i sundhed den 27. august 2025', 'decision']],
    [['Beslutning i Udvalg for lighed i sundhed den 27-08-2025', 'decision']],
  ]);
  assert.deepEqual(m.items.map((i) => i.decision), ['Taget til efterretning.', 'Intet.']);
});

test('an item\'s number on a line of its own with the title under it ("Punkt 1" / "1."), and "Sags nr." / "Sagsnummer:" labels', () => {
  const body = (n: number) => `Sagsfremstilling\n\nTekst til punkt ${n}.\n\nBeslutning\n\nGodkendt.`;
  const expected = [['1', 'Strategigrundlag for samarbejde', '1-36-70-7-25'], ['2', 'Status på projektet', '1-36-70-8-25']];
  const punkt = parseMeetingText(`REFERAT Udvalg for lighed i sundhed d. 27-08-2025\n\nPunkt 1\n\nStrategigrundlag for samarbejde\n\nSags nr. 1-36-70-7-25\n\n${body(1)}\n\nPunkt 2:\n\nStatus på projektet\n\nSagsnummer: 1-36-70-8-25\n\n${body(2)}`);
  assert.deepEqual(punkt.items.map((i) => [i.number, i.title, i.caseNumber]), expected);
  const bare = parseMeetingText(`REFERAT Udvalg for lighed i sundhed d. 27-08-2025\n\n1.\nStrategigrundlag for samarbejde\n\n1-36-70-7-25\n\n${body(1)}\n\n2.\nStatus på projektet\n\n1-36-70-8-25\n\n${body(2)}`);
  assert.deepEqual(bare.items.map((i) => [i.number, i.title, i.caseNumber]), expected);
  assert.deepEqual(bare.items.map((i) => i.sections.map((s) => s.text)), [['Tekst til punkt 1.', 'Godkendt.'], ['Tekst til punkt 2.', 'Godkendt.']]);
  // A numbered list in a section stays the section's text.
  const list = parseMeetingText(`REFERAT Udvalg for lighed i sundhed d. 27-08-2025\n\nPunkt 1: Orientering\n\nSagsfremstilling\n\nUdvalget hører om:\n\n1.\nNatherberget\n\n2.\nVæresteder\n\nBeslutning\n\nTaget til efterretning.`);
  assert.deepEqual(list.items.map((i) => [i.number, i.title, i.sections.map((s) => s.text)]), [['1', 'Orientering', ['Udvalget hører om:\n\n1. Natherberget\n\n2. Væresteder', 'Taget til efterretning.']]]);
});
