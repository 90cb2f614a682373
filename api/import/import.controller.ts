import {
  Body,
  Controller,
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
import { ImportOptions, ImportService } from './import.service';

/** Largest upload accepted: 10,000 people and 100,000 ties as CSV are about 20 MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * POST /api/councils/{councilId}/import: a multipart `file` (XLSX, a CSV with `sheet`, or a
 * zip of CSVs) with `dryRun`, `mapping` and `endMissing` as form fields or query
 * parameters. Multer keeps the upload in a temporary file (never in memory), deleted after.
 */
@Controller('api')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

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
