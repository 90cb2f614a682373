import { useQuery } from '../../state/useQuery';

export interface WaveRecord {
  id: string;
  label: string;
  date: string;
  method: string;
  responseRate: number | null;
}

export interface InterventionRecord {
  id: string;
  label: string;
  date: string;
  kind: string;
  description: string | null;
}

const RECORDS = `query TimelineRecords($councilId: ID!) {
  waves(councilId: $councilId, limit: 500) { items { id label date method responseRate } }
  interventions(councilId: $councilId, limit: 500) { items { id label date kind description } }
}`;

/** Every wave and intervention of a council with all their fields, refetched after writes. */
export function useTimelineRecords(councilId: string, enabled: boolean, version: number) {
  const q = useQuery<{
    waves: { items: WaveRecord[] };
    interventions: { items: InterventionRecord[] };
  }>(enabled ? `timeline-records:${councilId}` : null, RECORDS, { councilId }, version);
  const byDate = <T extends { date: string }>(items: T[] | undefined) =>
    (items ?? []).slice().sort((a, b) => a.date.localeCompare(b.date));
  return {
    status: q.status,
    error: q.error,
    waves: byDate(q.data?.waves.items),
    interventions: byDate(q.data?.interventions.items),
  };
}
