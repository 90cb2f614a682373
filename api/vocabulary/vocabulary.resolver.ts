import { Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../auth/access';
import { Vocabularies } from './models/vocabulary-term.model';
import { VocabularyService } from './vocabulary.service';

@Resolver()
export class VocabularyResolver {
  constructor(private readonly vocabulary: VocabularyService) {}

  @Allow(Access.SignedIn)
  @Query(() => Vocabularies, {
    description: 'The shared vocabularies every council uses (seeded by a migration).',
  })
  vocabularies(): Promise<Vocabularies> {
    return this.vocabulary.all();
  }
}
