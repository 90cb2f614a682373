import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { CouncilService } from '../council/council.service';
import type { RequestScope } from '../common/request-scope';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { ImportRepository } from './import.repository';
import type { StoredState } from './stored-state';
import { templateWorkbook, templateZip } from './template';
import { writeCouncilWorkbook } from './workbook-export';

/** The template downloads and the council's workbook export. */
@Injectable()
export class WorkbookService {
  constructor(
    private readonly imports: ImportRepository,
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
    return this.imports.reading(async (tx) => ({
      stored: await this.imports.readState(tx, scope.councilId, true),
      neighbourhoods: await this.imports.neighbourhoods(tx, scope.councilId),
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
