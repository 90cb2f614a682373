import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';

/** The council settings the access guard needs on every council-scoped request. */
@Injectable()
export class CouncilSettingsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Which of the councils have "names visible to members" turned on (off by default). */
  async namesVisible(councilIds: string[]): Promise<Set<string>> {
    const result = await this.neo4j.query<{ id: string }>(
      `MATCH (c:${Label.Council}) WHERE c.id IN $councilIds AND coalesce(c.namesVisible, false)
       RETURN c.id AS id`,
      { councilIds },
    );
    return new Set(result.records.map((r) => r.get('id')));
  }
}
