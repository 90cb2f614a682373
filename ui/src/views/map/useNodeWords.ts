import { useCallback, useMemo } from 'react';
import type { UnionNetwork } from '../../model/timeline';

/** Search results listed under the box (the map rings every match). */
const SEARCH_RESULTS = 12;

interface Args {
  union: UnionNetwork | null;
  presentEdges: { source: string; target: string }[];
  matches: Set<string>;
  /** Vocabulary words by id (professions, sectors). */
  names: Record<string, string>;
  /** Team and organisation names by id. */
  actorNames: Record<string, string>;
  /** The date shown. */
  current: string;
}

/** What the map says about its nodes in words: the hover tooltip and the search results. */
export function useNodeWords({ union, presentEdges, matches, names, actorNames, current }: Args) {
  // The hover tooltip: who it is, where they work, and how connected they are now.
  const describe = useCallback(
    (id: string) => {
      const n = union?.nodes.find((x) => x.id === id);
      if (!n) return null;
      const neighbours = new Set<string>();
      for (const e of presentEdges) {
        if (e.source === id) neighbours.add(e.target);
        if (e.target === id) neighbours.add(e.source);
      }
      const word = (termId: string | null) => (termId ? (names[termId] ?? termId) : null);
      const lines = [
        [n.kind.charAt(0) + n.kind.slice(1).toLowerCase(), word(n.professionId)]
          .filter(Boolean)
          .join(' · '),
        n.teamId && n.kind !== 'TEAM' ? `Team: ${actorNames[n.teamId] ?? n.teamId}` : null,
        n.organisationId && n.kind !== 'ORGANISATION'
          ? `Organisation: ${actorNames[n.organisationId] ?? n.organisationId}`
          : null,
        word(n.sectorId) ? `Sector: ${word(n.sectorId)}` : null,
        `Degree ${neighbours.size} (distinct actors tied at ${current})`,
      ].filter((l): l is string => !!l);
      return { title: n.label, lines };
    },
    [union, presentEdges, names, actorNames, current],
  );
  // Search results: the first matches, with team and profession to tell namesakes apart.
  const searchResults = useMemo(() => {
    const out: { id: string; label: string; detail: string }[] = [];
    for (const n of union?.nodes ?? []) {
      if (!matches.has(n.id) || out.length >= SEARCH_RESULTS) continue;
      const detail = [
        n.teamId && n.kind !== 'TEAM' ? actorNames[n.teamId] : null,
        n.professionId ? names[n.professionId] : null,
      ]
        .filter(Boolean)
        .join(', ');
      out.push({ id: n.id, label: n.label, detail });
    }
    return out;
  }, [union, matches, actorNames, names]);
  return { describe, searchResults };
}
