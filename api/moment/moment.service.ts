import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { DomainError } from '../common/domain-error';
import { TimeArgs } from '../common/dto/time.args';
import { RequestScope } from '../common/request-scope';
import { today } from '../common/temporal';
import { Neo4jService } from '../neo4j/neo4j.service';

/**
 * Turns a read's `asOf` / `wave` arguments into one date: the wave's date when a wave is
 * given (it must belong to the council), the date itself, or today.
 */
@Injectable()
export class MomentService {
  constructor(private readonly neo4j: Neo4jService) {}

  async resolve(scope: RequestScope, time: TimeArgs | undefined, field = 'wave'): Promise<string> {
    if (time?.asOf && time.wave) {
      throw DomainError.badInput([
        { field: 'asOf', message: 'give either asOf or wave, not both' },
      ]);
    }
    if (time?.wave) return this.waveDate(scope, time.wave, field);
    return time?.asOf ?? today();
  }

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
