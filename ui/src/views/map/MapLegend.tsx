import { useMemo } from 'react';
import { colourKey } from '../../model/elements';
import { metricName } from '../../model/metric-names';
import { legend } from '../../model/palette';
import type { UnionNetwork } from '../../model/timeline';
import type { UrlState } from '../../model/url-state';
import type { UpdateUrlState } from '../../state/useUrlState';
import { Legend } from './Legend';
import type { useMapModel } from './useMapModel';

/** The list with `key` added, or without it if it was there. */
const toggled = (list: string[], key: string) =>
  list.includes(key) ? list.filter((k) => k !== key) : [...list, key];

/** The map's legend, worked out from what is drawn; its entries set the URL's filters. */
export function MapLegend({
  state,
  update,
  union,
  model,
  names,
  suggested,
}: {
  state: UrlState;
  update: UpdateUrlState;
  union: UnionNetwork | null;
  model: ReturnType<typeof useMapModel>;
  names: Record<string, string>;
  /** A suggested tie is drawn (Missing connections). */
  suggested: boolean;
}) {
  const legendEntries = useMemo(() => {
    const nodes = (union?.nodes ?? []).filter((n) => model.present.has(n.id));
    const key = (n: (typeof nodes)[0]) => colourKey(n, state.colour);
    const colourOf = new Map(
      model.elements
        .filter((e) => e.group === 'nodes')
        .map((e) => [e.data.id, String(e.data.colour)]),
    );
    return legend(
      nodes.map(key),
      names,
      (k) => colourOf.get(nodes.find((n) => key(n) === k)?.id ?? '') ?? '#9aa0a6',
    );
  }, [union, model.present, model.elements, state.colour, names]);
  // The legend's colours name sectors or professions: pressing one filters by it.
  const colourFilter =
    state.colour === 'profession' || state.level === 'PROFESSIONS' ? 'professionIds' : 'sectorIds';
  const sizeScale = useMemo(() => {
    const values = [...model.present]
      .map((id) => model.sizeValues.get(id))
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (!values.length) return null;
    return { name: metricName(state.size), min: Math.min(...values), max: Math.max(...values) };
  }, [model.present, model.sizeValues, state.size]);
  const tieTypes = useMemo(
    () => [...new Set(model.presentEdges.map((e) => e.typeId))].sort(),
    [model.presentEdges],
  );

  return (
    <Legend
      title={
        state.colour === 'profession' || state.level === 'PROFESSIONS' ? 'Professions' : 'Sectors'
      }
      entries={legendEntries}
      names={names}
      tieTypes={tieTypes}
      suggested={suggested}
      size={sizeScale}
      chosen={state.filters[colourFilter]}
      chosenTieTypes={state.filters.tieTypeIds}
      onToggle={(key) =>
        update({
          filters: {
            ...state.filters,
            [colourFilter]: toggled(state.filters[colourFilter], key),
          },
        })
      }
      onToggleTieType={(key) =>
        update({
          filters: { ...state.filters, tieTypeIds: toggled(state.filters.tieTypeIds, key) },
        })
      }
      onClear={() =>
        update({
          filters: { ...state.filters, [colourFilter]: [], tieTypeIds: [] },
        })
      }
    />
  );
}
