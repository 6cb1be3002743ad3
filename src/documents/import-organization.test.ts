// Which body a document belongs to: its name as written, or as documents vary it, but never a
// guess between bodies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { organizationNamedIn } from './import-organization.ts';
import { AppError } from '../shared/errors.ts';
import type { ParsedMeeting } from './parse/types.ts';

const RM = 'b-rm';
const NORDDJURS = 'b-norddjurs';
const bodyNames = new Map([[RM, 'Region Midtjylland'], [NORDDJURS, 'Norddjurs Kommune']]);
const orgs = [
  { name: 'Udvalg for lighed i sundhed', shortName: null, bodyId: RM },
  { name: 'Udsatterådet', shortName: null, bodyId: RM },
  { name: 'Regionsrådet', shortName: null, bodyId: RM },
  { name: 'Voksen- og Plejeudvalget', shortName: 'VPU', bodyId: NORDDJURS },
];
const named = (organization: string) => organizationNamedIn({ organization } as ParsedMeeting, orgs, bodyNames).name;
const refused = (organization: string) =>
  assert.throws(() => named(organization), (e: unknown) => e instanceof AppError && e.messageKey === 'import.unknown_organization', organization);

test('a body is found by its name, its short name, the definite form, or with its own region or municipality after it', () => {
  assert.equal(named('Udvalg for lighed i sundhed'), 'Udvalg for lighed i sundhed');
  assert.equal(named('udvalg  for Lighed i sundhed'), 'Udvalg for lighed i sundhed');
  assert.equal(named('VPU'), 'Voksen- og Plejeudvalget');
  assert.equal(named('Udvalget for lighed i sundhed'), 'Udvalg for lighed i sundhed');
  assert.equal(named('Udsatterådet i Region Midtjylland'), 'Udsatterådet');
  assert.equal(named('Regionsrådet, Region Midtjylland'), 'Regionsrådet');
  assert.equal(named('Voksen- og Plejeudvalget - Norddjurs Kommune'), 'Voksen- og Plejeudvalget');
});

test("another region's or municipality's council of the same name is not this one", () => {
  refused('Udsatterådet - Aarhus Kommune');
  refused('Regionsrådet, Region Syddanmark');
  refused('Udvalget for Vandløb');
  assert.throws(() => organizationNamedIn({ organization: null } as unknown as ParsedMeeting, orgs, bodyNames), (e: unknown) => e instanceof AppError && e.messageKey === 'import.no_organization');
});
