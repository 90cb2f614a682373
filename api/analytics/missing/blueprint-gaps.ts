import { RawNetwork } from '../snapshot/raw-network';
import { BlueprintRow, ExpectationRow } from '../context/analytics-context.repository';

export interface TeamRef {
  id: string;
  name: string;
  typeId: string;
  neighbourhoodId: string | null;
}

export interface BlueprintGap {
  expectation: ExpectationRow;
  from: TeamRef;
  to: TeamRef;
  neighbourhoodId: string | null;
  /** Steps between the two teams in the team-level network now; null when unreachable. */
  distance: number | null;
}

export interface BlueprintProgressRow {
  expectationId: string;
  description: string;
  neighbourhoodId: string | null;
  expected: number;
  met: number;
}

export interface BlueprintEvaluation {
  gaps: BlueprintGap[];
  progress: BlueprintProgressRow[];
  expectedPairs: number;
  metPairs: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Compares a council's ties at a moment with a blueprint, at team level: an expectation
 * "team type A ↔ team type B (same neighbourhood), tie type T" holds for a pair of teams
 * when any tie of type T links the teams or their members (either direction). Every unmet
 * pair is a gap, with the distance between the teams through the ties that do exist.
 */
export function evaluateBlueprint(raw: RawNetwork, blueprint: BlueprintRow): BlueprintEvaluation {
  const teamOfPerson = new Map(raw.people.map((p) => [p.id, p.teamId]));
  const teamOf = (id: string, kind: string) =>
    kind === 'PERSON' ? (teamOfPerson.get(id) ?? null) : kind === 'TEAM' ? id : null;
  const linkedByType = new Map<string, Set<string>>();
  const adjacency = new Map<string, Set<string>>();
  for (const t of raw.ties) {
    const a = teamOf(t.fromId, t.fromKind);
    const b = teamOf(t.toId, t.toKind);
    if (!a || !b || a === b) continue;
    const set = linkedByType.get(t.typeId) ?? new Set<string>();
    set.add(pairKey(a, b));
    linkedByType.set(t.typeId, set);
    adjacency.set(a, (adjacency.get(a) ?? new Set()).add(b));
    adjacency.set(b, (adjacency.get(b) ?? new Set()).add(a));
  }
  const teams: TeamRef[] = raw.teams.map((t) => ({
    id: t.id,
    name: t.name,
    typeId: t.typeId,
    neighbourhoodId: t.neighbourhoodId,
  }));
  const gaps: BlueprintGap[] = [];
  const progress = new Map<string, BlueprintProgressRow>();
  let expectedPairs = 0;
  let metPairs = 0;
  for (const e of blueprint.expectations) {
    const froms = teams.filter((t) => t.typeId === e.fromTeamTypeId);
    const tos = teams.filter((t) => t.typeId === e.toTeamTypeId);
    for (const from of froms) {
      for (const to of tos) {
        if (from.id === to.id) continue;
        if (
          e.sameNeighbourhood &&
          (from.neighbourhoodId === null || from.neighbourhoodId !== to.neighbourhoodId)
        )
          continue;
        const neighbourhoodId = from.neighbourhoodId ?? to.neighbourhoodId;
        const key = `${e.id}|${neighbourhoodId ?? ''}`;
        const row = progress.get(key) ?? {
          expectationId: e.id,
          description: e.description,
          neighbourhoodId,
          expected: 0,
          met: 0,
        };
        row.expected += 1;
        expectedPairs += 1;
        if (linkedByType.get(e.tieTypeId)?.has(pairKey(from.id, to.id))) {
          row.met += 1;
          metPairs += 1;
        } else {
          gaps.push({
            expectation: e,
            from,
            to,
            neighbourhoodId,
            distance: distance(adjacency, from.id, to.id),
          });
        }
        progress.set(key, row);
      }
    }
  }
  return { gaps, progress: [...progress.values()], expectedPairs, metPairs };
}

function distance(adjacency: Map<string, Set<string>>, from: string, to: string): number | null {
  const seen = new Set([from]);
  let frontier = [from];
  for (let steps = 1; frontier.length > 0; steps += 1) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const w of adjacency.get(v) ?? []) {
        if (w === to) return steps;
        if (!seen.has(w)) {
          seen.add(w);
          next.push(w);
        }
      }
    }
    frontier = next;
  }
  return null;
}
