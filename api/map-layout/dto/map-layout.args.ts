import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NetworkLevelEnum } from '../../analytics/models/enums';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CouncilIdArgs } from '../../council/dto/council.args';
import { MapAlgorithm, MapGrouping } from '../models/map-layout.enums';

/** Positions per save: 10,000 fit the default 1 MB body; a bigger map saves in parts. */
export const MAX_POSITIONS_PER_SAVE = 10_000;
/** Far beyond any drawn map; keeps a typo (1e300) from being stored and drawn. */
const COORDINATE_LIMIT = 10_000_000;

@ArgsType()
export class MapLayoutArgs extends CouncilIdArgs {
  @Field(() => NetworkLevelEnum, { description: 'The level the map is drawn at.' })
  @IsEnum(NetworkLevelEnum)
  level!: NetworkLevelEnum;

  @Field(() => MapGrouping, { description: 'The boxes the map is drawn with.' })
  @IsEnum(MapGrouping)
  grouping!: MapGrouping;
}

@InputType({ description: "One node's place." })
export class NodePositionInput {
  @Field(() => ID, { description: 'The node.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;

  @Field(() => Float, { description: 'Horizontal position in model units.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-COORDINATE_LIMIT)
  @Max(COORDINATE_LIMIT)
  x!: number;

  @Field(() => Float, { description: 'Vertical position in model units.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-COORDINATE_LIMIT)
  @Max(COORDINATE_LIMIT)
  y!: number;

  @Field({ defaultValue: false, description: 'Pinned: a re-layout leaves it where it is.' })
  @IsBoolean()
  pinned: boolean = false;
}

@InputType({ description: 'Positions to save on a map.' })
export class SaveMapLayoutInput {
  @Field(() => [NodePositionInput], {
    description: `Up to ${MAX_POSITIONS_PER_SAVE} positions; later ones for the same id win.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_POSITIONS_PER_SAVE)
  @ValidateNested({ each: true })
  @Type(() => NodePositionInput)
  positions!: NodePositionInput[];

  @Field({
    defaultValue: false,
    description:
      'True: these positions replace all saved ones (a re-layout). False: only these nodes move; the rest stay.',
  })
  @IsBoolean()
  replace: boolean = false;

  @Field(() => MapAlgorithm, {
    nullable: true,
    description: 'The layout that placed them (a re-layout); omitted keeps the one saved.',
  })
  @IsOptional()
  @IsEnum(MapAlgorithm)
  algorithm?: MapAlgorithm;
}

@ArgsType()
export class SaveMapLayoutArgs extends MapLayoutArgs {
  @Field(() => SaveMapLayoutInput, { description: 'The positions.' })
  @ValidateNested()
  @Type(() => SaveMapLayoutInput)
  input!: SaveMapLayoutInput;
}
