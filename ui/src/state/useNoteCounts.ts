import { useEffect, useState } from 'react';
import { gql } from '../api/client';
import type { NoteTargetsQuery, NoteTargetsQueryVariables } from '../api/operations.generated';
import { useNotesVersion } from './useDataVersion';

const PAGE = 500;
const QUERY = `query NoteTargets($c: ID!, $offset: Int!, $limit: Int!) {
  learningNotes(councilId: $c, offset: $offset, limit: $limit) { total items { target { id } } } }`;

/**
 * How many learning notes are about each record of a council (actor, tie, intervention or
 * the council itself), by id; every page is read, so a count is never a page's share. Null
 * until read; refetched when a note is written (the notes version), not on every network edit.
 */
export function useNoteCounts(councilId: string): Map<string, number> | null {
  const [version] = useNotesVersion(councilId);
  const [counts, setCounts] = useState<{ key: string; counts: Map<string, number> } | null>(null);
  const key = `${councilId}|${version}`;
  useEffect(() => {
    let live = true;
    void (async () => {
      const out = new Map<string, number>();
      for (let offset = 0; ; offset += PAGE) {
        const page = await gql<NoteTargetsQuery, NoteTargetsQueryVariables>(QUERY, {
          c: councilId,
          offset,
          limit: PAGE,
        });
        for (const n of page.learningNotes.items) {
          out.set(n.target.id, (out.get(n.target.id) ?? 0) + 1);
        }
        if (offset + PAGE >= page.learningNotes.total) break;
      }
      if (live) setCounts({ key, counts: out });
    })().catch(() => {
      // Counts are an aid: without them the markers and badge simply show none.
    });
    return () => {
      live = false;
    };
  }, [councilId, key]);
  return counts?.key === key ? counts.counts : null;
}
