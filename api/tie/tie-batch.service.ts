import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CouncilService } from '../council/council.service';
import { DomainErrorCode } from '../common/domain-error';
import { newId } from '../common/ids';
import { BatchItemError } from '../common/models/batch-item-error.model';
import { RequestScope } from '../common/request-scope';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { TieInput } from './dto/tie.input';
import { ActorKind } from './models/tie.enums';
import { TieBatchResult } from './models/tie-batch-result.model';
import { TieRow, TieRepository } from './tie.repository';
import { ActorIds, TieBatchRepository } from './tie-batch.repository';
import { duplicatesWithin, identityOf, isSelfTie, newTieRow } from './tie-rules';

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
    private readonly batch: TieBatchRepository,
    private readonly ties: TieRepository,
  ) {}

  async create(scope: RequestScope, rawItems: TieInput[]): Promise<TieBatchResult> {
    await this.councils.assertCouncil(scope);
    const items = rawItems.map((item) =>
      item instanceof TieInput ? item : plainToInstance(TieInput, item as object),
    );
    const log = new ErrorLog();
    const endpointsOk = await this.checkFields(items, log);
    await this.checkReferences(scope, items, endpointsOk, log);
    const recordedAt = new Date().toISOString();
    const directedByType = new Map(
      (await this.vocabulary.all()).tieTypes.map((t) => [t.id, t.defaultDirected]),
    );
    const rows: TieRow[] = items.map((item) =>
      newTieRow(item, newId('tie'), directedByType.get(item.typeId) ?? false, recordedAt),
    );
    await this.checkIdentity(scope, items, rows, log);
    if (log.errors.length > 0) {
      const errors = log.errors.sort((a, b) => a.index - b.index);
      return { created: 0, ids: [], errors };
    }
    // The checks above give every error at once; the write checks endpoints and identical
    // ties again under lock, in its own transaction, for whatever changed meanwhile.
    const outcome = await this.ties.createMany(scope.councilId, rows);
    if ('created' in outcome)
      return { created: outcome.created, ids: rows.map((r) => r.id), errors: [] };
    if ('missing' in outcome) {
      for (const m of outcome.missing) {
        log.add(
          m.index,
          m.field,
          DomainErrorCode.NotFound,
          `actor "${m.id}" was removed meanwhile`,
        );
      }
    } else {
      for (const [index, id] of outcome.conflicts) {
        log.add(
          index,
          'typeId',
          DomainErrorCode.Conflict,
          `identical to tie "${id}", stored meanwhile`,
        );
      }
    }
    return { created: 0, ids: [], errors: log.errors.sort((a, b) => a.index - b.index) };
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

  /** Endpoints and waves must be in this council: one statement for all endpoints. */
  private async checkReferences(
    scope: RequestScope,
    items: TieInput[],
    endpointsOk: boolean[],
    log: ErrorLog,
  ): Promise<void> {
    const wanted: ActorIds = { PERSON: new Set(), TEAM: new Set(), ORGANISATION: new Set() };
    items.forEach((item, i) => {
      if (!endpointsOk[i]) return;
      wanted[item.fromKind].add(item.fromId);
      wanted[item.toKind].add(item.toId);
    });
    const waveIds = [...new Set(items.map((item) => item.waveId).filter((w) => w != null))];
    const [found, waves] = await Promise.all([
      this.batch.existingActors(scope.councilId, wanted),
      this.batch.existingWaves(scope.councilId, waveIds),
    ]);
    const missing = (kind: ActorKind, id: string) => !found[kind].has(id);
    items.forEach((item, index) => {
      if (endpointsOk[index] && missing(item.fromKind, item.fromId)) {
        log.add(
          index,
          'fromId',
          DomainErrorCode.NotFound,
          notInCouncil(item.fromKind, item.fromId),
        );
      }
      if (endpointsOk[index] && missing(item.toKind, item.toId)) {
        log.add(index, 'toId', DomainErrorCode.NotFound, notInCouncil(item.toKind, item.toId));
      }
      if (item.waveId != null && !waves.has(item.waveId)) {
        log.add(index, 'waveId', DomainErrorCode.NotFound, notInCouncil('Wave', item.waveId));
      }
    });
  }

  /** No item identical to an earlier item or to a stored tie (ids are server-made). */
  private async checkIdentity(
    scope: RequestScope,
    items: TieInput[],
    rows: TieRow[],
    log: ErrorLog,
  ): Promise<void> {
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
    const stored = await this.batch.conflicts(
      scope.councilId,
      candidates.filter((c) => log.ok(c.index)).map((c) => ({ index: c.index, ...identityOf(c) })),
    );
    for (const [index, tieId] of stored) {
      log.add(
        index,
        'typeId',
        DomainErrorCode.Conflict,
        `an identical tie already exists: "${tieId}"`,
      );
    }
  }
}

function notInCouncil(kind: string, id: string): string {
  const label = kind.charAt(0) + kind.slice(1).toLowerCase();
  return `${label} "${id}" was not found in this council`;
}
