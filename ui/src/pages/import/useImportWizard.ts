import { useCallback, useState } from 'react';
import { ApiError } from '../../api/client';
import {
  columnsFromWarnings,
  EMPTY_MAPPING,
  mappingJson,
  type ImportMapping,
  type ImportResult,
} from '../../model/import-result';
import { bumpDataVersion, bumpNotesVersion } from '../../state/useDataVersion';
import { runImport } from './import-api';
import { fileKind, readSheets, templateColumns, type SheetPreview } from './read-sheets';

export type Step = 'file' | 'columns' | 'values' | 'dryrun' | 'done';

export interface Busy {
  what: string;
  /** Upload progress 0–1, or null while the server works (indeterminate). */
  progress: number | null;
}

let templateCache: Promise<Record<string, string[]>> | null = null;

/** The wizard's state and its transitions; the page only renders it. */
export function useImportWizard(councilId: string) {
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<File | null>(null);
  const [csvSheet, setCsvSheet] = useState('people');
  const [sheets, setSheets] = useState<SheetPreview[] | null>(null);
  const [template, setTemplate] = useState<Record<string, string[]>>({});
  const [first, setFirst] = useState<ImportResult | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>(EMPTY_MAPPING);
  const [endMissing, setEndMissing] = useState('');
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = useCallback(
    (dryRun: boolean, m: ImportMapping) => {
      if (!file) return Promise.reject(new ApiError('Choose a file first.', 'BAD_USER_INPUT'));
      setBusy({ what: dryRun ? 'Checking every row…' : 'Importing…', progress: 0 });
      return runImport(
        councilId,
        {
          file,
          dryRun,
          mapping: mappingJson(m),
          sheet: fileKind(file.name) === 'csv' ? csvSheet : null,
          endMissing: !dryRun && endMissing ? endMissing : null,
        },
        (sent) => setBusy((b) => b && { ...b, progress: sent < 1 ? sent : null }),
      );
    },
    [councilId, file, csvSheet, endMissing],
  );

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  /** Reads the file here and runs a first dry run, so the columns show the server's detection. */
  const check = useCallback(async () => {
    if (!file) return;
    setError(null);
    setMapping(EMPTY_MAPPING);
    try {
      templateCache ??= templateColumns().catch((e: unknown) => {
        templateCache = null;
        throw e;
      });
      const [read, tpl, dry] = await Promise.all([
        readSheets(file, csvSheet),
        // Without the template the columns are still shown, only with nothing to map them to.
        templateCache.catch(() => ({})),
        send(true, EMPTY_MAPPING),
      ]);
      setSheets(read);
      setTemplate({ ...columnsFromWarnings(dry.warnings), ...tpl });
      setFirst(dry);
      setResult(dry);
      setStep('columns');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [file, csvSheet, send]);

  const dryRun = useCallback(async () => {
    setError(null);
    try {
      setResult(await send(true, mapping));
      setStep('dryrun');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [send, mapping]);

  const commit = useCallback(async () => {
    setError(null);
    try {
      const res = await send(false, mapping);
      setResult(res);
      if (res.ok) {
        bumpDataVersion(councilId);
        // An import can bring learning notes too.
        bumpNotesVersion(councilId);
        setStep('done');
      } else setStep('dryrun');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [send, mapping, councilId]);

  const chooseFile = (f: File | null) => {
    setFile(f);
    setSheets(null);
    setFirst(null);
    setResult(null);
    setStep('file');
    setError(null);
  };

  return {
    step,
    setStep,
    file,
    chooseFile,
    csvSheet,
    setCsvSheet,
    sheets,
    template,
    first,
    result,
    mapping,
    setMapping,
    endMissing,
    setEndMissing,
    busy,
    error,
    check,
    dryRun,
    commit,
  };
}
