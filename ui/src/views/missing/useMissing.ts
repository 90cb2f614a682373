import type { BlueprintProgress } from '../../model/missing-list';
import type { Level, MissingItem, Moment } from '../../model/types';
import { momentVariables } from '../../model/url-state';
import { useQuery } from '../../state/useQuery';

export interface MissingResult {
  asOf: string;
  blueprint: { id: string; name: string };
  convention: string;
  expectedPairs: number;
  metPairs: number;
  items: MissingItem[];
  blueprintProgress: BlueprintProgress[];
}

export const MISSING_QUERY = `query Missing($councilId: ID!, $wave: ID, $asOf: String, $level: NetworkLevel!) {
  missingConnections(councilId: $councilId, wave: $wave, asOf: $asOf, level: $level) {
    asOf convention expectedPairs metPairs
    blueprint { id name }
    items {
      rank kind reason fromId fromLabel toId toLabel tieTypeId neighbourhoodId neighbourhoodName
      score
    }
    blueprintProgress { expectationId description neighbourhoodId neighbourhoodName expected met }
  }
}`;

/** missingConnections for a council at a moment (blueprint gaps, fragile points, suggestions). */
export function useMissing(councilId: string, moment: Moment, level: Level) {
  const vars = { councilId, level, ...momentVariables(moment) };
  return useQuery<{ missingConnections: MissingResult }>(
    `missing:${councilId}:${vars.wave ?? ''}:${vars.asOf ?? ''}:${level}`,
    MISSING_QUERY,
    vars,
  );
}
