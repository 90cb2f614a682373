import { Injectable } from '@nestjs/common';
import { Label as L, Rel } from '../../../graph/labels';
import { Neo4jService } from '../../neo4j/neo4j.service';
import { pick } from '../../neo4j/projection';
import { EXPECTATION_FIELDS } from '../../blueprint/blueprint.repository';

export interface WaveRow {
  id: string;
  label: string;
  date: string;
}

export interface InterventionRow {
  id: string;
  date: string;
  label: string;
  kind: string;
}

export interface ExpectationRow {
  id: string;
  fromTeamTypeId: string;
  toTeamTypeId: string;
  tieTypeId: string;
  sameNeighbourhood: boolean;
  description: string;
}

export interface BlueprintRow {
  id: string;
  name: string;
  expectations: ExpectationRow[];
}

/** The time axis and blueprints an analysis is read against. */
@Injectable()
export class AnalyticsContextRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async waves(councilId: string): Promise<WaveRow[]> {
    const result = await this.neo4j.query(
      `MATCH (w:${L.Wave}) WHERE w.councilId = $councilId RETURN w.id AS id, w.label AS label, w.date AS date ORDER BY w.date, w.id`,
      { councilId },
    );
    return result.records.map((r) => r.toObject() as WaveRow);
  }

  async interventions(councilId: string): Promise<InterventionRow[]> {
    const result = await this.neo4j.query(
      `MATCH (i:${L.Intervention}) WHERE i.councilId = $councilId
       RETURN i.id AS id, i.date AS date, i.label AS label, i.kind AS kind ORDER BY i.date, i.id`,
      { councilId },
    );
    return result.records.map((r) => r.toObject() as InterventionRow);
  }

  async councilNames(ids: string[]): Promise<Map<string, string>> {
    const result = await this.neo4j.query(
      `MATCH (c:${L.Council}) WHERE c.id IN $ids RETURN c.id AS id, c.name AS name`,
      { ids },
    );
    return new Map(result.records.map((r) => [r.get('id') as string, r.get('name') as string]));
  }

  async neighbourhoodNames(councilId: string): Promise<Map<string, string>> {
    const result = await this.neo4j.query(
      `MATCH (n:${L.Neighbourhood}) WHERE n.councilId = $councilId RETURN n.id AS id, n.name AS name`,
      { councilId },
    );
    return new Map(result.records.map((r) => [r.get('id') as string, r.get('name') as string]));
  }

  /** A shared blueprint, or one the council owns; another council's is not found. */
  async blueprint(id: string, councilId: string): Promise<BlueprintRow | null> {
    const result = await this.neo4j.query(
      `MATCH (b:${L.Blueprint} {id: $id}) WHERE b.councilId IS NULL OR b.councilId = $councilId
       RETURN b.id AS id, b.name AS name,
              COLLECT { MATCH (b)-[:${Rel.Expects}]->(e:BlueprintExpectation)
                        WITH e ORDER BY coalesce(e.position, 0), e.id
                        RETURN ${pick('e', EXPECTATION_FIELDS)} } AS expectations`,
      { id, councilId },
    );
    return (result.records[0]?.toObject() as BlueprintRow | undefined) ?? null;
  }
}
