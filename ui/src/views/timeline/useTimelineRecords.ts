import type {
  TimelineRecordsQuery,
  TimelineRecordsQueryVariables,
} from '../../api/operations.generated';
import { useQuery } from '../../state/useQuery';

export type WaveRecord = TimelineRecordsQuery['waves']['items'][number];
export type InterventionRecord = TimelineRecordsQuery['interventions']['items'][number];

const RECORDS = `query TimelineRecords($councilId: ID!) {
  waves(councilId: $councilId, limit: 500) { items { id label date method responseRate } }
  interventions(councilId: $councilId, limit: 500) { items { id label date kind description } }
}`;

/** Every wave and intervention of a council with all their fields, refetched after writes. */
export function useTimelineRecords(councilId: string, enabled: boolean, version: number) {
  const q = useQuery<TimelineRecordsQuery, TimelineRecordsQueryVariables>(
    enabled ? `timeline-records:${councilId}` : null,
    RECORDS,
    { councilId },
    version,
  );
  const byDate = <T extends { date: string }>(items: T[] | undefined) =>
    (items ?? []).slice().sort((a, b) => a.date.localeCompare(b.date));
  return {
    status: q.status,
    error: q.error,
    waves: byDate(q.data?.waves.items),
    interventions: byDate(q.data?.interventions.items),
  };
}
