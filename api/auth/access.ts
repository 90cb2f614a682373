import { SetMetadata } from '@nestjs/common';
import { LabelName } from '../../graph/labels';

/**
 * What a root field needs, declared next to its resolver with @Allow. The access guard is
 * the one enforcement point; a resolver without a declaration is refused (fail closed).
 */
export enum Access {
  /** Anyone, signed in or not (health, signIn, completing a reset link). */
  Public = 'PUBLIC',
  /** Any signed-in user (their own account, vocabularies, councils they hold a role in). */
  SignedIn = 'SIGNED_IN',
  /** Any role in the council(s) the request names. */
  CouncilRead = 'COUNCIL_READ',
  /** EDITOR or COUNCIL_ADMIN in the council. */
  CouncilWrite = 'COUNCIL_WRITE',
  /** COUNCIL_ADMIN in the council. */
  CouncilAdmin = 'COUNCIL_ADMIN',
  /** A system administrator. */
  SystemAdmin = 'SYSTEM_ADMIN',
}

type Args = Record<string, unknown>;

/** How a successful mutation is audited. */
export type AuditSpec =
  /** Generic: the record of this label named by `args.id` or the result's `id`, before and after. */
  | {
      label: LabelName;
      /** The action recorded; default CREATE / UPDATE / DELETE from the operation's name. */
      action?: 'SETTINGS_CHANGED';
      /** The record an update or delete targets, read before it runs; default `args.id`. */
      targetId?: (args: Args) => unknown;
      /** The records written, after it ran; default the target, else the result's `id`. */
      idsFrom?: (args: Args, result: unknown) => string[];
    }
  /** The service records its own, more specific event (accounts, sessions, roles). */
  | 'self';

export interface AccessRule {
  access: Access;
  /** The council ids the request names; default `args.councilId`. */
  councils?: (args: Args) => (string | null | undefined)[];
  /** When the request names no council, any signed-in user may (shared data); otherwise
   *  a request naming no council is for system administrators only. */
  optionalCouncil?: boolean;
  /** Mutations only: how the write is audited. Every mutation must say. */
  audit?: AuditSpec;
  /** Person-level data: a researcher's read is recorded in the audit. */
  personData?: (args: Args) => boolean;
}

export const ACCESS_RULE = 'interweave:access-rule';

/** Declares the access a resolver needs (and, for mutations, how it is audited). */
export const Allow = (access: Access, options: Omit<AccessRule, 'access'> = {}) =>
  SetMetadata(ACCESS_RULE, { access, ...options } satisfies AccessRule);
