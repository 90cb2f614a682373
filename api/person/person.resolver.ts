import { Access, Allow } from '../auth/access';
import { Scope } from '../auth/caller.decorator';
import { Label } from '../../graph/labels';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EndRecordArgs, RecordAtArgs, RecordIdArgs } from '../common/dto/record.args';
import { Paginated } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import {
  CreatePeopleArgs,
  CreatePersonArgs,
  PersonListArgs,
  UpdatePersonArgs,
} from './dto/person.args';
import { CreatePeopleResult, Person } from './models/person.model';
import { MAX_PEOPLE_PER_BATCH } from './dto/person.input';
import { PersonService } from './person.service';
import { MomentService } from '../moment/moment.service';

export const PersonPage = Paginated(Person, 'Person');

@Resolver(() => Person)
export class PersonResolver {
  constructor(
    private readonly service: PersonService,
    private readonly moments: MomentService,
  ) {}

  @Allow(Access.CouncilRead, { personData: () => true })
  @Query(() => Person, {
    description:
      'One person, whether or not they are in post at the moment; teams and profession are those at that moment.',
  })
  async person(@Args() args: RecordAtArgs, @Scope() scope: RequestScope) {
    return this.service.get(scope, args.id, await this.moments.resolve(scope, args));
  }

  @Allow(Access.CouncilRead, { personData: () => true })
  @Query(() => PersonPage, {
    description:
      'People in post at the moment (asOf / wave, default today), by pseudonym; search looks in the pseudonym, and in the display name only where names are visible to the caller.',
  })
  async people(@Args() args: PersonListArgs, @Scope() scope: RequestScope) {
    return this.service.list(scope, args, await this.moments.resolve(scope, args));
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Person } })
  @Mutation(() => Person, {
    description: 'Creates a person, with a team and a profession from validFrom if given.',
  })
  createPerson(@Args() args: CreatePersonArgs, @Scope() scope: RequestScope) {
    return this.service.create(scope, args.input);
  }

  @Allow(Access.CouncilWrite, {
    audit: { label: Label.Person, idsFrom: (_args, result) => (result as CreatePeopleResult).ids },
  })
  @Mutation(() => CreatePeopleResult, {
    description: `Creates up to ${MAX_PEOPLE_PER_BATCH} people in one transaction. Every item is checked first; if any fails, nothing is written and the per-item errors are returned.`,
  })
  createPeople(@Args() args: CreatePeopleArgs, @Scope() scope: RequestScope) {
    return this.service.createMany(scope, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Person } })
  @Mutation(() => Person, {
    description: "Changes a person's pseudonym, display name, role title, level or blended role.",
  })
  updatePerson(@Args() args: UpdatePersonArgs, @Scope() scope: RequestScope) {
    return this.service.update(scope, args.id, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Person } })
  @Mutation(() => Person, {
    description:
      'Ends a person on validTo; team and profession memberships still open then end too.',
  })
  endPerson(@Args() args: EndRecordArgs, @Scope() scope: RequestScope) {
    return this.service.end(scope, args.id, args.validTo);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Person } })
  @Mutation(() => Boolean, {
    description:
      'Deletes a person entered by mistake, with their memberships. Refused with CONFLICT while ties or notes refer to them.',
  })
  deletePerson(@Args() args: RecordIdArgs, @Scope() scope: RequestScope) {
    return this.service.delete(scope, args.id);
  }
}
