import { addDays, Rng } from './rng';
import { SYNTHETIC_NOTICE } from './demo';
import { SeedCouncilData, SeedPerson, SeedTeam, SeedTie } from './types';

export interface ScaleOptions {
  people: number;
  ties: number;
  seed?: number;
  councilId?: string;
}

const TEAM_TYPES: [typeId: string, orgType: string, sector: string, professions: string[]][] = [
  [
    'district-nursing',
    'nhs-community-trust',
    'nhs',
    ['district-nurse', 'community-staff-nurse', 'healthcare-assistant'],
  ],
  ['home-care-branch', 'home-care-provider', 'independent', ['home-care-worker', 'senior-carer']],
  [
    'social-work-locality',
    'local-authority',
    'council',
    ['social-worker', 'occupational-therapist'],
  ],
  ['general-practice', 'gp-practice', 'nhs', ['gp', 'practice-nurse', 'pharmacist']],
  [
    'reablement',
    'local-authority',
    'council',
    ['physiotherapist', 'occupational-therapist', 'home-care-worker'],
  ],
];
const TIE_TYPES = [
  'direct-contact',
  'referral',
  'advice',
  'information-sharing',
  'delegated-health-task',
  'joint-visit',
];
const WAVES = ['2022-03-01', '2022-11-01', '2023-06-01', '2024-03-01'];

/**
 * A large synthetic council for benchmarks: the same kinds of records as the demo, in
 * neighbourhoods of about 400 people, teams of about 20, and ties mostly within teams and
 * neighbourhoods (as real ones are), spread over four waves.
 */
export function generateScale(options: ScaleOptions): SeedCouncilData {
  const rng = new Rng(options.seed ?? 7);
  const id = options.councilId ?? `scale-${options.people}-${options.ties}`;
  const nbCount = Math.max(1, Math.ceil(options.people / 400));
  const neighbourhoods = Array.from({ length: nbCount }, (_, i) => ({
    id: `${id}-nb-${i + 1}`,
    name: `Neighbourhood ${i + 1}`,
  }));
  const organisations = TEAM_TYPES.map(([typeId, orgType, sector]) => ({
    id: `${id}-org-${typeId}`,
    name: `Scale ${typeId} provider`,
    typeId: orgType,
    sectorId: sector,
    neighbourhoodIds: neighbourhoods.map((n) => n.id),
    validFrom: '2020-01-01',
  }));
  const teams: SeedTeam[] = [];
  const people: SeedPerson[] = [];
  const byTeam: SeedPerson[][] = [];
  const teamCount = Math.max(1, Math.round(options.people / 20));
  for (let t = 0; t < teamCount; t += 1) {
    const [typeId, , , professions] = TEAM_TYPES[t % TEAM_TYPES.length];
    const team: SeedTeam = {
      id: `${id}-team-${t + 1}`,
      name: `${typeId} ${t + 1}`,
      typeId,
      organisationId: `${id}-org-${typeId}`,
      neighbourhoodId: neighbourhoods[t % nbCount].id,
      validFrom: '2020-01-01',
    };
    teams.push(team);
    byTeam.push([]);
    void professions;
  }
  for (let p = 0; p < options.people; p += 1) {
    const t = p % teamCount;
    const [, , , professions] = TEAM_TYPES[t % TEAM_TYPES.length];
    const person: SeedPerson = {
      id: `${id}-p-${p + 1}`,
      pseudonym: `S-${p + 1}`,
      displayName: null,
      roleTitle: 'Staff member',
      level: p % 20 === 0 ? 'MANAGER' : 'FRONTLINE',
      blendedRole: false,
      professionId: rng.pick(professions),
      teamId: teams[t].id,
      validFrom: '2020-01-01',
      validTo: null,
    };
    people.push(person);
    byTeam[t].push(person);
  }
  const ties: SeedTie[] = [];
  const seen = new Set<string>();
  const sameNeighbourhood = (t: number) => byTeam.filter((_, k) => k % nbCount === t % nbCount);
  let guard = 0;
  while (ties.length < options.ties && guard < options.ties * 20) {
    guard += 1;
    const t = rng.int(0, teamCount - 1);
    const roll = rng.next();
    const a = rng.pick(byTeam[t]);
    const pool =
      roll < 0.7 ? byTeam[t] : roll < 0.9 ? rng.pick(sameNeighbourhood(t)) : rng.pick(byTeam);
    const b = rng.pick(pool);
    const typeId = rng.pick(TIE_TYPES);
    const key = a.id < b.id ? `${a.id}|${b.id}|${typeId}` : `${b.id}|${a.id}|${typeId}`;
    if (!a || !b || a.id === b.id || seen.has(key)) continue;
    seen.add(key);
    const wave = rng.int(0, 3);
    const validFrom = addDays(WAVES[wave], -rng.int(1, 200));
    const ended = rng.chance(0.1) ? addDays(validFrom, rng.int(60, 500)) : null;
    ties.push({
      id: `${id}-tie-${ties.length + 1}`,
      typeId,
      directed: typeId === 'referral' || typeId === 'advice' || typeId === 'delegated-health-task',
      fromId: a.id,
      fromKind: 'PERSON',
      toId: b.id,
      toKind: 'PERSON',
      strength: rng.int(1, 5),
      frequency: 'MONTHLY',
      integrationLevel: rng.int(1, 7),
      trust: rng.int(1, 5),
      source: 'WAVE',
      confidence: 0.9,
      waveId: `${id}-wave-${wave + 1}`,
      validFrom,
      validTo: ended,
      recordedAt: `${WAVES[wave]}T10:00:00.000Z`,
    });
  }
  return {
    council: {
      id,
      name: `Scale council (${options.people} people, ${options.ties} ties)`,
      region: 'Benchmark (fictional)',
      description: `${SYNTHETIC_NOTICE} Generated for benchmarks.`,
      story: 'early-stage',
      neighbourhoods,
    },
    organisations,
    teams,
    people,
    ties,
    waves: WAVES.map((date, i) => ({
      id: `${id}-wave-${i + 1}`,
      label: ['Baseline', 'Pilot', 'Go-live', 'Review'][i],
      date,
      method: 'Synthetic',
      responseRate: 0.6,
    })),
    interventions: [],
    notes: [],
  };
}
