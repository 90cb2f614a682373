import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../auth/access';
import { Paginated } from '../common/models/paginated';
import { AuditService } from './audit.service';
import { AuditEventsArgs } from './dto/audit-event.args';
import { AuditEvent } from './models/audit-event.model';

export const AuditEventPage = Paginated(AuditEvent, 'AuditEvent');

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  constructor(private readonly service: AuditService) {}

  @Allow(Access.CouncilAdmin)
  @Query(() => AuditEventPage, {
    description:
      "The audit trail, newest first: a council's (its admins) or, without councilId, account events such as sign-ins (system admins). Filter by record, user, action and dates.",
  })
  auditEvents(@Args() args: AuditEventsArgs) {
    return this.service.list(
      {
        councilId: args.councilId ?? null,
        entityId: args.entityId ?? null,
        userId: args.userId ?? null,
        action: args.action ?? null,
        from: args.from ?? null,
        to: args.to ?? null,
      },
      args.offset,
      args.limit,
    );
  }
}
