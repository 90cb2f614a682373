import { addDays, Rng } from './rng';
import { CouncilProfile } from './profiles';
import { Structure } from './structure';
import { StoryDates, TieWriter } from './ties';
import { SeedPerson, SeedWave } from './types';

interface Neighbourhood {
  dn: SeedPerson[];
  hc: SeedPerson[];
  sw: SeedPerson[];
}

function neighbourhoods(s: Structure, profile: CouncilProfile): Neighbourhood[] {
  const c = profile.council.id;
  return profile.council.neighbourhoods.map((nb) => {
    const slug = nb.id.replace(`${c}-nb-`, '');
    return {
      dn: s.peopleByTeam.get(`${c}-team-dn-${slug}`) ?? [],
      hc: s.peopleByTeam.get(`${c}-team-hc-${slug}`) ?? [],
      sw: s.peopleByTeam.get(`${c}-team-sw-${slug}`) ?? [],
    };
  });
}

/** The dated milestones of each story, placed between its waves. */
export function storyDates(profile: CouncilProfile, waves: SeedWave[]): StoryDates {
  const [w0, w1, w2, w3] = waves.map((w) => w.date);
  switch (profile.council.story) {
    case 'blended-roles':
      return {
        facilitatorAppointed: addDays(w0, 90),
        facilitatorLeft: null,
        trainingCohort: addDays(w1, -45),
        signOffs: addDays(w1, 80),
        contractLive: addDays(w2, -60),
        trustedAssessorsStart: addDays(w2, -30),
      };
    case 'hospital-led':
      // The hospital appointed a discharge-focused facilitator before the baseline.
      return {
        facilitatorAppointed: addDays(w0, -60),
        facilitatorLeft: null,
        trainingCohort: null,
        signOffs: null,
        contractLive: addDays(w1, 30),
        trustedAssessorsStart: null,
      };
    case 'early-stage':
      return {
        facilitatorAppointed: addDays(w3, -120),
        facilitatorLeft: null,
        trainingCohort: null,
        signOffs: null,
        contractLive: null,
        trustedAssessorsStart: null,
      };
    case 'stalled':
      return {
        facilitatorAppointed: addDays(w0, 90),
        facilitatorLeft: addDays(w1, 90),
        trainingCohort: addDays(w1, -45),
        signOffs: null,
        contractLive: null,
        trustedAssessorsStart: null,
      };
  }
}

/** Ties that tell each council's story; see seed/README section in the main README. */
export function storyTies(
  s: Structure,
  w: TieWriter,
  rng: Rng,
  profile: CouncilProfile,
  waves: SeedWave[],
  dates: StoryDates,
): void {
  const c = profile.council.id;
  const nbs = neighbourhoods(s, profile);
  const [, w1, w2, w3] = waves.map((x) => x.date);
  const programme = s.peopleByTeam.get(`${c}-team-programme`) ?? [];
  const facilitator = programme[0];
  const commissioning = s.peopleByTeam.get(`${c}-team-commissioning`) ?? [];
  const ta = s.peopleByTeam.get(`${c}-team-trusted-assessors`) ?? [];
  const agency = s.peopleByTeam.get(`${c}-team-hc-pilot-agency`) ?? [];

  if (dates.facilitatorAppointed) {
    facilitator.validFrom = dates.facilitatorAppointed;
    programme[1].validFrom = dates.facilitatorAppointed;
    facilitator.validTo = dates.facilitatorLeft;
    w.add(facilitator, programme[1], 'direct-contact', dates.facilitatorAppointed, { strength: 5 });
    w.add(facilitator, commissioning[0], 'governance-mdt', dates.facilitatorAppointed, {
      strength: 4,
    });
    w.add(programme[1], commissioning[0], 'information-sharing', dates.facilitatorAppointed, {
      strength: 2,
    });
    // The facilitator introduces herself to every branch manager and nursing lead; once
    // direct ties exist she steps back from the branches (blended-roles council).
    const stepBack = profile.council.story === 'blended-roles' ? addDays(w3, -60) : null;
    for (const nb of nbs) {
      w.add(facilitator, nb.hc[0], 'direct-contact', addDays(dates.facilitatorAppointed, 20), {
        strength: 4,
        validTo: stepBack,
      });
      w.add(facilitator, nb.hc[1], 'direct-contact', addDays(dates.facilitatorAppointed, 40), {
        strength: 3,
        validTo: stepBack,
      });
      w.add(facilitator, nb.dn[0], 'direct-contact', addDays(dates.facilitatorAppointed, 25), {
        strength: 4,
      });
    }
  }

  if (agency.length > 0 && facilitator) {
    // The pilot agency's staff know nobody but the facilitator until its contract goes live.
    const [manager, senior, ...workers] = agency;
    for (const m of [senior, ...workers])
      w.add(manager, m, 'direct-contact', manager.validFrom, { strength: 4 });
    w.add(facilitator, manager, 'direct-contact', addDays(manager.validFrom, 10), { strength: 4 });
    w.add(facilitator, senior, 'training', addDays(manager.validFrom, 30), { strength: 3 });
    if (profile.council.story === 'stalled') {
      // The provider withdrew after the facilitator post lapsed.
      for (const p of agency) p.validTo = addDays(w2, -30);
    }
  }

  switch (profile.council.story) {
    case 'blended-roles': {
      const training = dates.trainingCohort as string;
      // Pilot in the first neighbourhood: face-to-face training, then phone numbers swapped.
      for (const nurse of nbs[0].dn.slice(1, 4)) {
        for (const carer of nbs[0].hc.slice(1, 3))
          w.add(nurse, carer, 'training', training, { strength: 3, level: 4 });
      }
      w.add(nbs[0].dn[1], nbs[0].hc[3], 'direct-contact', addDays(training, 20), {
        strength: 3,
        level: 4,
      });
      // The facilitator introduces the branch managers and nursing leads who had never met,
      // and the trusted assessor service links up with social work ahead of its start.
      for (const nb of nbs.slice(2)) {
        w.add(nb.hc[0], nb.dn[0], 'direct-contact', addDays(training, 10), {
          strength: 2,
          level: 3,
        });
      }
      for (const nb of nbs) {
        w.add(ta[rng.int(0, 2)], nb.sw[0], 'information-sharing', addDays(training, 15), {
          strength: 3,
          level: 4,
        });
      }
      // Go-live: sign-offs, then delegated tasks and direct contact in two neighbourhoods.
      const signOffs = dates.signOffs as string;
      for (const nb of nbs.slice(0, 2)) delegate(w, rng, nb, signOffs, 2);
      for (const nb of nbs)
        for (const carer of nb.hc.slice(1, 3))
          w.add(nb.dn[rng.int(1, 3)], carer, 'direct-contact', addDays(signOffs, 30), {
            strength: 4,
            level: 5,
          });
      if (agency.length > 0) {
        w.add(commissioning[1], agency[0], 'commissioning-contract', dates.contractLive as string, {
          strength: 3,
        });
        for (const carer of agency.slice(0, 3))
          w.add(nbs[0].dn[rng.int(1, 3)], carer, 'direct-contact', dates.contractLive as string, {
            strength: 3,
            level: 4,
          });
      }
      // Trusted assessors link providers with social workers.
      const taStart = dates.trustedAssessorsStart as string;
      for (const nb of nbs) {
        w.add(ta[rng.int(0, 2)], nb.hc[0], 'direct-contact', taStart, { strength: 4, level: 5 });
        w.add(ta[rng.int(0, 2)], nb.hc[1], 'trusted-assessment', addDays(taStart, 14), {
          strength: 3,
          level: 5,
        });
        w.add(ta[rng.int(0, 2)], nb.sw[1], 'information-sharing', addDays(taStart, 21), {
          strength: 3,
          level: 5,
        });
      }
      if (agency.length > 0)
        w.add(ta[0], agency[0], 'direct-contact', addDays(taStart, 10), { strength: 3, level: 5 });
      // Review: the rest of the borough follows; carers and nurses contact each other directly.
      const rollOut = addDays(w2, 60);
      for (const nb of nbs.slice(2)) delegate(w, rng, nb, rollOut, 2);
      for (const nb of nbs)
        for (const carer of nb.hc.slice(3))
          if (rng.chance(0.7))
            w.add(carer, nb.dn[rng.int(1, 6)], 'direct-contact', addDays(rollOut, rng.int(0, 90)), {
              strength: 3,
              level: 5,
            });
      if (agency.length > 0)
        w.add(nbs[0].dn[2], agency[2], 'delegated-health-task', rollOut, { strength: 4, level: 6 });
      break;
    }
    case 'hospital-led': {
      const discharge = s.peopleByTeam.get(`${c}-team-discharge`) ?? [];
      for (const nb of nbs) {
        w.add(discharge[0], nb.hc[0], 'referral', addDays(w1, -30), { strength: 4, level: 4 });
        w.add(discharge[1], nb.sw[1], 'referral', addDays(w1, -20), { strength: 3 });
        w.add(discharge[3], nb.hc[1], 'advice', addDays(w2, -40), { strength: 3 });
      }
      w.add(nbs[2].hc[0], nbs[2].dn[0], 'direct-contact', addDays(w2, -10), {
        strength: 2,
        level: 3,
      });
      break;
    }
    case 'early-stage':
      // Only the baseline, and a facilitator appointed shortly before the review.
      break;
    case 'stalled': {
      const training = dates.trainingCohort as string;
      const faded = addDays(w2, -90);
      for (const nurse of nbs[0].dn.slice(1, 3)) {
        for (const carer of nbs[0].hc.slice(1, 3))
          w.add(nurse, carer, 'training', training, { strength: 2, level: 3, validTo: faded });
      }
      break;
    }
  }
  void w3;
}

/** District nurses delegate health tasks to home-care workers signed off as competent. */
function delegate(w: TieWriter, rng: Rng, nb: Neighbourhood, from: string, perNurse: number): void {
  const carers = nb.hc.slice(1);
  for (const nurse of nb.dn.slice(1, 7)) {
    for (const carer of rng.sample(carers, perNurse)) {
      carer.blendedRole = true;
      w.add(nurse, carer, 'delegated-health-task', addDays(from, rng.int(0, 30)), {
        strength: 4,
        level: 6,
      });
    }
  }
}
