import { createHash } from 'node:crypto';
import { DEFAULT_SEED, generateDemo } from '../../../seed/generator/demo';
import { generateScale } from '../../../seed/generator/scale';
import { SeedCouncilData } from '../../../seed/generator/types';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function validAt(t: { validFrom: string; validTo: string | null }, date: string): boolean {
  return t.validFrom <= date && (t.validTo === null || t.validTo > date);
}

/** Home-care ↔ district-nursing ties valid at the date (person-level). */
function hcDn(c: SeedCouncilData, date: string): number {
  const teamType = new Map(c.teams.map((t) => [t.id, t.typeId]));
  const typeOf = new Map(c.people.map((p) => [p.id, teamType.get(p.teamId)]));
  return c.ties.filter((t) => {
    if (!validAt(t, date)) return false;
    const pair = [typeOf.get(t.fromId), typeOf.get(t.toId)].sort().join('|');
    return pair === 'district-nursing|home-care-branch';
  }).length;
}

describe('demo data generator', () => {
  const demo = generateDemo();
  const byId = Object.fromEntries(demo.councils.map((c) => [c.council.id, c]));

  it('is byte-identical for the same seed and differs for another', () => {
    expect(digest(generateDemo(DEFAULT_SEED))).toBe(digest(demo));
    expect(JSON.stringify(generateDemo(DEFAULT_SEED))).toBe(JSON.stringify(demo));
    expect(digest(generateDemo(DEFAULT_SEED + 1))).not.toBe(digest(demo));
  });

  it('says it is synthetic, on the dataset and on every council', () => {
    expect(demo.notice).toMatch(/synthetic/i);
    for (const c of demo.councils) expect(c.council.description).toMatch(/Synthetic demo data/);
  });

  it('has four councils with the four stories, neighbourhoods, waves and tens to hundreds of people', () => {
    expect(demo.councils.map((c) => c.council.story).sort()).toEqual([
      'blended-roles',
      'early-stage',
      'hospital-led',
      'stalled',
    ]);
    for (const c of demo.councils) {
      expect(c.council.neighbourhoods.length).toBeGreaterThanOrEqual(3);
      expect(c.waves.map((w) => w.label)).toEqual(['Baseline', 'Pilot', 'Go-live', 'Review']);
      expect(c.people.length).toBeGreaterThanOrEqual(50);
      expect(c.people.length).toBeLessThanOrEqual(400);
      const teamTypes = new Set(c.teams.map((t) => t.typeId));
      for (const type of [
        'district-nursing',
        'home-care-branch',
        'social-work-locality',
        'commissioning',
        'trusted-assessor',
        'hospital-discharge',
        'general-practice',
      ]) {
        expect(teamTypes).toContain(type);
      }
      const orgTypes = new Set(c.organisations.map((o) => o.typeId));
      for (const type of [
        'local-authority',
        'home-care-provider',
        'gp-practice',
        'primary-care-network',
        'voluntary-organisation',
      ])
        expect(orgTypes).toContain(type);
    }
  });

  it('tells the story: home-care ↔ district-nursing ties at least triple in the blended-roles council and stay flat in the stalled one', () => {
    const t = byId.tamebridge;
    const [base, , , review] = t.waves.map((w) => hcDn(t, w.date));
    expect(review).toBeGreaterThanOrEqual(3 * base);
    const k = byId.kelsworth;
    expect(hcDn(k, k.waves[3].date)).toBe(hcDn(k, k.waves[0].date));
  });

  it('dates interventions between the waves, including the facilitator and trusted assessors', () => {
    const kinds = byId.tamebridge.interventions.map((i) => i.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'FACILITATOR_APPOINTED',
        'TRAINING_COHORT',
        'COMPETENCY_SIGN_OFF',
        'CONTRACT_CHANGE',
        'TRUSTED_ASSESSORS_START',
      ]),
    );
  });

  it('has learning notes in every category, on ties, teams, interventions and councils', () => {
    const notes = demo.councils.flatMap((c) => c.notes);
    expect(new Set(notes.map((n) => n.categoryId))).toEqual(
      new Set([
        'surprise',
        'fear-or-concern',
        'what-helped',
        'what-got-in-the-way',
        'impact-story',
        'quote',
        'decision',
      ]),
    );
    expect(new Set(notes.map((n) => n.targetKind))).toEqual(
      new Set(['TIE', 'TEAM', 'INTERVENTION', 'COUNCIL']),
    );
  });

  it('keeps every tie inside its council, between people valid at the time', () => {
    for (const c of demo.councils) {
      const people = new Map(c.people.map((p) => [p.id, p]));
      for (const t of c.ties) {
        const a = people.get(t.fromId);
        const b = people.get(t.toId);
        expect(a && b).toBeTruthy();
        expect(t.validFrom >= (a?.validFrom ?? '')).toBe(true);
        if (t.validTo) expect(t.validTo > t.validFrom).toBe(true);
      }
      expect(new Set(c.ties.map((t) => t.id)).size).toBe(c.ties.length);
    }
  });
});

describe('scale generator', () => {
  it('makes the asked-for numbers of people and ties, deterministically', () => {
    const a = generateScale({ people: 2000, ties: 20_000, seed: 3 });
    expect(a.people).toHaveLength(2000);
    expect(a.ties).toHaveLength(20_000);
    expect(digest(generateScale({ people: 2000, ties: 20_000, seed: 3 }))).toBe(digest(a));
  });
});
