import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { CouncilService } from '../council/council.service';
import type { RequestScope } from '../common/request-scope';
import { Neo4jService } from '../neo4j/neo4j.service';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { readNeighbourhoods, readStoredState, StoredState } from './stored-state';
import { templateWorkbook, templateZip } from './template';
import { writeCouncilWorkbook } from './workbook-export';

/** The template downloads and the council's workbook export. */
@Injectable()
export class WorkbookService {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly councils: CouncilService,
    private readonly vocabulary: VocabularyService,
  ) {}

  async templateXlsx(): Promise<Buffer> {
    return templateWorkbook(await this.vocabulary.all());
  }

  async templateZip(): Promise<Buffer> {
    return templateZip(await this.vocabulary.all());
  }

  /**
   * Reads the whole council in one read transaction (one consistent state), before any
   * byte is sent, so a failure can still be answered as an error.
   */
  async councilState(
    scope: RequestScope,
  ): Promise<{ stored: StoredState; neighbourhoods: { id: string; name: string }[] }> {
    await this.councils.assertCouncil(scope);
    return this.neo4j.read(async (tx) => ({
      stored: await readStoredState(tx, scope.councilId, true),
      neighbourhoods: await readNeighbourhoods(tx, scope.councilId),
    }));
  }

  writeWorkbook(
    out: Writable,
    state: { stored: StoredState; neighbourhoods: { id: string; name: string }[] },
    scope: RequestScope,
  ): Promise<void> {
    return writeCouncilWorkbook(out, state.stored, state.neighbourhoods, scope);
  }
}
