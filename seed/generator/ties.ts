import { Rng } from './rng';
import { CouncilProfile } from './profiles';
import { START, Structure } from './structure';
import { SeedPerson, SeedTie, SeedWave } from './types';

/** Dates of each council's story, relative to its waves. */
export interface StoryDates {
  facilitatorAppointed: string | null;
  facilitatorLeft: string | null;
  trainingCohort: string | null;
  signOffs: string | null;
  contractLive: string | null;
  trustedAssessorsStart: string | null;
}

const FREQUENCY: Record<string, SeedTie['frequency']> = {
  'direct-contact': 'WEEKLY',
  referral: 'MONTHLY',
  advice: 'MONTHLY',
  'delegated-health-task': 'DAILY',
  training: 'QUARTERLY',
  'commissioning-contract': 'QUARTERLY',
  'governance-mdt': 'MONTHLY',
  'information-sharing': 'WEEKLY',
};
const DIRECTED = new Set([
  'referral',
  'advice',
  'delegated-health-task',
  'training',
  'commissioning-contract',
  'trusted-assessment',
]);

export class TieWriter {
  readonly ties: SeedTie[] = [];
  private counter = 0;
  private readonly seen: Set<string>;

  constructor(
    private readonly councilId: string,
    private readonly waves: SeedWave[],
    private readonly rng: Rng,
    seen?: Set<string>,
  ) {
    this.seen = seen ?? new Set<string>();
  }

  add(
    from: SeedPerson,
    to: SeedPerson,
    typeId: string,
    validFrom: string,
    opts: { validTo?: string | null; strength?: number; level?: number } = {},
  ): SeedTie | null {
    if (from.id === to.id) return null;
    // One tie per pair and type: the API refuses identical overlapping ties too.
    const key = [from.id, to.id].sort().join('|') + `|${typeId}`;
    if (this.seen.has(key)) return null;
    const start = [validFrom, from.validFrom, to.validFrom].sort().at(-1) as string;
    const ends = [opts.validTo ?? null, from.validTo, to.validTo]
      .filter((d): d is string => d !== null)
      .sort();
    const validTo = ends[0] ?? null;
    if (validTo !== null && validTo <= start) return null;
    // Recorded at the first wave on or after the tie began; later ties were observed.
    const wave = this.waves.find((w) => w.date >= start) ?? null;
    this.seen.add(key);
    this.counter += 1;
    const tie: SeedTie = {
      id: `${this.councilId}-tie-${String(this.counter).padStart(5, '0')}`,
      typeId,
      directed: DIRECTED.has(typeId),
      fromId: from.id,
      fromKind: 'PERSON',
      toId: to.id,
      toKind: 'PERSON',
      strength: opts.strength ?? this.rng.int(2, 4),
      frequency: FREQUENCY[typeId] ?? 'MONTHLY',
      integrationLevel: opts.level ?? this.rng.int(2, 4),
      trust: this.rng.int(2, 5),
      source: wave ? 'WAVE' : 'OBSERVED',
      confidence: Math.round((0.7 + this.rng.next() * 0.3) * 100) / 100,
      waveId: wave?.id ?? null,
      validFrom: start,
      validTo,
      recordedAt: `${wave?.date ?? start}T10:00:00.000Z`,
    };
    this.ties.push(tie);
    return tie;
  }
}

/** Colleagues within each team, and the routine links every council has at baseline. */
export function baselineTies(s: Structure, w: TieWriter, rng: Rng, profile: CouncilProfile): void {
  const team = (id: string) => s.peopleByTeam.get(id) ?? [];
  const lead = (id: string) => team(id)[0];
  for (const [teamId, members] of s.peopleByTeam) {
    // The programme starts with the facilitator and the pilot agency with its own story.
    if (teamId.endsWith('-team-programme') || teamId.endsWith('-team-hc-pilot-agency')) continue;
    const [manager, ...rest] = members;
    for (const m of rest) w.add(manager, m, 'direct-contact', START, { strength: 4 });
    for (let i = 0; i < rest.length; i += 1) {
      for (let j = i + 1; j < rest.length; j += 1) {
        if (rng.chance(0.3)) w.add(rest[i], rest[j], 'direct-contact', START, { strength: 3 });
      }
    }
  }
  const c = profile.council.id;
  const commissioning = team(`${c}-team-commissioning`);
  const discharge = lead(`${c}-team-discharge`);
  profile.council.neighbourhoods.forEach((nb, i) => {
    const slug = nb.id.replace(`${c}-nb-`, '');
    const dn = team(`${c}-team-dn-${slug}`);
    const sw = team(`${c}-team-sw-${slug}`);
    const hc = team(`${c}-team-hc-${slug}`);
    w.add(sw[0], dn[0], 'referral', START);
    w.add(sw[1], dn[1], 'referral', START);
    w.add(discharge, sw[0], 'referral', START);
    w.add(discharge, dn[0], 'referral', START);
    w.add(commissioning[1 + (i % 3)], hc[0], 'commissioning-contract', START, { strength: 2 });
    w.add(commissioning[0], sw[0], 'governance-mdt', START);
    w.add(sw[2], hc[0], 'referral', START, { strength: 2 });
    for (let g = 1; g <= profile.gpPracticesPerNeighbourhood; g += 1) {
      const gp = team(`${c}-team-gp-${slug}-${g}`);
      w.add(gp[0], dn[0], 'referral', START);
      w.add(gp[2], dn[rng.int(1, 3)], 'advice', START);
    }
    // Before any programme, home care and district nursing barely talk: a manager-level
    // contact in the first two neighbourhoods only (one in the early-stage council).
    const limit = profile.council.story === 'early-stage' ? 1 : 2;
    if (i < limit) w.add(hc[0], dn[0], 'direct-contact', START, { strength: 2, level: 2 });
  });
  const vol = team(`${c}-team-vol-1`);
  w.add(
    vol[0],
    team(`${c}-team-sw-${profile.council.neighbourhoods[0].id.replace(`${c}-nb-`, '')}`)[0],
    'information-sharing',
    START,
  );
  const ta = team(`${c}-team-trusted-assessors`);
  w.add(discharge, ta[0], 'referral', START);
}
