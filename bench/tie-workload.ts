/**
 * A deterministic synthetic workload: people and the ties between them, the same on every
 * run (seeded generator), so figures are comparable from one run to the next.
 */
const TIE_TYPES = [
  'referral',
  'joint-visit',
  'shared-care-record',
  'co-location',
  'direct-contact',
  'advice',
  'information-sharing',
  'delegated-health-task',
  'trusted-assessment',
  'training',
  'commissioning-contract',
  'governance-mdt',
];
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'RARELY'];
const SOURCES = ['WAVE', 'WORKSHOP', 'ADMIN', 'OBSERVED'];
const LEVELS = ['FRONTLINE', 'MANAGER', 'SENIOR_LEADER'];

/** mulberry32: a tiny seeded generator, good enough for synthetic data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PersonSpec {
  id: string;
  pseudonym: string;
  level: string;
  validFrom: string;
}

export type TieSpec = Record<string, string | number | boolean | null>;

export function peopleSpecs(prefix: string, count: number): PersonSpec[] {
  const random = generator(1);
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-p${i}`,
    pseudonym: `P-${String(i + 1).padStart(5, '0')}`,
    level: LEVELS[Math.floor(random() * 10) < 8 ? 0 : Math.floor(random() * 2) + 1],
    validFrom: '2000-01-01',
  }));
}

/**
 * `count` ties spread evenly over the people: person i is tied to people i + d for
 * distinct offsets d below half the population, so no pair (in either direction) repeats
 * and none of the ties is "the same tie" as another.
 */
export function tieSpecs(people: PersonSpec[], count: number): TieSpec[] {
  const random = generator(2);
  const n = people.length;
  const perPerson = Math.ceil(count / n);
  const maxOffset = Math.floor((n - 1) / 2);
  if (perPerson > maxOffset) throw new Error(`${count} ties need more than ${n} people`);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const ties: TieSpec[] = [];
  for (let i = 0; i < n && ties.length < count; i += 1) {
    const offsets = new Set<number>();
    while (offsets.size < perPerson) offsets.add(1 + Math.floor(random() * maxOffset));
    for (const d of offsets) {
      if (ties.length === count) break;
      const year = 2019 + Math.floor(random() * 5);
      const ended = random() < 0.2;
      ties.push({
        fromId: people[i].id,
        fromKind: 'PERSON',
        toId: people[(i + d) % n].id,
        toKind: 'PERSON',
        typeId: pick(TIE_TYPES),
        strength: 1 + Math.floor(random() * 5),
        frequency: pick(FREQUENCIES),
        integrationLevel: 1 + Math.floor(random() * 7),
        trust: random() < 0.5 ? 1 + Math.floor(random() * 5) : null,
        source: pick(SOURCES),
        confidence: Math.round(random() * 100) / 100,
        validFrom: `${year}-0${1 + Math.floor(random() * 9)}-01`,
        validTo: ended ? `${year + 2}-01-01` : null,
      });
    }
  }
  return ties;
}
