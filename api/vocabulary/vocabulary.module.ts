import { Global, Module } from '@nestjs/common';
import { VocabularyRepository } from './vocabulary.repository';
import { VocabularyResolver } from './vocabulary.resolver';
import { VocabularyService } from './vocabulary.service';

/** Global: every feature validates its vocabulary ids through VocabularyService. */
@Global()
@Module({
  providers: [VocabularyRepository, VocabularyService, VocabularyResolver],
  exports: [VocabularyService],
})
export class VocabularyModule {}
