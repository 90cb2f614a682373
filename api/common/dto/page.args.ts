import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'How many items to skip (offset pagination).' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;

  @Field(() => Int, {
    defaultValue: 50,
    description: `How many items to return, at most ${MAX_PAGE_SIZE}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;
}

/** Optional text search on names (case-insensitive substring). */
@ArgsType()
export class SearchArgsBase extends PageArgs {
  @Field({ nullable: true, description: 'Case-insensitive text to find in names.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  search?: string;
}
