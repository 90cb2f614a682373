import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../auth/access';
import { Caller, CurrentCaller } from '../auth/caller.decorator';
import { Paginated } from '../common/models/paginated';
import { ChangePasswordArgs, ResetPasswordArgs } from '../auth/dto/sign-in.args';
import { Principal } from '../auth/principal';
import {
  CreateUserArgs,
  GrantRoleArgs,
  RevokeRoleArgs,
  UserIdArgs,
  UserListArgs,
} from './dto/user.args';
import { PasswordResetLink, User } from './models/user.model';
import { UserService } from './user.service';

export const UserPage = Paginated(User, 'User');

type Args = Record<string, unknown>;
const inputCouncil = (args: Args) => [
  (args.input as { councilId?: string } | undefined)?.councilId,
];

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Allow(Access.CouncilAdmin)
  @Query(() => UserPage, {
    description:
      "Users, by name. Council admins give councilId and see that council's users; system admins may omit it to see all.",
  })
  users(@Args() args: UserListArgs) {
    return this.service.list(args.councilId ?? null, args.search ?? null, args.offset, args.limit);
  }

  @Allow(Access.CouncilAdmin, { councils: inputCouncil, audit: 'self' })
  @Mutation(() => User, {
    description:
      'Creates a user. A council admin must give councilId and role (the new user gets that role); without them only a system admin may.',
  })
  createUser(@Args() args: CreateUserArgs, @CurrentCaller() caller: Caller) {
    return this.service.create(caller, args.input);
  }

  @Allow(Access.CouncilAdmin, { councils: inputCouncil, audit: 'self' })
  @Mutation(() => User, {
    description: 'Gives a user a role in a council, replacing the role they held there.',
  })
  grantRole(@Args() args: GrantRoleArgs, @CurrentCaller() caller: Caller) {
    return this.service.grantRole(caller, args.input);
  }

  @Allow(Access.CouncilAdmin, { councils: inputCouncil, audit: 'self' })
  @Mutation(() => User, { description: "Removes a user's role in a council." })
  revokeRole(@Args() args: RevokeRoleArgs, @CurrentCaller() caller: Caller) {
    return this.service.revokeRole(caller, args.input);
  }

  // Signed in is checked here; whether the caller administers every council of the target
  // user depends on data, so UserService checks it (FORBIDDEN otherwise).
  @Allow(Access.SignedIn, { audit: 'self' })
  @Mutation(() => User, {
    description:
      'Disables a user: their sessions end at once and their API tokens stop working. System admins, or a council admin for users only in their councils.',
  })
  disableUser(@Args() args: UserIdArgs, @CurrentCaller() caller: Caller) {
    return this.service.setDisabled(caller, args.userId, true);
  }

  @Allow(Access.SignedIn, { audit: 'self' })
  @Mutation(() => User, {
    description: 'Enables a disabled user again (same rule as disableUser).',
  })
  enableUser(@Args() args: UserIdArgs, @CurrentCaller() caller: Caller) {
    return this.service.setDisabled(caller, args.userId, false);
  }

  @Allow(Access.SignedIn, { audit: 'self' })
  @Mutation(() => PasswordResetLink, {
    description:
      'Creates a one-time link for the user to choose a new password, replacing any earlier link; pass it on yourself (there is no mail server). Same rule as disableUser.',
  })
  createPasswordResetLink(@Args() args: UserIdArgs, @CurrentCaller() caller: Caller) {
    return this.service.createResetLink(caller, args.userId);
  }

  @Allow(Access.SignedIn)
  @Query(() => User, { description: 'The signed-in user and their roles.' })
  me(@CurrentCaller() caller: Caller): Promise<User> {
    return this.service.get((caller.principal as Principal).userId);
  }

  @Allow(Access.SignedIn, { audit: 'self' })
  @Mutation(() => Boolean, {
    description: 'Changes your own password; every session of yours ends, this one too.',
  })
  changePassword(@Args() args: ChangePasswordArgs, @CurrentCaller() caller: Caller) {
    return this.service.changePassword(caller, args.currentPassword, args.newPassword);
  }

  @Allow(Access.Public, { audit: 'self' })
  @Mutation(() => Boolean, {
    description:
      'Sets a new password with a one-time reset link; the link then stops working and every session of the user ends.',
  })
  resetPassword(@Args() args: ResetPasswordArgs, @CurrentCaller() caller: Caller) {
    return this.service.resetPassword(caller, args.token, args.password);
  }
}
