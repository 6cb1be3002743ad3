// What the demo contains, taken from the seeds (demo/seeds, copies of shared/seeds).
// Where the seeds are silent the demo says so rather than inventing: seats nobody is
// named for stay open, and the five health councils carry placeholder names.
import type { CharterField } from '../bodies/charter-text.ts';

type SeatKind = 'regional_council_member' | 'ngo_representative' | 'municipal_member';
type Kind = 'regional_council' | 'special_committee' | 'advisory_council' | 'health_council' | 'patient_council' | 'municipal_committee';

export interface DemoMember {
  name: string;
  role?: 'chair' | 'vice_chair' | 'member';
  seatKind: SeatKind;
  ngo?: string;
  startDate?: string;
}

export interface DemoOrganization {
  slug: string;
  name: string;
  shortName?: string;
  kind: Kind;
  parent?: string;
  formation: 'forming' | 'constituted';
  startDate?: string;
  endDate?: string;
  compositionRules: { seatKind: SeatKind | null; seats: number }[];
  charter?: { file: string; headings: Record<string, CharterField>; periodStart?: string; periodEnd?: string };
  memberFile?: { file: string; headings: Record<string, CharterField> };
  members?: DemoMember[];
}

const committeeMembers = ['Louise Høgh', 'Elvin Hansen', 'Stine Damborg'];

const healthCouncils: DemoOrganization[] = ['Nord', 'Vest', 'Midt', 'Øst', 'Syd'].flatMap((area): DemoOrganization[] => [
  { slug: `sundhedsraad-${area.toLowerCase().replace('ø', 'oe')}`, name: `Sundhedsråd ${area}`, kind: 'health_council', formation: 'forming', startDate: '2027-01-01', compositionRules: [] },
  {
    slug: `patient-og-paaroerenderaad-${area.toLowerCase().replace('ø', 'oe')}`,
    name: `Patient- og pårørenderåd, Sundhedsråd ${area}`,
    kind: 'patient_council',
    parent: `sundhedsraad-${area.toLowerCase().replace('ø', 'oe')}`,
    formation: 'forming',
    startDate: '2027-01-01',
    compositionRules: [],
  },
]);

export const demoPlan = {
  bodies: [
    {
      body: { slug: 'region-midtjylland', name: 'Region Midtjylland', kind: 'region' as const, website: 'https://www.rm.dk/' },
      terms: [
        { name: 'Valgperioden 2022–2025', startDate: '2022-01-01', endDate: '2025-12-31' },
        { name: 'Valgperioden 2026–2029', startDate: '2026-01-01', endDate: '2029-12-31' },
      ],
      organizations: [
        {
          slug: 'regionsraadet',
          name: 'Regionsrådet',
          kind: 'regional_council',
          formation: 'forming',
          // A Danish regional council has 41 members; the seeds name only four of them.
          compositionRules: [{ seatKind: 'regional_council_member', seats: 41 }],
          members: [...committeeMembers, 'Helle Jensen'].map((name) => ({ name, seatKind: 'regional_council_member' })),
        },
        {
          slug: 'udvalg-for-lighed-i-sundhed',
          name: 'Udvalg for lighed i sundhed',
          kind: 'special_committee',
          formation: 'forming',
          startDate: '2022-02-01',
          endDate: '2025-12-31',
          // Seed 000: "Udvalget består af ni regionsrådsmedlemmer."
          compositionRules: [{ seatKind: 'regional_council_member', seats: 9 }],
          charter: {
            file: '000_3d77971925f5f9cd.txt',
            headings: {
              'Udvalgets medlemmer': 'composition',
              'Udvalgets formål': 'purpose',
              'Udvalgets opgaver': 'tasks',
              'Udvalgets arbejdsform': 'workingForm',
              'Udvalgets afrapportering og løbende dialog med regionsrådet': 'reporting',
              'Administrative deltagere': 'participants',
              Sekretariatsbetjening: 'secretariat',
            },
          },
          // Seed 001 names these members in its attendance line.
          members: committeeMembers.map((name) => ({ name, seatKind: 'regional_council_member' })),
        },
        {
          slug: 'udsatteraadet',
          name: 'Udsatterådet',
          kind: 'advisory_council',
          formation: 'forming',
          // Seed 002: 14 members — 10 from NGOs, 4 from the regional council.
          compositionRules: [
            { seatKind: null, seats: 14 },
            { seatKind: 'ngo_representative', seats: 10 },
            { seatKind: 'regional_council_member', seats: 4 },
          ],
          charter: {
            file: '002_590be49e385a1862.txt',
            headings: {
              'Lighed i sundhed': 'purpose',
              'Udsatterådets overordnede formål': 'purpose',
              'Målgruppen for Udsatterådets arbejde': 'targetGroup',
              'Konkrete opgaver for Udsatterådet': 'tasks',
              'Udsatterådets sammensætning': 'composition',
              'Medlemmer fra de 10 foreninger': 'members',
            },
          },
          memberFile: { file: '002_590be49e385a1862.txt', headings: { 'Medlemmer fra de 10 foreninger': 'members' } },
          // Seed 004: "Helle Jensen, formand for Udsatterrådet". All ten NGO seats are named
          // in seed 002 without her, so she holds one of the four regional-council seats.
          members: [{ name: 'Helle Jensen', role: 'chair', seatKind: 'regional_council_member' }],
        },
        ...healthCouncils,
      ] as DemoOrganization[],
    },
    {
      body: { slug: 'norddjurs-kommune', name: 'Norddjurs Kommune', kind: 'municipality' as const, website: 'https://www.norddjurs.dk/' },
      terms: [{ name: 'Valgperioden 2022–2025', startDate: '2022-01-01', endDate: '2025-12-31' }],
      organizations: [
        { slug: 'norddjurs-vpu', name: 'Voksen- og Plejeudvalget', shortName: 'VPU', kind: 'municipal_committee', formation: 'forming', compositionRules: [] },
      ] as DemoOrganization[],
    },
  ],
  /** Documents imported as meetings, in date order. */
  meetings: ['003_4886c90ef1964535.txt', '001_0540b28be77e626e.txt', '004_710de0afac8e5145.txt'],
};
