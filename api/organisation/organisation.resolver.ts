import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EndRecordArgs, RecordAtArgs, RecordIdArgs } from '../common/dto/record.args';
import { Paginated } from '../common/models/paginated';
import { scopeFor } from '../common/request-scope';
import {
  CreateOrganisationArgs,
  OrganisationListArgs,
  UpdateOrganisationArgs,
} from './dto/organisation.args';
import { Organisation } from './models/organisation.model';
import { OrganisationService } from './organisation.service';

export const OrganisationPage = Paginated(Organisation, 'Organisation');

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Query(() => Organisation, {
    description: 'One organisation, whether or not it is valid at the moment given.',
  })
  organisation(@Args() args: RecordAtArgs) {
    return this.service.get(scopeFor(args.councilId), args.id, args);
  }

  @Query(() => OrganisationPage, {
    description: 'Organisations valid at the moment (asOf / wave, default today), by name.',
  })
  organisations(@Args() args: OrganisationListArgs) {
    return this.service.list(scopeFor(args.councilId), args);
  }

  @Mutation(() => Organisation, { description: 'Creates an organisation.' })
  createOrganisation(@Args() args: CreateOrganisationArgs) {
    return this.service.create(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => Organisation, {
    description: "Changes an organisation's name, type, sector or neighbourhoods.",
  })
  updateOrganisation(@Args() args: UpdateOrganisationArgs) {
    return this.service.update(scopeFor(args.councilId), args.id, args.input);
  }

  @Mutation(() => Organisation, {
    description:
      'Ends an organisation on validTo; team memberships still open then end on the same day.',
  })
  endOrganisation(@Args() args: EndRecordArgs) {
    return this.service.end(scopeFor(args.councilId), args.id, args.validTo);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes an organisation entered by mistake. Refused with CONFLICT while teams, ties or notes refer to it; end it instead.',
  })
  deleteOrganisation(@Args() args: RecordIdArgs) {
    return this.service.delete(scopeFor(args.councilId), args.id);
  }
}
