import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';
import { Vocabularies } from './models/vocabulary-term.model';
import { idName, pick } from '../neo4j/projection';

export type VocabularyLabel =
  | typeof Label.Sector
  | typeof Label.OrganisationType
  | typeof Label.TeamType
  | typeof Label.Profession
  | typeof Label.TieType
  | typeof Label.NoteCategory;

@Injectable()
export class VocabularyRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async all(): Promise<Vocabularies> {
    const result = await this.neo4j.query(`
      CALL { MATCH (n:${Label.Sector}) RETURN collect(${idName('n')}) AS sectors }
      CALL { MATCH (n:${Label.OrganisationType}) RETURN collect(${pick('n', ['id', 'name', 'defaultSectorId'])}) AS organisationTypes }
      CALL { MATCH (n:${Label.TeamType}) RETURN collect(${idName('n')}) AS teamTypes }
      CALL { MATCH (n:${Label.Profession}) RETURN collect(${idName('n')}) AS professions }
      CALL { MATCH (n:${Label.TieType}) RETURN collect(${pick('n', ['id', 'name', 'defaultDirected'])}) AS tieTypes }
      CALL { MATCH (n:${Label.NoteCategory}) RETURN collect(${idName('n')}) AS noteCategories }
      CALL { MATCH (n:${Label.IntegrationLevel}) WITH n ORDER BY n.level RETURN collect(${pick('n', ['level', 'name'])}) AS integrationLevels }
      RETURN sectors, organisationTypes, teamTypes, professions, tieTypes, noteCategories, integrationLevels`);
    return result.records[0].toObject() as Vocabularies;
  }

  /** The ids among `ids` that are not terms of the vocabulary. */
  async missing(label: VocabularyLabel, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const result = await this.neo4j.query<{ id: string }>(
      `UNWIND $ids AS id OPTIONAL MATCH (n:${label} {id: id}) WITH id, n WHERE n IS NULL RETURN id`,
      { ids: [...new Set(ids)] },
    );
    return result.records.map((r) => r.get('id'));
  }
}
