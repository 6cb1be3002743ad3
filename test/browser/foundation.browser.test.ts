// A newcomer's first look, in Chromium: front page → a council → its meeting, keyboard and
// language switch included, with axe on every page visited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { startTestApp, testDb, type TestApp } from '../helpers/app.ts';
import { expectAccessible, launchBrowser } from '../helpers/browser.ts';

describe(`browsing the demo in Chromium (${testDb})`, () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
    context = await browser.newContext();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  test('front page → Udsatterådet → its meeting, each page accessible', async () => {
    const page = await context.newPage();
    await page.goto(app.url + '/');
    assert.equal(await page.locator('h1').textContent(), 'Lighed i sundhed — møder og beslutninger');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Udsatterådet', exact: true }).click();
    await page.waitForURL('**/organer/udsatteraadet');
    assert.equal(await page.locator('h1').textContent(), 'Udsatterådet');
    assert.equal(await page.locator('tbody tr').count(), 11);
    await expectAccessible(page);
    await page.getByRole('link', { name: /25-06-2026/ }).click();
    await page.waitForURL('**/moeder/*');
    assert.equal(await page.locator('h2[id^="item-"]').count(), 7);
    await expectAccessible(page);
  });

  test('the skip link is the first thing the keyboard reaches and moves focus to the content', async () => {
    const page = await context.newPage();
    await page.goto(app.url + '/organer/udvalg-for-lighed-i-sundhed');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(focused, 'Gå til sidens indhold');
    await page.keyboard.press('Enter');
    // (The jump to the anchor is a navigation of its own: wait for it instead of reading the address at once.)
    await page.waitForURL(/#main-content$/, { timeout: 5000 });
    assert.match(page.url(), /#main-content$/);
    // The next Tab goes on from the content, not from the menu.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('#main-content'))), true, 'the keyboard goes on in the content');
  });

  test('switching to English works without JavaScript and keeps the page', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(app.url + '/organer/udsatteraadet');
    await page.getByRole('link', { name: 'English' }).click();
    // The redirect returns to the same address, so wait for the English page itself.
    await page.waitForSelector('html[lang="en"]', { state: 'attached' });
    assert.match(page.url(), /\/organer\/udsatteraadet$/);
    assert.equal(await page.locator('h2').first().textContent(), 'Members');
    await noJs.close();
    // axe needs JavaScript: check the English page in a normal context.
    const en = await browser.newContext();
    const enPage = await en.newPage();
    await enPage.goto(app.url + '/sprog?lang=en&next=/organer/udsatteraadet');
    assert.equal(await enPage.getAttribute('html', 'lang'), 'en');
    await expectAccessible(enPage);
    await en.close();
  });

  test('keyboard only: search, open a result, reach the minutes as PDF; search pages accessible', async () => {
    const page = await context.newPage();
    await page.goto(app.url + '/soeg');
    await expectAccessible(page);
    await page.locator('#q').focus();
    await page.keyboard.type('civilsamfundet');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/soeg?q=civilsamfundet*');
    assert.ok((await page.locator('.lighed-hits mark').count()) > 0, 'matches are highlighted');
    await expectAccessible(page);
    // Tab to the first result and follow it.
    const first = page.locator('.lighed-hits a').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/moeder/*');
    await expectAccessible(page);
    const pdfLink = page.getByRole('link', { name: 'PDF' }).first();
    await pdfLink.focus();
    const href = await pdfLink.getAttribute('href');
    assert.match(href ?? '', /referat\.pdf$/);
    const res = await page.request.get(app.url + href);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    await page.goto(app.url + '/soeg?q=qwxyzzy');
    await expectAccessible(page);
    // The filters: each choice is drawn as the design system's radio button, and choosing one narrows the hits.
    await page.goto(app.url + '/soeg?q=sundhed');
    assert.ok(/· Dagsorden/.test((await page.locator('.lighed-hits').textContent())!), 'agendas among the hits before the choice');
    await page.locator('details.lighed-filters summary').click();
    const referat = page.locator('label[for="dokument-referat"]');
    assert.equal(await referat.evaluate((l) => getComputedStyle(l, '::before').borderTopStyle), 'solid', 'a radio button beside each choice');
    await referat.click();
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL('**dokument=referat*');
    assert.ok(await page.locator('#dokument-referat').isChecked(), 'the choice stays chosen');
    assert.ok(!/· Dagsorden/.test((await page.locator('.lighed-hits').textContent())!), 'only minutes are found');
    // A wrong date range: said at the field, and the page stays accessible.
    await page.goto(app.url + '/soeg?q=sundhed&fra=2026-01-01&til=2025-01-01');
    assert.equal(await page.locator('#til').getAttribute('aria-invalid'), 'true');
    // The summary carries the design system's error icon (drawn from its sprite, so it has a size).
    assert.ok(await page.locator('#error-summary .alert-icon use').evaluate((u) => (u as SVGGraphicsElement).getBBox().width > 0), 'the error icon is drawn');
    assert.ok(await page.locator('details.lighed-filters').evaluate((d) => (d as HTMLDetailsElement).open), 'the filters are open where the error is');
    await expectAccessible(page);
    await page.goto(app.url + href!.replace(/\.pdf$/, ''));
    await expectAccessible(page);
  });

  test('calendar, bodies, item, case, person pages and the accessibility statement are accessible', async () => {
    const page = await context.newPage();
    const org = await (await fetch(app.url + '/organer/udvalg-for-lighed-i-sundhed')).text();
    const meeting = /href="(\/moeder\/[0-9a-f-]{36})"/.exec(org)![1]!;
    const item = /href="(\/punkter\/[0-9a-f-]{36})"/.exec(await (await fetch(app.url + meeting)).text())![1]!;
    const kase = /href="(\/sager\/[0-9a-f-]{36})"/.exec(await (await fetch(app.url + item)).text())![1]!;
    for (const path of ['/kalender?maaned=2025-08', '/kalender?maaned=2025-08&visning=liste', '/organer', '/tilgaengelighed', '/organer/udvalg-for-lighed-i-sundhed', item, kase, '/personer/helle-jensen']) {
      await page.goto(app.url + path);
      await expectAccessible(page);
    }
    // The bodies as cards across a desktop's width, without list bullets.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(app.url + '/organer');
    const cards = page.locator('.lighed-cards > li');
    const tops = await cards.evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top));
    assert.ok(tops.filter((y) => y === tops[0]).length >= 3, `three or more cards in the first row: ${tops.join(', ')}`);
    assert.ok(await cards.first().evaluate((li) => ['none', '""'].includes(getComputedStyle(li, '::before').content)), 'no bullet');
    // Links side by side stand apart (the design system puts nothing between an inline list's items).
    await page.goto(app.url + '/kalender?maaned=2025-08');
    const [previous, next] = await Promise.all(['Forrige måned', 'Næste måned'].map((name) => page.getByRole('link', { name }).boundingBox()));
    assert.ok(previous!.y === next!.y && next!.x - (previous!.x + previous!.width) >= 16, `previous and next month apart: ${JSON.stringify([previous, next])}`);
  });

  test('on a small phone the month grid reads as a list of the days with meetings, without sideways scrolling', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(app.url + '/kalender?maaned=2025-08');
    await expectAccessible(page);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scroll');
    const visibleCells = await page.locator('.lighed-month td:visible').count();
    assert.equal(visibleCells, 1, 'only 27 August, the one day with a meeting, is shown');
    await page.getByRole('link', { name: /Udvalg for lighed i sundhed/ }).click();
    await page.waitForURL('**/moeder/*');
  });

  test('at 320 px (WCAG reflow) no public page scrolls sideways: front page, body with its members, meeting, item, search, calendar list', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 740 });
    const meeting = /href="(\/moeder\/[0-9a-f-]{36})"/.exec(await (await fetch(app.url + '/organer/udvalg-for-lighed-i-sundhed')).text())![1]!;
    const item = /href="(\/punkter\/[0-9a-f-]{36})"/.exec(await (await fetch(app.url + meeting)).text())![1]!;
    for (const path of ['/', '/organer/udsatteraadet', '/organer/udvalg-for-lighed-i-sundhed', meeting, meeting + '/referat', item, '/soeg?q=sundhed', '/kalender?maaned=2025-08&visning=liste', '/organer', '/tilgaengelighed']) {
      const res = await page.goto(app.url + path);
      assert.equal(res?.status(), 200, path);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, `${path} scrolls sideways`);
    }
  });

  test('the main menu and the breadcrumb trail are there on a phone and on a desktop (no script needed: the layout loads none)', async () => {
    const page = await context.newPage();
    assert.equal(await page.goto(app.url + '/').then(() => page.locator('script').count()), 0);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(app.url + '/organer/udsatteraadet');
      const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
      for (const name of ['Forside', 'Organer', 'Kalender', 'Søg']) assert.ok(await menu.getByRole('link', { name }).isVisible(), `${name} in the menu at ${width} px`);
      // The menu is a row of links (wrapping on a phone), not a bulleted list.
      const boxes = await Promise.all(['Forside', 'Organer'].map((name) => menu.getByRole('link', { name }).boundingBox()));
      assert.ok(Math.abs(boxes[0]!.y - boxes[1]!.y) < 2, `menu links side by side at ${width} px`);
      assert.equal(await menu.locator('ul').evaluate((ul) => getComputedStyle(ul).listStyleType), 'none', 'no bullets');
      assert.equal(await menu.getByRole('link', { name: 'Organer' }).getAttribute('aria-current'), 'page');
      const trail = page.getByRole('navigation', { name: 'Brødkrummesti' });
      const crumbs = await Promise.all([trail.getByRole('link', { name: 'Organer' }).boundingBox(), trail.getByText('Udsatterådet').boundingBox()]);
      assert.ok(Math.abs(crumbs[0]!.y - crumbs[1]!.y) < crumbs[1]!.height / 2, 'the trail is one line');
      await expectAccessible(page);
    }
  });

  test('the 404 page is accessible too', async () => {
    const page = await context.newPage();
    const res = await page.goto(app.url + '/organer/findes-ikke');
    assert.equal(res?.status(), 404);
    await expectAccessible(page);
  });
});
