import { Injectable } from '@nestjs/common';
import { DomainError, FieldProblem } from '../common/domain-error';
import { RequestScope } from '../common/request-scope';
import { earlierEnd, isValidAt } from '../neo4j/validity';
import { ActorLabel, ActorRepository, Period } from './actor.repository';

/** True when the period holds on `date` (the rule is in api/neo4j/validity.ts). */
export function holdsOn(period: Period, date: string): boolean {
  return isValidAt({ validFrom: period.validFrom, validTo: period.validTo ?? null }, date);
}

export { earlierEnd };

/** Words for problems with a membership's start date, shared by single and batch writes. */
export function notValidOn(label: ActorLabel, id: string, period: Period, date: string): string {
  const until = period.validTo ? ` until ${period.validTo}` : '';
  return `${label} "${id}" is valid from ${period.validFrom}${until}, not on ${date}`;
}

/**
 * End and delete for organisations, teams and people, with the same rules and errors:
 * ending caps open memberships; hard delete is refused while others refer to the actor.
 */
@Injectable()
export class ActorLifecycleService {
  constructor(private readonly actors: ActorRepository) {}

  periods(scope: RequestScope, label: ActorLabel, ids: string[]): Promise<Map<string, Period>> {
    return this.actors.periods(scope.councilId, label, ids);
  }

  /**
   * BAD_USER_INPUT naming `field` unless each actor (already known to be in the council)
   * is valid on `date`: a membership cannot start while an endpoint does not exist.
   * Returns the earliest end among them, which a membership starting then must not outlive.
   */
  async assertValidOn(
    scope: RequestScope,
    date: string,
    refs: { label: ActorLabel; id: string; field: string }[],
  ): Promise<string | null> {
    const problems: FieldProblem[] = [];
    let end: string | null = null;
    for (const ref of refs) {
      const period = (await this.periods(scope, ref.label, [ref.id])).get(ref.id);
      if (!period) throw DomainError.notFound(ref.label, ref.id);
      if (!holdsOn(period, date)) {
        problems.push({ field: ref.field, message: notValidOn(ref.label, ref.id, period, date) });
      }
      end = earlierEnd(end, period.validTo);
    }
    if (problems.length > 0) throw DomainError.badInput(problems);
    return end;
  }

  async end(scope: RequestScope, label: ActorLabel, id: string, validTo: string): Promise<void> {
    const outcome = await this.actors.end(scope.councilId, label, id, validTo);
    switch (outcome.status) {
      case 'missing':
        throw DomainError.notFound(label, id);
      case 'before-start':
        throw DomainError.badInput([
          {
            field: 'validTo',
            message: `validTo must be after validFrom (${outcome.validFrom}): it is the first day the record no longer holds`,
          },
        ]);
      case 'later-memberships':
        throw DomainError.conflict(
          `${outcome.count} membership(s) of ${label} "${id}" start on or after ${validTo}; end or delete them first`,
          'validTo',
        );
      case 'ended':
        return;
    }
  }

  async delete(scope: RequestScope, label: ActorLabel, id: string): Promise<boolean> {
    const outcome = await this.actors.delete(scope.councilId, label, id);
    switch (outcome.status) {
      case 'missing':
        throw DomainError.notFound(label, id);
      case 'in-use':
        throw DomainError.conflict(
          `${label} "${id}" is still referenced by ${outcome.references.join(', ')}; end it (set validTo) instead`,
          'id',
        );
      case 'deleted':
        return true;
    }
  }
}
