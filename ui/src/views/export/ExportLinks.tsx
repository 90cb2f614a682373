import { EXPORT_FORMATS, exportUrl, type ExportScope } from '../../model/export-links';

/**
 * Download links for the research exports of what is on screen (level, moment, filters). Plain
 * links: the browser downloads with the session cookie, and the API applies the caller's role
 * (a researcher's files are pseudonymised whatever the link says).
 */
export function ExportLinks({ councilId, scope }: { councilId: string; scope: ExportScope }) {
  return (
    <details className="export-links" data-testid="export-links">
      <summary>Export</summary>
      <ul>
        {EXPORT_FORMATS.map((f) => (
          <li key={f.path}>
            <a href={exportUrl(councilId, f, scope)} download data-testid={`export-${f.path}`}>
              {f.label}
            </a>{' '}
            <small className="muted">{f.help}</small>
          </li>
        ))}
      </ul>
    </details>
  );
}
