// Text out of an HTML publication page (FirstAgenda Publication and similar): the page's
// blocks become paragraphs, navigation and scripts are dropped, entities decoded.
import { decodeHTML } from 'entities';

// (A collapsible item on a web page is <details> with its title in <summary>.)
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|caption|section|article|aside|header|main|details|summary|figure|figcaption|address|fieldset|legend|center|dt|dd|dl|blockquote|pre|br|hr)\b[^>]*>/gi;

export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    // (A page's footer is the site's address and links, which would run on into the last item's text.)
    .replace(/<(script|style|noscript|template|svg|nav|head|button|form|select|footer)\b[\s\S]*?<\/\1>/gi, '')
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
