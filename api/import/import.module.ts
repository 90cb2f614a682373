import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CouncilModule } from '../council/council.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { ImportController } from './import.controller';
import { ImportRepository } from './import.repository';
import { ImportService } from './import.service';
import { WorkbookService } from './workbook.service';

/** Spreadsheet templates, the import endpoint and the XLSX workbook export (HTTP routes). */
@Module({
  imports: [AuditModule, CouncilModule, VocabularyModule],
  controllers: [ImportController],
  providers: [ImportRepository, ImportService, WorkbookService],
})
export class ImportModule {}
