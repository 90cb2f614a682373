import { useId } from 'react';
import { CopyButton } from '../../shell/CopyButton';
import type { ResetLink } from './admin-api';

/** A reset link to pass on (there is no mail server), shown once. */
export function ResetLinkNotice(p: ResetLink & { name: string; onDone: () => void }) {
  const id = useId();
  return (
    <section className="token-secret" aria-labelledby={`${id}-t`} data-testid="reset-link">
      <h3 id={`${id}-t`}>Password link for {p.name}</h3>
      <p>
        Pass this link to {p.name} yourself (by a channel you trust): it lets them choose a new
        password once, until {p.expiresAt.replace('T', ' ').slice(0, 16)} UTC. Any earlier link
        stops working.
      </p>
      <label htmlFor={`${id}-url`}>Link</label>{' '}
      <input
        id={`${id}-url`}
        className="secret"
        readOnly
        value={p.url}
        onFocus={(e) => e.target.select()}
        data-testid="reset-link-url"
      />{' '}
      <CopyButton text={p.url} label="Copy link" fallbackId={`${id}-url`} />{' '}
      <button type="button" onClick={p.onDone}>
        Done
      </button>
    </section>
  );
}
