// A generated corpus of agendas in the region's format, for benchmarks. Deterministic
// (seeded), with Danish words in roughly the frequencies of the seeds.
import { readFileSync } from 'node:fs';
import { parseMeetingText } from '../src/documents/parse/parse-text.ts';
import type { RenderModel } from '../src/documents/render/model.ts';
import type { SectionInput } from '../src/agenda/content.ts';

/** Word list with frequencies taken from the seed documents themselves. */
function seedVocabulary(): string[] {
  const dir = new URL('../demo/seeds/', import.meta.url);
  const text = ['000_3d77971925f5f9cd.txt', '001_0540b28be77e626e.txt', '002_590be49e385a1862.txt', '003_4886c90ef1964535.txt', '004_710de0afac8e5145.txt']
    .map((f) => readFileSync(new URL(f, dir), 'utf8')).join(' ');
  return text.toLowerCase().match(/[a-zæøå]{2,}/g)!;
}

export function makeRandom(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (a: number, b: number) => a + Math.floor(next() * (b - a + 1)), pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]! };
}

export function corpus(count: number, seed = 1, items: [number, number] = [10, 30]): RenderModel[] {
  const vocab = seedVocabulary();
  const r = makeRandom(seed);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const words = (a: number, b: number) => Array.from({ length: r.int(a, b) }, () => r.pick(vocab)).join(' ');
  const sentence = () => `${cap(words(6, 22))}.`;
  const para = () => Array.from({ length: r.int(1, 5) }, sentence).join(' ');
  const paras = (a: number, b: number) => Array.from({ length: r.int(a, b) }, para).join('\n\n');
  const section = (kind: SectionInput['kind'], heading: string, text: string): SectionInput => ({ kind, heading, text, proposer: null, lead: null, clauses: [] });
  const orgs = ['Udvalg for lighed i sundhed', 'Udsatterådet', 'Regionsrådet'];
  const out: RenderModel[] = [];
  for (let n = 0; n < count; n++) {
    const day = new Date(Date.UTC(2010, 0, 1) + n * 86_400_000 * 3).toISOString().slice(0, 10);
    let number = r.int(1, 200);
    out.push({
      kind: 'agenda',
      audience: 'public',
      draft: false,
      organization: orgs[n % orgs.length]!,
      date: day,
      start: '09:00',
      location: 'Konferencelokalet, Regionshuset Viborg',
      absent: [],
      attendanceRecorded: false,
      closedAt: null,
      addenda: [],
      items: Array.from({ length: r.int(items[0], items[1]) }, () => {
        const clauses = Array.from({ length: r.int(1, 4) }, () => `at ${words(4, 16)}`);
        const lead = r.pick(['Direktionen indstiller,', 'Det indstilles,', 'Administrationen indstiller,']);
        const joined = clauses.map((c, i) => (i === clauses.length - 1 ? `${c}.` : i === clauses.length - 2 ? `${c}, og` : `${c},`));
        return {
          number: String(number++),
          title: cap(words(3, 10)),
          public: r.next() > 0.05,
          caseNumber: `1-${r.int(0, 99)}-${r.int(0, 99)}-${r.int(1, 99)}-${r.int(10, 26)}`,
          sections: [
            section('summary', 'Resume', paras(1, 1)),
            { kind: 'recommendation', heading: 'Indstilling', text: [lead, ...joined].join('\n\n'), proposer: lead.split(' ')[0] === 'Det' ? null : lead.split(' ')[0]!, lead, clauses: clauses.map((text) => ({ text, outcome: null, amendedText: null })) },
            section('presentation', 'Sagsfremstilling', paras(2, 6)),
          ],
          attachments: [],
        };
      }),
    });
  }
  return out;
}

/** Sanity: the corpus parses into what was generated (used by the bench before timing). */
export function checkCorpus(models: RenderModel[], render: (m: RenderModel) => string): void {
  for (const m of models.slice(0, 20)) {
    const parsed = parseMeetingText(render(m));
    if (parsed.items.length !== m.items.length) throw new Error(`corpus document ${m.date} parsed into ${parsed.items.length} items, expected ${m.items.length}`);
  }
}
