import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What the API knows about its graph database.' })
export class Neo4jHealth {
  @Field({ description: 'Whether a query to Neo4j succeeded just now.' })
  reachable!: boolean;

  @Field({ description: 'Kernel name reported by `CALL dbms.components()`, e.g. "Neo4j Kernel".' })
  name!: string;

  @Field({ description: 'Neo4j server version, e.g. "5.26.30".' })
  version!: string;

  @Field({ description: 'Neo4j edition: "community" or "enterprise".' })
  edition!: string;

  @Field(() => Float, { description: 'Round-trip time of the check query, in milliseconds.' })
  latencyMs!: number;
}

@ObjectType({ description: 'Health of the Interweave API and the services it depends on.' })
export class Health {
  @Field({ description: 'Overall status: "ok" when every dependency answers.' })
  status!: string;

  @Field(() => Neo4jHealth, { description: 'The graph database.' })
  neo4j!: Neo4jHealth;

  @Field({ description: 'When this check ran (ISO 8601, UTC).' })
  checkedAt!: string;
}
