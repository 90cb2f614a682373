import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as argon2 from 'argon2';

/**
 * Secrets handed to clients (session cookies, API tokens, reset links) are 32 random bytes;
 * only their SHA-256 is stored. A fast hash is right for these: they are high-entropy, so
 * there is nothing to brute-force. Passwords are low-entropy and get argon2id.
 */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** argon2id with the package's defaults (m=64 MiB, t=3, p=4), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** A valid hash of a random password, verified against when the email is unknown so that
 * an unknown email costs the same time as a wrong password. */
let decoy: Promise<string> | null = null;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  decoy ??= hashPassword(newSecret());
  const target = hash ?? (await decoy);
  try {
    const ok = await argon2.verify(target, password);
    return ok && hash !== null;
  } catch {
    // A malformed stored hash is a refused sign-in, never a crash.
    return false;
  }
}

/** A password for generated accounts: 18 random bytes, 24 URL-safe characters. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
