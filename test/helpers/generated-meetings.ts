// Generated meetings of every shape the render model allows, in realistic Danish, for the round-trip
// property tests (text, HTML file, PDF), and the model as the parser reports it, for comparing.
import fc from 'fast-check';
import type { RenderModel } from '../../src/documents/render/model.ts';
import type { SectionInput } from '../../src/agenda/content.ts';
import { compareItemReferences, itemKey } from '../../src/agenda/item-numbers.ts';

// Realistic Danish text: words from the region's own documents, sentences with a full stop.
const words = ('udvalget regionen sundhed lighed borgere civilsamfundet indsats projekt strategi samarbejde ' +
  'sundhedsråd foreninger udsatte kommunen notat anbefalinger økonomi ramme forslag dialog inddragelse ' +
  'opfølgning status målgruppe tilbud praksis psykiatri børn unge handling vurdering behov mødet').split(' ');
const word = fc.constantFrom(...words);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = fc.array(word, { minLength: 4, maxLength: 18 }).map((ws) => `${capital(ws.join(' '))}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 4 });
const title = fc.array(word, { minLength: 2, maxLength: 9 }).map((ws) => capital(ws.join(' ')));
const clause = fc.array(word, { minLength: 3, maxLength: 14 }).map((ws) => `at ${ws.join(' ')}`);
const caseNumber = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 10, max: 26 })).map((n) => n.join('-')),
  fc.tuple(fc.integer({ min: 10, max: 26 }), fc.integer({ min: 1000, max: 99999 })).map(([y, n]) => `${y}/${n}`),
  fc.integer({ min: 1, max: 999999 }).map((n) => `EMN-2025-${String(n).padStart(6, '0')}`),
  // Acadre's case numbers are digits only ("249050").
  fc.integer({ min: 1000, max: 99999999 }).map(String),
);
const proposer = fc.constantFrom('Direktionen', 'Administrationen', 'Velfærdsdirektøren', null);

const plain = (kind: SectionInput['kind'], heading: string) =>
  paragraphs.map((ps): SectionInput => ({ kind, heading, text: ps.join('\n\n'), proposer: null, lead: null, clauses: [] }));
const recommendation = fc.tuple(proposer, fc.array(clause, { minLength: 1, maxLength: 5 })).map(([p, cs]): SectionInput => {
  const lead = p ? `${p} indstiller,` : 'Det indstilles,';
  const joined = cs.map((c, i) => (i === cs.length - 1 ? `${c}.` : i === cs.length - 2 ? `${c}, og` : `${c},`));
  return { kind: 'recommendation', heading: 'Indstilling', text: [lead, ...joined].join('\n\n'), proposer: p, lead, clauses: cs.map((text) => ({ text, outcome: null, amendedText: null })) };
});
const decision = fc.oneof(
  fc.array(clause, { minLength: 1, maxLength: 4 }).map((cs): SectionInput => {
    const lead = 'Udvalget godkendte,';
    const joined = cs.map((c, i) => (i === cs.length - 1 ? `${c}.` : i === cs.length - 2 ? `${c}, og` : `${c},`));
    return { kind: 'decision', heading: 'Beslutning', text: [lead, ...joined].join('\n\n'), proposer: null, lead, clauses: cs.map((text) => ({ text, outcome: 'approved', amendedText: null })) };
  }),
  paragraphs.map((ps): SectionInput => ({ kind: 'decision', heading: 'Beslutning', text: ps.join('\n\n'), proposer: null, lead: ps[0]!, clauses: [] })),
);

const item = (minutes: boolean) =>
  fc
    .record({
      title,
      caseNumber: fc.option(caseNumber, { nil: null }),
      public: fc.boolean(),
      summary: fc.option(plain('summary', 'Resume'), { nil: null }),
      recommendation: fc.option(recommendation, { nil: null }),
      presentation: plain('presentation', 'Sagsfremstilling'),
      economy: fc.option(plain('financial_consequences', 'Økonomiske konsekvenser'), { nil: null }),
      other: fc.option(plain('other', 'Problemstilling'), { nil: null }),
      decision: minutes ? fc.option(decision, { nil: null }) : fc.constant(null),
      attachments: fc.array(title, { maxLength: 3 }),
    })
    .map((r) => {
      const sections = [r.summary, r.recommendation, r.presentation, r.economy, r.other, r.decision].filter((s): s is SectionInput => s !== null);
      if (r.attachments.length) sections.push({ kind: 'attachments', heading: 'Bilag', text: r.attachments.join('\n\n'), proposer: null, lead: null, clauses: [] });
      return { title: r.title, caseNumber: r.caseNumber, public: r.public, sections, attachments: r.attachments };
    });

// An item as attendance names it: "12", and an item added under another, "12.a" (FirstAgenda) or "12a".
const itemReference = fc.tuple(fc.integer({ min: 1, max: 300 }), fc.constantFrom('', '.a', '.b', 'a')).map(([n, letter]) => `${n}${letter}`);

export const meeting: fc.Arbitrary<RenderModel> = fc.boolean().chain((minutes) =>
  fc.record({
    kind: fc.constant(minutes ? ('minutes' as const) : ('agenda' as const)),
    audience: fc.constant('members' as const),
    draft: fc.constant(false),
    organization: fc.constantFrom('Udvalg for lighed i sundhed', 'Udsatterådet', 'Regionsrådet', 'Voksen- og Plejeudvalget'),
    date: fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    start: fc.tuple(fc.integer({ min: 7, max: 19 }), fc.constantFrom('00', '15', '30', '45')).map(([h, m]) => `${String(h).padStart(2, '0')}:${m}`),
    location: fc.option(fc.constantFrom('Konferencelokalet, Regionshuset Viborg', 'Regionshuset Aarhus, mødelokale 15, Olof Palmes Allé 15, 8200 Aarhus N'), { nil: null }),
    firstNumber: fc.integer({ min: 1, max: 300 }),
    items: fc.array(item(minutes), { minLength: 1, maxLength: 8 }),
    // Who was away; some without notice, and some with a substitute (from outside the members named here).
    attendance: minutes
      ? fc.uniqueArray(
        fc.record({
          name: fc.constantFrom('Louise Høgh', 'Elvin Hansen', 'Stine Damborg', 'Helle Jensen', 'Anne V. Kristensen'),
          withoutNotice: fc.boolean(),
          substitute: fc.option(fc.constantFrom('Per Ravn', 'Ida Lund', 'Søren Ølgaard'), { nil: null }),
        }),
        { selector: (a) => a.name, maxLength: 3 },
      ).map((away) => {
        const stoodIn = new Set<string>();
        const substitutes = away.flatMap((a) => (a.substitute && !a.withoutNotice && !stoodIn.has(a.substitute) && stoodIn.add(a.substitute) ? [{ name: a.substitute, substituteFor: a.name }] : []));
        return { absent: away.map((a) => a.name), absentWithoutNotice: away.filter((a) => a.withoutNotice).map((a) => a.name), substitutes };
      })
      : fc.constant({ absent: [] as string[], absentWithoutNotice: [] as string[], substitutes: [] as { name: string; substituteFor: string }[] }),
    // Who came late or left early: members not among the absent ones.
    movements: minutes
      ? fc.uniqueArray(
        fc.record({
          name: fc.constantFrom('Jørgen Winther', 'Carla Juhl', 'Bo Lindholm'),
          arrivedDuringItem: fc.option(itemReference, { nil: null }),
          leftDuringItem: fc.option(itemReference, { nil: null }),
          absentDuringItems: fc.uniqueArray(itemReference, { maxLength: 3, selector: itemKey }).map((a) => a.sort(compareItemReferences)),
        }).filter((x) => x.arrivedDuringItem !== null || x.leftDuringItem !== null || x.absentDuringItems.length > 0),
        { selector: (x) => x.name, maxLength: 2 },
      )
      : fc.constant([] as { name: string; arrivedDuringItem: string | null; leftDuringItem: string | null; absentDuringItems: string[] }[]),
    attendanceRecorded: fc.constant(minutes),
    closedAt: minutes ? fc.option(fc.constantFrom('11:30', '12:15', '15:00'), { nil: null }) : fc.constant(null),
    // Notes on the meeting as minutes write them and as a secretary types them (a label, no full stop). (Like any
    // paragraph, not in lower case: a paragraph that begins so continues the one before, as across a page break.)
    notes: minutes ? fc.uniqueArray(fc.oneof(sentence, sentence.map((s) => `1. næstformand ${s.charAt(0).toLowerCase()}${s.slice(1)}`), title.map((t) => `Mødeleder: ${t}`), title), { maxLength: 3 }) : fc.constant([] as string[]),
    addenda: fc.constant([] as { date: string; text: string }[]),
  }).map(({ firstNumber, items, attendance, ...m }) => ({ ...m, ...attendance, items: items.map((i, k) => ({ ...i, number: String(firstNumber + k) })) })),
);

/** The model as the parser reports it, for comparison. */
export const normalize = (m: RenderModel) => ({
  kind: m.kind,
  organization: m.organization,
  date: m.date,
  start: m.start,
  location: m.location,
  closedAt: m.closedAt,
  notes: m.notes ?? [],
  absent: [...m.absent].sort(),
  absentWithoutNotice: [...(m.absentWithoutNotice ?? [])].sort(),
  substitutes: [...(m.substitutes ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
  movements: (m.movements ?? []).map(({ name, arrivedDuringItem, leftDuringItem, absentDuringItems }) => ({ name, arrivedDuringItem, leftDuringItem, absentDuringItems: absentDuringItems ?? [] })).sort((a, b) => a.name.localeCompare(b.name)),
  items: m.items.map((i) => ({ number: i.number, title: i.title, caseNumber: i.caseNumber, public: i.public, sections: i.sections, attachments: i.attachments })),
});

