import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A term of a shared vocabulary (sector, profession, tie type, ...).' })
export class VocabularyTerm {
  @Field(() => ID, { description: 'Stable slug, e.g. "district-nurse".' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;
}

@ObjectType({ description: 'An organisation type and the sector it usually belongs to.' })
export class OrganisationTypeTerm extends VocabularyTerm {
  @Field(() => ID, { description: 'Sector an organisation of this type belongs to by default.' })
  defaultSectorId!: string;
}

@ObjectType({ description: 'A tie type and whether ties of this type are directed by default.' })
export class TieTypeTerm extends VocabularyTerm {
  @Field({
    description: 'True when a tie of this type has a direction by default (e.g. referral).',
  })
  defaultDirected!: boolean;
}

@ObjectType({ description: 'A step of the 1–7 integration scale.' })
export class IntegrationLevelTerm {
  @Field(() => Int, { description: '1 (not linked) to 7 (fully linked).' })
  level!: number;

  @Field({ description: 'Name of the step, e.g. "Coordination".' })
  name!: string;
}

@ObjectType({ description: 'Every shared vocabulary, the same for all councils.' })
export class Vocabularies {
  @Field(() => [VocabularyTerm], { description: 'Sectors: NHS, council, independent, voluntary.' })
  sectors!: VocabularyTerm[];

  @Field(() => [OrganisationTypeTerm], { description: 'Organisation types.' })
  organisationTypes!: OrganisationTypeTerm[];

  @Field(() => [VocabularyTerm], { description: 'Team / service types.' })
  teamTypes!: VocabularyTerm[];

  @Field(() => [VocabularyTerm], { description: 'The harmonised list of professions.' })
  professions!: VocabularyTerm[];

  @Field(() => [TieTypeTerm], { description: 'Tie types.' })
  tieTypes!: TieTypeTerm[];

  @Field(() => [VocabularyTerm], { description: 'Learning-note categories.' })
  noteCategories!: VocabularyTerm[];

  @Field(() => [IntegrationLevelTerm], { description: 'Integration levels 1–7.' })
  integrationLevels!: IntegrationLevelTerm[];
}
