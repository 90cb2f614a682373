import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageArgs } from '../../common/dto/page.args';
import { IsIsoDate } from '../../common/dto/validators';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';

export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  'SESSIONS_REVOKED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET_LINK',
  'ROLE_GRANTED',
  'ROLE_REVOKED',
  'USER_CREATED',
  'USER_DISABLED',
  'USER_ENABLED',
  'TOKEN_CREATED',
  'TOKEN_REVOKED',
  'TOKEN_EXPORT',
  'PERSON_DATA_READ',
  'SETTINGS_CHANGED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'The council whose audit to read (its admins); omit for account events (system admins).',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId?: string;

  @Field(() => ID, { nullable: true, description: 'Only events about this record.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `entityId ${ID_MESSAGE}` })
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only events by this user.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `userId ${ID_MESSAGE}` })
  userId?: string;

  @Field(() => String, {
    nullable: true,
    description: `Only this action: ${AUDIT_ACTIONS.join(', ')}.`,
  })
  @IsOptional()
  @IsIn([...AUDIT_ACTIONS], {
    message: `action must be one of ${AUDIT_ACTIONS.join(', ')}`,
  })
  action?: AuditAction;

  @Field({ nullable: true, description: 'Only events on or after this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @Field({ nullable: true, description: 'Only events before this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
