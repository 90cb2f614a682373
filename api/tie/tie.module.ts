import { Module } from '@nestjs/common';
import { TieBatchService } from './tie-batch.service';
import { TieRepository } from './tie.repository';
import { TieResolver } from './tie.resolver';
import { TieService } from './tie.service';

/** Ties between actors, their version history and batch import. */
@Module({
  providers: [TieRepository, TieService, TieBatchService, TieResolver],
  exports: [TieService],
})
export class TieModule {}
