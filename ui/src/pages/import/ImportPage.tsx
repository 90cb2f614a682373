import { useMemo } from 'react';
import { canEdit } from '../../model/access';
import { mapUrl } from '../../model/routes';
import { Link } from '../../shell/Link';
import { PageShell } from '../../shell/PageShell';
import { useSession } from '../../state/session';
import { useCouncil } from '../../state/useCouncilContext';
import { useSearch } from '../../state/useRoute';
import { useVocabularies } from '../../state/useVocabularies';
import { ColumnsStep } from './ColumnsStep';
import { CountsTable } from './CountsTable';
import { FileStep } from './FileStep';
import { IssueList } from './IssueList';
import { unknownValues } from './unknown-values';
import { useImportWizard, type Step } from './useImportWizard';
import { ValuesStep } from './ValuesStep';
import './import.css';

const STEPS: { id: Step; label: string }[] = [
  { id: 'file', label: 'Choose a file' },
  { id: 'columns', label: 'Columns' },
  { id: 'values', label: 'Values' },
  { id: 'dryrun', label: 'Check' },
  { id: 'done', label: 'Imported' },
];

/**
 * /import?council=<id>: bring a spreadsheet into a council. Choose a file, see its columns as
 * the server detected them and adjust, map unknown vocabulary values, check every row with a
 * dry run, import all or nothing, then open the map. Editors and admins only (the API checks).
 */
export function ImportPage() {
  const { me } = useSession();
  const councilId = new URLSearchParams(useSearch()).get('council');
  const council = useCouncil(councilId);
  const allowed = canEdit(me, councilId);
  const back = councilId ? mapUrl(councilId) : '/';
  return (
    <PageShell title={council ? `Import into ${council.name}` : 'Import a spreadsheet'} back={back}>
      {!allowed || !councilId ? (
        <p role="alert" className="form-error" data-testid="import-forbidden">
          Only the council’s editors and admins can import into it.{' '}
          <Link href={back}>Back to the map</Link>
        </p>
      ) : (
        <Wizard councilId={councilId} key={councilId} />
      )}
    </PageShell>
  );
}

function Wizard({ councilId }: { councilId: string }) {
  const w = useImportWizard(councilId);
  const { vocab } = useVocabularies();
  const unknown = useMemo(
    () =>
      w.first
        ? unknownValues(
            w.sheets ?? [],
            w.template,
            w.first.warnings,
            w.first.errors,
            w.mapping,
            vocab,
          )
        : [],
    [w.sheets, w.first, w.template, w.mapping, vocab],
  );
  const at = STEPS.findIndex((s) => s.id === w.step);
  const busy = w.busy !== null;
  const base = w.file?.name.replace(/\.[^.]+$/, '') ?? 'import';

  return (
    <div className="import-wizard" data-testid="import-wizard" data-step={w.step} aria-busy={busy}>
      <ol className="wizard-steps" aria-label="Steps">
        {STEPS.map((s, i) => (
          <li
            key={s.id}
            aria-current={s.id === w.step ? 'step' : undefined}
            className={i < at ? 'done' : undefined}
          >
            {s.label}
          </li>
        ))}
      </ol>
      {w.error && (
        <p role="alert" className="form-error" data-testid="import-error">
          {w.error}
        </p>
      )}
      {w.busy && (
        <p role="status" className="loading" data-testid="import-progress">
          {w.busy.what}{' '}
          {w.busy.progress !== null ? (
            <>
              uploading {Math.round(w.busy.progress * 100)}%{' '}
              <progress max={1} value={w.busy.progress} />
            </>
          ) : (
            <>
              the server is reading the file <progress />
            </>
          )}
        </p>
      )}

      {w.step === 'file' && (
        <FileStep
          file={w.file}
          onFile={w.chooseFile}
          csvSheet={w.csvSheet}
          onCsvSheet={w.setCsvSheet}
          busy={busy}
          onCheck={() => void w.check()}
        />
      )}

      {w.step === 'columns' && (
        <section aria-labelledby="columns-title">
          <h2 id="columns-title">Columns</h2>
          {w.sheets ? (
            <ColumnsStep
              sheets={w.sheets}
              template={w.template}
              warnings={w.first?.warnings ?? []}
              mapping={w.mapping}
              onMapping={w.setMapping}
            />
          ) : (
            <p className="muted" data-testid="columns-server-only">
              This file is not read in the browser (a zip, or larger than 8 MB); the server checks
              its columns and every row in the dry run.
            </p>
          )}
          {w.first && w.first.errors.length > 0 && (
            <p className="muted">
              As read now, {w.first.errors.length} rows or cells have problems; fix the mapping here
              and on the next step, then check again.
            </p>
          )}
          <div className="form-actions">
            <button type="button" onClick={() => w.setStep('file')}>
              Back
            </button>
            <button
              type="button"
              className="primary"
              data-testid="to-values"
              onClick={() => w.setStep('values')}
            >
              Next: values
            </button>
          </div>
        </section>
      )}

      {w.step === 'values' && (
        <section aria-labelledby="values-title">
          <h2 id="values-title">Values</h2>
          <ValuesStep unknown={unknown} mapping={w.mapping} onMapping={w.setMapping} />
          <div className="form-actions">
            <button type="button" onClick={() => w.setStep('columns')}>
              Back
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy}
              data-testid="run-dry-run"
              onClick={() => void w.dryRun()}
            >
              Check every row (dry run)
            </button>
          </div>
        </section>
      )}

      {w.step === 'dryrun' && w.result && (
        <section aria-labelledby="dryrun-title" data-testid="dry-run-result" data-ok={w.result.ok}>
          <h2 id="dryrun-title">
            {w.result.ok ? 'Ready to import' : 'The file cannot be imported yet'}
          </h2>
          <p role="status">
            {w.result.ok
              ? 'Every row passed. Nothing has been written yet.'
              : `${w.result.errors.length} ${w.result.errors.length === 1 ? 'problem' : 'problems'}; nothing was written. Fix them in the file (or in the mapping) and check again.`}
          </p>
          <CountsTable result={w.result} caption="What the import would do" />
          <IssueList
            title="Errors"
            issues={w.result.errors}
            testId="import-errors"
            fileName={`${base}-errors.csv`}
          />
          <IssueList
            title="Warnings"
            issues={w.result.warnings}
            testId="import-warnings"
            fileName={`${base}-warnings.csv`}
          />
          {w.result.ok && (
            <div className="field">
              <label htmlFor="end-missing">End ties that are not in this file on (optional)</label>
              <input
                id="end-missing"
                type="date"
                value={w.endMissing}
                onChange={(e) => w.setEndMissing(e.target.value)}
                data-testid="end-missing"
              />
            </div>
          )}
          <div className="form-actions">
            <button type="button" onClick={() => w.setStep('columns')}>
              Back to the mapping
            </button>
            <button type="button" onClick={() => w.chooseFile(null)}>
              Choose another file
            </button>
            {w.result.ok && (
              <button
                type="button"
                className="primary"
                disabled={busy}
                data-testid="run-import"
                onClick={() => void w.commit()}
              >
                Import
              </button>
            )}
          </div>
        </section>
      )}

      {w.step === 'done' && w.result && (
        <section aria-labelledby="done-title" data-testid="import-done">
          <h2 id="done-title">Imported</h2>
          <p role="status">Everything in the file was written in one go.</p>
          <CountsTable result={w.result} caption="What was imported" />
          <p>
            <Link href={mapUrl(councilId)} className="button-link primary" data-testid="open-map">
              Open the map
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
