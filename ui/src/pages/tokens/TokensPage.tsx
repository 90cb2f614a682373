import { useState } from 'react';
import type { ApiTokensQuery } from '../../api/operations.generated';
import { ApiBanner } from '../../shell/ApiBanner';
import { PageShell } from '../../shell/PageShell';
import { useQuery } from '../../state/useQuery';
import { TokenCreateForm } from './TokenCreateForm';
import { TokenSecret } from './TokenSecret';
import { TokenTable } from './TokenTable';
import { TOKENS, type CreatedToken } from './tokens-api';

/** /tokens: named API tokens for scripts (R, Python, curl), each acting as you. */
export function TokensPage() {
  const [reload, setReload] = useState(0);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const q = useQuery<ApiTokensQuery>('apiTokens', TOKENS, {}, reload);
  const refresh = () => setReload((r) => r + 1);
  return (
    <PageShell title="API tokens">
      <p className="page-intro">
        A token lets a script read (and, if your role allows, write) Interweave as you, with the
        same roles in the same councils: send it as <code>Authorization: Bearer &lt;token&gt;</code>
        . Give each script its own token, with the shortest expiry that works, and revoke it when
        the work is done.
      </p>
      <ApiBanner error={q.status === 'error' ? q.error : null} />
      {created ? (
        <TokenSecret
          token={created.token}
          secret={created.secret}
          onDone={() => setCreated(null)}
        />
      ) : (
        <TokenCreateForm
          onCreated={(token, secret) => {
            setCreated({ token, secret });
            refresh();
          }}
        />
      )}
      {q.data && <TokenTable tokens={q.data.apiTokens} onChanged={refresh} />}
      {!q.data && q.status === 'loading' && <p role="status">Loading your tokens…</p>}
    </PageShell>
  );
}
