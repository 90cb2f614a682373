import { Label, Rel } from '../../graph/labels';
import { overlapsCypher } from '../neo4j/validity';
import type { TieRow } from './tie.types';

/**
 * Cypher fragments shared by the tie repositories, written once. Labels come from
 * constants; every value is a $parameter.
 */

/** The attributes of a tie state, as stored on Tie and copied onto TieVersion. */
const STATE_FIELDS = `.typeId, .directed, .strength, .frequency, .integrationLevel, .trust, .source,
  .confidence, .waveId, .validFrom, .validTo, .note, .recordedAt, .version`;

/**
 * An actor as one end of tie `t`: teams and organisations by name, people by pseudonym
 * unless $revealNames (the caller may see display names in this council).
 */
const end = (rel: typeof Rel.From | typeof Rel.To, kind: string) =>
  `head(COLLECT { MATCH (t)-[:${rel}]->(a) RETURN a { .id, kind: t.${kind},
     name: CASE WHEN a:${Label.Person} AND NOT $revealNames THEN a.pseudonym
                ELSE coalesce(a.name, a.displayName, a.pseudonym) END } })`;

export const VERSION_PROJECTION = `v { .id, ${STATE_FIELDS}, .changedAt, .changedBy, .changeReason }`;

/** Projection of tie `t` into the GraphQL Tie shape, history newest first. */
export const TIE_PROJECTION = `t { .id, ${STATE_FIELDS},
  from: ${end(Rel.From, 'fromKind')},
  to: ${end(Rel.To, 'toKind')},
  history: COLLECT { MATCH (v:${Label.TieVersion})-[:${Rel.VersionOf}]->(t)
                     RETURN ${VERSION_PROJECTION} ORDER BY v.version DESC } }`;

/**
 * Stored tie `t`, found at `pair` (below), is the same tie as candidate map `c` (see sameTie
 * in tie-rules.ts): same type, same pair (reverse too when either is undirected),
 * overlapping validity. `pair[2]` says which orientation the index seek matched, so the
 * ends need no OR here: with one, the planner expands the OR into a union of two more
 * seeks per orientation (twice the index work, measured in the query plan).
 */
const SAME_TIE_AT_PAIR = `t.typeId = c.typeId
  AND CASE WHEN pair[2] THEN t.fromKind = c.fromKind AND t.toKind = c.toKind
           ELSE t.fromKind = c.toKind AND t.toKind = c.fromKind AND (NOT t.directed OR NOT c.directed)
      END
  AND ${overlapsCypher('t', 'c.validFrom', 'c.validTo')}`;

/**
 * Stored ties that could conflict with candidate `c` (in scope), found through the
 * (fromId, toId) index in both orientations: one flat probe per orientation, so a batch of
 * 2,000 candidates is 4,000 index seeks with no per-candidate subquery. Yields rows of `c`
 * and `t`. Needs $councilId.
 */
export const CONFLICT_LOOKUP = `UNWIND [[c.fromId, c.toId, true], [c.toId, c.fromId, false]] AS pair
  MATCH (t:${Label.Tie} {fromId: pair[0], toId: pair[1]})
  // The hint keeps the pair index in the plan even when it was planned on an empty store
  // (where a label scan looks cheaper): fast whatever the statistics say.
  USING INDEX t:${Label.Tie}(fromId, toId)
  WHERE t.councilId = $councilId AND ${SAME_TIE_AT_PAIR}`;

/**
 * For each candidate in $candidates (identity + index) identical to a stored tie: its
 * index and one such tie's id. Needs $councilId and $candidates.
 */
export const STORED_CONFLICTS = `UNWIND $candidates AS c
  ${CONFLICT_LOOKUP}
  RETURN c.index AS index, min(t.id) AS id`;

/** Properties a new Tie takes from its row: listed, so the write plan needs no Eager. */
const ROW_PROPERTIES: readonly (keyof TieRow)[] = [
  'id',
  'fromId',
  'fromKind',
  'toId',
  'toKind',
  'typeId',
  'directed',
  'strength',
  'frequency',
  'integrationLevel',
  'trust',
  'source',
  'confidence',
  'waveId',
  'validFrom',
  'validTo',
  'note',
  'recordedAt',
];

/**
 * The properties a new Tie stores from `row`, exactly as NEW_TIE_PROPERTIES writes them
 * (from the same list; a null is not stored): its state after the create, for the audit
 * event, known without reading it back.
 */
export function newTieState(row: TieRow, councilId: string): Record<string, unknown> {
  const state: Record<string, unknown> = { councilId, version: 1 };
  for (const p of ROW_PROPERTIES) if (row[p] !== null && row[p] !== undefined) state[p] = row[p];
  return state;
}

/** Property map of a new Tie from UNWIND variable `row` (nulls are simply not stored). */
export const NEW_TIE_PROPERTIES = `{ ${ROW_PROPERTIES.map((p) => `${p}: row.${p}`).join(', ')},
  councilId: $councilId, version: 1 }`;
