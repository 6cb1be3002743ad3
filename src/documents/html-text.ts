// Text out of an HTML publication page (FirstAgenda Publication and similar): the page's
// blocks become paragraphs, navigation and scripts are dropped, entities decoded.
import { decodeHTML } from 'entities';
import { superscript } from './parse/characters.ts';

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

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
const roman = (n: number) => ROMAN.reduce((out, [v, r]) => { for (; n >= v; n -= v) out += r; return out; }, '');
const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(97 + ((n - 1) % 26));

/** The marker a browser shows before the n-th entry of an <ol> of this type ("1.", "b.", "iii."). */
function listMarker(n: number, type: string): string {
  if (n < 1 || type === '1' || !type) return `${n}.`;
  const m = type.toLowerCase() === 'a' ? letters(n) : type.toLowerCase() === 'i' ? roman(n) : String(n);
  return `${type === type.toUpperCase() ? m.toUpperCase() : m}.`;
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(attrs)?.[1];

/**
 * Lists as a browser shows them, innermost first so that each entry gets its own list's marker: bullets for
 * <ul>, numbers for <ol> ("1. at …", from start="3" on "3.", type="a" as "a.").
 */
function markLists(html: string): string {
  const innermost = /<(ol|ul)\b([^>]*)>((?:(?!<[ou]l\b)[\s\S])*?)<\/\1>/gi;
  // One pass a level; no page nests lists deeper than this, and a broken one must not take minutes.
  for (let before = '', depth = 0; before !== html && depth < 20; depth++) {
    before = html;
    html = html.replace(innermost, (_m, tag: string, attrs: string, body: string) => {
      const type = attr(attrs, 'type') ?? '1';
      let n = Number(attr(attrs, 'start') ?? 1) || 1;
      const marked = body.replace(/<li\b([^>]*)>/gi, (_l, li: string) => {
        if (tag.toLowerCase() === 'ul') return '<p>• ';
        const value = Number(attr(li, 'value'));
        if (Number.isInteger(value) && value > 0) n = value;
        return `<p>${listMarker(n++, type)} `;
      });
      return `<div>${marked}</div>`;
    });
  }
  return html;
}

// A button that opens and closes a part of the page (an accordion's header: "aria-expanded", "data-bs-toggle",
// class "accordion-button") holds that part's title — on many municipal pages each item's number and title.
const TOGGLE = /\b(?:aria-expanded|aria-controls|data-(?:bs-)?toggle)\s*=|\bclass\s*=\s*["'][^"']*\b(?:accordion|collaps|toggle|expand)/i;

// (A menu's button — "dropdown-toggle", "aria-haspopup": "Funktioner" over "Udskriv punkt", "Kopiér link" — opens no part.)
const MENU = /\bdropdown|\baria-haspopup\s*=/i;

/** Toggle buttons as blocks of their text (its parts — number, title, status — apart); other buttons ("Print", "Del", "Luk") are the page's controls, dropped later. */
const keepToggles = (html: string) =>
  html.replace(/<button\b([^>]*)>([\s\S]*?)<\/button>/gi, (b, attrs: string, inner: string) => (TOGGLE.test(attrs) && !MENU.test(attrs) ? `<div>${inner.replace(/>\s*</g, '> <')}</div>` : b));

/**
 * The page's controls that are no buttons: a menu's entries (class "dropdown-menu"), "Vis mere" / "Læs mere" links that
 * fold an item out, a file's type badge ("PDF" before an attachment's title), an audio player and its file's name.
 */
const withoutControls = (html: string) => html
  .replace(/<(ul|ol|div)\b[^>]*\bclass\s*=\s*["'][^"']*\bdropdown-menu\b[^>]*>[\s\S]*?<\/\1>/gi, '')
  .replace(/<a\b[^>]*>\s*(?:Vis mere|Vis mindre|Læs mere|Læs mindre|Skjul|Fold ud|Fold sammen)\s*<\/a>/gi, '')
  .replace(/<span\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:pdf-label|lydfilnavn)\b[^>]*>[\s\S]*?<\/span>/gi, '')
  .replace(/<(audio|video)\b[\s\S]*?<\/\1>/gi, '');

/**
 * A word processor's footnotes (LibreOffice's "sdfootnote", Word's "ftn"), listed at the end of the page: each note
 * after the paragraph that refers to it, its mark as a superscript number ("årligt¹"), as the PDF reader places them.
 * At the end they ran into the last item's decision. Also the page header and footer LibreOffice writes into the page
 * (<div title="footer">: "Referat – 14. januar 2027 | Side 5 af 5"), which are the printed page's.
 */
function wordProcessorParts(html: string): string {
  html = html.replace(/<div\s+title\s*=\s*["']?(?:header|footer)["']?[^>]*>[\s\S]*?<\/div>/gi, '');
  const notes = new Map<string, string>();
  html = html.replace(/<div\b[^>]*\bid\s*=\s*["']?(?:sdfootnote|ftn)(\d+)["']?[^>]*>([\s\S]*?)<\/div>/gi, (_m, n: string, body: string) => {
    // (Without the note's own number, a link back to its mark.)
    notes.set(n, body.replace(/<a\b[^>]*>[\s\S]*?<\/a>/i, '').replace(/<\/?p\b[^>]*>/gi, ' ').trim());
    return '';
  });
  if (notes.size === 0) return html;
  html = html.replace(/<a\b[^>]*\bhref\s*=\s*["']?#(?:sdfootnote(\d+)sym|_ftn(\d+))["']?[^>]*>[\s\S]*?<\/a>/gi, (_m, a?: string, b?: string) => `\u0000${a ?? b}\u0000`);
  for (let k = 0; k < 100 && html.includes('\u0000'); k++) {
    html = html.replace(/\u0000(\d+)\u0000([\s\S]*?)(<\/p>|$)/, (_m, n: string, rest: string, end: string) =>
      `${superscript(n)}${rest}${end}${notes.has(n) ? `<p>${superscript(n)} ${notes.get(n)}</p>` : ''}`);
  }
  return html;
}

export function htmlToText(html: string): string {
  let s = markLists(withoutControls(keepToggles(wordProcessorParts(html.replace(/<!--[\s\S]*?-->/g, '')))))
    // "m<sup>2</sup>", a footnote's mark: the number raised, as it reads.
    .replace(/<sup\b[^>]*>\s*(\d{1,3})\s*<\/sup>/gi, (_m, d: string) => superscript(d))
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
  // ("a&#778;" is an "a" and a combining ring: composed, as decodeText composes the rest.)
  s = decodeHTML(s).normalize('NFC');
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
