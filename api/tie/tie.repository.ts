import { Injectable } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { Label, LabelName, Rel } from '../../graph/labels';
import { validAt } from '../common/temporal';
import { Neo4jService, Refused } from '../neo4j/neo4j.service';
import { MAX_TIE_BATCH } from './dto/tie.input';
import { Tie } from './models/tie.model';
import { ACTOR_LABEL } from './models/tie.enums';
import { findRecords, LockRequest, lockRecords, lockTiePairs } from '../neo4j/locks';
import {
  CONFLICT_LOOKUP,
  NEW_TIE_PROPERTIES,
  newTieState,
  STORED_CONFLICTS,
  TIE_PROJECTION,
} from './tie.cypher';
import { identityOf, pairKey, TieIdentity } from './tie-rules';
import {
  CandidateTie,
  ChangeRecord,
  CreateOutcome,
  endpointIds,
  groupByKinds,
  TieChanges,
  TieFilters,
  TieRow,
  UpdateOutcome,
} from './tie.types';
import { pageOf, readPage } from '../neo4j/pagination';
import { pick } from '../neo4j/projection';

const T = Label.Tie;

/** One tie of the council, valid at $asOf unless it is null. Needs $councilId, $id, $asOf, $revealNames. */
const TIE_BY_ID = `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
    AND ($asOf IS NULL OR ${validAt('t')})
  RETURN ${TIE_PROJECTION} AS tie`;

/**
 * Rows per UNWIND statement: a whole request (MAX_TIE_BATCH) in one statement, as the raw
 * reference writes it; every round trip inside the transaction is time its locks are held.
 */
export const WRITE_CHUNK = MAX_TIE_BATCH;

/**
 * A tie has an end in the sector as of $asOf: an organisation of the sector, a team part
 * of one, or a person in such a team (memberships valid at the same moment).
 */
const IN_SECTOR = `EXISTS { MATCH (t)-[:${Rel.From}|${Rel.To}]->(a)
  WHERE (a:${Label.Organisation} AND a.sectorId = $sectorId)
     OR (a:${Label.Team} AND EXISTS { MATCH (a)-[p:${Rel.PartOf}]->(o:${Label.Organisation})
                          WHERE ${validAt('p')} AND o.sectorId = $sectorId })
     OR (a:${Label.Person} AND EXISTS {
          MATCH (a)-[m:${Rel.MemberOf}]->(:${Label.Team})-[p:${Rel.PartOf}]->(o:${Label.Organisation})
          WHERE ${validAt('m')} AND ${validAt('p')} AND o.sectorId = $sectorId }) }`;

@Injectable()
export class TieRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** The tie, optionally only if valid at `asOf`; people at its ends by pseudonym unless revealNames. */
  async get(
    councilId: string,
    id: string,
    asOf: string | null,
    revealNames: boolean,
  ): Promise<Tie | null> {
    const result = await this.neo4j.query(TIE_BY_ID, { councilId, id, asOf, revealNames });
    return (result.records[0]?.get('tie') as Tie | undefined) ?? null;
  }

  async list(
    councilId: string,
    asOf: string,
    filters: TieFilters,
    page: { offset: number; limit: number; revealNames: boolean },
  ): Promise<{ items: Tie[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (t:${T}) WHERE t.councilId = $councilId AND ${validAt('t')}
         AND ($typeId IS NULL OR t.typeId = $typeId)
         AND ($actorId IS NULL OR t.fromId = $actorId OR t.toId = $actorId)
         AND ($fromKind IS NULL OR t.fromKind = $fromKind)
         AND ($toKind IS NULL OR t.toKind = $toKind)
         AND ($minStrength IS NULL OR t.strength >= $minStrength)
         AND ($source IS NULL OR t.source = $source)
         AND ($sectorId IS NULL OR ${IN_SECTOR})
       WITH t ORDER BY t.validFrom, t.id
       ${pageOf('t', TIE_PROJECTION)}`,
      { councilId, asOf, ...filters, ...page },
    );
    return readPage<Tie>(result);
  }

  /**
   * Checks and creates in ONE transaction, so the rules hold at commit: the endpoints and
   * waves are locked first (in the global lock order), then every row is checked — its ends
   * and wave exist in the council, no identical tie is stored — and only if every row passes
   * (and `write` is set) are they written, UNWIND in chunks per (fromKind, toKind) through the
   * unique-id index, and the council's data version moves. Two concurrent identical creates
   * thus queue on the endpoints' locks and the second finds the first's tie. With `write`
   * false it only reports (a batch with other errors still learns every problem at once).
   * `readBack`, for a single tie (createTie), returns it as written, projected by the same
   * statement that creates it. Needs $councilId.
   */
  async createMany(
    councilId: string,
    items: CandidateTie[],
    write: boolean,
    readBack: { revealNames: boolean } | null = null,
  ): Promise<CreateOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      const usable = items.filter((item) => item.endpoints);
      // Identical stored ties are looked up in the same round trip as the locks, sent right
      // behind them, so the server runs the look-up after the locks are held. Items whose
      // ends turn out to be missing are refused anyway; their look-up is ignored.
      const candidates = items
        .filter((item) => item.endpoints && item.identity)
        .map((item) => ({ ...identityOf(item.row), index: item.index }));
      // Statements run in the order they are sent: the locks first (waves, then the pairs
      // whose identical-tie check follows), then the look-ups.
      const waves = lockRecords(tx, councilId, {
        [Label.Wave]: items.map((item) => item.row.waveId),
      });
      // The identical-tie look-up is the pair locks' own statement, run once they are held.
      const stored = lockTiePairs(
        tx,
        councilId,
        candidates.map(pairKey),
        candidates.length
          ? { cypher: STORED_CONFLICTS, params: { councilId, candidates } }
          : undefined,
      );
      const endIds = endpointIds(usable.map((item) => item.row));
      // A write learns that its ends exist from the create itself (it matches them); they
      // are looked up one by one only to report a refusal, or when nothing is written.
      const ends = write ? null : findRecords(tx, councilId, endIds);
      // The writes go in the same round trip, right behind the locks and the look-up, before
      // their answers are known: the locks are then held for one round trip and the commit,
      // as a plain driver write holds the ones it takes. If the checks refuse the batch, the
      // transaction rolls back (Refused) and nothing was written.
      const rows = items.map((item) => item.row);
      const single = readBack !== null && rows.length === 1;
      const writes = write ? this.sendCreates(tx, councilId, rows, single ? readBack : null) : [];
      if (write) {
        changed(
          rows.map((row) => row.id),
          () => new Map(rows.map((row) => [row.id, newTieState(row, councilId)])),
        );
      }
      const [wavesFound, conflicting, endsFound, written] = await Promise.all([
        waves,
        stored,
        ends,
        Promise.all(writes),
      ]);
      const createdCount = single
        ? (written[0]?.records.length ?? 0)
        : written.reduce((sum, result) => sum + (result.records[0].get('n') as number), 0);
      // Every row created means every end was found; otherwise say which were not.
      const allEnds = write && createdCount === rows.length && usable.length === rows.length;
      const endsKnown = endsFound ?? (allEnds ? null : await findRecords(tx, councilId, endIds));
      const found = (label: LabelName, id: string) =>
        endsKnown === null || !!endsKnown.get(label)?.has(id);
      const missing = items.flatMap(({ row, index, endpoints }) => [
        ...(endpoints
          ? [
              { kind: row.fromKind, id: row.fromId, field: 'fromId' as const },
              { kind: row.toKind, id: row.toId, field: 'toId' as const },
            ]
              .filter((end) => !found(ACTOR_LABEL[end.kind], end.id))
              .map((end) => ({ index, field: end.field, kind: end.kind, id: end.id }))
          : []),
        ...(row.waveId && !wavesFound.get(Label.Wave)?.has(row.waveId)
          ? [{ index, field: 'waveId' as const, kind: 'WAVE' as const, id: row.waveId }]
          : []),
      ]);
      const refuse = (outcome: CreateOutcome) => {
        if (write) throw new Refused(outcome);
        return outcome;
      };
      // Everything found means the council exists (its records carry its id); only when
      // something is missing does it matter whether the council itself is. A council deleted
      // after this point is caught by the data-version bump, which rolls the write back.
      if ((missing.length > 0 || usable.length === 0) && !(await councilExists(tx, councilId))) {
        return refuse({
          councilFound: false,
          created: 0,
          missing: [],
          conflicts: new Map(),
          first: null,
        });
      }
      const lacking = new Set(missing.map((m) => m.index));
      const conflicts = new Map(
        conflicting
          .map((r) => [r.get('index') as number, r.get('id') as string] as const)
          .filter(([index]) => !lacking.has(index)),
      );
      if (!write || missing.length > 0 || conflicts.size > 0)
        return refuse({ councilFound: true, created: 0, missing, conflicts, first: null });
      // Checked, yet not every row written: never commit part of a batch.
      if (createdCount !== rows.length)
        throw new Error(`createMany wrote ${createdCount} of ${rows.length} checked ties`);
      const first = single
        ? ((written[0]?.records[0]?.get('tie') as Tie | undefined) ?? null)
        : null;
      return { councilFound: true, created: createdCount, missing, conflicts, first };
    });
  }

  /**
   * Sends the CREATE statements of `rows` (not awaited): UNWIND per (fromKind, toKind)
   * through the unique-id index, in chunks. With `readBack`, the one tie is projected by
   * the statement that creates it (createTie).
   */
  private sendCreates(
    tx: ManagedTransaction,
    councilId: string,
    rows: TieRow[],
    readBack: { revealNames: boolean } | null,
  ) {
    return groupByKinds(rows).flatMap((group) => {
      const from = ACTOR_LABEL[group[0].fromKind];
      const to = ACTOR_LABEL[group[0].toKind];
      const chunks = [];
      for (let i = 0; i < group.length; i += WRITE_CHUNK) {
        const chunk = group.slice(i, i + WRITE_CHUNK);
        chunks.push(
          tx.run(
            `UNWIND $rows AS row
             MATCH (a:${from} {id: row.fromId}) WHERE a.councilId = $councilId
             MATCH (b:${to} {id: row.toId}) WHERE b.councilId = $councilId
             MATCH (tt:${Label.TieType} {id: row.typeId})
             CREATE (t:${T} ${NEW_TIE_PROPERTIES})
             CREATE (t)-[:${Rel.From}]->(a), (t)-[:${Rel.To}]->(b), (t)-[:${Rel.OfType}]->(tt)
             ${readBack ? `WITH t RETURN ${TIE_PROJECTION} AS tie` : 'RETURN count(t) AS n'}`,
            readBack
              ? { rows: chunk, councilId, revealNames: readBack.revealNames }
              : { rows: chunk, councilId },
          ),
        );
      }
      return chunks;
    });
  }

  /**
   * Copies the current state into a TieVersion, applies the changes and bumps the
   * version, in one transaction, after locking the tie (and then the pair of its new state,
   * as createTie does): the new validity must still be a non-empty period, and no identical
   * tie may exist, against the state at commit (so an endTie racing an updateTie can never
   * leave validTo before validFrom).
   */
  async update(
    councilId: string,
    id: string,
    changes: TieChanges,
    change: ChangeRecord,
  ): Promise<UpdateOutcome> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      // The tie locked first (an endTie racing an updateTie queue here), then its state.
      const locks: LockRequest = { [Label.Tie]: [id] };
      if (changes.waveId) locks[Label.Wave] = [changes.waveId];
      const found = await lockRecords(tx, councilId, locks);
      if (!found.get(Label.Tie)?.has(id)) return 'missing';
      if (changes.waveId && !found.get(Label.Wave)?.has(changes.waveId)) return 'wave-missing';
      const state = await tx.run(
        `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
         RETURN ${pick('t', ['fromId', 'fromKind', 'toId', 'toKind', 'typeId', 'directed', 'validFrom', 'validTo'])} AS t`,
        { councilId, id },
      );
      const current = state.records[0].get('t') as TieIdentity;
      const next: TieIdentity = {
        ...current,
        typeId: changes.typeId ?? current.typeId,
        directed: changes.directed ?? current.directed,
        validFrom: changes.validFrom ?? current.validFrom,
        validTo: changes.validTo === undefined ? current.validTo : changes.validTo,
      };
      if (next.validTo !== null && next.validTo <= next.validFrom) {
        return { invalid: changes.validTo === undefined ? 'validFrom' : 'validTo', current };
      }
      // The pair's lock, as createTie takes it, before looking for an identical tie.
      const clash = await lockTiePairs(tx, councilId, [pairKey(next)], {
        cypher: `WITH $candidate AS c ${CONFLICT_LOOKUP}
                 WITH t WHERE t.id <> $id RETURN t.id AS id LIMIT 1`,
        params: { councilId, candidate: next, id },
      });
      if (clash.length > 0) return { conflict: clash[0].get('id') as string };
      await tx.run(
        `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
         SET t.version = t.version + 1
         CREATE (v:${Label.TieVersion})
         SET v = properties(t), v.id = $change.versionId, v.tieId = t.id,
             v.version = t.version - 1, v.changedAt = $change.at,
             v.changedBy = $change.actor, v.changeReason = $change.reason
         CREATE (v)-[:${Rel.VersionOf}]->(t)
         SET t += $changes, t.recordedAt = $change.at`,
        { councilId, id, changes, change },
      );
      if (changes.typeId !== undefined) {
        await tx.run(
          `MATCH (t:${T} {id: $id})-[r:${Rel.OfType}]->() DELETE r
           WITH DISTINCT t MATCH (tt:${Label.TieType} {id: t.typeId}) CREATE (t)-[:${Rel.OfType}]->(tt)`,
          { id },
        );
      }
      changed([id]);
      return 'updated';
    });
  }

  /**
   * Hard delete for mistakes: removes the tie and its versions in one transaction (the
   * audit interceptor records the tie as it was, with the reason). A tie that something
   * else refers to (a learning note) is left alone: 'in-use'.
   */
  async delete(councilId: string, id: string): Promise<'missing' | 'in-use' | 'deleted'> {
    return this.neo4j.writeInCouncil(councilId, async (tx, changed) => {
      // Locked first, so a learning note cannot be attached between the check and the delete.
      const found = await lockRecords(tx, councilId, { [Label.Tie]: [id] });
      if (!found.get(Label.Tie)?.has(id)) return 'missing';
      const uses = await tx.run(
        `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
         RETURN COUNT { (t)<-[r]-() WHERE NOT r:VERSION_OF } AS uses`,
        { councilId, id },
      );
      if ((uses.records[0].get('uses') as number) > 0) return 'in-use';
      await tx.run(
        `MATCH (t:${T} {id: $id}) WHERE t.councilId = $councilId
         OPTIONAL MATCH (v:${Label.TieVersion})-[:${Rel.VersionOf}]->(t)
         DETACH DELETE v, t`,
        { councilId, id },
      );
      changed([id]);
      return 'deleted';
    });
  }
}

async function councilExists(tx: ManagedTransaction, councilId: string): Promise<boolean> {
  const council = await tx.run(`MATCH (c:${Label.Council} {id: $councilId}) RETURN c.id`, {
    councilId,
  });
  return council.records.length > 0;
}
