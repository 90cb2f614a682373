import { ApiError } from '../../api/client';
import { normaliseResult, type ImportResult } from '../../model/import-result';

export interface ImportRequest {
  file: File;
  dryRun: boolean;
  /** The mapping JSON (model/import-result.ts mappingJson), or null for none. */
  mapping: string | null;
  /** For a single CSV file: which template sheet it holds. */
  sheet: string | null;
  /** End ties missing from the file on this date (YYYY-MM-DD), or null. */
  endMissing: string | null;
}

/**
 * Sends the file to the import endpoint. XMLHttpRequest rather than fetch because it reports
 * upload progress (`onProgress`, 0–1), which a large file needs; the answer's JSON error
 * (`{code, message}`) becomes an ApiError like the GraphQL client's.
 */
export function runImport(
  councilId: string,
  req: ImportRequest,
  onProgress: (sent: number) => void,
): Promise<ImportResult> {
  const body = new FormData();
  body.append('file', req.file);
  body.append('dryRun', String(req.dryRun));
  if (req.mapping) body.append('mapping', req.mapping);
  if (req.sheet) body.append('sheet', req.sheet);
  if (req.endMissing) body.append('endMissing', req.endMissing);
  const query = new URLSearchParams({ dryRun: String(req.dryRun) });
  if (req.sheet) query.set('sheet', req.sheet);
  if (req.endMissing) query.set('endMissing', req.endMissing);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/councils/${encodeURIComponent(councilId)}/import?${query.toString()}`);
    xhr.withCredentials = true;
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiError(
          'The Interweave API cannot be reached. Check that it is running.',
          'UNREACHABLE',
        ),
      );
    xhr.onload = () => {
      const data = xhr.response as Record<string, unknown> | null;
      // A dry run with errors is an answer (ok: false), not a failure of the request.
      if (data && 'errors' in data && Array.isArray(data.errors)) {
        resolve(normaliseResult(data));
        return;
      }
      if (xhr.status >= 200 && xhr.status < 300 && data) {
        resolve(normaliseResult(data));
        return;
      }
      const message =
        data && typeof data.message === 'string'
          ? data.message
          : `The import answered ${xhr.status}.`;
      const code = data && typeof data.code === 'string' ? data.code : 'UNKNOWN';
      reject(new ApiError(message, code));
    };
    xhr.send(body);
  });
}
