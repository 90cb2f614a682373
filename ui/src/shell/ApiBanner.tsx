import { useApiUnreachable } from '../state/apiStatus';
import type { ApiError } from '../api/client';

/** A clear message when the API cannot be reached or fails. */
export function ApiBanner({ error }: { error: ApiError | null }) {
  // Unreachable is shown once, app-wide (UnreachableBanner); here only other failures.
  if (!error || error.code === 'UNREACHABLE') return null;
  return (
    <div role="alert" className="api-banner" data-testid="api-failure">
      <strong>Something went wrong.</strong> {error.message}
    </div>
  );
}

/** Shown while the API does not answer; it goes away by itself once a request succeeds. */
export function UnreachableBanner() {
  const down = useApiUnreachable();
  if (!down) return null;
  return (
    <div role="alert" className="api-banner" data-testid="api-error">
      <strong>The Interweave API cannot be reached.</strong> Check that the server is running; this
      page checks again every few seconds and carries on by itself once it answers.
    </div>
  );
}
