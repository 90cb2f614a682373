// A real OpenID Connect provider for the tests (node-oidc-provider), run as its own process
// on loopback because the package is ESM-only and jest loads CommonJS. Its stock
// development interactions serve a real login and consent form; any login name is
// accepted as the subject, and the claims come from OIDC_ACCOUNTS.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS ?? '{}');

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID,
      client_secret: process.env.OIDC_CLIENT_SECRET,
      redirect_uris: [process.env.OIDC_REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  pkce: { required: () => true, methods: ['S256'] },
  cookies: { keys: ['interweave-test-only-key'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, sub) {
    const claims = accounts[sub] ?? { email: `${sub}@idp.example`, email_verified: false };
    return { accountId: sub, claims: async () => ({ sub, ...claims }) };
  },
});
// Quiet: the dev-interactions warning is expected in a test provider.
provider.on('server_error', (_ctx, error) => console.error(error));
provider.listen(port, '127.0.0.1', () => console.log(`OIDC provider ready at ${issuer}`));
