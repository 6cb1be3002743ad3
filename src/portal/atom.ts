// Atom feed of released agendas and minutes: one entry per published document.
export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  updated: Date;
  summary: string;
}

const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderAtom(title: string, selfUrl: string, siteUrl: string, entries: FeedEntry[]): string {
  const updated = entries.reduce((d, e) => (e.updated > d ? e.updated : d), new Date(0));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>${x(title)}</title>
  <id>${x(selfUrl)}</id>
  <link rel="self" type="application/atom+xml" href="${x(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(siteUrl)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>Lighed</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title>${x(e.title)}</title>
    <id>${x(e.id)}</id>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <summary>${x(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
