// The same documents as exports, copies and pastes vary them — whitespace, line ends, blank lines, hyphens — read the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { essentials } from '../../../test/helpers/parsed.ts';
import { parseMeetingText } from './parse-text.ts';
import type { ParsedMeeting } from './types.ts';

test('the whitespace exports add changes nothing: Windows line ends, trailing spaces, spaces on blank lines, tabs, every line indented, non-breaking spaces, a byte order mark', () => {
  const files = [
    new URL('../../../demo/seeds/001_0540b28be77e626e.txt', import.meta.url),
    new URL('../../../demo/seeds/003_4886c90ef1964535.txt', import.meta.url),
    new URL('../../../demo/seeds/004_710de0afac8e5145.txt', import.meta.url),
    // Every layout in the fixtures: each came from a different export, and real ones vary in the same ways.
    ...readdirSync(new URL('../../../test/fixtures/', import.meta.url)).filter((n) => n.endsWith('.txt'))
      .map((n) => new URL(`../../../test/fixtures/${n}`, import.meta.url)),
  ];
  const variants: [string, (s: string) => string][] = [
    ['CRLF, and trailing spaces after text', (s) => s.replace(/\n/g, '\r\n').replace(/(\S)\r\n/g, '$1  \r\n')],
    // (Not where the export's own blank lines differ, some empty and some spaces: double-spaced text, seed 003.)
    ['spaces on every blank line', (s) => (/^[ \t]+$/m.test(s) ? s : s.replace(/^$/gm, '  '))],
    ['a tab after "N."', (s) => s.replace(/^(\d{1,3}\.) (?=\S)/gm, '$1\t')],
    ['every line indented', (s) => s.replace(/^(?=\S)/gm, '    ')],
    ['a tab after a label\'s colon', (s) => s.replace(/^([^\n:]{2,30}): /gm, '$1:\t')],
    ['non-breaking spaces after numbers', (s) => s.replace(/(\d) (?=\p{L})/gu, '$1\u00A0')],
    ['a byte order mark', (s) => `\uFEFF${s}`],
    // (Pages that each begin with a numbered line: what starts every other page is no running header by that alone.)
    ['a page break before each numbered line', (s) => s.replace(/\n\n(?=\d{1,3}\. )/g, '\n\f\n')],
  ];
  const changed = new Map<string, number>();
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    const expected = essentials(parseMeetingText(raw));
    for (const [name, change] of variants) {
      if (change(raw) === raw) continue;
      changed.set(name, (changed.get(name) ?? 0) + 1);
      assert.deepEqual(essentials(parseMeetingText(change(raw))), expected, `${file.pathname.split('/').at(-1)}: ${name}`);
    }
  }
  for (const [name] of variants) assert.ok((changed.get(name) ?? 0) >= 10, `${name}: tried on ${changed.get(name) ?? 0} documents`);
});

test('text without a single blank line (copied from a web page, or a PDF set without paragraph spacing) keeps its structure', () => {
  const seeds = ['001_0540b28be77e626e.txt', '003_4886c90ef1964535.txt', '004_710de0afac8e5145.txt'].map((n) => new URL(`../../../demo/seeds/${n}`, import.meta.url));
  const layouts = [
    'layout-aarhus_referat.txt', 'layout-ishoej_referat.txt', 'layout-kk-edoc_referat.txt', 'layout-kk-udvalg_referat.txt', 'layout-koege_referat.txt',
    'layout-kolding-2010_protokol.txt', 'layout-odense-2012_dagsorden.txt', 'layout-odsherred_referat.txt', 'layout-regionh-firstagenda_referat.txt',
    'layout-regionmidtjylland-2007_referat.txt', 'layout-regionsjaelland-2021_referat.txt', 'layout-regionsyddanmark-2007_referat.txt',
    'layout-roedovre_referat.txt', 'layout-aalborg_referat.txt', 'layout-esbjerg_referat.txt', 'layout-vejle_referat.txt', 'layout-silkeborg_referat.txt',
    'rm-forretningsudvalget_2017-06-13_referat_EXCERPT.txt', 'holbaek-udvalget-for-aeldre-og-sundhed_2020-06-04_referat_EXCERPT.txt',
  ].map((n) => new URL(`../../../test/fixtures/${n}`, import.meta.url));
  // Where two paragraphs meet at the end of a full line nothing tells them apart; everything else must be the same.
  const flat = (m: ParsedMeeting) => {
    const e = essentials(m);
    return { ...e, items: e.items.map((i) => ({ ...i, sections: i.sections.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') })), decision: i.decision?.replace(/\s+/g, ' ') ?? null })) };
  };
  for (const file of [...seeds, ...layouts]) {
    const raw = readFileSync(file, 'utf8');
    const dense = raw.replace(/\r/g, '').split('\n').filter((l) => l.trim()).join('\n');
    assert.notEqual(dense, raw);
    assert.deepEqual(flat(parseMeetingText(dense)), flat(parseMeetingText(raw)), file.pathname.split('/').at(-1));
  }
  // Seeds 001 and 004 hold one paragraph a line, longer than any printed line: each stays a paragraph of its own.
  for (const file of [seeds[0]!, seeds[2]!]) {
    const raw = readFileSync(file, 'utf8');
    assert.deepEqual(essentials(parseMeetingText(raw.split('\n').filter((l) => l.trim()).join('\n'))), essentials(parseMeetingText(raw)));
  }
});

test('a line broken after a hyphen: a word\'s halves are joined (without the hyphen where the document writes the word whole), a shared part keeps its space ("Social- og Sundhedsudvalget")', () => {
  const m = parseMeetingText(`REFERAT Udvalg for lighed i sundhed d. 27-08-2025

Punkt 1: Fælles indsats med Social-
og Sundhedsudvalget

Sagsfremstilling

Indsatsen er ikke-
akut og gælder børne-
og ungeområdet samt sundheds- eller
socialområdet. Den styrker sundheds-
væsenet, som sundhedsvæsenet har ønsket.

Beslutning

Godkendt.`);
  assert.equal(m.items[0]!.title, 'Fælles indsats med Social- og Sundhedsudvalget');
  // ("sundheds-" / "væsenet" is a word the printer broke: the document writes it whole too.)
  assert.equal(m.items[0]!.sections[0]!.text, 'Indsatsen er ikke-akut og gælder børne- og ungeområdet samt sundheds- eller socialområdet. Den styrker sundhedsvæsenet, som sundhedsvæsenet har ønsket.');
});

test('a line that goes on with an enumeration begun inside its sentence ("… formål 1) at …," / "2) en …") is no list entry; a list is', () => {
  // (A page's worth of wrapped lines before it tells how wide a full line is.)
  const page = Array.from({ length: 24 }, () => 'Teksten fortsætter her med flere ord om rådets arbejde og om de kommende møder i').join('\n') + ' rådet.';
  const read = (text: string) => parseMeetingText(`DAGSORDEN Udsatterådet d. 25-06-2026\n\nPunkt 1: Drøftelse\n\nBaggrund\n\n${page}\n\nSagsfremstilling\n\n${text}`).items[0]!.sections[1]!.text;
  assert.equal(
    read('Rådet modtog i foråret otte anbefalinger om dialog og inddragelse fra arbejdsgruppen, og\npå mødet drøftes anbefalingerne med det formål 1) at beslutte, hvilke emner rådet\nvil arbejde videre med, og hvordan rådet vil følge op på anbefalingerne i efteråret,\n2) en drøftelse af emnerne, og 3) et første bud på en konkretisering.'),
    'Rådet modtog i foråret otte anbefalinger om dialog og inddragelse fra arbejdsgruppen, og på mødet drøftes anbefalingerne med det formål 1) at beslutte, hvilke emner rådet vil arbejde videre med, og hvordan rådet vil følge op på anbefalingerne i efteråret, 2) en drøftelse af emnerne, og 3) et første bud på en konkretisering.',
  );
  assert.equal(read('Rådet skal:\n1) beslutte, hvilke emner rådet vil arbejde videre med,\n2) drøfte emnerne.'), 'Rådet skal:\n\n1) beslutte, hvilke emner rådet vil arbejde videre med,\n\n2) drøfte emnerne.');
});

test('Windows-1252 marks that a tool on the way read as Latin-1\'s invisible controls ("\\u0096" for "–") are the marks again', () => {
  const m = parseMeetingText('DAGSORDEN Udsatterådet d. 25-06-2026\n\nPunkt 1: Pulje \u0096 \u0093Sundhed for alle\u0094\n\nSagsfremstilling\n\nPuljen er på 20.000 \u0080\u0085\u0081\n');
  assert.equal(m.items[0]!.title, 'Pulje – “Sundhed for alle”');
  assert.equal(m.items[0]!.sections[0]!.text, 'Puljen er på 20.000 €…');
});

test('a running header that names the page\'s item after the body\'s name ("Udsatterådet – 2. …", a word processor\'s heading field), also wrapped, is no part of the text', () => {
  const header = (title: string) => `Udsatterådet – ${title}`;
  const pages = [
    [header('1. Velkomst'), 'REFERAT Udsatterådet d. 25-06-2026', '', 'Punkt 1: Velkomst', '', 'Beslutning', '', 'Godkendt.', '', 'Side 1 af 4'],
    [header('2. Status på projektet om sundhedsrum for borgere i udsatte positioner i'), 'Aarhus og Randers', 'Punkt 2: Status på projektet om sundhedsrum for borgere i udsatte positioner i Aarhus og Randers', '', 'Sagsfremstilling', '', 'Rummet åbnede i marts og har haft', 'Side 2 af 4'],
    [header('2. Status på projektet om sundhedsrum for borgere i udsatte positioner i'), 'Aarhus og Randers', 'mange besøg.', '', 'Beslutning', '', 'Taget til efterretning.', 'Side 3 af 4'],
    [header('3. Eventuelt'), 'Punkt 3: Eventuelt', '', 'Beslutning', '', 'Intet.', 'Side 4 af 4'],
  ];
  const m = parseMeetingText(pages.map((p) => p.join('\n')).join('\n\f'));
  assert.deepEqual(m.items.map((i) => i.title), ['Velkomst', 'Status på projektet om sundhedsrum for borgere i udsatte positioner i Aarhus og Randers', 'Eventuelt']);
  assert.deepEqual(m.items[1]!.sections.map((s) => s.text), ['Rummet åbnede i marts og har haft mange besøg.', 'Taget til efterretning.']);
  assert.doesNotMatch(JSON.stringify(m), /Udsatterådet – /);
});

test('a meeting place over several lines is read whole: a value wrapped in its cell, and an address on lines of its own', () => {
  const place = (lines: string) => parseMeetingText(`DAGSORDEN Udsatterådet d. 25-06-2026\n\nMødedato: 25. juni 2026\nMødested: ${lines}\nMødetidspunkt: Kl. 09:00\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nFormanden byder velkommen.\n`);
  for (const [lines, whole] of [
    ['Regionshuset Viborg, Skottenborg 26,\n8800 Viborg', 'Regionshuset Viborg, Skottenborg 26, 8800 Viborg'],
    ['Regionshuset Viborg, mødelokale F7 i\nstueetagen', 'Regionshuset Viborg, mødelokale F7 i stueetagen'],
    ['Borup Aktivitetshus\nMøllevej 11\n4140 Borup', 'Borup Aktivitetshus, Møllevej 11, 4140 Borup'],
    // (pdftotext without -layout: the cell's last word on a line of its own, before the next fact's label.)
    ['Regionshuset\nViborg', 'Regionshuset Viborg'],
    ['Mødelokale\nF7', 'Mødelokale F7'],
  ]) {
    const m = place(lines!);
    assert.deepEqual([m.location, m.start], [whole, '09:00'], lines);
  }
  // The labels alone on their lines, each value below its label: the wrapped word before the next label ("Afbud" alone).
  for (const [facts, whole] of [
    ['Mødested\nRegionshuset\nViborg\nAfbud\nJens Holm', 'Regionshuset Viborg'],
    ['Mødested: Rådhuset\nViborg\nDeltagere\nJens Holm', 'Rådhuset Viborg'],
    ['Mødested: Rådhuset\nReferent\nAfbud\nJens Holm', 'Rådhuset'],
  ]) {
    assert.equal(parseMeetingText(`DAGSORDEN Udsatterådet d. 25-06-2026\n\nMødedato\n25. juni 2026\n${facts}\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nGodt.\n`).location, whole, facts);
  }
  // A line after the place that is no part of it stays out.
  for (const line of ['Rådhuset', 'Rådhuset, Torvet 1,']) {
    assert.equal(parseMeetingText(`DAGSORDEN Udsatterådet d. 25-06-2026\n\nMødested: ${line}\nAfbud: Jens Holm\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nGodt.\n`).location, line);
  }
  // A word alone after the place that the next fact's label does not follow, or that is a label itself, stays out too.
  for (const after of ['Udsatterådet\nMødedato: 25. juni 2026', 'Deltagere\nFormand: Anna Holm', 'Fraværende\nJens Holm', 'Dagsordenpunkter\n1. Velkomst']) {
    assert.equal(parseMeetingText(`DAGSORDEN Udsatterådet d. 25-06-2026\n\nMødested: Rådhuset\n${after}\n\nPunkt 1: Velkomst\n\nSagsfremstilling\n\nGodt.\n`).location, 'Rådhuset', after);
  }
});
