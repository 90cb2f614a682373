import { addDays } from './rng';
import { CouncilProfile } from './profiles';
import { StoryDates } from './ties';
import { SeedIntervention, SeedNote, SeedTie, SeedWave } from './types';

const WAVE_LABELS = ['Baseline', 'Pilot', 'Go-live', 'Review'] as const;
const METHODS = [
  'Online survey and interviews',
  'Online survey',
  'Workshop and survey',
  'Interviews and survey',
];

export function buildWaves(profile: CouncilProfile): SeedWave[] {
  return profile.waveDates.map((date, i) => ({
    id: `${profile.council.id}-wave-${WAVE_LABELS[i].toLowerCase()}`,
    label: WAVE_LABELS[i],
    date,
    method: METHODS[i],
    responseRate: [0.62, 0.58, 0.55, 0.6][i],
  }));
}

export function buildInterventions(profile: CouncilProfile, dates: StoryDates): SeedIntervention[] {
  const c = profile.council.id;
  const items: [string | null, string, string, string][] = [
    [
      dates.facilitatorAppointed,
      'Integration facilitator appointed',
      'FACILITATOR_APPOINTED',
      'A facilitator is appointed to broker relationships between home care and district nursing.',
    ],
    [
      dates.trainingCohort,
      'First face-to-face training cohort',
      'TRAINING_COHORT',
      'District nurses train senior carers in person, in the pilot neighbourhood.',
    ],
    [
      dates.signOffs,
      'Competency sign-offs',
      'COMPETENCY_SIGN_OFF',
      'Home-care workers signed off for delegated health tasks; nurses keep accountability.',
    ],
    [
      dates.contractLive,
      'New home-care contract goes live',
      'CONTRACT_CHANGE',
      'The contract includes delegated health tasks and a fee uplift for trained carers.',
    ],
    [
      dates.trustedAssessorsStart,
      'Trusted assessors start',
      'TRUSTED_ASSESSORS_START',
      'Trusted assessors can assess across the boundary between providers and social work.',
    ],
    [
      dates.facilitatorLeft,
      'Facilitator post lapses',
      'OTHER',
      'Funding for the facilitator ends; nobody picks up the introductions.',
    ],
  ];
  return items
    .filter((item): item is [string, string, string, string] => item[0] !== null)
    .map(([date, label, kind, description], i) => ({
      id: `${c}-int-${i + 1}`,
      date,
      label,
      kind,
      description,
    }));
}

/** Paraphrased lessons of the kind the product brief describes; all invented. */
export function buildNotes(
  profile: CouncilProfile,
  waves: SeedWave[],
  interventions: SeedIntervention[],
  ties: SeedTie[],
): SeedNote[] {
  const c = profile.council.id;
  const firstOfType = (typeId: string) => ties.find((t) => t.typeId === typeId);
  const delegated = firstOfType('delegated-health-task');
  const training = firstOfType('training');
  const nb0 = profile.council.neighbourhoods[0].id.replace(`${c}-nb-`, '');
  const notes: Omit<SeedNote, 'id'>[] = [];
  const add = (
    categoryId: string,
    text: string,
    date: string,
    authorRole: string,
    targetKind: SeedNote['targetKind'],
    targetId: string | undefined,
  ) => {
    if (targetId) notes.push({ categoryId, text, date, authorRole, targetKind, targetId });
  };
  const [w0, w1, w2, w3] = waves.map((w) => w.date);
  const intervention = (kind: string) => interventions.find((i) => i.kind === kind)?.id;

  add(
    'fear-or-concern',
    'District nurses were nervous about handing tasks to carers they had never met, and about who would be accountable if something went wrong.',
    addDays(w0, 10),
    'District nurse team lead',
    'TEAM',
    `${c}-team-dn-${nb0}`,
  );
  add(
    'what-got-in-the-way',
    'Rotas did not overlap, so carers and nurses rarely saw each other; messages went through the office.',
    addDays(w0, 15),
    'Home-care branch manager',
    'COUNCIL',
    c,
  );
  add(
    'decision',
    'Agreed to start with the willing: one neighbourhood, volunteers only, before asking anyone else.',
    addDays(w0, 40),
    'Commissioning lead',
    'COUNCIL',
    c,
  );

  switch (profile.council.story) {
    case 'blended-roles':
      add(
        'what-helped',
        'Training in person, in the same room, did more than the e-learning: people swapped phone numbers on the first day.',
        addDays(w1, -30),
        'Integration facilitator',
        'INTERVENTION',
        intervention('TRAINING_COHORT'),
      );
      add(
        'surprise',
        'Carers noticed skin changes earlier than anyone expected, and nurses started asking them for their view.',
        addDays(w1, 20),
        'District nurse',
        'TIE',
        training?.id,
      );
      add(
        'fear-or-concern',
        'Some carers felt they were being asked to do the nurse’s job without the nurse’s pay.',
        addDays(w1, 30),
        'Senior carer',
        'TEAM',
        `${c}-team-hc-${nb0}`,
      );
      add(
        'decision',
        'A fee uplift for providers whose carers are signed off, written into the new contract.',
        addDays(w2, -70),
        'Commissioner',
        'INTERVENTION',
        intervention('CONTRACT_CHANGE'),
      );
      add(
        'what-helped',
        'Short debriefs after anything that went wrong kept trust: no blame, just what to change next time.',
        addDays(w2, 10),
        'District nurse team lead',
        'TIE',
        delegated?.id,
      );
      add(
        'impact-story',
        'An insulin visit moved to the carer already in the house: the person got their evening meal on time and the nurse saw two more patients.',
        addDays(w2, 40),
        'Home-care worker',
        'TIE',
        delegated?.id,
      );
      add(
        'quote',
        '“I used to ring the surgery and wait. Now I text the nurse and she rings me back.”',
        addDays(w3, -20),
        'Home-care worker',
        'COUNCIL',
        c,
      );
      add(
        'impact-story',
        'Trusted assessors cut the wait for equipment after discharge because nobody had to re-assess.',
        addDays(w3, -10),
        'Trusted assessor',
        'INTERVENTION',
        intervention('TRUSTED_ASSESSORS_START'),
      );
      add(
        'surprise',
        'Once teams knew each other the facilitator was needed less: introductions happened without her.',
        addDays(w3, 5),
        'Integration facilitator',
        'COUNCIL',
        c,
      );
      break;
    case 'hospital-led':
      add(
        'what-helped',
        'Discharge coordinators phoning the branch manager the day before discharge made first visits safer.',
        addDays(w1, 10),
        'Discharge coordinator',
        'TEAM',
        `${c}-team-discharge`,
      );
      add(
        'what-got-in-the-way',
        'The community side felt the programme was run for the hospital’s beds, not for people at home.',
        addDays(w2, 5),
        'District nurse',
        'COUNCIL',
        c,
      );
      add(
        'quote',
        '“We hear from the hospital every day and from the district nurses almost never.”',
        addDays(w3, -5),
        'Home-care branch manager',
        'COUNCIL',
        c,
      );
      break;
    case 'early-stage':
      add(
        'surprise',
        'Mapping the baseline showed two neighbourhoods where nobody in home care knew a district nurse by name.',
        addDays(w0, 30),
        'Commissioner',
        'COUNCIL',
        c,
      );
      add(
        'impact-story',
        'Too early to tell: the facilitator has only just started meeting teams.',
        addDays(w3, -10),
        'Integration facilitator',
        'INTERVENTION',
        intervention('FACILITATOR_APPOINTED'),
      );
      break;
    case 'stalled':
      add(
        'what-got-in-the-way',
        'When the facilitator post lapsed nobody owned the introductions, and the pilot agency withdrew.',
        addDays(w2, -20),
        'Commissioner',
        'INTERVENTION',
        intervention('OTHER'),
      );
      add(
        'fear-or-concern',
        'Nurses worried about accountability and the pilot never reached sign-off.',
        addDays(w1, 40),
        'District nurse team lead',
        'TIE',
        training?.id,
      );
      add(
        'quote',
        '“We had one training day and then it just stopped.”',
        addDays(w3, -15),
        'Senior carer',
        'COUNCIL',
        c,
      );
      add(
        'impact-story',
        'Ties formed in training faded within months once nobody followed up.',
        addDays(w3, -5),
        'Researcher',
        'COUNCIL',
        c,
      );
      break;
  }
  return notes.map((n, i) => ({ id: `${c}-note-${String(i + 1).padStart(3, '0')}`, ...n }));
}
