import { newId } from '../common/ids';
import { periodsOverlap } from '../neo4j/validity';
import { ActorKind } from '../tie/models/tie.enums';
import { duplicatesWithin, isSelfTie, TieIdentity } from '../tie/tie-rules';
import { bump, ImportCode, ImportProblem, ImportReport } from './import-report';
import type { ParsedFile, ParsedRow, Value } from './row-parser';
import { checkRow } from './row-rules';
import { SHEET_BY_NAME, SheetName } from './sheets';
import type { StoredRecord, StoredState } from './stored-state';

/** The order sheets are planned and written in: a row only refers to sheets before it. */
export const SHEET_ORDER: readonly SheetName[] = [
  'organisations',
  'teams',
  'people',
  'waves',
  'interventions',
  'memberships',
  'ties',
  'notes',
];

const ID_PREFIX: Record<SheetName, string> = {
  organisations: 'org',
  teams: 'team',
  people: 'person',
  memberships: 'membership',
  ties: 'tie',
  waves: 'wave',
  interventions: 'intervention',
  notes: 'note',
};

/** Column → stored property, per sheet (references hold record ids). */
export const COLUMN_PROPS: Record<SheetName, Record<string, string>> = {
  organisations: {
    name: 'name',
    type: 'typeId',
    sector: 'sectorId',
    validFrom: 'validFrom',
    validTo: 'validTo',
  },
  teams: {
    name: 'name',
    type: 'typeId',
    neighbourhood: 'neighbourhoodId',
    validFrom: 'validFrom',
    validTo: 'validTo',
  },
  people: {
    pseudonym: 'pseudonym',
    displayName: 'displayName',
    roleTitle: 'roleTitle',
    level: 'level',
    blendedRole: 'blendedRole',
    validFrom: 'validFrom',
    validTo: 'validTo',
  },
  memberships: { validFrom: 'validFrom', validTo: 'validTo' },
  ties: {
    type: 'typeId',
    directed: 'directed',
    strength: 'strength',
    frequency: 'frequency',
    integrationLevel: 'integrationLevel',
    trust: 'trust',
    source: 'source',
    confidence: 'confidence',
    wave: 'waveId',
    validFrom: 'validFrom',
    validTo: 'validTo',
    note: 'note',
  },
  waves: { label: 'label', date: 'date', method: 'method', responseRate: 'responseRate' },
  interventions: { date: 'date', label: 'label', kind: 'kind', description: 'description' },
  notes: {
    category: 'categoryId',
    text: 'text',
    date: 'date',
    authorRole: 'authorRole',
    targetKind: 'targetKind',
    target: 'targetId',
  },
};

export type MembershipKind = 'TEAM' | 'PROFESSION' | 'ORGANISATION';

/** One row's outcome: what to create or change on which record. */
export interface PlannedRecord {
  sheet: SheetName;
  row: number;
  /** The file's id (kept as externalId). */
  key: string;
  /** The record's id: the stored one when matched, else a new server-made id. */
  id: string;
  action: 'create' | 'update' | 'unchanged';
  /** The record's stored properties after the import (references as record ids). */
  props: Record<string, unknown>;
  /** On update: only the changed properties. */
  changes: Record<string, unknown>;
  /** Organisations: the neighbourhoods served, when they are to be (re)written. */
  neighbourhoodIds?: string[] | null;
  membershipKind?: MembershipKind;
}

export interface ImportPlan {
  records: Map<SheetName, PlannedRecord[]>;
  /** Ties not in the file, ended on the endMissing date. */
  ended: { id: string; validTo: string }[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export interface PlanContext {
  councilId: string;
  stored: StoredState;
  defaultSector: Map<string, string>;
  defaultDirected: Map<string, boolean>;
  endMissing: string | null;
}

const REF_SHEETS: Record<string, SheetName> = {
  [ActorKind.PERSON]: 'people',
  [ActorKind.TEAM]: 'teams',
  [ActorKind.ORGANISATION]: 'organisations',
  TIE: 'ties',
  INTERVENTION: 'interventions',
};
const KIND_OF_SHEET: Partial<Record<SheetName, ActorKind>> = {
  people: ActorKind.PERSON,
  teams: ActorKind.TEAM,
  organisations: ActorKind.ORGANISATION,
};

const same = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown) =>
    v === undefined || v === null
      ? null
      : Array.isArray(v)
        ? [...(v as unknown[])].map(String).sort().join(';')
        : v;
  return norm(a) === norm(b);
};

/**
 * Works out, from the parsed file and the council as stored, what each row means: a new
 * record, a change to the record it matches (by the file's id = the record's externalId,
 * or its own id), or nothing; and every rule violation, with the same rules as the API
 * (field rules of the input classes, identical ties, overlapping memberships, pseudonyms
 * and wave labels unique, references found). Pure: the caller reads and writes.
 */
export function planImport(file: ParsedFile, ctx: PlanContext): ImportPlan {
  const errors: ImportProblem[] = [];
  const plan: ImportPlan = { records: new Map(), ended: [], errors, warnings: [] };
  const storedByKey = new Map<SheetName, Map<string, StoredRecord>>();
  for (const [sheet, records] of ctx.stored)
    storedByKey.set(sheet, new Map(records.map((r) => [r.key, r])));
  /** File id → record id, per sheet, for every row of the file (whatever its outcome). */
  const fileIds = new Map<SheetName, Map<string, string>>();
  for (const sheet of SHEET_ORDER) {
    const ids = new Map<string, string>();
    for (const row of file.rows.get(sheet) ?? []) {
      if (!row.id) continue;
      ids.set(row.id, storedByKey.get(sheet)?.get(row.id)?.id ?? newId(ID_PREFIX[sheet]));
    }
    fileIds.set(sheet, ids);
  }
  const problem = (
    sheet: SheetName,
    row: ParsedRow,
    column: string,
    code: ImportCode,
    message: string,
  ) => {
    errors.push({ sheet, row: row.row, column, code, message });
    row.bad.add(column);
  };
  /** A reference: the record id (and sheet) it names, or a problem reported. */
  const resolve = (
    sheet: SheetName,
    row: ParsedRow,
    column: string,
    among: readonly SheetName[],
  ): { id: string; sheet: SheetName } | null => {
    const ref = row.values[column];
    if (typeof ref !== 'string') return null;
    const found = among.flatMap((s) => {
      const id = fileIds.get(s)?.get(ref) ?? storedByKey.get(s)?.get(ref)?.id;
      return id ? [{ id, sheet: s }] : [];
    });
    if (found.length === 1) return found[0];
    if (found.length === 0) {
      problem(
        sheet,
        row,
        column,
        ImportCode.UnknownReference,
        `${column} "${ref}" is not an id of the ${among.join(' or ')} sheet, nor of a record already in this council`,
      );
    } else {
      problem(
        sheet,
        row,
        column,
        ImportCode.AmbiguousReference,
        `${column} "${ref}" is an id in ${found.map((f) => f.sheet).join(' and ')}; say which in ${column}Kind`,
      );
    }
    return null;
  };

  for (const sheet of SHEET_ORDER) {
    const rows = file.rows.get(sheet);
    if (!rows) continue;
    const present = file.present.get(sheet) ?? new Set<string>();
    const planned: PlannedRecord[] = [];
    for (const row of rows) {
      if (!row.id) continue;
      const stored = storedByKey.get(sheet)?.get(row.id);
      const values: Record<string, Value> = { ...row.values };
      const extra: Record<string, unknown> = {};
      let membershipKind: MembershipKind | undefined;
      // References → record ids (the API's inputs see the file's ids, which follow its id rule).
      const refs: Record<string, string | null> = {};
      if (sheet === 'memberships') {
        const filled = ['person', 'team', 'profession', 'organisation'].filter(
          (c) => values[c] != null || row.bad.has(c),
        );
        const key = filled.sort().join('+');
        membershipKind = (
          {
            'person+team': 'TEAM',
            'person+profession': 'PROFESSION',
            'organisation+team': 'ORGANISATION',
          } as const
        )[key];
        if (!membershipKind) {
          if (!filled.some((c) => row.bad.has(c)))
            problem(
              sheet,
              row,
              'person',
              ImportCode.Invalid,
              'fill exactly two of person / team / profession / organisation: person + team, person + profession, or team + organisation',
            );
        } else {
          if (values.person != null)
            refs.person = resolve(sheet, row, 'person', ['people'])?.id ?? null;
          if (values.team != null) refs.team = resolve(sheet, row, 'team', ['teams'])?.id ?? null;
          if (values.organisation != null)
            refs.organisation = resolve(sheet, row, 'organisation', ['organisations'])?.id ?? null;
          if (values.profession != null) refs.profession = values.profession as string;
        }
      } else if (sheet === 'ties') {
        for (const end of ['from', 'to'] as const) {
          const kind = values[`${end}Kind`] as ActorKind | null;
          const among = kind
            ? [REF_SHEETS[kind]]
            : (['people', 'teams', 'organisations'] as SheetName[]);
          const found = resolve(sheet, row, end, among);
          refs[end] = found?.id ?? null;
          if (found) values[`${end}Kind`] = KIND_OF_SHEET[found.sheet] ?? null;
          extra[`${end}Kind`] = values[`${end}Kind`] ?? ActorKind.PERSON;
        }
        if (values.wave != null) refs.wave = resolve(sheet, row, 'wave', ['waves'])?.id ?? null;
        if (values.directed == null && typeof values.type === 'string')
          values.directed = ctx.defaultDirected.get(values.type) ?? false;
      } else if (sheet === 'notes') {
        const kind = values.targetKind as string | null;
        if (kind === 'COUNCIL') {
          if (values.target != null)
            problem(
              sheet,
              row,
              'target',
              ImportCode.Invalid,
              'target must be blank when targetKind is COUNCIL',
            );
          refs.target = null;
          extra.target = { kind, id: ctx.councilId };
        } else if (kind) {
          if (values.target == null) {
            if (!row.bad.has('target'))
              problem(sheet, row, 'target', ImportCode.Required, `target is required for ${kind}`);
          } else refs.target = resolve(sheet, row, 'target', [REF_SHEETS[kind]])?.id ?? null;
          extra.target = { kind, id: values.target ?? 'missing' };
        }
      } else if (sheet === 'organisations') {
        if (values.sector == null && typeof values.type === 'string')
          values.sector = ctx.defaultSector.get(values.type) ?? null;
        if (values.neighbourhoods == null) values.neighbourhoods = [];
      } else if (sheet === 'people') {
        if (values.blendedRole == null) values.blendedRole = false;
      }
      for (const p of checkRow(sheet, row, extra, membershipKind)) {
        errors.push(p);
        row.bad.add(p.column ?? '');
      }
      // The record's fields after the import: stored ones for columns the file lacks.
      const fields: Record<string, unknown> = stored ? { ...stored.fields } : {};
      for (const column of SHEET_BY_NAME.get(sheet)!.columns) {
        if (column.name === 'id') continue;
        const given =
          present.has(column.name) || (sheet === 'ties' && column.name.endsWith('Kind'));
        const filledByDefault = ['sector', 'directed', 'blendedRole', 'neighbourhoods'].includes(
          column.name,
        );
        if (!given && stored && !filledByDefault) continue;
        if (!given && stored) continue;
        fields[column.name] =
          column.name in refs ? refs[column.name] : (values[column.name] ?? null);
      }
      const endsBad = ['person', 'team', 'profession', 'organisation'].some((c) => row.bad.has(c));
      if (stored && sheet === 'memberships' && !endsBad) {
        for (const end of ['person', 'team', 'profession', 'organisation']) {
          if (!same(stored.fields[end], fields[end]))
            problem(
              sheet,
              row,
              end,
              ImportCode.Conflict,
              `membership "${row.id}" already joins other records; a membership's ends cannot change (give the new one a new id)`,
            );
        }
      }
      if (stored && sheet === 'ties') {
        for (const end of ['from', 'to', 'fromKind', 'toKind']) {
          if (!same(stored.fields[end], fields[end]) && !row.bad.has(end.replace('Kind', '')))
            problem(
              sheet,
              row,
              end,
              ImportCode.Conflict,
              `tie "${row.id}" already joins other actors; a tie's ends cannot change (give the new one a new id)`,
            );
        }
      }
      const id = fileIds.get(sheet)!.get(row.id)!;
      const props: Record<string, unknown> = { id, externalId: row.id };
      for (const [column, prop] of Object.entries(COLUMN_PROPS[sheet]))
        props[prop] = fields[column] ?? null;
      const changedColumns = stored
        ? Object.keys(fields).filter((c) => c !== 'id' && !same(fields[c], stored.fields[c]))
        : [];
      const changes: Record<string, unknown> = {};
      for (const column of changedColumns) {
        const prop = COLUMN_PROPS[sheet][column];
        if (prop) changes[prop] = fields[column] ?? null;
      }
      const record: PlannedRecord = {
        sheet,
        row: row.row,
        key: row.id,
        id,
        action: !stored ? 'create' : changedColumns.length > 0 ? 'update' : 'unchanged',
        props,
        changes,
        membershipKind,
      };
      if (sheet === 'organisations') {
        record.neighbourhoodIds =
          !stored || changedColumns.includes('neighbourhoods')
            ? ((fields.neighbourhoods as string[]) ?? [])
            : null;
      }
      if (sheet === 'memberships' && membershipKind) {
        record.props.kind = membershipKind;
        record.props.fromId = membershipKind === 'ORGANISATION' ? fields.team : fields.person;
        record.props.toId =
          membershipKind === 'TEAM'
            ? fields.team
            : membershipKind === 'PROFESSION'
              ? fields.profession
              : fields.organisation;
      }
      if (sheet === 'ties') {
        Object.assign(record.props, {
          fromId: fields.from,
          fromKind: fields.fromKind,
          toId: fields.to,
          toKind: fields.toKind,
        });
      }
      planned.push(record);
    }
    plan.records.set(sheet, planned);
  }
  crossRules(file, ctx, plan);
  return plan;
}

/** Rules between records, on the council as it would be after the import. */
function crossRules(file: ParsedFile, ctx: PlanContext, plan: ImportPlan): void {
  const rowsOf = (sheet: SheetName) => plan.records.get(sheet) ?? [];
  const matched = (sheet: SheetName) => new Set(rowsOf(sheet).map((r) => r.id));
  const unmatched = (sheet: SheetName) =>
    (ctx.stored.get(sheet) ?? []).filter((s) => !matched(sheet).has(s.id));
  const conflict = (r: PlannedRecord, column: string, message: string) =>
    plan.errors.push({ sheet: r.sheet, row: r.row, column, code: ImportCode.Conflict, message });

  /** A field unique in the council (pseudonyms, wave labels). */
  const unique = (sheet: SheetName, column: string, prop: string) => {
    const holders = new Map<string, string>();
    for (const s of unmatched(sheet)) {
      const v = s.fields[column];
      if (typeof v === 'string') holders.set(v, `record "${s.key}" of this council`);
    }
    for (const r of rowsOf(sheet)) {
      const v = r.props[prop];
      if (typeof v !== 'string') continue;
      const earlier = holders.get(v);
      if (earlier) conflict(r, column, `${column} "${v}" is already used by ${earlier}`);
      else holders.set(v, `row ${r.row}`);
    }
  };
  unique('people', 'pseudonym', 'pseudonym');
  unique('waves', 'label', 'label');

  // Memberships: a person's periods in one team, a person's professions, a team's
  // organisations, must not overlap (as addMembership refuses).
  const groupKey = (kind: string, fromId: unknown, toId: unknown) =>
    kind === 'TEAM' ? `TEAM|${String(fromId)}|${String(toId)}` : `${kind}|${String(fromId)}`;
  const periods = new Map<
    string,
    { validFrom: string; validTo: string | null; label: string; record?: PlannedRecord }[]
  >();
  for (const s of unmatched('memberships')) {
    const f = s.fields;
    const kind = f.organisation ? 'ORGANISATION' : f.profession ? 'PROFESSION' : 'TEAM';
    const key = groupKey(
      kind,
      kind === 'ORGANISATION' ? f.team : f.person,
      kind === 'TEAM' ? f.team : null,
    );
    const list = periods.get(key) ?? [];
    list.push({
      validFrom: f.validFrom as string,
      validTo: (f.validTo as string | null) ?? null,
      label: `membership "${s.key}" of this council`,
    });
    periods.set(key, list);
  }
  for (const r of rowsOf('memberships')) {
    if (
      !r.membershipKind ||
      !r.props.fromId ||
      !r.props.toId ||
      typeof r.props.validFrom !== 'string'
    )
      continue;
    const key = groupKey(
      r.membershipKind,
      r.props.fromId,
      r.membershipKind === 'TEAM' ? r.props.toId : null,
    );
    const list = periods.get(key) ?? [];
    const mine = {
      validFrom: r.props.validFrom,
      validTo: (r.props.validTo as string | null) ?? null,
    };
    const clash = list.find((p) => periodsOverlap(p, mine));
    if (clash)
      conflict(
        r,
        'validFrom',
        `overlaps ${clash.label} (${r.membershipKind === 'TEAM' ? 'the same person and team' : r.membershipKind === 'PROFESSION' ? 'one profession at a time' : 'one organisation at a time'})`,
      );
    list.push({ ...mine, label: `row ${r.row}` });
    periods.set(key, list);
  }

  // Ties: no self tie, no identical tie (same pair and type, overlapping validity).
  if (ctx.endMissing && file.rows.has('ties')) {
    for (const s of unmatched('ties')) {
      const from = s.fields.validFrom as string;
      const to = s.fields.validTo as string | null;
      if (from < ctx.endMissing && (to === null || to > ctx.endMissing)) {
        plan.ended.push({ id: s.id, validTo: ctx.endMissing });
        s.fields = { ...s.fields, validTo: ctx.endMissing };
      }
    }
  }
  const others = unmatched('ties');
  const identity = (f: Record<string, unknown>): TieIdentity => ({
    fromId: String(f.from),
    fromKind: String(f.fromKind),
    toId: String(f.to),
    toKind: String(f.toKind),
    typeId: String(f.type),
    directed: f.directed === true,
    validFrom: String(f.validFrom),
    validTo: (f.validTo as string | null) ?? null,
  });
  const mine = rowsOf('ties').filter(
    (r) =>
      r.props.fromId &&
      r.props.toId &&
      typeof r.props.typeId === 'string' &&
      typeof r.props.validFrom === 'string',
  );
  const candidates: TieIdentity[] = [
    ...others.map((s) => identity(s.fields)),
    ...mine.map((r) =>
      identity({ ...r.props, from: r.props.fromId, to: r.props.toId, type: r.props.typeId }),
    ),
  ];
  for (const r of mine) {
    if (
      isSelfTie({
        fromId: String(r.props.fromId),
        fromKind: String(r.props.fromKind),
        toId: String(r.props.toId),
        toKind: String(r.props.toKind),
      })
    )
      conflict(r, 'to', 'a tie joins two different actors');
  }
  for (const [index, earlier] of duplicatesWithin(candidates)) {
    if (index < others.length) continue;
    const r = mine[index - others.length];
    const what =
      earlier < others.length
        ? `tie "${others[earlier].key}" of this council`
        : `row ${mine[earlier - others.length].row}`;
    conflict(r, 'type', `identical to ${what} (same actors, type and overlapping validity)`);
  }
}

/** The counts of a plan, into the report. */
export function countPlan(plan: ImportPlan, report: ImportReport): void {
  for (const [sheet, records] of plan.records) {
    for (const r of records) {
      bump(
        r.action === 'create'
          ? report.created
          : r.action === 'update'
            ? report.updated
            : report.unchanged,
        sheet,
      );
    }
  }
  if (plan.ended.length > 0) {
    bump(report.updated, 'ties', plan.ended.length);
    report.ended = plan.ended.length;
  }
}
