import { Injectable } from '@nestjs/common';
import { Label } from '../../../graph/labels';
import { Neo4jService } from '../../neo4j/neo4j.service';

/** A sign-in with the identity provider in flight: PKCE verifier, state and nonce. */
export interface OidcLogin {
  id: string;
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
  expiresAt: string;
}

/**
 * Kept server-side (id = SHA-256 of the browser's short-lived cookie) so that any API
 * instance can finish a sign-in another one started.
 */
@Injectable()
export class OidcLoginRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async create(login: OidcLogin): Promise<void> {
    await this.neo4j.query(
      `CREATE (:${Label.OidcLogin} {id: $id, verifier: $verifier, state: $state, nonce: $nonce,
                                   returnTo: $returnTo, expiresAt: $expiresAt})`,
      { ...login },
      'WRITE',
    );
  }

  /** Reads and deletes the login (one use); null when unknown or expired. */
  async take(id: string, now: string): Promise<OidcLogin | null> {
    const result = await this.neo4j.query(
      `MATCH (l:${Label.OidcLogin} {id: $id})
       WITH l, l {.*} AS login, l.expiresAt > $now AS valid
       DELETE l RETURN login, valid`,
      { id, now },
      'WRITE',
    );
    const row = result.records[0];
    return row && row.get('valid') ? (row.get('login') as OidcLogin) : null;
  }
}
