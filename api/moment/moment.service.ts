import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { DomainError } from '../common/domain-error';
import { TimeArgs } from '../common/dto/time.args';
import { RequestScope } from '../common/request-scope';
import { today } from '../common/temporal';
import { Neo4jService } from '../neo4j/neo4j.service';

/** The argument names a moment came from, for field errors (the diff has from/fromWave). */
export interface MomentFields {
  asOf: string;
  wave: string;
}

const DEFAULT_FIELDS: MomentFields = { asOf: 'asOf', wave: 'wave' };

/**
 * The one rule turning a read's `asOf` / `wave` arguments into a date, called once per
 * request by the resolver (the edge), which passes the plain ISO date down: the wave's date
 * when a wave is given (it must belong to the council, else NOT_FOUND on the field), the date
 * itself, or today. Both given is BAD_USER_INPUT. Services never see asOf / wave.
 */
@Injectable()
export class MomentService {
  constructor(private readonly neo4j: Neo4jService) {}

  /** The moment of a read: wave → its date, asOf → that date, neither → today. */
  async resolve(
    scope: RequestScope,
    time: TimeArgs | undefined,
    fields: MomentFields = DEFAULT_FIELDS,
  ): Promise<string> {
    return (await this.resolveIfGiven(scope, time, fields)) ?? today();
  }

  /**
   * The same rule for the two fields whose contract is "no moment given = the whole
   * history" (a single `tie`, `memberships`): null when neither argument was given.
   */
  async resolveIfGiven(
    scope: RequestScope,
    time: TimeArgs | undefined,
    fields: MomentFields = DEFAULT_FIELDS,
  ): Promise<string | null> {
    if (time?.asOf && time.wave) {
      throw DomainError.badInput([
        { field: fields.asOf, message: `give either ${fields.asOf} or ${fields.wave}, not both` },
      ]);
    }
    if (time?.wave) return this.waveDate(scope, time.wave, fields.wave);
    return time?.asOf ?? null;
  }

  /** The date of one of the council's waves; NOT_FOUND on `field` when it is not the council's. */
  async waveDate(scope: RequestScope, waveId: string, field = 'wave'): Promise<string> {
    const result = await this.neo4j.query<{ date: string }>(
      `MATCH (w:${Label.Wave} {id: $waveId}) WHERE w.councilId = $councilId RETURN w.date AS date`,
      { waveId, councilId: scope.councilId },
    );
    const date = result.records[0]?.get('date');
    if (!date) {
      throw new DomainError(
        DomainError.notFound('Wave', waveId).code,
        `Wave "${waveId}" was not found in this council`,
        [{ field, message: 'not found in this council' }],
      );
    }
    return date;
  }
}
