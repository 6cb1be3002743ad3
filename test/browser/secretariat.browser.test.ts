// A secretary runs a meeting end to end in Chromium — plan → build → release → record →
// release minutes → approve — and a member approves; axe checks every page on the way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, testDb, type TestApp } from '../helpers/app.ts';
import { expectAccessible, launchBrowser } from '../helpers/browser.ts';
import { DEMO_PASSWORD } from '../helpers/client.ts';
import { todayInCopenhagen } from '../../src/shared/time.ts';

const yesterday = () => new Date(Date.parse(todayInCopenhagen()) - 86_400_000).toISOString().slice(0, 10);

describe(`a meeting end to end in Chromium (${testDb})`, () => {
  let app: TestApp;
  let browser: Browser;
  let secretary: BrowserContext;
  let member: BrowserContext;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
    secretary = await browser.newContext();
    member = await browser.newContext();
  });
  after(async () => {
    await secretary?.close();
    await member?.close();
    await browser?.close();
    await app?.close();
  });

  async function signIn(page: Page, email: string) {
    await page.goto(app.url + '/');
    await page.getByRole('link', { name: 'Log ind' }).click();
    await page.waitForURL('**/log-ind**');
    await expectAccessible(page);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForSelector('text=Log ud');
  }

  const flash = (page: Page) => page.locator('.alert-success').textContent();

  test('plan → build → release → record → release minutes → approve', async () => {
    const page = await secretary.newPage();
    await signIn(page, 'sekretaer@lighed.demo');

    // Plan
    await page.getByRole('link', { name: 'Sekretariat' }).first().click();
    await page.waitForURL('**/sekretariat');
    await expectAccessible(page);
    await page.locator('#org-udsatteraadet').locator('..').getByRole('link', { name: 'Mødeplan' }).click();
    await page.waitForURL('**/moedeplan');
    await expectAccessible(page);
    await page.getByLabel('Dato 1', { exact: true }).fill(yesterday());
    await page.getByLabel('Start 1', { exact: true }).fill('10:00');
    await page.getByLabel('Slut 1', { exact: true }).fill('12:00');
    await page.getByLabel('Mødested 1', { exact: true }).fill('Regionshuset Viborg, Skottenborg 26, 8800 Viborg');
    await page.getByRole('button', { name: 'Opret møderne' }).click();
    await page.waitForURL('**/organer/udsatteraadet?ok=plan_saved');
    assert.equal(await flash(page), 'Mødeplanen er gemt.');

    // Build
    await page.goto(app.url + '/sekretariat');
    const day = yesterday().split('-').reverse().join('-');
    await page.locator('#org-udsatteraadet').locator('..').getByRole('link', { name: /kl\. 10:00/ }).first().click();
    await page.waitForURL('**/sekretariat/moeder/*');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tilføj faste punkter' }).click();
    await page.waitForURL('**ok=recurring_added');
    await page.getByLabel('Titel', { exact: true }).fill('Høring om psykiatriplanen');
    await page.getByRole('button', { name: 'Tilføj punkt' }).click();
    await page.waitForURL('**ok=item_added');
    assert.equal(await page.locator('tbody tr').count(), 5);
    await page.getByRole('link', { name: 'Høring om psykiatriplanen' }).click();
    await page.waitForURL('**/sekretariat/punkter/*');
    await expectAccessible(page);
    await page.getByLabel('Resume').fill('Udsatterådet høres om psykiatriplanen.');
    await page.getByLabel('Hvem indstiller').fill('Direktionen');
    await page.getByLabel('At-punkter').fill('at Udsatterådet afgiver høringssvar');
    await page.getByLabel('Sagsfremstilling').fill('Planen beskriver indsatsen for borgere i udsatte positioner.');
    await page.getByRole('button', { name: 'Gem punkt' }).click();
    await page.waitForURL('**ok=item_saved');
    assert.equal(await flash(page), 'Punktet er gemt.');
    await page.getByRole('link', { name: 'Tilbage til dagsordenen' }).click();

    // Release
    await page.getByRole('button', { name: 'Frigiv dagsorden' }).click();
    await page.waitForURL('**ok=agenda_released');
    await expectAccessible(page);
    assert.match((await page.locator('main dl').textContent())!, /Dagsorden offentliggjort/);

    // Record
    await page.getByRole('link', { name: 'Mødeafvikling og referat' }).click();
    await page.waitForURL('**/afvikling');
    await expectAccessible(page);
    await page.getByLabel('Fremmøde for Annie Røn').selectOption('absent_with_notice');
    // Someone who left during item 1 (a text field: items may be numbered "1.a").
    const leaving = page.getByLabel(/ gik under punkt$/).nth(1);
    const leaver = (await leaving.getAttribute('aria-label'))!.replace(/ gik under punkt$/, '');
    await leaving.fill('1');
    await page.getByRole('button', { name: 'Gem fremmøde' }).click();
    await page.waitForURL('**ok=attendance_saved');
    await page.getByLabel('Bemærkninger', { exact: true }).fill('Næstformanden var mødeleder.\nPunkt 4 blev behandlet først.');
    await page.getByRole('button', { name: 'Gem bemærkninger' }).click();
    await page.waitForURL('**ok=notes_saved');
    await page.getByRole('link', { name: 'Høring om psykiatriplanen' }).click();
    await page.waitForURL('**/beslutning');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Gem beslutning' }).click();
    await page.waitForURL('**ok=decision_saved');
    await page.getByRole('link', { name: 'Godkendelse af referat fra sidste møde' }).click();
    await page.waitForURL('**/beslutning');
    await page.getByRole('button', { name: 'Gem beslutning' }).click();
    await page.waitForURL('**ok=decision_saved');
    await page.getByLabel('Mødet blev hævet kl.').fill('11:30');
    await page.getByRole('button', { name: 'Afslut mødet' }).click();
    await page.waitForURL('**ok=meeting_closed');
    await expectAccessible(page);

    // Release minutes
    await page.getByRole('button', { name: 'Frigiv referat' }).click();
    await page.waitForURL('**ok=minutes_released');
    await page.getByRole('link', { name: 'Se referatet' }).click();
    await page.waitForURL('**/referat');
    await expectAccessible(page);
    const minutes = (await page.locator('main').textContent())!;
    assert.match(minutes, /Udsatterådet godkendte,\s*at Udsatterådet afgiver høringssvar\./);
    assert.match(minutes, /Alle var mødt, undtagen Annie Røn\./);
    assert.ok(minutes.includes(`${leaver} forlod mødet under behandlingen af punkt 1.`), `${leaver} left during item 1`);
    assert.match(minutes, /Mødet blev hævet kl\. 11\.30\./);
    assert.match(minutes, /Bemærkninger\s*Næstformanden var mødeleder\.\s*Punkt 4 blev behandlet først\./);

    // A member approves from their start page.
    const m = await member.newPage();
    await signIn(m, 'forening@lighed.demo');
    await m.getByRole('link', { name: 'Min side' }).click();
    await m.waitForURL('**/mit');
    await expectAccessible(m);
    await m.getByRole('button', { name: `Godkend referatet fra Udsatterådet ${day}` }).click();
    await m.waitForURL('**ok=own_approval_saved');
    assert.match((await m.locator('main').textContent())!, /Du godkendte referatet/);
    await expectAccessible(m);

    // The body approves: the minutes lock.
    await page.goBack();
    await page.reload();
    await page.getByRole('button', { name: 'Organet har godkendt referatet' }).click();
    await page.waitForURL('**ok=minutes_approved');
    assert.match((await page.locator('main').textContent())!, /Referatet er godkendt og låst\./);
    await expectAccessible(page);
  });

  test('an invalid plan shows an error summary whose links move focus to the fields', async () => {
    const page = await secretary.newPage();
    await page.goto(app.url + '/sekretariat/organer/udsatteraadet/moedeplan');
    await page.getByLabel('Dato 1', { exact: true }).fill('2027-05-06');
    await page.getByLabel('Start 1', { exact: true }).fill('14:00');
    await page.getByLabel('Slut 1', { exact: true }).fill('13:00');
    await page.getByRole('button', { name: 'Opret møderne' }).click();
    await page.waitForSelector('#error-summary');
    await expectAccessible(page);
    await page.locator('#error-summary a').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'rows.0.end');
    assert.equal(await page.getByLabel('Dato 1', { exact: true }).inputValue(), '2027-05-06', 'what was typed is kept');
  });

  test('import minutes from a file: choose it, check what was read, import, find it published', async () => {
    const page = await secretary.newPage();
    await page.goto(app.url + '/sekretariat');
    await page.getByRole('link', { name: 'Importér dagsorden eller referat' }).click();
    await page.waitForURL('**/sekretariat/import');
    await expectAccessible(page);
    // Without a file: the summary says so and its link moves focus to the file field.
    await page.getByRole('button', { name: 'Vis indholdet' }).click();
    await page.waitForSelector('#error-summary');
    await expectAccessible(page);
    await page.locator('#error-summary a').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'file');

    const text = ['REFERAT Udsatterådet d. 12-11-2026', '', 'Mødedato Torsdag d. 12. november 2026 kl. 10:00', '', 'Mødested Regionshuset Aarhus', '',
      'Punkt 1: Varmestuer i vinterhalvåret', '', 'Sagsfremstilling', '', 'Rådet drøftede åbningstiderne.', '', 'Beslutning', '', 'Rådet anbefaler længere åbningstider.', ''].join('\n');
    await page.getByLabel('Dokument').setInputFiles({ name: 'udsatteraadet-referat.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Vis indholdet' }).click();
    await page.waitForSelector('#import-items');
    await expectAccessible(page);
    const preview = (await page.locator('main').textContent())!;
    assert.match(preview, /Importen opretter et nyt møde\./);
    assert.match(preview, /Varmestuer i vinterhalvåret/);
    await page.getByRole('button', { name: 'Importér referatet' }).click();
    await page.waitForURL('**/sekretariat/moeder/*?ok=meeting_imported');
    assert.equal(await flash(page), 'Mødet er importeret.');
    await expectAccessible(page);
    const id = /moeder\/([0-9a-f-]{36})/.exec(page.url())![1];
    const visitor = await browser.newContext();
    const pub = await visitor.newPage();
    await pub.goto(`${app.url}/moeder/${id}/referat`);
    assert.match((await pub.locator('main').textContent())!, /Rådet anbefaler længere åbningstider\./);
    await visitor.close();
  });

  test('import an archive: choose several files, check them, open one, import them all', async () => {
    const page = await secretary.newPage();
    await page.goto(app.url + '/sekretariat/import');
    const doc = (kind: string, date: string, title: string) => [`${kind} Udsatterådet d. ${date}`, '', `Mødested Regionshuset Aarhus`, '',
      `Punkt 1: ${title}`, '', 'Sagsfremstilling', '', 'Rådet drøftede sagen.', '', ...(kind === 'REFERAT' ? ['Beslutning', '', 'Taget til efterretning.', ''] : [])].join('\n');
    await page.getByLabel('Dokument').setInputFiles([
      { name: 'referat-2026-01-15.txt', mimeType: 'text/plain', buffer: Buffer.from(doc('REFERAT', '15-01-2026', 'Natherberg i Aarhus')) },
      { name: 'dagsorden-2026-01-15.txt', mimeType: 'text/plain', buffer: Buffer.from(doc('DAGSORDEN', '15-01-2026', 'Natherberg i Aarhus')) },
      { name: 'brev.txt', mimeType: 'text/plain', buffer: Buffer.from('Kære alle, vi ses på torsdag.') },
    ]);
    await page.getByRole('button', { name: 'Vis indholdet' }).click();
    await page.waitForSelector('#import-documents');
    await expectAccessible(page);
    assert.match((await page.locator('#import-refused').textContent())!, /brev\.txt: Der er ingen genkendelige dagsordenspunkter/);
    // A document's reading opens from its row (a <details>, no JavaScript needed).
    const details = page.locator('#dokument-2');
    assert.equal(await details.locator('#import-items-2').isVisible(), false);
    await page.locator('#import-documents').getByRole('link', { name: 'referat-2026-01-15.txt' }).click();
    await details.locator('summary').click();
    assert.equal(await details.locator('#import-items-2').isVisible(), true);
    assert.match((await details.textContent())!, /Taget til efterretning\./);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Importér dokumenterne (2)' }).click();
    await page.waitForSelector('#import-results');
    await expectAccessible(page);
    assert.match((await page.locator('main').textContent())!, /Importeret: 2 af 2 dokumenter\./);
    await page.locator('#import-results').getByRole('link').first().click();
    await page.waitForURL('**/sekretariat/moeder/*');
    assert.match((await page.locator('main').textContent())!, /Natherberg i Aarhus/);
  });

  test('on a phone (320 px, WCAG reflow) the wide tables scroll in their own region, not the page, and the keyboard can scroll them', async () => {
    const page = await secretary.newPage();
    await page.setViewportSize({ width: 320, height: 740 });
    const pageScrollsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    const regionScrolls = (selector: string) => page.locator(selector).evaluate((el) => el.scrollWidth > el.clientWidth);

    await page.goto(app.url + '/sekretariat');
    const meetings = await page.locator('main a[href^="/sekretariat/moeder/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    let recording: string | undefined;
    for (const m of meetings) {
      await page.goto(app.url + m + '/afvikling');
      if (await page.locator('form .lighed-plan').count()) { recording = m + '/afvikling'; break; }
    }
    assert.ok(recording, 'a demo meeting whose attendance can be recorded');
    for (const path of ['/sekretariat/organer/udsatteraadet/moedeplan', '/sekretariat/organer/udsatteraadet/faste-punkter', recording]) {
      await page.goto(app.url + path);
      assert.equal(await pageScrollsSideways(), false, `${path}: the page does not scroll sideways`);
      await expectAccessible(page);
    }
    assert.ok(await regionScrolls('[role=region]:has(.lighed-plan)'), 'the attendance table is wider than the phone and scrolls in its region');

    // The import's preview table has seven columns: its region takes focus and scrolls with the arrow keys.
    await page.goto(app.url + '/sekretariat/import');
    assert.equal(await pageScrollsSideways(), false, 'the import form (its file field) fits the screen');
    const doc = (date: string) => [`DAGSORDEN Udsatterådet d. ${date}`, '', 'Mødested Regionshuset Aarhus', '', 'Punkt 1: Natherberg i Aarhus', '', 'Sagsfremstilling', '', 'Rådet drøfter sagen.', ''].join('\n');
    await page.getByLabel('Dokument').setInputFiles([
      { name: 'dagsorden-2026-02-12.txt', mimeType: 'text/plain', buffer: Buffer.from(doc('12-02-2026')) },
      { name: 'dagsorden-2026-03-12.txt', mimeType: 'text/plain', buffer: Buffer.from(doc('12-03-2026')) },
    ]);
    await page.getByRole('button', { name: 'Vis indholdet' }).click();
    await page.waitForSelector('#import-documents');
    assert.equal(await pageScrollsSideways(), false, 'the preview does not scroll sideways');
    const region = page.getByRole('region', { name: 'Dokumenterne, i den rækkefølge de importeres' });
    assert.ok(await regionScrolls('[role=region]:has(#import-documents)'));
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[role=region]:has(#import-documents)')!.scrollLeft > 0);
    await expectAccessible(page);
  });

  test('an administrator creates an account in the browser and the new user signs in with the password shown', async () => {
    const admin = await browser.newContext();
    const page = await admin.newPage();
    await signIn(page, 'admin@lighed.demo');
    await page.getByRole('link', { name: 'Brugere' }).click();
    await page.waitForURL('**/admin/brugere');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Opret bruger' }).click();
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    // Nothing chosen: the summary's links lead to the fields.
    await page.locator('#error-summary a[href="#f-organization"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-organization');
    await expectAccessible(page);
    await page.getByLabel('Navn').fill('Per Holm');
    await page.getByLabel('E-mail').fill('per.holm@rm.dk');
    await page.getByLabel('Rolle').selectOption({ label: 'Observatør' });
    await page.getByLabel('Organ', { exact: true }).selectOption({ label: 'Udsatterådet' });
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await page.waitForSelector('text=Kontoen til Per Holm er oprettet.');
    await expectAccessible(page);
    const password = (await page.locator('.alert-success code').textContent())!;
    // What was done to the account is in the audit log, which is accessible too.
    await page.getByRole('link', { name: 'Se ændringer i revisionsloggen' }).click();
    await page.waitForSelector('td:has-text("Bruger oprettet · bruger")');
    await expectAccessible(page);
    await admin.close();

    const per = await browser.newContext();
    const p = await per.newPage();
    await p.goto(app.url + '/log-ind');
    await p.getByLabel('E-mail').fill('per.holm@rm.dk');
    await p.getByLabel('Adgangskode').fill(password);
    await p.getByRole('button', { name: 'Log ind' }).click();
    await p.waitForSelector('text=Logget ind som Per Holm');
    // Then they choose their own password.
    await p.goto(app.url + '/mit');
    await p.getByRole('link', { name: 'Skift adgangskode' }).click();
    await expectAccessible(p);
    await p.getByLabel('Nuværende adgangskode').fill(password);
    await p.getByLabel('Ny adgangskode', { exact: true }).fill('Pers egen lange adgangskode');
    await p.getByLabel('Gentag den nye adgangskode').fill('Pers egen lange adgangskode');
    await p.getByRole('button', { name: 'Skift adgangskode' }).click();
    await p.waitForSelector('text=Din adgangskode er skiftet.');
    await expectAccessible(p);
    await per.close();
  });
});
