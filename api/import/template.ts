import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import yazl from 'yazl';
import type { Vocabularies } from '../vocabulary/models/vocabulary-term.model';
import { Label } from '../../graph/labels';
import { ColumnSpec, LISTS_SHEET, README_SHEET, SHEETS } from './sheets';
/** Data rows of the template that carry drop-down validations. */
const VALIDATED_ROWS = 1000;

/** The allowed values of a column, for its drop-down and the read-me: ids of its vocabulary. */
export function allowedValues(column: ColumnSpec, vocab: Vocabularies): string[] | null {
  if (column.type === 'enum') return [...(column.values ?? [])];
  if (column.type === 'boolean') return ['TRUE', 'FALSE'];
  if (column.type !== 'vocab') return null;
  const terms: Record<string, { id: string }[]> = {
    [Label.Sector]: vocab.sectors,
    [Label.OrganisationType]: vocab.organisationTypes,
    [Label.TeamType]: vocab.teamTypes,
    [Label.Profession]: vocab.professions,
    [Label.TieType]: vocab.tieTypes,
    [Label.NoteCategory]: vocab.noteCategories,
  };
  return (terms[column.vocabulary ?? ''] ?? []).map((t) => t.id);
}

function typeText(column: ColumnSpec): string {
  switch (column.type) {
    case 'id':
      return 'your id (letters, digits, . _ -)';
    case 'ref':
      return `an id of ${(column.refers ?? []).join(' / ')}`;
    case 'vocab':
      return `${column.vocabulary} (id or name)`;
    case 'neighbourhood':
      return column.list
        ? 'neighbourhoods of the council, ";"-separated'
        : 'a neighbourhood of the council';
    case 'int':
    case 'number':
      return `${column.type === 'int' ? 'whole number' : 'number'} ${column.min}–${column.max}`;
    case 'boolean':
    case 'date':
    case 'enum':
    case 'text':
      return column.type;
  }
}

/** The read-me sheet's rows: one per column of every sheet. */
function readMeRows(vocab: Vocabularies): (string | null)[][] {
  return [
    ['sheet', 'column', 'required', 'type', 'allowed values', 'description'],
    ...SHEETS.flatMap((sheet) => [
      [sheet.name, null, null, null, null, sheet.description],
      ...sheet.columns.map((c) => [
        sheet.name,
        c.name,
        c.required ? 'yes' : 'no',
        typeText(c),
        allowedValues(c, vocab)?.join(', ') ?? null,
        c.description +
          (c.synonyms?.length ? ` Also accepted as header: ${c.synonyms.join(', ')}.` : ''),
      ]),
    ]),
  ];
}

/**
 * The XLSX template: one sheet per record kind with its header row and one example row,
 * drop-down validations from the shared vocabularies (lists kept on a hidden sheet, as a
 * list inline is limited to 255 characters), and a read-me sheet describing every column.
 */
export async function templateWorkbook(vocab: Vocabularies): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Interweave';
  const readMe = book.addWorksheet(README_SHEET);
  for (const row of readMeRows(vocab)) readMe.addRow(row);
  readMe.getRow(1).font = { bold: true };
  readMe.columns.forEach((c, i) => (c.width = [16, 18, 9, 30, 40, 80][i]));
  const lists = book.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  let listColumn = 0;
  for (const sheet of SHEETS) {
    const ws = book.addWorksheet(sheet.name);
    ws.addRow(sheet.columns.map((c) => c.name));
    ws.getRow(1).font = { bold: true };
    ws.addRow(sheet.columns.map((c) => c.example));
    sheet.columns.forEach((column, index) => {
      ws.getColumn(index + 1).width = Math.max(12, column.name.length + 4);
      const header = ws.getCell(1, index + 1);
      header.note = column.description;
      const values = allowedValues(column, vocab);
      if (!values) return;
      listColumn += 1;
      const letter = lists.getColumn(listColumn).letter;
      lists.getCell(1, listColumn).value = `${sheet.name}.${column.name}`;
      values.forEach((v, i) => (lists.getCell(i + 2, listColumn).value = v));
      const formula = `${LISTS_SHEET}!$${letter}$2:$${letter}$${values.length + 1}`;
      for (let row = 2; row <= VALIDATED_ROWS + 1; row += 1) {
        ws.getCell(row, index + 1).dataValidation = {
          type: 'list',
          allowBlank: !column.required,
          formulae: [formula],
          showErrorMessage: column.type !== 'vocab',
          errorTitle: column.name,
          error: `Choose one of the list (${column.description})`,
        };
      }
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same template as CSV files (header and example row each) and a read-me, in a zip. */
export function templateZip(vocab: Vocabularies): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(stringify(readMeRows(vocab))), `${README_SHEET}.csv`);
  for (const sheet of SHEETS) {
    const rows = [sheet.columns.map((c) => c.name), sheet.columns.map((c) => c.example)];
    zip.addBuffer(Buffer.from(stringify(rows)), `${sheet.name}.csv`);
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on('data', (d: Buffer) => parts.push(d));
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    zip.outputStream.on('error', reject);
  });
}
