// Text out of an HTML publication page (FirstAgenda Publication and similar): the page's
// blocks become paragraphs, navigation and scripts are dropped, entities decoded.
import { decodeHTML } from 'entities';

// (A collapsible item on a web page is <details> with its title in <summary>.)
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|caption|section|article|aside|header|main|details|summary|figure|figcaption|address|fieldset|legend|center|dt|dd|dl|blockquote|pre|br|hr)\b[^>]*>/gi;

/**
 * A table row of a label and its value ("<th>Beslutning</th><td>Godkendt.</td>", "<td>Udvalg</td><td>Socialudvalget</td>")
 * as the label with a colon: the value stands beside it, where a heading or a fact's label is read with its text.
 */
function labelledRow(row: string, inner: string): string {
  const cells = [...inner.matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t[hd]>/gi)];
  if (cells.length !== 2) return row;
  const label = decodeHTML(cells[0]![2]!.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
  // (A label is a few words: no digits, no sentence, no colon of its own.)
  if (!/^\p{Lu}[\p{L} .,/-]{1,40}$/u.test(label) || /[.,]$/.test(label) || label.split(' ').length > 6) return row;
  return row.replace(cells[0]![0], `<t${cells[0]![1]}>${label}:</t${cells[0]![1]}>`);
}

export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    // (A page's footer is the site's address and links, which would run on into the last item's text.)
    .replace(/<(script|style|noscript|template|svg|nav|head|button|form|select|footer)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<tr\b[^>]*>((?:(?!<tr\b|<table\b)[\s\S])*?)<\/tr>/gi, labelledRow)
    // Line breaks in the source are spaces in HTML; only the elements below break lines.
    .replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => pre.replace(/\n/g, '<br>'))
    .replace(/\s+/g, ' ')
    // Table cells side by side: "<td>Mødedato</td><td>27-08-2025</td>" is "Mødedato 27-08-2025".
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<li\b[^>]*>/gi, '\n\n• ')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]+>/g, '');
  // Character references as browsers read them: every named entity ("&sect;", "&eacute;", "&bdquo;"), also
  // the old ones without a semicolon, and Word's "&#150;" as the dash it stands for, not a control character.
  s = decodeHTML(s);
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
