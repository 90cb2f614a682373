import { Injectable } from '@nestjs/common';
import { open } from 'node:fs/promises';
import { AuditActor, AuditService } from '../audit/audit.service';
import { CouncilService } from '../council/council.service';
import { DomainError } from '../common/domain-error';
import { StaleRead } from '../neo4j/neo4j-retry';
import { RequestScope } from '../common/request-scope';
import { isIsoDate } from '../common/temporal';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { Label } from '../../graph/labels';
import { kindOf, readFile } from './file-reader';
import { countPlan, planImport } from './import-plan';
import { emptyReport, ImportCode, ImportReport } from './import-report';
import { ImportRepository } from './import.repository';
import { parseMapping } from './mapping';
import { Lookups, parseFile, terms } from './row-parser';
import { SHEETS, sheetFor, SheetName } from './sheets';

/** An uploaded file as multer left it on disk. */
export interface Upload {
  path: string;
  originalname: string;
  size: number;
}

/** The import's options, as sent (form fields or query parameters, all text). */
export interface ImportOptions {
  dryRun?: string;
  sheet?: string;
  mapping?: string;
  endMissing?: string;
}

const bad = (field: string, message: string) => DomainError.badInput([{ field, message }]);

/** Columns a caller who may not see names in the council can neither read nor write. */
const NAME_COLUMNS: Partial<Record<SheetName, Set<string>>> = {
  people: new Set(['displayName', 'roleTitle']),
};

/**
 * Imports a spreadsheet (XLSX, one CSV, or a zip of CSVs) into a council: parse → plan
 * against the council as stored → write, all or nothing. The plan and the write happen in
 * one transaction of writeInCouncil, so what was checked is what is written.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly councils: CouncilService,
    private readonly vocabulary: VocabularyService,
    private readonly imports: ImportRepository,
    private readonly audit: AuditService,
  ) {}

  async run(
    scope: RequestScope,
    who: AuditActor,
    upload: Upload | undefined,
    options: ImportOptions,
  ): Promise<ImportReport> {
    if (!upload) throw bad('file', 'send the spreadsheet as the multipart field "file"');
    const dryRun = parseDryRun(options.dryRun);
    const endMissing = options.endMissing?.trim() || null;
    if (endMissing !== null && !isIsoDate(endMissing))
      throw bad('endMissing', 'endMissing must be a date in YYYY-MM-DD form');
    const mapping = parseMapping(options.mapping);
    const kind = kindOf(await firstBytes(upload.path), upload.originalname);
    if (!kind)
      throw bad('file', 'the file must be an XLSX workbook, a CSV file or a zip of CSV files');
    let csvSheet = '';
    if (kind === 'csv') {
      const sheet = options.sheet ? sheetFor(options.sheet) : undefined;
      if (!sheet)
        throw bad(
          'sheet',
          `a CSV file needs the sheet parameter: one of ${SHEETS.map((s) => s.name).join(', ')}`,
        );
      csvSheet = sheet.name;
    }
    await this.councils.assertCouncil(scope);
    const vocab = await this.vocabulary.all();
    const neighbourhoods = await this.imports.reading((tx) =>
      this.imports.neighbourhoods(tx, scope.councilId),
    );
    const lookups: Lookups = {
      vocabularies: new Map([
        [Label.Sector, terms(vocab.sectors)],
        [Label.OrganisationType, terms(vocab.organisationTypes)],
        [Label.TeamType, terms(vocab.teamTypes)],
        [Label.Profession, terms(vocab.professions)],
        [Label.TieType, terms(vocab.tieTypes)],
        [Label.NoteCategory, terms(vocab.noteCategories)],
      ]),
      neighbourhoods: terms(neighbourhoods),
    };
    const parsed = await parseFile(
      readFile(upload.path, kind, csvSheet),
      lookups,
      mapping,
      scope.revealNames ? {} : NAME_COLUMNS,
    );
    const report = emptyReport(dryRun);
    report.blank = parsed.blank;
    report.warnings.push(...parsed.warnings);
    if (parsed.rows.size === 0 && parsed.errors.length === 0) {
      report.errors.push({
        sheet: 'file',
        row: null,
        column: null,
        code: ImportCode.Required,
        message: `the file has none of the sheets ${SHEETS.map((s) => s.name).join(', ')}`,
      });
      return report;
    }
    if (endMissing && !parsed.rows.has('ties'))
      throw bad('endMissing', 'endMissing needs a ties sheet in the file');
    const stamp = {
      at: new Date().toISOString(),
      actor: scope.actor,
      reason: 'spreadsheet import',
    };
    return this.imports.transaction(scope.councilId, async (tx, changed) => {
      // A retried attempt starts from a clean report.
      const result: ImportReport = {
        ...report,
        created: {},
        updated: {},
        unchanged: {},
        ended: 0,
        errors: [...parsed.errors],
        warnings: [...report.warnings],
      };
      // The council lock first (one import at a time), then the version, then the state:
      // a write committed after the version was read moves it.
      const [, planned, stored] = await Promise.all([
        this.imports.lockCouncil(tx, scope.councilId),
        this.imports.dataVersion(tx, scope.councilId),
        this.imports.readState(tx, scope.councilId, parsed.rows.has('ties')),
      ]);
      const plan = planImport(structuredCloneParsed(parsed), {
        councilId: scope.councilId,
        stored,
        defaultSector: new Map(vocab.organisationTypes.map((t) => [t.id, t.defaultSectorId])),
        defaultDirected: new Map(vocab.tieTypes.map((t) => [t.id, t.defaultDirected])),
        endMissing,
      });
      result.errors.push(...plan.errors);
      result.warnings.push(...plan.warnings);
      countPlan(plan, result);
      if (plan.ended.length > 0)
        result.warnings.push({
          sheet: 'ties',
          row: null,
          column: null,
          code: ImportCode.Ended,
          message: `${plan.ended.length} ties not in the file ${dryRun ? 'would be' : 'were'} ended on ${endMissing}`,
        });
      if (result.errors.length > 0 || dryRun) {
        result.errors.sort(byPlace);
        result.ok = result.errors.length === 0;
        return result;
      }
      const conflicts = await this.imports.lockAndRecheck(tx, scope.councilId, plan);
      // The plan was checked against the state read above, before the locks. If another
      // writer committed since (the version moved), an overlap, a pseudonym or a label it
      // wrote may break a rule the plan found kept: plan again from a fresh read (StaleRead
      // retries the whole transaction). Once the locks are held, no writer of the records
      // this import touches can commit before it does.
      if ((await this.imports.dataVersion(tx, scope.councilId)) !== planned)
        throw new StaleRead('The council');
      for (const [row, tieId] of conflicts) {
        result.errors.push({
          sheet: 'ties',
          row,
          column: 'type',
          code: ImportCode.Conflict,
          message: `an identical tie already exists: "${tieId}"`,
        });
      }
      if (result.errors.length > 0) {
        result.ok = false;
        return result;
      }
      const written = await this.imports.write(tx, scope.councilId, plan, stamp);
      if (written.length > 0) {
        await this.audit.recordIn(tx, who, {
          action: Object.keys(result.created).length > 0 ? 'CREATE' : 'UPDATE',
          operation: 'importSpreadsheet',
          councilId: scope.councilId,
          entityKind: 'Import',
          entityIds: written.slice(0, 1000),
          reason: `spreadsheet import: created ${summary(result.created)}; updated ${summary(result.updated)}; unchanged ${summary(result.unchanged)}`,
        });
        changed();
      }
      result.ok = true;
      return result;
    });
  }
}

/** The parsed rows are annotated while planning; a retried attempt plans from a fresh copy. */
function structuredCloneParsed<T extends { rows: Map<string, { bad: Set<string> }[]> }>(
  parsed: T,
): T {
  return {
    ...parsed,
    rows: new Map(
      [...parsed.rows].map(([k, rows]) => [k, rows.map((r) => ({ ...r, bad: new Set(r.bad) }))]),
    ),
  };
}

function summary(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([sheet, n]) => `${sheet} ${n}`);
  return parts.length ? parts.join(', ') : 'nothing';
}

function byPlace(
  a: { sheet: string; row: number | null },
  b: { sheet: string; row: number | null },
): number {
  return a.sheet === b.sheet ? (a.row ?? 0) - (b.row ?? 0) : 0;
}

function parseDryRun(value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw bad('dryRun', 'dryRun must be true or false');
}

async function firstBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
