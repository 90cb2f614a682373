import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';
import { ActorKind } from './models/tie.enums';
import { STORED_CONFLICTS } from './tie.cypher';
import { TieIdentity } from './tie-rules';

export type ActorIds = Record<ActorKind, Set<string>>;

/**
 * Set-based look-ups for validating a whole batch: each is one statement whatever the
 * batch size, never one query per item.
 */
@Injectable()
export class TieBatchRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Which of the referenced actors exist in the council, per kind (one UNWIND per label). */
  async existingActors(councilId: string, wanted: ActorIds): Promise<ActorIds> {
    const result = await this.neo4j.query<Record<'PERSON' | 'TEAM' | 'ORGANISATION', string[]>>(
      `CALL { UNWIND $people AS id MATCH (n:${Label.Person} {id: id})
              WHERE n.councilId = $councilId RETURN collect(n.id) AS people }
       CALL { UNWIND $teams AS id MATCH (n:${Label.Team} {id: id})
              WHERE n.councilId = $councilId RETURN collect(n.id) AS teams }
       CALL { UNWIND $organisations AS id MATCH (n:${Label.Organisation} {id: id})
              WHERE n.councilId = $councilId RETURN collect(n.id) AS organisations }
       RETURN people AS PERSON, teams AS TEAM, organisations AS ORGANISATION`,
      {
        councilId,
        people: [...wanted.PERSON],
        teams: [...wanted.TEAM],
        organisations: [...wanted.ORGANISATION],
      },
    );
    const row = result.records[0];
    return {
      PERSON: new Set(row.get('PERSON')),
      TEAM: new Set(row.get('TEAM')),
      ORGANISATION: new Set(row.get('ORGANISATION')),
    };
  }

  async existingWaves(councilId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const result = await this.neo4j.query<{ id: string }>(
      `UNWIND $ids AS id MATCH (w:${Label.Wave} {id: id}) WHERE w.councilId = $councilId
       RETURN w.id AS id`,
      { councilId, ids },
    );
    return new Set(result.records.map((r) => r.get('id')));
  }

  /** For each candidate identical to a stored tie: its index → one such tie id. */
  async conflicts(
    councilId: string,
    candidates: (TieIdentity & { index: number })[],
  ): Promise<Map<number, string>> {
    if (candidates.length === 0) return new Map();
    const result = await this.neo4j.query<{ index: number; id: string }>(STORED_CONFLICTS, {
      councilId,
      candidates,
    });
    return new Map(result.records.map((r) => [r.get('index'), r.get('id')]));
  }
}
