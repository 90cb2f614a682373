import { Injectable } from '@nestjs/common';
import { CouncilService } from '../council/council.service';
import { Page } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { AuditEventRepository } from './audit-event.repository';
import { AuditEvent } from './models/audit-event.model';

@Injectable()
export class AuditEventService {
  constructor(
    private readonly events: AuditEventRepository,
    private readonly councils: CouncilService,
  ) {}

  async list(
    scope: RequestScope,
    entityId: string | null,
    offset: number,
    limit: number,
  ): Promise<Page<AuditEvent>> {
    await this.councils.assertCouncil(scope);
    const page = await this.events.list(scope.councilId, entityId, offset, limit);
    return { ...page, offset, limit };
  }
}
