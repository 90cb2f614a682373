import type { ComparisonTable as Table } from '../../model/comparison';
import { CsvButton } from '../../shell/CsvButton';
import { ConventionList, ConventionRef, type Footnote } from '../evolution/Conventions';

/** Statistics side by side: one column per council at its wave, every number with its convention. */
export function ComparisonTable({ table, waveLabel }: { table: Table; waveLabel: string }) {
  const notes: Footnote[] = table.rows
    .filter((r) => r.convention !== null)
    .map((r) => ({ key: r.key, label: r.label, convention: r.convention }));
  return (
    <>
      <CsvButton
        testId="comparison-csv"
        fileName={`comparison-${waveLabel.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`}
        header={[
          'statistic',
          'convention',
          ...table.columns.map((c) => `${c.councilId} (${c.asOf ?? 'no such wave'})`),
        ]}
        rows={() =>
          table.rows.map((r) => [
            r.label,
            r.convention
              ? `${r.convention.directed ? 'directed' : 'undirected'}; weighted: ${r.convention.weighted ?? 'no'}; ${r.convention.normalisation}`
              : '',
            ...r.values,
          ])
        }
      />
      <div
        className="iw-table-scroll"
        tabIndex={0}
        aria-label="Council statistics (table, scrolls)"
      >
        <table className="iw-table" data-testid="comparison-table">
          <caption>Network statistics at each council&apos;s “{waveLabel}” wave</caption>
          <thead>
            <tr>
              <th scope="col">Statistic</th>
              {table.columns.map((c) => (
                <th scope="col" key={c.councilId} data-council={c.councilId}>
                  {c.councilName}
                  <span className="iw-muted iw-block">
                    {c.present ? `${c.waveLabel ?? ''} ${c.asOf ?? ''}` : 'no such wave'}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => {
              const k = notes.findIndex((n) => n.key === r.key);
              return (
                <tr key={r.key}>
                  <th scope="row">
                    {r.label}
                    {k >= 0 && <ConventionRef scope="compare" index={k} note={notes[k]} />}
                  </th>
                  {r.values.map((v, i) => (
                    <td
                      key={table.columns[i].councilId}
                      data-council={table.columns[i].councilId}
                      data-metric={r.key}
                      data-value={v ?? ''}
                    >
                      {r.texts[i]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ConventionList scope="compare" notes={notes} />
    </>
  );
}
