import { appendFileSync, chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CouncilRole } from '../auth/roles';
import { generatePassword, hashPassword } from '../auth/secrets';
import { AuthConfig } from '../config/app-config';
import { newId } from '../common/ids';
import { UserRepository } from '../user/user.repository';

export const DEFAULT_ADMIN_EMAIL = 'admin@interweave.local';

/** Appends lines to the credentials file, which only its owner may read (mode 0600). */
export function writeCredentials(file: string, lines: string[]): string {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const fresh = !existsSync(path);
  appendFileSync(path, lines.map((l) => `${l}\n`).join(''), { mode: 0o600 });
  if (fresh) chmodSync(path, 0o600);
  return path;
}

/**
 * First start: when no user exists, creates the system administrator from
 * INTERWEAVE_ADMIN_EMAIL / _PASSWORD, or with a generated password that is printed once and
 * written to the credentials file.
 */
export async function ensureFirstAdmin(
  users: UserRepository,
  config: AuthConfig,
  log: (line: string) => void,
): Promise<void> {
  if ((await users.count()) > 0) return;
  const email = config.adminEmail ?? DEFAULT_ADMIN_EMAIL;
  const password = config.adminPassword ?? generatePassword();
  await users.create(
    {
      id: newId('user'),
      email,
      name: 'Administrator',
      passwordHash: await hashPassword(password),
      systemAdmin: true,
    },
    null,
  );
  if (config.adminPassword) {
    log(`Created the system administrator ${email} (password from INTERWEAVE_ADMIN_PASSWORD).`);
    return;
  }
  const file = writeCredentials(config.credentialsFile, [
    `# Interweave first-start credentials (${new Date().toISOString()}). Change the password after signing in.`,
    `system admin: ${email} ${password}`,
  ]);
  // Printed this once, as the issue asks, so a newcomer can sign in at once.
  log(
    `First start: created the system administrator. Sign in at ${config.publicUrl}/ as ${email} with password ${password} (also saved to ${file}, readable only by you).`,
  );
}

export const DEMO_COUNCIL = 'tamebridge';
const DEMO_ROLES: [CouncilRole, string][] = [
  [CouncilRole.COUNCIL_ADMIN, 'Demo council admin'],
  [CouncilRole.EDITOR, 'Demo editor'],
  [CouncilRole.VIEWER, 'Demo viewer'],
  [CouncilRole.RESEARCHER, 'Demo researcher'],
];

/** The demo users' email for a role, e.g. viewer@tamebridge.demo. */
export function demoEmail(role: CouncilRole): string {
  return `${role.toLowerCase().replace('_', '-')}@${DEMO_COUNCIL}.demo`;
}

/**
 * One demo user per role on Tamebridge, with generated passwords written to the
 * credentials file (never a fixed password in the code). Skips users that exist.
 */
export async function createDemoUsers(
  users: UserRepository,
  config: AuthConfig,
  log: (line: string) => void,
): Promise<void> {
  const lines: string[] = [];
  for (const [role, name] of DEMO_ROLES) {
    const password = generatePassword();
    const created = await users.create(
      {
        id: newId('user'),
        email: demoEmail(role),
        name,
        passwordHash: await hashPassword(password),
        systemAdmin: false,
      },
      { councilId: DEMO_COUNCIL, role },
    );
    if (created) lines.push(`demo ${role} on ${DEMO_COUNCIL}: ${created.email} ${password}`);
  }
  if (lines.length === 0) return;
  const file = writeCredentials(config.credentialsFile, lines);
  log(
    `Created ${lines.length} demo users on Tamebridge (one per role); their passwords are in ${file}.`,
  );
}
