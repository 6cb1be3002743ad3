// Publication pages and FirstAgenda's API answer read into the same structure as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { htmlToText } from './html-text.ts';
import { parseMeetingText } from './parse/parse-text.ts';
import { parseFirstAgenda } from './firstagenda.ts';

test('a FirstAgenda Publication HTML page reads like the text export', () => {
  const html = `<!DOCTYPE html><html lang="da"><head><title>Referat</title><script>var x = "Punkt 9: nej";</script></head><body>
  <nav><a href="/">Forside</a></nav>
  <h1>REFERAT Udvalg for lighed i sundhed d. 27-08-2025</h1>
  <div class="meeting-info"><p>Mødedato Onsdag d. 27. august 2025 kl. 09:00</p><p>Mødested Konferencelokalet, Regionshuset Viborg</p></div>
  <div class="agenda-item"><h2>Punkt 1: Strategigrundlag for styrket samarbejde med civilsamfundet</h2><p>1-36-70-7-25</p>
    <h3>Indstilling</h3><p>Direktionen indstiller,</p><p>at udvalget drøfter notatet &quot;Sammen om fremtidens sundhed&quot;, og</p><p>at der afsættes 1,0 mio.&nbsp;kr.</p>
    <h3>Beslutning</h3><p>Udvalg for lighed i sundhed godkendte,</p><p>at notatet godkendes.</p>
    <h3>Bilag</h3><ul><li>Sammen om fremtidens sundhed</li></ul></div>
  <div class="agenda-item"><h2>Punkt 2: Lukket: Personalesag</h2><p>1-00-14-23</p></div>
  <div class="agenda-item"><h2>Punkt 3: Mødedeltagelse</h2><h3>Beslutning</h3><p>Alle var mødt, undtagen Louise H&oslash;gh.</p><p>Mødet blev hævet kl. 11.30.</p></div>
  </body></html>`;
  const m = parseMeetingText(htmlToText(html));
  assert.equal(m.kind, 'minutes');
  assert.equal(m.organization, 'Udvalg for lighed i sundhed');
  assert.equal(m.date, '2025-08-27');
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public]), [
    ['1', 'Strategigrundlag for styrket samarbejde med civilsamfundet', true],
    ['2', 'Personalesag', false],
    ['3', 'Mødedeltagelse', true],
  ]);
  assert.deepEqual(m.items[0]!.recommendation!.clauses, ['at udvalget drøfter notatet "Sammen om fremtidens sundhed"', 'at der afsættes 1,0 mio. kr']);
  assert.deepEqual(m.items[0]!.attachments, ['Sammen om fremtidens sundhed']);
  assert.deepEqual(m.absent, ['Louise Høgh']);
  assert.equal(m.closedAt, '11:30');
});

test("FirstAgenda's API answer: body, time, place, items, case numbers and closed items", () => {
  const json = JSON.parse(readFileSync(new URL('../../test/fixtures/hvidovre-oekonomiudvalget_2026-05-18_dagsorden_API-EXCERPT.json', import.meta.url), 'utf8'));
  const m = parseFirstAgenda(json);
  assert.equal(m.kind, 'agenda');
  assert.equal(m.organization, 'Økonomiudvalget');
  assert.equal(m.date, '2026-05-18');
  assert.equal(m.start, '17:00');
  assert.deepEqual(m.items.map((i) => i.number), ['1', '2', '31', '32', '33', '34']);
  assert.deepEqual(m.items.map((i) => i.public), [true, true, true, false, false, false]);
  assert.equal(m.items[3]!.title, 'Beslutning - Godkendelse af udbudsbetingelser vedr. driftsaftale for Hvidovre Lystbådehavn');
  assert.equal(m.items[3]!.caseNumber, '26/4188');
});

test('FirstAgenda item fields with <h3> headings become sections', () => {
  const m = parseFirstAgenda({
    Udvalg: { Navn: 'Økonomiudvalget' },
    Moede: { Dato: '2026-03-16T17:00:00+01:00', Sted: 'Rådhuset' },
    Dagsordenpunkter: [{
      Punktnummer: '5', Navn: 'Budget 2027', SagsNummer: '25/1', IsOpen: true,
      Felter: [{ Html: '<div><h3>Beslutningstema</h3><p>Udvalget skal tage stilling.</p><h3>Indstilling</h3><p>Forvaltningen indstiller, at:</p><ol><li>budgettet godkendes</li></ol><h3>Beslutning i Økonomiudvalget den 16-03-2026</h3><p>Godkendt.</p></div>' }],
      Bilag: [{ Navn: 'Budgetnotat' }],
    }],
  });
  assert.equal(m.kind, 'minutes');
  assert.equal(m.start, '17:00');
  const item = m.items[0]!;
  assert.deepEqual(item.sections.map((s) => s.heading), ['Beslutningstema', 'Indstilling', 'Beslutning i Økonomiudvalget den 16-03-2026']);
  assert.equal(item.decision, 'Godkendt.');
  assert.deepEqual(item.attachments, ['Budgetnotat']);
});

test('a FirstAgenda publication page in HTML (Region Hovedstaden): members and attachments as bullet lists do not hide the items', () => {
  // Markup modelled on the text of Region Hovedstaden's publications; the content is invented.
  const html = `<!DOCTYPE html><html lang="da"><head><title>Forretningsudvalg - mødesager</title></head><body>
<header><nav><a href="/">Forside</a></nav></header>
<main><h1>Forretningsudvalg - mødesager</h1>
<section class="toc"><h2>Punkter på dagsordenen</h2><ol><li><a href="#p1">Godkendelse af dagsorden</a></li><li><a href="#p2">Plan for indsatsen mod jordforurening i 2023</a></li></ol></section>
<section><h2>Medlemmer</h2><ul><li>Anna Holm (V)</li><li>Bent Lund (D)</li></ul></section>
<article id="p1"><h2>1. Godkendelse af dagsorden</h2><h3>Forretningsudvalgets beslutning den 8. november 2022:</h3><p>Dagsordenen blev godkendt.</p><p>Mødet sluttede kl. 12.50</p></article>
<article id="p2"><h2>2. Plan for indsatsen mod jordforurening i 2023</h2>
<h3>INDSTILLING</h3><p>Miljø- og klimaudvalget anbefaler over for forretningsudvalget og regionsrådet:</p><ol><li>at planen for indsatsen i 2023 godkendes, og</li><li>at planen sendes i offentlig høring.</li></ol>
<h3>POLITISK BEHANDLING</h3><p><strong>Forretningsudvalgets beslutning den 8. november 2022:</strong></p><p>Anbefalet.</p><p><strong>Miljø- og klimaudvalgets beslutning den 2. november 2022:</strong><br>Anbefalet.</p>
<h3>BAGGRUND</h3><p>Regionen skal hvert år lave en oversigt.</p>
<h3>JOURNALNUMMER</h3><p>22012345</p>
<h3>BILAGSFORTEGNELSE</h3><ul><li>Plan for indsatsen 2023</li></ul></article>
<article id="p3"><h2>3. Eventuelt</h2><h3>Forretningsudvalgets beslutning den 8. november 2022:</h3><p>Intet.</p></article>
</main></body></html>
`;
  const m = parseMeetingText(htmlToText(html));
  assert.deepEqual([m.kind, m.organization, m.date, m.closedAt], ['minutes', 'Forretningsudvalg', '2022-11-08', '12:50']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.decision]), [
    ['1', 'Godkendelse af dagsorden', null, 'Dagsordenen blev godkendt.'],
    ['2', 'Plan for indsatsen mod jordforurening i 2023', '22012345', 'Anbefalet.'],
    ['3', 'Eventuelt', null, 'Intet.'],
  ]);
  assert.deepEqual(m.items[1]!.recommendation!.clauses, ['at planen for indsatsen i 2023 godkendes', 'at planen sendes i offentlig høring']);
  assert.deepEqual(m.items[1]!.attachments, ['Plan for indsatsen 2023']);
});

test('HTML as browsers read it: line breaks in the source are spaces, table cells stand side by side', () => {
  const html = `<html><body><h1>Referat</h1><table><tr><td>Udvalg:</td><td>Udvalg for lighed i sundhed</td></tr>
  <tr><td>Dato:</td><td>27-08-2025</td><td>Tidspunkt:</td><td>kl. 09.00</td></tr><tr><th>Sted:</th><td>Konferencelokalet</td></tr></table>
  <p>Alle var mødt, undtagen Louise
  Høgh.</p>
  <h2>Punkt 1: Strategi for
    samarbejde med civilsamfundet</h2>
  <h3>Beslutning</h3><p>Udvalget
  godkendte
  strategien.</p></body></html>`;
  const m = parseMeetingText(htmlToText(html));
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Udvalg for lighed i sundhed', '2025-08-27', '09:00', 'Konferencelokalet']);
  assert.deepEqual(m.absent, ['Louise Høgh']);
  assert.equal(m.items[0]!.title, 'Strategi for samarbejde med civilsamfundet');
  assert.equal(m.items[0]!.decision, 'Udvalget godkendte strategien.');
});

test('a municipal web page: a closed item with no text before the next item, and the site footer after the last', () => {
  const html = `<!DOCTYPE html><html lang="da"><head><title>Social- og Sundhedsudvalget - Referat</title></head><body>
<header><a href="/">Eksempel Kommune</a><nav><ul><li><a href="/politik">Politik</a></li></ul></nav></header>
<main><h1>Social- og Sundhedsudvalget - Referat</h1>
<dl><dt>Dato</dt><dd>Torsdag, 12. marts 2026</dd><dt>Tidspunkt</dt><dd>16:00</dd><dt>Sted</dt><dd>Rådhuset, mødelokale 2</dd></dl>
<h2>Afbud</h2><ul><li>Carl Berg (F)</li></ul>
<div><h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p></div>
<div><h2>2. Lukket punkt: Personalesag</h2></div>
<div><h2>3. Værested for hjemløse</h2><p>Sagsnr.: 26/1234</p><h3>Resume</h3><p>Byrådet har afsat midler.</p>
<h3>Indstilling</h3><p>Direktionen indstiller,</p><ol><li>at værestedet åbner i 2027,</li><li>at driften udbydes.</li></ol>
<h3>Beslutning</h3><p>Indstillingen blev godkendt.</p><h3>Bilag</h3><ul><li><a href="/bilag/1.pdf">Notat om værestedet</a></li></ul></div>
</main><footer><p>Eksempel Kommune · Torvet 1 · Tlf. 12 34 56 78</p></footer></body></html>`;
  const m = parseMeetingText(htmlToText(html));
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location, m.absent], ['minutes', 'Social- og Sundhedsudvalget', '2026-03-12', '16:00', 'Rådhuset, mødelokale 2', ['Carl Berg']]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.public, i.caseNumber]), [
    ['1', 'Godkendelse af dagsorden', true, null],
    ['2', 'Personalesag', false, null],
    ['3', 'Værested for hjemløse', true, '26/1234'],
  ]);
  assert.deepEqual(m.items[1]!.sections, [], 'the closed item holds none of the next item’s text');
  assert.deepEqual(m.items[2]!.recommendation!.clauses, ['at værestedet åbner i 2027', 'at driften udbydes']);
  assert.deepEqual(m.items[2]!.attachments, ['Notat om værestedet'], 'the site footer is no attachment');
});

test('a municipal web page with the meeting\'s facts as a <dl>, each title followed by its status badge ("Åben", "Lukket")', () => {
  const m = parseMeetingText(htmlToText(readFileSync(new URL('../../test/fixtures/layout-kommune-web_referat.html', import.meta.url), 'utf8')));
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location, m.absent], ['minutes', 'Sundhedsudvalget', '2024-03-12', '17:00', '19:00', 'Mødesal 1, Rådhuset', ['Karen Holm']]);
  // The badge is the item's status, not words of its title: "Personalesag Lukket" is a closed item.
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.public]), [
    ['1', 'Godkendelse af dagsorden', '24/00123', true],
    ['2', 'Sundhedshuset for socialt udsatte - status', '23/04567', true],
    ['3', 'Personalesag', null, false],
  ]);
  const two = m.items[1]!;
  assert.deepEqual(two.recommendation, { proposer: 'Social & Sundhed', lead: 'Social & Sundhed indstiller,', clauses: ['at status tages til efterretning', 'at åbningstiden udvides'] });
  assert.deepEqual(two.attachments, ['Status 2023 (PDF, 240 KB)', 'Besøgstal']);
  assert.equal(two.sections[0]!.text, 'Sundhedshuset har haft 1.200 besøg i 2023.\n\nFlest besøg var fra borgere uden fast bolig.');
  // Capitalised only: "… holdes åben" ends a title in words.
  assert.equal(parseMeetingText('Referat\nSundhedsudvalget\nMødedato: 12-03-2024\n\n1. Varmestuen holdes åben\n\nBeslutning\n\nGodkendt.').items[0]!.title, 'Varmestuen holdes åben');
});

test('a page saved from Word or a web editor: every named entity, Word\'s "&#150;", <o:p> tags, items folded in <details>', () => {
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="windows-1252"><title>Referat</title></head><body lang=DA>
<p class=MsoTitle>Referat<o:p></o:p></p>
<p class=MsoNormal>Udvalg for lighed i sundhed<o:p></o:p></p>
<p class=MsoNormal>M&oslash;dedato: 27.&nbsp;august 2025 kl. 10.00&#150;12.00<o:p></o:p></p>
<p class=MsoNormal>M&oslash;dested: Regionshuset, m&oslash;delokale 3<o:p></o:p></p>
<p class=MsoNormal>Afbud: Ren&eacute; M&uuml;ller<o:p></o:p></p>
<details open><summary>1. Godkendelse af dagsorden</summary><p>Beslutning</p><p>Godkendt.</p></details>
<details><summary>2. Puljen til sundhedsfremme &#150; &bdquo;Lige sundhed&ldquo;</summary>
<p class=MsoNormal>Sagsfremstilling</p><p class=MsoNormal>Puljen f&oslash;lger &sect;&nbsp;119 i sundhedsloven og administrationens &#146;model 2&#146;.</p>
<p class=MsoNormal>Beslutning</p><p class=MsoNormal>Godkendt med 5 stemmer mod 2 (&AElig;ldrepartiet).</p></details>
</body></html>`;
  const m = parseMeetingText(htmlToText(html));
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.end, m.location, m.absent], ['minutes', 'Udvalg for lighed i sundhed', '2025-08-27', '10:00', '12:00', 'Regionshuset, mødelokale 3', ['René Müller']]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title]), [['1', 'Godkendelse af dagsorden'], ['2', 'Puljen til sundhedsfremme – „Lige sundhed“']]);
  assert.deepEqual(m.items[1]!.sections.map((s) => s.text), ['Puljen følger § 119 i sundhedsloven og administrationens ’model 2’.', 'Godkendt med 5 stemmer mod 2 (Ældrepartiet).']);
  assert.ok(!/[\u0080-\u009F]|&\w+;/.test(JSON.stringify(m)), 'no control characters or entities left in the text');
});

test('a web page that lays out the meeting in tables of label and value: the facts, each section\'s heading beside its text, every item found', () => {
  const html = `<html><body><h1>Referat</h1>
<table><tr><td>Udvalg</td><td>Socialudvalget</td></tr><tr><td>Mødedato</td><td>12-03-2026 kl. 16:00</td></tr><tr><td>Sted</td><td>Rådhuset, mødelokale 2</td></tr></table>
<h2>1. Værested for hjemløse</h2>
<table><tr><th>Sagsnr.</th><td>26/1234</td></tr>
<tr><th>Sagsfremstilling</th><td><p>Byrådet har afsat midler.</p><p>Værestedet åbner i 2027.</p></td></tr>
<tr><th>Indstilling</th><td>Direktionen indstiller, at værestedet åbner.</td></tr>
<tr><th>Beslutning</th><td>Godkendt.</td></tr></table>
<h2>2. Eventuelt</h2><table><tr><th>Beslutning</th><td>Intet.</td></tr></table>
<table><tr><td>Antal pladser</td><td>24</td><td>i alt</td></tr><tr><td>Åbent alle dage, også i weekenden, fra morgen til aften</td><td>ja</td></tr></table></body></html>`;
  const m = parseMeetingText(htmlToText(html));
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location], ['minutes', 'Socialudvalget', '2026-03-12', '16:00', 'Rådhuset, mødelokale 2']);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.decision]), [['1', 'Værested for hjemløse', '26/1234', 'Godkendt.'], ['2', 'Eventuelt', null, 'Intet.\n\nAntal pladser 24 i alt\n\nÅbent alle dage, også i weekenden, fra morgen til aften ja']]);
  assert.deepEqual(m.items[0]!.sections.map((s) => [s.heading, s.text]), [
    ['Sagsfremstilling', 'Byrådet har afsat midler.\n\nVærestedet åbner i 2027.'],
    ['Indstilling', 'Direktionen indstiller, at værestedet åbner.'],
    ['Beslutning', 'Godkendt.'],
  ]);
});

test('numbered lists read as a browser shows them ("1.", from start="3", letters, roman numerals), and clauses are still found in them', () => {
  assert.equal(htmlToText('<ol><li>første</li><li>anden</li></ol>'), '1. første\n\n2. anden');
  assert.equal(htmlToText('<ol start="3"><li>tredje</li><li value="7">syvende</li><li>ottende</li></ol>'), '3. tredje\n\n7. syvende\n\n8. ottende');
  assert.equal(htmlToText('<ol type="a"><li>a</li><li>b</li></ol><ol type="I"><li>x</li><li>y</li><li>z</li><li>v</li></ol>'), 'a. a\n\nb. b\n\nI. x\n\nII. y\n\nIII. z\n\nIV. v');
  // A list in a list numbers from 1 again; bullets stay bullets.
  assert.equal(htmlToText('<ol><li>ét<ol><li>under</li></ol></li><li>to<ul><li>punkt</li></ul></li></ol>'), '1. ét\n\n1. under\n\n2. to\n\n• punkt');
  const page = readFileSync(new URL('../../test/fixtures/layout-kommune-web_referat.html', import.meta.url), 'utf8')
    .replace('<p>Flest besøg var fra borgere uden fast bolig.</p>', '<p>Der er tre forhold:</p><ol><li>Udgifter til botilbud er steget.</li><li>Antallet af borgere er faldet.</li></ol>');
  const m = parseMeetingText(htmlToText(page));
  assert.deepEqual(m.items.map((i) => i.number), ['1', '2', '3'], 'numbered entries are not items');
  const item = m.items[1]!;
  assert.equal(item.sections.find((s) => s.heading === 'Sagsfremstilling')!.text, 'Sundhedshuset har haft 1.200 besøg i 2023.\n\nDer er tre forhold:\n\n1. Udgifter til botilbud er steget.\n\n2. Antallet af borgere er faldet.');
  assert.equal(item.sections.find((s) => s.heading === 'Indstilling')!.text, 'Social & Sundhed indstiller,\n\n1. at status tages til efterretning\n\n2. at åbningstiden udvides.');
  assert.deepEqual(item.recommendation!.clauses, ['at status tages til efterretning', 'at åbningstiden udvides']);
});

test('items in an accordion: the title in the button that folds each item out is kept, the page\'s other buttons are not', () => {
  const html = `<html lang="da"><body><main><h1>Erhvervs- og Turismeudvalget</h1><p>Referat • 14. august 2026 kl. 15.30</p>
<button type="button" class="print-button">Udskriv</button>
<div class="accordion">
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse" aria-expanded="false" aria-controls="p1"><span class="number">1.</span><span>Godkendelse af dagsorden</span></button></h2>
<div id="p1" class="accordion-collapse collapse"><h3>Beslutning i Erhvervs- og Turismeudvalget den 14-08-2026</h3><p>Godkendt.</p><button type="button">Del punktet</button></div></div>
<div class="accordion-item"><h2><button type="button" aria-expanded="false" aria-controls="p2">2. Værested for hjemløse</button></h2>
<div id="p2"><h3>Beslutningstema</h3><p>Et værested åbner.</p><h3>Indstilling</h3><p>Direktionen indstiller, at orienteringen tages til efterretning.</p>
<h3>Beslutning i Erhvervs- og Turismeudvalget den 14-08-2026</h3><p>Taget til efterretning.</p></div></div>
</div></main></body></html>`;
  const text = htmlToText(html);
  assert.doesNotMatch(text, /Udskriv|Del punktet/);
  const m = parseMeetingText(text);
  assert.deepEqual([m.kind, m.organization, m.date, m.start], ['minutes', 'Erhvervs- og Turismeudvalget', '2026-08-14', '15:30']);
  // (Before, the buttons went with their titles and both items ran together as one, titled with the page's date line.)
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.decision]), [
    ['1', 'Godkendelse af dagsorden', 'Godkendt.'],
    ['2', 'Værested for hjemløse', 'Taget til efterretning.'],
  ]);
});

test('"45 <span>: Title</span>" (Ringkøbing-Skjern\'s pages): the item\'s number and title', () => {
  const html = `<html><body><h1>Social- og Sundhedsudvalget</h1><p>Referat</p><p>Mødedato: 12. marts 2026 kl. 15:00</p><p>Mødested: Rådhuset</p>
<div class="agenda--card agenda--item" id="a1"><h2 class="h3">45 <span>: Godkendelse af dagsorden</span></h2><p><strong>Beslutning</strong></p><p>Godkendt.</p></div>
<div class="agenda--card agenda--item" id="a2"><h2 class="h3">46<span>: Værested for hjemløse</span></h2>
<p><strong>Sagsfremstilling</strong></p><p>Et værested åbner i foråret.</p><p><strong>Beslutning</strong></p><p>Taget til efterretning.</p></div></body></html>`;
  const m = parseMeetingText(htmlToText(html));
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.sections.map((s) => s.heading)]), [
    ['45', 'Godkendelse af dagsorden', ['Beslutning']],
    ['46', 'Værested for hjemløse', ['Sagsfremstilling', 'Beslutning']],
  ]);
});

test('Aarhus\' meeting pages: each item a table row with its number badge, "h2.overskrift" and "Sagsnummer: …", the page\'s menus, "Vis mere" links, file badges and audio player left out', () => {
  const text = htmlToText(readFileSync(new URL('../../test/fixtures/layout-aarhus-web_referat.html', import.meta.url), 'utf8'));
  // The controls are no content: before, "Funktioner" / "• Udskriv punkt" / "• Kopiér link" / "Vis mere" stood in every item.
  assert.doesNotMatch(text, /Funktioner|Udskriv punkt|Kopiér link|Vis mere|Lydfil|PDF Sundhedsprofil/);
  const m = parseMeetingText(text);
  // Before: the body "Onsdag", no time or place, and one item titled "Sagsnummer: 27/012345" holding the meeting.
  assert.deepEqual([m.kind, m.organization, m.date, m.start, m.location, m.absent], ['minutes', 'Sundheds- og Omsorgsudvalget', '2027-10-01', '15:45', 'Rådhuset, lokale 390', ['Anna Holm']]);
  assert.deepEqual(m.items.map((i) => [i.number, i.title, i.caseNumber, i.sections.map((s) => s.heading)]), [
    ['1', 'Godkendelse af dagsorden', '27/012345', ['Beslutning']],
    ['2', 'Sundhedsprofil 2027 for socialt udsatte', '27/023456', ['Resume', 'Indstilling', 'Beslutning', 'Bilag']],
  ]);
  assert.deepEqual(m.items[1]!.attachments, ['Sundhedsprofil 2027']);
  // A menu's button is no item's title; an accordion's button still is (html-import: "folds out").
  assert.equal(htmlToText('<button class="btn dropdown-toggle" aria-expanded="false">Funktioner</button><button class="accordion-button" aria-expanded="false">3 Budget</button>'), '3 Budget');
});

test('a word processor\'s web page: each footnote after the paragraph that refers to it, its mark raised ("årligt¹"); LibreOffice\'s page header and footer left out', () => {
  const item = (text: string) => `<h1>Referat</h1><p>Udsatterådet</p><p>Mødedato: 25. juni 2026</p><h2>1. Budget</h2><p><b>Sagsfremstilling</b></p>${text}<p><b>Beslutning</b></p><p>Godkendt.</p>`;
  const libreOffice = `<html><body><div title="header"><p>Udsatterådet – 1. Budget</p></div>${item('<p>Udgiften er 1,2 mio. kr. årligt<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a> på 200 m<sup>2</sup>.</p>')}<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Beløbet er i 2027-priser.</p></div><div title="footer"><p>Referat – 25. juni 2026 | Side 1 af 1</p></div></body></html>`;
  const word = `<html><body>${item(`<p class=MsoNormal>Udgiften er 1,2 mio. kr. årligt<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a> på 200 m<sup>2</sup>.</p>`)}<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><![if !supportFootnotes]>[1]<![endif]></span></a> Beløbet er i 2027-priser.</p></div></div></body></html>`;
  for (const [name, html] of [['LibreOffice', libreOffice], ['Word', word]] as const) {
    const m = parseMeetingText(htmlToText(html));
    assert.deepEqual(m.items[0]!.sections.map((s) => [s.heading, s.text]), [['Sagsfremstilling', 'Udgiften er 1,2 mio. kr. årligt¹ på 200 m².\n\n¹ Beløbet er i 2027-priser.'], ['Beslutning', 'Godkendt.']], name);
    assert.doesNotMatch(htmlToText(html), /Side 1 af 1|Udsatterådet – 1\. Budget/, name);
  }
});
