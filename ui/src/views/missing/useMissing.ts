import type { MissingQuery, MissingQueryVariables } from '../../api/operations.generated';
import type { Level, MissingItem, Moment } from '../../model/types';
import { momentVariables } from '../../model/url-state';
import { useQuery } from '../../state/useQuery';

/** The items' kind narrowed to the kinds the UI knows (the schema says String). */
export type MissingResult = Omit<MissingQuery['missingConnections'], 'items'> & {
  items: MissingItem[];
};

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
  return useQuery<{ missingConnections: MissingResult }, MissingQueryVariables>(
    `missing:${councilId}:${vars.wave ?? ''}:${vars.asOf ?? ''}:${level}`,
    MISSING_QUERY,
    vars,
  );
}
