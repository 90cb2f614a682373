import { SeedCouncil } from './types';

/**
 * Four invented councils. Names of places and people are made up; the stories are
 * paraphrased patterns from the product brief, not any real council's data.
 */
export interface CouncilProfile {
  council: SeedCouncil;
  /** Baseline, pilot, go-live and review dates. */
  waveDates: [string, string, string, string];
  gpPracticesPerNeighbourhood: number;
  homeCareWorkersPerBranch: number;
}

function council(
  id: string,
  name: string,
  story: SeedCouncil['story'],
  description: string,
  neighbourhoods: string[],
): SeedCouncil {
  return {
    id,
    name,
    region: 'North West (fictional)',
    description: `${description} Synthetic demo data: invented places and people.`,
    story,
    neighbourhoods: neighbourhoods.map((n) => ({
      id: `${id}-nb-${n.toLowerCase().replace(/\W+/g, '-')}`,
      name: n,
    })),
  };
}

export const PROFILES: CouncilProfile[] = [
  {
    council: council(
      'tamebridge',
      'Tamebridge',
      'blended-roles',
      'Blended roles: home-care workers signed off for delegated health tasks, a facilitator brokering introductions, trusted assessors.',
      ['Ashby Vale', 'Millbrook', 'Hollin Cross', 'Stanfield'],
    ),
    waveDates: ['2022-03-01', '2022-11-01', '2023-06-01', '2024-03-01'],
    gpPracticesPerNeighbourhood: 2,
    homeCareWorkersPerBranch: 10,
  },
  {
    council: council(
      'riverholm',
      'Riverholm',
      'hospital-led',
      'Hospital-led integration: the acute trust discharge team drives links to home care and social work.',
      ['Quayside', 'Northgate', 'Fenwick'],
    ),
    waveDates: ['2022-04-01', '2022-12-01', '2023-07-01', '2024-04-01'],
    gpPracticesPerNeighbourhood: 2,
    homeCareWorkersPerBranch: 9,
  },
  {
    council: council(
      'ashcombe',
      'Ashcombe',
      'early-stage',
      'Early stage: mapping the starting point; a facilitator is appointed only before the review.',
      ['Lowfield', 'Brackenside', 'Ormley'],
    ),
    waveDates: ['2023-01-15', '2023-07-15', '2024-01-15', '2024-07-15'],
    gpPracticesPerNeighbourhood: 1,
    homeCareWorkersPerBranch: 8,
  },
  {
    council: council(
      'kelsworth',
      'Kelsworth',
      'stalled',
      'Tried and stalled: a pilot started, the facilitator post lapsed and the new links faded.',
      ['Eastmoor', 'Weirside', 'Copley'],
    ),
    waveDates: ['2022-03-15', '2022-11-15', '2023-06-15', '2024-03-15'],
    gpPracticesPerNeighbourhood: 2,
    homeCareWorkersPerBranch: 9,
  },
];
