import { AuthConfig } from '../config/app-config';

/** Injection token for the auth part of the one typed configuration. */
export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
export type { AuthConfig };

export const SESSION_COOKIE = 'iw_session';
/** API tokens look like `iw.<token id>.<secret>`; the id finds the record, the secret proves it. */
export const TOKEN_PREFIX = 'iw.';
