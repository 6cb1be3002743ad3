import assert from 'node:assert/strict';

/** A page's text as a reader sees it: tags removed, entities decoded, white space folded. */
export const strip = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

const unescape = (v: string) => v.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** What a browser would send for a form's text inputs and selects as the page shows them (a select without a choice sends its first option). */
export function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (name && !/type="(checkbox|radio|submit|file|hidden)"/.test(tag)) fields[name] = unescape(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  for (const [, name, options] of html.matchAll(/<select\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const chosen = /<option value="([^"]*)" selected/.exec(options!) ?? /<option value="([^"]*)"/.exec(options!);
    fields[name!] = unescape(chosen?.[1] ?? '');
  }
  return fields;
}

/** Like assert.match, without printing a whole page when it fails. */
export const has = (text: string, re: RegExp, what = String(re)) => assert.ok(re.test(text), `expected ${what}; got: ${text.replace(/\s+/g, ' ').slice(0, 300)}…`);

/** The text of a page's error or warning alert (empty when it has none). */
export const alertText = (html: string) => strip(html.match(/<div class="alert alert-(?:error|warning)[\s\S]*?<\/div>\s*<\/div>/)?.[0] ?? '');
