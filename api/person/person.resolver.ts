import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EndRecordArgs, RecordAtArgs, RecordIdArgs } from '../common/dto/record.args';
import { Paginated } from '../common/models/paginated';
import { scopeFor } from '../common/request-scope';
import {
  CreatePeopleArgs,
  CreatePersonArgs,
  PersonListArgs,
  UpdatePersonArgs,
} from './dto/person.args';
import { CreatePeopleResult, Person } from './models/person.model';
import { MAX_PEOPLE_PER_BATCH } from './dto/person.input';
import { PersonService } from './person.service';

export const PersonPage = Paginated(Person, 'Person');

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly service: PersonService) {}

  @Query(() => Person, {
    description:
      'One person, whether or not they are in post at the moment; teams and profession are those at that moment.',
  })
  person(@Args() args: RecordAtArgs) {
    return this.service.get(scopeFor(args.councilId), args.id, args);
  }

  @Query(() => PersonPage, {
    description:
      'People in post at the moment (asOf / wave, default today), by pseudonym; search looks in pseudonym and displayName.',
  })
  people(@Args() args: PersonListArgs) {
    return this.service.list(scopeFor(args.councilId), args);
  }

  @Mutation(() => Person, {
    description: 'Creates a person, with a team and a profession from validFrom if given.',
  })
  createPerson(@Args() args: CreatePersonArgs) {
    return this.service.create(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => CreatePeopleResult, {
    description: `Creates up to ${MAX_PEOPLE_PER_BATCH} people in one transaction. Every item is checked first; if any fails, nothing is written and the per-item errors are returned.`,
  })
  createPeople(@Args() args: CreatePeopleArgs) {
    return this.service.createMany(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => Person, {
    description: "Changes a person's pseudonym, display name, role title, level or blended role.",
  })
  updatePerson(@Args() args: UpdatePersonArgs) {
    return this.service.update(scopeFor(args.councilId), args.id, args.input);
  }

  @Mutation(() => Person, {
    description:
      'Ends a person on validTo; team and profession memberships still open then end too.',
  })
  endPerson(@Args() args: EndRecordArgs) {
    return this.service.end(scopeFor(args.councilId), args.id, args.validTo);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a person entered by mistake, with their memberships. Refused with CONFLICT while ties or notes refer to them.',
  })
  deletePerson(@Args() args: RecordIdArgs) {
    return this.service.delete(scopeFor(args.councilId), args.id);
  }
}
