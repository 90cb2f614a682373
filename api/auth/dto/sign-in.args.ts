import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@ArgsType()
export class SignInArgs {
  @Field({ description: 'Email address of the account (case does not matter).' })
  @IsString()
  @Length(1, 254)
  email!: string;

  @Field({ description: 'Password.' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field({ description: 'The password in use now.' })
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @Field({ description: 'The new password, 12–200 characters.' })
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The secret from the reset link (after #token=).' })
  @IsString()
  @Length(20, 200)
  token!: string;

  @Field({ description: 'The new password, 12–200 characters.' })
  @IsString()
  @MaxLength(200)
  password!: string;
}
