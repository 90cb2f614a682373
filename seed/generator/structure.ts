import { Rng } from './rng';
import { CouncilProfile } from './profiles';
import { SeedOrganisation, SeedPerson, SeedTeam } from './types';

export const START = '2020-01-01';
export const PILOT_AGENCY_START = '2022-09-01';
export const PILOT_AGENCY_TEAM = 'team-hc-pilot-agency';

export interface Structure {
  organisations: SeedOrganisation[];
  teams: SeedTeam[];
  people: SeedPerson[];
  /** Team ids by team type, and by neighbourhood for neighbourhood teams. */
  teamsByType: Map<string, SeedTeam[]>;
  peopleByTeam: Map<string, SeedPerson[]>;
  facilitatorId: string;
}

type Role = [professionId: string, roleTitle: string, level: SeedPerson['level'], count: number];

const FIRST = [
  'Alex',
  'Sam',
  'Jo',
  'Chris',
  'Pat',
  'Robin',
  'Jamie',
  'Kim',
  'Lee',
  'Morgan',
  'Ash',
  'Casey',
  'Drew',
  'Sky',
  'Rowan',
  'Toni',
  'Nic',
  'Bea',
  'Ravi',
  'Aisha',
  'Tomasz',
  'Ife',
  'Mei',
  'Owen',
];

/** Builds organisations, teams and people for one council (all invented). */
export function buildStructure(profile: CouncilProfile, rng: Rng): Structure {
  const c = profile.council;
  const organisations: SeedOrganisation[] = [];
  const teams: SeedTeam[] = [];
  const people: SeedPerson[] = [];
  const peopleByTeam = new Map<string, SeedPerson[]>();
  const nbIds = c.neighbourhoods.map((n) => n.id);
  let personCounter = 0;

  const org = (
    suffix: string,
    name: string,
    typeId: string,
    sectorId: string,
    nbs: string[],
    validFrom = START,
  ) => {
    const o = {
      id: `${c.id}-org-${suffix}`,
      name,
      typeId,
      sectorId,
      neighbourhoodIds: nbs,
      validFrom,
    };
    organisations.push(o);
    return o;
  };
  const team = (
    suffix: string,
    name: string,
    typeId: string,
    organisationId: string,
    nb: string | null,
    roles: Role[],
    validFrom = START,
  ) => {
    const t = {
      id: `${c.id}-team-${suffix}`,
      name,
      typeId,
      organisationId,
      neighbourhoodId: nb,
      validFrom,
    };
    teams.push(t);
    const members: SeedPerson[] = [];
    for (const [professionId, roleTitle, level, count] of roles) {
      for (let i = 0; i < count; i += 1) {
        personCounter += 1;
        const pseudonym = `${c.id.slice(0, 3).toUpperCase()}-${String(personCounter).padStart(4, '0')}`;
        const p: SeedPerson = {
          id: `${c.id}-p-${String(personCounter).padStart(4, '0')}`,
          pseudonym,
          // Display names are invented and shown only for managers, as a demo of the option.
          displayName: level === 'FRONTLINE' ? null : `${rng.pick(FIRST)} (invented)`,
          roleTitle,
          level,
          blendedRole: false,
          professionId,
          teamId: t.id,
          validFrom,
          validTo: null,
        };
        members.push(p);
        people.push(p);
      }
    }
    peopleByTeam.set(t.id, members);
    return t;
  };

  const asc = org('asc', `${c.name} Adult Social Care`, 'local-authority', 'council', nbIds);
  // The blended-roles council has an integrated care organisation; the others a community trust.
  const trustType =
    c.story === 'blended-roles' ? 'integrated-care-organisation' : 'nhs-community-trust';
  const trust = org('nhs', `${c.name} Community Health (NHS)`, trustType, 'nhs', nbIds);
  const acute = org('acute', `${c.name} General Hospital`, 'nhs-acute-trust', 'nhs', []);

  team('commissioning', 'Commissioning team', 'commissioning', asc.id, null, [
    ['commissioner', 'Commissioning lead', 'SENIOR_LEADER', 1],
    ['commissioner', 'Commissioner', 'MANAGER', 3],
  ]);
  const programme = team(
    'programme',
    'Integration programme',
    'integration-programme',
    asc.id,
    null,
    [
      ['integration-facilitator', 'Integration facilitator', 'MANAGER', 1],
      ['manager', 'Programme administrator', 'FRONTLINE', 1],
    ],
  );
  team('trusted-assessors', 'Trusted assessor service', 'trusted-assessor', asc.id, null, [
    ['occupational-therapist', 'Trusted assessor', 'FRONTLINE', 2],
    ['senior-carer', 'Trusted assessor', 'FRONTLINE', 1],
  ]);
  team('discharge', 'Hospital discharge team', 'hospital-discharge', acute.id, null, [
    ['community-staff-nurse', 'Discharge coordinator', 'MANAGER', 1],
    ['social-worker', 'Hospital social worker', 'FRONTLINE', 2],
    ['physiotherapist', 'Physiotherapist', 'FRONTLINE', 1],
  ]);

  c.neighbourhoods.forEach((nb, i) => {
    const slug = nb.id.replace(`${c.id}-nb-`, '');
    team(`dn-${slug}`, `District nursing ${nb.name}`, 'district-nursing', trust.id, nb.id, [
      ['district-nurse', 'District nurse team lead', 'MANAGER', 1],
      ['district-nurse', 'District nurse', 'FRONTLINE', 3],
      ['community-staff-nurse', 'Community staff nurse', 'FRONTLINE', 3],
      ['healthcare-assistant', 'Healthcare assistant', 'FRONTLINE', 2],
    ]);
    team(`sw-${slug}`, `Social work ${nb.name}`, 'social-work-locality', asc.id, nb.id, [
      ['manager', 'Locality manager', 'MANAGER', 1],
      ['social-worker', 'Social worker', 'FRONTLINE', 4],
      ['occupational-therapist', 'Occupational therapist', 'FRONTLINE', 1],
    ]);
    const provider = org(
      `hc-${slug}`,
      `${['Brightwell', 'Carewise', 'Homestead', 'Kindly', 'Oakleaf'][i % 5]} Home Care ${nb.name}`,
      'home-care-provider',
      'independent',
      [nb.id],
    );
    team(`hc-${slug}`, `${provider.name} branch`, 'home-care-branch', provider.id, nb.id, [
      ['manager', 'Branch manager', 'MANAGER', 1],
      ['senior-carer', 'Senior carer', 'FRONTLINE', 2],
      ['home-care-worker', 'Home-care worker', 'FRONTLINE', profile.homeCareWorkersPerBranch],
    ]);
    const pcn = org(
      `pcn-${slug}`,
      `${nb.name} Primary Care Network`,
      'primary-care-network',
      'nhs',
      [nb.id],
    );
    void pcn;
    for (let g = 1; g <= profile.gpPracticesPerNeighbourhood; g += 1) {
      const practice = org(`gp-${slug}-${g}`, `${nb.name} Surgery ${g}`, 'gp-practice', 'nhs', [
        nb.id,
      ]);
      team(`gp-${slug}-${g}`, `${practice.name} team`, 'general-practice', practice.id, nb.id, [
        ['gp', 'GP partner', 'MANAGER', 1],
        ['gp', 'Salaried GP', 'FRONTLINE', 1],
        ['practice-nurse', 'Practice nurse', 'FRONTLINE', 1],
      ]);
    }
  });

  for (const [k, name] of [
    [1, 'Carers Together'],
    [2, 'Good Neighbours Scheme'],
  ] as const) {
    const vol = org(`vol-${k}`, `${c.name} ${name}`, 'voluntary-organisation', 'voluntary', nbIds);
    team(`vol-${k}`, `${name} volunteers`, 'voluntary-service', vol.id, null, [
      ['manager', 'Coordinator', 'MANAGER', 1],
      ['manager', 'Volunteer lead', 'FRONTLINE', 2],
    ]);
  }

  // A home-care provider new to the borough, brought in for the pilot; its staff know
  // nobody in the system at first but the facilitator (see ties.ts).
  if (c.story === 'blended-roles' || c.story === 'stalled') {
    const newcomer = org(
      'hc-pilot-agency',
      'Northway Care (pilot agency)',
      'home-care-provider',
      'independent',
      [nbIds[0]],
      PILOT_AGENCY_START,
    );
    team(
      'hc-pilot-agency',
      'Northway Care pilot branch',
      'home-care-branch',
      newcomer.id,
      nbIds[0],
      [
        ['manager', 'Branch manager', 'MANAGER', 1],
        ['senior-carer', 'Senior carer', 'FRONTLINE', 1],
        ['home-care-worker', 'Home-care worker', 'FRONTLINE', 4],
      ],
      PILOT_AGENCY_START,
    );
  }

  const teamsByType = new Map<string, SeedTeam[]>();
  for (const t of teams) teamsByType.set(t.typeId, [...(teamsByType.get(t.typeId) ?? []), t]);
  const facilitatorId = (peopleByTeam.get(programme.id) ?? [])[0].id;
  return { organisations, teams, people, teamsByType, peopleByTeam, facilitatorId };
}
