// Accounts, sessions, API tokens, reset links and sign-in throttles (issue: sign-in and roles).
// Secrets are never stored: sessions, tokens and reset links are looked up by the SHA-256 of
// their random secret, passwords are argon2id hashes.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE INDEX session_user IF NOT EXISTS FOR (n:Session) ON (n.userId);
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE INDEX api_token_user IF NOT EXISTS FOR (n:ApiToken) ON (n.userId);
CREATE CONSTRAINT password_reset_id IF NOT EXISTS FOR (n:PasswordReset) REQUIRE n.id IS UNIQUE;
CREATE INDEX password_reset_user IF NOT EXISTS FOR (n:PasswordReset) ON (n.userId);
CREATE CONSTRAINT sign_in_throttle_key IF NOT EXISTS FOR (n:SignInThrottle) REQUIRE n.key IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX audit_event_user IF NOT EXISTS FOR (n:AuditEvent) ON (n.userId);
CREATE INDEX blueprint_council IF NOT EXISTS FOR (n:Blueprint) ON (n.councilId);
CREATE CONSTRAINT oidc_login_id IF NOT EXISTS FOR (n:OidcLogin) REQUIRE n.id IS UNIQUE;
