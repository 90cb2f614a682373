import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CouncilService } from '../council/council.service';
import { DomainError, DomainErrorCode } from '../common/domain-error';
import { newId } from '../common/ids';
import { BatchItemError } from '../common/models/batch-item-error.model';
import { RequestScope } from '../common/request-scope';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { TieInput } from './dto/tie.input';
import { TieBatchResult } from './models/tie-batch-result.model';
import { TieRepository } from './tie.repository';
import { TieRow } from './tie.types';
import { duplicatesWithin, isSelfTie, newTieRow } from './tie-rules';

/** Collects errors per item; an item with any error is "rejected" for later checks. */
class ErrorLog {
  readonly errors: BatchItemError[] = [];
  private readonly rejected = new Set<number>();

  add(index: number, field: string, code: DomainErrorCode, message: string): void {
    this.errors.push({ index, field, code, message });
    this.rejected.add(index);
  }

  ok(index: number): boolean {
    return !this.rejected.has(index);
  }
}

const ENDPOINT_FIELDS = new Set(['fromId', 'fromKind', 'toId', 'toKind']);

/**
 * Batch creation, all or nothing. Every item is checked first — field rules, vocabulary,
 * self ties, endpoints and waves in this council, duplicate ids, identical ties within the
 * batch and against stored ones — with set-based queries; any error means nothing is
 * written and every error found is returned. Otherwise all ties are written in one
 * transaction.
 */
@Injectable()
export class TieBatchService {
  constructor(
    private readonly councils: CouncilService,
    private readonly vocabulary: VocabularyService,
    private readonly ties: TieRepository,
  ) {}

  async create(scope: RequestScope, rawItems: TieInput[]): Promise<TieBatchResult> {
    await this.councils.assertCouncil(scope);
    const items = rawItems.map((item) =>
      item instanceof TieInput ? item : plainToInstance(TieInput, item as object),
    );
    const log = new ErrorLog();
    const endpointsOk = await this.checkFields(items, log);
    const recordedAt = new Date().toISOString();
    const directedByType = new Map(
      (await this.vocabulary.all()).tieTypes.map((t) => [t.id, t.defaultDirected]),
    );
    const rows: TieRow[] = items.map((item) =>
      newTieRow(item, newId('tie'), directedByType.get(item.typeId) ?? false, recordedAt),
    );
    this.checkWithinBatch(rows, log);
    // One transaction checks what needs the database — ends and waves in this council,
    // identical stored ties — under lock, and writes only when nothing at all is wrong.
    const outcome = await this.ties.createMany(
      scope.councilId,
      rows.map((row, index) => ({
        row,
        index,
        endpoints: endpointsOk[index],
        identity: log.ok(index),
      })),
      log.errors.length === 0,
    );
    if (!outcome.councilFound) throw DomainError.notFound('Council', scope.councilId);
    for (const m of outcome.missing) {
      const kind = m.kind === 'WAVE' ? 'Wave' : m.kind;
      log.add(m.index, m.field, DomainErrorCode.NotFound, notInCouncil(kind, m.id));
    }
    for (const [index, tieId] of outcome.conflicts) {
      log.add(
        index,
        'typeId',
        DomainErrorCode.Conflict,
        `an identical tie already exists: "${tieId}"`,
      );
    }
    if (log.errors.length > 0) {
      return { created: 0, ids: [], errors: log.errors.sort((a, b) => a.index - b.index) };
    }
    return { created: outcome.created, ids: rows.map((r) => r.id), errors: [] };
  }

  /** Field rules, tie type and self ties; returns the items whose endpoint fields are usable. */
  private async checkFields(items: TieInput[], log: ErrorLog): Promise<boolean[]> {
    const tieTypes = new Set((await this.vocabulary.all()).tieTypes.map((t) => t.id));
    return items.map((item, index) => {
      let endpointsOk = true;
      for (const error of validateSync(item)) {
        if (ENDPOINT_FIELDS.has(error.property)) endpointsOk = false;
        for (const message of Object.values(error.constraints ?? {})) {
          log.add(index, error.property, DomainErrorCode.BadInput, message);
        }
      }
      if (typeof item.typeId === 'string' && !tieTypes.has(item.typeId)) {
        log.add(
          index,
          'typeId',
          DomainErrorCode.BadInput,
          `"${item.typeId}" is not a known TieType`,
        );
      }
      if (endpointsOk && isSelfTie(item)) {
        log.add(index, 'toId', DomainErrorCode.BadInput, 'a tie joins two different actors');
        endpointsOk = false;
      }
      return endpointsOk;
    });
  }

  /** No item identical to an earlier item of the same batch. */
  private checkWithinBatch(rows: TieRow[], log: ErrorLog): void {
    const candidates = rows
      .map((row, index) => ({ ...row, index }))
      .filter((row) => log.ok(row.index));
    for (const [index, earlier] of duplicatesWithin(candidates)) {
      log.add(
        candidates[index].index,
        'typeId',
        DomainErrorCode.Conflict,
        `identical to item ${candidates[earlier].index} (same actors, type and overlapping validity)`,
      );
    }
  }
}

function notInCouncil(kind: string, id: string): string {
  const label = kind.charAt(0) + kind.slice(1).toLowerCase();
  return `${label} "${id}" was not found in this council`;
}
