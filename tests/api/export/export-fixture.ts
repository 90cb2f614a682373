import { tieInput } from '../../support/actor-fixtures';
import { apiOrganisation, apiPerson, apiTeam, createCouncil } from '../../support/domain-fixtures';
import { TestApp } from '../../support/test-app';

/** A small council with a history: someone who left, a tie that ended, parallel ties. */
export interface ExportCouncil {
  id: string;
  north: string;
  people: Record<'ana' | 'ben' | 'cat' | 'dan' | 'eve' | 'fay' | 'gus', string>;
  teams: { nursing: string; homeCare: string };
  organisations: { trust: string; provider: string };
  waves: { baseline: string; review: string };
  /** Ties by role in the story. */
  ties: { ended: string; withGus: string; referral: string; teamTie: string };
}

async function ok(api: TestApp, query: string, variables: Record<string, unknown>) {
  const res = await api.gql(query, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as Record<string, { id: string }>;
}

/**
 * Built through the GraphQL API, as a user would. Two people share the display name
 * "Sam Lee"; a team is called "Home care #2" (a `#` inside a CSV value). As of the review
 * wave (2023-01-01) Gus has left (2022-01-01) and the Cat–Fay tie has ended (2022-06-01).
 */
export async function createExportCouncil(api: TestApp): Promise<ExportCouncil> {
  const { id, north } = await createCouncil(api, 'Export Council');
  const trust = await apiOrganisation(api, id, {
    name: 'Community Trust',
    typeId: 'nhs-community-trust',
  });
  const provider = await apiOrganisation(api, id, {
    name: 'Care Co',
    typeId: 'home-care-provider',
  });
  const nursing = await apiTeam(api, id, {
    name: 'District nurses North',
    typeId: 'district-nursing',
    organisationId: trust,
    neighbourhoodId: north,
  });
  const homeCare = await apiTeam(api, id, {
    name: 'Home care #2',
    typeId: 'home-care-branch',
    organisationId: provider,
    neighbourhoodId: north,
  });
  const person = (pseudonym: string, teamId: string, professionId: string, extra = {}) =>
    apiPerson(api, id, { pseudonym, teamId, professionId, ...extra });
  const people = {
    ana: await person('P-ana', nursing, 'district-nurse', { displayName: 'Sam Lee' }),
    ben: await person('P-ben', nursing, 'district-nurse', { displayName: 'Sam Lee' }),
    cat: await person('P-cat', nursing, 'community-staff-nurse', { displayName: 'Cat Jones' }),
    dan: await person('P-dan', homeCare, 'home-care-worker', { blendedRole: true }),
    eve: await person('P-eve', homeCare, 'home-care-worker'),
    fay: await person('P-fay', homeCare, 'senior-carer'),
    gus: await person('P-gus', homeCare, 'home-care-worker', { validTo: '2022-01-01' }),
  };
  const tie = async (from: string, to: string, extra: Record<string, unknown> = {}) =>
    (
      await ok(
        api,
        `mutation($c: ID!, $i: TieInput!) { createTie(councilId: $c, input: $i) { id } }`,
        {
          c: id,
          i: tieInput(from, to, extra),
        },
      )
    ).createTie.id;
  await tie(people.ana, people.ben, { trust: 4 });
  const referral = await tie(people.ana, people.ben, { typeId: 'referral', strength: 2 });
  await tie(people.ben, people.cat, { trust: 5 });
  await tie(people.cat, people.dan, { strength: 5, trust: 3 });
  await tie(people.dan, people.eve);
  await tie(people.eve, people.fay, { typeId: 'joint-visit' });
  const ended = await tie(people.cat, people.fay, { validTo: '2022-06-01' });
  const withGus = await tie(people.gus, people.ana, { validTo: '2021-12-01' });
  const teamTie = await tie(nursing, homeCare, {
    fromKind: 'TEAM',
    toKind: 'TEAM',
    typeId: 'information-sharing',
  });
  const wave = async (label: string, date: string) =>
    (
      await ok(
        api,
        `mutation($c: ID!, $i: CreateWaveInput!) { createWave(councilId: $c, input: $i) { id } }`,
        {
          c: id,
          i: { label, date, method: 'survey' },
        },
      )
    ).createWave.id;
  return {
    id,
    north,
    people,
    teams: { nursing, homeCare },
    organisations: { trust, provider },
    waves: {
      baseline: await wave('Baseline', '2021-06-01'),
      review: await wave('Review', '2023-01-01'),
    },
    ties: { ended, withGus, referral, teamTie },
  };
}

/** GET an export with the given headers; the body as text. */
export async function download(
  api: TestApp,
  path: string,
  headers: Record<string, string> = { cookie: api.admin.cookie },
): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(`${api.url}${path}`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
