import { Args, Query, Resolver } from '@nestjs/graphql';
import { Paginated } from '../common/models/paginated';
import { scopeFor } from '../common/request-scope';
import { AuditEventService } from './audit-event.service';
import { AuditEventsArgs } from './dto/tie.args';
import { AuditEvent } from './models/audit-event.model';

export const AuditEventPage = Paginated(AuditEvent, 'AuditEvent');

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  constructor(private readonly service: AuditEventService) {}

  @Query(() => AuditEventPage, {
    description: 'Audit trail of hard deletes in a council, newest first; filter by entityId.',
  })
  auditEvents(@Args() args: AuditEventsArgs) {
    return this.service.list(
      scopeFor(args.councilId),
      args.entityId ?? null,
      args.offset,
      args.limit,
    );
  }
}
