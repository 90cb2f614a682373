import { Injectable } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { Label, Rel } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Blueprint, BlueprintExpectation } from './models/blueprint.model';
import { pageOf, readPage } from '../neo4j/pagination';
import { pick } from '../neo4j/projection';

const B = Label.Blueprint;
const E = Label.BlueprintExpectation;

/** The stored properties of a BlueprintExpectation, as the API shows them. */
export const EXPECTATION_FIELDS = [
  'id',
  'fromTeamTypeId',
  'toTeamTypeId',
  'tieTypeId',
  'sameNeighbourhood',
  'description',
] as const;

/** Shared projection of a blueprint with its expectations in their given order. */
const BLUEPRINT_PROJECTION = `b {
  .id, .name, .description, .councilId, builtIn: coalesce(b.builtIn, false),
  expectations: COLLECT {
    MATCH (b)-[:${Rel.Expects}]->(e:${E})
    WITH e ORDER BY e.position, e.id
    RETURN ${pick('e', EXPECTATION_FIELDS)}
  }
}`;

/** Shared blueprints (councilId null) are seen by all; a council's own only inside it. */
const VISIBLE = `(b.councilId IS NULL OR b.councilId = $owner)`;

export interface NewBlueprint {
  id: string;
  /** The owning council; null for a shared blueprint. */
  councilId: string | null;
  name: string;
  description: string;
  expectations: BlueprintExpectation[];
}

export interface BlueprintChanges {
  name?: string;
  description?: string;
  expectations?: BlueprintExpectation[];
}

export type ChangeOutcome = { blueprint: Blueprint } | 'missing' | 'built-in' | 'shared';

@Injectable()
export class BlueprintRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async create(blueprint: NewBlueprint): Promise<{ blueprint: Blueprint }> {
    return this.neo4j.write(async (tx) => {
      await tx.run(
        `CREATE (:${B} {id: $id, councilId: $councilId, name: $name, description: $description,
                        builtIn: false, createdAt: toString(datetime())})`,
        {
          id: blueprint.id,
          councilId: blueprint.councilId,
          name: blueprint.name,
          description: blueprint.description,
        },
      );
      await this.addExpectations(tx, blueprint.id, blueprint.expectations);
      return { blueprint: await this.read(tx, blueprint.id) };
    });
  }

  /** A blueprint visible to the owner council (or shared); null otherwise. */
  async get(id: string, owner: string | null): Promise<Blueprint | null> {
    const result = await this.neo4j.query(
      `MATCH (b:${B} {id: $id}) WHERE ${VISIBLE} RETURN ${BLUEPRINT_PROJECTION} AS blueprint`,
      { id, owner },
    );
    return (result.records[0]?.get('blueprint') as Blueprint | undefined) ?? null;
  }

  async list(
    owner: string | null,
    search: string | null,
    offset: number,
    limit: number,
  ): Promise<{ items: Blueprint[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (b:${B})
       WHERE ${VISIBLE} AND ($search IS NULL OR toLower(b.name) CONTAINS toLower($search))
       WITH b ORDER BY b.name, b.id
       ${pageOf('b', BLUEPRINT_PROJECTION)}`,
      { owner, search, offset, limit },
    );
    return readPage<Blueprint>(result);
  }

  /** Name, description and (when given) the whole list of expectations, in one transaction. */
  async update(
    id: string,
    owner: string | null,
    changes: BlueprintChanges,
  ): Promise<ChangeOutcome> {
    return this.neo4j.write(async (tx) => {
      const state = await this.state(tx, id, owner);
      if (state !== 'editable') return state;
      const { expectations, ...props } = changes;
      await tx.run(`MATCH (b:${B} {id: $id}) SET b += $props`, { id, props });
      if (expectations) {
        await tx.run(`MATCH (:${B} {id: $id})-[:${Rel.Expects}]->(e:${E}) DETACH DELETE e`, { id });
        await this.addExpectations(tx, id, expectations);
      }
      return { blueprint: await this.read(tx, id) };
    });
  }

  async delete(
    id: string,
    owner: string | null,
  ): Promise<'missing' | 'built-in' | 'shared' | 'deleted'> {
    return this.neo4j.write(async (tx) => {
      const state = await this.state(tx, id, owner);
      if (state !== 'editable') return state;
      await tx.run(
        `MATCH (b:${B} {id: $id}) OPTIONAL MATCH (b)-[:${Rel.Expects}]->(e:${E}) DETACH DELETE e, b`,
        { id },
      );
      return 'deleted';
    });
  }

  /** Editable only by its owner: a council's own inside it, a shared one outside any council. */
  private async state(
    tx: ManagedTransaction,
    id: string,
    owner: string | null,
  ): Promise<'missing' | 'built-in' | 'shared' | 'editable'> {
    const found = await tx.run(
      `MATCH (b:${B} {id: $id}) WHERE ${VISIBLE}
       RETURN coalesce(b.builtIn, false) AS builtIn, b.councilId AS councilId`,
      { id, owner },
    );
    if (found.records.length > 0 && found.records[0].get('councilId') !== owner) {
      // A shared blueprint named from inside a council: only system admins edit those.
      return found.records[0].get('builtIn') ? 'built-in' : 'shared';
    }
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
       CREATE (b)-[:${Rel.Expects}]->(:${E} {
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
