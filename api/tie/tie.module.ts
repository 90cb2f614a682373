import { Module } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository';
import { AuditEventResolver } from './audit-event.resolver';
import { AuditEventService } from './audit-event.service';
import { TieBatchRepository } from './tie-batch.repository';
import { TieBatchService } from './tie-batch.service';
import { TieRepository } from './tie.repository';
import { TieResolver } from './tie.resolver';
import { TieService } from './tie.service';

/** Ties between actors, their version history, batch import and the delete audit trail. */
@Module({
  providers: [
    TieRepository,
    TieBatchRepository,
    TieService,
    TieBatchService,
    TieResolver,
    AuditEventRepository,
    AuditEventService,
    AuditEventResolver,
  ],
  exports: [TieService],
})
export class TieModule {}
