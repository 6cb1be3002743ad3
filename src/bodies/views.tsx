// Pages for bodies and organizations.
import { Flash } from '../web/forms.tsx';
import type { FC } from 'hono/jsx';
import { TableRegion } from '../web/table.tsx';
import type { BodyOverview, MemberView } from './queries.ts';
import type { SeatCount } from './composition.ts';
import type { organizationPage } from './queries.ts';
import { shortDanishDate } from '../documents/parse/dates.ts';
import { useDates } from '../web/dates.ts';

type T = (key: string, params?: Record<string, string | number>) => string;

export const MembersTable: FC<{ members: MemberView[]; t: T; caption: string }> = ({ members, t, caption }) =>
  members.length === 0 ? (
    <p>{t('home.no_members')}</p>
  ) : (
    <TableRegion label={caption}>
      <table class="table table--compact">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('member.name')}</th>
            <th scope="col">{t('member.role')}</th>
            <th scope="col">{t('member.seat')}</th>
            <th scope="col">{t('member.represents')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr>
              <td><a href={`/personer/${m.personSlug}`}>{m.name}</a></td>
              <td>{t(`role.${m.role}`)}</td>
              <td>{t(`seat.${m.seatKind}`)}</td>
              <td>{m.ngo ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );

export const Gaps: FC<{ seats: SeatCount[]; t: T }> = ({ seats, t }) => {
  const open = seats.filter((s) => s.gap > 0);
  if (seats.length === 0) return null;
  if (open.length === 0) return <p>{t('org.no_gaps')}</p>;
  return (
    <ul class="lighed-gap">
      {open.map((s) =>
        s.seatKind ? (
          <li>{t('org.gap_line', { gap: s.gap, seats: s.required, seatKind: `seat.${s.seatKind}` })}</li>
        ) : (
          <li>{t('org.gap_line_total', { gap: s.gap, seats: s.required })}</li>
        ),
      )}
    </ul>
  );
};

/** The bodies with their members; `heading` h2 when it sits under another page's h1. */
export const BodiesPage: FC<{ overview: BodyOverview[]; t: T; heading?: 'h1' | 'h2' }> = ({ overview, t, heading = 'h1' }) => {
  const Top = heading;
  const Body = heading === 'h1' ? 'h2' : 'h3';
  const Org = heading === 'h1' ? 'h3' : 'h4';
  return (
  <>
    <Top>{t('home.title')}</Top>
    <p class={heading === 'h1' ? 'font-lead' : undefined}>{t('home.intro')}</p>
    {overview.map(({ body, organizations }) => (
      <section aria-labelledby={`body-${body.slug}`}>
        <Body id={`body-${body.slug}`}>{body.name}</Body>
        <ul class="lighed-cards nobullet-list no-max-width">
          {organizations.map((o) => {
            const total = o.seats.find((s) => s.seatKind === null);
            const open = total ? total.gap : o.seats.reduce((n, s) => n + s.gap, 0);
            return (
              <li>
                <Org><a href={`/organer/${o.slug}`}>{o.name}</a></Org>
                <p class="lighed-meta">
                  {t(`org.kind.${o.kind}`)} · {t('home.members_count', { count: o.members.length })}
                  {open > 0 ? <> · <span class="lighed-gap">{t('home.open_seats', { count: open })}</span></> : null}
                </p>
                {o.members.length > 0 ? (
                  <ul class="nobullet-list">
                    {o.members.map((m) => (
                      <li>
                        {m.name}
                        {m.role !== 'member' ? `, ${t(`role.${m.role}`).toLowerCase()}` : ''}
                        {m.ngo ? ` (${m.ngo})` : ''}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {o.children.length > 0 ? (
                  <ul class="nobullet-list">{o.children.map((c) => <li><a href={`/organer/${c.slug}`}>{c.name}</a></li>)}</ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    ))}
  </>
  );
};

type OrgPage = NonNullable<Awaited<ReturnType<typeof organizationPage>>>;

const Paragraphs: FC<{ heading: string; items: string[]; list?: boolean }> = ({ heading, items, list }) =>
  items.length === 0 ? null : (
    <>
      <h3>{heading}</h3>
      {list ? <ul>{items.map((p) => <li>{p}</li>)}</ul> : items.map((p) => <p>{p}</p>)}
    </>
  );

export const OrganizationPage: FC<{ page: OrgPage; t: T }> = ({ page, t }) => {
  const { organization: o, charter, members, seats } = page;
  return (
    <>
      <h1>{o.name}</h1>
      <Flash />
      <p class="font-lead">
        {t(`org.kind.${o.kind}`)} · {page.body.name}
        {o.formation === 'forming' ? <> · {t('org.formation.forming')}</> : null}
      </p>
      {page.parent ? <p>{t('org.part_of', { name: page.parent.name })} — <a href={`/organer/${page.parent.slug}`}>{page.parent.name}</a></p> : null}
      {o.startDate && !o.endDate && o.startDate > new Date().toISOString().slice(0, 10) ? <p>{t('org.starts', { date: shortDanishDate(o.startDate) })}</p> : null}

      <h2>{t('org.members')}</h2>
      <MembersTable members={members} t={t} caption={`${t('org.members')}: ${o.name}`} />
      {seats.length > 0 ? (
        <>
          <h3>{t('org.composition')}</h3>
          <ul>
            {seats.map((s) => (
              <li>{s.seatKind ? t('org.composition_rule_kind', { seats: s.required, seatKind: `seat.${s.seatKind}` }) : t('org.composition_rule_total', { seats: s.required })}</li>
            ))}
          </ul>
          <h3>{t('org.gaps')}</h3>
          <Gaps seats={seats} t={t} />
        </>
      ) : null}

      {charter ? (
        <section aria-labelledby="charter">
          <h2 id="charter">{t('org.charter')}</h2>
          {charter.periodStart && charter.periodEnd ? (
            <p><strong>{t('org.period')}:</strong> {t('org.period_value', { start: shortDanishDate(charter.periodStart), end: shortDanishDate(charter.periodEnd) })}</p>
          ) : null}
          {charter.legalBasis ? <p><strong>{t('org.legal_basis')}:</strong> {charter.legalBasis}</p> : null}
          <Paragraphs heading={t('org.purpose')} items={charter.purpose} list={charter.purpose.every((p) => p.length < 400) && charter.purpose.length > 3} />
          <Paragraphs heading={t('org.target_group')} items={charter.targetGroup} />
          <Paragraphs heading={t('org.tasks')} items={charter.tasks} list={charter.tasks.length > 3} />
          <Paragraphs heading={t('org.working_form')} items={charter.workingForm} />
          <Paragraphs heading={t('org.reporting')} items={charter.reporting} />
          {charter.secretariat ? <><h3>{t('org.secretariat')}</h3><p>{charter.secretariat}</p></> : null}
        </section>
      ) : null}

      {page.children.length > 0 ? (
        <ul>{page.children.map((c) => <li><a href={`/organer/${c.slug}`}>{c.name}</a></li>)}</ul>
      ) : null}

      <h2 id="moeder">{t('org.meetings')}</h2>
      {page.meetings.length === 0 ? (
        <p>{t('org.no_meetings')}</p>
      ) : (
        <ul>
          {page.meetings.map((m) => {
            return (
              <li>
                <a href={`/moeder/${m.id}`}>{useDates().whenShort(m.start)}</a> — {m.cancelled ? t('state.cancelled') : t(`state.${m.state}`)}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
};
