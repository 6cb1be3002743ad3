// Text out of an HTML publication page (FirstAgenda Publication and similar): the page's
// blocks become paragraphs, navigation and scripts are dropped, entities decoded.
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', aelig: 'æ', oslash: 'ø', aring: 'å', AElig: 'Æ', Oslash: 'Ø', Aring: 'Å', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', bull: '•', shy: '' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return named[e] ?? m;
  });
}

const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|main|dt|dd|dl|blockquote|pre|br)\b[^>]*>/gi;

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
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
