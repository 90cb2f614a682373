import { useId } from 'react';
import { curlExample, type ApiToken } from '../../model/tokens';
import { CopyButton } from '../../shell/CopyButton';

/** The new token's secret, shown this once, with a copy button and a curl example. */
export function TokenSecret(p: { token: ApiToken; secret: string; onDone: () => void }) {
  const id = useId();
  const example = curlExample(window.location.origin, p.secret);
  return (
    <section className="token-secret" aria-labelledby={`${id}-title`} data-testid="token-created">
      <h2 id={`${id}-title`}>Token “{p.token.name}” created</h2>
      <p>
        <strong>Copy it now: it is shown only this once.</strong> Interweave keeps only a hash, so
        nobody can show it to you again. Treat it like your password: it acts as you, with your
        roles, until {p.token.expiresAt.slice(0, 10)} or until you revoke it.
      </p>
      <div className="field">
        <label htmlFor={`${id}-secret`}>Token</label>
        <input
          id={`${id}-secret`}
          readOnly
          value={p.secret}
          className="secret"
          onFocus={(e) => e.target.select()}
          data-testid="token-secret"
        />
        <CopyButton
          text={p.secret}
          label="Copy token"
          fallbackId={`${id}-secret`}
          testId="copy-token"
        />
      </div>
      <h3>Try it</h3>
      <pre className="code" data-testid="token-curl">
        {example}
      </pre>
      <CopyButton text={example} label="Copy example" />
      <p className="muted">
        Send it as <code>Authorization: Bearer &lt;token&gt;</code> on every request to{' '}
        <code>/graphql</code>; the same works from R (httr2) or Python (requests).
      </p>
      <button type="button" onClick={p.onDone} data-testid="token-done">
        I have copied it
      </button>
    </section>
  );
}
