import { Access, Allow } from '../auth/access';
import { Scope } from '../auth/caller.decorator';
import { Label } from '../../graph/labels';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EndRecordArgs, RecordAtArgs, RecordIdArgs } from '../common/dto/record.args';
import { Paginated } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import {
  CreateOrganisationArgs,
  OrganisationListArgs,
  UpdateOrganisationArgs,
} from './dto/organisation.args';
import { Organisation } from './models/organisation.model';
import { OrganisationService } from './organisation.service';
import { MomentService } from '../moment/moment.service';

export const OrganisationPage = Paginated(Organisation, 'Organisation');

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly service: OrganisationService,
    private readonly moments: MomentService,
  ) {}

  @Allow(Access.CouncilRead)
  @Query(() => Organisation, {
    description: 'One organisation, whether or not it is valid at the moment given.',
  })
  async organisation(@Args() args: RecordAtArgs, @Scope() scope: RequestScope) {
    await this.moments.resolve(scope, args);
    return this.service.get(scope, args.id);
  }

  @Allow(Access.CouncilRead)
  @Query(() => OrganisationPage, {
    description: 'Organisations valid at the moment (asOf / wave, default today), by name.',
  })
  async organisations(@Args() args: OrganisationListArgs, @Scope() scope: RequestScope) {
    return this.service.list(scope, args, await this.moments.resolve(scope, args));
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Organisation } })
  @Mutation(() => Organisation, { description: 'Creates an organisation.' })
  createOrganisation(@Args() args: CreateOrganisationArgs, @Scope() scope: RequestScope) {
    return this.service.create(scope, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Organisation } })
  @Mutation(() => Organisation, {
    description: "Changes an organisation's name, type, sector or neighbourhoods.",
  })
  updateOrganisation(@Args() args: UpdateOrganisationArgs, @Scope() scope: RequestScope) {
    return this.service.update(scope, args.id, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Organisation } })
  @Mutation(() => Organisation, {
    description:
      'Ends an organisation on validTo; team memberships still open then end on the same day.',
  })
  endOrganisation(@Args() args: EndRecordArgs, @Scope() scope: RequestScope) {
    return this.service.end(scope, args.id, args.validTo);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Organisation } })
  @Mutation(() => Boolean, {
    description:
      'Deletes an organisation entered by mistake. Refused with CONFLICT while teams, ties or notes refer to it; end it instead.',
  })
  deleteOrganisation(@Args() args: RecordIdArgs, @Scope() scope: RequestScope) {
    return this.service.delete(scope, args.id);
  }
}
