// Agendas and minutes as an HTML document: the same order and wording as text and PDF,
// with the contents linking to the items.
import type { FC } from 'hono/jsx';
import { longDanishDate, shortDanishDate } from '../parse/dates.ts';
import type { RenderModel } from './model.ts';
import { addendumHeading, agendaApologies, attendanceBlock, caseNumberLine, DRAFT_NOTICE, itemHeading, MEMBERS_NOTICE, notesBlock, sectionParagraphs, tocTitle } from './text.ts';
import { Alert } from '../../web/alert.tsx';

export const DocumentView: FC<{ model: RenderModel; downloads: { href: string; label: string }[] }> = ({ model, downloads }) => (
  <article class="lighed-document">
    <p class="lighed-meta"><strong>{model.kind === 'minutes' ? 'REFERAT' : 'DAGSORDEN'}</strong></p>
    <h1>{model.organization} d. {shortDanishDate(model.date)}</h1>
    {model.draft ? <Alert kind="info"><p class="alert-text"><strong>{DRAFT_NOTICE}</strong></p></Alert> : null}
    {model.audience === 'members' ? <Alert kind="warning"><p class="alert-text">{MEMBERS_NOTICE}</p></Alert> : null}
    <dl>
      <dt>Mødedato</dt>
      <dd>{longDanishDate(model.date)}{model.start ? ` kl. ${model.start}` : ''}</dd>
      {model.location ? <><dt>Mødested</dt><dd>{model.location}</dd></> : null}
      {agendaApologies(model) ? <><dt>Afbud</dt><dd>{agendaApologies(model)}</dd></> : null}
      {notesBlock(model).length ? <><dt>{notesBlock(model)[0]}</dt><dd>{notesBlock(model).slice(1).map((n) => <p>{n}</p>)}</dd></> : null}
    </dl>
    <ul class="nobullet-list lighed-downloads">{downloads.map((d) => <li><a href={d.href}>{d.label}</a></li>)}</ul>
    <nav aria-labelledby="toc">
      <h2 id="toc">Indholdsfortegnelse</h2>
      <ol class="nobullet-list">{model.items.map((item, i) => <li><a href={`#punkt-${i + 1}`}>{tocTitle(item)}</a></li>)}</ol>
    </nav>
    {model.items.map((item, i) => (
      <section class="lighed-item" aria-labelledby={`punkt-${i + 1}`}>
        <h2 id={`punkt-${i + 1}`}>{itemHeading(item)}</h2>
        {item.caseNumber ? <p class="lighed-meta">{caseNumberLine(item.caseNumber)}</p> : null}
        {(item.sections ?? []).map((s) => (
          <>
            {s.heading ? <h3>{s.heading}</h3> : null}
            {s.kind === 'attachments'
              ? item.attachments.length ? <ul>{item.attachments.map((a) => <li>{a}</li>)}</ul> : null
              : sectionParagraphs(s, item.attachments).map((p) => <p class={/^at\s/.test(p) && (s.kind === 'recommendation' || s.kind === 'decision') ? 'lighed-clause' : undefined}>{p}</p>)}
          </>
        ))}
      </section>
    ))}
    {attendanceBlock(model).length ? <section aria-labelledby="fremmoede"><h2 id="fremmoede">{attendanceBlock(model)[0]}</h2>{attendanceBlock(model).slice(1).map((line) => <p>{line}</p>)}</section> : null}
    {model.kind === 'minutes' && model.closedAt ? <p>Mødet blev hævet kl. {model.closedAt.replace(':', '.')}.</p> : null}
    {model.addenda.map((a) => <section class="lighed-change-note"><h2 class="h3">{addendumHeading(a.date)}</h2><p>{a.text}</p></section>)}
  </article>
);
