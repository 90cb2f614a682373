import { Global, Module } from '@nestjs/common';
import { CouncilRepository } from './council.repository';
import { CouncilResolver } from './council.resolver';
import { CouncilService } from './council.service';

/** Global: every feature checks tenancy through CouncilService.assertInCouncil. */
@Global()
@Module({
  providers: [CouncilRepository, CouncilService, CouncilResolver],
  exports: [CouncilService],
})
export class CouncilModule {}
