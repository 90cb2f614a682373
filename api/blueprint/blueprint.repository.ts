import { Injectable } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { Label } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Blueprint, BlueprintExpectation } from './models/blueprint.model';

const B = Label.Blueprint;
const E = Label.BlueprintExpectation;

/** Shared projection of a blueprint with its expectations in their given order. */
const BLUEPRINT_PROJECTION = `b {
  .id, .name, .description, builtIn: coalesce(b.builtIn, false),
  expectations: COLLECT {
    MATCH (b)-[:EXPECTS]->(e:${E})
    WITH e ORDER BY e.position, e.id
    RETURN e {.id, .fromTeamTypeId, .toTeamTypeId, .tieTypeId, .sameNeighbourhood, .description}
  }
}`;

export interface NewBlueprint {
  id: string;
  name: string;
  description: string;
  expectations: BlueprintExpectation[];
}

export interface BlueprintChanges {
  name?: string;
  description?: string;
  expectations?: BlueprintExpectation[];
}

export type CreateOutcome = { blueprint: Blueprint } | 'id-taken';
export type ChangeOutcome = { blueprint: Blueprint } | 'missing' | 'built-in';

@Injectable()
export class BlueprintRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async create(blueprint: NewBlueprint): Promise<CreateOutcome> {
    return this.neo4j.write(async (tx) => {
      const taken = await tx.run(`MATCH (b:${B} {id: $id}) RETURN b.id`, { id: blueprint.id });
      if (taken.records.length > 0) return 'id-taken';
      await tx.run(
        `CREATE (:${B} {id: $id, name: $name, description: $description, builtIn: false,
                        createdAt: toString(datetime())})`,
        { id: blueprint.id, name: blueprint.name, description: blueprint.description },
      );
      await this.addExpectations(tx, blueprint.id, blueprint.expectations);
      return { blueprint: await this.read(tx, blueprint.id) };
    });
  }

  async get(id: string): Promise<Blueprint | null> {
    const result = await this.neo4j.query(
      `MATCH (b:${B} {id: $id}) RETURN ${BLUEPRINT_PROJECTION} AS blueprint`,
      { id },
    );
    return (result.records[0]?.get('blueprint') as Blueprint | undefined) ?? null;
  }

  async list(
    search: string | null,
    offset: number,
    limit: number,
  ): Promise<{ items: Blueprint[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (b:${B})
       WHERE $search IS NULL OR toLower(b.name) CONTAINS toLower($search)
       WITH b ORDER BY b.name, b.id
       WITH collect(b) AS matched
       RETURN size(matched) AS total,
              [b IN matched[$offset..($offset + $limit)] | ${BLUEPRINT_PROJECTION}] AS items`,
      { search, offset, limit },
    );
    const row = result.records[0];
    return { items: row.get('items') as Blueprint[], total: row.get('total') as number };
  }

  /** Name, description and (when given) the whole list of expectations, in one transaction. */
  async update(id: string, changes: BlueprintChanges): Promise<ChangeOutcome> {
    return this.neo4j.write(async (tx) => {
      const state = await this.state(tx, id);
      if (state !== 'editable') return state;
      const { expectations, ...props } = changes;
      await tx.run(`MATCH (b:${B} {id: $id}) SET b += $props`, { id, props });
      if (expectations) {
        await tx.run(`MATCH (:${B} {id: $id})-[:EXPECTS]->(e:${E}) DETACH DELETE e`, { id });
        await this.addExpectations(tx, id, expectations);
      }
      return { blueprint: await this.read(tx, id) };
    });
  }

  async delete(id: string): Promise<'missing' | 'built-in' | 'deleted'> {
    return this.neo4j.write(async (tx) => {
      const state = await this.state(tx, id);
      if (state !== 'editable') return state;
      await tx.run(
        `MATCH (b:${B} {id: $id}) OPTIONAL MATCH (b)-[:EXPECTS]->(e:${E}) DETACH DELETE e, b`,
        { id },
      );
      return 'deleted';
    });
  }

  private async state(
    tx: ManagedTransaction,
    id: string,
  ): Promise<'missing' | 'built-in' | 'editable'> {
    const found = await tx.run(
      `MATCH (b:${B} {id: $id}) RETURN coalesce(b.builtIn, false) AS builtIn`,
      { id },
    );
    if (found.records.length === 0) return 'missing';
    return found.records[0].get('builtIn') ? 'built-in' : 'editable';
  }

  private async addExpectations(
    tx: ManagedTransaction,
    id: string,
    expectations: BlueprintExpectation[],
  ): Promise<void> {
    await tx.run(
      `MATCH (b:${B} {id: $id})
       UNWIND range(0, size($expectations) - 1) AS i
       WITH b, i, $expectations[i] AS e
       CREATE (b)-[:EXPECTS]->(:${E} {
         id: e.id, position: i, fromTeamTypeId: e.fromTeamTypeId, toTeamTypeId: e.toTeamTypeId,
         tieTypeId: e.tieTypeId, sameNeighbourhood: e.sameNeighbourhood, description: e.description
       })`,
      { id, expectations },
    );
  }

  private async read(tx: ManagedTransaction, id: string): Promise<Blueprint> {
    const result = await tx.run(
      `MATCH (b:${B} {id: $id}) RETURN ${BLUEPRINT_PROJECTION} AS blueprint`,
      { id },
    );
    return result.records[0].get('blueprint') as Blueprint;
  }
}
