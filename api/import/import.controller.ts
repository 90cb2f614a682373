import {
  Body,
  Controller,
  Get,
  Logger,
  Res,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Access, Allow } from '../auth/access';
import { Caller, CurrentCaller, Scope } from '../auth/caller.decorator';
import type { RequestScope } from '../common/request-scope';
import type { ImportReport } from './import-report';
import type { Response } from 'express';
import { logInternalError } from '../graphql/graphql-error.mapper';
import { ImportOptions, ImportService } from './import.service';
import { WorkbookService } from './workbook.service';

/** Largest upload accepted: 10,000 people and 100,000 ties as CSV are about 20 MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * POST /api/councils/{councilId}/import: a multipart `file` (XLSX, a CSV with `sheet`, or a
 * zip of CSVs) with `dryRun`, `mapping` and `endMissing` as form fields or query
 * parameters. Multer keeps the upload in a temporary file (never in memory), deleted after.
 */
@Controller('api')
export class ImportController {
  private readonly logger = new Logger(ImportController.name);

  constructor(
    private readonly imports: ImportService,
    private readonly workbooks: WorkbookService,
  ) {}

  /** The XLSX template: one sheet per record kind, drop-downs, an example row, a read-me. */
  @Get('import/template.xlsx')
  @Allow(Access.SignedIn)
  async templateXlsx(@Res() res: Response): Promise<void> {
    const data = await this.workbooks.templateXlsx();
    res.status(HttpStatus.OK).type(XLSX_TYPE).attachment('interweave-template.xlsx').send(data);
  }

  /** The same template as one CSV file per sheet, zipped. */
  @Get('import/template.zip')
  @Allow(Access.SignedIn)
  async templateZip(@Res() res: Response): Promise<void> {
    const data = await this.workbooks.templateZip();
    res
      .status(HttpStatus.OK)
      .type('application/zip')
      .attachment('interweave-template.zip')
      .send(data);
  }

  /** The council as a workbook in the template's format (people by pseudonym unless names may be seen). */
  @Get('councils/:councilId/export.xlsx')
  @Allow(Access.CouncilRead)
  async exportXlsx(
    @Param('councilId') councilId: string,
    @Scope() scope: RequestScope,
    @Res() res: Response,
  ): Promise<void> {
    const state = await this.workbooks.councilState(scope);
    res.status(HttpStatus.OK).type(XLSX_TYPE).attachment(`${councilId}.xlsx`);
    try {
      await this.workbooks.writeWorkbook(res, state, scope);
    } catch (error) {
      // Too late for an error answer: the workbook has started; cut it off so it cannot
      // be mistaken for a whole one.
      logInternalError(error);
      this.logger.error(`export of ${councilId} stopped midway`);
      res.destroy();
    }
  }

  @Post('councils/:councilId/import')
  @HttpCode(HttpStatus.OK)
  @Allow(Access.CouncilWrite)
  @UseInterceptors(
    FileInterceptor('file', {
      storage: diskStorage({ destination: tmpdir() }),
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, fieldSize: 200_000 },
    }),
  )
  async import(
    @Param('councilId') _councilId: string,
    @Scope() scope: RequestScope,
    @CurrentCaller() caller: Caller,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: Record<string, unknown> | undefined,
    @Query() query: Record<string, unknown>,
  ): Promise<ImportReport> {
    try {
      const pick = (name: keyof ImportOptions): string | undefined => {
        const value = body?.[name] ?? query[name];
        return typeof value === 'string' ? value : undefined;
      };
      return await this.imports.run(scope, caller.who, file, {
        dryRun: pick('dryRun'),
        sheet: pick('sheet'),
        mapping: pick('mapping'),
        endMissing: pick('endMissing'),
      });
    } finally {
      if (file?.path) await rm(file.path, { force: true });
    }
  }
}
