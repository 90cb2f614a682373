import { Inject, Injectable } from '@nestjs/common';
import { AUTH_CONFIG, AuthConfig } from '../auth/auth-config';
import { Caller } from '../auth/caller.decorator';
import { PasswordResetRepository } from '../auth/password-reset.repository';
import { effectiveRole, Principal } from '../auth/principal';
import { CouncilRole } from '../auth/roles';
import { hashPassword, newSecret, sha256, verifyPassword } from '../auth/secrets';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { CreateUserInput, GrantRoleInput, PASSWORD_RULE, RevokeRoleInput } from './dto/user.input';
import { PasswordResetLink, User } from './models/user.model';
import { UserRepository } from './user.repository';

function checkPassword(password: string, field: string): void {
  if (password.length < 12 || password.length > 200) {
    throw DomainError.badInput([{ field, message: `password must be ${PASSWORD_RULE}` }]);
  }
}

/** Accounts and roles. The access guard has checked sign-in and council roles already;
 * rules that depend on the target user (whose councils are whose) are checked here. */
@Injectable()
export class UserService {
  constructor(
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly users: UserRepository,
    private readonly resets: PasswordResetRepository,
    private readonly audit: AuditService,
  ) {}

  async create(caller: Caller, input: CreateUserInput): Promise<User> {
    const principal = caller.principal as Principal;
    if (input.systemAdmin && !principal.systemAdmin) {
      throw DomainError.forbidden('Only a system administrator may create another.');
    }
    if ((input.councilId == null) !== (input.role == null)) {
      throw DomainError.badInput([
        { field: 'input.role', message: 'give councilId and role together, or neither' },
      ]);
    }
    const user = await this.users.create(
      {
        id: newId('user'),
        email: input.email.trim().toLowerCase(),
        name: input.name.trim(),
        passwordHash: input.password ? await hashPassword(input.password) : null,
        systemAdmin: input.systemAdmin,
      },
      input.councilId && input.role ? { councilId: input.councilId, role: input.role } : null,
    );
    // Admins may learn that an email has an account: they manage accounts.
    if (!user) throw DomainError.conflict('A user with this email already exists', 'input.email');
    await this.audit.record(caller.who, {
      action: 'USER_CREATED',
      operation: 'createUser',
      councilId: input.councilId ?? null,
      entityKind: 'User',
      entityIds: [user.id],
      changes: [
        { entityId: user.id, field: 'email', before: null, after: JSON.stringify(user.email) },
        ...(input.role
          ? [{ entityId: user.id, field: 'role', before: null, after: JSON.stringify(input.role) }]
          : []),
      ],
    });
    return user;
  }

  async get(id: string): Promise<User> {
    const user = await this.users.get(id);
    if (!user) throw DomainError.notFound('User', id);
    return user;
  }

  async list(
    councilId: string | null,
    search: string | null,
    offset: number,
    limit: number,
  ): Promise<Page<User>> {
    const page = await this.users.list(councilId, search, offset, limit);
    return { ...page, offset, limit };
  }

  async grantRole(caller: Caller, input: GrantRoleInput): Promise<User> {
    if ((input.userId == null) === (input.email == null)) {
      throw DomainError.badInput([
        { field: 'input.userId', message: 'give either userId or email' },
      ]);
    }
    const userId =
      input.userId ?? (await this.users.credentials(input.email!.trim().toLowerCase()))?.id;
    if (!userId) throw DomainError.notFound('User with email', input.email as string);
    const outcome = await this.users.grantRole(
      userId,
      input.councilId,
      input.role,
      caller.who.userId ?? 'system',
    );
    if (outcome === 'missing') throw DomainError.notFound('User', userId);
    await this.audit.record(caller.who, {
      action: 'ROLE_GRANTED',
      operation: 'grantRole',
      councilId: input.councilId,
      entityKind: 'User',
      entityIds: [userId],
      changes: [
        {
          entityId: userId,
          field: 'role',
          before: outcome.before ? JSON.stringify(outcome.before) : null,
          after: JSON.stringify(input.role),
        },
      ],
    });
    return this.get(userId);
  }

  async revokeRole(caller: Caller, input: RevokeRoleInput): Promise<User> {
    const before = await this.users.revokeRole(input.userId, input.councilId);
    if (!before) throw DomainError.notFound('Role of user', input.userId);
    await this.audit.record(caller.who, {
      action: 'ROLE_REVOKED',
      operation: 'revokeRole',
      councilId: input.councilId,
      entityKind: 'User',
      entityIds: [input.userId],
      changes: [
        { entityId: input.userId, field: 'role', before: JSON.stringify(before), after: null },
      ],
    });
    return this.get(input.userId);
  }

  /** Disabling ends every session of the user at once; their tokens stop working too. */
  async setDisabled(caller: Caller, userId: string, disabled: boolean): Promise<User> {
    const target = await this.assertMayManage(caller, userId);
    if (disabled && target.id === caller.principal?.userId) {
      throw DomainError.conflict('You cannot disable your own account', 'userId');
    }
    const user = await this.users.setDisabled(userId, disabled);
    if (!user) throw DomainError.notFound('User', userId);
    await this.audit.record(caller.who, {
      action: disabled ? 'USER_DISABLED' : 'USER_ENABLED',
      operation: disabled ? 'disableUser' : 'enableUser',
      councilIds: target.roles.map((r) => r.councilId),
      entityKind: 'User',
      entityIds: [userId],
      changes: [
        {
          entityId: userId,
          field: 'disabled',
          before: JSON.stringify(target.disabled),
          after: JSON.stringify(disabled),
        },
      ],
    });
    return user;
  }

  /** A one-time link, shown to the admin to pass on (there is no mail server). */
  async createResetLink(caller: Caller, userId: string): Promise<PasswordResetLink> {
    const target = await this.assertMayManage(caller, userId);
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + this.config.resetLinkHours * 3_600_000).toISOString();
    await this.resets.create({
      id: sha256(secret),
      userId,
      expiresAt,
      createdBy: caller.who.userId ?? 'system',
    });
    await this.audit.record(caller.who, {
      action: 'PASSWORD_RESET_LINK',
      operation: 'createPasswordResetLink',
      councilIds: target.roles.map((r) => r.councilId),
      entityKind: 'User',
      entityIds: [userId],
    });
    // The secret travels in the fragment, which browsers never send to a server or a Referer.
    return { url: `${this.config.publicUrl}/reset-password#token=${secret}`, expiresAt };
  }

  /** Public: completes a reset link. Every session of the user ends. */
  async resetPassword(caller: Caller, token: string, password: string): Promise<boolean> {
    checkPassword(password, 'password');
    const userId = await this.resets.consume(
      sha256(token),
      new Date().toISOString(),
      await hashPassword(password),
    );
    if (!userId) {
      throw DomainError.badInput([
        {
          field: 'token',
          message: 'this reset link is unknown, used or expired; ask for a new one',
        },
      ]);
    }
    await this.audit.record(
      { ...caller.who, userId, actor: 'reset link' },
      {
        action: 'PASSWORD_CHANGED',
        operation: 'resetPassword',
        entityKind: 'User',
        entityIds: [userId],
      },
    );
    return true;
  }

  async changePassword(caller: Caller, current: string, next: string): Promise<boolean> {
    const principal = caller.principal as Principal;
    checkPassword(next, 'newPassword');
    const credentials = await this.users.credentials(principal.email);
    if (!(await verifyPassword(credentials?.passwordHash ?? null, current))) {
      throw DomainError.badInput([
        { field: 'currentPassword', message: 'the current password is not right' },
      ]);
    }
    await this.users.setPassword(principal.userId, await hashPassword(next));
    await this.audit.record(caller.who, {
      action: 'PASSWORD_CHANGED',
      operation: 'changePassword',
      entityKind: 'User',
      entityIds: [principal.userId],
    });
    return true;
  }

  /**
   * System admins manage everyone; a council admin manages a user only if every role the
   * user holds is in a council the admin administers, and the user is no system admin.
   */
  private async assertMayManage(caller: Caller, userId: string): Promise<User> {
    const principal = caller.principal as Principal;
    const target = await this.users.get(userId);
    if (principal.systemAdmin) {
      if (!target) throw DomainError.notFound('User', userId);
      return target;
    }
    const administers = (councilId: string) =>
      effectiveRole(principal, councilId) === CouncilRole.COUNCIL_ADMIN;
    const mayManage =
      target !== null &&
      !target.systemAdmin &&
      target.roles.length > 0 &&
      target.roles.every((r) => administers(r.councilId));
    // Users outside the caller's councils are refused alike, whether or not they exist.
    if (!mayManage || !target) {
      throw DomainError.forbidden('This user holds roles outside the councils you administer.');
    }
    return target;
  }
}
