import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { definedChanges } from '../common/changes';
import { DomainError, DomainErrorCode } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { today } from '../common/temporal';
import { CouncilService } from '../council/council.service';
import { ActorLifecycleService } from '../membership/actor-lifecycle.service';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { PersonListArgs } from './dto/person.args';
import { CreatePeopleInput, PersonInput, UpdatePersonInput } from './dto/person.input';
import { CreatePeopleResult, Person } from './models/person.model';
import { PersonRules } from './person-rules';
import { NewPerson, PersonRepository } from './person.repository';

function toRow(input: PersonInput): NewPerson {
  return {
    id: newId('person'),
    pseudonym: input.pseudonym,
    displayName: input.displayName ?? null,
    roleTitle: input.roleTitle ?? null,
    level: input.level,
    blendedRole: input.blendedRole,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    teamId: input.teamId ?? null,
    teamMembershipId: newId('membership'),
    professionId: input.professionId ?? null,
    professionMembershipId: newId('membership'),
  };
}

@Injectable()
export class PersonService {
  constructor(
    private readonly people: PersonRepository,
    private readonly rules: PersonRules,
    private readonly councils: CouncilService,
    private readonly vocabulary: VocabularyService,
    private readonly lifecycle: ActorLifecycleService,
  ) {}

  async create(scope: RequestScope, input: PersonInput): Promise<Person> {
    await this.councils.assertCouncil(scope);
    await this.rules.assert(scope, input);
    const row = toRow(input);
    const outcome = await this.people.createMany(scope.councilId, [row]);
    if (outcome !== 'created') throw teamGone(outcome.teamId, 'input.teamId');
    return this.get(scope, row.id, today());
  }

  /** All or nothing: any problem in any item means nothing is written. */
  async createMany(scope: RequestScope, input: CreatePeopleInput): Promise<CreatePeopleResult> {
    await this.councils.assertCouncil(scope);
    const errors = await this.rules.check(scope, input.items);
    if (errors.length > 0) return { created: 0, ids: [], errors };
    const rows = input.items.map(toRow);
    const outcome = await this.people.createMany(scope.councilId, rows);
    if (outcome !== 'created') {
      const index = rows.findIndex((r) => r.teamId === outcome.teamId);
      const { message } = teamGone(outcome.teamId, 'teamId');
      return {
        created: 0,
        ids: [],
        errors: [{ index, field: 'teamId', code: DomainErrorCode.Conflict, message }],
      };
    }
    return { created: rows.length, ids: rows.map((r) => r.id), errors: [] };
  }

  /** The person whatever their validity, with team and profession as of `asOf` (resolved at the edge). */
  async get(scope: RequestScope, id: string, asOf: string): Promise<Person> {
    await this.councils.assertCouncil(scope);
    const person = await this.people.get(scope.councilId, id, asOf, scope.revealNames);
    if (!person) throw DomainError.notFound('Person', id);
    return person;
  }

  /** People valid at `asOf` (resolved at the edge), filtered as the args say. */
  async list(scope: RequestScope, args: PersonListArgs, asOf: string): Promise<Page<Person>> {
    await this.councils.assertInCouncil(scope, [
      { label: Label.Team, id: args.teamId, field: 'teamId' },
      { label: Label.Organisation, id: args.organisationId, field: 'organisationId' },
      { label: Label.Neighbourhood, id: args.neighbourhoodId, field: 'neighbourhoodId' },
    ]);
    await this.vocabulary.assertTerms([
      { label: Label.Profession, id: args.professionId, field: 'professionId' },
    ]);
    const filter = {
      teamId: args.teamId ?? null,
      professionId: args.professionId ?? null,
      level: args.level ?? null,
      blendedRole: args.blendedRole ?? null,
      organisationId: args.organisationId ?? null,
      neighbourhoodId: args.neighbourhoodId ?? null,
      search: args.search ?? null,
    };
    const page = await this.people.list(scope.councilId, filter, asOf, {
      offset: args.offset,
      limit: args.limit,
      revealNames: scope.revealNames,
    });
    return { ...page, offset: args.offset, limit: args.limit };
  }

  async update(scope: RequestScope, id: string, input: UpdatePersonInput): Promise<Person> {
    await this.get(scope, id, today());
    if (input.pseudonym) {
      const taken = await this.people.takenPseudonyms(scope.councilId, [input.pseudonym], id);
      if (taken.size > 0) {
        throw DomainError.conflict(
          `pseudonym "${input.pseudonym}" is already used in this council`,
          'input.pseudonym',
        );
      }
    }
    const updated = await this.people.update(
      scope.councilId,
      id,
      definedChanges(input),
      today(),
      scope.revealNames,
    );
    if (!updated) throw DomainError.notFound('Person', id);
    return updated;
  }

  /** Ends the person and their team / profession memberships still open on validTo. */
  async end(scope: RequestScope, id: string, validTo: string): Promise<Person> {
    await this.councils.assertCouncil(scope);
    await this.lifecycle.end(scope, Label.Person, id, validTo);
    return this.get(scope, id, today());
  }

  /** Hard delete with their memberships, refused (CONFLICT) while ties or notes refer to them. */
  async delete(scope: RequestScope, id: string): Promise<boolean> {
    await this.councils.assertCouncil(scope);
    return this.lifecycle.delete(scope, Label.Person, id);
  }
}

/** The team was ended or removed between validation and the write. */
function teamGone(teamId: string, field: string): DomainError {
  return DomainError.conflict(
    `Team "${teamId}" was ended or removed meanwhile and no longer holds on validFrom`,
    field,
  );
}
