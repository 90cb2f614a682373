import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** A page of T with the total count, for offset pagination (max page size in PageArgs). */
export function Paginated<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(`${name}Page`, { description: `One page of ${name} results.` })
  class PageClass implements Page<T> {
    @Field(() => [item], { description: 'The items on this page.' })
    items!: T[];

    @Field(() => Int, { description: 'How many items match in total.' })
    total!: number;

    @Field(() => Int, { description: 'The offset this page starts at.' })
    offset!: number;

    @Field(() => Int, { description: 'The page size asked for.' })
    limit!: number;
  }
  return PageClass;
}
